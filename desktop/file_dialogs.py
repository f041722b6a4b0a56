"""The save dialog of the board's exports: Qt's own file dialog (its labels come from the
project's Vietnamese catalogue, desktop/qt_vietnamese.py) with a filter written in the
interface language ("Tệp PDF (*.pdf)") instead of "All Files (*)"."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget


def filter_text(suffix: str) -> str:
    texts = {
        ".pdf": QCoreApplication.translate("file_dialogs", "PDF files (*.pdf)"),
        ".xlsx": QCoreApplication.translate("file_dialogs", "Excel workbooks (*.xlsx)"),
        ".json": QCoreApplication.translate("file_dialogs", "Workspace files (*.json)"),
    }
    return texts.get(suffix, QCoreApplication.translate("file_dialogs", "All files (*)"))


def save_dialog(parent: QWidget | None, title: str, path: str, suffix: str) -> QFileDialog:
    """A save dialog for `path`, not yet shown (the screenshots grab it open)."""
    dialog = QFileDialog(parent, title, path, filter_text(suffix))
    dialog.setObjectName("saveDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(suffix.lstrip("."))
    dialog.selectFile(path)
    return dialog


def save_path(parent: QWidget | None, title: str, path: str, suffix: str) -> str:
    """Ask where to save; "" when the coordinator cancels."""
    dialog = save_dialog(parent, title, path, suffix)
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]
