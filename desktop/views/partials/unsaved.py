"""Edits kept in a form until Save are never lost silently. A form screen mixes in
UnsavedChanges, calls `mark_saved()` whenever it shows a record as stored, and calls
`resolve_unsaved()` before it shows another record. The main window calls `resolve_all(page)`
before another page, another database or quitting. With unsaved edits the person is asked
"Save / Discard / Back" (Lưu / Bỏ / Quay lại); Back keeps the form as it is.

What counts as the form's state is read from its input widgets (texts, numbers, dates,
choices, ticks, table cells, ticked list items) under `unsaved_roots()`; a widget with the
property "unsavedIgnore" (and everything inside it) is not part of the record, e.g. the
inputs of an "Add" row before Add is pressed, or a setting that applies at once."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QWidget,
)

SAVE, DISCARD, BACK = "save", "discard", "back"


def _ignored(widget: QWidget, root: QWidget) -> bool:
    while widget is not None:
        if widget.property("unsavedIgnore"):
            return True
        if widget is root:
            return False
        widget = widget.parentWidget()
    return False


def _table_state(table: QTableWidget) -> tuple:
    cells = []
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None:
                cells.append((row, column, item.text(), item.data(Qt.ItemDataRole.CheckStateRole),
                              repr(item.data(Qt.ItemDataRole.UserRole))))
    return table.rowCount(), tuple(cells)


def _value(widget: QWidget):
    if isinstance(widget, QLineEdit):
        inside_editor = isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox))
        return None if inside_editor else widget.text()
    if isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        return widget.value()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.DateFormat.ISODate)
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentIndex(), widget.currentText()
    if isinstance(widget, QAbstractButton):
        return widget.isChecked() if widget.isCheckable() else None
    if isinstance(widget, QTableWidget):
        return _table_state(widget)
    if isinstance(widget, QListWidget):
        return tuple((widget.item(i).text(), widget.item(i).data(Qt.ItemDataRole.CheckStateRole))
                     for i in range(widget.count()))
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return widget.toPlainText()
    return None


def widget_state(roots: list[QWidget]) -> tuple:
    """The values of every input widget under `roots`, in creation order."""
    state = []
    for root in roots:
        for index, widget in enumerate(root.findChildren(QWidget)):
            if not _ignored(widget, root):
                value = _value(widget)
                if value is not None:
                    state.append((index, value))
    return tuple(state)


def ask(parent: QWidget) -> str:
    """Save / Discard / Back, asked about the form of `parent`; Back is the safe default."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("UnsavedChanges", "Unsaved changes"),
                      QCoreApplication.translate("UnsavedChanges", "This form has changes that are not saved yet. "
                                                 "Save them before leaving?"),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("unsavedChanges")
    save = box.addButton(QCoreApplication.translate("UnsavedChanges", "Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("UnsavedChanges", "Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    back = box.addButton(QCoreApplication.translate("UnsavedChanges", "Back"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else BACK


class UnsavedChanges:
    """Mixed into a form screen (a QWidget with `save() -> bool`)."""

    _saved_state = None
    # Asks Save / Discard / Back; tests replace it with a function returning the answer.
    ask_unsaved = None

    def unsaved_roots(self) -> list[QWidget]:
        return [self]

    def unsaved_state(self):
        return widget_state(self.unsaved_roots())

    def mark_saved(self) -> None:
        """The form now shows the record as stored."""
        self._saved_state = self.unsaved_state()

    def has_unsaved_changes(self) -> bool:
        return self._saved_state is not None and self.unsaved_state() != self._saved_state

    def discard_changes(self) -> None:
        """Show the stored record again (the page's own reload)."""
        self.reload()

    def resolve_unsaved(self) -> bool:
        """True when the form may be left: nothing unsaved, saved now, or dropped on purpose."""
        if not self.has_unsaved_changes():
            return True
        answer = (self.ask_unsaved or ask)(self)
        if answer == SAVE:
            if not self.save():
                return False
            self.mark_saved()
            return True
        if answer == DISCARD:
            self.discard_changes()
            self.mark_saved()
            return True
        return False


def resolve_all(widget: QWidget) -> bool:
    """Resolve every form inside `widget` (itself included); False = the person went back."""
    forms = [widget] if isinstance(widget, UnsavedChanges) else []
    forms += [child for child in widget.findChildren(QWidget) if isinstance(child, UnsavedChanges)]
    return all(form.resolve_unsaved() for form in forms)
