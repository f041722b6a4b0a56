"""The few message boxes every screen shows the same way: a conflicting edit, a failure."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget



def conflict(parent: QWidget) -> None:
    """Someone else saved this record since it was opened: nothing was overwritten."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("messages", "Changed by someone else"),
                      QCoreApplication.translate("messages", "Another coordinator saved this record after you opened it. Your changes were "
                         "not saved, so theirs are not lost. The record will be reloaded; make your "
                         "changes again."), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("conflictMessage")
    box.open()


def failure(parent: QWidget, error: Exception) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("messages", "Could not save"),
                      QCoreApplication.translate("messages", "The change could not be saved: {reason}").format(reason=error),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("failureMessage")
    box.open()
