"""The data layer the screens call: plain rows out, validated forms in, one transaction per
save, and a stale form refused instead of overwriting someone else's save."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from models import entities as e
from models import repository as r
from models.db import open_database
from models.workspace import export_workspace, import_workspace

EXAMPLE = Path(__file__).with_name("example_workspace.json")


@pytest.fixture
def db(database_url):
    """The example workspace, on SQLite and on PostgreSQL (shared databases use the same screens)."""
    database = open_database(database_url)
    with database.session() as session:
        import_workspace(session, json.loads(EXAMPLE.read_text(encoding="utf-8")))
    yield database
    database.dispose()


def add(db, code, name, **fields) -> int:
    return r.save_volunteer(db, r.VolunteerForm(code=code, name=name, **fields))


def test_search_ignores_diacritics_and_case(db):
    add(db, "V002", "Trần Văn Bình", phone="0912 345 679")
    rows = r.list_volunteers(db)
    assert [v.code for v in r.filter_volunteers(rows, "nguyen thi thang")] == ["V001"]
    assert [v.code for v in r.filter_volunteers(rows, "BINH tran")] == ["V002"]
    assert [v.code for v in r.filter_volunteers(rows, "", role="youth", unit="TD")] == ["V001"]
    assert [v.code for v in r.filter_volunteers(rows, "", center="HCC")] == ["V001"]


def test_volunteers_sort_by_given_name(db):
    for code, name in (("V2", "Lê Văn Bình"), ("V3", "Trần Thị Ánh"), ("V4", "Nguyễn Anh")):
        add(db, code, name)
    names = [v.name for v in r.sort_volunteers(r.list_volunteers(db))]
    assert names == ["Nguyễn Anh", "Trần Thị Ánh", "Lê Văn Bình", "Nguyễn Thị Thắng"]


def test_save_reports_every_bad_field_and_writes_nothing(db):
    with pytest.raises(r.ValidationFailed) as failure:
        r.save_volunteer(db, r.VolunteerForm(code="V 9", name=" ", phone="12", email="x@"))
    assert set(failure.value.by_field()) == {"code", "name", "phone", "email"}
    with pytest.raises(r.ValidationFailed) as failure:
        add(db, "V001", "Someone")
    assert failure.value.errors[0].field == "code"
    assert len(r.list_volunteers(db)) == 1


def test_stale_edit_is_refused_not_overwritten(db):
    volunteer_id = r.list_volunteers(db)[0].id
    mine = r.get_volunteer(db, volunteer_id)
    theirs = r.get_volunteer(db, volunteer_id)
    r.save_volunteer(db, dataclasses.replace(theirs, phone="0988888888"))
    with pytest.raises(r.ConflictError):
        r.save_volunteer(db, dataclasses.replace(mine, name="Nguyễn Thị Thắm"))
    saved = r.get_volunteer(db, volunteer_id)
    assert (saved.name, saved.phone) == ("Nguyễn Thị Thắng", "0988888888")


def test_deactivate_keeps_history(db):
    row = r.list_volunteers(db)[0]
    assert row.has_history
    r.set_volunteer_active(db, row.id, row.version, False)
    assert not r.list_volunteers(db)[0].active
    with db.session() as s:
        assert s.query(e.Assignment).count() == 2


def test_availability_round_trip_and_limits_checked(db):
    volunteer_id = r.list_volunteers(db)[0].id
    form = r.get_availability(db, volunteer_id)
    assert form.weekly[3] == ("*",) and form.max_per_week == 3
    changed = dataclasses.replace(form, weekly={1: ("AM",), 2: ("AM",)}, max_per_week=2,
                                  leave=(r.LeaveRange(dt.date(2026, 12, 1), dt.date(2026, 12, 3), "Ốm"),))
    r.save_availability(db, changed)
    again = r.get_availability(db, volunteer_id)
    assert again.weekly == {1: ("AM",), 2: ("AM",)} and again.max_per_week == 2
    assert again.leave[0].reason == "Ốm" and again.version == form.version + 1
    with pytest.raises(r.ValidationFailed) as failure:
        r.save_availability(db, dataclasses.replace(again, min_per_month=20, max_per_month=5))
    assert failure.value.errors[0].field == "min_per_month"


def test_preferences_and_avoidances_saved_sorted_and_left_out_when_cleared(db):
    volunteer_id = r.list_volunteers(db)[0].id
    form = r.get_availability(db, volunteer_id)
    r.save_availability(db, dataclasses.replace(form, prefer_weekdays=(5, 2), prefer_posts=("F1",),
                                                avoid_weekdays=(7, 1)))
    saved = r.get_availability(db, volunteer_id)
    assert (saved.prefer_weekdays, saved.prefer_posts, saved.avoid_weekdays) == ((2, 5), ("F1",), (1, 7))
    r.save_availability(db, dataclasses.replace(saved, prefer_weekdays=(), prefer_posts=(), avoid_weekdays=()))
    code = r.get_volunteer(db, volunteer_id).code
    with db.session() as s:
        stored = next(v for v in export_workspace(s)["volunteers"] if v["code"] == code)
    assert "prefers" not in stored and "avoids" not in stored


def test_center_save_with_posts_templates_and_demand(db):
    center = r.get_center(db, r.list_centers(db)[0].id)
    template = dataclasses.replace(center.templates[0], code="PM", name="Chiều", start="13:30", end="17:00",
                                   demand={"F1": r.DemandForm(1, 1, 2)})
    r.save_center(db, dataclasses.replace(center, templates=(*center.templates, template)))
    saved = r.get_center(db, center.id)
    assert [t.code for t in saved.templates] == ["AM", "PM"]
    assert saved.templates[1].demand == {"F1": r.DemandForm(1, 1, 2)}
    bad = dataclasses.replace(template, end="12:00", demand={"F1": r.DemandForm(3, 1, 2)})
    with pytest.raises(r.ValidationFailed) as failure:
        r.save_center(db, dataclasses.replace(saved, templates=(saved.templates[0], bad)))
    assert {e.field for e in failure.value.errors} == {"templates[1].end", "templates[1].demand.F1"}


def test_holidays_listed_and_overrides_saved(db):
    names = dict(r.public_holidays("VN", 2026))
    assert names[dt.date(2026, 9, 2)] == "Quốc khánh"
    settings = r.get_holiday_settings(db)
    r.save_holiday_settings(db, dataclasses.replace(settings, extra_open=(dt.date(2026, 9, 1),)))
    assert r.get_holiday_settings(db).extra_open == (dt.date(2026, 9, 1),)


def test_event_validation_and_delete_rules(db):
    event = r.get_event(db, r.list_events(db)[0].id)
    with pytest.raises(r.ValidationFailed) as failure:
        r.save_event(db, dataclasses.replace(event, end="07:00", team_min=9))
    assert {e.field for e in failure.value.errors} >= {"end", "team_min"}
    with pytest.raises(r.ValidationFailed):  # someone is assigned: the event keeps its history
        r.delete_event(db, event.id, event.version)
    new_id = r.save_event(db, dataclasses.replace(event, id=None, version=None, code="OUT-2",
                                                  requirements=(r.RequirementForm(1, skill="vneid"),)))
    r.delete_event(db, new_id, r.get_event(db, new_id).version)
    assert [x.code for x in r.list_events(db)] == ["OUT-1128"]


def test_deleting_an_event_another_coordinator_deleted_is_a_conflict(db):
    new_id = r.save_event(db, dataclasses.replace(r.get_event(db, r.list_events(db)[0].id), id=None, version=None,
                                                  code="OUT-2"))
    version = r.get_event(db, new_id).version
    r.delete_event(db, new_id, version)
    with pytest.raises(r.ConflictError, match="deleted"):
        r.delete_event(db, new_id, version)


def test_an_event_rule_naming_an_unknown_skill_is_refused_not_saved_empty(db):
    event = r.get_event(db, r.list_events(db)[0].id)
    with pytest.raises(r.ValidationFailed) as failure:  # e.g. the skill was deleted meanwhile
        r.save_event(db, dataclasses.replace(event, requirements=(r.RequirementForm(1, skill="gone"),)))
    assert [(x.field, x.params) for x in failure.value.errors] == [("requirements", {"code": "gone"})]
    assert r.get_event(db, event.id) == event


def test_results_totals_and_counts(db):
    rows = r.list_shift_results(db, "HCC", dt.date(2026, 11, 23), dt.date(2026, 11, 27))
    entered = next(x for x in rows if x.version is not None)
    assert entered.dossiers_supported == 12
    fresh = next(x for x in rows if x.version is None)
    r.save_shift_results(db, [dataclasses.replace(fresh, dossiers_supported=8, citizens_guided=30)])
    months = {t.period: t for t in r.result_totals(db, 2026)}
    assert months["2026-11"].dossiers_supported == 20 and months["2026-11"].shifts == 2
    assert len(months) == 12
    with pytest.raises(r.ConflictError):  # someone entered it meanwhile
        r.save_shift_results(db, [fresh])
    counts = {c.code: c for c in r.volunteer_counts(db, dt.date(2026, 11, 1), dt.date(2026, 11, 30))}
    assert (counts["V001"].shifts, counts["V001"].events) == (1, 1)


def test_a_result_of_a_shift_removed_meanwhile_is_refused(db):
    (row,) = [x for x in r.list_shift_results(db, "HCC", dt.date(2026, 11, 26), dt.date(2026, 11, 26))]
    center = r.get_center(db, r.list_centers(db)[0].id)
    r.save_center(db, dataclasses.replace(center, templates=tuple(t for t in center.templates if t.code != row.shift)))
    with pytest.raises(r.ConflictError, match="removed"):
        r.save_shift_results(db, [dataclasses.replace(row, citizens_guided=5)])


def test_results_leave_out_the_days_the_center_is_closed(db):
    day = dt.date(2026, 11, 26)
    assert {x.date for x in r.list_shift_results(db, "HCC", day, day)} == {day}
    settings = r.get_holiday_settings(db)
    r.save_holiday_settings(db, dataclasses.replace(settings, extra_closed=(day,)))
    assert r.list_shift_results(db, "HCC", day, day) == []


def test_settings_round_trip(db):
    form = r.get_settings(db)
    assert form.targets == {"dossiers_supported_per_year": 4000}
    r.save_settings(db, dataclasses.replace(form, organisation={**form.organisation, "signer_name": "Lê Thị Hoa"},
                                            weights={**form.weights, "fairness": 15}))
    saved = r.get_settings(db)
    assert saved.organisation["signer_name"] == "Lê Thị Hoa" and saved.weights["fairness"] == 15
    with pytest.raises(r.ConflictError):
        r.save_settings(db, form)
