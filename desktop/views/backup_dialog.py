"""File ▸ Restore a backup: the backups of the open database (when each was made, how big),
one chosen to restore."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def size_text(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


class RestoreBackupDialog(QDialog):
    """The list of backups, newest first; `selected()` is the chosen one once accepted."""

    def __init__(self, backups, parent: QWidget | None = None):
        super().__init__(parent)
        self.backups = list(backups)
        self.setObjectName("restoreBackupDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        layout = QVBoxLayout(self)
        text = (self.tr("Choose the backup to put back. What the database holds now is backed up first, "
                        "so it can be put back in turn.") if self.backups
                else self.tr("There is no backup of this database yet. One is made every day the app "
                             "opens it, and before every upgrade."))
        heading = QLabel(text, self)
        heading.setObjectName("backupHeading")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.table = QTableWidget(len(self.backups), 2, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Made on"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, backup in enumerate(self.backups):
            self.table.setItem(row, 0, QTableWidgetItem(backup.created.strftime("%d/%m/%Y %H:%M:%S")))
            self.table.setItem(row, 1, QTableWidgetItem(size_text(backup.size)))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.restore_button.setText(self.tr("Restore"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()
        self.resize(460, 360)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None
