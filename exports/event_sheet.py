"""Outreach team sheets in PDF: one A4 page per event with the place, the time, the team with
roles and phones, and a column where each member signs for attendance."""
from __future__ import annotations

from typing import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from exports.data import EventSheet
from exports.pdf import MISSING_FILL, MISSING_INK, PdfRenderer, markup
from exports.vietnamese import date_vi, role_name

TITLE = "DANH SÁCH ĐỘI TUYÊN TRUYỀN LƯU ĐỘNG"
COLUMNS = ("STT", "Họ và tên", "Vai trò", "Đơn vị", "Điện thoại", "Ký tên")
WIDTHS_MM = (10, 46, 23, 40, 26, 37)
SIGNATURE_ROW_HEIGHT = 11 * mm


class EventSheetPdf(PdfRenderer):
    title = "Danh sách đội tuyên truyền lưu động"

    def __init__(self, sheets: Sequence[EventSheet]) -> None:
        super().__init__()
        self.sheets = list(sheets)
        scale = self.frame_width / (sum(WIDTHS_MM) * mm)
        self.widths = [w * mm * scale for w in WIDTHS_MM]

    def story(self) -> list:
        flow: list = []
        for number, sheet in enumerate(self.sheets):
            if number:
                flow.append(PageBreak())
            flow.extend(self._page(sheet))
        return flow

    def _page(self, sheet: EventSheet) -> list:
        facts = [
            f"<b>Thời gian:</b> {markup(date_vi(sheet.date))}, {sheet.start:%H:%M}–{sheet.end:%H:%M}",
            f"<b>Địa điểm:</b> {markup(sheet.location or '—')}",
        ]
        if sheet.center:
            facts.append(f"<b>Đơn vị phụ trách:</b> {markup(sheet.center)}")
        size = f"{sheet.team_min}–{sheet.team_max}" if sheet.team_max != sheet.team_min else str(sheet.team_min)
        facts.append(f"<b>Quân số:</b> {len(sheet.team)} người (cần {size})")
        if sheet.requirements:
            facts.append(f"<b>Yêu cầu đội hình:</b> {markup('; '.join(sheet.requirements))}")
        flow = [
            self.official_header(sheet.organisation, sheet.issued_on),
            *self.title_block(TITLE, sheet.name),
        ]
        flow += [self.rich(line, "body") for line in facts]
        flow += [Spacer(1, 3 * mm), self._team_table(sheet), self.signature_block(sheet.organisation)]
        return flow

    def _team_table(self, sheet: EventSheet) -> Table:
        rows: list = [[self.para(text, "cell_head") for text in COLUMNS]]
        style = self.grid_style() + [("VALIGN", (0, 1), (-1, -1), "MIDDLE"), ("ALIGN", (0, 1), (0, -1), "CENTER")]
        for number, person in enumerate(sheet.team, start=1):
            rows.append([str(number), self.para(person.name, "cell_bold"), self.para(role_name(person.role), "cell"),
                         self.para(person.unit, "cell"), self.para(person.phone, "cell"), ""])
        for _ in range(sheet.missing):
            row = len(rows)
            rows.append([str(row), self.para("(còn thiếu người)", "cell"), "", "", "", ""])
            style += [("BACKGROUND", (0, row), (-2, row), MISSING_FILL), ("TEXTCOLOR", (0, row), (-1, row), MISSING_INK)]
        heights = [None] + [SIGNATURE_ROW_HEIGHT] * (len(rows) - 1)
        table = Table(rows, colWidths=self.widths, rowHeights=heights, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(style))
        return table


def render_event_sheets(sheets: Sequence[EventSheet]) -> bytes:
    """One PDF with a team sheet per event."""
    return EventSheetPdf(sheets).render()
