"""The board's print and export buttons: the same print data and renderers as `duty-roster
pdf/ics/xlsx`, for the board's period and center, run as a background job."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

KINDS = ("center", "volunteers", "ics", "xlsx")


def export_period(db, kind: str, start: dt.date, end: dt.date, center: str | None, target: Path) -> str:
    """Write the export of `kind` to `target` (a file; a folder for ics) and return its path.
    Raises printing.NothingToPrint (a ValueError) with a one-line reason when there is nothing."""
    from desktop import printing
    from models.files import write_file
    from models.workspace import export_workspace

    with db.session() as session:
        workspace = export_workspace(session)
    target = Path(target)
    if kind == "ics":
        printing.write_calendars(workspace, start, end, target, center=center)
        return str(target)
    if kind == "xlsx":
        data, _what = printing.render_workbook(workspace, start, end, center=center)
    elif kind in ("center", "volunteers"):
        data, _what = printing.render_pdf(workspace, kind, start, end, center=center)
    else:
        raise ValueError(f"unknown export {kind!r}")
    write_file(target, data)
    return str(target)


def default_name(kind: str, start: dt.date, end: dt.date, center: str | None) -> str:
    """A file name in Vietnamese without diacritics: "lich-truc-HCC-07-12-2026.pdf",
    "lich-ca-nhan-tat-ca-07-12-2026.pdf" (the period's first day)."""
    scope = center or "tat-ca"
    stem = {"center": "lich-truc", "volunteers": "lich-ca-nhan", "ics": "lich-ical", "xlsx": "lich-truc"}[kind]
    suffix = {"center": ".pdf", "volunteers": ".pdf", "ics": "", "xlsx": ".xlsx"}[kind]
    return f"{stem}-{scope}-{start:%d-%m-%Y}{suffix}"
