"""A "from … to" pair of date fields: moving "from" past "to" moves "to" along, so the range
never ends before it starts."""
from __future__ import annotations

from PySide6.QtWidgets import QDateEdit


def follow(first: QDateEdit, last: QDateEdit) -> None:
    def moved(day) -> None:
        if last.date() < day:
            last.setDate(day)

    first.dateChanged.connect(moved)
