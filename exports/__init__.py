"""Printed outputs of the roster: PDFs (ReportLab, bundled DejaVu font), iCalendar files and an
Excel workbook, rendered from the plain data classes of `exports.data` to bytes.

Nothing here opens a database: `models.print_data` turns a workspace into that data.
"""
from exports.center_roster import render_center_rosters
from exports.event_sheet import render_event_sheets
from exports.ical import calendar_filename, volunteer_calendar
from exports.personal_schedule import render_personal_schedules
from exports.spreadsheet import roster_workbook
from exports.statistics import render_statistics

__all__ = [
    "calendar_filename",
    "render_center_rosters",
    "render_event_sheets",
    "render_personal_schedules",
    "render_statistics",
    "roster_workbook",
    "volunteer_calendar",
]
