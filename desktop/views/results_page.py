"""Results & statistics: enter what each shift achieved, see the totals per week or month
against the yearly target (with a chart), and every volunteer's count of shifts and events."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtCore import Qt

from desktop.qtmodels.rows_table_model import RowsTableModel
from desktop.qtmodels.shift_result_table_model import ShiftResultTableModel
from desktop.views.labels import date_text, short_date
from desktop.messages import number
from desktop.views.partials import messages
from desktop.views.partials.form_errors import ErrorLabel, FormErrors
from desktop.views.partials.progress_chart import ProgressChart
from desktop.views.partials.dates import date_edit, follow
from desktop.views.partials.unsaved import UnsavedChanges
from models import repository
from models.holidays import monday_of


class ResultsPage(QWidget, UnsavedChanges):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Results & statistics"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._entry_tab(), self.tr("Enter results"))
        self.tabs.addTab(self._statistics_tab(), self.tr("Totals and target"))
        self.tabs.addTab(self._people_tab(), self.tr("Per volunteer"))
        layout.addWidget(self.tabs, 1)
        context.data_changed.connect(lambda what: what in ("centers", "results", "all", "holidays") and self.reload())
        self.reload()

    # ---- entering results ----
    def _entry_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.center = QComboBox(tab)
        self.center.setObjectName("resultCenter")
        self.week = date_edit(tab, QDate.currentDate())
        self.week.setObjectName("resultWeek")
        previous = QPushButton(self.tr("< Previous week"), tab)
        following = QPushButton(self.tr("Next week >"), tab)
        bar.addWidget(QLabel(self.tr("Center"), tab))
        bar.addWidget(self.center)
        bar.addWidget(QLabel(self.tr("Week of"), tab))
        bar.addWidget(self.week)
        bar.addWidget(previous)
        bar.addWidget(following)
        bar.addStretch(1)
        layout.addLayout(bar)
        language = self.context.language
        self.results_model = ShiftResultTableModel(lambda d: date_text(d, language), self)
        self.results_view = QTableView(tab)
        self.results_view.setObjectName("resultTable")
        self.results_view.setModel(self.results_model)
        self.results_view.verticalHeader().hide()
        self.results_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.results_view.horizontalHeader().setStretchLastSection(True)
        self.results_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        layout.addWidget(self.results_view, 1)
        self.general_error = ErrorLabel(tab)
        layout.addWidget(self.general_error)
        self.errors = FormErrors(self.general_error)
        bottom = QHBoxLayout()
        self.week_total = QLabel(tab)
        self.week_total.setProperty("dataLabel", True)
        bottom.addWidget(self.week_total, 1)
        self.save_button = QPushButton(self.tr("Save results"), tab)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        previous.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(-7)))
        following.clicked.connect(lambda: self.week.setDate(self.week.date().addDays(7)))
        self.shown_week: tuple = (None, None)  # (center, date) of the results on screen
        self.week.dateChanged.connect(lambda _d: self._week_chosen())
        self.center.currentIndexChanged.connect(lambda _i: self._week_chosen())
        self.save_button.clicked.connect(self.save)
        self.results_model.dataChanged.connect(lambda *_: self._show_week_total())
        return tab

    def unsaved_state(self):
        return self.results_model.edited_rows()

    def discard_changes(self) -> None:
        self.load_week()

    def _week_chosen(self) -> None:
        """Show another week or center, once the results typed for this one are saved or dropped."""
        if self.shown_week[0] is not None and not self.resolve_unsaved():
            center, week = self.shown_week
            for widget in (self.center, self.week):
                widget.blockSignals(True)
            self.center.setCurrentIndex(max(0, self.center.findData(center)))
            self.week.setDate(week)
            for widget in (self.center, self.week):
                widget.blockSignals(False)
            return
        self.load_week()

    def load_week(self) -> None:
        self.shown_week = (self.center.currentData(), self.week.date())
        code = self.center.currentData()
        if not code:
            self.results_model.set_results([])
            return
        first = monday_of(self.week.date().toPython())
        self.results_model.set_results(repository.list_shift_results(self.context.db, code, first,
                                                                      first + dt.timedelta(days=6)))
        self.errors.clear()
        self._show_week_total()
        self.mark_saved()

    def _show_week_total(self) -> None:
        rows = [self.results_model.result_at(i) for i in range(self.results_model.rowCount())]
        self.week_total.setText(self.tr("This week: {citizens} citizens guided, {dossiers} dossiers supported, "
                                        "{vneid} VNeID accounts activated.").format(
            citizens=number(sum(r.citizens_guided for r in rows)), dossiers=number(sum(r.dossiers_supported for r in rows)),
            vneid=number(sum(r.vneid_activated for r in rows))))

    def save(self) -> bool:
        return messages.save_through(
            self, self.errors, lambda: repository.save_shift_results(self.context.db, self.results_model.edited_rows()),
            reload=self.load_week, on_saved=lambda: self.context.data_changed.emit("results"))

    # ---- totals against the target ----
    def _statistics_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        self.year = QSpinBox(tab)
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.period = QComboBox(tab)
        self.period.addItem(self.tr("per month"), "month")
        self.period.addItem(self.tr("per week"), "week")
        self.stats_center = QComboBox(tab)
        bar.addWidget(QLabel(self.tr("Year"), tab))
        bar.addWidget(self.year)
        bar.addWidget(self.period)
        bar.addWidget(QLabel(self.tr("Center"), tab))
        bar.addWidget(self.stats_center)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.target_text = QLabel(tab)
        self.target_text.setProperty("dataLabel", True)
        self.target_text.setWordWrap(True)
        layout.addWidget(self.target_text)
        splitter = QSplitter(Qt.Orientation.Horizontal, tab)
        self.totals_model = RowsTableModel([
            (self.tr("Period"), lambda r: self._period_label(r)),
            (self.tr("Shifts"), lambda r: r.shifts),
            (self.tr("Citizens guided"), lambda r: r.citizens_guided),
            (self.tr("Dossiers supported"), lambda r: r.dossiers_supported),
            (self.tr("VNeID activated"), lambda r: r.vneid_activated),
        ], self, align_right={1, 2, 3, 4})
        self.totals_view = QTableView(splitter)
        self.totals_view.setObjectName("totalsTable")
        self.totals_view.setModel(self.totals_model)
        self.totals_view.verticalHeader().hide()
        self.totals_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.totals_view.setMinimumWidth(560)
        self.chart = ProgressChart(splitter)
        self.chart.setObjectName("targetChart")
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        for signal in (self.year.valueChanged, self.period.currentIndexChanged, self.stats_center.currentIndexChanged):
            signal.connect(lambda *_: self.load_totals())
        return tab

    def _period_label(self, total) -> str:
        if total.period[5:6] == "W":
            return self.tr("Week {week} (from {day})").format(week=int(total.period[6:]), day=short_date(total.first_day))
        return self.tr("Month {month}/{year}").format(month=total.first_day.month, year=total.first_day.year)

    def load_totals(self) -> None:
        year = self.year.value()
        totals = repository.result_totals(self.context.db, year, self.period.currentData() or "month",
                                          self.stats_center.currentData() or None)
        self.totals_model.set_rows(totals)
        settings = repository.get_settings(self.context.db)
        target = settings.targets.get("dossiers_supported_per_year", 0) if not self.stats_center.currentData() else 0
        done = sum(t.dossiers_supported for t in totals)
        if target:
            self.target_text.setText(self.tr("Dossiers supported in {year}: {done} of the yearly target {target} "
                                             "({percent}%).").format(year=year, done=number(done), target=number(target),
                                                                     percent=number(round(100 * done / target))))
        else:
            self.target_text.setText(self.tr("Dossiers supported in {year}: {done} (no yearly target for this "
                                             "choice; set it in Settings).").format(year=year, done=number(done)))
        labels = [str(t.first_day.month) if t.period[5:6] != "W" else t.period[6:] for t in totals]
        self.chart.set_data(labels, [t.dossiers_supported for t in totals], target,
                            (self.tr("Dossiers supported"), self.tr("Running total"), self.tr("Yearly target")))

    # ---- per volunteer ----
    def _people_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        bar = QHBoxLayout()
        today = QDate.currentDate()
        self.people_from = date_edit(tab, QDate(today.year(), today.month(), 1))
        self.people_to = date_edit(tab, QDate(today.year(), today.month(), today.daysInMonth()))
        bar.addWidget(QLabel(self.tr("From"), tab))
        bar.addWidget(self.people_from)
        bar.addWidget(QLabel(self.tr("to"), tab))
        bar.addWidget(self.people_to)
        follow(self.people_from, self.people_to)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.people_model = RowsTableModel([
            (self.tr("Code"), lambda r: r.code), (self.tr("Full name"), lambda r: r.name),
            (self.tr("Shifts"), lambda r: r.shifts), (self.tr("Outreach events"), lambda r: r.events),
        ], self, align_right={2, 3})
        self.people_view = QTableView(tab)
        self.people_view.setObjectName("peopleTable")
        self.people_view.setModel(self.people_model)
        self.people_view.verticalHeader().hide()
        self.people_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.people_view, 1)
        self.people_from.dateChanged.connect(lambda _d: self.load_people())
        self.people_to.dateChanged.connect(lambda _d: self.load_people())
        return tab

    def load_people(self) -> None:
        self.people_model.set_rows(repository.volunteer_counts(
            self.context.db, self.people_from.date().toPython(), self.people_to.date().toPython()))

    def reload(self) -> None:
        centers = repository.list_centers(self.context.db)
        for box, everything in ((self.center, None), (self.stats_center, self.tr("All centers"))):
            current = box.currentData()
            box.blockSignals(True)
            box.clear()
            if everything:
                box.addItem(everything, "")
            for center in centers:
                box.addItem(center.name, center.code)
            box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
            box.blockSignals(False)
        self.load_week()
        self.load_totals()
        self.load_people()
