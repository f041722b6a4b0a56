"""Hard rules on the sequence of a volunteer's days: runs of working days and of days off, shift
types that may not follow each other on consecutive days, and a cap per shift type.

A working day is a calendar day inside the solved period with at least one shift, event or
fixed duty (`Problem.fixed`) of the volunteer. Runs are counted inside the period only (the
border rule of the Curtois–Qu benchmark): the maximum applies to every run, the minimums do not
apply to a run that touches the first or the last day of the period, because it may continue
outside it. In the model every day is one Boolean "works that day", and each sequence rule is a
set of clauses that forbid the bad patterns directly (CP-SAT propagates and linearises those
well, where an automaton or run-length integers would not).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import TYPE_CHECKING

from ortools.sat.python import cp_model

from scheduler.index import Duty, ProblemIndex
from scheduler.problem import Problem, Violation, Volunteer
from scheduler.roster import Roster
from scheduler.rules.candidates import Reason

if TYPE_CHECKING:
    from scheduler.variables import Variables

ONE_DAY = dt.timedelta(days=1)


# --- working days in the model --------------------------------------------------------------------
def _period(index: ProblemIndex) -> list[dt.date]:
    return index.dates()


def _fixed_days(index: ProblemIndex, code: str) -> set[dt.date]:
    start, end = index.problem.start, index.problem.end
    return {b.date for b in index.busy.get(code, ()) if start <= b.date <= end}


def worked(model: cp_model.CpModel, variables: Variables, code: str) -> dict[dt.date, object]:
    """date -> True, False or a BoolVar "the volunteer works that day", for every day of the period.

    Built once per model and volunteer and shared by the sequence rules. With at most one duty
    a day the Boolean equals the sum of that day's assignments (a linear equality the LP keeps).
    """
    cache = variables.index.cache.setdefault(("worked", id(model)), {})
    if code in cache:
        return cache[code]
    fixed = _fixed_days(variables.index, code)
    one_a_day = variables.index.rules.max_shifts_per_day == 1
    days: dict[dt.date, object] = {}
    for date in _period(variables.index):
        options = [var for _, var in variables.on_day(code, date)]
        if date in fixed:
            days[date] = True
        elif not options:
            days[date] = False
        else:
            works = model.new_bool_var(f"works[{code},{date.isoformat()}]")
            if one_a_day:
                model.add(sum(options) == works)
            else:
                model.add_max_equality(works, options)
            days[date] = works
    cache[code] = days
    return days


def _clause(model: cp_model.CpModel, literals: list[tuple[object, bool]]) -> None:
    """Add OR(literals), each (day value, wanted truth); constants are folded in."""
    clause = []
    for value, positive in literals:
        if isinstance(value, bool):
            if value == positive:
                return  # already satisfied
            continue
        clause.append(value if positive else ~value)
    if clause:
        model.add_bool_or(clause)


# --- working days in a roster ---------------------------------------------------------------------
def _worked_dates(roster: Roster, code: str, extra: Duty | None = None) -> set[dt.date]:
    start, end = roster.problem.start, roster.problem.end
    dates = {d.date for d in roster.duties_of(code) if start <= d.date <= end}
    if extra is not None and start <= extra.date <= end:
        dates.add(extra.date)
    return dates | _fixed_days(roster.index, code)


def runs(dates: set[dt.date], period: list[dt.date], working: bool) -> list[tuple[dt.date, dt.date]]:
    """Maximal runs (first, last) of working days (or of days off) inside the period."""
    found, first = [], None
    for date in period:
        if (date in dates) == working:
            first = first or date
            last = date
        elif first is not None:
            found.append((first, last))
            first = None
    if first is not None:
        found.append((first, last))
    return found


def _length(run: tuple[dt.date, dt.date]) -> int:
    return (run[1] - run[0]).days + 1


def _inner(run: tuple[dt.date, dt.date], period: list[dt.date]) -> bool:
    """A run that touches neither border of the period (only those must reach a minimum)."""
    return run[0] != period[0] and run[1] != period[-1]


def _span(run: tuple[dt.date, dt.date]) -> str:
    return run[0].isoformat() if run[0] == run[1] else f"{run[0].isoformat()}..{run[1].isoformat()}"


# --- max_consecutive_days -------------------------------------------------------------------------
def add_max_consecutive_days(model: cp_model.CpModel, variables: Variables, problem: Problem) -> None:
    for volunteer in problem.volunteers:
        limit = volunteer.max_consecutive_days
        if limit is None or len(_period(variables.index)) <= limit:
            continue
        days = list(worked(model, variables, volunteer.code).values())
        for i in range(len(days) - limit):
            window = days[i:i + limit + 1]
            if any(not isinstance(d, bool) for d in window):  # nothing to decide otherwise
                _clause(model, [(d, False) for d in window])


def check_max_consecutive_days(roster: Roster) -> list[Violation]:
    found, period = [], _period(roster.index)
    for volunteer in roster.problem.volunteers:
        limit = volunteer.max_consecutive_days
        if limit is None:
            continue
        for run in runs(_worked_dates(roster, volunteer.code), period, working=True):
            if _length(run) > limit:
                found.append(Violation("max_consecutive_days", f"{volunteer.code} works {_length(run)} days "
                                       f"in a row, {_span(run)} (maximum {limit})", volunteer=volunteer.code,
                                       params={"count": _length(run), "limit": limit, "start": run[0],
                                               "end": run[1]}))
    return found


def blocks_max_consecutive_days(roster: Roster, code: str, duty: Duty) -> Reason | None:
    limit = roster.index.volunteers[code].max_consecutive_days
    if limit is None:
        return None
    for run in runs(_worked_dates(roster, code, duty), _period(roster.index), working=True):
        if run[0] <= duty.date <= run[1] and _length(run) > limit:
            phrase = f"would work more than {limit} days in a row"
            return Reason(phrase, phrase)
    return None


# --- min_consecutive_days and min_consecutive_days_off --------------------------------------------
def _add_min_runs(model: cp_model.CpModel, variables: Variables, volunteer: Volunteer, minimum: int | None,
                  working: bool) -> None:
    """Forbid every inner run shorter than `minimum` with three-literal clauses: when a run
    starts on day i (day i-1 differs from day i), each of days i+1 .. i+minimum-1 inside the
    period is like day i. A run that reaches the last day is cut off by the period and exempt.
    In the LP each clause is `w[i+k] >= w[i] - w[i-1]`, far tighter than forbidding whole
    patterns (benchmarks/RESULTS.md, "Tried, kept, dropped": Model and CP-SAT parameters)."""
    if minimum is None or minimum <= 1:
        return
    days = list(worked(model, variables, volunteer.code).values())
    for i in range(1, len(days)):
        before, first = days[i - 1], days[i]
        for later in days[i + 1:i + minimum]:
            if all(isinstance(d, bool) for d in (before, first, later)):
                continue  # fixed duties alone: nothing to decide, validate reports it
            # working: "before works, or first is off, or later works"; days off: the mirror
            _clause(model, [(before, working), (first, not working), (later, working)])


def _check_min_runs(roster: Roster, rule: str, working: bool) -> list[Violation]:
    found, period = [], _period(roster.index)
    what = "working days" if working else "days off"
    for volunteer in roster.problem.volunteers:
        minimum = getattr(volunteer, rule)
        if minimum is None or minimum <= 1:
            continue
        for run in runs(_worked_dates(roster, volunteer.code), period, working=working):
            if _inner(run, period) and _length(run) < minimum:
                found.append(Violation(rule, f"{volunteer.code} has {_length(run)} {what} in a row, "
                                       f"{_span(run)} (minimum {minimum})", volunteer=volunteer.code,
                                       params={"count": _length(run), "limit": minimum, "start": run[0],
                                               "end": run[1]}))
    return found


def add_min_consecutive_days(model: cp_model.CpModel, variables: Variables, problem: Problem) -> None:
    for volunteer in problem.volunteers:
        _add_min_runs(model, variables, volunteer, volunteer.min_consecutive_days, working=True)


def check_min_consecutive_days(roster: Roster) -> list[Violation]:
    return _check_min_runs(roster, "min_consecutive_days", working=True)


def add_min_consecutive_days_off(model: cp_model.CpModel, variables: Variables, problem: Problem) -> None:
    for volunteer in problem.volunteers:
        _add_min_runs(model, variables, volunteer, volunteer.min_consecutive_days_off, working=False)


def check_min_consecutive_days_off(roster: Roster) -> list[Violation]:
    return _check_min_runs(roster, "min_consecutive_days_off", working=False)


# --- forbidden_successions ------------------------------------------------------------------------
def forbidden_followers(problem: Problem) -> dict[str, set[str]]:
    """template a -> templates that may not be worked the day after a."""
    found: dict[str, set[str]] = defaultdict(set)
    for a, b in problem.rules.forbidden_successions:
        found[a].add(b)
    return found


def add_forbidden_successions(model: cp_model.CpModel, variables: Variables, problem: Problem) -> None:
    followers = forbidden_followers(problem)
    if not followers:
        return
    one_a_day = problem.rules.max_shifts_per_day == 1
    for volunteer in problem.volunteers:
        by_day: dict[tuple[dt.date, str], list] = defaultdict(list)
        for duty, var in variables.of_volunteer(volunteer.code):
            if duty.template is not None:
                by_day[(duty.date, duty.template)].append(var)
        for (date, a), before in list(by_day.items()):
            after = [var for b in followers.get(a, ()) for var in by_day.get((date + ONE_DAY, b), ())]
            if not after:
                continue
            if one_a_day:
                # At most one duty a day, so "not (a today and a follower tomorrow)" is one
                # at-most-one over both days: fewer constraints and a tighter LP than pairs.
                model.add_at_most_one(before + after)
            else:
                for x in before:
                    for y in after:
                        model.add_bool_or([~x, ~y])


def _successions(roster: Roster, code: str, extra: Duty | None = None):
    """Pairs (a, b) of the volunteer's duties on consecutive days that may not follow each other."""
    followers = forbidden_followers(roster.problem)
    duties = roster.duties_of(code) + ([extra] if extra is not None else [])
    by_date: dict[dt.date, list[Duty]] = defaultdict(list)
    for duty in duties:
        by_date[duty.date].append(duty)
    for first in duties:
        for second in by_date.get(first.date + ONE_DAY, ()):
            if second.template in followers.get(first.template, ()):
                yield first, second


def check_forbidden_successions(roster: Roster) -> list[Violation]:
    if not roster.problem.rules.forbidden_successions:
        return []
    found = []
    for code in roster.volunteers():
        for first, second in _successions(roster, code):
            found.append(Violation("forbidden_successions", f"{code} works {second.template} on "
                                   f"{second.date.isoformat()} right after {first.template} "
                                   f"on {first.date.isoformat()}", volunteer=code,
                                   params={"other": first.id, "other_kind": first.kind}, **second.ref()))
    return found


def blocks_forbidden_successions(roster: Roster, code: str, duty: Duty) -> Reason | None:
    if not roster.problem.rules.forbidden_successions or duty.template is None:
        return None
    for first, second in _successions(roster, code, duty):
        if duty in (first, second):
            phrase = "cannot work that shift right after or before their shift of the day next to it"
            return Reason(phrase, phrase)
    return None


# --- max_per_template -----------------------------------------------------------------------------
def add_max_per_template(model: cp_model.CpModel, variables: Variables, problem: Problem) -> None:
    for volunteer in problem.volunteers:
        for template, limit in volunteer.max_per_template.items():
            options = [var for duty, var in variables.of_volunteer(volunteer.code) if duty.template == template]
            if len(options) > limit:
                model.add(sum(options) <= limit)


def check_max_per_template(roster: Roster) -> list[Violation]:
    found = []
    for volunteer in roster.problem.volunteers:
        for template, limit in volunteer.max_per_template.items():
            count = sum(1 for d in roster.duties_of(volunteer.code) if d.template == template)
            if count > limit:
                found.append(Violation("max_per_template", f"{volunteer.code} works {template} {count} times "
                                       f"(maximum {limit})", volunteer=volunteer.code,
                                       params={"template": template, "count": count, "limit": limit}))
    return found


def blocks_max_per_template(roster: Roster, code: str, duty: Duty) -> Reason | None:
    limit = roster.index.volunteers[code].max_per_template.get(duty.template)
    if limit is None:
        return None
    if sum(1 for d in roster.duties_of(code) if d.template == duty.template) + 1 > limit:
        phrase = f"at their maximum of {duty.template} shifts"
        return Reason(phrase, phrase)
    return None
