"""`pdf`, `ics` and `xlsx`: print the roster of a period from the database to files.

The workspace is read once, turned into print data by `models.print_data` and rendered by
`exports`; every file is written by `models.files.write_file`: a regular file through a
temporary name beside it and a rename, so a failure never leaves half a file behind; `-o -`,
a device or a pipe by writing into it.
"""
from __future__ import annotations

import argparse
import os
import sys
from contextlib import contextmanager
from pathlib import Path

from desktop import printing
from desktop.commands.options import add_db_option, add_period_options, check_period, iso_date
from desktop.errors import UserError
from models.files import OutputError, is_special, write_file, writes_to_stdout



def register(subparsers) -> None:
    pdf = subparsers.add_parser("pdf", help="print the roster of a period to PDF",
                                description="Print a period to PDF: the center roster (with the outreach events it "
                                            "hosts), every volunteer's "
                                            "personal schedule, outreach team sheets or the statistics.")
    pdf.add_argument("kind", choices=printing.PDF_KINDS, help="what to print")
    add_period_options(pdf)
    pdf.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF file to write, or - for stdout")
    pdf.add_argument("--center", metavar="CODE", help="only this center")
    pdf.add_argument("--volunteer", metavar="CODE", help="only this volunteer (pdf volunteers)")
    pdf.add_argument("--phones", action="store_true", help="phone numbers under the names (pdf center)")
    _add_dated_option(pdf)
    add_db_option(pdf)
    pdf.set_defaults(handler=cmd_pdf)

    ics = subparsers.add_parser("ics", help="one iCalendar file per volunteer",
                                description="Write one .ics file per volunteer with their shifts and events "
                                            "of the period (time zone Asia/Ho_Chi_Minh).")
    add_period_options(ics)
    ics.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the .ics files")
    ics.add_argument("--center", metavar="CODE", help="only duties at this center")
    ics.add_argument("--volunteer", metavar="CODE", help="only this volunteer")
    add_db_option(ics)
    ics.set_defaults(handler=cmd_ics)

    xlsx = subparsers.add_parser("xlsx", help="the roster and its statistics as a spreadsheet",
                                 description="Write the roster and the statistics of a period to an Excel workbook.")
    add_period_options(xlsx)
    xlsx.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", help="the workbook to write, or - for stdout")
    xlsx.add_argument("--center", metavar="CODE", help="only this center")
    add_db_option(xlsx)
    xlsx.set_defaults(handler=cmd_xlsx)


def _add_dated_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dated", type=iso_date, metavar="DATE",
                        help="date printed above the signature (default: left blank to fill in by hand)")


# -- handlers ----------------------------------------------------------------------------------
def cmd_pdf(args: argparse.Namespace) -> int:
    check_period(args)
    if args.volunteer and args.kind != "volunteers":
        raise UserError("--volunteer applies to `pdf volunteers` only")
    if args.phones and args.kind != "center":
        raise UserError("--phones applies to `pdf center` only (team sheets always show phones)")
    target = _output_file(args.output, ".pdf")
    workspace = load_workspace(args.db)
    with _printing():
        pdf, what = printing.render_pdf(workspace, args.kind, args.date_from, args.date_to, center=args.center,
                                        volunteer=args.volunteer, phones=args.phones, issued_on=args.dated)
        write_file(target, pdf)
    _summary(target, what)
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    check_period(args)
    folder = Path(args.output)
    if args.output == "-":
        raise UserError("ics writes one file per volunteer: give a folder to -o, not -")
    if folder.exists() and not folder.is_dir():
        raise UserError(f"cannot write into {folder}: it is a file, expected a folder")
    if not folder.exists():
        _output_file(str(folder), "")  # its parent must exist and be writable
    workspace = load_workspace(args.db)
    with _printing():
        count = printing.write_calendars(workspace, args.date_from, args.date_to, folder,
                                         center=args.center, volunteer=args.volunteer)
    print(f"{folder}: {count} calendar file(s)")
    return 0


def cmd_xlsx(args: argparse.Namespace) -> int:
    check_period(args)
    target = _output_file(args.output, ".xlsx")
    workspace = load_workspace(args.db)
    with _printing():
        workbook, what = printing.render_workbook(workspace, args.date_from, args.date_to, center=args.center)
        write_file(target, workbook)
    _summary(target, what)
    return 0


# -- shared ------------------------------------------------------------------------------------
def load_workspace(db_arg: str | None) -> dict:
    """The whole workspace document, read in one short transaction."""
    from desktop.commands.workspace import opened_database
    from models.workspace import export_workspace

    with opened_database(db_arg) as database:
        with database.session() as session:
            return export_workspace(session)


@contextmanager
def _printing():
    """Unknown codes, an empty period and a file that cannot be written become one-line errors."""
    from models.print_data import UnknownCode

    try:
        yield
    except (UnknownCode, printing.NothingToPrint, OutputError) as exc:  # OutputError (an OSError) says it all
        raise UserError(str(exc)) from None
    except OSError as exc:
        where = f" {exc.filename}" if exc.filename else ""
        raise UserError(f"cannot write{where}: {exc.strerror or exc}") from None


def _summary(target, what: str) -> None:
    """What was written, on stdout; on stderr when the output itself went to stdout."""
    print(f"{target}: {what}", file=sys.stderr if writes_to_stdout(target) else sys.stdout)


def _output_file(path_text: str, suffix: str) -> Path | str:
    """Check before any work that the file can be written (its folder exists and is writable).
    `-`, a device or a pipe is written as it is, whatever its name."""
    path = Path(path_text)
    if is_special(path_text):
        return path_text
    if path.is_dir():
        raise UserError(f"cannot write {path}: it is a folder")
    folder = path.parent
    if not folder.is_dir():
        raise UserError(f"cannot write {path}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise UserError(f"cannot write {path}: permission denied")
    if suffix and path.suffix.lower() != suffix:
        raise UserError(f"cannot write {path}: expected a {suffix} file name")
    return path
