"""Storing a solve safely: a roster is stored only when it is complete, keeps every hard rule,
and was solved from what the database still holds.

A solve reads its period (`load_problem`), searches for seconds or minutes, then stores. In
between, another solve (of this center or of one that shares volunteers), an import or a
hand edit may change what the solve read. So the solve takes a `ReadStamp` (a digest of the
Problem it was built from) and stores under a database-level lock (SQLite `BEGIN
IMMEDIATE`; PostgreSQL an advisory lock plus share locks on the workspace tables), inside
which the period's Problem is built again from the database and compared with the stamp.
The Problem holds everything a roster's validity depends on (the scope's shifts, locks and
previous roster, leave and limits of the volunteers in scope, other centers' duties and the
counts already served in each week and month), so an unchanged Problem means the roster
still keeps every hard rule; a changed one refuses the store with `RosterChanged` and
nothing is written.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import time
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

import models.db
from models.db import BUSY_TIMEOUT_MS, ConflictError, Database, DatabaseError, is_lock_error

MAX_PERIOD_DAYS = 366  # the longest period a solve, check or print takes
LOCK_KEY = 0x64757479  # PostgreSQL advisory lock of the roster store ("duty")
LOCK_WAIT_S = 30  # PostgreSQL: how long a store waits for another writer to finish
UNLOCKED_TABLES = {"audit_entry", "published_roster", "shift_result", "alembic_version"}


class RosterChanged(ConflictError):
    """What the solve read changed before its roster could be stored: nothing was stored."""

    def __init__(self, message: str = "the roster changed while solving (another solve, import or edit); "
                                      "solve again; nothing was stored"):
        super().__init__(message)


class DatabaseLocked(DatabaseError):
    """Another program holds the database's write lock."""

    def __init__(self, message: str = "the database is locked by another program; close it or wait, then "
                                      "solve again; nothing was stored"):
        super().__init__(message)


def period_error(start: dt.date, end: dt.date) -> str | None:
    """Why the period [start, end] cannot be solved, checked or printed (None when it can)."""
    if end < start:
        return f"the period ends ({end}) before it starts ({start})"
    days = (end - start).days + 1
    if days > MAX_PERIOD_DAYS:
        return (f"the period {start} … {end} has {days} days; at most {MAX_PERIOD_DAYS} are taken at once "
                "(split it into years)")
    return None


# ---- what the solve read -----------------------------------------------------------------

def _canonical(value) -> object:
    """A process-independent form of a Problem for hashing: sets sorted, dates as text."""
    if dataclasses.is_dataclass(value):
        return [type(value).__name__] + [[f.name, _canonical(getattr(value, f.name))]
                                         for f in dataclasses.fields(value)]
    if isinstance(value, (set, frozenset)):
        return sorted((_canonical(item) for item in value), key=repr)
    if isinstance(value, dict):
        return sorted(([_canonical(k), _canonical(v)] for k, v in value.items()), key=repr)
    if isinstance(value, (list, tuple)):
        return [_canonical(item) for item in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def problem_digest(problem) -> str:
    return hashlib.sha256(repr(_canonical(problem)).encode()).hexdigest()


@dataclass(frozen=True)
class ReadStamp:
    """The period a solve read and the digest of the Problem built from it (picklable, so a
    solve in a child process hands it to the board)."""

    start: dt.date
    end: dt.date
    center: str | None
    repair: bool
    digest: str

    @classmethod
    def of(cls, problem, center: str | None) -> ReadStamp:
        return cls(problem.start, problem.end, center, problem.repair, problem_digest(problem))

    def verify(self, session: Session) -> None:
        """Lock the roster for this transaction, then raise RosterChanged unless the period's
        Problem, built again from the database, is the one the solve read."""
        from models.bridge import load_problem

        lock_roster(session)
        try:
            now = load_problem(session, self.start, self.end, center=self.center, repair=self.repair)
        except (ValueError, KeyError):  # the center or a reference it used is gone
            raise RosterChanged() from None
        if problem_digest(now) != self.digest:
            raise RosterChanged()


# ---- locking -----------------------------------------------------------------------------

def lock_roster(session: Session) -> None:
    """Take the database's lock for a read-check-store of the roster, held until the
    transaction ends. Must be the transaction's first statement."""
    connection = session.connection()
    try:
        if connection.dialect.name == "sqlite":
            # pysqlite starts no transaction before a SELECT, so this BEGIN is the first. It
            # waits as long as PostgreSQL does for an import or another store to finish.
            connection.exec_driver_sql(f"PRAGMA busy_timeout={LOCK_WAIT_S * 1000}")
            try:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
            finally:
                connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # back to the usual wait
        elif connection.dialect.name == "postgresql":
            connection.execute(text(f"SET LOCAL lock_timeout = '{LOCK_WAIT_S}s'"))
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})
            _share_lock_tables(session)
    except OperationalError as exc:
        if connection.dialect.name == "sqlite" and is_lock_error(exc):
            raise DatabaseLocked() from None
        raise RosterChanged("another program kept the roster's tables locked for "
                            f"{LOCK_WAIT_S} s; solve again; nothing was stored") from None


def _share_lock_tables(session: Session) -> None:
    """PostgreSQL: no other transaction writes the workspace until this one ends (an import
    or edit that started first is waited for), so what is checked is what is stored against.
    The locks are tried all at once without waiting, and let go of between tries, so this
    never holds some tables while it waits for others (no deadlock with an import)."""
    from models.entities import Base

    names = [t.name for t in Base.metadata.sorted_tables if t.name not in UNLOCKED_TABLES]
    others = ", ".join(f'"{name}"' for name in names if name != "assignment")
    deadline = time.monotonic() + LOCK_WAIT_S
    while True:
        try:
            with session.begin_nested():
                session.execute(text(f"LOCK TABLE {others} IN SHARE MODE NOWAIT"))
                session.execute(text('LOCK TABLE "assignment" IN SHARE ROW EXCLUSIVE MODE NOWAIT'))
            return
        except OperationalError as exc:
            if getattr(exc.orig, "sqlstate", None) != "55P03" or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def check_writable(db: Database) -> None:
    """SQLite: raise DatabaseLocked at once when another program holds the write lock, so a
    long solve is not thrown away at the end (PostgreSQL waits for row locks instead)."""
    if db.engine.dialect.name != "sqlite":
        return
    with db.engine.connect() as connection:
        try:
            connection.exec_driver_sql("PRAGMA busy_timeout=1000")
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            connection.exec_driver_sql("ROLLBACK")
        except OperationalError as exc:
            if is_lock_error(exc):
                raise DatabaseLocked("the database is locked by another program; close it or wait, then solve "
                                     "again") from None
            raise
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")  # back to the usual wait


# ---- the store -----------------------------------------------------------------------------

def no_roster_reason(problem, solution) -> str | None:
    """Why the solution is not a roster to store (None when it is one): the engine found none,
    or the roster breaks a hard rule of the catalogue."""
    from scheduler import validate

    if solution.objective is None or solution.status == "infeasible":
        return f"no roster found ({solution.status})"
    broken = validate(problem, solution.assignments, soft=False)
    if broken:
        first = broken[0]
        return f"the roster found breaks {len(broken)} hard rule(s) ({first.rule}: {first.message})"
    return None


def store_checked(db: Database, stamp: ReadStamp, problem, solution, *, actor: str,
                  action: str = "solve") -> dict[str, int]:
    """`store_solution` in one locked transaction, after `stamp.verify`; RosterChanged or
    DatabaseLocked when it cannot be stored (then nothing is)."""
    from models.bridge import store_solution

    try:
        with db.session() as session:
            stamp.verify(session)
            return store_solution(session, problem, solution, actor=actor, action=action)
    except (RosterChanged, DatabaseLocked):
        raise
    except models.db.DatabaseLocked:  # db.session's reading of SQLite's lock error
        raise DatabaseLocked() from None
    except ConflictError:  # a unique key taken, or a row changed, by another writer meanwhile
        raise RosterChanged() from None
    except DatabaseError as exc:  # db.session's reading of the driver's error, which is its cause
        # PostgreSQL: a deadlock with another writer, or a lock not granted in time.
        if getattr(getattr(exc.__cause__, "orig", None), "sqlstate", None) in ("40P01", "40001", "55P03"):
            raise RosterChanged() from None
        raise
