"""When each volunteer can serve: a weekly grid (weekday × shift) to click, leave ranges with
their reasons, limits per week and month, preferred or avoided days and posts, and the
rostering rules (runs of days, weekends, hours, a cap per shift, dated requests)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.views.labels import weekday_short
from desktop.views.partials import messages
from desktop.views.partials.form_errors import ErrorLabel, FormErrors
from desktop.views.partials.unsaved import UnsavedChanges
from desktop.views.partials.volunteer_picker import VolunteerPicker
from desktop.views.partials.weekday_picker import WeekdayPicker
from desktop.views.partials.work_rules import RequestsBox, ShiftCapsBox, WorkLimitsBox
from desktop.views.partials.dates import date_edit, follow
from models import repository
from models.form_errors import ValidationFailed
from models.repository.availability import AvailabilityForm, LeaveRange

ANY = "*"
_ON = QColor("#c8e6c9")
_IMPLIED = QColor("#e8f5e9")


class AvailabilityPage(QWidget, UnsavedChanges):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.form: AvailabilityForm | None = None
        self.row_codes: list[str] = []
        right_layout = self._build_panes()
        layout = self._build_heading()
        self._build_weekly(layout)
        self._build_leave(layout)
        self._build_limits_and_preferences(layout)
        self._build_rules(layout)
        self._build_save_row(right_layout)
        layout.addStretch(1)
        self._connect_signals()
        self.reload()

    def _build_panes(self) -> QVBoxLayout:
        """The volunteer list on the left; on the right the scrolling form (self.body) above its buttons."""
        outer = QHBoxLayout(self)
        splitter = QSplitter(self)
        outer.addWidget(splitter)
        self.picker = VolunteerPicker(splitter)
        self.picker.setMinimumWidth(220)
        right = QWidget(splitter)  # the form scrolls; its Save button stays in view below it
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(right)
        right_layout.addWidget(scroll, 1)
        self.scroll = scroll
        scroll.setWidgetResizable(True)
        self.body = QWidget()
        scroll.setWidget(self.body)
        splitter.setStretchFactor(1, 1)
        return right_layout

    def _build_heading(self) -> QVBoxLayout:
        """The form's heading (the volunteer's name) and its general error line."""
        layout = QVBoxLayout(self.body)
        self.heading = QLabel(self.body)
        self.heading.setObjectName("pageTitle")
        self.heading.setProperty("dataLabel", True)
        layout.addWidget(self.heading)
        self.general_error = ErrorLabel(self.body)
        layout.addWidget(self.general_error)
        self.errors = FormErrors(self.general_error)
        return layout

    def _build_weekly(self, layout: QVBoxLayout) -> None:
        """The weekly grid (weekday × shift) and its "available every day" switch."""
        weekly_box = QGroupBox(self.tr("Weekly availability (click a cell)"), self.body)
        weekly_layout = QVBoxLayout(weekly_box)
        self.every_day = QCheckBox(self.tr("Available every day (no weekly pattern)"), weekly_box)
        weekly_layout.addWidget(self.every_day)
        self.grid = QTableWidget(0, 7, weekly_box)
        self.grid.setObjectName("weeklyGrid")
        self.grid.setHorizontalHeaderLabels([weekday_short(d) for d in range(1, 8)])
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.cellClicked.connect(self.toggle_cell)
        weekly_layout.addWidget(self.grid)
        hint = QLabel(self.tr("“Whole day” also covers outreach events on that day."), weekly_box)
        hint.setWordWrap(True)
        weekly_layout.addWidget(hint)
        self.every_day.toggled.connect(lambda on: self.grid.setEnabled(not on))
        layout.addWidget(weekly_box)

    def _build_leave(self, layout: QVBoxLayout) -> None:
        """The leave table and the row of fields and buttons that adds or removes a leave range."""
        leave_box = QGroupBox(self.tr("Leave and busy dates"), self.body)
        leave_layout = QVBoxLayout(leave_box)
        self.leave = QTableWidget(0, 3, leave_box)
        self.leave.setObjectName("leaveTable")
        self.leave.setHorizontalHeaderLabels([self.tr("From"), self.tr("To"), self.tr("Reason")])
        self.leave.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.leave.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.leave.setMinimumHeight(90)
        self.leave.setMaximumHeight(150)
        leave_layout.addWidget(self.leave)
        add_row = QHBoxLayout()
        self.leave_from = date_edit(leave_box, QDate.currentDate())
        self.leave_to = date_edit(leave_box, QDate.currentDate())
        follow(self.leave_from, self.leave_to)
        self.leave_reason = QLineEdit(leave_box)
        self.leave_reason.setPlaceholderText(self.tr("Reason, e.g. exams"))
        self.add_leave_button = QPushButton(self.tr("Add leave"), leave_box)
        self.remove_leave_button = QPushButton(self.tr("Remove selected"), leave_box)
        for widget in (QLabel(self.tr("From"), leave_box), self.leave_from, QLabel(self.tr("to"), leave_box),
                       self.leave_to, self.leave_reason, self.add_leave_button, self.remove_leave_button):
            add_row.addWidget(widget)
        leave_layout.addLayout(add_row)
        self.errors.attach("leave", ErrorLabel(leave_box))
        leave_layout.addWidget(self.errors.labels["leave"])
        for widget in (self.leave_from, self.leave_to, self.leave_reason):
            widget.setProperty("unsavedIgnore", True)  # not part of the record until "Add leave"
        self.add_leave_button.clicked.connect(self.add_leave)
        self.remove_leave_button.clicked.connect(self.remove_leave)
        layout.addWidget(leave_box)

    def _build_limits_and_preferences(self, layout: QVBoxLayout) -> None:
        """Side by side: shifts per week and month, and the preferred or avoided days and posts."""
        lower = QHBoxLayout()
        limits_box = QGroupBox(self.tr("Commitments"), self.body)
        limits = QFormLayout(limits_box)
        self.max_per_week = self._limit_spin("max_per_week")
        self.max_per_month = self._limit_spin("max_per_month")
        self.min_per_month = self._limit_spin("min_per_month")
        limits.addRow(self.tr("At most, shifts per week"), self.errors.wrap("max_per_week", self.max_per_week))
        limits.addRow(self.tr("At most, shifts per month"), self.errors.wrap("max_per_month", self.max_per_month))
        limits.addRow(self.tr("At least, shifts per month"), self.errors.wrap("min_per_month", self.min_per_month))
        lower.addWidget(limits_box)
        prefs_box = QGroupBox(self.tr("Preferences"), self.body)
        prefs = QFormLayout(prefs_box)
        self.prefer_days = WeekdayPicker(prefs_box)
        self.avoid_days = WeekdayPicker(prefs_box)
        self.prefer_posts = QListWidget(prefs_box)
        self.prefer_posts.setMaximumHeight(90)
        prefs.addRow(self.tr("Prefers these days"), self.prefer_days)
        prefs.addRow(self.tr("Avoids these days"), self.avoid_days)
        prefs.addRow(self.tr("Prefers these posts"), self.prefer_posts)
        lower.addWidget(prefs_box, 1)
        layout.addLayout(lower)

    def _build_rules(self, layout: QVBoxLayout) -> None:
        """The rostering rules: runs of days and hours, a cap per shift, and dated requests."""
        rules_row = QHBoxLayout()
        self.work_limits = WorkLimitsBox(self.errors, self.body)
        self.shift_caps = ShiftCapsBox(self.errors, self.body)
        rules_row.addWidget(self.work_limits, 1)
        rules_row.addWidget(self.shift_caps, 1)
        layout.addLayout(rules_row)
        self.requests = RequestsBox(self.errors, lambda: self.context.language, self.body)
        layout.addWidget(self.requests)

    def _build_save_row(self, right_layout: QVBoxLayout) -> None:
        """The Undo changes and Save buttons under the scrolling form."""
        right = right_layout.parentWidget()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.revert_button = QPushButton(self.tr("Undo changes"), right)
        self.save_button = QPushButton(self.tr("Save"), right)
        self.save_button.setDefault(True)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        right_layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        """Save, undo, choosing a volunteer, and reloading when volunteers or centers change."""
        self.revert_button.clicked.connect(lambda: self.load(self.form.volunteer_id) if self.form else None)
        self.save_button.clicked.connect(self.save)
        self.picker.chosen.connect(self.choose)
        self.context.data_changed.connect(self._on_data_changed)

    def _limit_spin(self, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(0, 62)
        spin.setSpecialValueText(self.tr("no limit"))
        return spin

    def _on_data_changed(self, what: str) -> None:
        if what in ("volunteers", "centers", "all"):
            self.reload()

    def reload(self) -> None:
        self.picker.set_volunteers(repository.list_volunteers(self.context.db))
        current = self.form.volunteer_id if self.form else None
        if current is None or not self.picker.select(current):
            if self.picker.list.count():
                self.picker.list.setCurrentRow(0)
            else:
                self.body.setEnabled(False)

    # ---- loading ----
    def unsaved_roots(self) -> list[QWidget]:
        return [self.body]

    def discard_changes(self) -> None:
        if self.form is not None:
            self.load(self.form.volunteer_id)

    def choose(self, volunteer_id: int) -> None:
        """Show another volunteer, once this one's edits are saved or dropped."""
        if self.form is not None and volunteer_id != self.form.volunteer_id and not self.resolve_unsaved():
            self.picker.blockSignals(True)
            self.picker.list.blockSignals(True)
            self.picker.select(self.form.volunteer_id)
            self.picker.list.blockSignals(False)
            self.picker.blockSignals(False)
            return
        self.load(volunteer_id)

    def load(self, volunteer_id: int) -> None:
        self.body.setEnabled(True)
        self.errors.clear()
        form = repository.get_availability(self.context.db, volunteer_id)
        self.form = form
        volunteer = next((r for r in self.picker.rows if r.id == volunteer_id), None)
        self.heading.setText(volunteer.name if volunteer else "")
        centers = [c for c in (form.home_center, *form.serves) if c] or None
        templates = repository.list_templates(self.context.db, centers)
        codes: dict[str, str] = {}
        for t in templates:
            codes.setdefault(t.code, f"{t.name} {t.start}–{t.end}")
        extra = sorted({c for day in form.weekly.values() for c in day if c != ANY and c not in codes})
        for code in extra:
            codes[code] = code
        self.row_codes = [ANY, *codes]
        self.grid.setRowCount(len(self.row_codes))
        self.grid.setVerticalHeaderLabels([self.tr("Whole day"), *codes.values()])
        self.grid.setFixedHeight(self.grid.horizontalHeader().height() + 30 * len(self.row_codes) + 4)
        for r, code in enumerate(self.row_codes):
            self.grid.setRowHeight(r, 30)
            for day in range(1, 8):
                self._set_cell(r, day, code in form.weekly.get(day, ()))
        self.every_day.setChecked(not form.weekly_listed)
        self.leave.setRowCount(0)
        for leave in form.leave:
            self._append_leave(leave)
        self.max_per_week.setValue(form.max_per_week or 0)
        self.max_per_month.setValue(form.max_per_month or 0)
        self.min_per_month.setValue(form.min_per_month or 0)
        self.prefer_days.set_days(form.prefer_weekdays)
        self.avoid_days.set_days(form.avoid_weekdays)
        shifts = {t.code: f"{t.name} ({t.code})" for t in repository.list_templates(self.context.db)}
        self.shift_caps.set_shifts(shifts)
        self.requests.set_shifts(shifts)
        self.work_limits.set_limits(form.work_limits)
        self.shift_caps.set_caps(form.work_limits.max_per_shift)
        self.requests.set_requests(form.requests)
        self.prefer_posts.clear()
        for post_code, label in self._posts(centers):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, post_code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if post_code in form.prefer_posts else Qt.CheckState.Unchecked)
            self.prefer_posts.addItem(item)
        self._refresh_implied()
        self.mark_saved()

    def _posts(self, centers) -> list[tuple[str, str]]:
        seen: dict[str, str] = {}
        for center in repository.list_centers(self.context.db):
            if centers is not None and center.code not in centers:
                continue
            for post in repository.get_center(self.context.db, center.id).posts:
                seen.setdefault(post.code, f"{post.name} ({post.code})")
        return list(seen.items())

    # ---- the grid ----
    def _set_cell(self, row: int, day: int, on: bool) -> None:
        item = self.grid.item(row, day - 1)
        if item is None:
            item = QTableWidgetItem()
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.grid.setItem(row, day - 1, item)
        item.setData(Qt.ItemDataRole.UserRole, on)
        item.setText("✓" if on else "")

    def is_available(self, code: str, day: int) -> bool:
        item = self.grid.item(self.row_codes.index(code), day - 1)
        return bool(item and item.data(Qt.ItemDataRole.UserRole))

    def toggle_cell(self, row: int, column: int) -> None:
        self._set_cell(row, column + 1, not self.is_available(self.row_codes[row], column + 1))
        self._refresh_implied()

    def _refresh_implied(self) -> None:
        for day in range(1, 8):
            whole_day = self.is_available(ANY, day)
            for r, code in enumerate(self.row_codes):
                item = self.grid.item(r, day - 1)
                on = item.data(Qt.ItemDataRole.UserRole)
                item.setBackground(QBrush(_ON if on else _IMPLIED if whole_day else QColor(0, 0, 0, 0)))

    def weekly(self) -> dict[int, tuple[str, ...]]:
        return {day: codes for day in range(1, 8)
                if (codes := tuple(c for c in self.row_codes if self.is_available(c, day)))}

    # ---- leave ----
    def _append_leave(self, leave: LeaveRange) -> None:
        row = self.leave.rowCount()
        self.leave.insertRow(row)
        for column, (text, value) in enumerate(((f"{leave.start:%d/%m/%Y}", leave.start),
                                                (f"{leave.end:%d/%m/%Y}", leave.end), (leave.reason, None))):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, value)
            if column < 2:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.leave.setItem(row, column, item)

    def add_leave(self) -> None:
        start = self.leave_from.date().toPython()
        end = self.leave_to.date().toPython()
        self._append_leave(LeaveRange(start, end, self.leave_reason.text().strip()))
        self.leave_reason.clear()

    def remove_leave(self) -> None:
        for index in sorted({i.row() for i in self.leave.selectedIndexes()}, reverse=True):
            self.leave.removeRow(index)

    def leave_ranges(self) -> tuple[LeaveRange, ...]:
        result = []
        for row in range(self.leave.rowCount()):
            start: dt.date = self.leave.item(row, 0).data(Qt.ItemDataRole.UserRole)
            end: dt.date = self.leave.item(row, 1).data(Qt.ItemDataRole.UserRole)
            result.append(LeaveRange(start, end, self.leave.item(row, 2).text()))
        return tuple(result)

    # ---- saving ----
    def current_form(self) -> AvailabilityForm:
        """The form as entered; hours that are not a number raise ValidationFailed."""
        def limit(spin: QSpinBox) -> int | None:
            return spin.value() or None

        work_limits, problems = self.work_limits.limits(self.shift_caps.caps())
        if problems:
            raise ValidationFailed(problems)
        return AvailabilityForm(
            volunteer_id=self.form.volunteer_id, version=self.form.version,
            weekly_listed=not self.every_day.isChecked(), weekly=self.weekly(), leave=self.leave_ranges(),
            max_per_week=limit(self.max_per_week), max_per_month=limit(self.max_per_month),
            min_per_month=limit(self.min_per_month), prefer_weekdays=self.prefer_days.days(),
            avoid_weekdays=self.avoid_days.days(),
            prefer_posts=tuple(self.prefer_posts.item(i).data(Qt.ItemDataRole.UserRole)
                               for i in range(self.prefer_posts.count())
                               if self.prefer_posts.item(i).checkState() == Qt.CheckState.Checked),
            work_limits=work_limits, requests=self.requests.requests())

    def save(self) -> bool:
        if self.form is None:
            return False
        def saved() -> None:
            self.load(self.form.volunteer_id)
            self.context.data_changed.emit("availability")

        return messages.save_through(
            self, self.errors, lambda: repository.save_availability(self.context.db, self.current_form()),
            reload=lambda: self.load(self.form.volunteer_id), on_saved=saved)

    def extra_screens(self):
        """For the screenshots: the rostering rules further down the page."""
        bar = self.scroll.verticalScrollBar()
        return [("rules", lambda: bar.setValue(bar.maximum()))]
