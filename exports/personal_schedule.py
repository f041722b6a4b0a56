"""Personal schedules in PDF: one A4 page per volunteer with their shifts and outreach events,
in date order, with the place, the post, the times and whom to call."""
from __future__ import annotations

from typing import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Spacer, Table, TableStyle

from exports.data import Duty, PersonalSchedule
from exports.pdf import PdfRenderer, markup
from exports.vietnamese import after_ca, date_vi, nfc, period_text, role_name

TITLE = "LỊCH TRỰC CÁ NHÂN"
COLUMNS = ("STT", "Ngày", "Thời gian", "Nội dung", "Địa điểm — vị trí", "Liên hệ trưởng nhóm")
WIDTHS_MM = (9, 33, 21, 38, 47, 34)


class PersonalSchedulePdf(PdfRenderer):
    title = "Lịch trực cá nhân"

    def __init__(self, schedules: Sequence[PersonalSchedule]) -> None:
        super().__init__()
        self.schedules = list(schedules)
        scale = self.frame_width / (sum(WIDTHS_MM) * mm)
        self.widths = [w * mm * scale for w in WIDTHS_MM]
        self.header_row = [self.para(text, "cell_head") for text in COLUMNS]
        self.reminder = self.para("Nếu không thể có mặt, vui lòng báo trước cho trưởng nhóm để được bố trí "
                                  "người thay.", "small")

    def footer_text(self) -> str:
        if len(self.schedules) == 1:
            return f"Lịch trực cá nhân — {self.schedules[0].volunteer.name}"
        return "Lịch trực cá nhân"

    def story(self) -> list:
        flow: list = []
        for number, schedule in enumerate(self.schedules):
            if number:
                flow.append(PageBreak())
            flow.extend(self._page(schedule))
        return flow

    def _page(self, schedule: PersonalSchedule) -> list:
        person = schedule.volunteer
        facts = []
        if person.unit:
            facts.append(f"Đơn vị: <b>{markup(person.unit)}</b>")
        if person.role:
            facts.append(f"Vai trò: {markup(role_name(person.role))}")
        if person.phone:
            facts.append(f"Điện thoại: {markup(person.phone)}")
        shifts = sum(1 for duty in schedule.duties if duty.kind == "shift")
        events = len(schedule.duties) - shifts
        return [
            self.official_header(schedule.organisation, schedule.issued_on),
            *self.title_block(TITLE, f"Tình nguyện viên: {person.name}",
                              period_text(schedule.date_from, schedule.date_to).capitalize()),
            self.rich(" · ".join(facts), "body"),
            Spacer(1, 3 * mm),
            self._duty_table(schedule.duties),
            Spacer(1, 2 * mm),
            self.para(f"Tổng cộng: {shifts} ca trực, {events} hoạt động lưu động.", "body"),
            self.reminder,
        ]

    def _duty_table(self, duties: Sequence[Duty]) -> Table:
        rows = [self.header_row]
        for number, duty in enumerate(duties, start=1):
            # plain strings where nothing can wrap: a third fewer paragraphs on a long print run
            rows.append([
                str(number),
                date_vi(duty.date),
                f"{duty.start:%H:%M}–{duty.end:%H:%M}",
                shift_title(duty.title) if duty.kind == "shift" else self.para(duty.title, "cell"),
                self.para(f"{duty.place} — {duty.post}" if duty.post else duty.place, "cell"),
                self.para(_leader_text(duty), "cell"),
            ])
        if not duties:
            rows.append(["", self.para("Không có ca trực nào trong kỳ.", "cell"), "", "", "", ""])
        table = Table(rows, colWidths=self.widths, repeatRows=1, hAlign="LEFT")
        table.setStyle(TableStyle(self.grid_style() + [("ALIGN", (0, 1), (0, -1), "CENTER")]))
        return table


def shift_title(name: str) -> str:
    """How the schedule names a shift: "Ca trực Sáng" for a shift named "Sáng", while a name
    that already says "Ca" ("Ca chiều") stands as it is, never "Ca trực Ca chiều"."""
    name = nfc(name)
    return name if after_ca(name) is not None else f"Ca trực {name}"


def _leader_text(duty: Duty) -> str:
    if duty.leader is None:
        return "—"
    return f"{duty.leader.name}\n{duty.leader.phone}" if duty.leader.phone else duty.leader.name


def render_personal_schedules(schedules: Sequence[PersonalSchedule]) -> bytes:
    """One PDF, one page (or more for a long period) per volunteer."""
    return PersonalSchedulePdf(schedules).render()
