"""The dialogs of the File menu's workspace actions: how to import a workspace file (replace
everything or merge into what is there), and every error of a file that was refused, each
with its JSON path."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class ImportModeDialog(QDialog):
    """Replace or merge, with what each does; `merge()` is the choice."""

    def __init__(self, file_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importModeDialog")
        self.setWindowTitle(self.tr("Import workspace"))
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Import {file} into the open database:").format(file=file_name), self)
        heading.setProperty("dataLabel", True)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.replace_button = QRadioButton(self.tr("Replace: the database will hold exactly what the file holds"), self)
        self.replace_button.setObjectName("replaceMode")
        self.merge_button = QRadioButton(self.tr("Merge: add new records and update those with the same code"), self)
        self.merge_button.setObjectName("mergeMode")
        self.merge_button.setChecked(True)
        layout.addWidget(self.merge_button)
        layout.addWidget(self.replace_button)
        note = QLabel(self.tr("The whole file is checked first; if anything is wrong, nothing is written."), self)
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def merge(self) -> bool:
        return self.merge_button.isChecked()


class WorkspaceErrorsDialog(QDialog):
    """The errors of a refused workspace file: where (JSON path) and what."""

    def __init__(self, file_name: str, errors, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workspaceErrors")
        self.setWindowTitle(self.tr("The workspace was not imported"))
        layout = QVBoxLayout(self)
        summary = QLabel(self.tr("{file} has {count} error(s). Nothing was written to the database; correct "
                                 "the file and import it again.").format(file=file_name, count=len(errors)), self)
        summary.setProperty("dataLabel", True)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        self.table = QTableWidget(len(errors), 2, self)
        self.table.setObjectName("workspaceErrorTable")
        self.table.setHorizontalHeaderLabels([self.tr("Where in the file"), self.tr("Problem")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        for row, error in enumerate(errors):
            self.table.setItem(row, 0, QTableWidgetItem(error.path))
            message = QTableWidgetItem(error.message)
            message.setToolTip(error.message)  # a long message is also readable in full here
            self.table.setItem(row, 1, message)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 420)

    def rows(self) -> list[tuple[str, str]]:
        return [(self.table.item(r, 0).text(), self.table.item(r, 1).text()) for r in range(self.table.rowCount())]
