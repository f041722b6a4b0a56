"""Sequence rules (runs of working days and days off, forbidden successions, a cap per shift
type) and the Curtois–Qu style terms (hard minutes, over-cover of a zero target): each one on a
tiny instance the solver must respect, a roster breaking it that validate names, and the border
exemption of the minimums."""
from __future__ import annotations

import datetime as dt

from scheduler import CountWindow, FixedDuty, Rules, ShiftRequest, Weights, solve, validate
from tests.scheduler.build import day, on, pairs, problem, rule_names, shift, vol

NO_SOFT = Weights(fairness=0, preference=0, stability=0, min_per_month=0, outreach_fairness=0, mix=0)


def solved(p):
    solution = solve(p, time_limit=5, workers=1)
    assert solution.status == "optimal"
    assert not [v for v in validate(p, solution.assignments) if v.hard]
    return solution


def week_of_shifts(days=range(7), template="AM"):
    return [shift(n, template) for n in days]


def test_max_consecutive_days():
    shifts = week_of_shifts(range(5))
    p = problem([vol("V1", max_consecutive_days=3)], shifts, days=5, rules=Rules(weights=NO_SOFT))
    solution = solved(p)
    assert len(solution.assignments) == 4  # three days, one off, one more
    assert rule_names(validate(p, [on("V1", s) for s in shifts])) == {"max_consecutive_days"}
    assert not rule_names(validate(p, [on("V1", s) for s in shifts[:3] + shifts[4:]]))


def test_max_consecutive_days_counts_fixed_duties_inside_the_period():
    shifts = week_of_shifts(range(1, 3))
    fixed = (FixedDuty("V1", day(0), 7 * 60, 8 * 60, "X1 AM"),)
    p = problem([vol("V1", max_consecutive_days=2)], shifts, days=3, fixed=fixed)
    assert len(solved(p).assignments) == 1
    # a duty before the period does not count: runs are counted inside the period only
    before = (FixedDuty("V1", day(-1), 7 * 60, 8 * 60, "X1 AM"),)
    p = problem([vol("V1", max_consecutive_days=2)], week_of_shifts(range(2)), days=2, fixed=before)
    assert len(solved(p).assignments) == 2


def test_min_consecutive_days_inner_runs_only():
    lonely = shift(3)
    p = problem([vol("V1", min_consecutive_days=2)], [lonely])
    assert pairs(solved(p)) == set()  # a single working day in the middle is not allowed
    assert rule_names(validate(p, [on("V1", lonely)])) == {"min_consecutive_days"}
    for border in (0, 6):  # a run touching the first or last day may continue outside
        s = shift(border)
        p = problem([vol("V1", min_consecutive_days=2)], [s])
        assert pairs(solved(p)) == {("V1", s.id)}
        assert not rule_names(validate(p, [on("V1", s)]))


def test_min_consecutive_days_off_inner_runs_only():
    shifts = [shift(n) for n in (0, 1, 3, 4)]
    p = problem([vol("V1", min_consecutive_days_off=2)], shifts, days=6)
    assert len(solved(p).assignments) == 3  # one day off between two runs is too short
    assert rule_names(validate(p, [on("V1", s) for s in shifts])) == {"min_consecutive_days_off"}
    # a single day off on the first day of the period is allowed
    shifts = week_of_shifts(range(1, 7))
    p = problem([vol("V1", min_consecutive_days_off=2)], shifts)
    assert len(solved(p).assignments) == 6


def test_forbidden_successions_one_duty_a_day():
    evening, morning = shift(0, "EV"), shift(1, "AM")
    rules = Rules(forbidden_successions=(("EV", "AM"),))
    p = problem([vol("V1")], [evening, morning], rules=rules)
    assert len(solved(p).assignments) == 1
    assert rule_names(validate(p, [on("V1", evening), on("V1", morning)])) == {"forbidden_successions"}
    # the other order is fine
    p = problem([vol("V1")], [shift(0, "AM"), shift(1, "EV")], rules=rules)
    assert len(solved(p).assignments) == 2


def test_forbidden_successions_several_duties_a_day():
    shifts = [shift(0, "PM"), shift(0, "EV"), shift(1, "AM"), shift(1, "PM")]
    rules = Rules(max_shifts_per_day=2, forbidden_successions=(("EV", "AM"),))
    p = problem([vol("V1")], shifts, rules=rules)
    assert len(solved(p).assignments) == 3
    assert rule_names(validate(p, [on("V1", s) for s in shifts])) == {"forbidden_successions"}


def test_max_per_template():
    shifts = [shift(0, "AM"), shift(1, "AM"), shift(2, "PM")]
    p = problem([vol("V1", max_per_template={"AM": 1})], shifts)
    assert len(solved(p).assignments) == 2
    assert rule_names(validate(p, [on("V1", s) for s in shifts])) == {"max_per_template"}
    p = problem([vol("V1", max_per_template={"PM": 0})], shifts)
    assert pairs(solved(p)) == {("V1", shifts[0].id), ("V1", shifts[1].id)}


def test_minutes_minimum_hard_and_maximum():
    shifts = [shift(n, "AM", min=0) for n in range(3)]  # 240 minutes each, nobody needed
    window = CountWindow("minutes_per_month", day(0), day(6), "minutes", min=480, max=600)
    p = problem([vol("V1", windows=(window,))], shifts, rules=Rules(weights=NO_SOFT))
    assert len(solved(p).assignments) == 2  # 480 minutes: reaches the minimum, below 600
    assert rule_names(validate(p, [on("V1", shifts[0])])) == {"minutes_per_month"}
    assert rule_names(validate(p, [on("V1", s) for s in shifts])) == {"minutes_per_month"}


def test_over_cover_of_a_zero_target_is_priced():
    s = shift(0, min=0, target=0, over_weight=5, under_weight=100)
    wish = ShiftRequest(day(0), "AM", 3, True)
    p = problem([vol("V1", requests=(wish,))], [s], rules=Rules(weights=NO_SOFT))
    solution = solved(p)
    assert pairs(solution) == set() and solution.objective == 3  # the request (3) is cheaper than 5
    costs = validate(p, [on("V1", s)])
    assert [(v.rule, v.penalty) for v in costs] == [("cover_target", 5)]


def test_blocks_explain_unfilled_seats():
    shifts = week_of_shifts(range(3))
    p = problem([vol("V1", max_consecutive_days=2)], shifts, days=3)
    solution = solved(p)
    assert len(solution.unfilled) == 1
    assert any("in a row" in reason for reason in solution.unfilled[0].reasons)
    assert solution.unfilled[0].shift in {s.id for s in shifts}


# --- end to end: the workspace extension through the bridge ------------------------------------
def extended_workspace() -> dict:
    week = [1, 2, 3, 4, 5, 6, 7]
    limits = {"max_consecutive_days": 3, "min_consecutive_days": 2, "min_consecutive_days_off": 2,
              "max_weekends_per_month": 2, "min_minutes_per_month": 4 * 240, "max_minutes_per_month": 12 * 240,
              "max_per_shift": {"EV": 5}}
    volunteers = [{"code": f"V{i}", "name": f"Tình nguyện viên {i}", "skills": ["senior"] if i < 3 else [],
                   "limits": dict(limits)} for i in range(1, 8)]
    volunteers[0]["requests"] = [{"date": "2026-11-10", "weight": 50, "on": False},
                                 {"date": "2026-11-12", "shift": "AM", "weight": 50, "on": True}]
    return {
        "format": "duty-roster/workspace", "version": 1,
        "holidays": {"country": "VN", "extra_closed": [], "extra_open": []},
        "rules": {"max_shifts_per_day": 1, "forbidden_successions": [["EV", "AM"]],
                  "weights": {"fairness": 1, "preference": 3, "mix": 4, "target_headcount": 2}},
        "skills": [{"code": "senior", "name": "Kinh nghiệm", "mix": True}],
        "units": [], "events": [], "assignments": [],
        "centers": [{"code": "HCC", "name": "Trung tâm", "closed_on_holidays": False,
                     "posts": [{"code": "F1", "name": "Tầng 1", "required_skills": []}],
                     "shift_templates": [
                         {"code": "AM", "name": "Sáng", "start": "07:30", "end": "11:30", "weekdays": week,
                          "demand": {"F1": {"min": 1, "target": 1, "max": 2}}},
                         {"code": "EV", "name": "Tối", "start": "17:00", "end": "21:00", "weekdays": week,
                          "demand": {"F1": {"min": 1, "target": 1, "max": 1}}}]}],
        "volunteers": volunteers,
    }


def test_workspace_extension_end_to_end():
    from models.bridge import problem_from_workspace
    from models.workspace_schema import validate_workspace

    doc = extended_workspace()
    assert validate_workspace(doc) == []
    start, end = dt.date(2026, 11, 1), dt.date(2026, 11, 30)
    p = problem_from_workspace(doc, start, end)
    v1 = next(v for v in p.volunteers if v.code == "V1")
    assert (v1.max_consecutive_days, v1.min_consecutive_days, v1.min_consecutive_days_off) == (3, 2, 2)
    assert v1.max_per_template == {"EV": 5} and len(v1.requests) == 2
    assert p.rules.forbidden_successions == (("EV", "AM"),) and p.rules.mix_skills == {"senior"}
    solution = solve(p, time_limit=4, workers=2)
    assert solution.status in ("optimal", "feasible")
    assert not [v for v in validate(p, solution.assignments) if v.hard]
    assert not solution.unfilled  # seven people can cover every seat within their limits

    # the rules, checked by hand on the assignments
    shifts = {s.id: s for s in p.shifts}
    by_person: dict[str, dict[dt.date, str]] = {}
    for a in solution.assignments:
        s = shifts[a.shift]
        assert s.date not in by_person.setdefault(a.volunteer, {})
        by_person[a.volunteer][s.date] = s.template
    days = [start + dt.timedelta(days=i) for i in range(30)]
    for code, worked in by_person.items():
        pattern = "".join("x" if d in worked else "." for d in days)
        assert "xxxx" not in pattern  # max 3 in a row
        assert ".x." not in pattern  # no inner single working day
        assert "x.x" not in pattern  # no inner single day off
        assert 4 <= len(worked) <= 12  # 240-minute shifts: 960..2880 minutes
        assert sum(1 for t in worked.values() if t == "EV") <= 5
        weekends = {d.isocalendar()[1] for d in worked if d.isoweekday() >= 6}
        assert len(weekends) <= 2
        for d, t in worked.items():
            assert not (t == "EV" and worked.get(d + dt.timedelta(days=1)) == "AM")
    assert dt.date(2026, 11, 10) not in by_person.get("V1", {})
    assert by_person.get("V1", {}).get(dt.date(2026, 11, 12)) == "AM"
