"""Shared set-up of the roster board tests: the demo workspace in a fresh SQLite database,
and once per session a copy with a week's roster already generated (copied per test)."""
from __future__ import annotations

import datetime as dt
import shutil
import threading
from pathlib import Path

WEEK = (dt.date(2026, 11, 23), dt.date(2026, 11, 29))  # has a holiday (24/11) and an outreach Saturday


def demo_database(path: Path):
    from models.db import open_database
    from models.demo import demo_workspace
    from models.workspace import import_workspace

    db = open_database(str(path))
    with db.session() as session:
        import_workspace(session, demo_workspace())
    return db


def solve_into(db, start: dt.date, end: dt.date, *, time_limit: float = 5.0) -> None:
    from desktop.solving import run_solve
    from models import roster_edits

    outcome = run_solve(db, start, end, None, repair=False, time_limit=time_limit, workers=1,
                        cancel=threading.Event())
    roster_edits.replace(db, outcome.removed, outcome.added, actor="test", action="solve")


def copy_database(template: Path, folder: Path):
    from models.db import open_database

    target = folder / "roster.sqlite"
    shutil.copy(template, target)
    return open_database(str(target))
