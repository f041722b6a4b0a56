"""Hard rules on when one person works: no two places at once, a daily maximum, a minimum rest.

Shifts, events and fixed duties (`Problem.fixed`) all count, across centers. Times are
absolute minutes, so duties running past midnight and rest across days need no special case.
Each rule has three faces: `add_*` (CP-SAT), `check_*` (a finished roster) and `blocks_*`
(would one more duty break the rule? used to explain unfilled seats).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ortools.sat.python import cp_model

from scheduler.index import Busy, Duty
from scheduler.problem import Problem, Violation
from scheduler.roster import Roster
from scheduler.rules.candidates import Reason

if TYPE_CHECKING:
    from scheduler.variables import Variables


def _conflict_cliques(intervals, gap: int):
    """Maximal groups of intervals that pairwise come closer than `gap` minutes (0: overlap).

    `intervals` are (start, end, item). Interval graphs are chordal, so a sweep over start
    points finds every maximal clique; one at-most-one per clique replaces all pair constraints.
    """
    cliques, active, pending = [], [], None
    for start, end, item in sorted(intervals, key=lambda t: (t[0], t[1])):
        before = len(active)
        active = [a for a in active if a[1] + gap > start]
        if pending is not None and len(active) < before:
            cliques.append(pending)  # something left since the last start: pending was maximal
            pending = None
        active.append((start, end, item))
        if len(active) >= 2:
            pending = [a[2] for a in active]
    if pending is not None:
        cliques.append(pending)
    return cliques


def _add_spacing(model: cp_model.CpModel, variables: Variables, problem: Problem, gap: int) -> None:
    for volunteer in problem.volunteers:
        options = [(d.start, d.end, var) for d, var in variables.of_volunteer(volunteer.code)]
        busy = [(b.start, b.end, None) for b in variables.index.busy.get(volunteer.code, ())]
        for clique in _conflict_cliques(options + busy, gap):
            free = [v for v in clique if v is not None]
            if len(free) < len(clique):  # a fixed duty is in the group: none of the others
                for var in free:
                    model.add(var == 0)
            elif len(free) >= 2:
                model.add_at_most_one(free)


def _items(roster: Roster, volunteer: str) -> list[tuple[int, int, Duty | Busy]]:
    items = [(d.start, d.end, d) for d in roster.duties_of(volunteer)]
    items += [(b.start, b.end, b) for b in roster.index.busy.get(volunteer, ())]
    return sorted(items, key=lambda t: (t[0], t[1]))


def _label(item) -> str:
    return item.describe() if isinstance(item, Duty) else f"fixed duty {item.label or item.date}"


def _other(duty: Duty, a, b) -> dict:
    """The other duty of a pair, as violation params: a duty's id or a fixed duty's label and date."""
    other = b if a is duty else a
    if isinstance(other, Duty):
        return {"other": other.id, "other_kind": other.kind}
    return {"other_label": other.label, "date": other.date}


def _pairs_closer_than(roster: Roster, volunteer: str, gap: int):
    """Pairs (a, b) of the volunteer's duties, at least one in the roster, a starting first,
    with b starting less than `gap` minutes after a ends (gap 0: they overlap)."""
    items = _items(roster, volunteer)
    for i, (s1, e1, a) in enumerate(items):
        for s2, e2, b in items[i + 1:]:
            if s2 >= e1 + gap:
                break
            if isinstance(a, Duty) or isinstance(b, Duty):
                yield a, b, s2 - e1


def _blocking(roster: Roster, volunteer: str, duty: Duty, gap: int):
    items = _items(roster, volunteer)
    for start, end, item in items:
        if item is duty:
            continue
        if start < duty.end + gap and duty.start < end + gap:
            return item
    return None


# --- no_overlap ---------------------------------------------------------------------------
def add_no_overlap(model: cp_model.CpModel, variables: Variables, problem: Problem) -> None:
    _add_spacing(model, variables, problem, gap=0)


def check_no_overlap(roster: Roster) -> list[Violation]:
    found = []
    for volunteer in roster.volunteers():
        for a, b, _ in _pairs_closer_than(roster, volunteer, gap=0):
            duty = a if isinstance(a, Duty) else b
            found.append(Violation("no_overlap", f"{volunteer} is in two places at once: "
                                   f"{_label(a)} and {_label(b)}", volunteer=volunteer,
                                   params=_other(duty, a, b), **duty.ref()))
    return found


def blocks_no_overlap(roster: Roster, volunteer: str, duty: Duty) -> Reason | None:
    item = _blocking(roster, volunteer, duty, gap=0)
    if item is None:
        return None
    if isinstance(item, Busy):
        return Reason("already on duty elsewhere at that time", "already on duty elsewhere at that time")
    if item.kind == "event":
        return Reason("already at an outreach event at that time", "already at an outreach event at that time")
    return Reason("already on another shift at that time", "already on another shift at that time")


# --- min_rest_hours -----------------------------------------------------------------------
def _rest_minutes(problem: Problem) -> int:
    return round(problem.rules.min_rest_hours * 60)


def add_min_rest_hours(model: cp_model.CpModel, variables: Variables, problem: Problem) -> None:
    if _rest_minutes(problem) > 0:
        _add_spacing(model, variables, problem, gap=_rest_minutes(problem))


def check_min_rest_hours(roster: Roster) -> list[Violation]:
    rest = _rest_minutes(roster.problem)
    if rest <= 0:
        return []
    found = []
    for volunteer in roster.volunteers():
        for a, b, gap in _pairs_closer_than(roster, volunteer, gap=rest):
            if gap < 0:
                continue  # an overlap: reported by no_overlap
            duty = b if isinstance(b, Duty) else a
            found.append(Violation("min_rest_hours", f"{volunteer} rests {gap / 60:g} h between "
                                   f"{_label(a)} and {_label(b)} (minimum "
                                   f"{roster.problem.rules.min_rest_hours:g} h)", volunteer=volunteer,
                                   params={**_other(duty, a, b), "hours": gap / 60,
                                           "limit": roster.problem.rules.min_rest_hours}, **duty.ref()))
    return found


def blocks_min_rest_hours(roster: Roster, volunteer: str, duty: Duty) -> Reason | None:
    rest = _rest_minutes(roster.problem)
    if rest <= 0 or _blocking(roster, volunteer, duty, gap=rest) is None:
        return None
    hours = f"{roster.problem.rules.min_rest_hours:g}"
    return Reason(f"would not get {hours} hours of rest", f"would not get {hours} hours of rest")


# --- max_shifts_per_day -------------------------------------------------------------------
def _fixed_on(index, volunteer: str, date) -> int:
    return sum(1 for b in index.busy.get(volunteer, ()) if b.date == date)


def add_max_shifts_per_day(model: cp_model.CpModel, variables: Variables, problem: Problem) -> None:
    limit = problem.rules.max_shifts_per_day
    for volunteer in problem.volunteers:
        days = {d.date for d, _ in variables.of_volunteer(volunteer.code)}
        for date in days:
            options = [var for _, var in variables.on_day(volunteer.code, date)]
            room = limit - _fixed_on(variables.index, volunteer.code, date)
            if len(options) > room:
                model.add(sum(options) <= max(room, 0))


def check_max_shifts_per_day(roster: Roster) -> list[Violation]:
    limit = roster.problem.rules.max_shifts_per_day
    found = []
    for volunteer in roster.volunteers():
        for date in sorted({d.date for d in roster.duties_of(volunteer)}):
            duties = roster.on_day(volunteer, date)
            count = len(duties) + _fixed_on(roster.index, volunteer, date)
            if count > limit:
                found.append(Violation("max_shifts_per_day", f"{volunteer} has {count} duties on "
                                       f"{date.isoformat()} (maximum {limit})", volunteer=volunteer,
                                       params={"count": count, "limit": limit, "date": date}, **duties[-1].ref()))
    return found


def blocks_max_shifts_per_day(roster: Roster, volunteer: str, duty: Duty) -> Reason | None:
    count = len(roster.on_day(volunteer, duty.date)) + _fixed_on(roster.index, volunteer, duty.date)
    if count < roster.problem.rules.max_shifts_per_day:
        return None
    return Reason("at their daily maximum", "at their daily maximum")

