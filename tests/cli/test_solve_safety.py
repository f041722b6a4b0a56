"""A solve never loses a roster and never stores one solved from data that changed meanwhile;
periods are bounded; Ctrl-C and a locked database are reported in one line."""
from __future__ import annotations

import dataclasses
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.cli import run

WEEK = ["--from", "2026-11-02", "--to", "2026-11-08"]
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def demo_db(tmp_path):
    path = str(tmp_path / "roster.sqlite")
    assert run(["demo", "--db", path]) == 0
    return path


@pytest.fixture
def any_demo_db(database_url):
    """The demo workspace on SQLite and on PostgreSQL."""
    assert run(["demo", "--db", database_url]) == 0
    return database_url


def _export(db: str, target: Path) -> bytes:
    assert run(["export-json", "-o", str(target), "--db", db]) == 0
    return target.read_bytes()


def _solved_and_locked(db: str, capsys) -> None:
    assert run(["solve", *WEEK, "--time-limit", "3", "--workers", "1", "--db", db]) == 0
    if db.startswith("postgresql"):
        from models.db import open_database
        from sqlalchemy import text

        database = open_database(db)
        with database.engine.begin() as connection:
            connection.execute(text("UPDATE assignment SET locked = true WHERE id = (SELECT min(id) FROM assignment)"))
        database.dispose()
    else:
        with sqlite3.connect(db.removeprefix("sqlite:///")) as connection:
            connection.execute("UPDATE assignment SET locked = 1 WHERE id = (SELECT min(id) FROM assignment)")
    capsys.readouterr()


def _unusable_as_a_start(db: str, tmp_path: Path) -> None:
    """New leave over an unlocked stored assignment: the stored roster now breaks a hard rule,
    so the engine cannot start from it (the issue's case)."""
    import datetime as dt

    from models import roster_edits
    from models.db import open_database

    doc = json.loads(_export(db, tmp_path / "stored.json"))
    entry = next(a for a in doc["assignments"] if "date" in a and not a.get("locked"))
    database = open_database(db)
    day = dt.date.fromisoformat(entry["date"])
    roster_edits.add_leave(database, entry["volunteer"], day, day, "ốm", actor="test")
    database.dispose()


def _error_lines(err: str) -> list[str]:
    """The lines of stderr that are not progress reports."""
    return [line for line in err.splitlines() if line.startswith("duty-roster:")]


def _wrap_solve(monkeypatch, before=None, after=None):
    """Replace the engine's `solve` (looked up when `solve` runs) by one that calls `before(kwargs)`
    first and lets `after(problem, solution)` change its result."""
    import scheduler

    real = scheduler.solve

    def solve(problem, **kwargs):
        if before:
            before(kwargs)
        solution = real(problem, **kwargs)
        return after(problem, solution) if after else solution

    monkeypatch.setattr(scheduler, "solve", solve)


def test_no_roster_found_leaves_the_roster_byte_identical(any_demo_db, tmp_path, monkeypatch, capsys):
    demo_db = any_demo_db
    _solved_and_locked(demo_db, capsys)
    _unusable_as_a_start(demo_db, tmp_path)
    before = _export(demo_db, tmp_path / "before.json")
    # Stopped before the engine found anything: it answers with the locks alone, no objective.
    _wrap_solve(monkeypatch, before=lambda kwargs: kwargs["cancel"].set())
    code = run(["solve", *WEEK, "--time-limit", "5", "--db", demo_db])
    out, err = capsys.readouterr()
    assert code == 4
    assert "no roster found" in err and "nothing was stored" in err and len(_error_lines(err)) == 1
    assert "every minimum is covered" not in out
    assert _export(demo_db, tmp_path / "after.json") == before


def test_no_roster_json_keeps_every_field_and_stores_nothing(demo_db, tmp_path, monkeypatch, capsys):
    _solved_and_locked(demo_db, capsys)
    _unusable_as_a_start(demo_db, tmp_path)
    before = _export(demo_db, tmp_path / "before.json")
    capsys.readouterr()
    _wrap_solve(monkeypatch, before=lambda kwargs: kwargs["cancel"].set())
    assert run(["solve", *WEEK, "--json", "--db", demo_db]) == 4
    result = json.loads(capsys.readouterr().out)
    assert set(result) == {"status", "objective", "best_bound", "wall_time_s", "assignments", "unfilled",
                           "per_volunteer"}
    assert result["objective"] is None
    assert _export(demo_db, tmp_path / "after.json") == before


def _double_booked(problem, solution):
    """The solution with one volunteer put on a second shift of a day they already serve."""
    shifts = {s.id: s for s in problem.shifts}
    for a in solution.assignments:
        if a.shift is None:
            continue
        day = shifts[a.shift].date
        other = next((s for s in problem.shifts if s.date == day and s.id != a.shift
                      and s.template != shifts[a.shift].template), None)
        if other is not None:
            extra = dataclasses.replace(a, shift=other.id, locked=False)
            return dataclasses.replace(solution, assignments=solution.assignments + (extra,))
    raise AssertionError("no second shift on any day")


def test_a_roster_that_breaks_a_hard_rule_is_not_stored(demo_db, tmp_path, monkeypatch, capsys):
    _solved_and_locked(demo_db, capsys)
    before = _export(demo_db, tmp_path / "before.json")
    _wrap_solve(monkeypatch, after=_double_booked)
    assert run(["solve", *WEEK, "--time-limit", "2", "--workers", "1", "--db", demo_db]) == 4
    assert "breaks" in capsys.readouterr().err
    assert _export(demo_db, tmp_path / "after.json") == before


def _leave_file(tmp_path: Path, db: str, *, merge: bool) -> tuple[Path, str]:
    """A workspace file that gives one HCC volunteer leave for the whole week: that volunteer
    alone to merge, or the whole workspace (without its roster) to import in place of it."""
    doc = json.loads(_export(db, tmp_path / "current.json"))
    volunteer = next(v for v in doc["volunteers"] if v.get("home_center") == "HCC")
    volunteer["unavailable"] = volunteer.get("unavailable", []) + [
        {"from": "2026-11-02", "to": "2026-11-08", "reason": "ốm"}]
    doc["assignments"] = []
    if merge:
        doc = {"format": doc["format"], "version": doc["version"], "volunteers": [volunteer]}
    target = tmp_path / "leave.json"
    target.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return target, volunteer["code"]


def _assignments_of(db: str, tmp_path: Path, volunteer: str) -> list[dict]:
    doc = json.loads(_export(db, tmp_path / "after.json"))
    return [a for a in doc["assignments"] if a["volunteer"] == volunteer and "2026-11-02" <= a.get("date", "") <= "2026-11-08"]


def test_solve_racing_a_change_of_leave_stores_nothing(any_demo_db, tmp_path, monkeypatch, capsys):
    """The leave is added after the solve read the period and before it stores (deterministic race)."""
    demo_db = any_demo_db
    from models import roster_edits
    from models.db import open_database

    before = _export(demo_db, tmp_path / "before.json")
    volunteer = next(v["code"] for v in json.loads(before)["volunteers"] if v.get("home_center") == "HCC")

    def add_leave(_kwargs):
        database = open_database(demo_db)
        roster_edits.add_leave(database, volunteer, *(__import__("datetime").date(2026, 11, d) for d in (2, 8)),
                               "ốm", actor="other coordinator")
        database.dispose()

    _wrap_solve(monkeypatch, before=add_leave)
    code = run(["solve", *WEEK, "--time-limit", "2", "--workers", "1", "--db", demo_db])
    err = capsys.readouterr().err
    assert code == 3 and "the roster changed while solving" in err and len(_error_lines(err)) == 1
    assert _assignments_of(demo_db, tmp_path, volunteer) == []
    monkeypatch.undo()
    assert run(["check", *WEEK, "--db", demo_db]) == 0


@pytest.mark.parametrize("mode", [["--merge"], []], ids=["merge", "replace"])
def test_solve_racing_an_import_that_adds_leave_stores_nothing(any_demo_db, mode, tmp_path, monkeypatch, capsys):
    demo_db = any_demo_db
    leave, volunteer = _leave_file(tmp_path, demo_db, merge=bool(mode))

    def merge_now(_kwargs):
        assert run(["import", str(leave), *mode, "--db", demo_db]) == 0

    _wrap_solve(monkeypatch, before=merge_now)
    code = run(["solve", *WEEK, "--time-limit", "2", "--workers", "1", "--db", demo_db])
    assert code == 3 and "the roster changed while solving" in capsys.readouterr().err
    assert _assignments_of(demo_db, tmp_path, volunteer) == []


def _cli(*argv: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "desktop", *argv], cwd=ROOT, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _concurrent(db: str, *commands: list[str]) -> list[tuple[int, str]]:
    processes = [_cli(*command, "--db", db) for command in commands]
    return [(p.wait(timeout=120), p.communicate()[1]) for p in processes]


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_concurrent_solves_leave_check_passing(backend, tmp_path, request, capsys):
    db = str(tmp_path / "roster.sqlite") if backend == "sqlite" else \
        request.getfixturevalue("postgres_cluster").new_database()
    assert run(["demo", "--db", db]) == 0
    solve = ["solve", *WEEK, "--time-limit", "2", "--workers", "1"]
    # Two centers that share volunteers, then two solves of the same (now solved) week.
    for commands in ([solve + ["--center", "HCC"], solve + ["--center", "P-HL"]], [solve, solve]):
        results = _concurrent(db, *commands)
        for code, err in results:
            assert code in (0, 3), err
            assert "internal error" not in err and "Traceback" not in err
            if code == 3:
                assert "changed while solving" in err
        assert any(code == 0 for code, _ in results)
        capsys.readouterr()
        assert run(["check", *WEEK, "--db", db]) == 0, capsys.readouterr().out


def test_two_solves_of_an_empty_week_give_the_conflict_message(any_demo_db, monkeypatch, capsys):
    """The second solve read the empty week before the first stored its roster."""
    demo_db = any_demo_db
    other = _cli("solve", *WEEK, "--time-limit", "1", "--workers", "1", "--db", demo_db)

    def wait_for_the_other(_kwargs):
        assert other.wait(timeout=60) == 0, other.communicate()[1]

    _wrap_solve(monkeypatch, before=wait_for_the_other)
    code = run(["solve", *WEEK, "--time-limit", "1", "--workers", "1", "--db", demo_db])
    err = capsys.readouterr().err
    assert code == 3 and "changed while solving" in err and "IntegrityError" not in err


@pytest.mark.parametrize("command", [
    ["solve"], ["check"], ["pdf", "center", "-o", "x.pdf"], ["ics", "-o", "cal"], ["xlsx", "-o", "x.xlsx"]])
def test_periods_longer_than_a_year_are_refused(demo_db, command, tmp_path, capsys):
    argv = [command[0], *command[1:], "--from", "2026-01-01", "--to", "2027-01-02", "--db", demo_db]
    argv = [a if a not in ("x.pdf", "cal", "x.xlsx") else str(tmp_path / a) for a in argv]
    assert run(argv) == 2
    err = capsys.readouterr().err
    assert "at most 366" in err and err.count("\n") == 1


def test_check_of_a_far_away_event_is_quick(demo_db, tmp_path, capsys):
    from models import roster_edits
    from models.db import open_database
    from models.roster_edits.board import Seat

    assert run(["solve", *WEEK, "--time-limit", "2", "--workers", "1", "--db", demo_db]) == 0
    with sqlite3.connect(demo_db) as connection:
        connection.execute("UPDATE event SET date = '9999-12-31' WHERE code = 'OUT-HCC-1114'")
        connection.execute("UPDATE event SET date = '2099-06-06' WHERE code = 'OUT-HCC-1128'")
    database = open_database(demo_db)
    roster_edits.assign(database, "V001", Seat(event="OUT-HCC-1114"), actor="test")
    roster_edits.assign(database, "V002", Seat(event="OUT-HCC-1128"), actor="test")
    database.dispose()
    capsys.readouterr()
    started = time.monotonic()
    code = run(["check", "--db", demo_db])
    out = capsys.readouterr().out
    assert time.monotonic() - started < 30
    assert code == 1 and "dated outside" in out and "9999-12-31" in out
    assert "2099-06-06 … 2099-06-06" in out and "2026-11-02 … 2026-11-08" in out


def test_locked_sqlite_database_is_reported_before_solving(demo_db, capsys):
    holder = sqlite3.connect(demo_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        started = time.monotonic()
        code = run(["solve", *WEEK, "--time-limit", "30", "--db", demo_db])
        elapsed = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert code == 3 and "locked by another program" in err and err.count("\n") == 1
    assert elapsed < 15  # refused before the 30 s solve


def test_ctrl_c_during_model_building_exits_within_seconds(tmp_path):
    db = str(tmp_path / "roster.sqlite")
    assert run(["demo", "--db", db]) == 0
    # A year of three centers: building the model takes longer than loading it.
    process = _cli("solve", "--from", "2026-01-01", "--to", "2026-12-31", "--time-limit", "60", "--db", db)
    time.sleep(3.0)
    process.send_signal(signal.SIGINT)
    sent = time.monotonic()
    code = process.wait(timeout=30)
    waited = time.monotonic() - sent
    out, err = process.communicate()
    # The engine stops at once; storing a year's roster (its start, when that keeps every
    # hard rule) takes a few seconds more.
    assert waited < 10, err
    assert code in (0, 4, 130) and "Traceback" not in err and "internal error" not in err
    if code == 0:
        assert "(stopped by Ctrl-C)" in out


class _PostgresDeadlock(Exception):
    sqlstate = "40P01"  # as psycopg reports a deadlock with another writer


@pytest.mark.parametrize("driver_error, message", [
    (sqlite3.OperationalError("database is locked"), "locked by another program"),
    (_PostgresDeadlock("deadlock detected"), "changed while solving"),
])
def test_a_store_stopped_by_another_writer_is_a_conflict(demo_db, monkeypatch, capsys, driver_error, message):
    """The database refuses the store's writes (a lock, a deadlock): exit 3 and its one line,
    as for a period changed while solving, and nothing stored."""
    from sqlalchemy.exc import OperationalError

    import models.bridge

    def refused(*_args, **_kwargs):
        raise OperationalError("INSERT INTO assignment ...", {}, driver_error)

    monkeypatch.setattr(models.bridge, "store_solution", refused)
    code = run(["solve", *WEEK, "--time-limit", "1", "--workers", "1", "--db", demo_db])
    err = capsys.readouterr().err
    assert code == 3 and message in err and "nothing was stored" in err and len(_error_lines(err)) == 1
