"""Opening the database: URL resolution, engine set-up, migrations to head, sessions."""
from __future__ import annotations

import contextlib
import getpass
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

ENV_VAR = "DUTY_ROSTER_DB"
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


class DatabaseError(Exception):
    """The database cannot be opened or upgraded; the message says which and why."""


class ConflictError(DatabaseError):
    """Someone else saved the same record since it was read: nothing of this save was written."""


class NotADutyRosterDatabase(DatabaseError):
    """The file or database holds something else; it was not touched."""

    def __init__(self, name: str, why: str):
        super().__init__(f"{name} is not a Duty Roster database ({why}); it was left as it is")
        self.name = name


class NewerDatabase(DatabaseError):
    """The schema was made by a later release than this one."""

    def __init__(self, name: str):
        super().__init__(f"the database {name} was made by a newer version of Duty Roster: upgrade Duty Roster")
        self.name = name


class DatabaseLocked(DatabaseError):
    """Another program holds a write lock on the SQLite file for longer than the busy timeout."""

    def __init__(self, name: str):
        super().__init__(f"the database {name} is open elsewhere (locked): "
                         "close the other program or try again when it has finished")
        self.name = name


SQLITE_HEADER = b"SQLite format 3\x00"
OUR_TABLES = {"alembic_version", "volunteer", "center"}  # present in every Duty Roster schema
BUSY_TIMEOUT_MS = 5000  # how long a SQLite write waits for another program's lock
_LOCK_MESSAGE = re.compile(r"database (table |schema )?is (locked|busy)")


def default_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir("duty-roster", appauthor=False)) / "duty-roster.sqlite"


def resolve_url(db: str | None) -> str:
    """`--db` value (a path or a SQLAlchemy URL), else $DUTY_ROSTER_DB, else the data folder.
    A SQLite file that exists must be empty or a Duty Roster database (see check_sqlite_file)."""
    value = db or os.environ.get(ENV_VAR) or str(default_path())
    if "://" in value:
        try:
            url = make_url(value)
        except ArgumentError as exc:
            raise DatabaseError(f"not a database URL: {value!r} ({exc})") from None
        path = sqlite_path(value)
        if path is not None:
            check_sqlite_file(path)
        return value
    path = Path(value).expanduser()
    check_sqlite_file(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(f"cannot create the folder for database {path}: {exc.strerror}") from None
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise DatabaseError(f"database {path} is not writable")
    return f"sqlite:///{path.resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file of a sqlite:/// URL; None for a server or an in-memory database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def check_sqlite_file(path: Path) -> None:
    """Refuse, without writing to it, a path that is a folder, not SQLite, or a SQLite database
    with tables of some other program. A new path, an empty file and an empty SQLite database
    are accepted: they become a Duty Roster database."""
    if path.is_dir():
        raise NotADutyRosterDatabase(str(path), "it is a folder")
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseError(f"cannot read database {path}: {exc.strerror}") from None
    if header != SQLITE_HEADER:
        raise NotADutyRosterDatabase(str(path), "not a SQLite file")
    tables = _sqlite_tables(path)
    if tables and not OUR_TABLES <= tables:
        raise NotADutyRosterDatabase(str(path), "it holds the tables of another program")


def _sqlite_tables(path: Path) -> set[str]:
    """Table names read through a read-only connection, so the file is not changed."""
    import sqlite3

    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                     timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if is_lock_error(exc):
            raise DatabaseLocked(str(path)) from None
        raise NotADutyRosterDatabase(str(path), f"SQLite cannot read it: {exc}") from None
    return {name for (name,) in rows}


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.close()


def create_db_engine(url: str) -> Engine:
    """The engine for `url`; an unknown scheme, a driver that is not installed or an
    asynchronous driver is a DatabaseError naming it."""
    from sqlalchemy.exc import NoSuchModuleError

    scheme = url.split("://", 1)[0]
    try:
        engine = create_engine(url, connect_args=_connect_args(url))
    except NoSuchModuleError:
        raise DatabaseError(f"unknown database URL scheme {scheme!r}: use a SQLite file path, "
                            "sqlite:///FILE or postgresql+psycopg://…") from None
    except ImportError as exc:
        raise DatabaseError(f"the database driver for {scheme!r} is not installed ({exc.name or exc}): "
                            "Duty Roster works with SQLite and with PostgreSQL through psycopg") from None
    if engine.dialect.is_async:
        engine.dispose()
        raise DatabaseError(f"{scheme!r} is an asynchronous driver, which Duty Roster does not use: "
                            "write postgresql+psycopg://… instead")
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _connect_args(url: str) -> dict:
    """A server that does not answer is reported after 10 s instead of the system's minutes."""
    return {"connect_timeout": 10} if url.startswith("postgresql") else {}


def alembic_config(url: str):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(engine: Engine, name: str | None = None) -> bool:
    """Apply every migration up to head (an old database is upgraded, never recreated).
    Refuses a database with other programs' tables or one made by a newer release. Returns
    whether a migration ran. A SQLite database that holds a schema is backed up first
    (models.backups)."""
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    name = name or engine.url.render_as_string(hide_password=True)
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    script = ScriptDirectory.from_config(config)
    heads = set(script.get_heads())
    with engine.connect() as connection:
        current = set(MigrationContext.configure(connection).get_current_heads())
        if current == heads:
            return False  # already current: skip loading the migration environment (start-up time)
        tables = set(inspect(connection).get_table_names())
    if tables and not OUR_TABLES <= tables:
        raise NotADutyRosterDatabase(name, "it holds the tables of another program")
    if current - {revision.revision for revision in script.walk_revisions()}:
        raise NewerDatabase(name)
    if current and engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:"):
        from models.backups import backup_before_migration

        backup_before_migration(Path(engine.url.database))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return True


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
        except IntegrityError as exc:
            session.rollback()
            if not _is_unique_violation(exc):
                raise
            raise ConflictError(
                "another coordinator saved the same record at the same moment; reload and try again"
            ) from exc
        except OperationalError as exc:  # the database's operation (lock, lost server), not a bug
            session.rollback()
            if is_lock_error(exc):
                raise DatabaseLocked(self.display_name) from exc
            raise DatabaseError(f"the database {self.display_name} failed: {_first_line(exc.orig)}; "
                                "nothing was saved") from exc
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
    name = Database(engine, url).display_name
    try:
        if migrate:
            upgrade(engine, name)
    except DatabaseError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        if is_lock_error(exc):
            raise DatabaseLocked(name) from None
        raise DatabaseError(f"cannot open database {name}: {_first_line(exc.orig)}") from None
    except SQLAlchemyError as exc:
        engine.dispose()
        raise DatabaseError(f"cannot open database {name}: {_first_line(exc)}") from None
    return Database(engine, url)


def _first_line(error) -> str:
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[0] if lines else type(error).__name__


def is_lock_error(error: BaseException) -> bool:
    """Whether a SQLite error (the driver's, or SQLAlchemy's wrapping of it) is another
    program's lock on the database: "database is locked", "database table is locked"..."""
    return _LOCK_MESSAGE.search(str(getattr(error, "orig", None) or error).lower()) is not None


def _is_unique_violation(exc: IntegrityError) -> bool:
    text = str(exc.orig).lower()
    return "unique" in text or "duplicate key" in text


def open_workspace(db_arg: str | None, job=None) -> Database:
    """Open (migrating) the database, as the app does on start and File ▸ Open: one with data
    gets its daily backup (models.backups), an empty one receives the demo workspace. `job`,
    when given, is a background job whose progress is reported ("open", then "demo")."""
    from models.backups import daily_backup

    if job is not None:
        job.report(0, 2, "open")
    db = open_database(db_arg)
    if not db.is_empty():
        daily_backup(db.url)
    else:
        from models.demo import demo_workspace
        from models.workspace import import_workspace

        if job is not None:
            job.report(1, 2, "demo")
        with db.session() as session:
            import_workspace(session, demo_workspace(), actor="demo", source="demo")
    return db


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (e.g. a container): still record something
        return "unknown"
