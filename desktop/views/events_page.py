"""Outreach events: the list, and a form for date, time, place, team size and the team's
composition rules (at least N members with a role or a skill)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.qtmodels.rows_table_model import RowsTableModel
from desktop.views.labels import date_text, role_label
from desktop.views.partials import messages
from desktop.views.partials.form_errors import ErrorLabel, FormErrors
from desktop.views.partials.dates import date_edit
from desktop.views.partials.unsaved import UnsavedChanges
from models import repository
from models.db import ConflictError
from models.form_errors import ValidationFailed
from models.repository.events import EventForm, RequirementForm


class EventsPage(QWidget, UnsavedChanges):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.event_id: int | None = None
        self.version: int | None = None
        splitter = self._build_title()
        self._build_table(splitter)
        form_row = self._build_editor(splitter)
        self._build_event_form(form_row)
        self._build_requirements(form_row)
        self._build_buttons(form_row)
        self._connect_signals()
        self.reload()

    def _build_title(self) -> QSplitter:
        """The page title above a splitter: the events table on top, the editor below."""
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Outreach events"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(splitter, 1)
        return splitter

    def _build_table(self, splitter: QSplitter) -> None:
        """The table of events: code, date, time, name, place, center, team size and assigned."""
        language = self.context.language
        self.model = RowsTableModel([
            (self.tr("Code"), lambda r: r.code),
            (self.tr("Date"), lambda r: date_text(r.date, language)),
            (self.tr("Time"), lambda r: f"{r.start}–{r.end}"),
            (self.tr("Name"), lambda r: r.name),
            (self.tr("Place"), lambda r: r.location),
            (self.tr("Center"), lambda r: r.center),
            (self.tr("Team"), lambda r: f"{r.team_min}–{r.team_max}"),
            (self.tr("Assigned"), lambda r: r.assigned),
        ], self, align_right={7})
        self.view = QTableView(splitter)
        self.view.setObjectName("eventTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)

    def _build_editor(self, splitter: QSplitter) -> QHBoxLayout:
        """The editor under the table (self.editor), a row of form, rules and buttons."""
        self.editor = QWidget(splitter)
        splitter.setStretchFactor(1, 1)
        return QHBoxLayout(self.editor)

    def _build_event_form(self, form_row: QHBoxLayout) -> None:
        """The event's fields: code, name, date, time, place, organising center and team size."""
        editor = self.editor
        left = QVBoxLayout()
        self.general_error = ErrorLabel(editor)
        left.addWidget(self.general_error)
        self.errors = FormErrors(self.general_error)
        form = QFormLayout()
        left.addLayout(form)
        self.code = QLineEdit(editor)
        self.code.setObjectName("eventCode")
        self.name = QLineEdit(editor)
        self.name.setObjectName("eventName")
        self.date = date_edit(editor)
        self.date.setObjectName("eventDate")
        times = self._build_times()
        self.location = QLineEdit(editor)
        self.location.setObjectName("eventLocation")
        self.center = QComboBox(editor)
        team = self._build_team_size()
        form.addRow(self.tr("Code"), self.errors.wrap("code", self.code))
        form.addRow(self.tr("Name"), self.errors.wrap("name", self.name))
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Time"), times)
        form.addRow(self.tr("Place"), self.location)
        form.addRow(self.tr("Organised by"), self.errors.wrap("center", self.center))
        form.addRow(self.tr("Team size"), team)
        form_row.addLayout(left, 2)

    def _build_times(self) -> QHBoxLayout:
        """The start and end time fields (hh:mm) of the form's Time row."""
        self.start = QLineEdit(self.editor)
        self.start.setObjectName("eventStart")
        self.end = QLineEdit(self.editor)
        self.end.setObjectName("eventEnd")
        for edit in (self.start, self.end):
            edit.setInputMask("99:99")
            edit.setMaximumWidth(80)
        times = QHBoxLayout()
        times.addWidget(self.errors.wrap("start", self.start))
        times.addWidget(QLabel("–", self.editor))
        times.addWidget(self.errors.wrap("end", self.end))
        times.addStretch(1)
        return times

    def _build_team_size(self) -> QHBoxLayout:
        """The form's Team size row: from … to … people."""
        self.team_min = QSpinBox(self.editor)
        self.team_max = QSpinBox(self.editor)
        for spin in (self.team_min, self.team_max):
            spin.setRange(0, 200)
        team = QHBoxLayout()
        team.addWidget(QLabel(self.tr("from"), self.editor))
        team.addWidget(self.errors.wrap("team_min", self.team_min))
        team.addWidget(QLabel(self.tr("to"), self.editor))
        team.addWidget(self.team_max)
        team.addWidget(QLabel(self.tr("people"), self.editor))
        team.addStretch(1)
        return team

    def _build_requirements(self, form_row: QHBoxLayout) -> None:
        """The team composition rules (at least N with a role or skill) and their add/remove buttons."""
        rules_box = QGroupBox(self.tr("Team composition: at least …"), self.editor)
        rules = QVBoxLayout(rules_box)
        self.requirements = QTableWidget(0, 2, rules_box)
        self.requirements.setObjectName("requirementsTable")
        self.requirements.setHorizontalHeaderLabels([self.tr("Role or skill"), self.tr("At least")])
        self.requirements.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rules.addWidget(self.requirements)
        rule_buttons = QHBoxLayout()
        self.add_rule_button = QPushButton(self.tr("Add rule"), rules_box)
        self.remove_rule_button = QPushButton(self.tr("Remove rule"), rules_box)
        rule_buttons.addWidget(self.add_rule_button)
        rule_buttons.addWidget(self.remove_rule_button)
        rule_buttons.addStretch(1)
        rules.addLayout(rule_buttons)
        self.errors.attach("requirements", ErrorLabel(rules_box))
        rules.addWidget(self.errors.labels["requirements"])
        form_row.addWidget(rules_box, 2)
        rules_box.setMinimumWidth(420)

    def _build_buttons(self, form_row: QHBoxLayout) -> None:
        """The New, Save and Delete event buttons at the editor's right."""
        buttons = QVBoxLayout()
        self.new_button = QPushButton(self.tr("New event"), self.editor)
        self.save_button = QPushButton(self.tr("Save event"), self.editor)
        self.delete_button = QPushButton(self.tr("Delete event"), self.editor)
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form_row.addLayout(buttons)

    def _connect_signals(self) -> None:
        """Choosing an event, the buttons, and reloading when events or centers change."""
        self.view.selectionModel().selectionChanged.connect(self._chosen)
        self.new_button.clicked.connect(lambda: self.resolve_unsaved() and self.new_event())
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.add_rule_button.clicked.connect(lambda: self._append_requirement(RequirementForm(1, role="youth")))
        self.remove_rule_button.clicked.connect(
            lambda: self.requirements.currentRow() >= 0 and self.requirements.removeRow(self.requirements.currentRow()))
        self.context.data_changed.connect(lambda what: what in ("events", "centers", "all") and self.reload())

    def _choices(self) -> list[tuple[str, str]]:
        roles = [(self.tr("Role: {role}").format(role=role_label(r)), f"role:{r}") for r in repository.ROLES]
        skills = [(self.tr("Skill: {skill}").format(skill=s.name), f"skill:{s.code}")
                  for s in repository.list_skills(self.context.db)]
        return roles + skills

    def reload(self) -> None:
        current = self.event_id
        self.center.clear()
        self.center.addItem(self.tr("(no center)"), "")
        for center in repository.list_centers(self.context.db):
            self.center.addItem(center.name, center.code)
        self.model.set_rows(repository.list_events(self.context.db))
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):  # long names and places are elided, not the last columns
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 260))
        rows = [r.id for r in self.model.rows()]
        if current in rows:
            self.view.selectRow(rows.index(current))
        elif rows:
            self.view.selectRow(0)
        else:
            self.new_event()

    def unsaved_roots(self) -> list[QWidget]:
        return [self.editor]

    def discard_changes(self) -> None:
        self._selection_changed()

    def _chosen(self, _selected, deselected) -> None:
        """Show the chosen event, once the edits of the one shown are saved or dropped."""
        rows = self.view.selectionModel().selectedRows()
        chosen = self.model.row_at(rows[0].row()).id if rows else None
        if chosen is not None and chosen != self.event_id and not self.resolve_unsaved():
            model = self.view.selectionModel()
            model.blockSignals(True)
            model.select(deselected, model.SelectionFlag.ClearAndSelect)
            model.blockSignals(False)
            self.view.viewport().update()
            return
        self._selection_changed()

    def _selection_changed(self) -> None:
        selected = self.view.selectionModel().selectedRows()
        if selected:
            self.show_form(repository.get_event(self.context.db, self.model.row_at(selected[0].row()).id))

    def new_event(self) -> None:
        self.view.clearSelection()
        days_to_saturday = (5 - dt.date.today().weekday()) % 7 or 7
        self.show_form(EventForm(code="", name="", date=dt.date.today() + dt.timedelta(days=days_to_saturday),
                                 start="07:30", end="11:30", team_min=5, team_max=6,
                                 requirements=(RequirementForm(2, role="youth"), RequirementForm(2, role="police"))))
        self.code.setFocus()

    def show_form(self, form: EventForm) -> None:
        self.errors.clear()
        self.event_id, self.version = form.id, form.version
        self.code.setText(form.code)
        self.name.setText(form.name)
        self.date.setDate(QDate(form.date.year, form.date.month, form.date.day))
        self.start.setText(form.start)
        self.end.setText(form.end)
        self.location.setText(form.location)
        self.center.setCurrentIndex(max(0, self.center.findData(form.center)))
        self.team_min.setValue(form.team_min)
        self.team_max.setValue(form.team_max)
        self.requirements.setRowCount(0)
        for requirement in form.requirements:
            self._append_requirement(requirement)
        self.delete_button.setEnabled(form.id is not None)
        self.mark_saved()

    def _append_requirement(self, requirement: RequirementForm) -> None:
        row = self.requirements.rowCount()
        self.requirements.insertRow(row)
        kind = QComboBox(self.requirements)
        for text, value in self._choices():
            kind.addItem(text, value)
        wanted = f"role:{requirement.role}" if requirement.role else f"skill:{requirement.skill}"
        kind.setCurrentIndex(max(0, kind.findData(wanted)))
        kind.setToolTip(kind.currentText())
        count = QSpinBox(self.requirements)
        count.setRange(0, 200)
        count.setValue(requirement.min)
        self.requirements.setCellWidget(row, 0, kind)
        self.requirements.setCellWidget(row, 1, count)

    def current_form(self) -> EventForm:
        requirements = []
        for row in range(self.requirements.rowCount()):
            kind, value = self.requirements.cellWidget(row, 0).currentData().split(":", 1)
            count = self.requirements.cellWidget(row, 1).value()
            requirements.append(RequirementForm(count, role=value if kind == "role" else None,
                                                skill=value if kind == "skill" else None))
        return EventForm(
            id=self.event_id, version=self.version, code=self.code.text().strip(), name=self.name.text(),
            date=self.date.date().toPython(), start=self.start.text().strip(), end=self.end.text().strip(),
            location=self.location.text(), center=self.center.currentData() or "",
            team_min=self.team_min.value(), team_max=self.team_max.value(), requirements=tuple(requirements))

    def save(self) -> bool:
        def store() -> None:
            self.event_id = repository.save_event(self.context.db, self.current_form())

        return messages.save_through(self, self.errors, store, reload=self._selection_changed,
                                     on_saved=lambda: self.context.data_changed.emit("events"))

    def delete(self) -> None:
        if self.event_id is None:
            return
        try:
            repository.delete_event(self.context.db, self.event_id, self.version)
        except ValidationFailed as failure:
            self.errors.show(failure)
            return
        except ConflictError:
            messages.conflict(self)
        self.event_id = None
        self.context.data_changed.emit("events")
