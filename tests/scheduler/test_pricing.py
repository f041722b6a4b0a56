"""The pricing programme (`scheduler.pricing`): one volunteer's best schedule at the master's
prices, as CP-SAT would find it, or no answer (and CP-SAT asked) when it cannot be sure."""
from __future__ import annotations

import math
import random

import pytest

from scheduler import CountWindow, Rules, ShiftRequest, pricing
from scheduler.columns import _Pricer, alone, without_headcounts
from scheduler.index import ProblemIndex
from scheduler.problem import Leave, Weights
from tests.scheduler.build import day, problem, shift, vol

APART = Weights(fairness=0, outreach_fairness=0, mix=0)
DAYS = 14  # two weeks from a Monday: two weekends


def _varied(rules: Rules | None = None, **extra):
    """Three shift types a day and volunteers whose rules differ: runs, rests, hours, weekends,
    caps per shift type, days off, wishes to work or not."""
    start, end = day(0), day(DAYS - 1)
    volunteers = [
        vol("A", max_consecutive_days=3, min_consecutive_days=2, min_consecutive_days_off=2,
            windows=(CountWindow("total_minutes", start, end, "minutes", min=6 * 240, max=9 * 240),
                     CountWindow("max_weekends", start, end, "weekends", max=1)),
            requests=(ShiftRequest(day(2), "AM", 3, False), ShiftRequest(day(5), "PM", 2, True))),
        vol("B", max_consecutive_days=4, min_consecutive_days_off=3, max_per_template={"EV": 2},
            leave=(Leave(day(6), day(7), "nghỉ phép"),),
            requests=(ShiftRequest(day(9), None, 4, True),)),
        vol("C", min_consecutive_days=3,
            windows=(CountWindow("shifts", start, end, min=5),
                     CountWindow("first_week", start, day(6), max=3))),
        vol("D", **extra),
    ]
    shifts = [shift(n, template, min=0, target=1, under_weight=10, over_weight=1)
              for n in range(DAYS) for template in ("AM", "PM", "EV")]
    return problem(volunteers, shifts, days=DAYS, rules=rules or Rules(
        max_shifts_per_day=1, forbidden_successions=(("EV", "AM"), ("PM", "AM")), weights=APART))


def _pricers(p):
    from scheduler.solve import build

    full = build(p, ProblemIndex(p)).variables
    shifts = without_headcounts(p)
    return [_Pricer(v.code, build(alone(p, v, shifts)), full) for v in p.volunteers]


def _cp_sat(p):
    """The problem's pricers without the programme: CP-SAT answers every time."""
    pricers = _pricers(p)
    for pricer in pricers:
        pricer.programme = None
    return pricers


def test_the_programme_finds_each_volunteers_best_schedule_as_cp_sat_does():
    rng = random.Random(7)
    pricers, reference = _pricers(_varied()), _cp_sat(_varied())
    assert all(p.programme is not None for p in pricers)
    for _ in range(12):
        for pricer, cp_sat in zip(pricers, reference):
            prices = {i: rng.uniform(-40, 40) for i, _ in pricer.xs}
            columns, least = pricer.price(prices, math.inf, 0, 10.0)
            expected_columns, expected = cp_sat.price(prices, math.inf, 0, 10.0)
            assert least == pytest.approx(expected)
            assert columns and min(c.cost - sum(prices[i] for i in c.ones) for c in columns) == \
                pytest.approx(min(c.cost - sum(prices[i] for i in c.ones) for c in expected_columns))
    assert sum(p.programme_found for p in pricers) >= 40  # most answers came from the programme


def test_a_run_at_the_border_of_the_period_needs_no_minimum():
    p = _varied(min_consecutive_days=3, min_consecutive_days_off=3)
    pricer = _pricers(p)[-1]
    wanted = {i for i, var in pricer.xs if var.name.endswith(f"{day(0).isoformat()}/AM]")
              or var.name.endswith(f"{day(DAYS - 1).isoformat()}/PM]")}
    assert len(wanted) == 2
    prices = {i: (50.0 if i in wanted else -5.0) for i, _ in pricer.xs}
    columns, least = pricer.price(prices, math.inf, 0, 10.0)
    assert pricer.programme_found == 1
    assert [c.ones for c in columns] == [frozenset(wanted)]  # one-day runs, both at a border
    assert least == pytest.approx(_cp_sat(p)[-1].price(prices, math.inf, 0, 10.0)[1])


def test_a_schedule_breaking_a_rule_the_programme_left_out_goes_to_cp_sat(monkeypatch):
    # Room for the run states only: the cap on evening shifts is left out of the programme,
    # so its best schedule (evenings every other day) breaks it and CP-SAT answers instead.
    monkeypatch.setattr(pricing, "STATE_LIMIT", 1)
    p = _varied(max_per_template={"EV": 2})
    pricer = _pricers(p)[-1]
    assert pricer.programme.counters == []
    prices = {i: (30.0 if var.name.endswith("/EV]") else -1.0) for i, var in pricer.xs}
    columns, least = pricer.price(prices, math.inf, 0, 10.0)
    assert (pricer.programme_found, pricer.programme_missed) == (0, 1)
    assert least == pytest.approx(_cp_sat(p)[-1].price(prices, math.inf, 0, 10.0)[1])
    assert all(sum(1 for i, var in pricer.xs if i in c.ones and var.name.endswith("/EV]")) <= 2 for c in columns)
    # A programme that keeps missing is no longer asked after its first three tries.
    for _ in range(4):
        pricer.price(prices, math.inf, 0, 10.0)
    assert (pricer.programme_found, pricer.programme_missed) == (0, 3)


def test_volunteers_whose_rules_the_programme_cannot_follow_have_none():
    two_a_day = _varied(Rules(max_shifts_per_day=2, weights=APART))
    assert all(p.programme is None for p in _pricers(two_a_day))
    soft_minimum = _varied(windows=(CountWindow("min_per_month", day(0), day(DAYS - 1), min=4, min_weight=5),))
    assert _pricers(soft_minimum)[-1].programme is None  # a priced shortfall is not a per-duty cost
