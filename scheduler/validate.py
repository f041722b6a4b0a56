"""Check a finished roster (solver output, hand edits, an imported file) against every rule,
without CP-SAT: the same rule catalogue the solver uses, through each rule's `check`."""
from __future__ import annotations

from typing import Iterable

from scheduler.problem import Assignment, Problem, Violation
from scheduler.roster import Roster
from scheduler.rules import CATALOGUE


def validate(problem: Problem, assignments: Iterable[Assignment], *, soft: bool = True) -> list[Violation]:
    """Every rule the roster breaks: hard ones (`hard=True`) first, then soft ones with their
    `penalty` (left out when `soft=False`). Each violation names its rule."""
    roster = Roster(problem, assignments)
    return check_roster(roster, soft=soft)


def check_roster(roster: Roster, *, soft: bool = True, monotone_only: bool = False) -> list[Violation]:
    found: list[Violation] = []
    for rule in CATALOGUE:
        if (rule.hard or soft) and (rule.monotone or not monotone_only):
            found += rule.check(roster)
    return found


def penalties(roster: Roster) -> dict[str, int]:
    """Soft rule name -> what it costs in this roster (the score analysis of a solution)."""
    totals: dict[str, int] = {}
    for violation in check_roster(roster):
        if not violation.hard:
            totals[violation.rule] = totals.get(violation.rule, 0) + violation.penalty
    return totals
