"""A searchable list of volunteers (accents optional) used by screens that edit one person."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from models.repository.volunteers import VolunteerRow, filter_volunteers, sort_volunteers


class VolunteerPicker(QWidget):
    chosen = Signal(int)  # volunteer id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit(self)
        self.search.setObjectName("pickerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find a volunteer…"))
        layout.addWidget(self.search)
        self.list = QListWidget(self)
        self.list.setObjectName("pickerList")
        layout.addWidget(self.list, 1)
        self.rows: list[VolunteerRow] = []
        self.search.textChanged.connect(self._fill)
        self.list.currentItemChanged.connect(self._changed)

    def set_volunteers(self, rows: list[VolunteerRow]) -> None:
        self.rows = sort_volunteers([r for r in rows if r.active])
        self._fill()

    def _fill(self) -> None:
        current = self.current_id()
        self.list.blockSignals(True)
        self.list.clear()
        for row in filter_volunteers(self.rows, self.search.text()):
            item = QListWidgetItem(f"{row.name} ({row.code})")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        if current is not None:
            self.select(current)

    def _changed(self, item, _previous) -> None:
        if item is not None:
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def select(self, volunteer_id: int) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == volunteer_id:
                self.list.setCurrentRow(i)
                return True
        return False
