"""Add or edit one volunteer: a form whose validation messages appear under each field."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
)

from desktop.views.labels import role_label
from desktop.views.partials import messages
from desktop.views.partials.form_errors import ErrorLabel, FormErrors
from models import repository
from models.repository.volunteers import VolunteerForm


class VolunteerDialog(QDialog):
    def __init__(self, context, volunteer_id: int | None = None, parent=None):
        super().__init__(parent)
        self.context = context
        self.volunteer_id = volunteer_id
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("New volunteer") if volunteer_id is None else self.tr("Edit volunteer"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.general_error = ErrorLabel(self)
        layout.addWidget(self.general_error)
        self.errors = FormErrors(self.general_error)
        self._build_form(layout)
        self._build_buttons(layout)
        self.version: int | None = None
        if volunteer_id is not None:
            self.load(repository.get_volunteer(context.db, volunteer_id))

    def _build_form(self, layout: QVBoxLayout) -> None:
        """The volunteer's fields, each with its error line: code, name, role, unit, contacts, centers, skills."""
        db = self.context.db
        form = QFormLayout()
        layout.addLayout(form)
        self.code = QLineEdit(self)
        self.code.setObjectName("code")
        self.name = QLineEdit(self)
        self.name.setObjectName("name")
        self.name.setPlaceholderText(self.tr("e.g. Nguyễn Thị Thắng"))
        self.role = QComboBox(self)
        self.role.setObjectName("role")
        for role in repository.ROLES:
            self.role.addItem(role_label(role), role)
        self.unit = QComboBox(self)
        self.unit.setObjectName("unit")
        self.unit.addItem(self.tr("(none)"), "")
        for unit in repository.list_units(db):
            self.unit.addItem(unit.name, unit.code)
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phone")
        self.email = QLineEdit(self)
        self.email.setObjectName("email")
        centers = repository.list_centers(db)
        self.home_center = QComboBox(self)
        self.home_center.setObjectName("home_center")
        self.home_center.addItem(self.tr("(any center)"), "")
        for center in centers:
            self.home_center.addItem(center.name, center.code)
        self.skills = self._checklist([(s.code, s.name) for s in repository.list_skills(db)], "skills")
        self.serves = self._checklist([(c.code, c.name) for c in centers], "serves")
        self.active = QCheckBox(self.tr("Active (can be rostered)"), self)
        self.active.setObjectName("active")
        self.active.setChecked(True)
        for label, name, widget in (
            (self.tr("Code"), "code", self.code), (self.tr("Full name"), "name", self.name),
            (self.tr("Role"), "role", self.role), (self.tr("Unit"), "unit", self.unit),
            (self.tr("Phone"), "phone", self.phone), (self.tr("E-mail"), "email", self.email),
            (self.tr("Skills"), "skills", self.skills), (self.tr("Home center"), "home_center", self.home_center),
            (self.tr("Also serves at"), "serves", self.serves),
        ):
            form.addRow(label, self.errors.wrap(name, widget))
        form.addRow("", self.active)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        """The Save and Cancel buttons at the dialog's foot."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)

    def _checklist(self, items: list[tuple[str, str]], name: str) -> QListWidget:
        widget = QListWidget(self)
        widget.setObjectName(name)
        for code, label in items:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.setMaximumHeight(max(48, min(110, 22 * len(items) + 6)))
        return widget

    @staticmethod
    def _checked(widget: QListWidget) -> tuple[str, ...]:
        return tuple(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                     if widget.item(i).checkState() == Qt.CheckState.Checked)

    @staticmethod
    def _set_checked(widget: QListWidget, codes) -> None:
        for i in range(widget.count()):
            item = widget.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in codes
                               else Qt.CheckState.Unchecked)

    def load(self, form: VolunteerForm) -> None:
        self.version = form.version
        self.code.setText(form.code)
        self.name.setText(form.name)
        self.role.setCurrentIndex(max(0, self.role.findData(form.role)))
        self.unit.setCurrentIndex(max(0, self.unit.findData(form.unit_code)))
        self.phone.setText(form.phone)
        self.email.setText(form.email)
        self.home_center.setCurrentIndex(max(0, self.home_center.findData(form.home_center)))
        self._set_checked(self.skills, form.skills)
        self._set_checked(self.serves, form.serves)
        self.active.setChecked(form.active)

    def form(self) -> VolunteerForm:
        return VolunteerForm(
            id=self.volunteer_id, version=self.version, code=self.code.text().strip(), name=self.name.text(),
            role=self.role.currentData(), unit_code=self.unit.currentData() or "", phone=self.phone.text(),
            email=self.email.text(), skills=self._checked(self.skills),
            home_center=self.home_center.currentData() or "", serves=self._checked(self.serves),
            active=self.active.isChecked())

    def save(self) -> None:
        def store() -> None:
            self.saved_id = repository.save_volunteer(self.context.db, self.form())

        def saved() -> None:
            self.context.data_changed.emit("volunteers")
            self.accept()

        messages.save_through(self, self.errors, store, on_saved=saved,
                              reload=lambda: self.load(repository.get_volunteer(self.context.db, self.volunteer_id)))
