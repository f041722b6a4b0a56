"""The few message boxes every screen shows the same way: a conflicting edit, a failure."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def conflict(parent: QWidget) -> None:
    """Someone else saved this record since it was opened: nothing was overwritten."""
    box = QMessageBox(QMessageBox.Icon.Warning, _t("Changed by someone else"),
                      _t("Another coordinator saved this record after you opened it. Your changes were "
                         "not saved, so theirs are not lost. The record will be reloaded; make your "
                         "changes again."), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("conflictMessage")
    box.open()


def failure(parent: QWidget, error: Exception) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, _t("Could not save"),
                      _t("The change could not be saved: {reason}").format(reason=error),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("failureMessage")
    box.open()
