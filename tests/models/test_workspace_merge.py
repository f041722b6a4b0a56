"""`import --merge`: a file laid over the stored workspace by code, field by field, objects key
by key; an unchanged export merges as a no-op; nothing stored is dropped."""
from __future__ import annotations

import copy

import pytest
from sqlalchemy import select

from models import entities as e
from models.workspace import WorkspaceInvalid, dumps, export_workspace, import_workspace
from tests.models.test_workspace import rich_workspace

HEAD = {"format": "duty-roster/workspace", "version": 1}


def stored_workspace() -> dict:
    doc = rich_workspace()
    doc["holidays"]["extra_closed"] = ["2026-12-31"]
    doc["rules"]["forbidden_successions"] = [["PM", "AM"]]
    doc["rules"]["min_rest_hours"] = 11
    doc["volunteers"][1]["requests"] = [{"date": "2026-11-27", "weight": 5, "on": False}]
    doc["volunteers"][2]["weekly"] = {"1": ["AM"], "3": ["*"]}
    return doc


@pytest.fixture
def stored(database):
    with database.session() as session:
        import_workspace(session, stored_workspace())
    return database


def export(database) -> dict:
    with database.session() as session:
        return export_workspace(session)


def merge(database, patch: dict) -> None:
    with database.session() as session:
        import_workspace(session, {**HEAD, **patch}, merge=True)


def row_versions(database) -> dict:
    """The optimistic-locking version of every row that has one: unchanged rows keep it."""
    versions = {}
    with database.session() as session:
        for model in (e.Settings, e.Skill, e.Unit, e.Center, e.Post, e.ShiftTemplate, e.Demand, e.Event,
                      e.Volunteer, e.Assignment, e.ShiftResult):
            for row_id, version in session.execute(select(model.id, model.version)):
                versions[(model.__name__, row_id)] = version
    return versions


def test_merging_the_own_export_changes_nothing(stored):
    first = export(stored)
    versions = row_versions(stored)
    merge(stored, first)
    assert dumps(export(stored)) == dumps(first)
    assert row_versions(stored) == versions


def test_partial_rules_keep_the_other_keys(stored):
    merge(stored, {"rules": {"weights": {"fairness": 1}}})
    rules = export(stored)["rules"]
    assert rules == {"max_shifts_per_day": 1, "min_rest_hours": 11, "forbidden_successions": [["PM", "AM"]],
                     "weights": {"fairness": 1, "preference": 3, "stability": 20, "target_headcount": 2}}


def test_skill_and_unit_update_the_fields_given(stored):
    merge(stored, {"skills": [{"code": "kinh_nghiem", "name": "Có kinh nghiệm"}],
                   "units": [{"code": "TD", "name": "Tỉnh đoàn"}, {"code": "NEW", "name": "Đơn vị mới"}]})
    after = export(stored)
    assert {"code": "kinh_nghiem", "name": "Có kinh nghiệm", "mix": True} in after["skills"]
    assert {"code": "TD", "name": "Tỉnh đoàn"} in after["units"] and {"code": "NEW", "name": "Đơn vị mới"} in after["units"]
    assert len(after["skills"]) == 4


def test_center_post_template_and_demand_merge_by_code(stored):
    before = export(stored)["centers"][0]
    merge(stored, {"centers": [{"code": "HCC", "name": "HCC mới",
                                "posts": [{"code": "F4", "name": "Tầng 4"}, {"code": "F2", "name": "Tầng hai"}],
                                "shift_templates": [{"code": "AM", "end": "12:00",
                                                     "demand": {"F4": {"min": 0, "target": 1, "max": 1}}}]}]})
    after = export(stored)["centers"][0]
    assert after["name"] == "HCC mới" and after["level"] == before["level"]
    assert [p["code"] for p in after["posts"]] == [p["code"] for p in before["posts"]] + ["F4"]
    assert next(p for p in after["posts"] if p["code"] == "F2")["name"] == "Tầng hai"
    morning = next(t for t in after["shift_templates"] if t["code"] == "AM")
    old_morning = next(t for t in before["shift_templates"] if t["code"] == "AM")
    assert morning["end"] == "12:00" and morning["start"] == old_morning["start"]
    assert morning["demand"] == {**old_morning["demand"], "F4": {"min": 0, "target": 1, "max": 1}}
    assert [t["code"] for t in after["shift_templates"]] == [t["code"] for t in before["shift_templates"]]


def test_event_updates_the_fields_given(stored):
    before = next(ev for ev in export(stored)["events"] if ev["code"] == "OUT-HCC-1128")
    merge(stored, {"events": [{"code": "OUT-HCC-1128", "location": "Nhà văn hóa khu 3"}]})
    after = next(ev for ev in export(stored)["events"] if ev["code"] == "OUT-HCC-1128")
    assert after == {**before, "location": "Nhà văn hóa khu 3"}


def test_volunteer_fields_given_change_and_lists_given_replace(stored):
    before = {v["code"]: v for v in export(stored)["volunteers"]}
    merge(stored, {"volunteers": [{"code": "V002", "phone": "0900000000"},
                                  {"code": "V003", "skills": ["dvc"], "weekly": {"2": ["PM"]}}]})
    after = {v["code"]: v for v in export(stored)["volunteers"]}
    assert after["V002"] == {**before["V002"], "phone": "0900000000"}
    assert after["V002"]["requests"] == [{"date": "2026-11-27", "weight": 5, "on": False}]
    assert after["V003"] == {**before["V003"], "skills": ["dvc"], "weekly": {"2": ["PM"]}}
    assert len(after) == len(before)


def test_holidays_and_organisation_merge_key_by_key(stored):
    merge(stored, {"holidays": {"extra_closed": ["2026-12-30"], "extra_open": ["2026-12-31"]},
                   "organisation": {"targets": {"citizens_guided_per_year": 25000}}})
    after = export(stored)
    assert after["holidays"] == {"country": "VN", "extra_closed": ["2026-12-30"], "extra_open": ["2026-12-31"]}
    assert after["organisation"]["name"] == "Tỉnh đoàn Quảng Ninh"
    assert after["organisation"]["targets"] == {"dossiers_supported_per_year": 4000, "citizens_guided_per_year": 25000,
                                                "vneid_activated_per_year": 3000}
    merge(stored, {"holidays": {"extra_closed": ["2027-01-02"]}})
    assert export(stored)["holidays"]["extra_closed"] == ["2026-12-30", "2027-01-02"]


def test_assignments_and_results_match_by_natural_key(stored):
    before = export(stored)
    merge(stored, {
        "assignments": [{"volunteer": "V003", "center": "HCC", "post": "F1", "date": "2026-11-24", "shift": "AM",
                         "locked": False},
                        {"volunteer": "V007", "event": "OUT-HCC-1128"}],
        "results": [{"center": "HCC", "date": "2026-11-24", "shift": "AM", "note": "Mưa"}],
    })
    after = export(stored)
    assert len(after["assignments"]) == len(before["assignments"]) + 1
    assert {"volunteer": "V003", "center": "HCC", "post": "F1", "date": "2026-11-24", "shift": "AM",
            "locked": False} in after["assignments"]
    assert {"volunteer": "V007", "event": "OUT-HCC-1128", "locked": False} in after["assignments"]
    assert after["results"] == [{**before["results"][0], "note": "Mưa"}]


def test_a_merge_adds_new_entities_of_every_kind(database):
    with database.session() as session:
        import_workspace(session, stored_workspace())
    # only an event: the stored centers and skills are read while the new event is filled in
    merge(database, {"events": [{"code": "OUT-HCC-1205", "name": "Một mình", "date": "2026-12-05", "start": "07:30",
                                 "end": "11:30", "center": "HCC", "team": {"min": 1, "max": 2},
                                 "requirements": [{"skill": "vneid", "min": 1}]}]})
    merge(database, {
        "events": [{"code": "OUT-NEW", "name": "Sự kiện mới", "date": "2026-11-21", "start": "07:30",
                    "end": "11:30", "center": "P-NEW", "team": {"min": 1, "max": 2},
                    "requirements": [{"skill": "new", "min": 1}]}],
        "volunteers": [{"code": "V-NEW", "name": "Người mới", "unit": "U-NEW", "skills": ["new"],
                        "home_center": "P-NEW", "weekly": {"6": ["*"]}}],
        "centers": [{"code": "P-NEW", "name": "Điểm mới", "posts": [{"code": "DK", "name": "Bàn", "required_skills": ["new"]}],
                     "shift_templates": [{"code": "S1", "name": "Ca 1", "start": "08:00", "end": "12:00",
                                          "weekdays": [6], "demand": {"DK": {"min": 1}}}]}],
        "skills": [{"code": "new", "name": "Kỹ năng mới"}],
        "units": [{"code": "U-NEW", "name": "Đơn vị mới"}],
        "assignments": [{"volunteer": "V-NEW", "center": "P-NEW", "post": "DK", "date": "2026-11-21", "shift": "S1"},
                        {"volunteer": "V-NEW", "event": "OUT-NEW", "locked": True}],
        "results": [{"center": "P-NEW", "date": "2026-11-21", "shift": "S1", "citizens_guided": 3}],
    })
    after = export(database)
    assert next(ev for ev in after["events"] if ev["code"] == "OUT-HCC-1205")["center"] == "HCC"
    assert next(ev for ev in after["events"] if ev["code"] == "OUT-NEW")["requirements"] == [{"skill": "new", "min": 1}]
    assert next(v for v in after["volunteers"] if v["code"] == "V-NEW")["weekly"] == {"6": ["*"]}
    assert next(c for c in after["centers"] if c["code"] == "P-NEW")["shift_templates"][0]["demand"] == \
        {"DK": {"min": 1, "target": 1, "max": 1}}
    assert {"volunteer": "V-NEW", "event": "OUT-NEW", "locked": True} in after["assignments"]
    assert any(r["center"] == "P-NEW" and r["citizens_guided"] == 3 for r in after["results"])


def test_a_merge_that_breaks_stored_data_names_it_and_writes_nothing(stored):
    before = export(stored)
    with pytest.raises(WorkspaceInvalid) as caught:
        merge(stored, {"centers": [{"code": "HCC", "shift_templates": [{"code": "AM", "weekdays": [6]}]}],
                       "volunteers": [{"code": "V999", "role": "youth"}]})
    messages = [str(error) for error in caught.value.errors]
    assert "volunteers[0].name: is required" in messages
    assert any(m.startswith("assignments[stored shift V003 HCC F1 2026-11-24 AM].date: shift 'AM'") for m in messages)
    assert export(stored) == before


def test_errors_in_stored_posts_and_templates_name_them(stored):
    with pytest.raises(WorkspaceInvalid) as caught:
        merge(stored, {"centers": [{"code": "HCC", "posts": [{"code": "f1", "name": "Tầng một"}],
                                    "shift_templates": [{"code": "AM", "weekdays": [1, 2]},
                                                        {"code": "pm", "name": "Chiều", "start": "13:00",
                                                         "end": "17:00", "weekdays": [1]}]}]})
    messages = [str(error) for error in caught.value.errors]
    assert "centers[0].posts[stored 'F1'].code: duplicate post code 'F1' (same as 'f1' when case, Unicode form " \
           "and invisible characters are ignored) (first at centers[0].posts[0])" in messages, messages
    assert any(m.startswith("centers[0].shift_templates[stored 'PM'].code: duplicate shift template code")
               for m in messages), messages


def test_codes_equal_apart_from_case_form_or_invisible_characters_are_duplicates(stored):
    before = export(stored)
    for code in ("hcc", "HCC\u200b", "P-HL\ufeff"):
        with pytest.raises(WorkspaceInvalid, match="duplicate center code|must not contain"):
            merge(stored, {"centers": [{"code": code, "name": "Trùng mã"}]})
    merge(stored, {"skills": [{"code": "ke\u0302\u0301", "name": "NFD"}]})  # stored as NFC "kế"
    with pytest.raises(WorkspaceInvalid, match="duplicate skill code"):
        merge(stored, {"skills": [{"code": "KẾ", "name": "Hoa"}]})
    assert [s["code"] for s in export(stored)["skills"] if s["code"] not in [x["code"] for x in before["skills"]]] \
        == ["k\u1ebf"]


def test_merge_of_a_file_with_nothing_but_the_head_changes_nothing(stored):
    before, versions = export(stored), row_versions(stored)
    merge(stored, {})
    assert export(stored) == before and row_versions(stored) == versions


def test_replace_import_of_a_merged_export_gives_the_same_workspace(stored, database_url):
    merge(stored, {"volunteers": [{"code": "V900", "name": "Đỗ Minh Châu", "home_center": "P-HL"}]})
    doc = export(stored)
    with stored.session() as session:
        import_workspace(session, copy.deepcopy(doc))
    assert export(stored) == doc
