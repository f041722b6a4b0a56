"""Workspace period → scheduler Problem, and a Solution stored back as the roster."""
from __future__ import annotations

import copy
import datetime as dt

import pytest

from models.bridge import load_problem, problem_from_workspace, store_solution
from models.demo import demo_workspace
from models.holidays import closed_days
from models.workspace import export_workspace, import_workspace
from scheduler import Assignment, Solution

NOV = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def test_shifts_follow_templates_weekdays_and_demand():
    problem = problem_from_workspace(demo_workspace(), dt.date(2026, 11, 23), dt.date(2026, 11, 29), center="HCC")
    # Monday–Friday, two templates, three floors
    assert len(problem.shifts) == 5 * 2 * 3
    f2 = next(s for s in problem.shifts if s.id == "HCC/F2/2026-11-25/AM")
    assert (f2.start_min, f2.end_min) == (7 * 60 + 30, 11 * 60 + 30)
    assert f2.required_skills == {"vneid"} and (f2.demand.min, f2.demand.target, f2.demand.max) == (1, 1, 2)
    assert [e.code for e in problem.events] == ["OUT-HCC-1128"]
    # only people who may serve the HCC take part in an HCC-only solve
    assert len(problem.volunteers) == 25 and all(v.centers is None or "HCC" in v.centers for v in problem.volunteers)


def test_public_holidays_close_centers_that_close_on_holidays():
    doc = demo_workspace()
    doc["holidays"]["extra_closed"] = ["2026-12-31"]
    doc["holidays"]["extra_open"] = ["2027-01-01"]
    closed = closed_days(doc["holidays"], dt.date(2026, 12, 25), dt.date(2027, 1, 5))
    assert dt.date(2026, 12, 31) in closed
    assert dt.date(2027, 1, 1) not in closed  # New Year opened by extra_open
    tet = closed_days(doc["holidays"], dt.date(2027, 2, 1), dt.date(2027, 2, 28))
    assert len(tet) >= 4  # Tết Nguyên Đán
    problem = problem_from_workspace(doc, dt.date(2026, 12, 28), dt.date(2027, 1, 3))
    by_code = {c.code: c for c in problem.centers}
    assert dt.date(2026, 12, 31) in by_code["HCC"].closed
    assert by_code["P-HL"].closed == {}  # commune points open every day


def test_a_country_year_of_public_holidays_is_worked_out_once(monkeypatch):
    import holidays

    calls = []
    real = holidays.country_holidays
    monkeypatch.setattr(holidays, "country_holidays", lambda *args, **kwargs: calls.append(args) or real(*args, **kwargs))
    for _ in range(3):  # each board load, results page and printout asks again
        assert dt.date(2031, 9, 2) in closed_days({"country": "VN"}, dt.date(2031, 9, 1), dt.date(2031, 9, 30))
    assert len(calls) <= 2  # one calendar, and its Vietnamese names when the package has them


def test_limits_become_windows_with_what_is_already_served_outside():
    doc = demo_workspace()
    # V003 already served on Monday 23 Nov, outside the solved Wed–Fri period
    doc["assignments"] = [{"volunteer": "V003", "center": "HCC", "post": "F1", "date": "2026-11-23",
                           "shift": "AM", "locked": False}]
    problem = problem_from_workspace(doc, dt.date(2026, 11, 25), dt.date(2026, 11, 27))
    v003 = next(v for v in problem.volunteers if v.code == "V003")
    week = next(w for w in v003.windows if w.rule == "max_per_week")
    assert (week.start, week.end, week.max, week.already) == (dt.date(2026, 11, 23), dt.date(2026, 11, 29), 3, 1)
    month = next(w for w in v003.windows if w.rule == "max_per_month")
    assert month.already == 1 and month.max == 10
    # a monthly minimum is asked only of a solve covering the whole month
    assert not any(w.rule == "min_per_month" for w in v003.windows)
    whole = problem_from_workspace(doc, *NOV)
    assert any(w.rule == "min_per_month" and w.min == 2 for w in next(
        v for v in whole.volunteers if v.code == "V003").windows)
    assert problem.existing == ()
    assert [f.volunteer for f in problem.fixed] == []  # the 23rd is two days before: no rest clash


def test_assignments_in_scope_are_existing_and_locks_kept():
    doc = demo_workspace()
    doc["assignments"] = [
        {"volunteer": "V003", "center": "HCC", "post": "F1", "date": "2026-11-24", "shift": "AM", "locked": True},
        {"volunteer": "PHL-002", "center": "P-HL", "post": "DK", "date": "2026-11-24", "shift": "S1", "locked": False},
    ]
    problem = problem_from_workspace(doc, dt.date(2026, 11, 23), dt.date(2026, 11, 29), center="HCC")
    assert problem.existing == (Assignment("V003", shift="HCC/F1/2026-11-24/AM", locked=True),)
    assert [(f.volunteer, f.date) for f in problem.fixed] == [("PHL-002", dt.date(2026, 11, 24))]


def test_unknown_center_and_reversed_period_are_refused():
    with pytest.raises(ValueError, match="unknown center"):
        problem_from_workspace(demo_workspace(), *NOV, center="XX")
    with pytest.raises(ValueError, match="before it starts"):
        problem_from_workspace(demo_workspace(), NOV[1], NOV[0])


def test_store_solution_replaces_unlocked_keeps_locked_and_audits(sqlite_database):
    doc = demo_workspace()
    doc["assignments"] = [
        {"volunteer": "V003", "center": "HCC", "post": "F1", "date": "2026-11-24", "shift": "AM", "locked": True},
        {"volunteer": "V004", "center": "HCC", "post": "F2", "date": "2026-11-24", "shift": "AM", "locked": False},
        {"volunteer": "V005", "center": "HCC", "post": "F1", "date": "2026-12-01", "shift": "AM", "locked": False},
    ]
    with sqlite_database.session() as session:
        import_workspace(session, copy.deepcopy(doc))
    with sqlite_database.session() as session:
        problem = load_problem(session, dt.date(2026, 11, 23), dt.date(2026, 11, 29), center="HCC")
        solution = Solution("feasible", 0, 0.0, 0.1, (
            Assignment("V003", shift="HCC/F1/2026-11-24/AM", locked=True),
            Assignment("V007", shift="HCC/F3/2026-11-25/PM"),
            Assignment("V008", event="OUT-HCC-1128"),
        ))
        counts = store_solution(session, problem, solution, actor="tester")
    assert counts == {"added": 2, "removed": 1, "kept": 1}
    with sqlite_database.session() as session:
        after = export_workspace(session)
        from models.entities import AuditEntry
        audit = session.query(AuditEntry).filter_by(action="solve").one()
    entries = after["assignments"]
    assert {"volunteer": "V004", "center": "HCC", "post": "F2", "date": "2026-11-24", "shift": "AM",
            "locked": False} not in entries
    assert {"volunteer": "V005", "center": "HCC", "post": "F1", "date": "2026-12-01", "shift": "AM",
            "locked": False} in entries  # outside the period: untouched
    assert {"volunteer": "V008", "event": "OUT-HCC-1128", "locked": False} in entries
    assert audit.actor == "tester" and audit.detail["added"] == 2
