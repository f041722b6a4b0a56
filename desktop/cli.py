"""The `duty-roster` command line: parse arguments, dispatch to a subcommand, and turn every
expected failure into one clear line on stderr with a non-zero exit code."""
from __future__ import annotations

import argparse
import importlib
import os
import sys

from desktop.commands.options import add_db_option
from desktop.errors import UserError
from desktop.version import app_version

# Modules under desktop/commands, each with `register(subparsers)`.
COMMAND_MODULES = ("workspace", "solve", "exports", "backups", "screenshots", "board_solve")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, not the whole usage block
        raise UserError(f"{self.prog}: {message} (see --help)")


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
