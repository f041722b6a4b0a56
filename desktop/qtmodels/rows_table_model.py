"""A read-only table over a list of plain rows, one column per (header, value function)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt


class RowsTableModel(QAbstractTableModel):
    def __init__(self, columns: list[tuple[str, Callable[[Any], Any]]], parent=None,
                 align_right: set[int] | None = None):
        super().__init__(parent)
        self._columns = columns
        self._rows: list[Any] = []
        self._right = align_right or set()

    def set_columns(self, columns: list[tuple[str, Callable[[Any], Any]]]) -> None:
        self.beginResetModel()
        self._columns = columns
        self.endResetModel()

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, index: int) -> Any:
        return self._rows[index]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            value = self._columns[index.column()][1](self._rows[index.row()])
            return "" if value is None else str(value) if not isinstance(value, str) else value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()]
        return None
