"""Shared fixtures: a fresh database per test, on SQLite and (for tests that ask for
`any_database`) on a real PostgreSQL server started for the session."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def postgres_cluster():
    from tests.postgres import Cluster

    try:
        cluster = Cluster()
        cluster.start()
    except Exception as exc:  # no server binaries, or it would not start
        if os.environ.get("DUTY_ROSTER_REQUIRE_POSTGRES"):
            pytest.fail(f"PostgreSQL is required for this run but could not start: {exc}")
        pytest.skip(f"PostgreSQL not available: {exc}")
    yield cluster
    cluster.stop()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'roster.sqlite'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'roster.sqlite'}"
    return request.getfixturevalue("postgres_cluster").new_database()


@pytest.fixture
def database(database_url):
    """A migrated, empty database on SQLite and on PostgreSQL."""
    from models.db import open_database

    db = open_database(database_url)
    yield db
    db.dispose()


@pytest.fixture
def sqlite_database(sqlite_url):
    from models.db import open_database

    db = open_database(sqlite_url)
    yield db
    db.dispose()
