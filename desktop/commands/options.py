"""Options shared by several subcommands: --db, the period (--from/--to) and its check."""
from __future__ import annotations

import argparse
import datetime as dt

from desktop.errors import UserError


def iso_date(text: str) -> dt.date:
    """argparse type for YYYY-MM-DD dates."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        default=argparse.SUPPRESS,  # the top-level parser sets None; a subcommand's --db wins
        help="SQLite file path or SQLAlchemy URL (default: $DUTY_ROSTER_DB, else the user's data folder); "
             "an existing file must be a Duty Roster database or empty",
    )


def add_period_options(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--from", dest="date_from", type=iso_date, required=required, metavar="DATE",
                        help="first day of the period (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", type=iso_date, required=required, metavar="DATE",
                        help="last day of the period, inclusive (YYYY-MM-DD)")


def check_period(args: argparse.Namespace) -> None:
    """Refuse a period that ends before it starts, or one too long to solve, check or print."""
    if not (args.date_from and args.date_to):
        return
    if args.date_to < args.date_from:
        raise UserError(f"--to {args.date_to} is before --from {args.date_from}")
    from models.roster_guard import period_error

    problem = period_error(args.date_from, args.date_to)
    if problem:
        raise UserError(problem)
