"""Validation messages shown right under the field they are about, and the scrolling form
body that holds the fields and a general error line."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.i18n import field_error_text


class ErrorLabel(QLabel):
    """A red message under a field, hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fieldError")
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.setProperty("dataLabel", True)  # shows translated messages set at run time
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FormErrors:
    """Field name → ErrorLabel; shows the errors of a ValidationFailed next to their fields.
    Errors for fields without a label go to the fallback label (top of the form)."""

    def __init__(self, fallback: ErrorLabel):
        self.labels: dict[str, ErrorLabel] = {}
        self.fallback = fallback

    def wrap(self, name: str, widget: QWidget) -> QWidget:
        """A container holding `widget` with its error label below."""
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        label = ErrorLabel(box)
        layout.addWidget(label)
        self.labels[name] = label
        return box

    def attach(self, name: str, label: ErrorLabel) -> None:
        self.labels[name] = label

    def clear(self) -> None:
        for label in (*self.labels.values(), self.fallback):
            label.show_message("")

    def show(self, failure) -> None:
        self.clear()
        grouped: dict[str, list[str]] = {}
        for error in failure.errors:
            target = error.field if error.field in self.labels else self._prefix_match(error.field)
            grouped.setdefault(target, []).append(field_error_text(error))
        for name, messages in grouped.items():
            label = self.labels.get(name, self.fallback)
            label.show_message("\n".join(dict.fromkeys(messages)))

    def _prefix_match(self, name: str) -> str:
        for known in sorted(self.labels, key=len, reverse=True):
            if name.startswith(known):
                return known
        return ""

    def message(self, name: str) -> str:
        label = self.labels.get(name, self.fallback)
        return label.text() if label.isVisible() or not label.isHidden() else ""


@dataclass(frozen=True)
class ScrollingForm:
    """A form body inside a scroll area, its general error line at the top."""

    scroll: QScrollArea
    body: QWidget
    layout: QVBoxLayout
    general_error: ErrorLabel
    errors: FormErrors


def scrolling_form(parent: QWidget) -> ScrollingForm:
    """A resizable scroll area holding an empty form body that starts with its general error
    line; the caller adds the fields to `layout` and the scroll area to its own layout (the
    Save button stays outside, in view)."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    body = QWidget()
    scroll.setWidget(body)
    layout = QVBoxLayout(body)
    general_error = ErrorLabel(body)
    layout.addWidget(general_error)
    return ScrollingForm(scroll, body, layout, general_error, FormErrors(general_error))
