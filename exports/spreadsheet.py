"""The roster and its statistics as an Excel workbook (openpyxl), for managers who keep their
records in spreadsheets: one flat line per person on a shift, then the tallies."""
from __future__ import annotations

import io
from typing import Sequence

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from exports.data import RosterDocument, StatsDocument
from exports.vietnamese import nfc, role_name, weekday_vi

ROSTER_COLUMNS = ("Ngày", "Thứ", "Trung tâm", "Vị trí", "Ca", "Bắt đầu", "Kết thúc", "Mã TNV", "Họ và tên",
                  "Điện thoại", "Ghi chú")
ROSTER_WIDTHS = (12, 10, 34, 22, 10, 9, 9, 10, 28, 14, 26)
HEADER_FONT = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE6F0")
MISSING_FILL = PatternFill("solid", fgColor="FDE2E2")
CLOSED_FILL = PatternFill("solid", fgColor="D9D9D9")


def roster_lines(roster: RosterDocument) -> list[tuple]:
    """The roster flattened, in date order then as the rows are listed: one line per person,
    one per shift still missing people, one per closed day."""
    lines = []
    for index, day in enumerate(roster.days):
        base = (day.date, weekday_vi(day.date), roster.center)
        if day.closed is not None:
            lines.append(base + ("", "", "", "", "", "", "", f"Nghỉ lễ: {day.closed}"))
            continue
        for row in roster.rows:
            cell = row.cells[index]
            if not cell.runs:
                continue
            shift = (row.post, row.shift, f"{row.start:%H:%M}", f"{row.end:%H:%M}")
            for person in cell.people:
                lines.append(base + shift + (person.code, person.name, person.phone, ""))
            if cell.missing:
                lines.append(base + shift + ("", "", "", f"Thiếu {cell.missing} người"))
    return lines


def _header(sheet, row: int, titles: Sequence[str]) -> None:
    for column, title in enumerate(titles, start=1):
        cell = sheet.cell(row=row, column=column, value=title)
        cell.font = HEADER_FONT
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center")


def _widths(sheet, widths: Sequence[int]) -> None:
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width


def roster_workbook(rosters: Sequence[RosterDocument], report: StatsDocument | None = None) -> bytes:
    """A workbook with a 'Lịch trực' sheet (every center of `rosters`) and, given a report,
    a 'Thống kê' sheet."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Lịch trực"
    _header(sheet, 1, ROSTER_COLUMNS)
    lines = sorted((line for roster in rosters for line in roster_lines(roster)), key=lambda line: line[0])
    for number, line in enumerate(lines, start=2):
        for column, value in enumerate(line, start=1):
            cell = sheet.cell(row=number, column=column, value=nfc(value) if isinstance(value, str) else value)
            if column == 1:
                cell.number_format = "DD/MM/YYYY"
        note = line[-1]
        if note:
            fill = CLOSED_FILL if note.startswith("Nghỉ") else MISSING_FILL
            for column in range(1, len(ROSTER_COLUMNS) + 1):
                sheet.cell(row=number, column=column).fill = fill
    _widths(sheet, ROSTER_WIDTHS)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(ROSTER_COLUMNS))}{max(1, len(lines) + 1)}"
    if report is not None:
        _statistics_sheet(book.create_sheet("Thống kê"), report)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _statistics_sheet(sheet, report: StatsDocument) -> None:
    row = 1
    sheet.cell(row=row, column=1, value=nfc(f"Thống kê từ {report.date_from:%d/%m/%Y} đến {report.date_to:%d/%m/%Y}"))
    sheet.cell(row=row, column=1).font = Font(bold=True, size=12)
    row += 2
    _header(sheet, row, ("Mã TNV", "Họ và tên", "Đơn vị", "Vai trò", "Ca trực", "Lưu động", "Tổng"))
    for tally in report.volunteers:
        row += 1
        person = tally.volunteer
        values = (person.code, person.name, person.unit, role_name(person.role), tally.shifts, tally.events,
                  tally.shifts + tally.events)
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=nfc(value) if isinstance(value, str) else value)
    row += 2
    _header(sheet, row, ("Đơn vị", "Thành viên", "Được phân công", "Ca trực", "Lưu động"))
    for unit in report.units:
        row += 1
        for column, value in enumerate((nfc(unit.unit), unit.volunteers, unit.serving, unit.shifts, unit.events),
                                       start=1):
            sheet.cell(row=row, column=column, value=value)
    if report.results:
        row += 2
        _header(sheet, row, ("Trung tâm", "Số ca báo cáo", "Người dân được hướng dẫn", "Hồ sơ được hỗ trợ",
                             "Tài khoản VNeID"))
        for line in report.results:
            row += 1
            values = (nfc(line.center), line.shifts_reported, line.citizens_guided, line.dossiers_supported,
                      line.vneid_activated)
            for column, value in enumerate(values, start=1):
                sheet.cell(row=row, column=column, value=value)
    if report.targets:
        row += 2
        _header(sheet, row, ("Chỉ tiêu", "Kế hoạch năm", "Trong kỳ", "Lũy kế từ đầu năm", "Đạt (%)"))
        for target in report.targets:
            row += 1
            values = (nfc(target.label), target.yearly_target, target.in_period, target.year_to_date,
                      round(target.percent_of_target, 1))
            for column, value in enumerate(values, start=1):
                sheet.cell(row=row, column=column, value=value)
    _widths(sheet, (12, 30, 34, 16, 12, 12, 10))
