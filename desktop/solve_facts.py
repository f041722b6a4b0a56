"""What a generate or re-plan summary tells a coordinator, worked out where the solve ran (a
child process) as plain data: seats filled and still empty, the spread of duties per person
against their limits, wishes not met, and for a re-plan who was taken off which duty and why,
who was put on which duty. No Qt, no names: codes and numbers the dialog writes in words.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

WISH_RULES = ("preferences", "avoidances", "shift_requests")


@dataclass(frozen=True)
class Change:
    volunteer: str  # code
    duty: str  # Shift.id or event code
    kind: str  # "shift" | "event"
    rule: str = ""  # removed: the hard rule that keeps them off it now ("leave"...), "" = moved by the solver
    params: tuple = ()  # that rule's (name, value) pairs ("leave_reason", "Ốm")


@dataclass(frozen=True)
class SolveFacts:
    seats_needed: int = 0  # minimum seats of the period (shifts' min, events' team_min)
    seats_missing: int = 0  # of those, still empty
    target_wanted: int = 0  # seats up to the shifts' targets
    target_filled: int = 0
    fewest: int = 0  # duties of the active volunteer with the fewest
    most: int = 0  # ... and with the most
    most_volunteer: str = ""  # code of a volunteer with the most
    most_limit: int | None = None  # that volunteer's tightest weekly/monthly maximum, when one applies
    people: int = 0  # active volunteers
    wishes_unmet: int = 0
    removed: tuple[Change, ...] = ()
    added: tuple[Change, ...] = ()
    filled_for: dict = field(default_factory=dict)  # added (volunteer, duty) -> volunteer whose seat they took


def _limit(volunteer) -> int | None:
    caps = [w.max for w in volunteer.windows if w.max is not None and w.measure == "assignments"]
    return min(caps) if caps else None


def _why_off(index, code: str, duty_id: str) -> tuple[str, tuple]:
    """The candidate rule that keeps a volunteer off a duty now (their leave...), or ("", ())."""
    from scheduler.rules.candidates import first_exclusion

    volunteer = index.volunteers.get(code)
    duty = index.by_key.get(("shift", duty_id)) or index.by_key.get(("event", duty_id))
    if volunteer is None or duty is None:
        return "", ()
    found = first_exclusion(index, volunteer, duty)
    return (found[0], found[1].params) if found else ("", ())


def solve_facts(problem, solution, removed, added) -> SolveFacts:
    """The facts of one solve; `removed` are board chips, `added` the new chips (roster_edits)."""
    from scheduler.index import ProblemIndex
    from scheduler.rules.cover import required

    index = ProblemIndex(problem)
    needed = sum(required(index, duty) for duty in index.duties)
    missing = sum(gap.missing for gap in solution.unfilled)
    counts = Counter(a.volunteer for a in solution.assignments)
    team = Counter(a.shift for a in solution.assignments if a.shift)
    wanted = filled = 0
    for s in problem.shifts:
        if s.demand.target and not index.closed_reason(index.by_key[("shift", s.id)]):
            wanted += s.demand.target
            filled += min(team.get(s.id, 0), s.demand.target)
    active = [v for v in problem.volunteers if v.active]
    loads = {v.code: counts.get(v.code, 0) for v in active}
    busiest = max(sorted(loads), key=lambda c: loads[c], default="")
    gone = tuple(Change(c.volunteer, c.seat.key, "event" if c.seat.event else "shift",
                        *_why_off(index, c.volunteer, c.seat.key)) for c in removed)
    new = tuple(Change(c.volunteer, c.seat.key, "event" if c.seat.event else "shift") for c in added)
    left = {}
    for change in gone:
        left.setdefault(change.duty, []).append(change.volunteer)
    filled_for = {(c.volunteer, c.duty): left[c.duty].pop(0) for c in new if left.get(c.duty)}
    wishes = _wishes_unmet(problem, solution, index)
    return SolveFacts(needed, missing, wanted, filled, min(loads.values(), default=0), max(loads.values(), default=0),
                      busiest, _limit(index.volunteers[busiest]) if busiest else None, len(active), wishes,
                      gone, new, filled_for)


def _wishes_unmet(problem, solution, index) -> int:
    """Wishes (preferences, days to avoid, shift requests) the roster does not meet."""
    from scheduler.roster import Roster
    from scheduler.rules import SOFT_RULES

    roster = Roster(problem, solution.assignments, index)
    return sum(len(rule.check(roster)) for rule in SOFT_RULES if rule.name in WISH_RULES)
