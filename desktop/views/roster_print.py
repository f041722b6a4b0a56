"""The board's print and export buttons: the same print data and renderers as `duty-roster
pdf/ics/xlsx`, for the board's period and center (or the volunteers and events selected on
the board), run as a background job; what would print nothing is said before any file dialog."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

KINDS = ("center", "volunteers", "selected", "events", "ics", "xlsx")


@dataclass(frozen=True)
class PrintScope:
    """What the board prints besides its period and center: the chosen people and events
    (empty: everyone / every event of the period)."""

    volunteers: tuple[str, ...] = ()
    events: tuple[str, ...] = ()


def selection(page) -> PrintScope:
    """The volunteers and events selected on the board's current view: the people on the
    selected cards (or rows of the by-volunteer view) and the selected events."""
    volunteers: list[str] = []
    events: list[str] = []
    if page.views.currentWidget() is page.volunteer_table:
        people = page.volunteer_model.people
        rows = sorted({index.row() for index in page.volunteer_table.selectionModel().selectedIndexes()})
        volunteers = [people[row] for row in rows if 0 <= row < len(people)]
    else:
        for index in sorted(page.table.selectionModel().selectedIndexes(), key=lambda i: (i.column(), i.row())):
            cell = page.model.cell(index)
            if cell is None:
                continue
            if cell.chip is not None:
                volunteers.append(cell.chip.volunteer)
            event = cell.event.code if cell.event is not None else (cell.seat.event if cell.seat else None)
            if event is not None:
                events.append(event)
    return PrintScope(tuple(dict.fromkeys(volunteers)), tuple(dict.fromkeys(events)))


def nothing_to_print(board, kind: str, mode: str, scope: PrintScope) -> str | None:
    """Why `kind` would print nothing for the loaded board, in words, or None."""
    if board is None:
        return QCoreApplication.translate("RosterPrint", "The roster is still loading; try again in a moment.")
    if kind == "selected" and not scope.volunteers:
        return QCoreApplication.translate("RosterPrint", "Select one or more volunteers on the board (their cards, "
                                                         "or rows of the by-volunteer view) first.")
    month = mode == "month"
    if kind == "events" and not board.events:
        if month:
            return QCoreApplication.translate("RosterPrint", "There is no outreach event this month.")
        return QCoreApplication.translate("RosterPrint", "There is no outreach event this week.")
    if kind in ("center", "volunteers", "ics", "xlsx") and not board.chips:
        if month:
            return QCoreApplication.translate("RosterPrint", "Nobody is rostered this month yet.")
        return QCoreApplication.translate("RosterPrint", "Nobody is rostered this week yet.")
    return None


def export_period(db, kind: str, start: dt.date, end: dt.date, center: str | None, target: Path,
                  scope: PrintScope = PrintScope()) -> str:
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
    elif kind == "selected":
        data, _what = printing.render_pdf(workspace, "volunteers", start, end, volunteers=scope.volunteers)
    elif kind == "events":
        data, _what = printing.render_pdf(workspace, "events", start, end, center=center,
                                          events=scope.events or None)
    elif kind in ("center", "volunteers"):
        data, _what = printing.render_pdf(workspace, kind, start, end, center=center)
    else:
        raise ValueError(f"unknown export {kind!r}")
    write_file(target, data)
    return str(target)


def default_name(kind: str, start: dt.date, end: dt.date, center: str | None,
                 scope: PrintScope = PrintScope()) -> str:
    """A file name in Vietnamese without diacritics: "lich-truc-HCC-07-12-2026.pdf",
    "lich-ca-nhan-tat-ca-07-12-2026.pdf", "lich-ca-nhan-V001-07-12-2026.pdf" (the period's first day)."""
    scope_name = center or "tat-ca"
    if kind == "selected":
        scope_name = scope.volunteers[0] if len(scope.volunteers) == 1 else "da-chon"
    stem = {"center": "lich-truc", "volunteers": "lich-ca-nhan", "selected": "lich-ca-nhan", "events": "doi-luu-dong",
            "ics": "lich-ical", "xlsx": "lich-truc"}[kind]
    suffix = "" if kind == "ics" else ".xlsx" if kind == "xlsx" else ".pdf"
    return f"{stem}-{scope_name}-{start:%d-%m-%Y}{suffix}"
