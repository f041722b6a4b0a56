"""Workspace document → print data: closed days, unfilled seats, order, leaders, tallies."""
from __future__ import annotations

import datetime as dt

import pytest

from exports.vietnamese import given_name_key
from models import print_data
from tests.exports.conftest import NAMES, PERIOD


def _closed(roster) -> dict[dt.date, str]:
    return {day.date: day.closed for day in roster.days if day.closed}


def test_closed_days_come_from_the_holidays_package_in_vietnamese_plus_extra_closed(workspace):
    hcc, _ = print_data.center_rosters(workspace, *PERIOD)
    assert _closed(hcc) == {dt.date(2026, 11, 24): "Ngày Văn hóa Việt Nam", dt.date(2026, 11, 20): "Ngày nghỉ"}


def test_extra_open_reopens_a_holiday_and_some_centers_never_close(workspace):
    workspace["holidays"]["extra_open"] = ["2026-11-24"]
    hcc, ward = print_data.center_rosters(workspace, *PERIOD)
    assert _closed(hcc) == {dt.date(2026, 11, 20): "Ngày nghỉ"}
    assert _closed(ward) == {}


def test_center_roster_days_rows_and_cells(workspace):
    hcc, ward = print_data.center_rosters(workspace, *PERIOD)
    assert hcc.center == "Trung tâm Phục vụ Hành chính công tỉnh"
    assert [d.date.isoweekday() for d in hcc.days] == [1, 2, 3, 4, 5] * 4  # no weekend columns
    assert len(ward.days) == 28
    assert [(r.post, r.shift) for r in hcc.rows] == [
        ("Tầng 1 — đón tiếp", "Sáng"), ("Tầng 1 — đón tiếp", "Chiều"), ("Tầng 2 — VNeID", "Sáng"),
        ("Tầng 2 — VNeID", "Chiều"), ("Tầng 3", "Sáng"), ("Tầng 3", "Chiều")]
    holiday = next(i for i, d in enumerate(hcc.days) if d.date == dt.date(2026, 11, 24))
    assert hcc.days[holiday].closed == "Ngày Văn hóa Việt Nam"
    assert all(row.cells[holiday].missing == 0 for row in hcc.rows)
    # Tầng 3 is left empty on Mondays: one missing seat per Monday shift (3 Mondays open... all 4 are)
    floor3 = [r for r in hcc.rows if r.post == "Tầng 3"]
    mondays = [i for i, d in enumerate(hcc.days) if d.date.isoweekday() == 1]
    assert all(row.cells[i].missing == 1 and not row.cells[i].people for row in floor3 for i in mondays)
    assert hcc.unfilled_seats == 2 * len(mondays)
    first = hcc.rows[0].cells[0]
    assert len(first.people) == 2 and first.missing == 0
    assert list(first.people) == sorted(first.people, key=lambda p: given_name_key(p.name))


def test_one_center_and_unknown_codes(workspace):
    (roster,) = print_data.center_rosters(workspace, *PERIOD, center="HG")
    assert roster.center == "Điểm phục vụ phường Hồng Gai"
    with pytest.raises(print_data.UnknownCode, match="unknown center 'NOPE'"):
        print_data.center_rosters(workspace, *PERIOD, center="NOPE")
    with pytest.raises(print_data.UnknownCode, match="unknown volunteer 'V999'"):
        print_data.personal_schedules(workspace, *PERIOD, volunteer="V999")


def test_personal_schedules_sorted_by_given_name_and_duties_by_date(workspace):
    schedules = print_data.personal_schedules(workspace, *PERIOD)
    names = [s.volunteer.name for s in schedules]
    assert names[:4] == ["Đặng Ngọc Ánh", "Công Tằng Tôn Nữ Thị Phương Thảo Nguyên Khương Hạnh Dung",
                         "Hoàng Thị Mỹ Duyên", "Trần Văn Đức"]
    assert names[-1] == "Vũ Hoàng Yến"
    for schedule in schedules:
        keys = [(d.date, d.start) for d in schedule.duties]
        assert keys == sorted(keys)
    thang = next(s for s in schedules if s.volunteer.code == "V001")
    event = next(d for d in thang.duties if d.kind == "event")
    assert (event.date, event.start, event.place) == (dt.date(2026, 11, 28), dt.time(7, 30), "Trường THPT Hòn Gai")
    assert event.leader.name == "Trần Văn Đức" and event.leader.phone == "0912345602"
    shift = next(d for d in thang.duties if d.kind == "shift")
    assert shift.place and shift.post and shift.ref.count("/") == 3


def test_a_volunteer_without_duties_still_gets_a_schedule_when_asked(workspace):
    workspace["assignments"] = [a for a in workspace["assignments"] if a["volunteer"] != "V012"]
    assert all(s.volunteer.code != "V012" for s in print_data.personal_schedules(workspace, *PERIOD))
    (alone,) = print_data.personal_schedules(workspace, *PERIOD, volunteer="V012")
    assert alone.duties == ()


def test_event_sheet_team_leaders_first_and_requirements(workspace):
    (sheet,) = print_data.event_sheets(workspace, *PERIOD)
    assert sheet.team[0].name == "Trần Văn Đức"
    assert len(sheet.team) == 5 and sheet.missing == 0
    assert sheet.requirements == ("ít nhất 2 Công an", "ít nhất 2 Đoàn viên", "ít nhất 1 Hướng dẫn VNeID")
    assert print_data.event_sheets(workspace, dt.date(2026, 12, 1), dt.date(2026, 12, 31)) == []


def test_statistics_tally_shifts_events_units_results_and_targets(workspace):
    report = print_data.statistics(workspace, *PERIOD)
    shifts = sum(1 for a in workspace["assignments"] if "event" not in a)
    assert sum(t.shifts for t in report.volunteers) == shifts
    assert sum(t.events for t in report.volunteers) == 5
    assert sum(u.volunteers for u in report.units) == len(NAMES)
    (hcc,) = report.results
    assert (hcc.shifts_reported, hcc.citizens_guided, hcc.dossiers_supported) == (2, 71, 21)
    dossiers = next(t for t in report.targets if t.label == "Hồ sơ được hỗ trợ")
    assert (dossiers.yearly_target, dossiers.in_period, dossiers.year_to_date) == (4000, 21, 111)
    assert report.unfilled_seats == 8


def test_without_a_leader_on_the_shift_the_units_leader_is_the_contact(workspace):
    schedules = {s.volunteer.code: s for s in print_data.personal_schedules(workspace, *PERIOD)}
    assert all(d.leader and d.leader.code == "V002" for d in schedules["V006"].duties)  # same unit (TD)
    assert all(d.leader is None for d in schedules["V002"].duties if d.kind == "shift")  # the leader himself
