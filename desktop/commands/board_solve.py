"""`board-solve` (hidden): solve a period the way the board's Generate button does — in a
child process (desktop.solving.solve_period) — and print what the board would propose,
without saving it. It exists so the standalone bundle's smoke test (tests/package) can prove
that the bundle starts that child through itself, as the GUI would."""
from __future__ import annotations

import argparse
import threading

from desktop.commands.options import add_db_option, add_period_options, check_period
from desktop.errors import UserError


def cmd_board_solve(args: argparse.Namespace) -> int:
    from desktop.commands.workspace import opened_database
    from desktop.solving import solve_period

    check_period(args)
    with opened_database(args.db) as db:
        try:
            outcome = solve_period(db, args.date_from, args.date_to, args.center, repair=False,
                                   time_limit=args.time_limit, workers=1, cancel=threading.Event())
        except ValueError as exc:
            raise UserError(str(exc)) from None
    solution = outcome.solution
    print(f"status {solution.status}, objective {solution.objective}")
    print(f"proposal: {len(outcome.added)} to add, {len(outcome.removed)} to remove, {outcome.kept} kept, "
          f"{len(solution.unfilled)} unfilled")
    return 0 if solution.objective is not None else 1


def register(subparsers) -> None:
    parser = subparsers.add_parser("board-solve", description=__doc__.splitlines()[0])  # no help=: not listed
    add_period_options(parser)
    parser.add_argument("--center", metavar="CODE")
    parser.add_argument("--time-limit", type=float, default=20.0, metavar="S")
    add_db_option(parser)
    parser.set_defaults(handler=cmd_board_solve)
