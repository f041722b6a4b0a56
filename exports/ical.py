"""iCalendar files: a volunteer's shifts and events as an .ics their phone's calendar imports,
in Vietnam's time zone (Asia/Ho_Chi_Minh, with its VTIMEZONE)."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from zoneinfo import ZoneInfo

import icalendar

from exports.data import Duty, PersonalSchedule
from exports.vietnamese import after_ca, nfc

TIME_ZONE = "Asia/Ho_Chi_Minh"
PRODUCT_ID = "-//Duty Roster//Lịch trực tình nguyện viên//VI"


def _summary(duty: Duty) -> str:
    if duty.kind == "shift":
        # a shift named "Ca chiều" reads "Trực ca chiều", one named "Sáng" "Trực ca Sáng"
        shift = f"ca {after_ca(duty.title) or duty.title}"
        return f"Trực {shift} — {duty.post}" if duty.post else f"Trực {shift}"
    return duty.title


def _uid(schedule: PersonalSchedule, duty: Duty) -> str:
    ref = duty.ref or f"{duty.date.isoformat()}/{duty.start:%H%M}/{duty.title}"
    # stable across exports, so a re-import updates the event instead of duplicating it
    return ascii_slug(f"{schedule.volunteer.code}-{ref}", keep="-/.") + "@duty-roster"


def volunteer_calendar(schedule: PersonalSchedule, stamp: dt.datetime | None = None) -> bytes:
    """The .ics bytes of one volunteer's schedule. `stamp` (DTSTAMP) defaults to now, UTC."""
    zone = ZoneInfo(TIME_ZONE)
    stamp = stamp or dt.datetime.now(dt.timezone.utc)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", nfc(f"Lịch trực — {schedule.volunteer.name}"))
    calendar.add("x-wr-timezone", TIME_ZONE)
    for duty in schedule.duties:
        event = icalendar.Event()
        event.add("uid", _uid(schedule, duty))
        event.add("dtstamp", stamp)
        event.add("dtstart", dt.datetime.combine(duty.date, duty.start, tzinfo=zone))
        event.add("dtend", dt.datetime.combine(duty.date, duty.end, tzinfo=zone))
        event.add("summary", nfc(_summary(duty)))
        event.add("location", nfc(duty.place))
        lines = []
        if duty.leader:
            lines.append(f"Trưởng nhóm: {duty.leader.name} {duty.leader.phone}".strip())
        if schedule.organisation.name:
            lines.append(f"Đơn vị tổ chức: {schedule.organisation.name}")
        if lines:
            event.add("description", nfc("\n".join(lines)))
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def ascii_slug(text: str, keep: str = "-") -> str:
    """'Nguyễn Thị Thắng' → 'nguyen-thi-thang' (file names, UIDs)."""
    plain = unicodedata.normalize("NFD", nfc(text).replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    pattern = "[^a-z0-9" + re.escape(keep) + "]+"
    return re.sub(pattern, "-", plain).strip("-")


def calendar_filename(schedule: PersonalSchedule) -> str:
    person = schedule.volunteer
    return f"{ascii_slug(person.code)}-{ascii_slug(person.name)}.ics"
