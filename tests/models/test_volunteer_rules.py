"""The rostering extensions through the data layer: limits, caps per shift, dated requests,
forbidden successions, skills and units — checked like the workspace validator, and stored
so that an unchanged value round-trips exactly."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from models import repository as r
from models import volunteer_rules as rules
from models.db import open_database
from models.workspace import export_workspace, import_workspace

EXAMPLE = Path(__file__).with_name("example_workspace.json")


def workspace() -> dict:
    doc = json.loads(EXAMPLE.read_text(encoding="utf-8"))
    doc["volunteers"][0]["limits"] = {
        "max_consecutive_days": 3, "max_per_week": 3, "max_per_month": 10, "min_per_month": 2,
        "min_minutes_per_month": 0, "max_weekends_per_month": None, "max_per_shift": {"AM": 4}}
    doc["volunteers"][0]["requests"] = [{"date": "2026-11-27", "weight": 5, "on": False},
                                        {"date": "2026-11-28", "shift": None, "weight": 3, "on": True}]
    doc["rules"]["forbidden_successions"] = [["AM", "AM"]]
    return doc


@pytest.fixture
def db(database_url):
    database = open_database(database_url)
    with database.session() as session:
        import_workspace(session, workspace())
    yield database
    database.dispose()


def export(db) -> dict:
    with db.session() as s:
        return export_workspace(s)


def test_unchanged_forms_round_trip_exactly(db):
    before = json.dumps(export(db), ensure_ascii=False)
    volunteer_id = r.list_volunteers(db)[0].id
    form = r.get_availability(db, volunteer_id)
    assert form.work_limits.max_consecutive_days == 3 and form.work_limits.min_minutes_per_month is None
    assert form.work_limits.max_per_shift == {"AM": 4}
    assert form.requests == (rules.ShiftRequest(dt.date(2026, 11, 27), 5, False),
                             rules.ShiftRequest(dt.date(2026, 11, 28), 3, True))
    r.save_availability(db, form)
    r.save_settings(db, r.get_settings(db))
    assert json.dumps(export(db), ensure_ascii=False) == before  # order and nulls kept too


def test_limits_and_requests_saved_and_checked(db):
    volunteer_id = r.list_volunteers(db)[0].id
    form = r.get_availability(db, volunteer_id)
    limits = dataclasses.replace(form.work_limits, min_consecutive_days=2, max_weekends_per_month=0,
                                 min_minutes_per_month=1200, max_minutes_per_month=2400, max_per_shift={})
    wishes = (*form.requests[:1], rules.ShiftRequest(dt.date(2026, 12, 1), 2, True, "AM"))
    r.save_availability(db, dataclasses.replace(form, work_limits=limits, requests=wishes))
    entry = export(db)["volunteers"][0]
    assert entry["limits"] == {"max_consecutive_days": 3, "max_per_week": 3, "max_per_month": 10,
                               "min_per_month": 2, "min_minutes_per_month": 1200, "min_consecutive_days": 2,
                               "max_weekends_per_month": 0, "max_minutes_per_month": 2400}
    assert entry["requests"] == [{"date": "2026-11-27", "weight": 5, "on": False},
                                 {"date": "2026-12-01", "shift": "AM", "weight": 2, "on": True}]
    form = r.get_availability(db, volunteer_id)
    bad = dataclasses.replace(form.work_limits, min_consecutive_days=5, max_minutes_per_month=600,
                              max_per_shift={"XX": 1})
    with pytest.raises(r.ValidationFailed) as failure:
        r.save_availability(db, dataclasses.replace(
            form, work_limits=bad, requests=(rules.ShiftRequest(dt.date(2026, 12, 1), 0, True, "PM"),)))
    assert set(failure.value.by_field()) == {"min_consecutive_days", "min_minutes_per_month", "max_per_shift",
                                             "requests"}
    assert r.get_availability(db, volunteer_id) == form  # nothing written


def test_forbidden_successions_saved_and_unknown_codes_refused(db):
    form = r.get_settings(db)
    assert form.forbidden_successions == (("AM", "AM"),)
    r.save_settings(db, dataclasses.replace(form, forbidden_successions=()))
    assert export(db)["rules"]["forbidden_successions"] == []
    form = r.get_settings(db)
    with pytest.raises(r.ValidationFailed) as failure:
        r.save_settings(db, dataclasses.replace(form, forbidden_successions=(("AM", "EV"),)))
    assert failure.value.errors[0].field == "forbidden_successions"


def test_skills_and_units_add_rename_and_delete_only_unused(db):
    r.save_skills(db, [r.SkillRow("senior", "Kinh nghiệm", mix=True)])
    rows = {k.code: k for k in r.list_skill_rows(db)}
    assert rows["senior"].mix and not rows["senior"].used and rows["vneid"].volunteers == 1
    r.save_skills(db, [dataclasses.replace(rows["vneid"], name="VNeID", mix=True)])
    with pytest.raises(r.ValidationFailed) as failure:
        r.delete_skill(db, rows["vneid"].id, None)
    assert "vneid" in failure.value.errors[0].text()
    r.delete_skill(db, rows["senior"].id, rows["senior"].version)
    assert export(db)["skills"] == [{"code": "vneid", "name": "VNeID", "mix": True}]
    with pytest.raises(r.ValidationFailed):
        r.save_units(db, [r.UnitRow("TD", "again"), r.UnitRow("X 1", "")])
    r.save_units(db, [r.UnitRow("PB", "Phường Bãi Cháy")])
    units = {u.code: u for u in r.list_unit_rows(db)}
    with pytest.raises(r.ValidationFailed):
        r.delete_unit(db, units["TD"].id, units["TD"].version)
    r.delete_unit(db, units["PB"].id, units["PB"].version)
    stale = units["TD"]
    r.save_units(db, [dataclasses.replace(stale, name="Tỉnh đoàn")])
    with pytest.raises(r.ConflictError):
        r.save_units(db, [dataclasses.replace(stale, name="Old")])


def test_renaming_a_unit_deleted_meanwhile_is_refused_and_writes_nothing(db):
    r.save_units(db, [r.UnitRow("PB", "Phường Bãi Cháy")])
    units = {u.code: u for u in r.list_unit_rows(db)}
    r.delete_unit(db, units["PB"].id, units["PB"].version)
    with pytest.raises(r.ConflictError, match="deleted"):
        r.save_units(db, [dataclasses.replace(units["TD"], name="Tỉnh đoàn mới"),
                          dataclasses.replace(units["PB"], name="Bãi Cháy")])
    assert {u.code: u.name for u in r.list_unit_rows(db)} == {"TD": units["TD"].name}


def test_hours_text():
    assert rules.parse_hours("40") == 2400 and rules.parse_hours("40:30") == 2430
    assert rules.parse_hours("7,5") == 450 and rules.parse_hours(" ") is None
    with pytest.raises(ValueError):
        rules.parse_hours("4O")
    assert rules.hours_text(2430) == "40:30" and rules.hours_text(2400) == "40" and rules.hours_text(None) == ""
