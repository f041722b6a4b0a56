"""Centers and their posts, shift templates with weekdays and headcount per post, and the
holiday calendar (the year's public holidays, extra closed and extra open days)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.views.labels import short_date, weekday_short
from desktop.views.partials import messages
from desktop.views.partials.form_errors import ErrorLabel, FormErrors, scrolling_form
from desktop.views.partials.dates import date_edit
from desktop.views.partials.unsaved import UnsavedChanges
from exports.vietnamese import fold
from models import repository
from models.db import ConflictError
from models.form_errors import ValidationFailed
from models.repository.centers import CenterForm, DemandForm, PostForm, TemplateForm
from models.repository.holidays import HolidaySettings

T_CODE, T_NAME, T_START, T_END = range(4)  # then one column per weekday


def _item(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


class CentersPage(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Centers & posts"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        self.centers_tab = CentersTab(context, self.tabs)
        self.holidays_tab = HolidaysTab(context, self.tabs)
        self.tabs.addTab(self.centers_tab, self.tr("Centers, posts and shifts"))
        self.tabs.addTab(self.holidays_tab, self.tr("Holidays"))
        layout.addWidget(self.tabs, 1)


class CentersTab(QWidget, UnsavedChanges):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.center_id: int | None = None
        self.version: int | None = None
        outer = QHBoxLayout(self)
        outer.addLayout(self._build_center_list())
        right = QVBoxLayout()  # the form scrolls; its Save button stays in view below it
        form_layout = self._build_scrolling_form(right)
        outer.addLayout(right, 1)
        form_layout.addLayout(self._build_center_fields())
        form_layout.addWidget(self._build_posts_box())
        form_layout.addWidget(self._build_shifts_box())
        form_layout.addWidget(self._build_demand_box())
        right.addLayout(self._build_save_row())
        self._connect_signals()
        self.reload()

    def _build_center_list(self) -> QVBoxLayout:
        """The list of centers on the left, with the New center button below it."""
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("centerList")
        self.list.setMaximumWidth(300)
        self.list.setWordWrap(True)
        left.addWidget(self.list, 1)
        self.new_button = QPushButton(self.tr("New center"), self)
        left.addWidget(self.new_button)
        return left

    def _build_scrolling_form(self, right: QVBoxLayout) -> QVBoxLayout:
        """The scrolling form body with its general error line; returns the body's layout."""
        form = scrolling_form(self)
        self.body, self.general_error, self.errors = form.body, form.general_error, form.errors
        right.addWidget(form.scroll, 1)
        return form.layout

    def _build_center_fields(self) -> QFormLayout:
        """The center's code, name, level and whether it closes on public holidays."""
        body = self.body
        top = QFormLayout()
        self.code = QLineEdit(body)
        self.code.setObjectName("centerCode")
        self.name = QLineEdit(body)
        self.name.setObjectName("centerName")
        self.level = LevelBox(body)
        self.closed_on_holidays = QCheckBox(self.tr("Closed on public holidays"), body)
        top.addRow(self.tr("Code"), self.errors.wrap("code", self.code))
        top.addRow(self.tr("Name"), self.errors.wrap("name", self.name))
        top.addRow(self.tr("Level"), self.level)
        top.addRow("", self.closed_on_holidays)
        return top

    def _build_posts_box(self) -> QGroupBox:
        """The posts table (code, name, required skills) with its row buttons and error line."""
        posts_box = QGroupBox(self.tr("Posts (floors, desks)"), self.body)
        posts_layout = QVBoxLayout(posts_box)
        self.posts = QTableWidget(0, 3, posts_box)
        self.posts.setObjectName("postsTable")
        self.posts.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Required skills")])
        # Skills are shown and typed by name; a code typed instead is accepted too.
        self._skill_names = {k.code: k.name for k in repository.list_skills(self.context.db)}
        self.posts.horizontalHeaderItem(2).setToolTip(self.tr("Required skills, by name, comma-separated"))
        self.posts.setToolTip(self.tr("Skills: {skills}").format(skills=", ".join(self._skill_names.values())))
        self.posts.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.posts.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.posts.setMinimumHeight(130)
        posts_layout.addWidget(self.posts)
        self.add_post_button, self.remove_post_button = self._row_buttons(posts_layout, self.posts)
        self.errors.attach("posts", ErrorLabel(posts_box))
        posts_layout.addWidget(self.errors.labels["posts"])
        return posts_box

    def _build_shifts_box(self) -> QGroupBox:
        """The shift templates table (code, name, start, end, weekdays) with its row buttons and error line."""
        shifts_box = QGroupBox(self.tr("Shifts"), self.body)
        shifts_layout = QVBoxLayout(shifts_box)
        self.templates = QTableWidget(0, 11, shifts_box)
        self.templates.setObjectName("templatesTable")
        self.templates.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Name"), self.tr("Start"), self.tr("End"),
                                                  *[weekday_short(d) for d in range(1, 8)]])
        header = self.templates.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(T_NAME, QHeaderView.ResizeMode.Stretch)
        self.templates.setMinimumHeight(120)
        shifts_layout.addWidget(self.templates)
        self.add_template_button, self.remove_template_button = self._row_buttons(shifts_layout, self.templates)
        self.errors.attach("templates", ErrorLabel(shifts_box))
        shifts_layout.addWidget(self.errors.labels["templates"])
        return shifts_box

    def _build_demand_box(self) -> QGroupBox:
        """The headcount grid (shifts by posts, minimum/target/maximum) with its hint and error line."""
        demand_box = QGroupBox(self.tr("Headcount per shift and post: minimum / target / maximum"), self.body)
        demand_layout = QVBoxLayout(demand_box)
        self.demand = QTableWidget(0, 0, demand_box)
        self.demand.setObjectName("demandTable")
        self.demand.setProperty("dataLabel", True)  # its headers are post and shift codes
        self.demand.setMinimumHeight(110)
        demand_layout.addWidget(self.demand)
        hint = QLabel(self.tr("Write e.g. 1/2/2; leave a cell empty when the post is not staffed on that shift."),
                      demand_box)
        hint.setWordWrap(True)
        demand_layout.addWidget(hint)
        self.demand_error = ErrorLabel(demand_box)
        demand_layout.addWidget(self.demand_error)
        return demand_box

    def _build_save_row(self) -> QHBoxLayout:
        """The Save center button, right-aligned below the scrolling form."""
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.save_button = QPushButton(self.tr("Save center"), self)
        buttons.addWidget(self.save_button)
        return buttons

    def _connect_signals(self) -> None:
        """Choosing, adding and saving a center; the headcount grid follows the post and shift codes."""
        self.list.currentItemChanged.connect(self._chosen)
        self.new_button.clicked.connect(lambda: self.resolve_unsaved() and self.new_center())
        self.save_button.clicked.connect(self.save)
        self.posts.itemChanged.connect(lambda item: item.column() == 0 and self._rebuild_demand())
        self.templates.itemChanged.connect(lambda item: item.column() == T_CODE and self._rebuild_demand())
        self.context.data_changed.connect(lambda what: what in ("centers", "all") and self.reload())

    def _row_buttons(self, layout: QVBoxLayout, table: QTableWidget) -> tuple[QPushButton, QPushButton]:
        """The Add row and Remove row buttons below a posts or shifts table."""
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add row"), self)
        remove = QPushButton(self.tr("Remove row"), self)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout.addLayout(row)
        add.clicked.connect(lambda: self._add_row(table))
        remove.clicked.connect(lambda: self._remove_row(table))
        return add, remove

    def _add_row(self, table: QTableWidget) -> None:
        if table is self.posts:
            self._append_post(PostForm("", ""))
        else:
            self._append_template(TemplateForm("", "", "07:30", "11:30", (1, 2, 3, 4, 5)))
        self._rebuild_demand()

    def _remove_row(self, table: QTableWidget) -> None:
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
            self._rebuild_demand()

    # ---- loading ----
    def reload(self) -> None:
        current = self.center_id
        self.list.blockSignals(True)
        self.list.clear()
        for center in repository.list_centers(self.context.db):
            item = QListWidgetItem(f"{center.name} ({center.code})")
            item.setData(Qt.ItemDataRole.UserRole, center.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        rows = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        if current in rows:
            self.list.setCurrentRow(rows.index(current))
        elif rows:
            self.list.setCurrentRow(0)
        else:
            self.new_center()

    def new_center(self) -> None:
        self.list.clearSelection()
        self.show_form(CenterForm(code="", name="", posts=(PostForm("F1", self.tr("Floor 1")),),
                                  templates=(TemplateForm("AM", self.tr("Morning"), "07:30", "11:30", (1, 2, 3, 4, 5),
                                                          {"F1": DemandForm(1, 1, 1)}),)))
        self.code.setFocus()

    def load(self, center_id: int) -> None:
        self.show_form(repository.get_center(self.context.db, center_id))

    def unsaved_roots(self) -> list[QWidget]:
        return [self.body]

    def discard_changes(self) -> None:
        if self.center_id is not None:
            self.load(self.center_id)

    def _chosen(self, item, previous) -> None:
        """Show the chosen center, once the edits of the one shown are saved or dropped."""
        if item is None:
            return
        if item.data(Qt.ItemDataRole.UserRole) != self.center_id and not self.resolve_unsaved():
            self.list.blockSignals(True)
            self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        self.load(item.data(Qt.ItemDataRole.UserRole))

    def show_form(self, form: CenterForm) -> None:
        self.errors.clear()
        self.demand_error.show_message("")
        self.center_id, self.version = form.id, form.version
        self.code.setText(form.code)
        self.name.setText(form.name)
        self.level.setText(form.level)
        self.closed_on_holidays.setChecked(form.closed_on_holidays)
        for table in (self.posts, self.templates):
            table.blockSignals(True)
            table.setRowCount(0)
        for post in form.posts:
            self._append_post(post)
        for template in form.templates:
            self._append_template(template)
        for table in (self.posts, self.templates):
            table.blockSignals(False)
        self._rebuild_demand({t.code: t.demand for t in form.templates})
        self.mark_saved()

    def _append_post(self, post: PostForm) -> None:
        row = self.posts.rowCount()
        self.posts.insertRow(row)
        skills = ", ".join(self._skill_names.get(code, code) for code in post.required_skills)
        for column, text in enumerate((post.code, post.name, skills)):
            self.posts.setItem(row, column, _item(text))

    def _append_template(self, template: TemplateForm) -> None:
        self.templates.blockSignals(True)
        row = self.templates.rowCount()
        self.templates.insertRow(row)
        for column, text in enumerate((template.code, template.name, template.start, template.end)):
            self.templates.setItem(row, column, _item(text))
        for day in range(1, 8):
            item = QTableWidgetItem()
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if day in template.weekdays else Qt.CheckState.Unchecked)
            self.templates.setItem(row, 3 + day, item)
        self.templates.blockSignals(False)

    # ---- demand grid: rows = shifts, columns = posts ----
    def _codes(self, table: QTableWidget) -> list[str]:
        return [(table.item(r, 0).text().strip() if table.item(r, 0) else "") for r in range(table.rowCount())]

    def _current_demand_texts(self) -> dict[tuple[str, str], str]:
        texts = {}
        rows, columns = self._demand_axes
        for r, template in enumerate(rows):
            for c, post in enumerate(columns):
                item = self.demand.item(r, c)
                texts[(template, post)] = item.text() if item else ""
        return texts

    _demand_axes: tuple[list[str], list[str]] = ([], [])

    def _rebuild_demand(self, demand: dict[str, dict[str, DemandForm]] | None = None) -> None:
        texts = self._current_demand_texts() if demand is None else {
            (t, p): f"{d.min}/{d.target}/{d.max}" for t, posts in demand.items() for p, d in posts.items()}
        templates, posts = self._codes(self.templates), self._codes(self.posts)
        self._demand_axes = (templates, posts)
        self.demand.clear()
        self.demand.setRowCount(len(templates))
        self.demand.setColumnCount(len(posts))
        self.demand.setVerticalHeaderLabels(templates)
        self.demand.setHorizontalHeaderLabels(posts)
        for r, template in enumerate(templates):
            for c, post in enumerate(posts):
                item = _item(texts.get((template, post), ""))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.demand.setItem(r, c, item)

    def _parse_demand(self) -> dict[str, dict[str, DemandForm]] | None:
        result: dict[str, dict[str, DemandForm]] = {}
        templates, posts = self._demand_axes
        for (template, post), text in self._current_demand_texts().items():
            text = text.strip()
            if not text:
                continue
            parts = text.replace(" ", "").split("/")
            try:
                numbers = [int(p) for p in parts]
            except ValueError:
                numbers = []
            if len(numbers) == 1:
                numbers = numbers * 3
            if len(numbers) != 3:
                self.demand_error.show_message(
                    self.tr("Shift {shift}, post {post}: write minimum/target/maximum, e.g. 1/2/2.").format(
                        shift=template, post=post))
                return None
            result.setdefault(template, {})[post] = DemandForm(*numbers)
        return result

    # ---- saving ----
    def _skill_codes(self, typed: str) -> tuple[str, ...]:
        """The skill codes of a comma-separated list of skill names (or codes); a word that is
        neither stays as typed, so the check names it as an unknown skill."""
        by_name = {fold(name): code for code, name in self._skill_names.items()}
        words = (word.strip() for word in typed.split(","))
        return tuple(by_name.get(fold(word), word) for word in words if word)

    def current_form(self) -> CenterForm | None:
        demand = self._parse_demand()
        if demand is None:
            return None

        def text(table, row, column) -> str:
            item = table.item(row, column)
            return item.text().strip() if item else ""

        posts = tuple(PostForm(text(self.posts, r, 0), text(self.posts, r, 1),
                               self._skill_codes(text(self.posts, r, 2)))
                      for r in range(self.posts.rowCount()))
        templates = tuple(TemplateForm(
            text(self.templates, r, T_CODE), text(self.templates, r, T_NAME), text(self.templates, r, T_START),
            text(self.templates, r, T_END),
            tuple(d for d in range(1, 8) if self.templates.item(r, 3 + d).checkState() == Qt.CheckState.Checked),
            demand.get(text(self.templates, r, T_CODE), {})) for r in range(self.templates.rowCount()))
        return CenterForm(code=self.code.text().strip(), name=self.name.text(), level=self.level.text(),
                          closed_on_holidays=self.closed_on_holidays.isChecked(), posts=posts, templates=templates,
                          id=self.center_id, version=self.version)

    def save(self) -> bool:
        self.errors.clear()
        self.demand_error.show_message("")
        form = self.current_form()
        if form is None:
            return False
        def store() -> None:
            self.center_id = repository.save_center(self.context.db, form)

        return messages.save_through(self, self.errors, store, reload=lambda: self.load(self.center_id),
                                     on_saved=lambda: self.context.data_changed.emit("centers"))


class HolidaysTab(QWidget, UnsavedChanges):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.version: int | None = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        top = QFormLayout()
        self.country = QLineEdit(self)
        self.country.setMaxLength(3)
        self.country.setMaximumWidth(80)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        top.addRow(self.tr("Country (ISO code)"), self.country)
        top.addRow(self.tr("Year"), self.year)
        left.addLayout(top)
        self.public = QTableWidget(0, 2, self)
        self.public.setObjectName("publicHolidays")
        self.public.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Public holiday")])
        self.public.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.public.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        left.addWidget(QLabel(self.tr("Public holidays of the year (centers that close on holidays are closed):"), self))
        left.addWidget(self.public, 1)
        layout.addLayout(left, 3)
        right = QVBoxLayout()
        self.closed = self._day_list(right, self.tr("Extra closed days"), "extraClosed")
        self.open = self._day_list(right, self.tr("Extra open days (open although a holiday)"), "extraOpen")
        self.general_error = ErrorLabel(self)
        right.addWidget(self.general_error)
        self.errors = FormErrors(self.general_error)
        self.save_button = QPushButton(self.tr("Save holidays"), self)
        right.addWidget(self.save_button)
        layout.addLayout(right, 2)
        self.year.valueChanged.connect(self.show_public)
        self.country.editingFinished.connect(self.show_public)
        self.save_button.clicked.connect(self.save)
        context.data_changed.connect(lambda what: what in ("holidays", "all") and self.reload())
        self.reload()

    def _day_list(self, layout: QVBoxLayout, title: str, name: str) -> QListWidget:
        box = QGroupBox(title, self)
        inner = QVBoxLayout(box)
        days = QListWidget(box)
        days.setObjectName(name)
        inner.addWidget(days)
        row = QHBoxLayout()
        edit = date_edit(box, QDate.currentDate())
        edit.setObjectName(f"{name}Date")
        add = QPushButton(self.tr("Add"), box)
        remove = QPushButton(self.tr("Remove"), box)
        add.setObjectName(f"{name}Add")
        row.addWidget(edit)
        row.addWidget(add)
        row.addWidget(remove)
        inner.addLayout(row)
        layout.addWidget(box)
        edit.setProperty("unsavedIgnore", True)  # not part of the record until "Add"
        add.clicked.connect(lambda: self._add_day(days, edit.date().toPython()))
        remove.clicked.connect(lambda: days.currentRow() >= 0 and days.takeItem(days.currentRow()))
        return days

    def _add_day(self, days: QListWidget, day: dt.date) -> None:
        existing = self._days(days)
        if day in existing:
            return
        item = QListWidgetItem(short_date(day))
        item.setData(Qt.ItemDataRole.UserRole, day)
        days.addItem(item)
        days.sortItems()

    @staticmethod
    def _days(days: QListWidget) -> tuple[dt.date, ...]:
        return tuple(sorted(days.item(i).data(Qt.ItemDataRole.UserRole) for i in range(days.count())))

    def reload(self) -> None:
        settings = repository.get_holiday_settings(self.context.db)
        self.version = settings.version
        self.country.setText(settings.country)
        for days, values in ((self.closed, settings.extra_closed), (self.open, settings.extra_open)):
            days.clear()
            for day in values:
                self._add_day(days, day)
        self.show_public()
        self.mark_saved()

    def show_public(self) -> None:
        language = self.context.language
        holidays = repository.public_holidays(self.country.text().strip() or "VN", self.year.value(), language)
        self.public.setRowCount(len(holidays))
        for row, (day, name) in enumerate(holidays):
            self.public.setItem(row, 0, _item(short_date(day)))
            self.public.setItem(row, 1, _item(name))
        self.public.resizeColumnToContents(0)

    def save(self) -> bool:
        self.errors.clear()
        try:
            repository.save_holiday_settings(self.context.db, HolidaySettings(
                self.country.text().strip() or "VN", self._days(self.closed), self._days(self.open), self.version))
        except ValidationFailed as failure:
            self.errors.show(failure)
            return False
        except ConflictError:
            messages.conflict(self)
            self.reload()
            return False
        self.context.data_changed.emit("holidays")
        return True


LEVELS = (("province", QT_TRANSLATE_NOOP("LevelBox", "Province")), ("commune", QT_TRANSLATE_NOOP("LevelBox", "Commune")),
          ("ward", QT_TRANSLATE_NOOP("LevelBox", "Ward")), ("district", QT_TRANSLATE_NOOP("LevelBox", "District")))


class LevelBox(QComboBox):
    """A center's level by its name ("Tỉnh"), stored as the workspace's word ("province");
    any other level can be typed and is kept as written."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("centerLevel")
        self.setEditable(True)
        self.addItem("", "")
        for code, name in LEVELS:
            self.addItem(self.tr(name), code)

    def setText(self, level: str | None) -> None:  # noqa: N802 - the QLineEdit verb the form uses
        found = self.findData(level or "")
        if found >= 0:
            self.setCurrentIndex(found)
        else:
            self.setEditText(level or "")

    def text(self) -> str:
        found = self.findText(self.currentText())
        return self.itemData(found) if found >= 0 else self.currentText().strip()
