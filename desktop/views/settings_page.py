"""Settings: who issues the printed rosters (organisation, signer), the yearly targets, the
rule weights the solver uses, and the interface language."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.views.labels import target_label, weight_label
from desktop.views.partials import messages
from desktop.views.partials.form_errors import ErrorLabel, FormErrors
from models import repository
from models.repository import ORGANISATION_FIELDS, ConflictError, SettingsForm, ValidationFailed


class SettingsPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.version: int | None = None
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Settings"), self)
        title.setObjectName("pageTitle")
        outer.addWidget(title)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        body = QWidget()
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        layout = QVBoxLayout(body)
        self.general_error = ErrorLabel(body)
        layout.addWidget(self.general_error)
        self.errors = FormErrors(self.general_error)

        language_box = QGroupBox(self.tr("Language"), body)
        language_form = QFormLayout(language_box)
        self.language = QComboBox(language_box)
        self.language.setObjectName("language")
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(context.language)))
        language_form.addRow(self.tr("Interface language"), self.language)
        layout.addWidget(language_box)

        row = QHBoxLayout()
        organisation_box = QGroupBox(self.tr("Organisation (printed rosters)"), body)
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
        row.addWidget(organisation_box, 1)

        rules_box = QGroupBox(self.tr("Rules and weights"), body)
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
        row.addWidget(rules_box, 1)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save settings"), body)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.language.currentIndexChanged.connect(self._language_chosen)
        context.data_changed.connect(lambda what: what in ("settings", "all") and self.reload())
        self.reload()

    def _language_chosen(self) -> None:
        # applied at once (the window rebuilds its texts) and remembered for the next start
        self.context.set_language(self.language.currentData())

    def reload(self) -> None:
        form = repository.get_settings(self.context.db)
        self.version = form.version
        self.weights_present = set(form.weights)
        for name, edit in self.organisation.items():
            edit.setText(form.organisation.get(name, ""))
        for name, spin in self.targets.items():
            spin.setValue(int(form.targets.get(name) or 0))
        for name, spin in self.weights.items():
            spin.setValue(int(form.weights.get(name) or 0))
        self.max_shifts_per_day.setValue(form.max_shifts_per_day)
        self.min_rest_hours.setValue(form.min_rest_hours)

    def current_form(self) -> SettingsForm:
        return SettingsForm(
            organisation={name: edit.text() for name, edit in self.organisation.items()},
            targets={name: spin.value() for name, spin in self.targets.items() if spin.value()},
            weights={name: spin.value() for name, spin in self.weights.items()
                     if spin.value() or name in self.weights_present},
            max_shifts_per_day=self.max_shifts_per_day.value(), min_rest_hours=self.min_rest_hours.value(),
            version=self.version)

    def save(self) -> bool:
        self.errors.clear()
        try:
            repository.save_settings(self.context.db, self.current_form())
        except ValidationFailed as failure:
            self.errors.show(failure)
            return False
        except ConflictError:
            messages.conflict(self)
            self.reload()
            return False
        self.context.data_changed.emit("settings")
        return True

