"""Each hard rule: a tiny instance the solver must fill, one where breaking the rule is the only
way to fill a seat (the solver must leave it empty), and validate naming the rule."""
from __future__ import annotations

import dataclasses

import pytest

from scheduler import Center, CountWindow, FixedDuty, Leave, Rules, solve, validate
from tests.scheduler.build import day, event, on, pairs, problem, rule_names, shift, vol


def solved(p):
    solution = solve(p, time_limit=5, workers=1)
    assert solution.status == "optimal"
    assert not [v for v in validate(p, solution.assignments) if v.hard]
    return solution


def test_availability_weekly():
    am, pm = shift(0, "AM"), shift(0, "PM")
    p = problem([vol("V1", weekly={1: frozenset({"PM"})})], [am, pm])
    assert pairs(solved(p)) == {("V1", pm.id)}
    assert "availability_weekly" in rule_names(validate(p, [on("V1", am)]))
    assert not rule_names(validate(p, [on("V1", pm)]))


def test_availability_weekly_events_follow_template_times():
    am, pm = shift(0, "AM", min=0), shift(0, "PM", min=0)
    morning_event = event(n=0, times=(8 * 60, 10 * 60))
    p = problem([vol("V1", weekly={1: frozenset({"PM"})})], [am, pm], [morning_event])
    assert "availability_weekly" in rule_names(validate(p, [on("V1", morning_event)]))
    p = problem([vol("V1", weekly={1: frozenset({"AM"})})], [am, pm], [morning_event])
    assert not rule_names(validate(p, [on("V1", morning_event)]))


def test_leave():
    s0, s1 = shift(0), shift(1)
    p = problem([vol("V1", leave=(Leave(day(0), day(0), "Thi học kỳ"),))], [s0, s1])
    assert pairs(solved(p)) == {("V1", s1.id)}
    assert rule_names(validate(p, [on("V1", s0)])) == {"leave"}


def test_serves_center():
    here, there = shift(0, center="HCC"), shift(1, center="X1")
    p = problem([vol("V1", centers=frozenset({"HCC"}))], [here, there])
    assert pairs(solved(p)) == {("V1", here.id)}
    assert rule_names(validate(p, [on("V1", there)])) == {"serves_center"}


def test_inactive():
    s0 = shift(0)
    p = problem([vol("V1", active=False)], [s0])
    assert pairs(solved(p)) == set()
    assert rule_names(validate(p, [on("V1", s0)])) == {"inactive"}


def test_post_skills():
    s0 = shift(0, skills={"vneid"})
    p = problem([vol("V1"), vol("V2", skills=frozenset({"vneid"}))], [s0])
    assert pairs(solved(p)) == {("V2", s0.id)}
    assert rule_names(validate(p, [on("V1", s0)])) == {"post_skills"}


def test_closed_on_holidays_needs_nobody_and_forbids_assignments():
    s0 = shift(0)
    p = problem([vol("V1")], [s0], centers=(Center("HCC", closed={day(0): "Tết"}),))
    solution = solved(p)
    assert pairs(solution) == set() and solution.unfilled == () and solution.objective == 0
    assert rule_names(validate(p, [on("V1", s0)])) == {"closed_on_holidays"}


def test_no_overlap_across_centers_and_fixed_duties():
    a, b = shift(0, center="HCC"), shift(0, center="X1", times=(9 * 60, 12 * 60))
    rules = Rules(max_shifts_per_day=3)
    p = problem([vol("V1")], [a, b], rules=rules)
    assert len(solved(p).assignments) == 1
    assert rule_names(validate(p, [on("V1", a), on("V1", b)])) == {"no_overlap"}
    blocked = problem([vol("V1")], [a], rules=rules, fixed=(FixedDuty("V1", day(0), 600, 700, "X2"),))
    assert pairs(solved(blocked)) == set()
    assert rule_names(validate(blocked, [on("V1", a)])) == {"no_overlap"}
    touching = problem([vol("V1")], [a, shift(0, "B", times=(11 * 60 + 30, 12 * 60))], rules=rules)
    assert len(solved(touching).assignments) == 2


def test_max_shifts_per_day_counts_events_and_fixed_duties():
    am, pm = shift(0, "AM"), shift(0, "PM")
    p = problem([vol("V1")], [am, pm])
    assert len(solved(p).assignments) == 1
    assert rule_names(validate(p, [on("V1", am), on("V1", pm)])) == {"max_shifts_per_day"}
    two = problem([vol("V1")], [am, pm], rules=Rules(max_shifts_per_day=2))
    assert len(solved(two).assignments) == 2
    fixed = problem([vol("V1")], [pm], rules=Rules(max_shifts_per_day=1),
                    fixed=(FixedDuty("V1", day(0), 480, 600),))
    assert solved(fixed).assignments == ()
    assert rule_names(validate(fixed, [on("V1", pm)])) == {"max_shifts_per_day"}
    ev = event(n=0, times=(18 * 60, 20 * 60))
    with_event = problem([vol("V1")], [am], [ev])
    assert rule_names(validate(with_event, [on("V1", am), on("V1", ev)])) == {"max_shifts_per_day"}


def test_min_rest_hours_across_days():
    evening, morning = shift(0, "EV"), shift(1, "AM")  # 21:00 -> 07:30 is 10.5 h
    rules = Rules(min_rest_hours=11)
    p = problem([vol("V1")], [evening, morning], rules=rules)
    assert len(solved(p).assignments) == 1
    assert rule_names(validate(p, [on("V1", evening), on("V1", morning)])) == {"min_rest_hours"}
    assert len(solved(problem([vol("V1")], [evening, morning], rules=Rules(min_rest_hours=10))).assignments) == 2
    fixed = problem([vol("V1")], [morning], rules=rules, fixed=(FixedDuty("V1", day(0), 17 * 60, 21 * 60),))
    assert solved(fixed).assignments == ()
    assert rule_names(validate(fixed, [on("V1", morning)])) == {"min_rest_hours"}


def test_window_max_counts_already():
    shifts = [shift(n) for n in range(3)]
    week = CountWindow("max_per_week", day(0), day(6), max=2, already=1)
    p = problem([vol("V1", windows=(week,))], shifts)
    assert len(solved(p).assignments) == 1
    assert rule_names(validate(p, [on("V1", shifts[0]), on("V1", shifts[1])])) == {"max_per_week"}


def test_window_max_minutes_and_weekends():
    sat, sun = shift(5), shift(6)
    minutes = CountWindow("max_minutes", day(0), day(6), measure="minutes", max=300)
    p = problem([vol("V1", windows=(minutes,))], [sat, sun], rules=Rules(max_shifts_per_day=2))
    assert len(solved(p).assignments) == 1
    weekends = CountWindow("max_weekends", day(0), day(13), measure="weekends", max=1)
    sat2 = shift(12)
    p = problem([vol("V1", windows=(weekends,))], [sat, sun, sat2], days=14)
    solution = solved(p)
    assert len(solution.assignments) == 2 and ("V1", sat2.id) not in pairs(solution)
    assert rule_names(validate(p, [on("V1", sat), on("V1", sat2)])) == {"max_weekends"}


def test_window_min_hard():
    shifts = [shift(n, min=0) for n in range(3)]
    month = CountWindow("min_per_month", day(0), day(6), min=2)
    p = problem([vol("V1", windows=(month,))], shifts)
    assert len(solved(p).assignments) == 2
    assert rule_names(validate(p, [on("V1", shifts[0])])) == {"min_per_month"}


def test_demand_max():
    s0 = shift(0, target=2, max=1)
    p = problem([vol("V1"), vol("V2")], [s0])
    assert len(solved(p).assignments) == 1
    assert rule_names(validate(p, [on("V1", s0), on("V2", s0)])) == {"demand_max"}


def test_team_max():
    ev = event(team_min=3, team_max=2)
    p = problem([vol(f"V{i}") for i in range(4)], [], [ev])
    solution = solved(p)
    assert len(solution.assignments) == 2 and solution.unfilled[0].missing == 1
    assert rule_names(validate(p, [on(f"V{i}", ev) for i in range(3)])) == {"team_max"}


def test_requirements_met_or_event_empty():
    ev = event(team_min=3, requirements=[{"role": "police", "min": 2}, {"skill": "vneid", "min": 1}])
    people = [vol("P1", role="police"), vol("Y1", skills=frozenset({"vneid"})), vol("Y2")]
    p = problem(people, [], [ev])
    solution = solved(p)
    assert pairs(solution) == set()
    assert solution.unfilled[0].missing == 3
    assert any('police' in r for r in solution.unfilled[0].reasons)
    assert rule_names(validate(p, [on("P1", ev), on("Y1", ev)])) == {"requirements"}
    enough = problem(people + [vol("P2", role="police")], [], [ev])
    assert {v for v, _ in pairs(solved(enough))} >= {"P1", "P2", "Y1"}


def test_locks_kept_even_against_wishes():
    s0, s1 = shift(0), shift(1)
    p = problem([vol("V1", avoids_weekdays=frozenset({1})), vol("V2")], [s0, s1],
                existing=(on("V1", s0, locked=True),))
    solution = solved(p)
    assert ("V1", s0.id) in pairs(solution)
    assert [a.locked for a in solution.assignments if a.volunteer == "V1" and a.shift == s0.id] == [True]
    assert rule_names(validate(p, [on("V2", s1)])) == {"locks"}


def test_lock_breaking_a_candidate_rule_is_a_clear_error():
    s0 = shift(0)
    p = problem([vol("V1", leave=(Leave(day(0), day(0)),))], [s0], existing=(on("V1", s0, locked=True),))
    with pytest.raises(ValueError, match=r"leave: V1 on shift HCC/F1/2026-11-23/AM"):
        solve(p, time_limit=1, workers=1)


def test_locks_clashing_with_each_other_are_a_clear_error():
    a, b = shift(0, center="HCC"), shift(0, center="X1")
    p = problem([vol("V1")], [a, b], rules=Rules(max_shifts_per_day=2),
                existing=(on("V1", a, locked=True), on("V1", b, locked=True)))
    with pytest.raises(ValueError, match="no_overlap"):
        solve(p, time_limit=1, workers=1)


def test_unknown_and_duplicate_assignments_are_reported():
    s0 = shift(0)
    p = problem([vol("V1")], [s0])
    assert rule_names(validate(p, [on("V1", s0), on("V1", s0)])) == {"duplicate"}
    ghost = dataclasses.replace(on("V1", s0), shift="nowhere")
    assert rule_names(validate(p, [ghost])) == {"unknown_reference"}
