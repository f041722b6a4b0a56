"""Editors of a volunteer's rostering rules beside the availability: runs of working days and
days off, weekends and hours per month, a cap per shift, and dated requests. Each box reads a
form value (models.volunteer_rules) and gives one back; checks happen in the data layer and
come back as field errors shown under the field."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
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

from desktop.views.labels import date_text
from desktop.views.partials.form_errors import ErrorLabel, FormErrors
from desktop.views.partials.dates import date_edit
from models.form_errors import FieldError
from models.volunteer_rules import BAD_HOURS, ShiftRequest, WorkLimits, hours_text, parse_hours

ROLE = Qt.ItemDataRole.UserRole


def _table(columns: list[str], parent: QWidget, name: str, stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.setMinimumHeight(90)
    table.setMaximumHeight(150)
    return table


def _combo(parent: QWidget, name: str) -> QComboBox:
    """A combo box that does not widen the page to its longest shift name."""
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(10)
    return combo


def _buttons_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def _cell(text: str, value=None) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(ROLE, value)
    return item


def _remove_selected(table: QTableWidget) -> None:
    for row in sorted({i.row() for i in table.selectedIndexes()}, reverse=True):
        table.removeRow(row)


class WorkLimitsBox(QGroupBox):
    """Runs of days, weekends and hours per month."""

    def __init__(self, errors: FormErrors, parent: QWidget | None = None):
        super().__init__(self.tr("Work pattern and hours"), parent)
        form = QFormLayout(self)
        self.max_consecutive_days = self._spin("max_consecutive_days", 0, self.tr("no limit"))
        self.min_consecutive_days = self._spin("min_consecutive_days", 0, self.tr("none"))
        self.min_consecutive_days_off = self._spin("min_consecutive_days_off", 0, self.tr("none"))
        self.max_weekends_per_month = self._spin("max_weekends_per_month", -1, self.tr("no limit"))
        self.max_weekends_per_month.setMaximum(5)
        self.min_hours = self._hours("min_minutes_per_month", self.tr("none"))
        self.max_hours = self._hours("max_minutes_per_month", self.tr("no limit"))
        rows = (
            (self.tr("At most, working days in a row"), "max_consecutive_days", self.max_consecutive_days),
            (self.tr("At least, working days in a row"), "min_consecutive_days", self.min_consecutive_days),
            (self.tr("At least, days off in a row"), "min_consecutive_days_off", self.min_consecutive_days_off),
            (self.tr("At most, weekends worked per month"), "max_weekends_per_month", self.max_weekends_per_month),
            (self.tr("At least, hours per month"), "min_minutes_per_month", self.min_hours),
            (self.tr("At most, hours per month"), "max_minutes_per_month", self.max_hours),
        )
        for label, name, widget in rows:
            form.addRow(label, errors.wrap(name, widget))
        hint = QLabel(self.tr("Hours as 40 or 40:30. Runs at the ends of a planned period may continue "
                              "outside it, so minimums do not apply to them."), self)
        hint.setWordWrap(True)
        form.addRow(hint)

    def _spin(self, name: str, minimum: int, none_text: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(minimum, 31)
        spin.setSpecialValueText(none_text)
        return spin

    def _hours(self, name: str, none_text: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(none_text)
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}([:.,]\d{0,2})?"), edit))
        edit.setMaximumWidth(140)
        return edit

    def set_limits(self, limits: WorkLimits) -> None:
        for spin in (self.max_consecutive_days, self.min_consecutive_days, self.min_consecutive_days_off,
                     self.max_weekends_per_month):
            value = getattr(limits, spin.objectName())
            spin.setValue(spin.minimum() if value is None else value)
        self.min_hours.setText(hours_text(limits.min_minutes_per_month))
        self.max_hours.setText(hours_text(limits.max_minutes_per_month))

    def limits(self, max_per_shift: dict[str, int]) -> tuple[WorkLimits, list[FieldError]]:
        """The limits as entered, and an error for each hours field that is not a number of hours."""
        def spin_value(spin: QSpinBox) -> int | None:
            return None if spin.value() == spin.minimum() else spin.value()

        problems: list[FieldError] = []
        minutes: dict[str, int | None] = {}
        for edit in (self.min_hours, self.max_hours):
            try:
                minutes[edit.objectName()] = parse_hours(edit.text())
            except ValueError:
                minutes[edit.objectName()] = None
                problems.append(FieldError(edit.objectName(), BAD_HOURS))
        return WorkLimits(
            max_consecutive_days=spin_value(self.max_consecutive_days),
            min_consecutive_days=spin_value(self.min_consecutive_days),
            min_consecutive_days_off=spin_value(self.min_consecutive_days_off),
            max_weekends_per_month=spin_value(self.max_weekends_per_month),
            max_per_shift=max_per_shift, **minutes), problems


class ShiftCapsBox(QGroupBox):
    """At most so many shifts of one template in the planned period (0 = never that shift)."""

    def __init__(self, errors: FormErrors, parent: QWidget | None = None):
        super().__init__(self.tr("At most, shifts of one kind per planned period"), parent)
        self.shift_names: dict[str, str] = {}
        layout = QVBoxLayout(self)
        self.table = _table([self.tr("Shift"), self.tr("At most")], self, "shiftCaps", 0)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.shift = _combo(self, "capShift")
        self.count = QSpinBox(self)
        self.count.setObjectName("capCount")
        self.count.setRange(0, 62)
        self.add_button = QPushButton(self.tr("Set"), self)
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        row.addWidget(self.shift, 1)
        row.addWidget(self.count)
        layout.addLayout(row)
        layout.addLayout(_buttons_row(self.add_button, self.remove_button))
        errors.attach("max_per_shift", ErrorLabel(self))
        layout.addWidget(errors.labels["max_per_shift"])
        hint = QLabel(self.tr("0 = never this shift."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.add_button.clicked.connect(self.add_cap)
        self.remove_button.clicked.connect(lambda: _remove_selected(self.table))

    def set_shifts(self, names: dict[str, str]) -> None:
        self.shift_names = dict(names)
        self.shift.clear()
        for code, name in names.items():
            self.shift.addItem(name, code)

    def set_caps(self, caps: dict[str, int]) -> None:
        self.table.setRowCount(0)
        for code, count in caps.items():
            self._put(code, count)

    def _put(self, code: str, count: int) -> None:
        row = next((r for r in range(self.table.rowCount()) if self.table.item(r, 0).data(ROLE) == code), None)
        if row is None:
            row = self.table.rowCount()
            self.table.insertRow(row)
        self.table.setItem(row, 0, _cell(self.shift_names.get(code, code), code))
        self.table.setItem(row, 1, _cell(str(count), count))

    def add_cap(self) -> None:
        if self.shift.currentIndex() >= 0:
            self._put(self.shift.currentData(), self.count.value())

    def caps(self) -> dict[str, int]:
        return {self.table.item(r, 0).data(ROLE): self.table.item(r, 1).data(ROLE)
                for r in range(self.table.rowCount())}


class RequestsBox(QGroupBox):
    """Dated wishes to work or not to work, each with the weight of breaking it."""

    def __init__(self, errors: FormErrors, language, parent: QWidget | None = None):
        super().__init__(self.tr("Requests for given days"), parent)
        self.language = language  # callable: the interface language, for dates
        self.shift_names: dict[str, str] = {}
        layout = QVBoxLayout(self)
        self.table = _table([self.tr("Day"), self.tr("Shift"), self.tr("Wish"), self.tr("Weight")],
                            self, "requestsTable", 1)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.date = date_edit(self, QDate.currentDate())
        self.date.setObjectName("requestDate")
        self.shift = _combo(self, "requestShift")
        self.wish = _combo(self, "requestWish")
        self.wish.addItem(self.wish_text(True), True)
        self.wish.addItem(self.wish_text(False), False)
        self.weight = QSpinBox(self)
        self.weight.setObjectName("requestWeight")
        self.weight.setRange(1, 1000)
        self.weight.setValue(3)
        self.weight.setPrefix(self.tr("weight "))
        self.add_button = QPushButton(self.tr("Add request"), self)
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        for widget, stretch in ((self.date, 0), (self.shift, 1), (self.wish, 1), (self.weight, 0)):
            row.addWidget(widget, stretch)
        layout.addLayout(row)
        layout.addLayout(_buttons_row(self.add_button, self.remove_button))
        errors.attach("requests", ErrorLabel(self))
        layout.addWidget(errors.labels["requests"])
        hint = QLabel(self.tr("Requests are wishes the planner tries to meet; leave that must be respected "
                              "belongs under leave and busy dates."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.add_button.clicked.connect(self.add_request)
        self.remove_button.clicked.connect(lambda: _remove_selected(self.table))

    def wish_text(self, on: bool) -> str:
        return self.tr("Would like to work") if on else self.tr("Would rather not work")

    def set_shifts(self, names: dict[str, str]) -> None:
        self.shift_names = dict(names)
        self.shift.clear()
        self.shift.addItem(self.tr("Any shift"), None)
        for code, name in names.items():
            self.shift.addItem(name, code)

    def set_requests(self, requests: tuple[ShiftRequest, ...]) -> None:
        self.table.setRowCount(0)
        for request in requests:
            self._append(request)

    def _append(self, request: ShiftRequest) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        shift = self.shift_names.get(request.shift, request.shift) if request.shift else self.tr("Any shift")
        self.table.setItem(row, 0, _cell(date_text(request.date, self.language()), request))
        self.table.setItem(row, 1, _cell(shift))
        self.table.setItem(row, 2, _cell(self.wish_text(request.on)))
        self.table.setItem(row, 3, _cell(str(request.weight)))

    def add_request(self) -> None:
        day: dt.date = self.date.date().toPython()
        self._append(ShiftRequest(day, self.weight.value(), bool(self.wish.currentData()), self.shift.currentData()))

    def requests(self) -> tuple[ShiftRequest, ...]:
        return tuple(self.table.item(r, 0).data(ROLE) for r in range(self.table.rowCount()))
