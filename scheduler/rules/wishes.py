"""Soft rules on what each volunteer would like: preferred and avoided weekdays and posts, and
dated requests to work or not work a shift (`ShiftRequest`).

Every wish is counted per assigned duty, so the model term and the roster check are the same
sum: `misses(volunteer, duty)` says how many wishes one assignment goes against.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ortools.sat.python import cp_model

from scheduler.index import Duty
from scheduler.problem import Problem, ShiftRequest, Violation, Volunteer
from scheduler.roster import Roster
from scheduler.rules.terms import Term, penalty_violation

if TYPE_CHECKING:
    from scheduler.variables import Variables


def preference_misses(volunteer: Volunteer, duty: Duty) -> int:
    """Preferences an assignment does not meet: its weekday, and (for shifts) its post."""
    misses = int(bool(volunteer.prefers_weekdays) and duty.weekday not in volunteer.prefers_weekdays)
    if duty.kind == "shift" and volunteer.prefers_posts and duty.post not in volunteer.prefers_posts:
        misses += 1
    return misses


def avoidance_hits(volunteer: Volunteer, duty: Duty) -> int:
    """Avoidances an assignment runs into: its weekday, and (for shifts) its post."""
    hits = int(duty.weekday in volunteer.avoids_weekdays)
    return hits + int(duty.kind == "shift" and duty.post in volunteer.avoids_posts)


def _per_duty_term(rule: str, count, variables: Variables, problem: Problem) -> list[Term]:
    weight = problem.rules.weights.preference
    expr = [count(variables.index.volunteers[v], d) * var for v, d, var in variables.all()
            if count(variables.index.volunteers[v], d)]
    return [Term(rule, weight, sum(expr))] if expr and weight else []


def _per_duty_check(rule: str, count, roster: Roster, wording: str) -> list[Violation]:
    weight = roster.problem.rules.weights.preference
    found = []
    for code, duty in roster.pairs:
        n = count(roster.index.volunteers[code], duty)
        if n and weight:
            found.append(penalty_violation(rule, weight, n, f"{code} {wording} {duty.describe()}",
                                           {"count": n}, volunteer=code, **duty.ref()))
    return found


def add_preferences(model: cp_model.CpModel, variables: Variables, problem: Problem) -> list[Term]:
    return _per_duty_term("preferences", preference_misses, variables, problem)


def check_preferences(roster: Roster) -> list[Violation]:
    return _per_duty_check("preferences", preference_misses, roster, "would rather not work")


def add_avoidances(model: cp_model.CpModel, variables: Variables, problem: Problem) -> list[Term]:
    return _per_duty_term("avoidances", avoidance_hits, variables, problem)


def check_avoidances(roster: Roster) -> list[Violation]:
    return _per_duty_check("avoidances", avoidance_hits, roster, "asked to avoid")


# --- shift_requests ----------------------------------------------------------------------------
def request_matches(request: ShiftRequest, duty: Duty) -> bool:
    return duty.date == request.date and (request.template is None or duty.template == request.template)


def add_shift_requests(model: cp_model.CpModel, variables: Variables, problem: Problem) -> list[Term]:
    terms = []
    for volunteer in problem.volunteers:
        for request in volunteer.requests:
            options = [var for d, var in variables.on_day(volunteer.code, request.date) if request_matches(request, d)]
            if not request.on:
                terms += [Term("shift_requests", request.weight, var, request.date) for var in options]
                continue
            unmet = model.new_bool_var(f"unmet[{volunteer.code},{request.date}]")
            model.add(sum(options) + unmet >= 1)
            terms.append(Term("shift_requests", request.weight, unmet, request.date))
    return terms


def check_shift_requests(roster: Roster) -> list[Violation]:
    found = []
    for volunteer in roster.problem.volunteers:
        for request in volunteer.requests:
            hits = [d for d in roster.on_day(volunteer.code, request.date) if request_matches(request, d)]
            what = f"{request.template or 'any duty'} on {request.date.isoformat()}"
            if request.on and not hits:
                found.append(penalty_violation("shift_requests", request.weight, 1,
                                               f"{volunteer.code} asked to work {what}",
                                               {"wanted": True, "template": request.template, "date": request.date},
                                               volunteer=volunteer.code))
            for duty in hits if not request.on else ():
                found.append(penalty_violation("shift_requests", request.weight, 1,
                                               f"{volunteer.code} asked not to work {what}",
                                               {"wanted": False, "template": request.template, "date": request.date},
                                               volunteer=volunteer.code, **duty.ref()))
    return found
