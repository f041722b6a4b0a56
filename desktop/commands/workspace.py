"""`demo`, `import` and `export-json`: workspace documents in and out of the database."""
from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from pathlib import Path

from desktop.commands.options import add_db_option
from desktop.errors import UserError


@contextmanager
def opened_database(db_arg: str | None):
    """The database named by --db, with its failures turned into one-line user errors."""
    from models.db import DatabaseError, open_database

    try:
        database = open_database(db_arg)
    except DatabaseError as exc:
        raise UserError(str(exc)) from None
    try:
        yield database
    except DatabaseError as exc:  # a conflict, a lock held elsewhere: nothing was saved
        raise UserError(str(exc)) from None
    finally:
        database.dispose()


def shown_path(path: str) -> str:
    """A file name as text that can be printed and stored: bytes that are not UTF-8 (kept by
    Python as lone surrogates) become U+FFFD."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def report_invalid(exc) -> None:
    """Print every error of an invalid workspace, one line each, then fail."""
    if len(exc.errors) == 1:
        raise UserError(f"{exc.source}: {exc.errors[0]}; nothing was imported", exit_code=1)
    for error in exc.errors:
        print(f"duty-roster: error: {exc.source}: {error}", file=sys.stderr)
    raise UserError(f"{exc.source}: {len(exc.errors)} error(s); nothing was imported", exit_code=1)


def cmd_demo(args: argparse.Namespace) -> int:
    from models.db import current_user
    from models.demo import demo_workspace, province_workspace
    from models.workspace import import_workspace

    doc = province_workspace() if args.province else demo_workspace()
    with opened_database(args.db) as database:
        with database.session() as session:
            counts = import_workspace(session, doc, actor=current_user(),
                                      source="province demo" if args.province else "demo")
        print(f"demo workspace written to {database.display_name}: "
              f"{counts['volunteers']} volunteers, {counts['centers']} centers, {counts['events']} events")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from models.db import current_user
    from models.workspace import WorkspaceInvalid, import_workspace, read_workspace_file

    shown = shown_path(args.file)
    try:
        doc = read_workspace_file(args.file)
    except WorkspaceInvalid as exc:
        exc.source = shown
        report_invalid(exc)
    with opened_database(args.db) as database:
        try:
            with database.session() as session:
                counts = import_workspace(session, doc, merge=args.merge, actor=current_user(), source=shown)
        except WorkspaceInvalid as exc:
            report_invalid(exc)
        mode = "merged into" if args.merge else "imported into"
        print(f"{shown} {mode} {database.display_name}: "
              + ", ".join(f"{count} {name}" for name, count in counts.items()))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from models.files import OutputError, is_special, writes_to_stdout
    from models.workspace import export_workspace, write_workspace_file

    target = Path(args.output)
    if not is_special(args.output) and not target.parent.is_dir():
        raise UserError(f"cannot write {args.output}: folder {target.parent} does not exist")
    with opened_database(args.db) as database:
        with database.session() as session:
            doc = export_workspace(session)
    try:
        write_workspace_file(doc, args.output)
    except OutputError as exc:
        raise UserError(str(exc)) from None
    if not writes_to_stdout(args.output):
        print(f"workspace written to {args.output}: {len(doc['volunteers'])} volunteers, "
              f"{len(doc['assignments'])} assignments")
    return 0


def register(subparsers) -> None:
    demo = subparsers.add_parser("demo", help="create (or reset) the realistic demo workspace",
                                 description="Replace the workspace with the seeded Quảng Ninh demo: the provincial "
                                             "HCC (25 volunteers) and two commune points, Nov–Dec 2026.")
    demo.add_argument("--province", action="store_true",
                      help="the whole province instead: 55 centers (HCC + 54 communes), 825 volunteers, 55 events")
    add_db_option(demo)
    demo.set_defaults(handler=cmd_demo)

    load = subparsers.add_parser("import", help="load a workspace JSON file (replace, or --merge)",
                                 description="Validate FILE completely and write it in one transaction. Every "
                                             "error is listed with its JSON path; nothing is written if any is found.")
    load.add_argument("file", metavar="FILE.json")
    load.add_argument("--merge", action="store_true",
                      help="lay the file over the stored workspace instead of replacing it: known codes are "
                           "updated for the keys the file gives, new ones added, nothing deleted")
    add_db_option(load)
    load.set_defaults(handler=cmd_import)

    export = subparsers.add_parser("export-json", help="write the whole workspace, assignments included",
                                   description="Write the workspace as JSON (formats/workspace.md), in a stable order.")
    export.add_argument("-o", "--output", required=True, metavar="FILE.json", help="output file, or - for stdout")
    add_db_option(export)
    export.set_defaults(handler=cmd_export)
