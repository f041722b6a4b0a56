"""The database layer: migrations at start-up, SQLite settings, optimistic locking."""
from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from models import entities as e
from models.db import ConflictError, DatabaseError, open_database, resolve_url
from models.demo import demo_workspace
from models.workspace import export_workspace, import_workspace


def test_reopening_upgrades_in_place_and_keeps_the_data(database_url):
    first = open_database(database_url)
    with first.session() as session:
        import_workspace(session, demo_workspace())
    first.dispose()
    again = open_database(database_url)
    with again.session() as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
        assert len(export_workspace(session)["volunteers"]) == 49
    again.dispose()


def test_an_old_database_is_upgraded_not_recreated(tmp_path):
    """A file made by an earlier release (schema at a past revision) keeps its rows."""
    from alembic import command

    from models.db import alembic_config, create_db_engine

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = create_db_engine(url)
    with engine.begin() as connection:
        config = alembic_config(url)
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.execute(text("INSERT INTO unit (code, name, version) VALUES ('TD', 'Tỉnh đoàn', 1)"))
    engine.dispose()
    database = open_database(url)
    with database.session() as session:
        assert session.scalars(select(e.Unit.name)).all() == ["Tỉnh đoàn"]
    database.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(sqlite_database):
    with sqlite_database.session() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with pytest.raises(IntegrityError):
        with sqlite_database.session() as session:
            session.add(e.Assignment(volunteer_id=999, event_id=999, locked=False))


def test_constraint_names_follow_the_convention(database):
    with database.session() as session:
        inspector = __import__("sqlalchemy").inspect(session.get_bind())
        uniques = {u["name"] for u in inspector.get_unique_constraints("volunteer")}
        assert "uq_volunteer_code" in uniques


def test_two_coordinators_saving_the_same_volunteer_conflict(database):
    with database.session() as session:
        import_workspace(session, demo_workspace())
    # Both open the record, the first saves, the second's save must not overwrite it.
    first_session = database._sessions()
    second_session = database._sessions()
    mine = first_session.scalars(select(e.Volunteer).where(e.Volunteer.code == "V001")).one()
    theirs = second_session.scalars(select(e.Volunteer).where(e.Volunteer.code == "V001")).one()
    mine.phone = "0900000001"
    first_session.commit()
    theirs.phone = "0900000002"
    from sqlalchemy.orm.exc import StaleDataError

    with pytest.raises(StaleDataError):
        second_session.commit()
    second_session.rollback()
    first_session.close()
    second_session.close()
    with database.session() as session:
        assert session.scalars(select(e.Volunteer.phone).where(e.Volunteer.code == "V001")).one() == "0900000001"


def test_session_turns_a_stale_save_into_a_conflict_error(database):
    with database.session() as session:
        import_workspace(session, demo_workspace())
    with database.session() as session:
        stale = session.scalars(select(e.Volunteer).where(e.Volunteer.code == "V002")).one()
    with database.session() as session:
        session.scalars(select(e.Volunteer).where(e.Volunteer.code == "V002")).one().name = "Người khác sửa"
    with pytest.raises(ConflictError):
        with database.session() as session:
            stale = session.merge(stale, load=False)
            stale.name = "Tôi sửa"
    with database.session() as session:
        assert session.scalars(select(e.Volunteer.name).where(e.Volunteer.code == "V002")).one() == "Người khác sửa"


def test_db_argument_environment_and_default(monkeypatch, tmp_path):
    monkeypatch.setenv("DUTY_ROSTER_DB", str(tmp_path / "env.sqlite"))
    assert resolve_url(None).endswith("env.sqlite")
    assert resolve_url(str(tmp_path / "arg.sqlite")).endswith("arg.sqlite")
    assert resolve_url("postgresql+psycopg://u@/db?host=/tmp") == "postgresql+psycopg://u@/db?host=/tmp"
    monkeypatch.delenv("DUTY_ROSTER_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert "duty-roster" in resolve_url(None)
    with pytest.raises(DatabaseError, match="folder"):
        resolve_url(str(tmp_path))
