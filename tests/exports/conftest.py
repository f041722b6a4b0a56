"""A small but realistic workspace for the export tests: a provincial center open on working
days with three floors, a ward desk open every day, an outreach event, names with every kind
of Vietnamese diacritic and one very long name."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest

NAMES = [
    ("V001", "Nguyễn Thị Thắng", "TD", "youth"),
    ("V002", "Trần Văn Đức", "TD", "leader"),
    ("V003", "Lê Thị Ánh Tuyết", "DHHL", "youth"),
    ("V004", "Phạm Quốc Khánh", "CAP", "police"),
    ("V005", "Hoàng Thị Mỹ Duyên", "DHHL", "youth"),
    ("V006", "Đặng Ngọc Ánh", "TD", "staff"),
    ("V007", "Vũ Hoàng Yến", "CAP", "police"),
    ("V008", "Bùi Thị Hằng", "DHHL", "youth"),
    ("V009", "Đỗ Minh Quân", "TD", "youth"),
    ("V010", "Công Tằng Tôn Nữ Thị Phương Thảo Nguyên Khương Hạnh Dung", "DHHL", "youth"),
    ("V011", "Ngô Thị Hường", "TD", "youth"),
    ("V012", "Dương Văn Lợi", "CAP", "police"),
]
LONG_NAME = NAMES[9][1]
PERIOD = (dt.date(2026, 11, 2), dt.date(2026, 11, 29))  # four ISO weeks; 24/11 is a public holiday


def make_workspace() -> dict:
    demand = {"F1": {"min": 2, "target": 2, "max": 3}, "F2": {"min": 1, "target": 1, "max": 2},
              "F3": {"min": 1, "target": 1, "max": 1}}
    workspace = {
        "format": "duty-roster/workspace",
        "version": 1,
        "holidays": {"country": "VN", "extra_closed": ["2026-11-20"], "extra_open": []},
        "rules": {},
        "skills": [{"code": "vneid", "name": "Hướng dẫn VNeID"}],
        "units": [{"code": "TD", "name": "Tỉnh đoàn Quảng Ninh"},
                  {"code": "DHHL", "name": "Đoàn trường Đại học Hạ Long"},
                  {"code": "CAP", "name": "Công an phường Hồng Gai"}],
        "centers": [
            {"code": "HCC", "name": "Trung tâm Phục vụ Hành chính công tỉnh", "level": "province",
             "closed_on_holidays": True,
             "posts": [{"code": "F1", "name": "Tầng 1 — đón tiếp", "required_skills": []},
                       {"code": "F2", "name": "Tầng 2 — VNeID", "required_skills": []},
                       {"code": "F3", "name": "Tầng 3", "required_skills": []}],
             "shift_templates": [
                 {"code": "AM", "name": "Sáng", "start": "07:30", "end": "11:30", "weekdays": [1, 2, 3, 4, 5],
                  "demand": demand},
                 {"code": "PM", "name": "Chiều", "start": "13:30", "end": "17:00", "weekdays": [1, 2, 3, 4, 5],
                  "demand": demand}]},
            {"code": "HG", "name": "Điểm phục vụ phường Hồng Gai", "level": "ward", "closed_on_holidays": False,
             "posts": [{"code": "D1", "name": "Bàn một cửa", "required_skills": []}],
             "shift_templates": [
                 {"code": "ALL", "name": "Cả ngày", "start": "08:00", "end": "21:00",
                  "weekdays": [1, 2, 3, 4, 5, 6, 7], "demand": {"D1": {"min": 1, "target": 1, "max": 1}}}]},
        ],
        "events": [{"code": "OUT-1128", "name": "Tuyên truyền VNeID tại THPT Hòn Gai", "date": "2026-11-28",
                    "start": "07:30", "end": "11:30", "location": "Trường THPT Hòn Gai", "center": "HCC",
                    "team": {"min": 5, "max": 6},
                    "requirements": [{"role": "police", "min": 2}, {"role": "youth", "min": 2},
                                     {"skill": "vneid", "min": 1}]}],
        "volunteers": [
            {"code": code, "name": name, "unit": unit, "role": role, "phone": f"09123456{n:02d}",
             "email": None, "skills": [], "home_center": "HCC", "active": True}
            for n, (code, name, unit, role) in enumerate(NAMES, start=1)
        ],
        "assignments": [],
        "results": [
            {"center": "HCC", "date": "2026-11-03", "shift": "AM", "citizens_guided": 41,
             "dossiers_supported": 12, "vneid_activated": 7, "note": ""},
            {"center": "HCC", "date": "2026-11-04", "shift": "PM", "citizens_guided": 30,
             "dossiers_supported": 9, "vneid_activated": 5, "note": ""},
            {"center": "HCC", "date": "2026-03-04", "shift": "PM", "citizens_guided": 300,
             "dossiers_supported": 90, "vneid_activated": 50, "note": ""},
        ],
        "organisation": {"name": "Tỉnh đoàn Quảng Ninh", "parent": "Ban Chấp hành Đoàn TNCS Hồ Chí Minh",
                         "place": "Quảng Ninh", "signer_title": "Phó Bí thư", "signer_name": "Trần Văn A",
                         "targets": {"dossiers_supported_per_year": 4000, "citizens_guided_per_year": 20000}},
    }
    _assign(workspace)
    return workspace


def _assign(workspace: dict) -> None:
    """Round-robin the twelve people over the HCC shifts (one seat of Tầng 3 left empty on
    Mondays) and the ward desk, skipping the closed days, plus a five-person event team."""
    codes = itertools.cycle(code for code, *_ in NAMES)
    closed = {dt.date(2026, 11, 20), dt.date(2026, 11, 24)}
    assignments = workspace["assignments"]
    day = PERIOD[0]
    while day <= PERIOD[1]:
        if day.isoweekday() <= 5 and day not in closed:
            for shift in ("AM", "PM"):
                for post, seats in (("F1", 2), ("F2", 1), ("F3", 1)):
                    if post == "F3" and day.isoweekday() == 1:
                        continue
                    for _ in range(seats):
                        assignments.append({"volunteer": next(codes), "center": "HCC", "post": post,
                                            "date": day.isoformat(), "shift": shift, "locked": False})
        assignments.append({"volunteer": next(codes), "center": "HG", "post": "D1", "date": day.isoformat(),
                            "shift": "ALL", "locked": False})
        day += dt.timedelta(days=1)
    for code in ("V002", "V004", "V007", "V001", "V010"):
        assignments.append({"volunteer": code, "event": "OUT-1128", "locked": False})


@pytest.fixture
def workspace() -> dict:
    return make_workspace()
