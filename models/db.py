"""Opening the database: URL resolution, engine set-up, migrations to head, sessions."""
from __future__ import annotations

import contextlib
import getpass
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

ENV_VAR = "DUTY_ROSTER_DB"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class DatabaseError(Exception):
    """The database cannot be opened or upgraded; the message says which and why."""


class ConflictError(DatabaseError):
    """Someone else saved the same record since it was read: nothing of this save was written."""


def default_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("duty-roster", appauthor=False)) / "duty-roster.sqlite"


def resolve_url(db: str | None) -> str:
    """`--db` value (a path or a SQLAlchemy URL), else $DUTY_ROSTER_DB, else the data folder."""
    value = db or os.environ.get(ENV_VAR) or str(default_path())
    if "://" in value:
        try:
            make_url(value)
        except ArgumentError as exc:
            raise DatabaseError(f"not a database URL: {value!r} ({exc})") from None
        return value
    path = Path(value).expanduser()
    if path.is_dir():
        raise DatabaseError(f"database path {path} is a folder, expected a file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create the folder for database {path}: {exc.strerror}") from None
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise DatabaseError(f"database {path} is not writable")
    return f"sqlite:///{path.resolve()}"


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


def create_db_engine(url: str) -> Engine:
    try:
        engine = create_engine(url)
    except ImportError as exc:  # e.g. PostgreSQL without psycopg (the Linux standalone app has none)
        raise DatabaseError(f"cannot open {make_url(url).render_as_string()}: this installation has no driver "
                            f"for {make_url(url).get_backend_name()} ({exc})") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine) -> None:
    """Apply every migration up to head (an old database is upgraded, never recreated)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = alembic_config(engine.url.render_as_string(hide_password=False))
    heads = set(ScriptDirectory.from_config(config).get_heads())
    with engine.begin() as connection:
        if set(MigrationContext.configure(connection).get_current_heads()) == heads:
            return  # already current: skip loading the migration environment (start-up time)
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@dataclass
class Database:
    engine: Engine
    url: str

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def display_name(self) -> str:
        url = make_url(self.url)
        if url.get_backend_name() == "sqlite":
            return url.database or ":memory:"
        return url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise ConflictError(
                "another coordinator changed this record since you opened it; reload and try again"
            ) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def is_empty(self) -> bool:
        from models.entities import Center, Volunteer

        with self.session() as session:
            return session.query(Volunteer.id).first() is None and session.query(Center.id).first() is None

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(db: str | None = None, *, migrate: bool = True) -> Database:
    """Open (creating or upgrading) the database named by `db` (path, URL, or None)."""
    url = resolve_url(db)
    engine = create_db_engine(url)
    try:
        if migrate:
            upgrade(engine)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open database {make_url(url).render_as_string()}: {exc.orig}") from None
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open database {make_url(url).render_as_string()}: {exc}") from None
    return Database(engine, url)


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (e.g. a container): still record something
        return "unknown"


def table_names(engine: Engine) -> list[str]:
    return inspect(engine).get_table_names()
