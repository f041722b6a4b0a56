"""The rostering rules a coordinator edits beside the availability (runs of working days and
days off, weekends, hours per month, a cap per shift, dated requests) and the forbidden
successions of the workspace rules: plain forms, their checks (the rules of
models/workspace_schema.py, as field errors) and the merge back into the stored JSON, which leaves
every value whose meaning did not change exactly as it was, so export → edit nothing → export
gives the same document."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from models.form_errors import QT_TRANSLATE_NOOP, FieldError
from models.workspace_schema import LIMIT_NAMES

# The limits of docs/workspace-extensions.md; `max_per_shift` is a mapping, kept apart.
WORK_LIMIT_NAMES = (
    "max_consecutive_days", "min_consecutive_days", "min_consecutive_days_off",
    "max_weekends_per_month", "min_minutes_per_month", "max_minutes_per_month",
)
AT_LEAST_ONE = ("max_consecutive_days", "min_consecutive_days", "min_consecutive_days_off")
# A stored 0 that the form shows as "none": the three commitments (the screen's spin boxes
# show 0 as "no limit") and the minimum minutes (0 = none, by the format).
_ZERO_MEANS_NONE = ("max_per_week", "max_per_month", "min_per_month", "min_minutes_per_month")
ORDERED_PAIRS = (("min_consecutive_days", "max_consecutive_days"),
                 ("min_minutes_per_month", "max_minutes_per_month"))

AT_LEAST_1 = QT_TRANSLATE_NOOP("repository", "Must be at least 1.")
NEGATIVE = QT_TRANSLATE_NOOP("repository", "Must be zero or more.")
MIN_ABOVE_MAX_DAYS = QT_TRANSLATE_NOOP("repository", "The minimum run of working days is longer than the maximum.")
MIN_ABOVE_MAX_HOURS = QT_TRANSLATE_NOOP("repository", "The minimum hours per month are above the maximum.")
UNKNOWN_SHIFT = QT_TRANSLATE_NOOP("repository", "Unknown shift {code}.")
REQUEST_WEIGHT = QT_TRANSLATE_NOOP("repository", "Request line {line}: the weight must be at least 1.")
REQUEST_SHIFT = QT_TRANSLATE_NOOP("repository", "Request line {line}: unknown shift {code}.")
BAD_HOURS = QT_TRANSLATE_NOOP("repository", "Write hours as 40 or 40:30.")
SUCCESSION_LINE = QT_TRANSLATE_NOOP("repository", "Line {line}: unknown shift {code}.")

_MESSAGES_BY_PAIR = dict(zip(ORDERED_PAIRS, (MIN_ABOVE_MAX_DAYS, MIN_ABOVE_MAX_HOURS)))


@dataclass(frozen=True)
class WorkLimits:
    """The extension limits of one volunteer; None = no limit (or no rule)."""

    max_consecutive_days: int | None = None
    min_consecutive_days: int | None = None
    min_consecutive_days_off: int | None = None
    max_weekends_per_month: int | None = None
    min_minutes_per_month: int | None = None
    max_minutes_per_month: int | None = None
    max_per_shift: dict[str, int] = field(default_factory=dict)  # shift-template code -> at most


@dataclass(frozen=True)
class ShiftRequest:
    """A dated wish: `on` = would like to work (that shift) that day; `shift` None = any."""

    date: dt.date
    weight: int
    on: bool
    shift: str | None = None


def meaning(name: str, value: Any) -> Any:
    """What a stored limit means to the form (None: no limit)."""
    if value == 0 and name in _ZERO_MEANS_NONE:
        return None
    return value


def work_limits_from(limits: dict | None) -> WorkLimits:
    limits = limits or {}
    return WorkLimits(**{name: meaning(name, limits.get(name)) for name in WORK_LIMIT_NAMES},
                      max_per_shift=dict(limits.get("max_per_shift") or {}))


def check_work_limits(limits: WorkLimits, shift_codes: set[str]) -> list[FieldError]:
    errors: list[FieldError] = []
    for name in WORK_LIMIT_NAMES:
        value = getattr(limits, name)
        if value is None:
            continue
        if name in AT_LEAST_ONE and value < 1:
            errors.append(FieldError(name, AT_LEAST_1))
        elif value < 0:
            errors.append(FieldError(name, NEGATIVE))
    for low, high in ORDERED_PAIRS:
        a, b = getattr(limits, low), getattr(limits, high)
        if a is not None and b is not None and a > b:
            errors.append(FieldError(low, _MESSAGES_BY_PAIR[(low, high)]))
    for code, count in limits.max_per_shift.items():
        if code not in shift_codes:
            errors.append(FieldError("max_per_shift", UNKNOWN_SHIFT, {"code": code}))
        if count < 0:
            errors.append(FieldError("max_per_shift", NEGATIVE))
    return errors


def merge_limits(stored: dict | None, values: dict[str, int | None],
                 max_per_shift: dict[str, int] | None = None) -> dict:
    """The stored `limits` with `values` (any of LIMIT_NAMES; None = no limit) and the cap per
    shift written in: a key whose meaning is unchanged keeps its stored value and place."""
    limits = dict(stored or {})
    for name, value in values.items():
        assert name in LIMIT_NAMES, name
        if name in limits and meaning(name, limits[name]) == value:
            continue
        if value is None:
            limits.pop(name, None)
        else:
            limits[name] = value
    if max_per_shift is not None and dict(limits.get("max_per_shift") or {}) != max_per_shift:
        if max_per_shift:
            limits["max_per_shift"] = dict(max_per_shift)
        else:
            limits.pop("max_per_shift", None)
    return limits


def requests_from(stored: list | None) -> tuple[ShiftRequest, ...]:
    return tuple(_request(item) for item in stored or ())


def _request(item: dict) -> ShiftRequest:
    return ShiftRequest(dt.date.fromisoformat(item["date"]), item["weight"], item["on"], item.get("shift"))


def check_requests(requests: tuple[ShiftRequest, ...], shift_codes: set[str]) -> list[FieldError]:
    errors: list[FieldError] = []
    for line, request in enumerate(requests, 1):
        if request.weight < 1:
            errors.append(FieldError("requests", REQUEST_WEIGHT, {"line": line}))
        if request.shift is not None and request.shift not in shift_codes:
            errors.append(FieldError("requests", REQUEST_SHIFT, {"line": line, "code": request.shift}))
    return errors


def merge_requests(stored: list | None, requests: tuple[ShiftRequest, ...]) -> list | None:
    """The requests to store: an unchanged wish keeps its stored entry as it was."""
    if requests_from(stored) == requests:
        return stored
    unused = list(stored or ())
    merged = []
    for request in requests:
        same = next((item for item in unused if _request(item) == request), None)
        if same is not None:
            unused.remove(same)
            merged.append(same)
            continue
        entry: dict[str, Any] = {"date": request.date.isoformat()}
        if request.shift is not None:
            entry["shift"] = request.shift
        entry.update(weight=request.weight, on=request.on)
        merged.append(entry)
    return merged or None


def check_successions(pairs: tuple[tuple[str, str], ...], shift_codes: set[str]) -> list[FieldError]:
    errors: list[FieldError] = []
    for line, pair in enumerate(pairs, 1):
        for code in pair:
            if code not in shift_codes:
                errors.append(FieldError("forbidden_successions", SUCCESSION_LINE, {"line": line, "code": code}))
    return errors


def merge_successions(stored: list | None, pairs: tuple[tuple[str, str], ...]) -> list | None:
    """None: leave the key out (nothing stored before, nothing now)."""
    if stored is not None and tuple(tuple(p) for p in stored) == pairs:
        return stored
    if stored is None and not pairs:
        return None
    return [list(pair) for pair in pairs]


_HOURS = re.compile(r"^\s*(\d{1,4})(?:(?::([0-5]\d))|(?:[.,](\d{1,2})))?\s*$")


def parse_hours(text: str) -> int | None:
    """Minutes from "40", "40:30" or "40,5" (hours); None for an empty text; ValueError else."""
    if not text.strip():
        return None
    match = _HOURS.match(text)
    if not match:
        raise ValueError(text)
    hours, minutes, fraction = match.groups()
    if minutes is not None:
        return int(hours) * 60 + int(minutes)
    if fraction is not None:
        return int(hours) * 60 + round(float(f"0.{fraction}") * 60)
    return int(hours) * 60


def hours_text(minutes: int | None) -> str:
    if minutes is None:
        return ""
    hours, rest = divmod(minutes, 60)
    return f"{hours}" if not rest else f"{hours}:{rest:02d}"
