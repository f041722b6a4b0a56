"""Many small seeded random problems: solver output always passes the independent validator,
the reported objective is the exact sum of penalties, and hand-broken rosters fail by name."""
from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest

from scheduler import Center, CountWindow, FixedDuty, Leave, Rules, ShiftRequest, Weights, solve, validate
from tests.scheduler.build import day, event, on, problem, rule_names, shift, vol

TEMPLATES = ("AM", "PM", "EV")


def random_problem(seed: int):
    rng = random.Random(seed)
    days = rng.randint(3, 8)
    centers = ["HCC", "X1"][: rng.randint(1, 2)]
    skills = ["vneid", "senior"]
    shifts = []
    for n in range(days):
        for center in centers:
            for post in ("F1", "F2")[: rng.randint(1, 2)]:
                for template in rng.sample(TEMPLATES, rng.randint(1, 3)):
                    low = rng.randint(0, 2)
                    shifts.append(shift(n, template, center=center, post=post, min=low,
                                        target=low + rng.randint(0, 1), max=rng.choice([None, low + 1, low + 2]),
                                        skills={"vneid"} if rng.random() < 0.2 else ()))
    events = [event(f"OUT-{i}", n=rng.randrange(days), team_min=rng.randint(1, 3), team_max=4,
                    center=rng.choice(centers + [None]),
                    requirements=[{"role": "police", "min": 1}] if rng.random() < 0.5 else [])
              for i in range(rng.randint(0, 2))]
    people = []
    for i in range(rng.randint(3, 9)):
        start = day(rng.randrange(days))
        people.append(vol(
            f"V{i}", role=rng.choice(["youth", "youth", "police"]),
            skills=frozenset(s for s in skills if rng.random() < 0.4),
            centers=rng.choice([None, frozenset(centers[:1]), frozenset(centers)]),
            active=rng.random() > 0.1,
            weekly=None if rng.random() < 0.5 else {d: frozenset(rng.sample(TEMPLATES + ("*",), rng.randint(1, 2)))
                                                     for d in range(1, 8) if rng.random() < 0.7},
            leave=(Leave(start, start + dt.timedelta(days=rng.randint(0, 2))),) if rng.random() < 0.3 else (),
            windows=tuple(w for w in (
                CountWindow("max_per_week", day(0), day(6), max=rng.randint(1, 4), already=rng.randint(0, 1)),
                CountWindow("min_per_month", day(0), day(days - 1), min=rng.randint(0, 2), min_weight=5),
            ) if rng.random() < 0.6),
            prior_load=rng.randint(0, 3), commitment=rng.randint(0, 4),
            prefers_weekdays=frozenset(rng.sample(range(1, 8), rng.randint(0, 2))),
            avoids_posts=frozenset({"F2"}) if rng.random() < 0.3 else frozenset(),
            requests=(ShiftRequest(day(rng.randrange(days)), rng.choice([None, "AM"]), 4, rng.random() < 0.5),)
            if rng.random() < 0.3 else (),
        ))
    fixed = tuple(FixedDuty(p.code, day(rng.randrange(days)), 600, 720) for p in people if rng.random() < 0.2)
    rules = Rules(max_shifts_per_day=rng.randint(1, 2), min_rest_hours=rng.choice([0, 0, 11]),
                  mix_skills=frozenset({"senior"}) if rng.random() < 0.5 else frozenset(),
                  weights=Weights(fairness=rng.choice([0, 10])))
    closed = (Center(centers[0], closed={day(0): "Tết"}),) if rng.random() < 0.3 else ()
    return problem(people, shifts, events, days=days, rules=rules, fixed=fixed, centers=closed)


@pytest.mark.parametrize("seed", range(40))
def test_solver_output_passes_validate(seed):
    p = random_problem(seed)
    solution = solve(p, time_limit=2, workers=1, seed=seed)
    assert solution.status in ("optimal", "feasible")
    assert [v for v in validate(p, solution.assignments) if v.hard] == []
    assert solution.objective == sum(solution.penalties.values())
    assert solution.best_bound <= solution.objective
    if solution.status == "optimal":
        assert solution.best_bound == solution.objective
    # Lock half of the roster and repair: the locks stay and nothing hard breaks.
    locks = tuple(dataclasses.replace(a, locked=True) for a in solution.assignments[::2])
    again = solve(dataclasses.replace(p, existing=locks + tuple(solution.assignments[1::2]), repair=True),
                  time_limit=2, workers=1, seed=seed)
    kept = {(a.volunteer, a.shift, a.event) for a in again.assignments}
    assert all((a.volunteer, a.shift, a.event) in kept for a in locks)
    assert [v for v in validate(p, again.assignments) if v.hard] == []


def _broken_rosters(p, assignments):
    """(problem, roster, rule the validator must name) made by hand from a valid roster."""
    if not assignments:
        return
    first = assignments[0]
    yield p, assignments + [first], "duplicate"
    who = next(v for v in p.volunteers if v.code == first.volunteer)
    duty_date = next(s.date for s in p.shifts if s.id == first.shift) if first.shift else \
        next(e.date for e in p.events if e.code == first.event)
    for rule, changed in (("leave", dataclasses.replace(who, leave=(Leave(duty_date, duty_date),))),
                          ("inactive", dataclasses.replace(who, active=False)),
                          ("serves_center", dataclasses.replace(who, centers=frozenset({"nowhere"})))):
        people = tuple(changed if v.code == who.code else v for v in p.volunteers)
        yield dataclasses.replace(p, volunteers=people), assignments, rule
    yield dataclasses.replace(p, existing=(dataclasses.replace(first, locked=True),)), assignments[1:], "locks"
    if first.shift:
        s = next(s for s in p.shifts if s.id == first.shift)
        clash = [o for o in p.shifts if o.id != s.id and o.date == s.date and o.start_min < s.end_min
                 and s.start_min < o.end_min]
        if clash:
            yield p, assignments + [on(first.volunteer, clash[0])], "no_overlap"
        if s.demand.max is not None:
            extra = [on(v.code, s) for v in p.volunteers if v.code not in
                     {a.volunteer for a in assignments if a.shift == s.id}][: s.demand.max + 1]
            team = [a for a in assignments if a.shift == s.id]
            if len(team) + len(extra) > s.demand.max:
                yield p, assignments + extra, "demand_max"


@pytest.mark.parametrize("seed", range(15))
def test_hand_broken_rosters_fail_with_the_right_rule(seed):
    p = random_problem(seed)
    solution = solve(p, time_limit=2, workers=1, seed=seed)
    for broken_problem, roster, rule in _broken_rosters(p, list(solution.assignments)):
        assert rule in rule_names(validate(broken_problem, roster)), rule
