"""What `--db` accepts: a Duty Roster database, a new path or an empty file. Everything else is
refused in one line and left byte-identical; a locked file, a newer schema, unknown schemes
and missing drivers are one line too."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest

from desktop.cli import run
from models.db import DatabaseLocked, NewerDatabase, NotADutyRosterDatabase, open_database


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_an_empty_file_and_a_new_path_become_databases(tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    for target in (empty, tmp_path / "new" / "fresh.sqlite"):
        database = open_database(str(target))
        assert database.is_empty()
        database.dispose()
        assert target.read_bytes().startswith(b"SQLite format 3\x00")


def make_foreign_sqlite(path):
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    connection.execute("INSERT INTO photos (name) VALUES ('beach.jpg')")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("kind", ["sqlite", "sqlite-url", "text", "binary"])
@pytest.mark.parametrize("command", [["export-json", "-o", "-"], ["demo"], ["check"]])
def test_a_foreign_file_is_refused_by_name_and_left_byte_identical(tmp_path, capsys, kind, command):
    target = tmp_path / "theirs.db"
    if kind.startswith("sqlite"):
        make_foreign_sqlite(target)
    elif kind == "text":
        target.write_text("name,phone\nAn,0900\n", encoding="utf-8")
    else:
        target.write_bytes(bytes(range(256)) * 4)
    before = digest(target)
    db_arg = f"sqlite:///{target}" if kind == "sqlite-url" else str(target)
    assert run(command + ["--db", db_arg]) == 2
    err = one_error_line(capsys)
    assert f"{target} is not a Duty Roster database" in err
    assert digest(target) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["theirs.db"]


def test_a_folder_is_refused_by_name(tmp_path, capsys):
    assert run(["export-json", "-o", "-", "--db", str(tmp_path)]) == 2
    assert f"{tmp_path} is not a Duty Roster database (it is a folder)" in one_error_line(capsys)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("url,needle", [
    ("foo://somewhere/db", "unknown database URL scheme 'foo'"),
    ("mysql://user@localhost/roster", "driver for 'mysql' is not installed"),
    ("postgresql+asyncpg://user@localhost/roster", "postgresql+asyncpg"),
    ("postgresql+psycopg://user@127.0.0.1:1/roster", "cannot open database"),
])
def test_unknown_schemes_missing_drivers_and_unreachable_servers(capsys, url, needle):
    assert run(["export-json", "-o", "-", "--db", url]) == 2
    assert needle in one_error_line(capsys)


def test_a_newer_schema_asks_for_an_upgrade_and_is_left_alone(tmp_path, capsys):
    path = tmp_path / "roster.sqlite"
    open_database(str(path)).dispose()
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.commit()
    connection.close()
    before = digest(path)
    with pytest.raises(NewerDatabase):
        open_database(str(path))
    assert run(["check", "--db", str(path)]) == 2
    assert one_error_line(capsys).endswith("was made by a newer version of Duty Roster: upgrade Duty Roster\n")
    assert digest(path) == before


def test_a_locked_database_is_reported_as_open_elsewhere(tmp_path, capsys, monkeypatch):
    import models.db

    monkeypatch.setattr(models.db, "BUSY_TIMEOUT_MS", 300)
    path = tmp_path / "roster.sqlite"
    assert run(["demo", "--db", str(path)]) == 0
    capsys.readouterr()
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    other.execute("DELETE FROM audit_entry")
    try:
        assert run(["demo", "--db", str(path)]) == 2
        assert "is open elsewhere (locked)" in one_error_line(capsys)
        database = open_database(str(path))
        with pytest.raises(DatabaseLocked):
            with database.session() as session:
                from models.workspace import import_workspace
                from models.demo import demo_workspace

                import_workspace(session, demo_workspace())
        database.dispose()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert run(["demo", "--db", str(path)]) == 0


def test_a_unique_key_race_is_a_conflict_not_an_internal_error(tmp_path):
    """Two coordinators add a skill with the same code at once: both found the code free, the
    second commit is refused as a conflict and writes nothing."""
    from sqlalchemy import select

    from models import entities as e
    from models.db import ConflictError

    database = open_database(str(tmp_path / "roster.sqlite"))
    late = database._sessions()
    assert late.scalars(select(e.Skill).where(e.Skill.code == "SK")).first() is None
    with database.session() as session:
        session.add(e.Skill(code="SK", name="Một"))
    late.close()
    with pytest.raises(ConflictError, match="same moment"):
        with database.session() as session:
            session.add(e.Skill(code="SK", name="Hai"))
    with database.session() as session:
        assert session.scalars(select(e.Skill.name)).all() == ["Một"]
    database.dispose()


def test_database_exceptions_say_which_file(tmp_path):
    path = tmp_path / "theirs.db"
    make_foreign_sqlite(path)
    with pytest.raises(NotADutyRosterDatabase) as caught:
        open_database(str(path))
    assert caught.value.name == str(path)


@pytest.mark.postgres
def test_a_server_database_of_another_program_is_refused_and_untouched(postgres_cluster, capsys):
    from sqlalchemy import create_engine, inspect, text

    url = postgres_cluster.new_database()
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY, total numeric)"))
        connection.execute(text("INSERT INTO invoices VALUES (1, 9.5)"))
    assert run(["demo", "--db", url]) == 2
    assert "is not a Duty Roster database (it holds the tables of another program)" in one_error_line(capsys)
    with engine.connect() as connection:
        assert inspect(connection).get_table_names() == ["invoices"]
    engine.dispose()
