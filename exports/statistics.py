"""The statistics report in PDF: results against yearly targets, shifts and events per unit
and per volunteer, and bar charts that show at a glance how evenly the work was shared."""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import STATE_DEFAULTS, Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle
from reportlab.platypus.flowables import KeepTogether

from exports.data import StatsDocument
from exports.pdf import BOLD, FONT_FAMILY, PdfRenderer
from exports.vietnamese import nfc, period_text, role_name

TITLE = "BÁO CÁO THỐNG KÊ HOẠT ĐỘNG TÌNH NGUYỆN"
BAR_COLOR = colors.HexColor("#2f5d8a")
MAX_UNITS_IN_CHART = 25


class _Chart(Drawing):
    """A drawing whose renderer starts in our font: ReportLab's default state names Helvetica,
    which would then appear, unembedded, in the page's fonts."""

    def drawOn(self, canvas, x, y, _sW=0):  # noqa: N802 (ReportLab's name)
        default = STATE_DEFAULTS["fontName"]
        STATE_DEFAULTS["fontName"] = FONT_FAMILY
        try:
            super().drawOn(canvas, x, y, _sW)
        finally:
            STATE_DEFAULTS["fontName"] = default


def _number(value: int | float) -> str:
    """Vietnamese thousands separator: 20.000."""
    return f"{value:,.0f}".replace(",", ".")


class StatisticsPdf(PdfRenderer):
    title = "Báo cáo thống kê"

    def __init__(self, report: StatsDocument) -> None:
        super().__init__()
        self.report = report

    def footer_text(self) -> str:
        return f"Thống kê {period_text(self.report.date_from, self.report.date_to)}"

    def story(self) -> list:
        report = self.report
        flow: list = [
            self.official_header(report.organisation, report.issued_on),
            *self.title_block(TITLE, report.subtitle, period_text(report.date_from, report.date_to).capitalize()),
        ]
        shifts = sum(t.shifts for t in report.volunteers)
        events = sum(t.events for t in report.volunteers)
        serving = sum(1 for t in report.volunteers if t.shifts or t.events)
        summary = (f"Trong kỳ: {_number(shifts)} lượt trực ca, {_number(events)} lượt tham gia hoạt động lưu động; "
                   f"{_number(serving)}/{_number(len(report.volunteers))} tình nguyện viên được phân công.")
        if report.unfilled_seats:
            summary += f" Còn thiếu {_number(report.unfilled_seats)} chỗ trực so với yêu cầu tối thiểu."
        flow.append(self.para(summary, "body"))
        flow += self._results()
        flow += self._units()
        flow += self._volunteers()
        flow.append(self.signature_block(report.organisation))
        return flow

    # -- I. results ---------------------------------------------------------------------------
    def _results(self) -> list:
        report = self.report
        flow: list = [self.para("I. Kết quả hỗ trợ người dân", "heading")]
        if report.targets:
            rows = [[self.para(t, "cell_head") for t in
                     ("Chỉ tiêu", "Kế hoạch năm", "Trong kỳ", "Lũy kế từ đầu năm", "Đạt (%)")]]
            for target in report.targets:
                rows.append([self.para(target.label, "cell"), _number(target.yearly_target),
                             _number(target.in_period), _number(target.year_to_date),
                             f"{target.percent_of_target:.1f}".replace(".", ",")])
            flow.append(self._table(rows, (60, 28, 28, 36, 22), numeric_from=1))
            flow.append(Spacer(1, 3 * mm))
        if report.results:
            rows = [[self.para(t, "cell_head") for t in
                     ("Trung tâm", "Số ca báo cáo", "Người dân được hướng dẫn", "Hồ sơ được hỗ trợ",
                      "Tài khoản VNeID kích hoạt")]]
            for line in report.results:
                rows.append([self.para(line.center, "cell"), _number(line.shifts_reported),
                             _number(line.citizens_guided), _number(line.dossiers_supported),
                             _number(line.vneid_activated)])
            if len(report.results) > 1:
                rows.append([self.para("Cộng", "cell_bold")] + [
                    _number(sum(getattr(line, name) for line in report.results))
                    for name in ("shifts_reported", "citizens_guided", "dossiers_supported", "vneid_activated")])
            flow.append(self._table(rows, (62, 22, 32, 28, 30), numeric_from=1))
        if not report.targets and not report.results:
            flow.append(self.para("Chưa có kết quả nào được nhập cho kỳ này.", "body"))
        return flow

    # -- II. units ----------------------------------------------------------------------------
    def _units(self) -> list:
        units = self.report.units
        flow: list = [self.para("II. Theo đơn vị", "heading")]
        rows = [[self.para(t, "cell_head") for t in
                 ("Đơn vị", "Thành viên", "Được phân công", "Lượt trực ca", "Lượt lưu động", "Ca / người")]]
        for unit in units:
            rows.append([self.para(unit.unit, "cell"), _number(unit.volunteers), _number(unit.serving),
                         _number(unit.shifts), _number(unit.events), _average(unit.shifts, unit.volunteers)])
        flow.append(self._table(rows, (66, 22, 26, 24, 24, 20), numeric_from=1))
        if units and len(units) <= MAX_UNITS_IN_CHART:
            flow.append(KeepTogether([Spacer(1, 3 * mm), self._unit_chart()]))
        return flow

    def _unit_chart(self) -> Drawing:
        units = self.report.units
        bar = 14
        height = len(units) * bar + 40
        width = self.frame_width
        drawing = _Chart(width, height)
        drawing.add(String(0, height - 12, nfc("Số lượt trực ca trung bình mỗi thành viên, theo đơn vị"),
                           fontName=BOLD, fontSize=9))
        chart = HorizontalBarChart()
        chart.x, chart.y = 150, 18
        chart.width, chart.height = width - 170, len(units) * bar
        # bottom to top: reverse so the table's first unit is the top bar
        chart.data = [[_ratio(u.shifts, u.volunteers) for u in reversed(units)]]
        chart.categoryAxis.categoryNames = [nfc(_clip(u.unit, 34)) for u in reversed(units)]
        self._style_chart(chart)
        chart.categoryAxis.labels.boxAnchor = "e"
        chart.valueAxis.valueMin = 0
        drawing.add(chart)
        return drawing

    # -- III. volunteers ----------------------------------------------------------------------
    def _volunteers(self) -> list:
        tallies = self.report.volunteers
        flow: list = [self.para("III. Theo tình nguyện viên", "heading")]
        if tallies:
            flow.append(KeepTogether([self._fairness_chart(), Spacer(1, 3 * mm)]))
        rows = [[self.para(t, "cell_head") for t in
                 ("STT", "Họ và tên", "Đơn vị", "Vai trò", "Ca trực", "Lưu động")]]
        for number, tally in enumerate(tallies, start=1):
            person = tally.volunteer
            rows.append([str(number), self.para(person.name, "cell"), self.para(person.unit, "cell"),
                         self.para(role_name(person.role), "cell"), str(tally.shifts), str(tally.events)])
        flow.append(self._table(rows, (10, 56, 54, 22, 15, 15), numeric_from=4))
        return flow

    def _fairness_chart(self) -> Drawing:
        """How many volunteers served 0, 1, 2 … shifts: a narrow hump is a fair roster."""
        counts = Counter(t.shifts for t in self.report.volunteers)
        low, top = max(0, min(counts) - 1), max(counts) + 1  # an empty bar either side frames the hump
        width, height = self.frame_width, 62 * mm
        drawing = _Chart(width, height)
        drawing.add(String(0, height - 12, nfc("Phân bố số ca trực: số tình nguyện viên theo số ca đã trực"),
                           fontName=BOLD, fontSize=9))
        chart = VerticalBarChart()
        chart.x, chart.y = 36, 30
        chart.width, chart.height = width - 50, height - 56
        chart.data = [[counts.get(n, 0) for n in range(low, top + 1)]]
        chart.categoryAxis.categoryNames = [str(n) for n in range(low, top + 1)]
        self._style_chart(chart)
        chart.valueAxis.valueMin = 0
        chart.barLabelFormat = "%d"
        chart.barLabels.fontSize = 7
        chart.barLabels.nudge = 6
        drawing.add(chart)
        drawing.add(String(width / 2, 4, nfc("Số ca trực trong kỳ"), fontName=FONT_FAMILY, fontSize=8,
                           textAnchor="middle"))
        return drawing

    # -- shared -------------------------------------------------------------------------------
    @staticmethod
    def _style_chart(chart) -> None:
        chart.bars[0].fillColor = BAR_COLOR
        chart.bars[0].strokeColor = None
        chart.barLabels.fontName = FONT_FAMILY
        for axis in (chart.categoryAxis, chart.valueAxis):
            axis.labels.fontName = FONT_FAMILY
            axis.labels.fontSize = 7.5
        chart.valueAxis.visibleGrid = True
        chart.valueAxis.gridStrokeColor = colors.HexColor("#cccccc")

    def _table(self, rows: list, widths_mm: Sequence[float], numeric_from: int) -> Table:
        scale = self.frame_width / (sum(widths_mm) * mm)
        table = Table(rows, colWidths=[w * mm * scale for w in widths_mm], repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(self.grid_style() + [("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT")]))
        return table


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _average(part: int, whole: int) -> str:
    return f"{_ratio(part, whole):.1f}".replace(".", ",")


def _clip(text: str, length: int) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def render_statistics(report: StatsDocument) -> bytes:
    return StatisticsPdf(report).render()
