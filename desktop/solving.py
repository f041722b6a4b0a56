"""Solving a period for the board: load the problem, run the engine, work out the board edit.

No Qt here: `solve_period` runs the whole thing in a child process (desktop.child_process)
so the GUI stays responsive even on a province-sized month; `run_solve` is the same work in
the calling process (tests, benchmarks, in-memory databases)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from dataclasses import dataclass

from models import roster_edits as edits
from models.roster_edits.board import Chip, NewChip, Seat


@dataclass
class SolveOutcome:
    problem: object  # scheduler.Problem (trimmed to what the summary shows when solved in a child)
    solution: object  # scheduler.Solution
    removed: list[Chip]
    added: list[NewChip]
    kept: int
    stopped: bool
    stamp: object = None  # models.roster_guard.ReadStamp: what the solve read, verified when storing
    refused: str | None = None  # why there is no roster to store (none found, or it breaks a hard rule)
    facts: object = None  # desktop.solve_facts.SolveFacts: what the summary tells in words

    def store(self, db, removed: list[Chip], *, actor: str, action: str) -> list[Chip]:
        """Write the board edit in one locked transaction that first checks the period is
        still what the solve read (RosterChanged, nothing written, when it is not)."""
        return edits.replace(db, removed, self.added, actor=actor, action=action, before=self.stamp.verify)


def seat_of_shift(shift) -> Seat:
    return Seat(shift.center, shift.post, shift.date, shift.template)


def _load_kept(session, start: dt.date, end: dt.date, center: str | None, repair: bool,
               keep: frozenset) -> tuple[object, object]:
    """(problem to solve, problem as stored): in the first, the assignments whose (volunteer,
    seat key) pair is in `keep` count as locked, so the solver leaves them where they are."""
    from models.bridge import problem_from_workspace
    from models.workspace import export_workspace

    stored = problem_from_workspace(export_workspace(session), start, end, center=center, repair=repair)
    if not keep:
        return stored, stored
    existing = tuple(dataclasses.replace(a, locked=True) if (a.volunteer, a.shift or a.event) in keep else a
                     for a in stored.existing)
    return dataclasses.replace(stored, existing=existing), stored


def run_solve(db, start: dt.date, end: dt.date, center: str | None, *, repair: bool, time_limit: float,
              workers: int, cancel: threading.Event, on_progress=None, keep: frozenset = frozenset()) -> SolveOutcome:
    """Load the period's problem, solve it and work out the board edit. The assignments named
    in `keep` ((volunteer, seat key) pairs: published or hand-placed ones) stay as if locked."""
    from models import roster_guard as guard
    from scheduler import solve

    refused = guard.period_error(start, end)
    if refused:
        raise ValueError(refused)
    guard.check_writable(db)
    with db.session() as session:
        problem, stored = _load_kept(session, start, end, center, repair, keep)
    if not problem.shifts and not problem.events:
        raise ValueError("nothing to roster in this period (no shifts or events)")
    stamp = guard.ReadStamp.of(stored, center)
    solution = solve(problem, time_limit=time_limit, workers=workers, on_progress=on_progress, cancel=cancel)
    refused = guard.no_roster_reason(problem, solution)
    if refused:  # no roster to store: change nothing
        return SolveOutcome(problem, solution, [], [], 0, cancel.is_set(), stamp, refused)
    shifts = {s.id: s for s in problem.shifts}
    proposal = [(a.volunteer, Seat(event=a.event) if a.event else seat_of_shift(shifts[a.shift]))
                for a in solution.assignments]
    scope = set(shifts) | {ev.code for ev in problem.events}
    chips = [dataclasses.replace(c, locked=True) if c.pair in keep else c
             for c in edits.period_chips(db, start, end, center) if c.seat.key in scope]
    removed, added = edits.diff(chips, proposal)
    from desktop.solve_facts import solve_facts

    return SolveOutcome(problem, solution, removed, added, len(chips) - len(removed), cancel.is_set(), stamp,
                        facts=solve_facts(problem, solution, removed, added))


def _solve_in_child(db_url: str, start: dt.date, end: dt.date, center: str | None, repair: bool,
                    time_limit: float, workers: int, keep: frozenset = frozenset(), *, cancel,
                    on_progress) -> SolveOutcome:
    from models.db import open_database

    db = open_database(db_url, migrate=False)
    try:
        outcome = run_solve(db, start, end, center, repair=repair, time_limit=time_limit, workers=workers,
                            cancel=cancel, on_progress=on_progress, keep=keep)
    finally:
        db.dispose()
    # Send back only what the summary shows: unpickling a province-sized Problem in the GUI
    # process would hold its interpreter lock for a noticeable moment.
    wanted = {gap.shift for gap in outcome.solution.unfilled}
    slim = dataclasses.replace(outcome.problem, volunteers=(), existing=(), fixed=(),
                               shifts=tuple(s for s in outcome.problem.shifts if s.id in wanted))
    return dataclasses.replace(outcome, problem=slim)


def solve_period(db, start: dt.date, end: dt.date, center: str | None, *, repair: bool, time_limit: float,
                 workers: int, cancel: threading.Event, on_progress=None,
                 keep: frozenset = frozenset()) -> SolveOutcome:
    """`run_solve` in a child process (in this process for an in-memory database)."""
    keep = frozenset(keep)
    if db.engine.url.get_backend_name() == "sqlite" and db.engine.url.database in (None, "", ":memory:"):
        return run_solve(db, start, end, center, repair=repair, time_limit=time_limit, workers=workers,
                         cancel=cancel, on_progress=on_progress, keep=keep)
    from desktop.child_process import run_in_child

    return run_in_child(_solve_in_child, (db.url, start, end, center, repair, time_limit, workers, keep),
                        cancel=cancel, on_progress=on_progress)
