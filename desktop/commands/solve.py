"""`solve` and `check`: build a period's roster with the engine, or validate the stored one."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import signal
import sys
import threading
import time
from collections import Counter

from desktop.commands.options import add_db_option, add_period_options, check_period
from desktop.commands.workspace import opened_database
from desktop.errors import UserError

PROGRESS_AFTER_S = 1.0  # solves shorter than this print no progress lines


def solution_json(problem, solution) -> dict:
    """The `solve --json` object of ARCHITECTURE.md."""
    from models.bridge import per_volunteer, solution_entries

    shifts = {s.id: s for s in problem.shifts}
    unfilled = []
    for gap in solution.unfilled:
        if gap.event is not None:
            place = {"event": gap.event}
        else:
            s = shifts[gap.shift]
            place = {"center": s.center, "post": s.post, "date": s.date.isoformat(), "shift": s.template}
        unfilled.append({**place, "missing": gap.missing, "reasons": list(gap.reasons)})
    return {
        "status": solution.status,
        "objective": solution.objective,
        "best_bound": solution.best_bound,
        "wall_time_s": round(solution.wall_time_s, 3),
        "assignments": solution_entries(problem, solution),
        "unfilled": unfilled,
        "per_volunteer": per_volunteer(solution),
    }


class _ProgressPrinter:
    """Prints the best objective, bound and elapsed time to stderr, at most once a second."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.last = 0.0

    def __call__(self, progress) -> None:
        now = time.monotonic()
        if now - self.started < PROGRESS_AFTER_S or now - self.last < 1.0:
            return
        self.last = now
        bound = "" if progress.best_bound is None else f"  bound {progress.best_bound:.0f}"
        print(f"  {progress.elapsed_s:6.1f} s  best {progress.objective:.0f}{bound}"
              f"  ({progress.solutions} rosters found)", file=sys.stderr, flush=True)


EXIT_CONFLICT = 3  # the period changed while solving, or the database is locked: nothing stored
EXIT_NO_ROSTER = 4  # no roster found (or one that breaks a hard rule): nothing stored
OVERRUN_FACTOR, OVERRUN_S = 1.5, 2.0  # a solve longer than this says that building the model took the time


MAX_TIME_LIMIT_S = 24 * 3600  # a day: longer searches are a typo, not a plan
MAX_WORKERS = 64
MAX_SEED = 2**31 - 1  # CP-SAT's random_seed is a 32-bit integer


def check_search_options(args: argparse.Namespace) -> None:
    """Refuse a time limit, worker count or seed CP-SAT cannot take, in one line each."""
    if not math.isfinite(args.time_limit) or not 0 < args.time_limit <= MAX_TIME_LIMIT_S:
        raise UserError(f"--time-limit must be a number of seconds above 0 and at most {MAX_TIME_LIMIT_S}, "
                        f"got {args.time_limit}")
    if not 1 <= args.workers <= MAX_WORKERS:
        raise UserError(f"--workers must be from 1 to {MAX_WORKERS}, got {args.workers}")
    if not 0 <= args.seed <= MAX_SEED:
        raise UserError(f"--seed must be from 0 to {MAX_SEED}, got {args.seed}")


def cmd_solve(args: argparse.Namespace) -> int:
    from models import roster_guard as guard
    from models.db import current_user

    check_period(args)
    check_search_options(args)
    with opened_database(args.db) as database:
        try:
            guard.check_writable(database)
        except guard.DatabaseLocked as exc:
            raise UserError(str(exc), exit_code=EXIT_CONFLICT) from None
        problem, solution, cancelled = _load_and_solve(database, args)
        refused = guard.no_roster_reason(problem, solution)
        stored = None
        if refused is None:
            try:
                stored = guard.store_checked(database, guard.ReadStamp.of(problem, args.center), problem, solution,
                                             actor=current_user(), action="repair" if args.repair else "solve")
            except (guard.RosterChanged, guard.DatabaseLocked) as exc:
                raise UserError(str(exc), exit_code=EXIT_CONFLICT) from None
    if solution.wall_time_s > OVERRUN_FACTOR * args.time_limit + OVERRUN_S:
        days = (args.date_to - args.date_from).days + 1
        print(f"duty-roster: note: the solve took {solution.wall_time_s:.0f} s against --time-limit "
              f"{args.time_limit:g}: building the model of {days} days takes time of its own; a shorter period "
              "or one center (--center) is faster", file=sys.stderr)
    if args.json:
        print(json.dumps(solution_json(problem, solution), ensure_ascii=False))
    else:
        _print_summary(problem, solution, stored, cancelled=cancelled)
    if stored is None:
        stopped = "stopped by Ctrl-C before a roster was found: " if cancelled and solution.objective is None else ""
        print(f"duty-roster: error: {stopped}{refused}; nothing was stored, the period's roster is unchanged",
              file=sys.stderr)
        return EXIT_NO_ROSTER
    return 0


def _load_and_solve(database, args):
    """The period's Problem and the engine's Solution; Ctrl-C stops the solve at any phase."""
    from models.bridge import load_problem
    from scheduler import solve

    with database.session() as session:
        try:
            problem = load_problem(session, args.date_from, args.date_to, center=args.center, repair=args.repair)
        except ValueError as exc:
            raise UserError(str(exc)) from None
    if not problem.shifts and not problem.events:
        raise UserError(f"nothing to roster between {args.date_from} and {args.date_to}"
                        + (f" at {args.center}" if args.center else "") + " (no shifts or events)")
    if args.repair and not problem.existing:
        raise UserError("--repair needs a roster to repair, but the period has no assignments; run solve without --repair")
    cancel = threading.Event()
    previous = signal.signal(signal.SIGINT, lambda *_: cancel.set())  # Ctrl-C: keep the best roster
    try:
        solution = _in_thread(lambda: solve(problem, time_limit=args.time_limit, workers=args.workers,
                                            seed=args.seed, on_progress=_ProgressPrinter(), cancel=cancel))
    except ValueError as exc:  # locked assignments that break a hard rule
        raise UserError(str(exc)) from None
    finally:
        signal.signal(signal.SIGINT, previous)
    return problem, solution, cancel.is_set()


def _in_thread(work):
    """`work()` on a worker thread while the main thread waits in short steps: Python runs a
    signal handler only on the main thread between its own steps, so Ctrl-C sets the cancel
    event at once even while the engine runs C++ code (model building, a CP-SAT search)."""
    result: dict = {}

    def run() -> None:
        try:
            result["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - re-raised on the main thread
            result["error"] = exc

    worker = threading.Thread(target=run, name="solve", daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(0.1)
    if "error" in result:
        raise result["error"]
    return result["value"]


def _print_summary(problem, solution, stored, *, cancelled: bool) -> None:
    if solution.objective is None:
        score = "no roster found"
    else:
        score = f"objective {solution.objective}"
        if solution.best_bound is not None:  # None when the search stopped before it proved one
            score += f", bound {solution.best_bound:g}"
            if solution.objective:
                score += f", gap {100 * (solution.objective - solution.best_bound) / solution.objective:.1f} %"
    print(f"{solution.status}{' (stopped by Ctrl-C)' if cancelled else ''}: {score}, {solution.wall_time_s:.1f} s")
    if stored is None:
        print("no roster was stored")
        return
    print(f"{len(solution.assignments)} assignments ({stored['added']} added, {stored['removed']} removed, "
          f"{stored['kept']} kept)")
    if solution.penalties:
        print("score by rule: " + ", ".join(f"{name} {value}" for name, value in sorted(solution.penalties.items())
                                            if value))
    shifts = {s.id: s for s in problem.shifts}
    seats = sum(u.missing for u in solution.unfilled)
    if seats:
        print(f"{seats} seat(s) unfilled:")
        for gap_ in solution.unfilled:
            if gap_.event:
                where = f"event {gap_.event}"
            else:
                s = shifts[gap_.shift]
                where = f"{s.center} {s.post} {s.date} {s.template}"
            print(f"  {where}: {gap_.missing} missing — {'; '.join(gap_.reasons)}")
    else:
        print("every minimum is covered")


CHECKABLE = (dt.date(1900, 1, 1), dt.date(2200, 12, 31))  # dates the engine and the holiday calendars take


def _stored_dates(doc: dict) -> list[dt.date]:
    """Dates of every stored assignment (shift dates, and event dates for event assignments)."""
    event_dates = {ev["code"]: ev["date"] for ev in doc["events"]}
    return [dt.date.fromisoformat(a["date"] if "date" in a else event_dates[a["event"]]) for a in doc["assignments"]]


def _periods(dates: list[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """The stored dates grouped into periods of at most a year each, only where there are
    assignments: an event dated far away adds one short period, not the years between."""
    from models.roster_guard import MAX_PERIOD_DAYS

    periods: list[list[dt.date]] = []
    for day in sorted(set(dates)):
        if periods and (day - periods[-1][0]).days < MAX_PERIOD_DAYS:
            periods[-1][1] = day
        else:
            periods.append([day, day])
    return [(lo, hi) for lo, hi in periods]


def cmd_check(args: argparse.Namespace) -> int:
    from models.bridge import problem_from_workspace
    from models.workspace import export_workspace

    check_period(args)
    if (args.date_from is None) != (args.date_to is None):
        raise UserError("give both --from and --to, or neither (to check every stored assignment)")
    with opened_database(args.db) as database:
        with database.session() as session:
            doc = export_workspace(session)
    if args.date_from is not None:
        periods, outside = [(args.date_from, args.date_to)], []
    else:
        dates = _stored_dates(doc)
        if not dates:
            print("no roster stored: nothing to check")
            return 0
        outside = [day for day in dates if not CHECKABLE[0] <= day <= CHECKABLE[1]]
        periods = _periods([day for day in dates if CHECKABLE[0] <= day <= CHECKABLE[1]])
    hard_total = 0
    for start, end in periods:
        try:
            problem = problem_from_workspace(doc, start, end)
        except (ValueError, OverflowError) as exc:
            raise UserError(f"cannot check {start} … {end}: {exc}") from None
        hard_total += _report(problem, start, end, verbose=args.verbose)
    if outside:
        print(f"error: dates: {len(outside)} assignment(s) dated outside {CHECKABLE[0]} … {CHECKABLE[1]} "
              f"(first {min(outside)}) are not checked")
    return 1 if hard_total or outside else 0


def _report(problem, start: dt.date, end: dt.date, *, verbose: bool) -> int:
    """Print the violations of the stored roster of one period; return how many are hard."""
    from scheduler import validate

    violations = validate(problem, problem.existing)
    hard = [v for v in violations if v.hard]
    soft = [v for v in violations if not v.hard]
    for v in hard:
        print(f"error: {v.rule}: {v.message}")
    if verbose:
        for v in soft:
            print(f"warning: {v.rule}: {v.message}")
    else:
        for rule, count in sorted(Counter(v.rule for v in soft).items()):
            print(f"warning: {rule}: {count} time(s) (--verbose lists them)")
    print(f"{start} … {end}: {len(problem.existing)} assignments checked, {len(hard)} hard violation(s), "
          f"{len(soft)} warning(s)")
    return len(hard)


def register(subparsers) -> None:
    solve = subparsers.add_parser(
        "solve", help="build, solve and save the roster of a period",
        description="Assign volunteers to the period's shifts and events with CP-SAT and store the roster. "
                    "Locked assignments are kept. Progress goes to stderr; Ctrl-C stops and keeps the best roster "
                    "found so far. A roster is stored only when it is complete and keeps every hard rule, "
                    "and the period is at most a year (366 days). Exit status 0 when stored, 2 on bad input, "
                    f"{EXIT_NO_ROSTER} when no roster was found (nothing stored, the period stays as it was), "
                    f"{EXIT_CONFLICT} when the period changed while solving (another solve, import or edit) or the "
                    "database is locked by another program (nothing stored; solve again).")
    add_period_options(solve)
    solve.add_argument("--center", metavar="CODE", help="solve one center only (others' rosters stay as they are)")
    solve.add_argument("--time-limit", type=float, default=30.0, metavar="S", help="seconds to search (default 30)")
    solve.add_argument("--workers", type=int, default=2, metavar="N", help="CP-SAT search workers (default 2)")
    solve.add_argument("--seed", type=int, default=0, help="random seed; same seed and 1 worker, same roster")
    solve.add_argument("--repair", action="store_true",
                       help="keep locks and change as few of the current assignments as the rules allow")
    solve.add_argument("--json", action="store_true", help="print the machine-readable result on stdout")
    add_db_option(solve)
    solve.set_defaults(handler=cmd_solve)

    check = subparsers.add_parser(
        "check", help="validate the stored roster against every rule",
        description="Validate the stored roster with the engine's rule catalogue and print each violation with its "
                    "rule name. Without --from/--to every stored date is checked, a year at a time where there "
                    "are assignments. Exit status 1 when a hard rule is broken.")
    add_period_options(check, required=False)
    check.add_argument("--verbose", "-v", action="store_true", help="list every soft-rule warning, not only counts")
    add_db_option(check)
    check.set_defaults(handler=cmd_check)
