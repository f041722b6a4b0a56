"""Shared form plumbing of the repository modules: the translatable messages, the field checks and the stale-
version guard."""
from __future__ import annotations

import re
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from models.db import ConflictError
from models.form_errors import QT_TRANSLATE_NOOP, FieldError, ValidationFailed

REQUIRED = QT_TRANSLATE_NOOP("repository", "This field is required.")
CODE_TAKEN = QT_TRANSLATE_NOOP("repository", "The code {code} is already used.")
BAD_CODE = QT_TRANSLATE_NOOP("repository", "Use letters, digits, '-' or '_' only (no spaces).")
BAD_PHONE = QT_TRANSLATE_NOOP("repository", "A phone number has 9 to 11 digits, e.g. 0912345678.")
BAD_EMAIL = QT_TRANSLATE_NOOP("repository", "Not an e-mail address.")
BAD_ROLE = QT_TRANSLATE_NOOP("repository", "Unknown role.")
BAD_TIME = QT_TRANSLATE_NOOP("repository", "Write the time as HH:MM, e.g. 07:30.")
END_BEFORE_START = QT_TRANSLATE_NOOP("repository", "The end must be after the start.")
NO_WEEKDAY = QT_TRANSLATE_NOOP("repository", "Choose at least one weekday.")
ORDER_MIN_TARGET_MAX = QT_TRANSLATE_NOOP("repository", "Need min ≤ target ≤ max.")
LIMIT_ORDER = QT_TRANSLATE_NOOP("repository", "The minimum per month is above the maximum per month.")
WEEK_ABOVE_MONTH = QT_TRANSLATE_NOOP("repository", "The weekly maximum is above the monthly maximum.")
LEAVE_ORDER = QT_TRANSLATE_NOOP("repository", "Leave line {line}: the last day is before the first day.")
TEAM_ORDER = QT_TRANSLATE_NOOP("repository", "The minimum team size is above the maximum.")
REQUIREMENT_TOO_BIG = QT_TRANSLATE_NOOP("repository", "Rule line {line} needs more people than the team's maximum.")
REQUIREMENT_EMPTY = QT_TRANSLATE_NOOP("repository", "Rule line {line}: choose a role or a skill.")
NEGATIVE = QT_TRANSLATE_NOOP("repository", "Must be zero or more.")
DUPLICATE_CODE = QT_TRANSLATE_NOOP("repository", "Code {code} is listed twice.")
HAS_HISTORY = QT_TRANSLATE_NOOP("repository", "This record has assignments and cannot be deleted.")
DAY_TWICE = QT_TRANSLATE_NOOP("repository", "{day} is both an extra closed and an extra open day.")
UNKNOWN_UNIT = QT_TRANSLATE_NOOP("repository", "Unknown unit {code}.")
UNKNOWN_SKILL = QT_TRANSLATE_NOOP("repository", "Unknown skill {code}.")
UNKNOWN_CENTER = QT_TRANSLATE_NOOP("repository", "Unknown center {code}.")

_CODE = re.compile(r"^[A-Za-z0-9_.\-]+$")
_PHONE = re.compile(r"^\+?[0-9]{9,11}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class _Errors:
    def __init__(self) -> None:
        self.items: list[FieldError] = []

    def add(self, name: str, message: str, **params: Any) -> None:
        self.items.append(FieldError(name, message, params))

    def code(self, name: str, value: str) -> None:
        if not value:
            self.add(name, REQUIRED)
        elif not _CODE.match(value):
            self.add(name, BAD_CODE)

    def required(self, name: str, value: str) -> None:
        if not value.strip():
            self.add(name, REQUIRED)

    def time(self, name: str, value: str) -> None:
        if not _TIME.match(value or ""):
            self.add(name, BAD_TIME)

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationFailed(self.items)


def _check_version(row: Any, version: int | None) -> None:
    """The form was read at `version`; refuse the save when the row is gone (None) or moved on since."""
    if row is None:
        raise ConflictError("another coordinator deleted this record since you opened it; reload and try again")
    if version is not None and row.version != version:
        raise ConflictError("another coordinator changed this record since you opened it; reload and try again")


def _form_row(s: Session, entity: type, form: Any, **new: Any) -> Any:
    """The row a form saves into: a new `entity` made with `new` and added to the session when
    the form is new, else the stored one, refused when it is gone or the form is stale, and
    marked changed so its version moves on."""
    if form.id is None:
        row = entity(**new)
        s.add(row)
        return row
    row = s.get(entity, form.id)
    _check_version(row, form.version)
    _touch(row)
    return row


def _put(mapping: dict, key: str, value: Any) -> None:
    """`value` stored under `key`, or the key left out when the value is empty (nothing written
    for what the form leaves blank, so an untouched file round-trips)."""
    if value:
        mapping[key] = value
    else:
        mapping.pop(key, None)


def _touch(row: Any, attribute: str = "name") -> None:
    """Make the row dirty so its version is checked and bumped even when only children changed."""
    flag_modified(row, attribute)
