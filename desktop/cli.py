"""The `duty-roster` command line: parse arguments, dispatch to a subcommand, and turn every
expected failure into one clear line on stderr with a non-zero exit code."""
from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import sys

from desktop.errors import UserError
from desktop.version import app_version

# Modules under desktop/commands, each with `register(subparsers)`.
COMMAND_MODULES = ("workspace", "solve", "exports", "screenshots", "board_solve")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not the whole usage block
        raise UserError(f"{self.prog}: {message} (see --help)")


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
        help="SQLite file path or SQLAlchemy URL (default: $DUTY_ROSTER_DB, else the user's data folder)",
    )


def add_period_options(parser: argparse.ArgumentParser, required: bool = True) -> None:
    parser.add_argument("--from", dest="date_from", type=iso_date, required=required, metavar="DATE",
                        help="first day of the period (YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", type=iso_date, required=required, metavar="DATE",
                        help="last day of the period, inclusive (YYYY-MM-DD)")


def check_period(args: argparse.Namespace) -> None:
    if args.date_from and args.date_to and args.date_to < args.date_from:
        raise UserError(f"--to {args.date_to} is before --from {args.date_from}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="duty-roster",
        description="Roster youth volunteers for public service centers. Without a command, opens the app.",
    )
    add_db_option(parser)
    parser.add_argument("--version", action="version", version=f"duty-roster {app_version()}")
    parser.set_defaults(db=None, command=None)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"desktop.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"desktop.commands.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def run(argv: list[str]) -> int:
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.command is None:
            from desktop.app import run_gui

            return run_gui(args.db)
        return args.handler(args)
    except UserError as exc:
        print(f"duty-roster: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("duty-roster: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the reader left: not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:  # a bug, not bad input: still one line unless asked for details
        if os.environ.get("DUTY_ROSTER_DEBUG"):
            raise
        print(f"duty-roster: internal error: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''} "
              "(set DUTY_ROSTER_DEBUG=1 for the traceback)", file=sys.stderr)
        return 70
