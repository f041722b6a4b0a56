"""Results entry: one row per shift of the chosen week, the three counts and a note editable
in place; edited rows are remembered until saved."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from models.repository.results import ShiftResultRow

COL_DATE, COL_SHIFT, COL_CITIZENS, COL_DOSSIERS, COL_VNEID, COL_NOTE = range(6)
_FIELDS = {COL_CITIZENS: "citizens_guided", COL_DOSSIERS: "dossiers_supported", COL_VNEID: "vneid_activated",
           COL_NOTE: "note"}


class ShiftResultTableModel(QAbstractTableModel):
    def __init__(self, date_text=None, parent=None):
        super().__init__(parent)
        self._rows: list[ShiftResultRow] = []
        self._edited: set[int] = set()
        self._date_text = date_text or (lambda d: d.isoformat())

    def headers(self) -> list[str]:
        return [self.tr("Date"), self.tr("Shift"), self.tr("Citizens guided"), self.tr("Dossiers supported"),
                self.tr("VNeID activated"), self.tr("Note")]

    def set_results(self, rows: list[ShiftResultRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._edited.clear()
        self.endResetModel()

    def edited_rows(self) -> list[ShiftResultRow]:
        return [self._rows[i] for i in sorted(self._edited)]

    def is_dirty(self) -> bool:
        return bool(self._edited)

    def result_at(self, row: int) -> ShiftResultRow:
        return self._rows[row]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 6

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() in _FIELDS else base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == COL_DATE:
                return self._date_text(row.date)
            if column == COL_SHIFT:
                return row.shift_name
            value = getattr(row, _FIELDS[column])
            if role == Qt.ItemDataRole.DisplayRole and column != COL_NOTE and row.version is None \
                    and index.row() not in self._edited:
                return ""  # nothing entered yet
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_CITIZENS, COL_DOSSIERS, COL_VNEID):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or index.column() not in _FIELDS:
            return False
        name = _FIELDS[index.column()]
        if name != "note":
            try:
                value = int(str(value).strip() or 0)
            except ValueError:
                return False
            if value < 0:
                return False
        else:
            value = str(value)
        self._rows[index.row()] = replace(self._rows[index.row()], **{name: value})
        self._edited.add(index.row())
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(5))
        return True
