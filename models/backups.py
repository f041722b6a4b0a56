"""Backups of a SQLite database, as Anki keeps them: a consistent copy (SQLite's online backup
API, safe while the database is in use) in a `backups/` folder beside the database file, made
before a migration changes the schema, once a day when the app opens the database, and on
request (`duty-roster backup`). The newest BACKUPS_KEPT of each database are kept.

The default database lives in the user's data folder, so its backups are in that folder's
`backups/`; a database given with --db keeps its backups beside it, so they travel with it.
A backup is named `<database name>-YYYYMMDD-HHMMSS.sqlite` (local time).

Database servers (PostgreSQL) are not copied: their administrators use pg_dump.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from models.db import (
    BUSY_TIMEOUT_MS,
    OUR_TABLES,
    DatabaseError,
    DatabaseLocked,
    NewerDatabase,
    NotADutyRosterDatabase,
    check_sqlite_file,
    is_lock_error,
    resolve_url,
    sqlite_path,
)

BACKUPS_KEPT = 10  # per database; older ones are deleted after each new backup
DAILY = dt.timedelta(hours=24)  # an automatic backup when the newest is older than this
FOLDER = "backups"
_STAMP = "%Y%m%d-%H%M%S"


class BackupsNotSupported(DatabaseError):
    """The database is on a server: it has no file to copy."""

    def __init__(self) -> None:
        super().__init__("backups are made for SQLite databases only: "
                         "back up a database server with its own tools (pg_dump)")


@dataclass(frozen=True)
class Backup:
    path: Path
    created: dt.datetime
    size: int


def database_file(db: str | None) -> Path:
    """The SQLite file named by --db (path, URL or None, as `open_database` takes it)."""
    path = sqlite_path(resolve_url(db))
    if path is None:
        raise BackupsNotSupported()
    return path


def backup_folder(database: Path) -> Path:
    return database.parent / FOLDER


def list_backups(database: Path) -> list[Backup]:
    """The backups of `database`, newest first."""
    pattern = re.compile(re.escape(database.stem) + r"-(\d{8}-\d{6})(?:-(\d+))?\.sqlite$")
    found = []
    folder = backup_folder(database)
    for path in folder.iterdir() if folder.is_dir() else ():
        match = pattern.match(path.name)
        if match and path.is_file():
            created = dt.datetime.strptime(match.group(1), _STAMP)
            found.append((created, int(match.group(2) or 1), Backup(path, created, path.stat().st_size)))
    return [backup for *_order, backup in sorted(found, key=lambda item: item[:2], reverse=True)]


def make_backup(database: Path, *, now: dt.datetime | None = None, rotate: bool = True) -> Path:
    """Copy `database` consistently into its backups folder; the copy's path. Older backups
    beyond BACKUPS_KEPT are deleted (unless `rotate` is false)."""
    if not database.is_file() or database.stat().st_size == 0:
        raise DatabaseError(f"no database to back up at {database}")
    folder = backup_folder(database)
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    target = folder / f"{database.stem}-{stamp}.sqlite"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{database.stem}-{stamp}-{number}.sqlite"
    try:
        folder.mkdir(exist_ok=True)
        _copy(database, target)
    except OSError as exc:
        raise DatabaseError(f"cannot write a backup into {folder}: {exc.strerror or exc}") from None
    if rotate:
        _rotate(database)
    return target


def backup_if_due(database: Path, *, now: dt.datetime | None = None) -> Path | None:
    """The daily backup: made when the newest backup is more than a day old (or there is none)."""
    now = now or dt.datetime.now()
    backups = list_backups(database)
    if backups and now - backups[0].created < DAILY:
        return None
    return make_backup(database, now=now)


def daily_backup(url: str) -> Path | None:
    """The daily backup of the database at `url` when due; a server database is skipped, and
    a backup that cannot be written is logged without stopping the app from opening."""
    path = sqlite_path(url)
    if path is None:
        return None
    try:
        return backup_if_due(path)
    except DatabaseError as exc:
        logging.getLogger(__name__).warning("no daily backup: %s", exc)
        return None


def backup_before_migration(database: Path) -> Path:
    try:
        return make_backup(database)
    except DatabaseError as exc:
        raise DatabaseError(f"{exc}; the database was not upgraded") from None


def restore_backup(database: Path, backup: Path) -> Path | None:
    """Replace the content of `database` with `backup` (a Duty Roster database), after backing
    up the current content first; returns that safety backup (None when there was nothing)."""
    check_backup(backup)
    # Rotated only after the copy: the backup being restored may be the oldest one kept.
    safety = make_backup(database, rotate=False) if database.is_file() and database.stat().st_size else None
    _copy(backup, database, journal_mode="WAL")
    _rotate(database)
    return safety


def check_backup(path: Path) -> None:
    """Refuse a file that is not a Duty Roster database, or one from a newer release."""
    if not path.is_file():
        raise DatabaseError(f"no backup file {path}")
    check_sqlite_file(path)
    source = _read_only(path)
    try:
        tables = {name for (name,) in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not OUR_TABLES <= tables:
            raise NotADutyRosterDatabase(str(path), "it holds no roster")
        revisions = {row[0] for row in source.execute("SELECT version_num FROM alembic_version")}
    finally:
        source.close()
    if revisions - _known_revisions():
        raise NewerDatabase(str(path))


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from models.db import alembic_config

    script = ScriptDirectory.from_config(alembic_config("sqlite://"))
    return {revision.revision for revision in script.walk_revisions()}


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)


def _copy(source_path: Path, target: Path, *, journal_mode: str = "DELETE") -> None:
    """Copy with SQLite's backup API (a consistent snapshot even while others write). A new
    file is written under a temporary name first, so a failed copy leaves no backup behind;
    an existing target is overwritten page by page in one transaction."""
    source = sqlite3.connect(source_path, timeout=BUSY_TIMEOUT_MS / 1000)
    temporary = None
    try:
        if target.exists():
            destination_path = target
        else:
            handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            os.close(handle)
            destination_path = Path(temporary)
        destination = sqlite3.connect(destination_path, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            source.backup(destination)
            destination.execute(f"PRAGMA journal_mode={journal_mode}")
        finally:
            destination.close()
        if temporary:
            os.replace(temporary, target)
            temporary = None
    except sqlite3.OperationalError as exc:
        if is_lock_error(exc):
            raise DatabaseLocked(str(target)) from None
        raise DatabaseError(f"cannot copy {source_path} to {target}: {exc}") from None
    finally:
        source.close()
        if temporary:
            Path(temporary).unlink(missing_ok=True)


def _rotate(database: Path) -> None:
    for old in list_backups(database)[BACKUPS_KEPT:]:
        old.path.unlink(missing_ok=True)
