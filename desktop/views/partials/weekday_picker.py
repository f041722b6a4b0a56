"""Seven toggle buttons, Monday to Sunday (ISO weekdays 1–7)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from desktop.views.labels import weekday_long, weekday_short


class WeekdayPicker(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.buttons: dict[int, QToolButton] = {}
        for day in range(1, 8):
            button = QToolButton(self)
            button.setText(weekday_short(day))
            button.setToolTip(weekday_long(day))
            button.setCheckable(True)
            button.toggled.connect(self.changed)
            layout.addWidget(button)
            self.buttons[day] = button
        layout.addStretch(1)

    def days(self) -> tuple[int, ...]:
        return tuple(day for day, button in self.buttons.items() if button.isChecked())

    def set_days(self, days) -> None:
        chosen = set(days or ())
        for day, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(day in chosen)
            button.blockSignals(False)
