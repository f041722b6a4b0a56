"""Printed outputs of the roster: PDFs (ReportLab, bundled DejaVu font), iCalendar files and an
Excel workbook, rendered from the plain data classes of `exports.data` to bytes.

Nothing here opens a database: `models.print_data` turns a workspace into that data.
"""
import importlib

# Where each public name lives. Imported on first use (PEP 562), so that `exports.vietnamese`
# and `exports.data` stay cheap for the GUI and the data layer: ReportLab and openpyxl load
# only when something is printed.
_PUBLIC = {
    "render_center_rosters": "exports.center_roster",
    "render_event_sheets": "exports.event_sheet",
    "calendar_filename": "exports.ical",
    "volunteer_calendar": "exports.ical",
    "render_personal_schedules": "exports.personal_schedule",
    "roster_workbook": "exports.spreadsheet",
    "render_statistics": "exports.statistics",
}
__all__ = sorted(_PUBLIC)


def __getattr__(name: str):
    if name in _PUBLIC:
        return getattr(importlib.import_module(_PUBLIC[name]), name)
    raise AttributeError(f"module 'exports' has no attribute {name!r}")
