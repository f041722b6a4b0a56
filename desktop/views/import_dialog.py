"""Import volunteers from a spreadsheet in three steps: choose the file, match its columns to
volunteer fields, then see every bad row and why before anything is saved. Reading, checking
and saving run as background jobs with progress."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import field_error_text, row_problem_text
from desktop.views.labels import field_label
from models import volunteer_import
from models.form_errors import ValidationFailed
from models.volunteer_import import FIELDS, REQUIRED_FIELDS, ImportPreview, SheetTable, SheetUnreadable

STEP_FILE, STEP_MAPPING, STEP_PREVIEW = range(3)


class ImportDialog(QDialog):
    file_loaded = Signal()
    checked = Signal()
    imported = Signal(int)
    failed = Signal(str)

    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.table: SheetTable | None = None
        self.preview: ImportPreview | None = None
        self.job = None
        self.setWindowTitle(self.tr("Import volunteers from a spreadsheet"))
        self.resize(900, 600)
        layout = QVBoxLayout(self)
        self.step_title = QLabel(self)
        self.step_title.setProperty("dataLabel", True)
        font = self.step_title.font()
        font.setBold(True)
        self.step_title.setFont(font)
        layout.addWidget(self.step_title)
        self.stack = QStackedWidget(self)
        layout.addWidget(self.stack, 1)
        self.stack.addWidget(self._file_page())
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._preview_page())
        self.progress = QProgressBar(self)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setProperty("dataLabel", True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        layout.addLayout(buttons)
        buttons.addStretch(1)
        self.back_button = QPushButton(self.tr("< Back"), self)
        self.next_button = QPushButton(self.tr("Next >"), self)
        self.import_button = QPushButton(self.tr("Import"), self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        for button in (self.back_button, self.next_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.import_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        self._show_step(STEP_FILE)

    # ---- pages ----
    def _file_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        explain = QLabel(self.tr("Choose an Excel (.xlsx) or CSV file. The first row must hold the column "
                                 "names; every other row is one volunteer. Rows whose code already exists "
                                 "update that volunteer."), page)
        explain.setWordWrap(True)
        layout.addWidget(explain)
        row = QHBoxLayout()
        self.path = QLineEdit(page)
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        browse = QPushButton(self.tr("Choose file…"), page)
        browse.clicked.connect(self.browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        layout.addStretch(1)
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        layout = QHBoxLayout(page)
        left = QVBoxLayout()
        explain = QLabel(self.tr("Match each volunteer field with a column of the file. Code and full name "
                                 "are required."), page)
        explain.setWordWrap(True)
        left.addWidget(explain)
        form = QFormLayout()
        self.mapping_boxes: dict[str, QComboBox] = {}
        for name in FIELDS:
            box = QComboBox(page)
            box.setObjectName(f"map_{name}")
            self.mapping_boxes[name] = box
            label = field_label(name) + (" *" if name in REQUIRED_FIELDS else "")
            form.addRow(label, box)
        left.addLayout(form)
        left.addStretch(1)
        layout.addLayout(left, 1)
        self.sample = QTableWidget(page)
        self.sample.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.sample, 2)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.summary.setProperty("dataLabel", True)
        layout.addWidget(self.summary)
        self.problems = QTableWidget(0, 4, page)
        self.problems.setObjectName("problems")
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"), self.tr("Value in the file"),
                                                 self.tr("Expected")])
        self.problems.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.problems.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.problems, 1)
        return page

    # ---- steps ----
    def _show_step(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.step_title.setText([self.tr("Step 1 of 3: choose the file"), self.tr("Step 2 of 3: match the columns"),
                                 self.tr("Step 3 of 3: check the rows")][step])
        self.back_button.setEnabled(step > STEP_FILE and self.job is None)
        self.next_button.setEnabled(self.job is None and (step == STEP_MAPPING or
                                                          (step == STEP_FILE and self.table is not None)))
        self.next_button.setVisible(step < STEP_PREVIEW)
        self.import_button.setVisible(step == STEP_PREVIEW)
        self.import_button.setEnabled(step == STEP_PREVIEW and self.job is None
                                      and self.preview is not None and self.preview.ok)

    def step(self) -> int:
        return self.stack.currentIndex()

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a spreadsheet"), "",
                                              self.tr("Spreadsheets (*.xlsx *.csv)"))
        if path:
            self.load_file(path)

    def _busy(self, text: str) -> None:
        self.message.setText(text)
        self.progress.setRange(0, 0)
        self.progress.show()

    def _idle(self) -> None:
        self.job = None
        self.progress.hide()
        self._show_step(self.step())

    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_failure(self, error: Exception) -> None:
        if isinstance(error, SheetUnreadable):
            text = self.tr("Cannot read this file: {reason}").format(reason=error)
        elif isinstance(error, ValidationFailed):
            text = "\n".join(field_error_text(e) for e in error.errors)
        else:
            text = self.tr("The import failed: {reason}").format(reason=error)
        self.message.setText(text)
        self._idle()
        self.failed.emit(text)

    def load_file(self, path: str) -> None:
        """Read the sheet in the background, then propose a column mapping."""
        self.path.setText(path)
        self.table = None
        self._busy(self.tr("Reading {file}…").format(file=Path(path).name))
        self.job = self.context.jobs.start(lambda job: volunteer_import.read_table(path),
                                           on_success=self._file_read, on_failure=self._on_failure)
        self._show_step(STEP_FILE)

    def _file_read(self, table: SheetTable) -> None:
        self.table = table
        mapping = volunteer_import.guess_mapping(table.headers)
        for name, box in self.mapping_boxes.items():
            box.clear()
            box.addItem(self.tr("(not in the file)"), None)
            for index, header in enumerate(table.headers):
                box.addItem(header or self.tr("column {number}").format(number=index + 1), index)
            box.setCurrentIndex(box.findData(mapping[name]) if mapping[name] is not None else 0)
        self.sample.setColumnCount(len(table.headers))
        self.sample.setHorizontalHeaderLabels(table.headers)
        sample_rows = table.rows[:8]
        self.sample.setRowCount(len(sample_rows))
        for r, row in enumerate(sample_rows):
            for c, value in enumerate(row):
                self.sample.setItem(r, c, QTableWidgetItem(value))
        self.message.setText(self.tr("{count} rows found.").format(count=len(table.rows)))
        self._idle()
        self.file_loaded.emit()

    def mapping(self) -> dict[str, int | None]:
        return {name: box.currentData() for name, box in self.mapping_boxes.items()}

    def next(self) -> None:
        if self.step() == STEP_FILE and self.table is not None:
            self.message.clear()
            self._show_step(STEP_MAPPING)
        elif self.step() == STEP_MAPPING:
            missing = [field_label(n) for n in REQUIRED_FIELDS if self.mapping()[n] is None]
            if missing:
                self.message.setText(self.tr("Choose a column for: {fields}").format(fields=", ".join(missing)))
                return
            self.check()

    def back(self) -> None:
        if self.step() > STEP_FILE:
            self._show_step(self.step() - 1)

    def check(self) -> None:
        table, mapping, db = self.table, self.mapping(), self.context.db
        self.preview = None
        self.problems.setRowCount(0)
        self.summary.clear()
        self._show_step(STEP_PREVIEW)
        self._busy(self.tr("Checking the rows…"))
        self.job = self.context.jobs.start(
            lambda job: volunteer_import.check_rows(db, table, mapping, progress=job.report),
            on_success=self._checked, on_failure=self._on_failure, on_progress=self._on_progress)
        self._show_step(STEP_PREVIEW)

    def _checked(self, preview: ImportPreview) -> None:
        self.preview = preview
        self.problems.setRowCount(len(preview.problems))
        for r, problem in enumerate(preview.problems):
            for c, text in enumerate((str(problem.row), field_label(problem.field), problem.value,
                                      row_problem_text(problem))):
                self.problems.setItem(r, c, QTableWidgetItem(text))
        good = len(preview.volunteers)
        if preview.problems:
            self.summary.setText(self.tr("{bad} rows have problems (listed below); {good} rows are fine. Nothing "
                                         "will be saved until every row is correct: fix the file and choose it "
                                         "again.").format(bad=len(preview.bad_rows()), good=good))
        elif good:
            self.summary.setText(self.tr("All {good} rows are correct: {new} new volunteers, {updates} updates. "
                                         "Press Import to save them.").format(
                good=good, new=good - preview.updates, updates=preview.updates))
        else:
            self.summary.setText(self.tr("The file has no volunteer rows."))
        self.message.clear()
        self._idle()
        self.checked.emit()

    def save(self) -> None:
        if self.preview is None or not self.preview.ok:
            return
        preview, db = self.preview, self.context.db
        self._busy(self.tr("Saving…"))
        self.job = self.context.jobs.start(
            lambda job: volunteer_import.save_import(db, preview, progress=job.report),
            on_success=self._saved, on_failure=self._on_failure, on_progress=self._on_progress)
        self._show_step(STEP_PREVIEW)

    def _saved(self, count: int) -> None:
        self._idle()
        self.context.data_changed.emit("volunteers")
        self.imported.emit(count)
        self.accept()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        self.reject()
