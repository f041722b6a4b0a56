"""The neighbourhood search frees the days where the roster pays: an uncovered seat or a refused
request ties its penalty to its day, and the pieces are drawn around those days."""
from __future__ import annotations

import dataclasses
import math
import random
import sys
import threading
import time
import types

import pytest
from ortools.sat.python import cp_model

from scheduler import CountWindow, Rules, ShiftRequest, lns, solve, validate
from scheduler.lns import Incumbent, Shared, Values, improve, neighbourhoods, search
from scheduler.lns import first_roster as first_roster_module
from scheduler.lns import portfolio as portfolio_module
from scheduler.lns.first_roster import first_roster
from scheduler.lns.neighbourhoods import EXTRA_PEOPLE, Kind, Neighbourhoods, Turns, hot_day
from scheduler.solve import PROGRESS_INTERVAL_S, _hotspots, build, complete_hint
from tests.scheduler.build import day, event, problem, shift, vol


def _indices(built, *, dates=None, people=None) -> set[int]:
    return {var.index for code, duty, var in built.variables.all()
            if (dates is None or duty.date in dates) and (people is None or code in people)}


def test_cover_and_request_penalties_name_their_day():
    wish = ShiftRequest(day(4), "AM", 3, True)
    shifts = [shift(n, min=0, target=2) for n in range(7)]
    built = build(problem([vol("V1", requests=(wish,)), vol("V2")], shifts))
    dates = {date for date, _, _ in _hotspots(built.terms)}
    assert dates == {day(n) for n in range(7)}  # every short seat's day, day 4 twice (seat and wish)
    assert sum(1 for date, weight, _ in _hotspots(built.terms) if date == day(4) and weight == 3) == 1


def test_the_hot_day_is_one_the_roster_pays_for():
    hotspots = [(day(0), 100, 0), (day(3), 1, 1), (day(5), 5, 2)]
    rng = random.Random(1)
    assert hot_day(hotspots, [0, 0, 0], rng) is None
    assert {hot_day(hotspots, [0, 0, 1], rng) for _ in range(50)} == {day(5)}
    drawn = [hot_day(hotspots, [1, 1, 0], rng) for _ in range(2000)]
    assert set(drawn) == {day(0), day(3)}
    assert drawn.count(day(0)) > 50 * drawn.count(day(3)) / 2  # in proportion to the penalty, 100 : 1


def test_a_piece_around_a_penalty_frees_those_days_for_everybody_and_two_whole_periods():
    people = [vol(f"V{i}") for i in range(6)]
    built = build(problem(people, [shift(n, min=1) for n in range(14)], days=14))
    pieces = Neighbourhoods(built.variables, random.Random(3))
    for size in (0.1, 0.3, 0.6):
        free = pieces.draw(Kind.AROUND_PENALTY, size, hot=day(9))
        days = {duty.date for code, duty, var in built.variables.all() if var.index in free}
        freed_for_all = {d for d in days if _indices(built, dates={d}) <= free}
        assert day(9) in freed_for_all
        window = sorted(freed_for_all)
        assert (window[-1] - window[0]).days + 1 == len(window) == max(2, round(size * 14))
        outside = free - _indices(built, dates=set(window))
        owners = {code for code, duty, var in built.variables.all() if var.index in outside}
        assert len(owners) <= EXTRA_PEOPLE
        for code in owners:  # an extra volunteer is free on every day
            assert _indices(built, people={code}) <= free


def test_a_piece_of_the_same_days_of_every_week_frees_them_for_everybody():
    # Three weeks from a Monday: a weekend limit ties each Saturday to the other Saturdays,
    # so this kind frees a stretch of weekdays (Friday to Monday is one) in every week at once.
    people = [vol(f"V{i}") for i in range(4)]
    built = build(problem(people, [shift(n, min=1) for n in range(21)], days=21))
    pieces = Neighbourhoods(built.variables, random.Random(5))
    for size, width in ((0.3, 2), (0.45, 3), (0.6, 4), (0.7, 5)):
        for _ in range(20):
            free = pieces.draw(Kind.WEEKDAYS, size)
            days = _days_of(built, free)
            assert free == _indices(built, dates=days)  # everybody, on those days
            weekdays = {d.weekday() for d in days}
            assert len(weekdays) == width and len(days) == 3 * width  # the same days, every week
            first = next(w for w in weekdays if (w - 1) % 7 not in weekdays)
            assert weekdays == {(first + k) % 7 for k in range(width)}  # a stretch, Sunday to Monday too
    stretches = {frozenset(d.weekday() for d in _days_of(built, pieces.draw(Kind.WEEKDAYS, 0.3))) for _ in range(200)}
    assert len(stretches) == 7  # any day of the week starts one


def test_a_small_piece_of_the_same_days_of_every_week_takes_a_stretch_of_weeks_of_a_long_period():
    # Twelve weeks: two days of every week would be 2/7 of the roster, too big a piece to
    # shrink to, so a smaller one keeps two days of the week on a stretch of the weeks.
    people = [vol(f"V{i}") for i in range(2)]
    built = build(problem(people, [shift(n, min=1) for n in range(84)], days=84))
    pieces = Neighbourhoods(built.variables, random.Random(3))
    for _ in range(30):
        days = sorted(_days_of(built, pieces.draw(Kind.WEEKDAYS, 0.1)))
        assert len({d.weekday() for d in days}) == 2
        assert 6 <= len(days) <= 10  # about a tenth of the 84 days
        assert (days[-1] - days[0]).days < 31  # a stretch of the period, not every week


def test_a_piece_of_the_same_days_of_every_week_is_never_empty_in_a_short_period():
    people = [vol(f"V{i}") for i in range(3)]
    built = build(problem(people, [shift(n, min=1) for n in range(3)], days=3))
    pieces = Neighbourhoods(built.variables, random.Random(2))
    assert all(pieces.draw(Kind.WEEKDAYS, 0.1) for _ in range(50))


def _days_of(built, free: set[int]) -> set:
    return {duty.date for code, duty, var in built.variables.all() if var.index in free}


def _without_a_usable_start():
    """Nothing is required by cover, so the greedy start is empty, and empty breaks each
    volunteer's hard minimum of hours: the solve must find a first roster itself."""
    window = CountWindow("minutes_per_month", day(0), day(13), "minutes", min=4 * 240)
    people = [vol(f"V{i}", windows=(window,)) for i in range(4)]
    shifts = [shift(n, template, min=0, target=1) for n in range(14) for template in ("AM", "PM")]
    return problem(people, shifts, days=14, rules=Rules(max_shifts_per_day=1))


def _assert_found_by_local_search_and_optimal(p, steps, solution) -> None:
    assert [local for local, _ in steps] == [True]  # local search alone found it
    assert steps[0][1] in (cp_model.FEASIBLE, cp_model.OPTIMAL)
    assert solution.status == "optimal"
    assert not [v for v in validate(p, solution.assignments) if v.hard]
    assert all(solution.per_volunteer[v.code].minutes >= 4 * 240 for v in p.volunteers)


def test_without_a_usable_start_the_search_finds_its_ownfirst_roster(monkeypatch):
    p = _without_a_usable_start()
    steps = _record_first_steps(monkeypatch)
    solution = solve(p, time_limit=20, workers=2)
    _assert_found_by_local_search_and_optimal(p, steps, solution)


def test_a_start_that_breaks_a_hard_rule_is_not_offered_to_cp_sat_as_a_hint(monkeypatch):
    # The empty start misses every volunteer's minimum hours: the rules' checks say so at
    # once, so CP-SAT is not asked to complete it (seconds on large models), and a usable
    # start still is.
    solve_module = sys.modules["scheduler.solve"]
    asked = []
    real = solve_module.complete_hint

    def recording(built, assignments, time_limit, cancel=None):
        asked.append(list(assignments))
        return real(built, assignments, time_limit, cancel)

    monkeypatch.setattr(solve_module, "complete_hint", recording)
    p = _without_a_usable_start()
    solution = solve(p, time_limit=20, workers=2)
    assert asked == []
    assert solution.status == "optimal" and not [v for v in validate(p, solution.assignments) if v.hard]
    solve(dataclasses.replace(p, existing=solution.assignments), time_limit=5, workers=2)
    assert asked == [list(solution.assignments)]


def _four_people_two_shifts_a_day():
    """Four people, at most 7 shifts each in the two weeks; two shifts a day wanting one each."""
    window = CountWindow("shifts_per_week", day(0), day(13), "shifts", max=7)
    people = [vol(f"V{i}", windows=(window,)) for i in range(4)]
    shifts = [shift(n, template, min=0, target=1) for n in range(14) for template in ("AM", "PM")]
    return problem(people, shifts, days=14, rules=Rules(max_shifts_per_day=1))


def test_side_by_side_searches_each_improve_the_shared_roster_until_it_is_optimal():
    # An empty start leaves every seat uncovered; two searches without an exact worker must
    # cover them all (objective 0, the bound given) and stop there, long before the deadline,
    # every roster they offer keeping the hard rules (one duty a day, the weekly maximum).
    p = _four_people_two_shifts_a_day()
    built = build(p)
    assert complete_hint(built, [], time_limit=5)
    offered = []
    shared = Shared(lambda incumbent, bound: offered.append(incumbent))
    shared.offer(lns.hinted_roster(built.model))
    shared.bound = 0.0
    offered.clear()
    started = time.monotonic()
    improve(built.model, built.variables, shared, deadline=started + 120, seed=5, threads=2,
            hotspots=_hotspots(built.terms))
    assert time.monotonic() - started < 60  # stopped because the roster reached the bound
    assert shared.best.objective == 0 and shared.closed()
    assert offered and [i.objective for i in offered] == sorted((i.objective for i in offered), reverse=True)
    for incumbent in offered:
        roster = built.variables.extract(Values(incumbent.values))
        assert not [v for v in validate(p, roster) if v.hard]


def test_a_hinted_search_starts_from_the_hint_s_roster(monkeypatch):
    # Phase 1 hands phase 2 a complete hint: the hint is the first roster both searches share,
    # offered before the exact search starts, with the objective CP-SAT gives it; every later
    # one is better.
    events: list = []

    class RecordedExact(portfolio_module._Exact):
        def __init__(self, shared):
            events.append("exact search")
            super().__init__(shared)

    monkeypatch.setattr(portfolio_module, "_Exact", RecordedExact)
    built = build(_four_people_two_shifts_a_day())
    built.model.minimize(built.objective)
    assert complete_hint(built, [], time_limit=5)  # the empty roster
    hinted = lns.hinted_roster(built.model)
    status, best, bound = portfolio_module.portfolio(
        built.model, built.variables, time_limit=10, seed=0, threads=2, hinted=True,
        on_improvement=lambda incumbent, _: events.append(incumbent.objective))
    assert events[0] == hinted.objective > 0
    offered = [e for e in events if e != "exact search"]
    assert offered == sorted(offered, reverse=True) and best.objective == offered[-1] < hinted.objective
    assert status == cp_model.OPTIMAL


def _record_first_steps(monkeypatch) -> list[tuple[bool, int]]:
    """(local search only?, CP-SAT status) of each step of the first-roster search, as it runs."""
    steps = []
    first_solve = first_roster_module.first_solve

    def recorded(*args, **kwargs):
        status = first_solve(*args, **kwargs)
        steps.append((kwargs.get("local_search_only", False), status))
        return status

    monkeypatch.setattr(first_roster_module, "first_solve", recorded)
    return steps


def _random_3sat(variables: int, per_variable: float, seed: int, excuse: bool = False):
    """A model with random 3-SAT clauses over `variables` Booleans, `per_variable` clauses a
    variable; with `excuse`, one more Boolean (the last) satisfies every clause on its own.
    Returns (model, the clauses' Booleans, the excuse or None)."""
    rng = random.Random(seed)
    model = cp_model.CpModel()
    xs = [model.new_bool_var(f"x{i}") for i in range(variables)]
    excused = [model.new_bool_var("excused")] if excuse else []
    for _ in range(round(per_variable * variables)):
        model.add_bool_or([xs[v] if rng.random() < 0.5 else ~xs[v] for v in rng.sample(range(variables), 3)]
                          + excused)
    return model, xs, (excused or [None])[0]


def _unsatisfiable(variables: int = 40) -> cp_model.CpModel:
    """Random 3-SAT at six clauses a variable: no assignment satisfies it, no local search can
    find that out, and a complete search proves it at once (presolve alone does not)."""
    model, xs, _ = _random_3sat(variables, 6, seed=1)
    model.minimize(sum(xs))
    return model


def test_when_local_search_finds_no_first_roster_the_full_search_proves_there_is_none(monkeypatch):
    steps = _record_first_steps(monkeypatch)
    shared = Shared()
    status = first_roster(_unsatisfiable(), shared, seed=0, time_limit=5, cancel=threading.Event(), threads=2)
    assert steps == [(True, cp_model.UNKNOWN), (False, cp_model.INFEASIBLE)]
    assert status == cp_model.INFEASIBLE and shared.best is None


def test_a_cancelled_first_roster_search_stops_without_a_roster():
    cancel = threading.Event()
    cancel.set()
    shared = Shared()
    started = time.monotonic()
    status = first_roster(_unsatisfiable(), shared, seed=0, time_limit=60, cancel=cancel, threads=2)
    assert status == cp_model.UNKNOWN and shared.best is None
    assert time.monotonic() - started < 30


def test_progress_from_the_search_comes_at_most_every_interval():
    # No usable start: local search offers many rosters in its first second; the progress
    # callback (the GUI's queue) hears of them at most every PROGRESS_INTERVAL_S.
    window = CountWindow("minutes_per_month", day(0), day(27), "minutes", min=12 * 240)
    wishes = tuple(ShiftRequest(day(n), "AM", 1 + n % 3, n % 2 == 0) for n in range(0, 28, 3))
    people = [vol(f"V{i}", windows=(window,), requests=wishes if i % 2 else ()) for i in range(8)]
    shifts = [shift(n, template, min=0, target=2) for n in range(28) for template in ("AM", "PM")]
    p = problem(people, shifts, days=28, rules=Rules(max_shifts_per_day=1))
    reports = []
    solve(p, time_limit=5, workers=2, on_progress=reports.append)
    assert reports
    gaps = [b.elapsed_s - a.elapsed_s for a, b in zip(reports, reports[1:])]
    assert all(gap >= PROGRESS_INTERVAL_S - 1e-9 for gap in gaps)
    assert [r.objective for r in reports] == sorted((r.objective for r in reports), reverse=True)
    # The first rosters come before any search has proven a bound: none is reported, never
    # minus infinity (the GUI showed "bound -inf, gap inf %").
    assert reports[0].best_bound is None
    assert all(r.best_bound is None or math.isfinite(r.best_bound) and r.best_bound <= r.objective for r in reports)


def test_a_large_model_without_a_usable_start_begins_from_local_search(monkeypatch):
    # Above PORTFOLIO_MAX_ASSIGNMENTS CP-SAT's own search runs phase 2; without a complete
    # start, local search first finds a roster that becomes its complete hint.
    monkeypatch.setattr(sys.modules["scheduler.solve"], "PORTFOLIO_MAX_ASSIGNMENTS", 0)
    p = _without_a_usable_start()
    steps = _record_first_steps(monkeypatch)
    solution = solve(p, time_limit=20, workers=2)
    _assert_found_by_local_search_and_optimal(p, steps, solution)


def _four_people_of_four_shifts_each():
    """Four people each must work 4 of 14 days; a shift takes at most one person and wants one."""
    window = CountWindow("shifts_per_period", day(0), day(13), "shifts", min=4, max=4)
    people = [vol(f"V{i}", windows=(window,)) for i in range(4)]
    shifts = [shift(n, template, min=0, target=1, max=1) for n in range(14) for template in ("AM", "PM")]
    return problem(people, shifts, days=14, rules=Rules(max_shifts_per_day=1))


def _two_people_for_a_one_person_team():
    """Two volunteers who must both work the one day, whose only duty is an event of one."""
    window = CountWindow("minutes_per_month", day(0), day(0), "minutes", min=240)
    return problem([vol(f"V{i}", windows=(window,)) for i in range(2)],
                   events=[event(n=0, team_min=0, team_max=1)], days=1)


def test_when_local_search_finds_nothing_the_volunteers_are_rostered_one_after_another(monkeypatch):
    # A large model (the limit lowered to 0) on which local search finds nothing: each
    # volunteer alone, the shifts wanting only what the volunteers before left. Four people
    # each must work 4 of 14 days, a shift takes at most one person and wants one: together
    # they cover 16 of the 28 seats, never two on one shift.
    solve_module = sys.modules["scheduler.solve"]
    monkeypatch.setattr(solve_module, "PORTFOLIO_MAX_ASSIGNMENTS", 0)
    monkeypatch.setattr(solve_module, "local_search_roster", lambda *args, **kwargs: None)
    alone = []
    step = solve_module._volunteer_by_volunteer_start

    def recorded(*args, **kwargs):
        alone.append(step(*args, **kwargs))
        return alone[-1]

    monkeypatch.setattr(solve_module, "_volunteer_by_volunteer_start", recorded)
    p = _four_people_of_four_shifts_each()
    solution = solve(p, time_limit=20, workers=2, seed=1)
    assert len(alone) == 1 and alone[0] is not None
    taken = [a.shift for a in alone[0]]
    assert len(taken) == 16 and len(set(taken)) == 16  # the left-over demand kept them apart
    assert not [v for v in validate(p, alone[0]) if v.hard]
    assert solution.status == "optimal"
    assert solution.penalties["cover_target"] == 12 * p.rules.weights.target_headcount


def test_volunteers_rostered_one_after_another_are_dropped_when_together_they_break_a_rule(monkeypatch):
    # An event's team maximum is not in the shifts' left-over demand: two volunteers who must
    # both work the event's day (their minimum) each join the one-person team; together they
    # break its maximum, so the step returns nothing rather than a roster that breaks it.
    p = _two_people_for_a_one_person_team()
    assert sys.modules["scheduler.solve"]._volunteer_by_volunteer_start(p, build(p), 0, 10, None) is None


def test_volunteers_rostered_one_after_another_are_kept_when_only_the_time_to_complete_them_ran_out(monkeypatch):
    # CP-SAT completes the roster as a hint (seconds on a large roster); when it cannot
    # in the time left, the rules' own checks decide: a roster that keeps every hard rule is
    # kept, one that breaks a rule between volunteers is not.
    solve_module = sys.modules["scheduler.solve"]
    monkeypatch.setattr(solve_module, "complete_hint", lambda *args, **kwargs: False)
    p = _four_people_of_four_shifts_each()
    kept = solve_module._volunteer_by_volunteer_start(p, build(p), 0, 10, None)
    assert kept is not None and len(kept) == 16 and not [v for v in validate(p, kept) if v.hard]
    p = _two_people_for_a_one_person_team()
    assert solve_module._volunteer_by_volunteer_start(p, build(p), 0, 10, None) is None



def test_stop_while_the_volunteers_roster_is_completed_stops_the_completion(monkeypatch):
    # Completing the volunteer-by-volunteer roster as a hint takes seconds on a large model:
    # Stop pressed then ends it at once, and the roster, which keeps every hard rule, is kept.
    solve_module = sys.modules["scheduler.solve"]
    cancel, completed = threading.Event(), []
    real = solve_module.complete_hint

    def stopped_meanwhile(*args, **kwargs):
        cancel.set()
        completed.append(real(*args, **kwargs))
        return completed[-1]

    monkeypatch.setattr(solve_module, "complete_hint", stopped_meanwhile)
    p = _four_people_of_four_shifts_each()
    kept = solve_module._volunteer_by_volunteer_start(p, build(p), 0, 10, cancel)
    assert completed == [False]
    assert kept is not None and len(kept) == 16 and not [v for v in validate(p, kept) if v.hard]

def test_a_roster_from_the_first_roster_steps_is_returned_when_they_used_all_the_time(monkeypatch):
    solve_module = sys.modules["scheduler.solve"]
    monkeypatch.setattr(solve_module, "PORTFOLIO_MAX_ASSIGNMENTS", 0)
    monkeypatch.setattr(solve_module, "local_search_roster", lambda *args, **kwargs: None)
    step = solve_module._volunteer_by_volunteer_start

    def slow(*args, **kwargs):
        found = step(*args, **kwargs)
        time.sleep(2.5)  # the step ends after the time limit
        return found

    monkeypatch.setattr(solve_module, "_volunteer_by_volunteer_start", slow)
    monkeypatch.setattr(solve_module, "_run", lambda *args, **kwargs: pytest.fail("no time was left to search"))
    p = _without_a_usable_start()
    solution = solve(p, time_limit=2, workers=2)
    assert solution.status == "feasible" and solution.objective is not None
    assert not [v for v in validate(p, solution.assignments) if v.hard]


def test_when_no_first_roster_step_finds_one_the_search_gets_only_the_time_left(monkeypatch):
    # Both first-roster steps spend their time and find nothing: CP-SAT's own search then
    # gets what is left of the time limit, not what was left before those steps (which would
    # overrun the limit).
    solve_module = sys.modules["scheduler.solve"]
    monkeypatch.setattr(solve_module, "PORTFOLIO_MAX_ASSIGNMENTS", 0)
    monkeypatch.setattr(solve_module, "local_search_roster", lambda *args, **kwargs: time.sleep(1.0))
    monkeypatch.setattr(solve_module, "_volunteer_by_volunteer_start", lambda *args, **kwargs: time.sleep(1.0))
    limits = []
    run = solve_module._run

    def recorded(built, workers, seed, time_limit, *args, **kwargs):
        limits.append((time_limit, time.monotonic() - started))
        return run(built, workers, seed, time_limit, *args, **kwargs)

    monkeypatch.setattr(solve_module, "_run", recorded)
    p = _without_a_usable_start()
    started = time.monotonic()
    solve(p, time_limit=3, workers=2)
    given, at = limits[-1]
    assert given <= 3 - at + 0.01 and given < 1.5


def test_pieces_grow_while_they_solve_fast_and_shrink_when_they_solve_slowly():
    from scheduler.lns.neighbourhoods import PIECE_TARGET_S, resized

    assert resized(0.2, True, PIECE_TARGET_S / 4) > 0.2  # solved to optimality, quickly
    assert resized(0.2, True, 1.5 * PIECE_TARGET_S) == 0.2  # solved, but slower than wanted
    assert resized(0.2, True, 3 * PIECE_TARGET_S) < 0.2  # solved, far too slowly
    assert resized(0.2, False, PIECE_TARGET_S / 4) < 0.2  # stopped before it was solved
    assert resized(0.59, True, 0.0) == 0.6 and resized(0.031, False, 9.0) == 0.03  # within bounds


def _a_roster_nothing_improves(variables: int = 250) -> tuple[cp_model.CpModel, Incumbent]:
    """Random 3-SAT just above its threshold (4.6 clauses a variable) where paying 1 excuses
    every clause, and the roster that pays: such formulas are almost never satisfiable, so
    nothing is better than paying, and one CP-SAT worker neither finds anything better nor
    proves that in 30 s."""
    model, _, excused = _random_3sat(variables, 4.6, seed=3, excuse=True)
    model.minimize(excused)
    return model, Incumbent([0] * variables + [1], 1)


def test_a_piece_given_a_stall_stops_once_it_finds_nothing_better_for_that_long():
    model, incumbent = _a_roster_nothing_improves()
    free = set(range(len(incumbent.values) - 1))
    started = time.monotonic()
    status, _ = search.solve_piece(model, free, free, incumbent, seed=0, time_limit=2.5, stop=threading.Event())
    assert status == cp_model.FEASIBLE and time.monotonic() - started >= 2.4  # not proven: its time limit
    started = time.monotonic()
    status, _ = search.solve_piece(model, free, free, incumbent, seed=0, time_limit=60, stop=threading.Event(),
                                 stall=0.5)
    assert status == cp_model.FEASIBLE and time.monotonic() - started < 2.0


def test_a_roster_is_near_the_bound_when_the_gap_is_within_the_share_of_its_objective():
    shared = Shared()
    assert not shared.within(1.0) and not shared.closed()  # no roster yet
    shared.offer(lns.Incumbent([0], 100.0))
    shared.bound = 97.0
    assert shared.within(0.03) and not shared.within(0.02) and not shared.closed()
    shared.bound = 100.0
    assert shared.within(0.0) and shared.closed()


def test_each_kind_of_neighbourhood_gets_about_the_same_share_of_the_time():
    turns, rng = Turns(4), random.Random(3)
    for _ in range(20):  # pieces of kind 0 take 0.1 s, the others 2 s
        for kind in range(4):
            turns.took(kind, 0.1 if kind == 0 else 2.0)
    turns.took(None, 60.0)  # the guided piece's time is not counted
    drawn = [turns.draw(rng, guided=False) for _ in range(23_000)]
    counts = [drawn.count(kind) for kind in range(4)]
    assert 17_000 < counts[0] < 23_000 * 20 / 23 + 1_000  # twenty times as often as each other kind
    assert all(800 < count < 1_200 for count in counts[1:])
    guided = [turns.draw(rng, guided=True) for _ in range(10_000)]
    assert 1_800 < guided.count(None) < 2_200  # one draw in five, however long its pieces take
    assert all(isinstance(kind, Kind) for kind in drawn)  # a kind of neighbourhood, never the guided piece


def test_the_search_draws_quick_kinds_of_piece_more_often(monkeypatch):
    # Pieces of volunteers (Kind.VOLUNTEERS) made fifteen times as slow as the others: drawn uniformly
    # they would be a quarter of the pieces; by time, about one in forty-five.
    p = _four_people_two_shifts_a_day()
    built = build(p)
    assert complete_hint(built, [], time_limit=5)
    shared = Shared()
    shared.offer(lns.hinted_roster(built.model))
    kinds, stop = [], threading.Event()
    draw = Neighbourhoods.draw

    def recorded_draw(self, kind, size, hot=None):
        kinds.append(kind)
        return draw(self, kind, size, hot)

    def piece(model, assignment_vars, free, incumbent, seed, time_limit, stop, stall=None):
        time.sleep(0.15 if kinds[-1] == Kind.VOLUNTEERS else 0.01)
        if len(kinds) == 300:
            stop.set()
        return cp_model.UNKNOWN, types.SimpleNamespace(wall_time=0.0)

    monkeypatch.setattr(Neighbourhoods, "draw", recorded_draw)
    monkeypatch.setattr(search, "solve_piece", piece)
    monkeypatch.setattr(neighbourhoods, "PIECE_TARGET_S", 0.01)  # what the kinds are thought to take at first
    improve(built.model, built.variables, shared, deadline=time.monotonic() + 60, seed=1, stop=stop,
            hotspots=_hotspots(built.terms))
    assert len(kinds) == 300
    assert kinds.count(Kind.VOLUNTEERS) < 300 / 10 and \
        all(kinds.count(k) > 300 / 5 for k in (Kind.DAYS, Kind.BLOCK, Kind.AROUND_PENALTY))
