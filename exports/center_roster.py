"""The center roster in PDF: A4 landscape, one ISO week per page, posts × shifts down the
side, the days across, the official header on the first page and a signature at the end."""
from __future__ import annotations

from itertools import groupby
from typing import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle

from exports.data import RosterCell, RosterDocument, RosterEvent, RosterRow
from exports.pdf import (CLOSED_FILL, IDLE_FILL, LANDSCAPE_A4, MISSING_FILL, MISSING_INK, PdfRenderer,
                         markup)
from exports.vietnamese import date_vi, numeric_date, period_text

TITLE = "LỊCH TRỰC TÌNH NGUYỆN VIÊN"
POST_WIDTH = 27 * mm
SHIFT_WIDTH = 21 * mm
# below this column width (a seven-day week) names print a half point smaller, so that most
# three-word names still fit on one line
NARROW_DAY = 100


class CenterRosterPdf(PdfRenderer):
    pagesize = LANDSCAPE_A4
    margin = 10 * mm
    title = "Lịch trực tình nguyện viên"

    def __init__(self, rosters: Sequence[RosterDocument], phones: bool = False) -> None:
        super().__init__()
        self.rosters = list(rosters)
        self.phones = phones
        self.person_style = "person"
        cell = self.styles["cell"]
        self.styles["person"] = ParagraphStyle("person", cell, leftIndent=7, firstLineIndent=-7)
        self.styles["person_narrow"] = ParagraphStyle("person_narrow", self.styles["person"], fontSize=8,
                                                      leading=9.5)
        self.styles["phone"] = ParagraphStyle("phone", cell, fontSize=7.5, leading=9, leftIndent=7,
                                              textColor="#333333")
        self.styles["missing"] = ParagraphStyle("missing", cell, fontName=f"{cell.fontName}-Bold",
                                                textColor=MISSING_INK)
        self.styles["closed"] = ParagraphStyle("closed", cell, fontName=f"{cell.fontName}-Italic",
                                               alignment=1, textColor="#444444")

    def footer_text(self) -> str:
        if len(self.rosters) == 1:
            roster = self.rosters[0]
            return f"Lịch trực {roster.center} — {period_text(roster.date_from, roster.date_to)}"
        return "Lịch trực tình nguyện viên"

    def story(self) -> list:
        flow: list = []
        for number, roster in enumerate(self.rosters):
            if number:
                flow.append(PageBreak())
            flow.extend(self._roster(roster))
        return flow

    def _roster(self, roster: RosterDocument) -> list:
        flow: list = [
            self.official_header(roster.organisation, roster.issued_on),
            *self.title_block(TITLE, roster.center.upper(), period_text(roster.date_from, roster.date_to).capitalize()),
        ]
        weeks = [list(indices) for _, indices in
                 groupby(range(len(roster.days)), key=lambda i: roster.days[i].date.isocalendar()[:2])]
        if not weeks:
            flow.append(self.para("Không có ngày mở cửa nào trong kỳ này.", "body"))
        columns = max((len(week) for week in weeks), default=1)
        day_width = (self.frame_width - POST_WIDTH - SHIFT_WIDTH) / max(columns, 5)
        for number, week in enumerate(weeks):
            if number:
                flow.append(PageBreak())
                flow.append(self.para(f"{TITLE} — {roster.center}", "subtitle"))
            if len(weeks) > 1:
                first, last = roster.days[week[0]].date, roster.days[week[-1]].date
                flow.append(self.para(f"Tuần {number + 1}: {numeric_date(first)} – {numeric_date(last)}", "heading"))
            self.person_style = "person_narrow" if day_width < NARROW_DAY else "person"
            flow.append(self._week_table(roster, week, day_width))
            dates = {roster.days[i].date.isocalendar()[:2] for i in week}
            flow.extend(self._events(ev for ev in roster.events if ev.date.isocalendar()[:2] in dates))
        shown = {roster.days[i].date.isocalendar()[:2] for week in weeks for i in week}
        flow.extend(self._events(ev for ev in roster.events if ev.date.isocalendar()[:2] not in shown))
        flow.append(Spacer(1, 3 * mm))
        flow.append(self.para(self._legend(roster), "small"))
        flow.append(self.signature_block(roster.organisation))
        return flow

    def _events(self, events) -> list:
        """The heading and table of the outreach events given (under their week's table)."""
        events = list(events)
        if not events:
            return []
        return [Spacer(1, 2 * mm), self.para("Hoạt động lưu động", "heading"), self._events_table(events)]

    def _events_table(self, events: Sequence[RosterEvent]) -> Table:
        """The outreach events the center hosts: day, hours, event, place and team."""
        rows = [[self.para(text, "cell_head") for text in ("Ngày", "Giờ", "Hoạt động", "Địa điểm", "Đội")]]
        style = self.grid_style()
        for event in events:
            # the team on one wrapped line: the week's table above already fills most of the page
            team = [self.para(", ".join(person.name for person in event.team), "cell")] if event.team else []
            if event.missing:
                team.append(self.para(f"Thiếu {event.missing} người", "missing"))
                style.append(("BACKGROUND", (4, len(rows)), (4, len(rows)), MISSING_FILL))
            hours = f"{event.start:%H:%M}–{event.end:%H:%M}"
            rows.append([self.para(date_vi(event.date), "cell"), self.para(hours, "cell"),
                         self.para(event.name, "cell"), self.para(event.location or "—", "cell"),
                         team or self.para("—", "cell")])
        rest = self.frame_width - 30 * mm - 22 * mm
        table = Table(rows, colWidths=[30 * mm, 22 * mm, rest * 0.3, rest * 0.25, rest * 0.45], repeatRows=1,
                      hAlign="LEFT")
        table.setStyle(TableStyle(style))
        return table

    def _legend(self, roster: RosterDocument) -> str:
        text = ("Ghi chú: ô tô đỏ «Thiếu … người» là ca chưa đủ số người tối thiểu; "
                "cột tô xám là ngày nghỉ lễ, trung tâm không mở cửa; «—» là ca không trực vào ngày đó.")
        if roster.unfilled_seats:
            text += f" Tổng số chỗ còn thiếu trong kỳ: {roster.unfilled_seats}."
        return text

    def _week_table(self, roster: RosterDocument, week: list[int], day_width: float) -> Table:
        header = [self.para("Vị trí", "cell_head"), self.para("Ca trực", "cell_head")]
        for index in week:
            day = roster.days[index]
            text = f"<b>{markup(date_vi(day.date, year=False))}</b>"
            if day.closed is not None:
                text += f"<br/><i>Nghỉ: {markup(day.closed or 'ngày nghỉ')}</i>"
            header.append(self.rich(text, "cell_center"))
        rows = [header]
        style = self.grid_style()
        style.append(("ALIGN", (0, 0), (-1, 0), "CENTER"))
        for post, post_rows in groupby(roster.rows, key=lambda row: row.post):
            post_rows = list(post_rows)
            first = len(rows)
            for row in post_rows:
                rows.append(self._table_row(roster, row, week, len(rows), style))
            rows[first][0] = self.para(post, "cell_bold")
            if len(post_rows) > 1:
                style.append(("SPAN", (0, first), (0, len(rows) - 1)))
        for column, index in enumerate(week, start=2):
            if roster.days[index].closed is not None:
                style.append(("BACKGROUND", (column, 0), (column, -1), CLOSED_FILL))
        table = Table(rows, colWidths=[POST_WIDTH, SHIFT_WIDTH] + [day_width] * len(week), repeatRows=1,
                      hAlign="LEFT")
        table.setStyle(TableStyle(style))
        return table

    def _table_row(self, roster: RosterDocument, row: RosterRow, week: list[int], row_number: int,
                   style: list) -> list:
        cells: list = ["", self.rich(f"{markup(row.shift)}<br/>{row.start:%H:%M}–{row.end:%H:%M}", "cell")]
        for column, index in enumerate(week, start=2):
            day = roster.days[index]
            cell = row.cells[index]
            if day.closed is not None:
                cells.append(self.para("Nghỉ lễ", "closed"))
            elif not cell.runs:
                cells.append(self.para("—", "cell_center"))
                style.append(("BACKGROUND", (column, row_number), (column, row_number), IDLE_FILL))
            else:
                cells.append(self._cell(cell))
                if cell.missing:
                    style.append(("BACKGROUND", (column, row_number), (column, row_number), MISSING_FILL))
        return cells

    def _cell(self, cell: RosterCell) -> list[Paragraph]:
        content = []
        for person in cell.people:
            content.append(self.para(f"• {person.name}", self.person_style))
            if self.phones and person.phone:
                content.append(self.para(person.phone, "phone"))
        if cell.missing:
            content.append(self.para(f"Thiếu {cell.missing} người", "missing"))
        return content


def render_center_rosters(rosters: Sequence[RosterDocument], phones: bool = False) -> bytes:
    """One PDF with each center's roster, each starting on a new page."""
    return CenterRosterPdf(rosters, phones=phones).render()
