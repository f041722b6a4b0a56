"""Date fields shared by every screen: dd/MM/yyyy with a calendar, typed digits going to the
day first (Qt's QDateEdit otherwise puts the cursor in the year on focus and ignores them),
and a "to" date that follows its "from" date when from moves past it."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QDateEdit, QWidget

DISPLAY_FORMAT = "dd/MM/yyyy"


class DateEdit(QDateEdit):
    """A QDateEdit whose day is selected when it gets the focus from the keyboard, so typing
    "15122026" gives 15/12/2026."""

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.MouseFocusReason:  # a click places the cursor itself
            QTimer.singleShot(0, self._select_day)

    def _select_day(self) -> None:
        self.setCurrentSection(QDateEdit.Section.DaySection)
        self.setSelectedSection(QDateEdit.Section.DaySection)


def date_edit(parent: QWidget | None = None, day: dt.date | QDate | None = None) -> DateEdit:
    """A date field as every screen shows one."""
    edit = DateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DISPLAY_FORMAT)
    if day is not None:
        edit.setDate(day if isinstance(day, QDate) else QDate(day.year, day.month, day.day))
    return edit


def follow(first: QDateEdit, last: QDateEdit) -> None:
    """Keep `last` on or after `first`: moving from past to carries to along."""
    def moved(date: QDate) -> None:
        if date > last.date():
            last.setDate(date)

    first.dateChanged.connect(moved)
