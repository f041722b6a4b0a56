"""Settings: who issues the printed rosters (organisation, signer), the yearly targets, the
rule weights the solver uses, shift successions that are not allowed, the skills and units
volunteers are described with, and the interface language."""
from __future__ import annotations

from PySide6.QtCore import Qt
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.labels import target_label, weight_label
from desktop.views.partials import messages
from desktop.views.partials.code_name_list import CodeNameList
from desktop.views.partials.form_errors import ErrorLabel, scrolling_form
from desktop.views.partials.unsaved import UnsavedChanges
from models import repository
from models.repository.lists import SkillRow, UnitRow
from models.repository.settings import ORGANISATION_FIELDS, SettingsForm

ROLE = Qt.ItemDataRole.UserRole


class SettingsPage(QWidget, UnsavedChanges):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.version: int | None = None
        outer = QVBoxLayout(self)
        layout = self._build_scrolling_body(outer)
        layout.addWidget(self._build_language_box())
        row = QHBoxLayout()
        row.addWidget(self._build_organisation_box(), 1)
        row.addWidget(self._build_rules_box(), 1)
        layout.addLayout(row)
        outer.addLayout(self._build_save_row())  # below the scrolling form, always in view
        layout.addLayout(self._build_lists())
        layout.addStretch(1)
        self._connect_signals()
        self.reload()

    def _build_scrolling_body(self, outer: QVBoxLayout) -> QVBoxLayout:
        """The page title and the scrolling body with its general error line; returns the body's layout."""
        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        form = scrolling_form(self)
        self.scroll, self.body, self.general_error, self.errors = form.scroll, form.body, form.general_error, form.errors
        outer.addWidget(form.scroll, 1)
        return form.layout

    def _build_language_box(self) -> QGroupBox:
        """The interface language chooser (applied at once, not saved with the form)."""
        language_box = QGroupBox(self.tr("Language"), self.body)
        language_form = QFormLayout(language_box)
        self.language = QComboBox(language_box)
        self.language.setObjectName("language")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(self.context.language)))
        language_form.addRow(self.tr("Interface language"), self.language)
        language_box.setProperty("unsavedIgnore", True)  # applied at once
        return language_box

    def _build_organisation_box(self) -> QGroupBox:
        """The organisation and signer printed on the rosters, and the yearly targets."""
        organisation_box = QGroupBox(self.tr("Organisation (printed rosters)"), self.body)
        organisation_form = QFormLayout(organisation_box)
        labels = {"name": self.tr("Organisation"), "parent": self.tr("Parent organisation"),
                  "place": self.tr("Place (for the date line)"), "signer_title": self.tr("Signer's title"),
                  "signer_name": self.tr("Signer's name")}
        self.organisation: dict[str, QLineEdit] = {}
        for name in ORGANISATION_FIELDS:
            edit = QLineEdit(organisation_box)
            edit.setObjectName(f"organisation_{name}")
            self.organisation[name] = edit
            organisation_form.addRow(labels[name], edit)
        self.targets: dict[str, QSpinBox] = {}
        for name in repository.TARGET_NAMES:
            spin = QSpinBox(organisation_box)
            spin.setObjectName(f"target_{name}")
            spin.setRange(0, 10_000_000)
            spin.setGroupSeparatorShown(True)
            spin.setSpecialValueText(self.tr("no target"))
            self.targets[name] = spin
            organisation_form.addRow(target_label(name), self.errors.wrap(name, spin))
        return organisation_box

    def _build_rules_box(self) -> QGroupBox:
        """The rules (shifts per day, rest hours), the rule weights and the forbidden successions."""
        rules_box = QGroupBox(self.tr("Rules and weights"), self.body)
        rules_form = QFormLayout(rules_box)
        self.max_shifts_per_day = QSpinBox(rules_box)
        self.max_shifts_per_day.setRange(0, 10)
        self.min_rest_hours = QSpinBox(rules_box)
        self.min_rest_hours.setRange(0, 48)
        rules_form.addRow(self.tr("At most, shifts per person per day"),
                          self.errors.wrap("max_shifts_per_day", self.max_shifts_per_day))
        rules_form.addRow(self.tr("Rest between shifts (hours)"), self.errors.wrap("min_rest_hours", self.min_rest_hours))
        self.weights: dict[str, QSpinBox] = {}
        for name in repository.WEIGHT_NAMES:
            spin = QSpinBox(rules_box)
            spin.setObjectName(f"weight_{name}")
            spin.setRange(0, 1000)
            self.weights[name] = spin
            rules_form.addRow(weight_label(name), self.errors.wrap(name, spin))
        rules_form.addRow(self._successions_box(rules_box))
        return rules_box

    def _build_save_row(self) -> QHBoxLayout:
        """The Save button, right-aligned."""
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save settings"), self)
        buttons.addWidget(self.save_button)
        return buttons

    def _build_lists(self) -> QVBoxLayout:
        """The skills and units lists, one above the other, each saved by its own buttons."""
        context = self.context
        lists = QVBoxLayout()  # one above the other: the usage column needs the width
        self.skills = CodeNameList(
            self.tr("Skills"), kind="skills", load=lambda: repository.list_skill_rows(context.db),
            save=lambda rows: repository.save_skills(context.db, rows),
            delete=lambda id_, version: repository.delete_skill(context.db, id_, version),
            new_row=lambda code, name: SkillRow(code, name), usage=self._skill_usage,
            flag_title=self.tr("Experienced"), parent=self.body)
        self.skills.setToolTip(self.tr("Experienced: every shift staffed by two or more people should have "
                                       "someone with such a skill."))
        self.units = CodeNameList(
            self.tr("Units"), kind="units", load=lambda: repository.list_unit_rows(context.db),
            save=lambda rows: repository.save_units(context.db, rows),
            delete=lambda id_, version: repository.delete_unit(context.db, id_, version),
            new_row=lambda code, name: UnitRow(code, name), usage=self._unit_usage, parent=self.body)
        for own_list in (self.skills, self.units):  # saved by their own buttons
            own_list.setProperty("unsavedIgnore", True)
        self.skills.changed.connect(lambda: context.data_changed.emit("skills"))
        self.units.changed.connect(lambda: context.data_changed.emit("units"))
        lists.addWidget(self.skills)
        lists.addWidget(self.units)
        return lists

    def _connect_signals(self) -> None:
        """Save, the language choice, and reloading when the workspace changes elsewhere."""
        self.save_button.clicked.connect(self.save)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.context.data_changed.connect(self._data_changed)

    def _data_changed(self, what: str) -> None:
        if what in ("settings", "all"):
            self.reload()
        elif what == "centers":
            self._set_shift_choices()
        if what == "all":
            self.skills.reload()
            self.units.reload()

    def _successions_box(self, parent: QWidget) -> QGroupBox:
        """The shift successions not allowed on the next day: their table, the two shift pickers and buttons."""
        box = QGroupBox(self.tr("Not allowed on the next day"), parent)
        layout = QVBoxLayout(box)
        self.successions = QTableWidget(0, 2, box)
        self.successions.setObjectName("forbiddenSuccessions")
        self.successions.setHorizontalHeaderLabels([self.tr("After a shift of"), self.tr("no shift of")])
        self.successions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.successions.verticalHeader().hide()
        self.successions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.successions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.successions.setMinimumHeight(90)
        self.successions.setMaximumHeight(140)
        layout.addWidget(self.successions)
        row = QHBoxLayout()
        self.succession_first = QComboBox(box)
        self.succession_first.setObjectName("successionFirst")
        self.succession_next = QComboBox(box)
        self.succession_next.setObjectName("successionNext")
        self.add_succession_button = QPushButton(self.tr("Add"), box)
        self.remove_succession_button = QPushButton(self.tr("Remove selected"), box)
        row.addWidget(self.succession_first, 1)
        arrow = QLabel("→", box)
        arrow.setProperty("dataLabel", True)  # a symbol, the same in every language
        row.addWidget(arrow)
        row.addWidget(self.succession_next, 1)
        row.addWidget(self.add_succession_button)
        row.addWidget(self.remove_succession_button)
        layout.addLayout(row)
        self.errors.attach("forbidden_successions", ErrorLabel(box))
        layout.addWidget(self.errors.labels["forbidden_successions"])
        self.add_succession_button.clicked.connect(self.add_succession)
        self.remove_succession_button.clicked.connect(self.remove_succession)
        return box

    def _skill_usage(self, row: SkillRow) -> str:
        return self.tr("{volunteers} volunteers, {posts} posts, {events} event rules").format(
            volunteers=row.volunteers, posts=row.posts, events=row.events) if row.used else ""

    def _unit_usage(self, row: UnitRow) -> str:
        return self.tr("{volunteers} volunteers").format(volunteers=row.volunteers) if row.used else ""

    def _set_shift_choices(self) -> None:
        self.shift_names = {t.code: f"{t.name} ({t.code})" for t in repository.list_templates(self.context.db)}
        for combo in (self.succession_first, self.succession_next):
            combo.clear()
            for code, name in self.shift_names.items():
                combo.addItem(name, code)

    def _append_succession(self, first: str, after: str) -> None:
        row = self.successions.rowCount()
        self.successions.insertRow(row)
        for column, code in enumerate((first, after)):
            item = QTableWidgetItem(self.shift_names.get(code, code))
            item.setData(ROLE, code)
            self.successions.setItem(row, column, item)

    def add_succession(self) -> None:
        pair = (self.succession_first.currentData(), self.succession_next.currentData())
        if None not in pair and pair not in self.forbidden_successions():
            self._append_succession(*pair)

    def remove_succession(self) -> None:
        for row in sorted({i.row() for i in self.successions.selectedIndexes()}, reverse=True):
            self.successions.removeRow(row)

    def forbidden_successions(self) -> tuple[tuple[str, str], ...]:
        return tuple((self.successions.item(r, 0).data(ROLE), self.successions.item(r, 1).data(ROLE))
                     for r in range(self.successions.rowCount()))

    def extra_screens(self):
        """For the screenshots: the skills and units further down the page."""
        bar = self.scroll.verticalScrollBar()
        return [("lists", lambda: bar.setValue(bar.maximum()))]

    def unsaved_roots(self) -> list[QWidget]:
        return [self.body]

    def _language_chosen(self) -> None:
        # applied at once (the window rebuilds its texts) and remembered for the next start
        self.context.set_language(self.language.currentData())

    def reload(self) -> None:
        form = repository.get_settings(self.context.db)
        self.version = form.version
        self.weights_present = set(form.weights)
        for name, edit in self.organisation.items():
            edit.setText(form.organisation.get(name, ""))
            edit.setCursorPosition(0)  # a long name shows its beginning, not its end
        for name, spin in self.targets.items():
            spin.setValue(int(form.targets.get(name) or 0))
        for name, spin in self.weights.items():  # a weight the workspace leaves out is the engine's default
            spin.setValue(int(form.weights.get(name, _default_weight(name)) or 0))
        self.max_shifts_per_day.setValue(form.max_shifts_per_day)
        self.stored_rest_hours = form.min_rest_hours  # the file allows 7.5; the spin box shows 7
        self.min_rest_hours.setValue(int(form.min_rest_hours))
        self._set_shift_choices()
        self.successions.setRowCount(0)
        for first, after in form.forbidden_successions:
            self._append_succession(first, after)
        self.mark_saved()

    def current_form(self) -> SettingsForm:
        rest_hours = self.min_rest_hours.value()
        if int(self.stored_rest_hours) == rest_hours:
            rest_hours = self.stored_rest_hours
        return SettingsForm(
            organisation={name: edit.text() for name, edit in self.organisation.items()},
            targets={name: spin.value() for name, spin in self.targets.items() if spin.value()},
            weights={name: spin.value() for name, spin in self.weights.items()
                     if spin.value() != _default_weight(name) or name in self.weights_present},
            max_shifts_per_day=self.max_shifts_per_day.value(), min_rest_hours=rest_hours,
            forbidden_successions=self.forbidden_successions(), version=self.version)

    def save(self) -> bool:
        return messages.save_through(
            self, self.errors, lambda: repository.save_settings(self.context.db, self.current_form()),
            reload=self.reload, on_saved=lambda: self.context.data_changed.emit("settings"))


def _default_weight(name: str) -> int:
    """The weight the engine uses when the workspace gives none (scheduler.Weights)."""
    from scheduler.problem import Weights

    return int(getattr(Weights(), name, 0))
