"""Backups as Anki keeps them: `backup`, `restore`, the daily copy on opening, the copy before a
migration, and the newest BACKUPS_KEPT kept."""
from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3

import pytest

from desktop.cli import run
from models import backups
from models.db import open_database, open_workspace


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "roster.sqlite"
    assert run(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    return path


def names(db) -> list[str]:
    return sorted(p.name for p in (db.parent / "backups").iterdir())


def volunteer_names(db) -> list[str]:
    connection = sqlite3.connect(db)
    try:
        return [name for (name,) in connection.execute("SELECT name FROM volunteer ORDER BY code")]
    finally:
        connection.close()


def test_backup_prints_its_path_and_the_copy_is_a_database(db, capsys):
    assert run(["backup", "--db", str(db)]) == 0
    path = capsys.readouterr().out.strip()
    assert path.startswith(str(db.parent / "backups" / "roster-")) and path.endswith(".sqlite")
    assert volunteer_names(db) == volunteer_names(path) and len(volunteer_names(path)) == 49
    assert run(["backup", "--list", "--db", str(db)]) == 0
    assert capsys.readouterr().out.startswith(path + "\t")


def test_only_the_newest_are_kept(db):
    start = dt.datetime(2026, 1, 1, 8, 0, 0)
    for hour in range(backups.BACKUPS_KEPT + 3):
        backups.make_backup(db, now=start + dt.timedelta(hours=hour))
    kept = backups.list_backups(db)
    assert len(kept) == backups.BACKUPS_KEPT
    assert kept[0].created == start + dt.timedelta(hours=backups.BACKUPS_KEPT + 2)
    assert kept[-1].created == start + dt.timedelta(hours=3)


def test_backups_made_in_the_same_second_are_all_kept_in_order(db):
    moment = dt.datetime(2026, 1, 1, 8, 0, 0)
    made = [backups.make_backup(db, now=moment) for _ in range(3)]
    assert [backup.path for backup in backups.list_backups(db)] == made[::-1]


def test_restore_round_trip_backs_up_the_current_state_first(db, tmp_path, capsys):
    before = volunteer_names(db)
    assert run(["backup", "--db", str(db)]) == 0
    saved = capsys.readouterr().out.strip()
    assert run(["import", "tests/models/example_workspace.json", "--db", str(db)]) == 0
    changed = volunteer_names(db)
    assert changed != before
    assert run(["restore", saved.rsplit("/", 1)[1], "--db", str(db)]) == 0  # a name as --list shows it
    out = capsys.readouterr().out
    assert "the state before it is saved as" in out
    assert volunteer_names(db) == before
    safety = out.rsplit(" ", 1)[1].strip()
    assert volunteer_names(safety) == changed
    database = open_database(str(db))  # the restored file opens as a Duty Roster database
    assert not database.is_empty()
    database.dispose()


def test_restore_keeps_the_oldest_backup_it_restores(db):
    start = dt.datetime(2026, 1, 1, 8, 0, 0)
    for hour in range(backups.BACKUPS_KEPT):
        backups.make_backup(db, now=start + dt.timedelta(hours=hour))
    oldest = backups.list_backups(db)[-1].path
    backups.restore_backup(db, oldest)
    assert len(backups.list_backups(db)) == backups.BACKUPS_KEPT
    assert volunteer_names(db) == volunteer_names(backups.list_backups(db)[0].path)


@pytest.mark.parametrize("kind", ["json", "foreign-sqlite", "empty-sqlite"])
def test_restore_refuses_what_is_not_a_duty_roster_database(db, tmp_path, capsys, kind):
    other = tmp_path / f"other.{kind}"
    if kind == "json":
        other.write_text('{"format": "duty-roster/workspace"}', encoding="utf-8")
    else:
        connection = sqlite3.connect(other)
        if kind == "foreign-sqlite":
            connection.execute("CREATE TABLE photos (name TEXT)")
        else:
            connection.execute("VACUUM")
        connection.commit()
        connection.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    assert run(["restore", str(other), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "is not a Duty Roster database" in err and "nothing was restored" in err
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert not (db.parent / "backups").exists()


def test_server_databases_are_not_backed_up(capsys):
    assert run(["backup", "--db", "postgresql+psycopg://user@localhost/roster"]) == 2
    assert "pg_dump" in capsys.readouterr().err


def test_the_app_backs_up_once_a_day_on_opening(db):
    open_workspace(str(db)).dispose()
    open_workspace(str(db)).dispose()
    assert len(names(db)) == 1
    tomorrow = dt.datetime.now() + dt.timedelta(days=1, minutes=1)
    assert backups.backup_if_due(db, now=tomorrow) is not None
    assert backups.backup_if_due(db, now=tomorrow) is None
    assert len(names(db)) == 2


def test_a_new_database_gets_no_backup(tmp_path):
    open_workspace(str(tmp_path / "fresh.sqlite")).dispose()  # receives the demo, nothing to lose
    assert not (tmp_path / "backups").exists()


def test_a_migration_is_preceded_by_a_backup(db, monkeypatch):
    """The schema of `db` is older than the code's head (the head is pretended newer): opening
    migrates it, and a copy of the old file is made first."""
    from alembic.script import ScriptDirectory

    real_heads = ScriptDirectory.get_heads
    monkeypatch.setattr(ScriptDirectory, "get_heads", lambda self: ["0002_pretended"])
    open_database(str(db)).dispose()
    monkeypatch.setattr(ScriptDirectory, "get_heads", real_heads)
    assert len(names(db)) == 1
    assert len(volunteer_names(db.parent / "backups" / names(db)[0])) == 49
