"""The volunteers table: a thin adapter over repository.VolunteerRow lists, with the screen's
search and filters applied and Vietnamese given-name sorting."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.views.labels import role_label
from exports.vietnamese import given_name_key
from models.repository.volunteers import VolunteerRow, filter_volunteers

COL_CODE, COL_NAME, COL_ROLE, COL_UNIT, COL_CENTER, COL_PHONE, COL_SKILLS, COL_ACTIVE = range(8)


class VolunteerTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[VolunteerRow] = []
        self._shown: list[VolunteerRow] = []
        self._filters: dict = {}
        self._query = ""
        self._sort = (COL_NAME, Qt.SortOrder.AscendingOrder)

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Full name"), self.tr("Role"), self.tr("Unit"), self.tr("Center"),
                self.tr("Phone"), self.tr("Skills"), self.tr("Status")]

    # ---- data in ----
    def set_volunteers(self, rows: list[VolunteerRow]) -> None:
        self._all = list(rows)
        self._refresh()

    def set_filter(self, query: str = "", *, unit=None, role=None, center=None, active=None) -> None:
        self._query = query
        self._filters = dict(unit=unit, role=role, center=center, active=active)
        self._refresh()

    def _refresh(self) -> None:
        self.beginResetModel()
        self._shown = self._sorted(filter_volunteers(self._all, self._query, **self._filters))
        self.endResetModel()

    def _sorted(self, rows: list[VolunteerRow]) -> list[VolunteerRow]:
        column, order = self._sort
        keys = {
            COL_CODE: lambda r: r.code, COL_NAME: lambda r: given_name_key(r.name),
            COL_ROLE: lambda r: role_label(r.role), COL_UNIT: lambda r: r.unit_name,
            COL_CENTER: lambda r: r.home_center, COL_PHONE: lambda r: r.phone,
            COL_SKILLS: lambda r: r.skill_names or r.skills, COL_ACTIVE: lambda r: not r.active,
        }
        secondary = sorted(rows, key=lambda r: given_name_key(r.name))
        return sorted(secondary, key=keys[column], reverse=order == Qt.SortOrder.DescendingOrder)

    # ---- Qt interface ----
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 8

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_CODE: row.code, COL_NAME: row.name, COL_ROLE: role_label(row.role),
                COL_UNIT: row.unit_name, COL_CENTER: row.home_center_name or row.home_center, COL_PHONE: row.phone,
                COL_SKILLS: ", ".join(row.skill_names or row.skills),
                COL_ACTIVE: self.tr("Active") if row.active else self.tr("Inactive"),
            }[column]
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        self._shown = self._sorted(self._shown)
        self.layoutChanged.emit()

    # ---- helpers for the screen ----
    def volunteer_at(self, row: int) -> VolunteerRow:
        return self._shown[row]

    def shown(self) -> list[VolunteerRow]:
        return list(self._shown)

    def total(self) -> int:
        return len(self._all)

    def row_of(self, volunteer_id: int) -> int:
        return next((i for i, r in enumerate(self._shown) if r.id == volunteer_id), -1)
