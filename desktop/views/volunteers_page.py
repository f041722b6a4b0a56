"""The volunteers screen: search (any accents, any case), filters, the table, and the buttons
to add, edit, deactivate and import."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.qtmodels.volunteer_table_model import COL_NAME, VolunteerTableModel
from desktop.views.import_dialog import ImportDialog
from desktop.views.labels import role_label
from desktop.views.partials import messages
from desktop.views.volunteer_dialog import VolunteerDialog
from models import repository
from models.db import ConflictError


class VolunteersPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.dialog = None
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Volunteers"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self._build_filters(layout)
        self._build_buttons(layout)
        self._build_table(layout)
        self._connect_signals()
        self.reload()

    def _build_filters(self, layout: QVBoxLayout) -> None:
        """The search box and the unit, role, center and active filters."""
        filters = QHBoxLayout()
        layout.addLayout(filters)
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, code, phone… (accents optional)"))
        self.search.setMinimumWidth(260)
        filters.addWidget(self.search, 1)
        self.unit_filter = QComboBox(self)
        self.role_filter = QComboBox(self)
        self.center_filter = QComboBox(self)
        self.active_filter = QComboBox(self)
        for box in (self.unit_filter, self.role_filter, self.center_filter, self.active_filter):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(11)
            filters.addWidget(box)
        self.role_filter.addItem(self.tr("All roles"), None)
        for role in repository.ROLES:
            self.role_filter.addItem(role_label(role), role)
        self.active_filter.addItem(self.tr("Active only"), True)
        self.active_filter.addItem(self.tr("Inactive only"), False)
        self.active_filter.addItem(self.tr("Active and inactive"), None)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        """The add, edit, deactivate and import buttons, and the count of volunteers shown."""
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.active_button = QPushButton(self.tr("Deactivate"), self)
        self.import_button = QPushButton(self.tr("Import from spreadsheet…"), self)
        for button in (self.add_button, self.edit_button, self.active_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count = QLabel(self)
        self.count.setProperty("dataLabel", True)
        buttons.addWidget(self.count)

    def _build_table(self, layout: QVBoxLayout) -> None:
        """The volunteers table, sorted by name."""
        self.model = VolunteerTableModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("volunteerTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setAlternatingRowColors(True)
        layout.addWidget(self.view, 1)

    def _connect_signals(self) -> None:
        """Filtering as the user types or picks, the buttons, and reloading when data changes."""
        self.search.textChanged.connect(self.apply_filter)
        for box in (self.unit_filter, self.role_filter, self.center_filter, self.active_filter):
            box.currentIndexChanged.connect(self.apply_filter)
        self.view.doubleClicked.connect(lambda _index: self.edit_selected())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.active_button.clicked.connect(self.toggle_active)
        self.import_button.clicked.connect(self.open_import)
        self.context.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, what: str) -> None:
        if what in ("volunteers", "centers", "all"):
            self.reload()

    def reload(self) -> None:
        selected = self.selected()
        self._fill_combo(self.unit_filter, self.tr("All units"), [(u.code, u.name) for u in repository.list_units(self.context.db)])
        self._fill_combo(self.center_filter, self.tr("All centers"),
                         [(c.code, c.name) for c in repository.list_centers(self.context.db)])
        self.model.set_volunteers(repository.list_volunteers(self.context.db))
        self.apply_filter()
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 230))
        if selected is not None:
            self.select(selected.id)

    @staticmethod
    def _fill_combo(box: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(everything, None)
        for code, name in items:
            box.addItem(name, code)
        box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
        box.blockSignals(False)

    def apply_filter(self) -> None:
        self.model.set_filter(self.search.text(), unit=self.unit_filter.currentData(),
                              role=self.role_filter.currentData(), center=self.center_filter.currentData(),
                              active=self.active_filter.currentData())
        self.count.setText(self.tr("{shown} of {total} volunteers").format(
            shown=self.model.rowCount(), total=self.model.total()))
        self._update_buttons()

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.volunteer_at(rows[0].row()) if rows else None

    def select(self, volunteer_id: int) -> None:
        row = self.model.row_of(volunteer_id)
        if row >= 0:
            self.view.selectRow(row)

    def _update_buttons(self) -> None:
        volunteer = self.selected()
        self.edit_button.setEnabled(volunteer is not None)
        self.active_button.setEnabled(volunteer is not None)
        self.active_button.setText(self.tr("Reactivate") if volunteer is not None and not volunteer.active
                                   else self.tr("Deactivate"))

    def add(self) -> None:
        self._open_dialog(VolunteerDialog(self.context, None, self))

    def edit_selected(self) -> None:
        volunteer = self.selected()
        if volunteer is not None:
            self._open_dialog(VolunteerDialog(self.context, volunteer.id, self))

    def _open_dialog(self, dialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(lambda: dialog.saved_id and self.select(dialog.saved_id))
        dialog.open()

    def toggle_active(self) -> None:
        volunteer = self.selected()
        if volunteer is None:
            return
        try:
            repository.set_volunteer_active(self.context.db, volunteer.id, volunteer.version, not volunteer.active)
        except ConflictError:
            messages.conflict(self)
        self.context.data_changed.emit("volunteers")

    def open_import(self) -> None:
        self.dialog = ImportDialog(self.context, self)
        self.dialog.open()
