"""Printing a period of the workspace: print data from `models.print_data`, bytes from
`exports`, files written by `models.files.write_file`. One place for `duty-roster pdf/ics/xlsx` and for the
board's print buttons; no Qt and no argparse here."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from models.files import write_file

PDF_KINDS = ("center", "volunteers", "events", "stats")


class NothingToPrint(ValueError):
    """The period has nothing of that kind (no open day, nobody assigned, no event)."""


def _period(start: dt.date, end: dt.date) -> str:
    return f"from {start} to {end}"


def render_pdf(workspace: dict, kind: str, start: dt.date, end: dt.date, *, center: str | None = None,
               volunteer: str | None = None, phones: bool = False,
               issued_on: dt.date | None = None, volunteers: tuple[str, ...] | None = None,
               events: tuple[str, ...] | None = None) -> tuple[bytes, str]:
    """(PDF bytes, what it holds) of `kind` for the period; `volunteers` and `events` narrow
    the personal schedules and team sheets to the people and events chosen on the board.
    Raises NothingToPrint, and `print_data.UnknownCode` for a center or volunteer the
    workspace does not have."""
    import exports
    from models import print_data

    if kind == "center":
        rosters = print_data.center_rosters(workspace, start, end, center=center, issued_on=issued_on)
        if not any(roster.days for roster in rosters):
            raise NothingToPrint(f"no center opens {_period(start, end)}; nothing to print")
        return exports.render_center_rosters(rosters, phones=phones), f"{len(rosters)} center roster(s)"
    if kind == "volunteers":
        schedules = print_data.personal_schedules(workspace, start, end, volunteer=volunteer, center=center,
                                                  issued_on=issued_on, volunteers=volunteers)
        if not schedules:
            raise NothingToPrint(f"nobody is assigned {_period(start, end)} (solve the period first); "
                                 "nothing to print")
        return exports.render_personal_schedules(schedules), f"{len(schedules)} personal schedule(s)"
    if kind == "events":
        sheets = print_data.event_sheets(workspace, start, end, center=center, issued_on=issued_on, events=events)
        if not sheets:
            raise NothingToPrint(f"no outreach event {_period(start, end)}; nothing to print")
        return exports.render_event_sheets(sheets), f"{len(sheets)} team sheet(s)"
    if kind == "stats":
        report = print_data.statistics(workspace, start, end, center=center, issued_on=issued_on)
        return exports.render_statistics(report), f"statistics of {len(report.volunteers)} volunteer(s)"
    raise ValueError(f"unknown kind of PDF {kind!r} (expected one of {', '.join(PDF_KINDS)})")


def render_workbook(workspace: dict, start: dt.date, end: dt.date, *,
                    center: str | None = None) -> tuple[bytes, str]:
    """(XLSX bytes, what it holds): the roster and the statistics of the period."""
    import exports
    from models import print_data

    rosters = print_data.center_rosters(workspace, start, end, center=center)
    report = print_data.statistics(workspace, start, end, center=center)
    if not any(roster.days for roster in rosters):
        raise NothingToPrint(f"no center opens {_period(start, end)}; nothing to write")
    return exports.roster_workbook(rosters, report), f"roster of {len(rosters)} center(s) and statistics"


def write_calendars(workspace: dict, start: dt.date, end: dt.date, folder: Path, *, center: str | None = None,
                    volunteer: str | None = None) -> int:
    """One .ics per assigned volunteer into `folder` (created if missing); how many."""
    import exports
    from models import print_data

    schedules = print_data.personal_schedules(workspace, start, end, volunteer=volunteer, center=center)
    if not schedules:
        raise NothingToPrint(f"nobody is assigned {_period(start, end)}; no calendar written")
    folder.mkdir(exist_ok=True)
    stamp = dt.datetime.now(dt.timezone.utc)
    for schedule in schedules:
        write_file(folder / exports.calendar_filename(schedule), exports.volunteer_calendar(schedule, stamp))
    return len(schedules)
