"""Fast look-ups over a `Problem`: shifts and events as uniform duties, by code, day and center.

Both the CP-SAT rules and the independent validator read the problem through one index, so
they agree on what a duty is, when it starts and ends, and whom it may go to.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

from scheduler.problem import Event, FixedDuty, Problem, Shift, Volunteer

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MINUTES_PER_DAY = 1440


def absolute_minute(date: dt.date, minute: int) -> int:
    """Minutes since a fixed origin, so that duties on different days compare directly."""
    return date.toordinal() * MINUTES_PER_DAY + minute


@dataclass(frozen=True)
class Duty:
    """A shift or an event seen the same way: one thing a volunteer can be assigned to."""

    kind: Literal["shift", "event"]
    id: str  # Shift.id or Event.code
    center: str | None
    post: str | None
    template: str | None
    date: dt.date
    start: int  # absolute minutes
    end: int
    required_skills: frozenset[str]
    source: Shift | Event

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.id)

    @property
    def minutes(self) -> int:
        return self.end - self.start

    @property
    def weekday(self) -> int:
        return self.date.isoweekday()

    def ref(self) -> dict[str, str]:
        """Keyword arguments naming this duty in a `Violation` or `Unfilled`."""
        return {"shift": self.id} if self.kind == "shift" else {"event": self.id}

    def describe(self) -> str:
        if self.kind == "event":
            return f"event {self.id}"
        return f"shift {self.id}"


@dataclass(frozen=True)
class Busy:
    """A fixed duty of a volunteer outside the solved roster, as an absolute interval."""

    date: dt.date
    start: int
    end: int
    label: str


def _duty_of_shift(shift: Shift) -> Duty:
    return Duty("shift", shift.id, shift.center, shift.post, shift.template, shift.date,
                absolute_minute(shift.date, shift.start_min), absolute_minute(shift.date, shift.end_min),
                shift.required_skills, shift)


def _duty_of_event(event: Event) -> Duty:
    return Duty("event", event.code, event.center, None, None, event.date,
                absolute_minute(event.date, event.start_min), absolute_minute(event.date, event.end_min),
                frozenset(), event)


def _busy(fixed: FixedDuty) -> Busy:
    return Busy(fixed.date, absolute_minute(fixed.date, fixed.start_min),
                absolute_minute(fixed.date, fixed.end_min), fixed.label)


class ProblemIndex:
    """Read-only look-ups built once per problem."""

    def __init__(self, problem: Problem):
        self.problem = problem
        self.rules = problem.rules
        self.weights = problem.rules.weights
        self.volunteers: dict[str, Volunteer] = {v.code: v for v in problem.volunteers}
        self.duties: list[Duty] = [_duty_of_shift(s) for s in problem.shifts]
        self.duties += [_duty_of_event(e) for e in problem.events]
        self.by_key: dict[tuple[str, str], Duty] = {d.key: d for d in self.duties}
        self.by_center: dict[str | None, list[Duty]] = defaultdict(list)
        for duty in self.duties:
            self.by_center[duty.center].append(duty)
        self.closed: dict[str, dict[dt.date, str]] = {c.code: dict(c.closed) for c in problem.centers}
        # template code -> time windows (minutes of the day) it has anywhere in the problem;
        # an event counts as available when a template the volunteer lists overlaps it.
        self.template_windows: dict[str, set[tuple[int, int]]] = defaultdict(set)
        for shift in problem.shifts:
            self.template_windows[shift.template].add((shift.start_min, shift.end_min))
        self.busy: dict[str, list[Busy]] = defaultdict(list)
        for fixed in problem.fixed:
            self.busy[fixed.volunteer].append(_busy(fixed))
        self.locked = [a for a in problem.existing if a.locked]
        self.previous = [a for a in problem.existing if not a.locked]
        self.cache: dict[str, object] = {}  # derived data shared by rules (fair shares, ...)

    def duty_of(self, assignment) -> Duty | None:
        """The duty an `Assignment` points to, or None when it names nothing known."""
        if assignment.shift is not None:
            return self.by_key.get(("shift", assignment.shift))
        if assignment.event is not None:
            return self.by_key.get(("event", assignment.event))
        return None

    def closed_reason(self, duty: Duty) -> str | None:
        """The holiday name when the duty's center is closed that day (events are never closed)."""
        if duty.kind != "shift":
            return None
        return self.closed.get(duty.center, {}).get(duty.date)

    def duties_open_to(self, volunteer: Volunteer) -> list[Duty]:
        """Duties at centers the volunteer serves (a cheap pre-selection before the rules)."""
        if volunteer.centers is None:
            return self.duties
        found = list(self.by_center.get(None, ()))
        for center in sorted(volunteer.centers):
            found += self.by_center.get(center, ())
        return found

    def dates(self) -> list[dt.date]:
        days = (self.problem.end - self.problem.start).days + 1
        return [self.problem.start + dt.timedelta(days=i) for i in range(max(days, 0))]
