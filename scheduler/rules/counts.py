"""Hard rules that count: per-volunteer windows (weekly/monthly maxima and minima), headcount
caps of shifts and events, event team composition, and locks.

`CountWindow.already` (work inside the window but outside the solved period) counts against
the maximum and towards the minimum. The soft side of a window minimum (`min_weight` set)
lives here too, as `window_min_shortfall`, because it measures the same thing.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ortools.sat.python import cp_model

from scheduler.index import Duty
from scheduler.problem import CountWindow, Problem, Requirement, Violation
from scheduler.roster import Roster
from scheduler.rules.candidates import Reason, first_exclusion
from scheduler.rules.terms import Term, penalty_violation

if TYPE_CHECKING:
    from scheduler.variables import Variables

WINDOW_PHRASES = {"max_per_week": "at their weekly maximum", "max_per_month": "at their monthly maximum"}


# --- measuring a window -------------------------------------------------------------------
def inside(window: CountWindow, duty: Duty) -> bool:
    return window.start <= duty.date <= window.end


def weekend_of(duty: Duty):
    """ISO (year, week) of a Saturday/Sunday duty, else None."""
    return duty.date.isocalendar()[:2] if duty.weekday >= 6 else None


def _measure(window: CountWindow, duties: list[Duty]) -> int:
    duties = [d for d in duties if inside(window, d)]
    if window.measure == "minutes":
        return sum(d.minutes for d in duties)
    if window.measure == "weekends":
        return len({weekend_of(d) for d in duties} - {None})
    return len(duties)


def _model_measure(model: cp_model.CpModel, window: CountWindow, options) -> tuple[object, int]:
    """(linear expression, number of terms) of the window's measure over (duty, var) options."""
    options = [(d, v) for d, v in options if inside(window, d)]
    if window.measure == "minutes":
        return sum(d.minutes * v for d, v in options), len(options)
    if window.measure == "weekends":
        weekends: dict = {}
        for d, v in options:
            if weekend_of(d) is not None:
                weekends.setdefault(weekend_of(d), []).append(v)
        worked = []
        for vs in weekends.values():
            w = model.new_bool_var("weekend")
            model.add_max_equality(w, vs)
            worked.append(w)
        return sum(worked), len(worked)
    return sum(v for _, v in options), len(options)


def _upper(window: CountWindow, options) -> int:
    """Largest measure the options could reach (to skip constraints that can never bind)."""
    options = [d for d, _ in options if inside(window, d)]
    if window.measure == "minutes":
        return sum(d.minutes for d in options)
    if window.measure == "weekends":
        return len({weekend_of(d) for d in options} - {None})
    return len(options)


# --- window_max ---------------------------------------------------------------------------
def add_window_max(model: cp_model.CpModel, variables: Variables, problem: Problem) -> None:
    for volunteer in problem.volunteers:
        options = variables.of_volunteer(volunteer.code)
        for window in volunteer.windows:
            upper = _upper(window, options)
            if window.max is not None and upper and window.already + upper > window.max:
                expr, _ = _model_measure(model, window, options)
                model.add(expr + window.already <= window.max)


def _window_params(window, value: int, limit: int) -> dict:
    return {"count": value, "limit": limit, "measure": window.measure, "start": window.start, "end": window.end}


def check_window_max(roster: Roster) -> list[Violation]:
    found = []
    for volunteer in roster.problem.volunteers:
        for window in volunteer.windows:
            value = window.already + _measure(window, roster.duties_of(volunteer.code))
            if window.max is not None and value > window.max:
                found.append(Violation(window.rule, f"{volunteer.code} has {value} {window.measure} "
                                       f"in {window.start}..{window.end} (maximum {window.max})",
                                       volunteer=volunteer.code, params=_window_params(window, value, window.max)))
    return found


def blocks_window_max(roster: Roster, volunteer: str, duty: Duty) -> Reason | None:
    duties = roster.duties_of(volunteer) + [duty]
    for window in roster.index.volunteers[volunteer].windows:
        if window.max is not None and inside(window, duty) and window.already + _measure(window, duties) > window.max:
            phrase = WINDOW_PHRASES.get(window.rule, f"at their {window.rule} limit")
            return Reason(phrase, phrase)
    return None


# --- window_min (hard when min_weight is None) ----------------------------------------------
def add_window_min(model: cp_model.CpModel, variables: Variables, problem: Problem) -> None:
    for volunteer in problem.volunteers:
        for window in volunteer.windows:
            if window.min is None or window.min_weight is not None or window.min <= window.already:
                continue
            # Capped at what the candidate duties allow, so that a minimum nobody can reach
            # leaves the model feasible; validate still reports the shortfall as a hard violation.
            options = variables.of_volunteer(volunteer.code)
            need = min(window.min - window.already, _upper(window, options))
            if need > 0:
                expr, _ = _model_measure(model, window, options)
                model.add(expr >= need)


def _window_min_check(roster: Roster, hard: bool) -> list[Violation]:
    found = []
    for volunteer in roster.problem.volunteers:
        for window in volunteer.windows:
            if window.min is None or (window.min_weight is None) != hard:
                continue
            value = window.already + _measure(window, roster.duties_of(volunteer.code))
            if value < window.min:
                message = (f"{volunteer.code} has {value} {window.measure} in "
                           f"{window.start}..{window.end} (minimum {window.min})")
                params = _window_params(window, value, window.min)
                if hard:
                    found.append(Violation(window.rule, message, volunteer=volunteer.code, params=params))
                else:
                    found.append(penalty_violation(window.rule, window.min_weight, window.min - value,
                                                   message, params, volunteer=volunteer.code))
    return found


def check_window_min(roster: Roster) -> list[Violation]:
    return _window_min_check(roster, hard=True)


# --- window_min_shortfall (soft) ------------------------------------------------------------
def add_window_min_shortfall(model: cp_model.CpModel, variables: Variables, problem: Problem) -> list[Term]:
    terms = []
    for volunteer in problem.volunteers:
        for window in volunteer.windows:
            if window.min is None or window.min_weight is None or window.min <= window.already:
                continue
            expr, _ = _model_measure(model, window, variables.of_volunteer(volunteer.code))
            need = window.min - window.already
            shortfall = model.new_int_var(0, need, f"short[{volunteer.code},{window.rule}]")
            model.add(expr + shortfall >= need)
            terms.append(Term(window.rule, window.min_weight, shortfall))
    return terms


def check_window_min_shortfall(roster: Roster) -> list[Violation]:
    return _window_min_check(roster, hard=False)


# --- demand_max and team_max ----------------------------------------------------------------
def cap(duty: Duty) -> int | None:
    return duty.source.demand.max if duty.kind == "shift" else duty.source.team_max


def _add_caps(model: cp_model.CpModel, variables: Variables, kind: str) -> None:
    for duty in variables.index.duties:
        team = [v for _, v in variables.team(duty)]
        if duty.kind == kind and cap(duty) is not None and len(team) > cap(duty):
            model.add(sum(team) <= cap(duty))


def _check_caps(roster: Roster, kind: str, rule: str) -> list[Violation]:
    found = []
    for duty in roster.index.duties:
        count = len(roster.team(duty))
        if duty.kind == kind and cap(duty) is not None and count > cap(duty):
            found.append(Violation(rule, f"{duty.describe()} has {count} people (maximum {cap(duty)})",
                                   params={"count": count, "limit": cap(duty)}, **duty.ref()))
    return found


def add_demand_max(model: cp_model.CpModel, variables: Variables, problem: Problem) -> None:
    _add_caps(model, variables, "shift")


def check_demand_max(roster: Roster) -> list[Violation]:
    return _check_caps(roster, "shift", "demand_max")


def add_team_max(model: cp_model.CpModel, variables: Variables, problem: Problem) -> None:
    _add_caps(model, variables, "event")


def check_team_max(roster: Roster) -> list[Violation]:
    return _check_caps(roster, "event", "team_max")


# --- requirements: an event's team meets every line or stays empty ---------------------------
def matches(requirement: Requirement, volunteer) -> bool:
    if requirement.role is not None and volunteer.role != requirement.role:
        return False
    return requirement.skill is None or requirement.skill in volunteer.skills


def describe_requirement(requirement: Requirement) -> str:
    what = " with ".join(x for x in (requirement.role, requirement.skill and f"skill {requirement.skill}") if x)
    return f"at least {requirement.min} {what}"


def _requirement_params(requirement: Requirement) -> dict:
    return {"limit": requirement.min, "role": requirement.role, "skill": requirement.skill}


def add_requirements(model: cp_model.CpModel, variables: Variables, problem: Problem) -> None:
    for duty in variables.index.duties:
        team = variables.team(duty)
        if duty.kind != "event" or not duty.source.requirements or not team:
            continue
        staffed = model.new_bool_var(f"staffed[{duty.id}]")
        model.add(sum(v for _, v in team) <= len(team) * staffed)
        for line in duty.source.requirements:
            fit = [v for code, v in team if matches(line, variables.index.volunteers[code])]
            model.add(sum(fit) >= line.min * staffed)


def unmet_requirements(roster: Roster, duty: Duty) -> list[Requirement]:
    members = [roster.index.volunteers[c] for c in roster.team(duty)]
    return [line for line in duty.source.requirements
            if sum(matches(line, m) for m in members) < line.min]


def check_requirements(roster: Roster) -> list[Violation]:
    found = []
    for duty in roster.index.duties:
        if duty.kind == "event" and roster.team(duty):
            for line in unmet_requirements(roster, duty):
                found.append(Violation("requirements", f"the team of {duty.describe()} lacks "
                                       f"{describe_requirement(line)}", params=_requirement_params(line),
                                       **duty.ref()))
    return found


# --- locks ----------------------------------------------------------------------------------
def add_locks(model: cp_model.CpModel, variables: Variables, problem: Problem) -> None:
    """Fix every locked assignment; a lock that a candidate rule forbids is an error."""
    for lock in variables.index.locked:
        duty = variables.index.duty_of(lock)
        volunteer = variables.index.volunteers.get(lock.volunteer)
        if duty is None or volunteer is None:
            raise ValueError(f"locked assignment {_lock_name(lock)} names an unknown volunteer, shift or event")
        if variables.assigned(volunteer.code, duty) is None:
            rule, reason = first_exclusion(variables.index, volunteer, duty)
            raise ValueError(f"locked assignment {_lock_name(lock)} breaks the hard rule {rule} "
                             f"({reason.one}); unlock or remove it")
        variables.fix(volunteer.code, duty)


def _lock_name(lock) -> str:
    return f"{lock.volunteer} on {lock.shift or lock.event}"


def check_locks(roster: Roster) -> list[Violation]:
    kept = {(a.volunteer, a.shift, a.event) for a in roster.assignments}
    return [Violation("locks", f"locked assignment {_lock_name(a)} was removed", volunteer=a.volunteer,
                      shift=a.shift, event=a.event)
            for a in roster.index.locked if (a.volunteer, a.shift, a.event) not in kept]
