"""Tiny problem builders for the scheduler tests: one line per volunteer, shift or event."""
from __future__ import annotations

import datetime as dt

from scheduler import Assignment, Demand, Event, Problem, Requirement, Rules, Shift, Volunteer

MONDAY = dt.date(2026, 11, 23)
TIMES = {"AM": (7 * 60 + 30, 11 * 60 + 30), "PM": (13 * 60 + 30, 17 * 60), "EV": (17 * 60, 21 * 60)}


def day(n: int) -> dt.date:
    return MONDAY + dt.timedelta(days=n)


def vol(code: str, **fields) -> Volunteer:
    return Volunteer(code=code, name=f"Tình nguyện viên {code}", **fields)


def shift(n: int = 0, template: str = "AM", *, center: str = "HCC", post: str = "F1", min: int = 1,
          target: int = 0, max: int | None = None, skills=(), times=None, **demand) -> Shift:
    start, end = times or TIMES[template]
    return Shift(id=f"{center}/{post}/{day(n).isoformat()}/{template}", center=center, post=post,
                 template=template, date=day(n), start_min=start, end_min=end,
                 demand=Demand(min=min, target=target, max=max, **demand), required_skills=frozenset(skills))


def event(code: str = "OUT-1", n: int = 5, *, team_min: int = 1, team_max: int = 5, requirements=(),
          center: str | None = "HCC", times=(7 * 60 + 30, 11 * 60 + 30)) -> Event:
    return Event(code=code, name=f"Tuyên truyền {code}", center=center, date=day(n), start_min=times[0],
                 end_min=times[1], team_min=team_min, team_max=team_max,
                 requirements=tuple(Requirement(**r) for r in requirements))


def problem(volunteers, shifts=(), events=(), *, days: int = 7, rules: Rules = Rules(), **fields) -> Problem:
    return Problem(start=MONDAY, end=day(days - 1), volunteers=tuple(volunteers), shifts=tuple(shifts),
                   events=tuple(events), rules=rules, **fields)


def on(volunteer: str, duty, locked: bool = False) -> Assignment:
    if isinstance(duty, Event):
        return Assignment(volunteer, event=duty.code, locked=locked)
    return Assignment(volunteer, shift=duty.id, locked=locked)


def rule_names(violations) -> set[str]:
    return {v.rule for v in violations if v.hard}


def pairs(solution) -> set[tuple[str, str]]:
    return {(a.volunteer, a.shift or a.event) for a in solution.assignments}
