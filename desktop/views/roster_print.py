"""The board's print and export buttons: the same print data and renderers as `duty-roster
pdf/ics/xlsx`, for the board's period and center, run as a background job."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

KINDS = ("center", "volunteers", "ics", "xlsx")


def export_period(db, kind: str, start: dt.date, end: dt.date, center: str | None, target: Path) -> str:
    """Write the export of `kind` to `target` (a file; a folder for ics) and say what was written.
    Raises ValueError with a one-line reason when there is nothing to print."""
    import exports
    from desktop.commands.exports import write_atomically
    from models import print_data
    from models.workspace import export_workspace

    with db.session() as session:
        workspace = export_workspace(session)
    target = Path(target)
    if kind == "center":
        rosters = print_data.center_rosters(workspace, start, end, center=center)
        if not any(roster.days for roster in rosters):
            raise ValueError("no center opens in this period; nothing to print")
        write_atomically(target, exports.render_center_rosters(rosters))
        return f"{target}: {len(rosters)}"
    if kind == "volunteers":
        schedules = print_data.personal_schedules(workspace, start, end, center=center)
        if not schedules:
            raise ValueError("nobody is assigned in this period; nothing to print")
        write_atomically(target, exports.render_personal_schedules(schedules))
        return f"{target}: {len(schedules)}"
    if kind == "ics":
        schedules = print_data.personal_schedules(workspace, start, end, center=center)
        if not schedules:
            raise ValueError("nobody is assigned in this period; no calendar written")
        target.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now(dt.timezone.utc)
        for schedule in schedules:
            write_atomically(target / exports.calendar_filename(schedule), exports.volunteer_calendar(schedule, stamp))
        return f"{target}: {len(schedules)}"
    if kind == "xlsx":
        rosters = print_data.center_rosters(workspace, start, end, center=center)
        report = print_data.statistics(workspace, start, end, center=center)
        write_atomically(target, exports.roster_workbook(rosters, report))
        return f"{target}: {len(rosters)}"
    raise ValueError(f"unknown export {kind!r}")


def default_name(kind: str, start: dt.date, end: dt.date, center: str | None) -> str:
    scope = center or "all"
    stem = {"center": "roster", "volunteers": "schedules", "ics": "calendars", "xlsx": "roster"}[kind]
    suffix = {"center": ".pdf", "volunteers": ".pdf", "ics": "", "xlsx": ".xlsx"}[kind]
    return f"{stem}-{scope}-{start:%Y%m%d}-{end:%Y%m%d}{suffix}"
