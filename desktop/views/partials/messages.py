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


def save_through(widget: QWidget, errors, save, *, reload, on_saved) -> bool:
    """One save (or delete) through the data layer, the way every screen does it: field errors
    shown next to the fields (`errors.show`), a conflicting edit reported and the record
    reloaded (nothing overwritten), `on_saved()` once it went through (announce the change).
    Returns whether it went through."""
    from models.db import ConflictError
    from models.form_errors import ValidationFailed

    errors.clear()
    try:
        save()
    except ValidationFailed as failure:
        errors.show(failure)
        return False
    except ConflictError:
        conflict(widget)
        reload()
        return False
    on_saved()
    return True
