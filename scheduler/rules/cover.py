"""Soft rules on headcount: cover each shift's `min` and event's `team_min`, then the `target`.

Written the direct way (measured, see STYLE.md): `sum(seats) + missing >= min` with `missing`
in the objective, so CP-SAT's bound closes fast. A shift at a closed center needs nobody.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ortools.sat.python import cp_model

from scheduler.index import Duty, ProblemIndex
from scheduler.problem import Problem, Violation
from scheduler.roster import Roster
from scheduler.rules.terms import Term, penalty_violation

if TYPE_CHECKING:
    from scheduler.variables import Variables


def required(index: ProblemIndex, duty: Duty) -> int:
    """Seats that must be covered: a shift's `min` (0 when its center is closed), an event's `team_min`."""
    if duty.kind == "event":
        return duty.source.team_min
    return 0 if index.closed_reason(duty) else duty.source.demand.min


def add_cover_min(model: cp_model.CpModel, variables: Variables, problem: Problem) -> list[Term]:
    terms = []
    for duty in variables.index.duties:
        need = required(variables.index, duty)
        if need <= 0:
            continue
        team = [v for _, v in variables.team(duty)]
        missing = model.new_int_var(max(0, need - len(team)), need, f"missing[{duty.id}]")
        model.add(sum(team) + missing >= need)
        terms.append(Term("cover_min", problem.rules.weights.cover_min, missing, duty.date))
    return terms


def check_cover_min(roster: Roster) -> list[Violation]:
    found = []
    weight = roster.problem.rules.weights.cover_min
    for duty in roster.index.duties:
        need, have = required(roster.index, duty), len(roster.team(duty))
        if have < need:
            found.append(penalty_violation("cover_min", weight, need - have,
                                           f"{duty.describe()} has {have} of the {need} people it needs",
                                           {"count": have, "limit": need}, **duty.ref()))
    return found


def under_weight(problem: Problem, duty: Duty) -> int:
    demand = duty.source.demand
    return problem.rules.weights.target_headcount if demand.under_weight is None else demand.under_weight


def has_target(index: ProblemIndex, duty: Duty) -> bool:
    demand = duty.source.demand if duty.kind == "shift" else None
    # A target of 0 still matters when over-cover is priced (a shift nobody should work).
    return demand is not None and (demand.target > 0 or demand.over_weight > 0) and not index.closed_reason(duty)


def add_cover_target(model: cp_model.CpModel, variables: Variables, problem: Problem) -> list[Term]:
    terms = []
    for duty in variables.index.duties:
        if not has_target(variables.index, duty):
            continue
        target, team = duty.source.demand.target, [v for _, v in variables.team(duty)]
        if target > 0 and under_weight(problem, duty):
            under = model.new_int_var(max(0, target - len(team)), target, f"under[{duty.id}]")
            model.add(sum(team) + under >= target)
            terms.append(Term("cover_target", under_weight(problem, duty), under, duty.date))
        if duty.source.demand.over_weight and len(team) > target:
            over = model.new_int_var(0, len(team) - target, f"over[{duty.id}]")
            model.add(sum(team) - over <= target)
            terms.append(Term("cover_target", duty.source.demand.over_weight, over, duty.date))
    return terms


def check_cover_target(roster: Roster) -> list[Violation]:
    found = []
    for duty in roster.index.duties:
        if not has_target(roster.index, duty):
            continue
        target, have = duty.source.demand.target, len(roster.team(duty))
        if have < target and under_weight(roster.problem, duty):
            found.append(penalty_violation("cover_target", under_weight(roster.problem, duty), target - have,
                                           f"{duty.describe()} has {have} people, {target} wanted",
                                           {"count": have, "limit": target}, **duty.ref()))
        if have > target and duty.source.demand.over_weight:
            found.append(penalty_violation("cover_target", duty.source.demand.over_weight, have - target,
                                           f"{duty.describe()} has {have} people, {target} wanted",
                                           {"count": have, "limit": target}, **duty.ref()))
    return found


KEPT_SEAT_CHANGES = 3  # changes a repair may spend to refill one seat the previous roster had filled


def kept_headcount(index: ProblemIndex) -> dict[Duty, int]:
    """In a repair: the headcount each shift had in the previous roster, up to its target, where
    that is above the minimum (the seats the repair refills before it counts changes)."""
    previous: dict[Duty, int] = {}
    for assignment in index.previous + index.locked:
        duty = index.duty_of(assignment)
        if duty is not None and duty.kind == "shift":
            previous[duty] = previous.get(duty, 0) + 1
    kept = {}
    for duty, count in previous.items():
        keep = min(count, duty.source.demand.target) if has_target(index, duty) else 0
        if keep > required(index, duty):
            kept[duty] = keep
    return kept


def add_kept_cover(model: cp_model.CpModel, variables: Variables, problem: Problem) -> list[Term]:
    """A repair's refill terms: one per seat of `kept_headcount` left empty. Not part of the
    objective (`cover_target` prices those seats there); the repair's first phase ranks them
    above the number of changes, so a seat someone leaves is refilled whenever someone can take it."""
    terms = []
    for duty, keep in kept_headcount(variables.index).items():
        team = [v for _, v in variables.team(duty)]
        short = model.new_int_var(max(0, keep - len(team)), keep, f"kept[{duty.id}]")
        model.add(sum(team) + short >= keep)
        terms.append(Term("kept_cover", 1, short, duty.date))
    return terms
