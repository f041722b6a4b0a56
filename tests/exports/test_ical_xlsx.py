"""Calendar files parsed back with icalendar; the workbook opened with openpyxl."""
from __future__ import annotations

import datetime as dt
import io
from zoneinfo import ZoneInfo

import icalendar
import openpyxl

import exports
from exports.spreadsheet import roster_lines
from models import print_data
from tests.exports.conftest import PERIOD


def test_ics_has_local_times_in_ho_chi_minh_with_its_timezone(workspace):
    (schedule,) = print_data.personal_schedules(workspace, *PERIOD, volunteer="V001")
    data = exports.volunteer_calendar(schedule, stamp=dt.datetime(2026, 10, 30, tzinfo=dt.timezone.utc))
    calendar = icalendar.Calendar.from_ical(data)
    zones = [tz["TZID"] for tz in calendar.walk("VTIMEZONE")]
    assert zones == ["Asia/Ho_Chi_Minh"]
    events = calendar.walk("VEVENT")
    assert len(events) == len(schedule.duties)
    outreach = next(e for e in events if str(e["SUMMARY"]) == "Tuyên truyền VNeID tại THPT Hòn Gai")
    start = outreach.decoded("DTSTART")
    assert start == dt.datetime(2026, 11, 28, 7, 30, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    assert start.utcoffset() == dt.timedelta(hours=7)
    assert start.astimezone(dt.timezone.utc).time() == dt.time(0, 30)
    assert str(outreach["LOCATION"]) == "Trường THPT Hòn Gai"
    assert "Trần Văn Đức" in str(outreach["DESCRIPTION"])
    assert len({str(e["UID"]) for e in events}) == len(events)
    assert exports.calendar_filename(schedule) == "v001-nguyen-thi-thang.ics"


def test_ics_uids_are_stable_across_exports(workspace):
    (schedule,) = print_data.personal_schedules(workspace, *PERIOD, volunteer="V001")
    uids = [[str(e["UID"]) for e in icalendar.Calendar.from_ical(exports.volunteer_calendar(schedule)).walk("VEVENT")]
            for _ in range(2)]
    assert uids[0] == uids[1]


def test_workbook_matches_the_roster(workspace):
    rosters = print_data.center_rosters(workspace, *PERIOD)
    report = print_data.statistics(workspace, *PERIOD)
    book = openpyxl.load_workbook(io.BytesIO(exports.roster_workbook(rosters, report)))
    assert book.sheetnames == ["Lịch trực", "Thống kê"]
    rows = list(book["Lịch trực"].iter_rows(values_only=True))
    assert rows[0][:3] == ("Ngày", "Thứ", "Trung tâm")
    body = rows[1:]
    dates = [row[0] for row in body]
    assert dates == sorted(dates)
    people = [(row[0].date(), row[2], row[3], row[4], row[8]) for row in body if row[7]]
    expected = sorted(
        (dt.date.fromisoformat(a["date"]), a["center"], a["post"], a["shift"], a["volunteer"])
        for a in workspace["assignments"] if "event" not in a)
    names = {v["code"]: v["name"] for v in workspace["volunteers"]}
    centers = {c["code"]: c for c in workspace["centers"]}
    posts = {(c, p["code"]): p["name"] for c, center in centers.items() for p in center["posts"]}
    shifts = {(c, t["code"]): t["name"] for c, center in centers.items() for t in center["shift_templates"]}
    assert sorted(people) == sorted(
        (day, centers[c]["name"], posts[c, p], shifts[c, s], names[v]) for day, c, p, s, v in expected)
    notes = [row[10] for row in body if row[10]]
    assert notes.count("Thiếu 1 người") == 8
    assert "Nghỉ lễ: Ngày Văn hóa Việt Nam" in notes
    assert len(body) == sum(len(roster_lines(r)) for r in rosters)
    stats = list(book["Thống kê"].iter_rows(values_only=True))
    thang = next(row for row in stats if row[0] == "V001")
    assert thang[1] == "Nguyễn Thị Thắng" and thang[5] == 1
