"""Generate and re-plan: the dialog (period, center, time limit), the solve running as a
background job with live progress and a Stop that keeps the best roster, and the summary
(unfilled seats with the engine's reasons, score by rule). The roster found is handed to the
board as one undoable step."""
from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.messages import Names, number
from desktop.qtmodels.roster_board_model import rule_label
from desktop.solving import SolveOutcome, solve_period
from desktop.views.roster_summary import (
    progress_words,
    result_words,
    summary_items,
    technical_progress,
    technical_result,
)
from desktop.views.partials.dates import date_edit, follow
from models.roster_guard import MAX_PERIOD_DAYS


class SolveProgress(QObject):
    """Carries the engine's progress reports from the worker thread to the GUI thread."""

    progress = Signal(object)  # scheduler.Progress


class GenerateDialog(QDialog):
    """One solve: Start, live progress, Stop (keeps the best roster), then the summary.

    `finished_outcome` is emitted once with the SolveOutcome; the board applies it."""

    finished_outcome = Signal(object)

    def __init__(self, context, start: dt.date, end: dt.date, center: str | None, centers: list[tuple[str, str]],
                 *, repair: bool = False, time_limit: float = 10.0, today: dt.date | None = None, parent=None):
        super().__init__(parent)
        self.context, self.repair = context, repair
        self.today = today or dt.date.today()
        self.protected = None  # models.roster_edits.Protected of the chosen period, once read
        self._protect_generation = 0
        self._reading = False  # a count of the protected work is running
        self._start_when_read = False  # Start was pressed before the protected work was counted
        self.cancel = threading.Event()
        self.job = None
        self._limit = time_limit  # of the running solve, set by Start; the progress bar's scale
        self.outcome: SolveOutcome | None = None
        self._cover_weight = _cover_weight(context)  # a best score below it has every minimum seat filled
        self.setObjectName("repairDialog" if repair else "generateDialog")
        self.setWindowTitle(self.tr("Re-plan around my changes") if repair else self.tr("Generate the roster"))
        self.resize(960, 600)
        layout = QVBoxLayout(self)
        self._add_intro(layout)
        self._add_choices(layout, start, end, center, centers, time_limit)
        self._add_protection(layout)
        self._add_progress(layout)
        self._add_summary(layout)
        self._add_technical(layout)
        self._add_buttons(layout)
        self.reporter = SolveProgress(self)
        self.reporter.progress.connect(self._progress)
        if not repair:
            self.read_protected()

    def _add_intro(self, layout) -> None:
        """The sentence at the top saying what the solve keeps and what it replaces."""
        intro = QLabel(self.tr("Locked assignments are kept; the solver changes as few other assignments as "
                               "the rules allow.") if self.repair else
                       self.tr("Locked assignments are kept; the other assignments of the period are replaced."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

    def _add_choices(self, layout, start: dt.date, end: dt.date, center: str | None,
                     centers: list[tuple[str, str]], time_limit: float) -> None:
        """The form: the period's first and last day, the centers and the time limit."""
        form = QFormLayout()
        layout.addLayout(form)
        self.date_from, self.date_to = date_edit(self, start), date_edit(self, end)
        period = QHBoxLayout()
        period.addWidget(self.date_from)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.date_to)
        follow(self.date_from, self.date_to)
        period.addStretch(1)
        form.addRow(self.tr("Period"), period)
        self.center = QComboBox(self)
        self.center.setObjectName("solveCenter")
        self.center.addItem(self.tr("All centers"), None)
        for code, name in centers:
            self.center.addItem(name, code)
        self.center.setCurrentIndex(max(self.center.findData(center), 0))
        form.addRow(self.tr("Centers"), self.center)
        self.time_limit = QDoubleSpinBox(self)
        self.time_limit.setObjectName("timeLimit")
        self.time_limit.setRange(1, 3600)
        self.time_limit.setDecimals(0)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setValue(time_limit)
        form.addRow(self.tr("Time limit"), self.time_limit)

    def _add_progress(self, layout) -> None:
        """The progress bar and the line saying what the solve is doing."""
        self.bar = QProgressBar(self)
        self.bar.setObjectName("solveProgress")
        self.bar.setRange(0, 1000)
        self.bar.setValue(0)
        self.bar.setTextVisible(False)
        layout.addWidget(self.bar)
        self.status = QLabel(self.tr("Press Start to search for a roster."), self)
        self.status.setObjectName("solveStatus")
        self.status.setProperty("dataLabel", True)
        layout.addWidget(self.status)

    def _add_summary(self, layout) -> None:
        """The result tree a finished solve fills: seats (unfilled ones with reasons), spread, wishes, changes."""
        self.summary = QTreeWidget(self)
        self.summary.setObjectName("solveSummary")
        self.summary.setHeaderLabels([self.tr("Result"), self.tr("How many")])
        self.summary.header().setStretchLastSection(False)
        self.summary.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary.setColumnWidth(1, 90)
        layout.addWidget(self.summary, 1)

    def _add_buttons(self, layout) -> None:
        """The buttons at the bottom: Start, Stop and keep the best roster, Close."""
        buttons = QDialogButtonBox(self)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setObjectName("startSolve")
        self.start_button.setDefault(True)
        self.stop_button = QPushButton(self.tr("Stop and keep the best roster"), self)
        self.stop_button.setObjectName("stopSolve")
        self.stop_button.setEnabled(False)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setObjectName("closeSolve")
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.stop_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.start_button.clicked.connect(self.start)
        self.stop_button.clicked.connect(self.stop)
        self.close_button.clicked.connect(self.reject)

    def _add_protection(self, layout) -> None:
        """The warning that published, hand-placed or past assignments would be replaced, with
        the choice to keep them (the default) or replace them. Generate only: a re-plan
        already changes as little as it can."""
        self.protection = QWidget(self)
        self.protection.setObjectName("protectedWork")
        box = QVBoxLayout(self.protection)
        box.setContentsMargins(0, 0, 0, 0)
        self.protect_note = QLabel(self.protection)
        self.protect_note.setObjectName("protectedNote")
        self.protect_note.setWordWrap(True)
        self.keep_choice = QRadioButton(self.tr("Keep them as they are (locked for this generate)"), self.protection)
        self.keep_choice.setObjectName("keepProtected")
        self.keep_choice.setChecked(True)
        self.replace_choice = QRadioButton(self.tr("Replace them too"), self.protection)
        self.replace_choice.setObjectName("replaceProtected")
        for widget in (self.protect_note, self.keep_choice, self.replace_choice):
            box.addWidget(widget)
        self.protection.setVisible(False)
        layout.addWidget(self.protection)
        if not self.repair:
            self.date_from.dateChanged.connect(self.read_protected)
            self.date_to.dateChanged.connect(self.read_protected)
            self.center.currentIndexChanged.connect(self.read_protected)

    def read_protected(self) -> None:
        """Count, off the GUI thread, what a generate of the chosen period would replace;
        Start waits for the answer."""
        from models.roster_edits.publishing import protected_chips

        self._protect_generation += 1
        generation = self._protect_generation
        self.protected = None
        start, end = self.period()
        if end < start:
            return  # Start explains the error
        self._reading = True
        db, center, today = self.context.db, self.center.currentData(), self.today
        self.context.jobs.start(lambda job: protected_chips(db, start, end, center, today=today),
                                on_success=lambda found: self._protected_read(generation, found),
                                on_failure=lambda error: self._protected_failed(generation, error))

    def _protected_read(self, generation: int, found) -> None:
        if generation != self._protect_generation:
            return
        self.protected = found
        self._reading = False
        count = found.count if found is not None else 0
        self.protection.setVisible(bool(count))
        if count:
            self.protect_note.setText(self.protected_words(found))
        if self._start_when_read:
            self._start_when_read = False
            self.start()

    def _protected_failed(self, generation: int, error: Exception) -> None:
        if generation == self._protect_generation:
            self._start_when_read = self._reading = False  # Start reads again
            self.status.setText(self.tr("Could not read the period's assignments: {reason}").format(reason=error))

    def protected_words(self, found) -> str:
        """"12 assignments of this period would be replaced: 10 on published days, 2 placed by hand"."""
        parts = [text.format(count=number(len(chips))) for text, chips in (
            (self.tr("{count} on published days"), found.published),
            (self.tr("{count} placed by hand"), found.hand),
            (self.tr("{count} on days already past"), found.past)) if chips]
        return self.tr("Generating would replace {count} assignments of this period: {parts}.").format(
            count=number(found.count), parts=", ".join(parts))

    def kept_pairs(self) -> frozenset:
        """What the solve is asked to keep: the protected assignments, unless Replace is chosen."""
        if self.repair or self.protected is None or self.replace_choice.isChecked():
            return frozenset()
        return self.protected.pairs

    def _add_technical(self, layout) -> None:
        """Score, bound, gap and the score by rule, behind a "Technical details" toggle."""
        self.details_button = QPushButton(self.tr("Technical details"), self)
        self.details_button.setObjectName("technicalDetails")
        self.details_button.setCheckable(True)
        layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.details = QWidget(self)
        box = QVBoxLayout(self.details)
        box.setContentsMargins(0, 0, 0, 0)
        self.technical = QLabel(self.details)
        self.technical.setObjectName("technicalText")
        self.technical.setWordWrap(True)
        box.addWidget(self.technical)
        self.penalties = QTreeWidget(self.details)
        self.penalties.setObjectName("scoreByRule")
        self.penalties.setHeaderLabels([self.tr("Rule"), self.tr("Points")])
        self.penalties.setColumnWidth(0, 330)
        self.penalties.setMaximumHeight(140)
        box.addWidget(self.penalties)
        self.details.setVisible(False)
        layout.addWidget(self.details)
        self.details_button.toggled.connect(self.details.setVisible)

    def period(self) -> tuple[dt.date, dt.date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    def start(self) -> None:
        start, end = self.period()
        if end < start:
            self.status.setText(self.tr("The period ends before it starts."))
            return
        if (end - start).days + 1 > MAX_PERIOD_DAYS:
            self.status.setText(self.tr("The period is longer than a year; choose at most {days} days.").format(
                days=MAX_PERIOD_DAYS))
            return
        if not self.repair and self.protected is None:
            if not self._reading:
                self.read_protected()
            self._start_when_read = True  # the solve must know what to keep: it starts once counted
            self.status.setText(self.tr("Looking for published and hand-placed assignments…"))
            return
        self.cancel.clear()
        self.summary.clear()
        self.bar.setValue(0)
        self.start_button.setEnabled(False)
        self.stop_button.setEnabled(True)
        self.close_button.setEnabled(False)
        self._limit = self.time_limit.value()
        self.status.setText(self.tr("Reading the period's volunteers, shifts and rules…"))
        self.technical.clear()
        self.penalties.clear()
        center = self.center.currentData()
        db, repair, limit, cancel, reporter = self.context.db, self.repair, self._limit, self.cancel, self.reporter
        keep = self.kept_pairs()
        self.job = self.context.jobs.start(
            lambda job: solve_period(db, start, end, center, repair=repair, time_limit=limit, workers=2,
                                  cancel=cancel, on_progress=reporter.progress.emit, keep=keep),
            on_success=self._done, on_failure=self._failed)

    def stop(self) -> None:
        self.cancel.set()
        self.stop_button.setEnabled(False)
        self.status.setText(self.tr("Stopping — keeping the best roster found…"))

    def _progress(self, progress) -> None:
        self.bar.setValue(min(1000, int(1000 * progress.elapsed_s / max(self._limit, 0.001))))
        self.status.setText(progress_words(progress, self._cover_weight))
        self.technical.setText(technical_progress(progress))

    def _failed(self, error: Exception) -> None:
        from models.roster_guard import DatabaseLocked

        self._idle()
        if isinstance(error, DatabaseLocked):
            self.status.setText(self.tr("The database is open in another program; nothing was changed. "
                                        "Close it, then start again."))
        else:
            self.status.setText(self.tr("The solver could not run: {reason}").format(reason=error))

    def _idle(self) -> None:
        self.start_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self.close_button.setEnabled(True)

    def _done(self, outcome: SolveOutcome) -> None:
        self._idle()
        self.outcome = outcome
        self.bar.setValue(1000)
        solution = outcome.solution
        if outcome.refused:
            if solution.objective is None:
                text = self.tr("No roster found ({status}); nothing was changed.").format(
                    status=status_label(solution.status))
            else:
                text = self.tr("The roster found breaks a rule that must never be broken; nothing was changed.")
            self.status.setText(text)
            self.finished_outcome.emit(outcome)
            return
        self.status.setText(result_words(outcome, self.repair))
        self.technical.setText(technical_result(outcome))
        self._fill_summary(outcome)
        self.finished_outcome.emit(outcome)

    def _names(self) -> Names:
        """The names of the solved period's people, shifts and events: the board's when it shows
        that period and center, else read for them (the dates may have been changed here)."""
        start, end = self.period()
        center = self.center.currentData()
        board = getattr(self.parent(), "board", None)
        if board is None or not (board.start <= start and end <= board.end and board.center in (None, center)):
            from models.roster_edits.board import load_board

            board = load_board(self.context.db, start, end, center)
        return Names(board)

    def _fill_summary(self, outcome: SolveOutcome) -> None:
        self.summary.clear()
        names = self._names()
        for item in summary_items(outcome, names, self.repair):
            self.summary.addTopLevelItem(item)
            item.setExpanded(True)
        self.penalties.clear()
        for rule, value in sorted(outcome.solution.penalties.items(), key=lambda item: -item[1]):
            if value:
                self.penalties.addTopLevelItem(QTreeWidgetItem([rule_label(rule), number(value)]))

    def reject(self) -> None:
        if self.job is not None and self.stop_button.isEnabled():
            self.stop()  # closing while it runs: stop, keep what was found
            return
        super().reject()


def status_label(status: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {"optimal": QCoreApplication.translate("GenerateDialog", "Optimal roster"),
            "feasible": QCoreApplication.translate("GenerateDialog", "Good roster"),
            "infeasible": QCoreApplication.translate("GenerateDialog", "No roster possible"),
            "unknown": QCoreApplication.translate("GenerateDialog", "No roster yet")}.get(status, status)


def _cover_weight(context) -> int:
    """The points one empty minimum seat costs (the workspace's weight, else the engine's)."""
    from models import repository
    from scheduler.problem import Weights

    return int(repository.get_settings(context.db).weights.get("cover_min", Weights().cover_min))
