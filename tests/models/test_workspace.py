"""Workspace files in and out of the database, on SQLite and PostgreSQL."""
from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from models.demo import demo_workspace
from models.workspace import WorkspaceInvalid, export_workspace, import_workspace, read_workspace_file

EXAMPLE = Path(__file__).with_name("example_workspace.json")


def rich_workspace() -> dict:
    """The demo plus a roster with locks, event assignments and results."""
    doc = demo_workspace()
    doc["assignments"] = [
        {"volunteer": "V003", "center": "HCC", "post": "F1", "date": "2026-11-24", "shift": "AM", "locked": True},
        {"volunteer": "V004", "center": "HCC", "post": "F1", "date": "2026-11-24", "shift": "PM", "locked": False},
        {"volunteer": "V005", "event": "OUT-HCC-1128", "locked": False},
        {"volunteer": "V006", "event": "OUT-HCC-1128", "locked": True},
    ]
    doc["results"] = [
        {"center": "HCC", "date": "2026-11-24", "shift": "AM", "citizens_guided": 41, "dossiers_supported": 12,
         "vneid_activated": 7, "note": "Đông người làm căn cước"},
    ]
    return doc


def export(database) -> dict:
    with database.session() as session:
        return export_workspace(session)


def load(database, doc, **kwargs):
    with database.session() as session:
        return import_workspace(session, doc, **kwargs)


def test_round_trip_is_identical(database):
    doc = rich_workspace()
    load(database, doc)
    first = export(database)
    load(database, first)
    second = export(database)
    assert json.dumps(first, ensure_ascii=False) == json.dumps(second, ensure_ascii=False)
    assert len(first["volunteers"]) == 49
    assert {"volunteer": "V003", "center": "HCC", "post": "F1", "date": "2026-11-24", "shift": "AM",
            "locked": True} in first["assignments"]
    assert first["results"][0]["note"] == "Đông người làm căn cước"
    leave = [v for v in first["volunteers"] if v["unavailable"]]
    assert leave and all(v["unavailable"][0]["reason"] for v in leave)


def test_format_example_comes_back_as_written(database):
    doc = read_workspace_file(EXAMPLE)
    load(database, doc)
    assert export(database) == doc


def test_replace_mode_removes_what_the_file_does_not_have(database):
    load(database, rich_workspace())
    small = read_workspace_file(EXAMPLE)
    load(database, small)
    after = export(database)
    assert [v["code"] for v in after["volunteers"]] == ["V001"]
    assert [c["code"] for c in after["centers"]] == ["HCC"]


def test_merge_updates_by_code_and_adds(database):
    load(database, rich_workspace())
    patch = {
        "format": "duty-roster/workspace", "version": 1,
        "volunteers": [
            {"code": "V001", "name": "Nguyễn Thị Thắng", "unit": "TD", "role": "leader", "skills": ["vneid"],
             "home_center": "HCC"},
            {"code": "V900", "name": "Đỗ Minh Châu", "role": "youth", "skills": ["dvc"], "home_center": "P-HL"},
        ],
        "assignments": [{"volunteer": "V900", "center": "P-HL", "post": "DK", "date": "2026-11-29",
                         "shift": "S1", "locked": True}],
    }
    load(database, patch, merge=True)
    after = export(database)
    by_code = {v["code"]: v for v in after["volunteers"]}
    assert by_code["V001"]["name"] == "Nguyễn Thị Thắng" and by_code["V001"]["role"] == "leader"
    assert by_code["V900"]["home_center"] == "P-HL"
    assert len(after["volunteers"]) == 50
    assert len(after["assignments"]) == 5  # the four earlier ones are kept
    assert len(after["centers"]) == 3 and after["organisation"]["place"] == "Quảng Ninh"


def test_merge_may_refer_to_rows_already_in_the_database(database):
    load(database, rich_workspace())
    patch = {"format": "duty-roster/workspace", "version": 1,
             "assignments": [{"volunteer": "V010", "event": "OUT-HCC-1212", "locked": False}]}
    load(database, patch, merge=True)
    assert {"volunteer": "V010", "event": "OUT-HCC-1212", "locked": False} in export(database)["assignments"]


def _set(path: list, value):
    def mutate(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return mutate


def _delete(path: list):
    def mutate(doc):
        target = doc
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]
    return mutate


def _append(path: list, value):
    def mutate(doc):
        target = doc
        for key in path:
            target = target[key]
        target.append(copy.deepcopy(value))
    return mutate


BROKEN = [
    ("wrong format tag", _set(["format"], "roster"), "format"),
    ("unsupported version", _set(["version"], 2), "version"),
    ("typo in a key", _set(["volunteers", 3, "unvailable"], []), "volunteers[3].unvailable"),
    ("unknown top-level key", _set(["volunteer"], []), "volunteer"),
    ("bad date", _set(["volunteers", 0, "unavailable"], [{"from": "2026-13-01", "to": "2026-12-02"}]),
     "volunteers[0].unavailable[0].from"),
    ("impossible date", _set(["events", 0, "date"], "2026-02-30"), "events[0].date"),
    ("leave ends before it starts", _set(["volunteers", 1, "unavailable"], [{"from": "2026-12-05", "to": "2026-12-01"}]),
     "volunteers[1].unavailable[0].to"),
    ("bad time", _set(["centers", 0, "shift_templates", 0, "start"], "7:30"), "centers[0].shift_templates[0].start"),
    ("shift ends before it starts", _set(["centers", 0, "shift_templates", 0, "end"], "06:00"),
     "centers[0].shift_templates[0].end"),
    ("weekday out of range", _set(["centers", 0, "shift_templates", 0, "weekdays"], [1, 2, 8]),
     "centers[0].shift_templates[0].weekdays[2]"),
    ("weekly weekday out of range", _set(["volunteers", 2, "weekly"], {"0": ["*"]}), "volunteers[2].weekly.0"),
    ("min greater than max", _set(["centers", 0, "shift_templates", 0, "demand", "F1"], {"min": 3, "target": 2, "max": 2}),
     "centers[0].shift_templates[0].demand.F1"),
    ("target above max", _set(["centers", 0, "shift_templates", 0, "demand", "F1"], {"min": 1, "target": 3, "max": 2}),
     "centers[0].shift_templates[0].demand.F1"),
    ("team min above max", _set(["events", 0, "team"], {"min": 7, "max": 6}), "events[0].team"),
    ("duplicate volunteer code", _set(["volunteers", 5, "code"], "V001"), "volunteers[5].code"),
    ("duplicate post code", _set(["centers", 0, "posts", 1, "code"], "F1"), "centers[0].posts[1].code"),
    ("unknown skill", _set(["volunteers", 0, "skills"], ["lai_xe"]), "volunteers[0].skills[0]"),
    ("unknown unit", _set(["volunteers", 0, "unit"], "XYZ"), "volunteers[0].unit"),
    ("unknown post in demand", _set(["centers", 0, "shift_templates", 0, "demand", "F9"], {"min": 1, "target": 1, "max": 1}),
     "centers[0].shift_templates[0].demand.F9"),
    ("unknown volunteer in assignment", _append(["assignments"], {"volunteer": "V999", "event": "OUT-HCC-1128"}),
     "assignments[4].volunteer"),
    ("unknown template in assignment", _append(["assignments"], {"volunteer": "V001", "center": "HCC", "post": "F1",
                                                                  "date": "2026-11-24", "shift": "NIGHT"}),
     "assignments[4].shift"),
    ("unknown center", _set(["volunteers", 0, "home_center"], "HN"), "volunteers[0].home_center"),
    ("unknown role", _set(["volunteers", 0, "role"], "boss"), "volunteers[0].role"),
    ("wrong type", _set(["volunteers", 0, "limits"], {"max_per_week": "3"}), "volunteers[0].limits.max_per_week"),
    ("boolean as number", _set(["rules", "max_shifts_per_day"], True), "rules.max_shifts_per_day"),
    ("missing required key", _delete(["volunteers", 0, "name"]), "volunteers[0].name"),
    ("requirement with role and skill", _set(["events", 0, "requirements", 0], {"role": "youth", "skill": "vneid", "min": 1}),
     "events[0].requirements[0]"),
    # what the database columns and the later commands can hold
    ("10^30 headcount", _set(["centers", 0, "shift_templates", 0, "demand", "F1"], {"min": 10**30}),
     "centers[0].shift_templates[0].demand.F1.min"),
    ("2^63 team size", _set(["events", 0, "team"], {"min": 1, "max": 2**63}), "events[0].team.max"),
    ("2^31 result", _set(["results", 0, "citizens_guided"], 2**31), "results[0].citizens_guided"),
    ("weight above a million", _set(["rules", "weights", "fairness"], 10**7), "rules.weights.fairness"),
    ("NaN rest hours", _set(["rules", "min_rest_hours"], float("nan")), "rules.min_rest_hours"),
    ("infinite rest hours", _set(["rules", "min_rest_hours"], float("inf")), "rules.min_rest_hours"),
    ("rest hours above a week", _set(["rules", "min_rest_hours"], 169), "rules.min_rest_hours"),
    ("name longer than its column", _set(["volunteers", 0, "name"], "Nguyễn " * 30), "volunteers[0].name"),
    ("code longer than its column", _set(["units", 0, "code"], "U" * 65), "units[0].code"),
    ("phone longer than its column", _set(["volunteers", 0, "phone"], "0" * 33), "volunteers[0].phone"),
    ("NUL in a name", _set(["centers", 0, "name"], "HCC\x00"), "centers[0].name"),
    ("escape character in a reason", _set(["volunteers", 0, "unavailable"], [{"from": "2026-11-02", "to": "2026-11-03",
                                                                             "reason": "\x1b[31m"}]),
     "volunteers[0].unavailable[0].reason"),
    ("lone surrogate in a name", _set(["volunteers", 0, "name"], "Lan\ud800"), "volunteers[0].name"),
    ("time with a trailing newline", _set(["centers", 0, "shift_templates", 0, "start"], "07:30\n"),
     "centers[0].shift_templates[0].start"),
    ("time in Arabic-Indic digits", _set(["events", 0, "start"], "\u0660\u0667:\u0663\u0660"), "events[0].start"),
    ("event in year 9999", _set(["events", 0, "date"], "9999-12-31"), "events[0].date"),
    ("leave from year 1", _set(["volunteers", 0, "unavailable"], [{"from": "0001-01-01", "to": "2026-12-02"}]),
     "volunteers[0].unavailable[0].from"),
    ("codes equal apart from case", _set(["volunteers", 5, "code"], "v001"), "volunteers[5].code"),
    ("codes equal apart from a zero-width space", _set(["units", 1, "code"], "TD\u200b"), "units[1].code"),
    ("name of invisible characters only", _set(["skills", 0, "name"], "\u200b\u200c\u2060"), "skills[0].name"),
    ("version 1.0", _set(["version"], 1.0), "version"),
    ("event team null", _set(["events", 0, "team"], None), "events[0].team"),
]


@pytest.mark.parametrize("mutate,path", [pytest.param(m, p, id=name) for name, m, p in BROKEN])
def test_broken_files_are_refused_with_the_json_path_and_change_nothing(database, mutate, path):
    load(database, rich_workspace())
    before = export(database)
    doc = rich_workspace()
    mutate(doc)
    with pytest.raises(WorkspaceInvalid) as caught:
        load(database, doc)
    assert any(error.path == path for error in caught.value.errors), [str(e) for e in caught.value.errors]
    assert export(database) == before


def test_every_error_is_reported_not_just_the_first(sqlite_database):
    doc = rich_workspace()
    doc["volunteers"][0]["skills"] = ["nope"]
    doc["volunteers"][7]["role"] = "chief"
    doc["events"][1]["date"] = "tomorrow"
    doc["centers"][1]["posts"][0]["colour"] = "red"
    with pytest.raises(WorkspaceInvalid) as caught:
        load(sqlite_database, doc)
    paths = [e.path for e in caught.value.errors]
    assert paths == ["centers[1].posts[0].colour", "events[1].date", "volunteers[0].skills[0]", "volunteers[7].role"]


def test_truncated_and_non_json_files_name_the_line(tmp_path):
    text = json.dumps(rich_workspace(), ensure_ascii=False, indent=2)
    truncated = tmp_path / "cut.json"
    truncated.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(WorkspaceInvalid) as caught:
        read_workspace_file(truncated)
    assert "line" in str(caught.value.errors[0]) and "cut.json" in str(caught.value)
    missing = tmp_path / "missing.json"
    with pytest.raises(WorkspaceInvalid, match="file not found"):
        read_workspace_file(missing)


def test_a_document_that_is_not_an_object_is_refused(sqlite_database):
    with pytest.raises(WorkspaceInvalid, match="expected an object"):
        load(sqlite_database, [1, 2, 3])


def test_demo_is_seeded_and_follows_the_programme_figures():
    first, second = demo_workspace(), demo_workspace()
    assert first == second
    hcc = [v for v in first["volunteers"] if v["home_center"] == "HCC"]
    assert len(hcc) == 25
    assert {v["role"] for v in hcc} == {"youth", "police", "staff", "leader"}
    assert [p["code"] for p in first["centers"][0]["posts"]] == ["F1", "F2", "F3"]
    communes = [c for c in first["centers"] if c["level"] == "commune"]
    assert len(communes) == 2
    assert all(t["start"] == "08:00" or t["end"] == "21:00" for c in communes for t in c["shift_templates"])
    saturdays = [e["date"] for e in first["events"]]
    assert len(saturdays) == 4 and all(e["team"]["min"] == 5 for e in first["events"])
    assert any(v["unavailable"] for v in first["volunteers"]) and any("prefers" in v for v in first["volunteers"])
    assert any(any(ord(ch) > 127 for ch in v["name"]) for v in first["volunteers"])


def test_merge_replaces_weekly_pattern_and_leave_of_a_known_volunteer(database):
    load(database, rich_workspace())
    person = copy.deepcopy(next(v for v in export(database)["volunteers"] if "weekly" in v))
    person["unavailable"].append({"from": "2026-11-16", "to": "2026-11-22", "reason": "Ốm"})
    person["weekly"] = {day: codes for day, codes in person["weekly"].items()}  # same pattern, written again
    load(database, {"format": "duty-roster/workspace", "version": 1, "volunteers": [person]}, merge=True)
    after = next(v for v in export(database)["volunteers"] if v["code"] == person["code"])
    assert after == person


def test_codes_in_another_unicode_form_are_duplicates(sqlite_database):
    doc = rich_workspace()
    doc["skills"].append({"code": "ke\u0302\u0301", "name": "NFD"})
    doc["skills"].append({"code": "k\u1ebf", "name": "NFC"})
    with pytest.raises(WorkspaceInvalid, match=r"skills\[5\].code: duplicate skill code"):
        load(sqlite_database, doc)


def test_values_at_the_limits_are_stored_on_both_databases(database):
    doc = rich_workspace()
    doc["volunteers"][0]["name"] = "Nguyễn Thị Thắng 😀 עברית " * 8
    doc["volunteers"][0]["name"] = doc["volunteers"][0]["name"][:200]
    doc["volunteers"][0]["phone"] = "0" * 32
    doc["units"][0]["name"] = "ﷺ" * 200
    doc["events"][0]["location"] = "x" * 300
    doc["events"][0]["date"] = "2100-12-31"
    doc["results"][0]["note"] = "Dòng một\nDòng hai\tcột" + "." * 1975
    doc["rules"]["min_rest_hours"] = 167.5
    doc["centers"][0]["shift_templates"][0]["demand"]["F1"] = {"min": 1, "target": 2, "max": 1000}
    load(database, doc)
    after = export(database)
    person = doc["volunteers"][0]
    assert next(v for v in after["volunteers"] if v["code"] == person["code"])["name"] == person["name"]
    assert after["results"][0]["note"] == doc["results"][0]["note"] and after["rules"]["min_rest_hours"] == 167.5
