"""The `duty-roster` command line: every subcommand of this layer with good and bad input."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop.cli import run
from models.demo import demo_workspace


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "roster.sqlite")
    assert run(["demo", "--db", path]) == 0
    return path


def test_demo_export_import_round_trip(db, tmp_path, capsys):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert run(["export-json", "-o", str(first), "--db", db]) == 0
    other = str(tmp_path / "other.sqlite")
    assert run(["import", str(first), "--db", other]) == 0
    assert run(["export-json", "-o", str(second), "--db", other]) == 0
    assert first.read_bytes() == second.read_bytes()
    exported = {v["code"]: v["name"] for v in json.loads(first.read_text(encoding="utf-8"))["volunteers"]}
    assert exported == {v["code"]: v["name"] for v in demo_workspace()["volunteers"]}


def test_export_to_stdout(db, capsys):
    assert run(["export-json", "-o", "-", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "duty-roster/workspace"


def test_broken_file_lists_every_error_and_imports_nothing(db, tmp_path, capsys):
    doc = demo_workspace()
    doc["volunteers"][0]["skills"] = ["bogus"]
    doc["events"][0]["team"] = {"min": 9, "max": 2}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    before = tmp_path / "before.json"
    run(["export-json", "-o", str(before), "--db", db])
    capsys.readouterr()
    assert run(["import", str(bad), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "events[0].team" in err and "volunteers[0].skills[0]" in err and "Traceback" not in err
    after = tmp_path / "after.json"
    run(["export-json", "-o", str(after), "--db", db])
    assert before.read_bytes() == after.read_bytes()


@pytest.mark.parametrize("argv,needle", [
    (["import", "/nonexistent/file.json"], "file not found"),
    (["solve", "--from", "2026-11-30", "--to", "2026-11-01"], "before"),
    (["solve", "--from", "30/11/2026", "--to", "2026-12-01"], "YYYY-MM-DD"),
    (["solve", "--from", "2026-11-01", "--to", "2026-11-30", "--center", "NOPE"], "unknown center"),
    (["solve", "--from", "2026-11-01", "--to", "2026-11-30", "--time-limit", "0"], "--time-limit"),
    (["solve", "--from", "2026-11-01", "--to", "2026-11-30", "--time-limit", "nan"], "--time-limit"),
    (["solve", "--from", "2026-11-01", "--to", "2026-11-30", "--time-limit", "inf"], "--time-limit"),
    (["solve", "--from", "2026-11-01", "--to", "2026-11-30", "--workers", "99999999999"], "--workers"),
    (["solve", "--from", "2026-11-01", "--to", "2026-11-30", "--seed", "99999999999999999999"], "--seed"),
    (["solve", "--from", "2026-11-01", "--to", "2026-11-30", "--seed", "-1"], "--seed"),
    (["export-json", "-o", "/nonexistent/dir/x.json"], "does not exist"),
    (["frobnicate"], "invalid choice"),
    (["demo", "--bogus"], "unrecognized arguments"),
])
def test_bad_input_gives_one_line_and_non_zero_exit(db, argv, needle, capsys):
    code = run(argv + ["--db", db] if argv[0] not in ("frobnicate",) else argv)
    err = capsys.readouterr().err
    assert code != 0
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err


def test_truncated_json_names_line_and_column(db, tmp_path, capsys):
    cut = tmp_path / "cut.json"
    cut.write_text(json.dumps(demo_workspace(), indent=2)[:5000], encoding="utf-8")
    assert run(["import", str(cut), "--db", db]) == 1
    assert "line" in capsys.readouterr().err


def test_unwritable_database_path(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert run(["demo", "--db", str(blocker / "sub" / "db.sqlite")]) == 2
    assert "cannot create the folder" in capsys.readouterr().err


def test_database_from_environment(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DUTY_ROSTER_DB", str(tmp_path / "env.sqlite"))
    assert run(["demo"]) == 0
    assert (tmp_path / "env.sqlite").exists()


def test_solve_json_contract_and_check(db, capsys):
    assert run(["solve", "--from", "2026-11-23", "--to", "2026-11-29", "--center", "HCC", "--time-limit", "10",
                "--json", "--db", db]) == 0
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"status", "objective", "best_bound", "wall_time_s", "assignments", "unfilled",
                           "per_volunteer"}
    assert result["status"] in ("optimal", "feasible")
    shift = next(a for a in result["assignments"] if "shift" in a)
    assert set(shift) == {"volunteer", "center", "post", "date", "shift"}
    event = next(a for a in result["assignments"] if "event" in a)
    assert set(event) == {"volunteer", "event"}
    assert all(set(v) == {"shifts", "events"} for v in result["per_volunteer"].values())
    assert run(["check", "--db", db]) == 0
    assert "0 hard violation(s)" in capsys.readouterr().out


def test_solve_reports_unfilled_seats_with_reasons(tmp_path, capsys):
    doc = demo_workspace()
    for volunteer in doc["volunteers"]:
        if volunteer["home_center"] == "HCC" and "vneid" in volunteer["skills"] and volunteer["code"] != "V001":
            volunteer["unavailable"] = [{"from": "2026-11-23", "to": "2026-11-29", "reason": "Ốm"}]
    path = tmp_path / "short.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "short.sqlite")
    assert run(["import", str(path), "--db", db]) == 0
    capsys.readouterr()
    assert run(["solve", "--from", "2026-11-23", "--to", "2026-11-29", "--center", "HCC", "--time-limit", "10",
                "--json", "--db", db]) == 0
    result = json.loads(capsys.readouterr().out)
    f2 = [u for u in result["unfilled"] if u.get("post") == "F2"]
    assert f2, "floor 2 needs VNeID and nearly everyone with it is ill"
    assert all(u["missing"] >= 1 and u["reasons"] for u in f2)
    assert any("leave" in reason for u in f2 for reason in u["reasons"])


def test_check_fails_on_a_hand_broken_roster(tmp_path, capsys):
    doc = demo_workspace()
    leave = next(v for v in doc["volunteers"] if v["unavailable"])
    day = leave["unavailable"][0]["from"]
    import datetime as dt
    weekday = dt.date.fromisoformat(day).isoweekday()
    center = next(c for c in doc["centers"] if c["code"] == leave["home_center"])
    template = next(t for t in center["shift_templates"] if weekday in t["weekdays"])
    doc["assignments"] = [{"volunteer": leave["code"], "center": center["code"], "post": center["posts"][0]["code"],
                           "date": day, "shift": template["code"], "locked": False}]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    db = str(tmp_path / "broken.sqlite")
    assert run(["import", str(path), "--db", db]) == 0
    capsys.readouterr()
    assert run(["check", "--db", db]) == 1
    assert "error: leave:" in capsys.readouterr().out
    # --verbose: every line keeps the machine-readable codes scripts read (rule, volunteer, shift key)
    assert run(["check", "--verbose", "--db", db]) == 1
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("error: leave: "))
    assert f"{leave['code']} on shift {center['code']}/{center['posts'][0]['code']}/{day}/{template['code']}" in line
    assert any(line.startswith("warning: cover_min: shift ") for line in out.splitlines())


def test_console_script_and_module_entry_points():
    for argv in (["duty-roster", "--help"], [sys.executable, "-m", "desktop", "--help"]):
        exe = argv if argv[0] != "duty-roster" else [sys.executable.replace("python", "duty-roster")] + argv[1:]
        out = subprocess.run(exe, capture_output=True, text=True, timeout=60)
        assert out.returncode == 0 and "solve" in out.stdout and "export-json" in out.stdout


def test_repair_after_a_week_of_leave_changes_little(db, tmp_path, capsys):
    assert run(["solve", "--from", "2026-11-01", "--to", "2026-11-30", "--time-limit", "20", "--db", db]) == 0
    dump = tmp_path / "roster.json"
    run(["export-json", "-o", str(dump), "--db", db])
    doc = json.loads(dump.read_text(encoding="utf-8"))
    busy = max((v for v in doc["volunteers"] if v["home_center"] == "HCC"),
               key=lambda v: sum(a["volunteer"] == v["code"] and "2026-11-16" <= a.get("date", "") <= "2026-11-22"
                                 for a in doc["assignments"]))
    dropped = sum(a["volunteer"] == busy["code"] and "2026-11-16" <= a.get("date", "") <= "2026-11-22"
                  for a in doc["assignments"])
    busy["unavailable"].append({"from": "2026-11-16", "to": "2026-11-22", "reason": "Ốm"})
    patch = tmp_path / "patch.json"
    patch.write_text(json.dumps({"format": doc["format"], "version": 1, "volunteers": [busy]}, ensure_ascii=False),
                     encoding="utf-8")
    assert run(["import", str(patch), "--merge", "--db", db]) == 0
    assert run(["check", "--db", db]) == 1  # the stored roster now breaks the leave rule
    capsys.readouterr()
    assert run(["solve", "--from", "2026-11-01", "--to", "2026-11-30", "--repair", "--time-limit", "20", "--json",
                "--db", db]) == 0
    result = json.loads(capsys.readouterr().out)
    before = {json.dumps({k: a[k] for k in a if k != "locked"}, sort_keys=True) for a in doc["assignments"]}
    after = {json.dumps(a, sort_keys=True) for a in result["assignments"]}
    assert dropped >= 1 and len(before ^ after) <= 2 * dropped * 2  # each move is one removal and one addition
    assert run(["check", "--db", db]) == 0


def test_province_demo_has_the_programme_scale(tmp_path, capsys):
    path = str(tmp_path / "province.sqlite")
    assert run(["demo", "--province", "--db", path]) == 0
    assert "825 volunteers, 55 centers, 55 events" in capsys.readouterr().out


def test_demo_solve_check_export_on_sqlite_and_postgresql(database_url, tmp_path, capsys):
    assert run(["demo", "--db", database_url]) == 0
    assert run(["solve", "--from", "2026-11-23", "--to", "2026-11-29", "--time-limit", "10", "--db", database_url]) == 0
    assert run(["check", "--db", database_url]) == 0
    out = tmp_path / "roster.json"
    assert run(["export-json", "-o", str(out), "--db", database_url]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert len(doc["assignments"]) > 50 and all(a["locked"] is False for a in doc["assignments"])
    assert "every minimum is covered" in capsys.readouterr().out


def test_solve_progress_lines_show_a_bound_only_once_one_is_proven(capsys):
    import time

    from desktop.commands.solve import _ProgressPrinter
    from scheduler import Progress

    printer = _ProgressPrinter()
    printer.started = time.monotonic() - 10  # past the first second, which prints nothing
    printer(Progress(objective=1200, best_bound=None, elapsed_s=2.0, solutions=3))
    printer.last = 0.0  # a second later
    printer(Progress(objective=1100, best_bound=900, elapsed_s=4.0, solutions=5))
    lines = capsys.readouterr().err.splitlines()
    assert lines == ["     2.0 s  best 1200  (3 rosters found)", "     4.0 s  best 1100  bound 900  (5 rosters found)"]


@pytest.mark.parametrize("objective, bound, line", [
    (120, 90.0, "feasible: objective 120, bound 90, gap 25.0 %, 3.0 s"),
    (120, None, "feasible: objective 120, 3.0 s"),  # stopped before a bound was proven: not "bound None"
    (None, None, "unknown: no roster found, 3.0 s"),
])
def test_solve_summary_line(objective, bound, line, capsys):
    from desktop.commands.solve import _print_summary
    from scheduler import Solution

    status = "unknown" if objective is None else "feasible"
    solution = Solution(status=status, objective=objective, best_bound=bound, wall_time_s=3.0, assignments=())
    _print_summary(None, solution, None, cancelled=False)
    assert capsys.readouterr().out.splitlines() == [line, "no roster was stored"]
