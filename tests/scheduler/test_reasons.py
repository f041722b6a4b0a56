"""Unfilled seats are explained in plain English, counting each volunteer once, in order."""
from __future__ import annotations

from scheduler import CountWindow, FixedDuty, Leave, solve
from scheduler.reasons import __doc__ as reasons_doc
from tests.scheduler.build import day, problem, shift, vol

THURSDAY = day(3)
VNEID = frozenset({"vneid"})


def test_reasons_on_a_short_thursday():
    week = CountWindow("max_per_week", day(0), day(6), max=1, already=1)
    people = (
        [vol("I1", active=False, skills=VNEID)]
        + [vol(f"O{i}", centers=frozenset({"X1"}), skills=VNEID) for i in range(5)]
        + [vol(f"L{i}", leave=(Leave(THURSDAY, THURSDAY, "Thi"),), skills=VNEID) for i in range(4)]
        + [vol(f"U{i}", weekly={1: frozenset({"*"}), 2: frozenset({"AM"})}, skills=VNEID) for i in range(3)]
        + [vol("UPM", weekly={4: frozenset({"PM"})}, skills=VNEID)]
        + [vol("S1")]
        + [vol("B1", skills=VNEID)]
        + [vol(f"W{i}", windows=(week,), skills=VNEID) for i in range(2)]
    )
    s = shift(3, "AM", min=2, skills=VNEID)
    p = problem(people, [s], fixed=(FixedDuty("B1", THURSDAY, 9 * 60, 10 * 60, "X1"),))
    solution = solve(p, time_limit=5, workers=1)
    assert solution.assignments == ()
    (gap,) = solution.unfilled
    assert gap.shift == s.id and gap.missing == 2
    assert gap.reasons == (
        "1 inactive",
        "5 serve other centers",
        "4 volunteers on leave",
        "3 not available on Thursday",
        "1 not available on Thursday morning (AM)",
        "1 lacks the skill vneid",
        "1 already on duty elsewhere at that time",
        "2 at their weekly maximum",
    )
    assert "first reason" in reasons_doc  # the order is documented


def test_reasons_count_the_final_roster():
    a = shift(0, "AM", post="F1", min=2)
    b = shift(0, "AM", post="F2", min=2)
    pm = shift(0, "PM", post="F1", min=1)
    p = problem([vol("V1"), vol("V2"), vol("V3")], [a, b, pm])
    solution = solve(p, time_limit=5, workers=1)
    assert sum(u.missing for u in solution.unfilled) == 2  # 5 seats, 3 people, one duty a day
    for gap in solution.unfilled:
        team = [a for a in solution.assignments if a.shift == gap.shift]
        assert all("already on another shift at that time" in r or "at their daily maximum" in r
                   for r in gap.reasons)
        assert sum(int(r.split()[0]) for r in gap.reasons) == 3 - len(team)  # everyone else, once


def test_weekly_maximum_reached_inside_the_period():
    shifts = [shift(n, min=1) for n in range(3)]
    week = CountWindow("max_per_week", day(0), day(6), max=2)
    solution = solve(problem([vol("V1", windows=(week,))], shifts), time_limit=5, workers=1)
    (gap,) = solution.unfilled
    assert gap.reasons == ("1 at their weekly maximum",)
