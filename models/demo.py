"""Seeded, realistic workspace documents built from the programmes in PRODUCT.md.

`demo_workspace()` is the Quảng Ninh provincial HCC (25 volunteers, three floors, morning and
afternoon shifts Monday–Friday) plus two commune points of the Hà Nội kind (teams of five,
08:00–21:00 every day), with Saturday outreach, leave and preferences.
`province_workspace()` scales the same pattern to the whole province (1 HCC + 54 communes,
825 volunteers, 55 outreach events) for benchmarks. Same seed, same document.
"""
from __future__ import annotations

import datetime as dt
import random

from models.workspace_schema import FORMAT_TAG, FORMAT_VERSION

FAMILY_NAMES = (
    ["Nguyễn"] * 8 + ["Trần"] * 3 + ["Lê"] * 3 + ["Phạm"] * 2 + ["Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
                                                                  "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
)
MIDDLE_NAMES = {
    "f": ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Minh", "Thanh", "Phương", "Hải", "Khánh"],
    "m": ["Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Công", "Tuấn", "Hoàng"],
}
GIVEN_NAMES = {
    "f": ["Thắng", "Hương", "Lan", "Linh", "Trang", "Ngọc", "Hà", "Thảo", "Huyền", "Mai", "Nhung",
          "Phương", "Quỳnh", "Yến", "Giang", "Hạnh", "Thủy", "Vân", "Anh", "Diệp", "Ánh", "Trâm"],
    "m": ["Hùng", "Dũng", "Nam", "Quân", "Tuấn", "Long", "Đức", "Hiếu", "Khánh", "Phúc", "Sơn",
          "Thành", "Trung", "Việt", "Vinh", "Bình", "Cường", "Đạt", "Hải", "Huy", "Lâm", "Tùng"],
}
SCHOOLS = ["THPT Hòn Gai", "THPT Bãi Cháy", "THCS Trần Quốc Toản", "khu dân cư phường Hồng Gai",
           "chợ Hạ Long I", "khu dân cư phường Cao Xanh", "THPT Vũ Văn Hiếu", "nhà văn hóa khu 5"]
COMMUNE_NAMES = [
    "Hạ Long", "Bãi Cháy", "Hà Tu", "Hoành Bồ", "Cẩm Phả", "Quang Hanh", "Cửa Ông", "Mông Dương",
    "Uông Bí", "Vàng Danh", "Yên Tử", "Đông Triều", "Mạo Khê", "Bình Khê", "An Sinh", "Quảng Yên",
    "Hà An", "Phong Cốc", "Liên Hòa", "Móng Cái 1", "Móng Cái 2", "Hải Sơn", "Vĩnh Thực", "Hải Hòa",
    "Tiên Yên", "Điền Xá", "Đông Ngũ", "Hải Lạng", "Bình Liêu", "Hoành Mô", "Lục Hồn", "Đầm Hà",
    "Quảng Tân", "Quảng Hà", "Đường Hoa", "Quảng Đức", "Cái Chiên", "Ba Chẽ", "Kỳ Thượng", "Lương Minh",
    "Vân Đồn", "Quan Lạn", "Minh Châu", "Thắng Lợi", "Cô Tô", "Đồng Tiến", "Thanh Lân", "Việt Hưng",
    "Hà Lầm", "Tuần Châu", "Cao Xanh", "Hồng Gai", "Hoàng Quế", "Đông Mai",
]


def _person(rng: random.Random, used: set[str]) -> tuple[str, str]:
    while True:
        sex = rng.choice("fm")
        name = f"{rng.choice(FAMILY_NAMES)} {rng.choice(MIDDLE_NAMES[sex])} {rng.choice(GIVEN_NAMES[sex])}"
        if name not in used:
            used.add(name)
            return name, sex


def _phone(rng: random.Random) -> str:
    return rng.choice(["091", "094", "098", "097", "086", "083", "035"]) + f"{rng.randrange(10**7):07d}"


def _saturdays(start: dt.date, months: int) -> list[dt.date]:
    days, day = [], start
    end_month = (start.month - 1 + months) % 12 + 1
    while not (day.month == end_month and day.day == 1 and day != start):
        if day.isoweekday() == 6:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


def _base(organisation_place: str) -> dict:
    return {
        "format": FORMAT_TAG,
        "version": FORMAT_VERSION,
        "holidays": {"country": "VN", "extra_closed": [], "extra_open": []},
        "rules": {"max_shifts_per_day": 1, "min_rest_hours": 0,
                  "weights": {"fairness": 10, "preference": 3, "stability": 20, "target_headcount": 2}},
        "skills": [
            {"code": "vneid", "name": "Hướng dẫn tạo tài khoản VNeID"},
            {"code": "dvc", "name": "Hỗ trợ nộp hồ sơ dịch vụ công trực tuyến"},
            {"code": "scan", "name": "Số hóa, scan hồ sơ"},
            {"code": "kinh_nghiem", "name": "Tình nguyện viên có kinh nghiệm", "mix": True},
        ],
        "organisation": {
            "name": "Tỉnh đoàn Quảng Ninh", "parent": "Ban Chấp hành Đoàn TNCS Hồ Chí Minh",
            "place": organisation_place, "signer_title": "Phó Bí thư", "signer_name": "Trần Văn Hải",
            "targets": {"dossiers_supported_per_year": 4000, "citizens_guided_per_year": 20000,
                        "vneid_activated_per_year": 3000},
        },
    }


def _hcc_center() -> dict:
    def demand(f1: int) -> dict:
        return {"F1": {"min": 1, "target": f1, "max": 2}, "F2": {"min": 1, "target": 1, "max": 2},
                "F3": {"min": 1, "target": 1, "max": 1}}

    return {
        "code": "HCC", "name": "Trung tâm Phục vụ Hành chính công tỉnh Quảng Ninh", "level": "province",
        "closed_on_holidays": True,
        "posts": [
            {"code": "F1", "name": "Tầng 1 — đón tiếp, lấy số thứ tự", "required_skills": []},
            {"code": "F2", "name": "Tầng 2 — hướng dẫn VNeID", "required_skills": ["vneid"]},
            {"code": "F3", "name": "Tầng 3 — dịch vụ công trực tuyến", "required_skills": ["dvc"]},
        ],
        "shift_templates": [
            {"code": "AM", "name": "Ca sáng", "start": "07:30", "end": "11:30", "weekdays": [1, 2, 3, 4, 5],
             "demand": demand(2)},
            {"code": "PM", "name": "Ca chiều", "start": "13:30", "end": "17:00", "weekdays": [1, 2, 3, 4, 5],
             "demand": demand(1)},
        ],
    }


def _commune_center(code: str, place: str) -> dict:
    every_day = [1, 2, 3, 4, 5, 6, 7]
    headcount = {"DK": {"min": 2, "target": 3, "max": 5}}
    return {
        "code": code, "name": f"Điểm phục vụ hành chính công {place}", "level": "commune",
        "closed_on_holidays": False,
        "posts": [{"code": "DK", "name": "Bàn hướng dẫn kê khai", "required_skills": []}],
        "shift_templates": [
            {"code": "S1", "name": "Ca 1", "start": "08:00", "end": "14:30", "weekdays": every_day,
             "demand": headcount},
            {"code": "S2", "name": "Ca 2", "start": "14:30", "end": "21:00", "weekdays": every_day,
             "demand": headcount},
        ],
    }


def _volunteer(rng: random.Random, code: str, used: set[str], *, unit: str, role: str, center: str,
               skills: list[str], limits: dict, start: dt.date) -> dict:
    name, _sex = _person(rng, used)
    volunteer = {
        "code": code, "name": name, "unit": unit, "role": role, "phone": _phone(rng), "email": None,
        "skills": sorted(skills), "home_center": center, "active": True, "limits": limits,
    }
    if rng.random() < 0.35:  # students with classes on some days
        days = rng.sample([1, 2, 3, 4, 5], 3)
        volunteer["weekly"] = {str(d): (["*"] if rng.random() < 0.6 else [rng.choice(["AM", "PM", "S1", "S2"])])
                               for d in sorted(days + [6, 7])}
    volunteer["unavailable"] = []
    if rng.random() < 0.25:
        first = start + dt.timedelta(days=rng.randrange(0, 50))
        reason = rng.choice(["Thi học kỳ", "Nghỉ phép", "Ốm", "Công tác", "Việc gia đình"])
        volunteer["unavailable"].append({"from": first.isoformat(),
                                         "to": (first + dt.timedelta(days=rng.randrange(1, 7))).isoformat(),
                                         "reason": reason})
    if rng.random() < 0.3:
        volunteer["prefers"] = {"weekdays": sorted(rng.sample([1, 2, 3, 4, 5], 2))}
    if rng.random() < 0.2:
        volunteer["avoids"] = {"weekdays": [rng.choice([1, 5])]}
    return volunteer


def _hcc_volunteers(rng: random.Random, used: set[str], start: dt.date, count: int = 25) -> list[dict]:
    roles = ["leader", "leader"] + ["police"] * 3 + ["staff"] * 4 + ["youth"] * (count - 9)
    volunteers = []
    for i, role in enumerate(roles, start=1):
        skills = []
        if (role != "police" or i % 2) and rng.random() < 0.7:
            skills.append("vneid")
        if rng.random() < 0.5:
            skills.append("dvc")
        if rng.random() < 0.3:
            skills.append("scan")
        if role in ("leader", "staff") or rng.random() < 0.25:
            skills.append("kinh_nghiem")
        unit = {"police": "CA", "staff": "HCC"}.get(role, rng.choice(["TD", "DH", "DTN"]))
        limits = {"max_per_week": 3, "max_per_month": 10, "min_per_month": 2}
        volunteers.append(_volunteer(rng, f"V{i:03d}", used, unit=unit, role=role, center="HCC",
                                     skills=skills, limits=limits, start=start))
    return volunteers


def _commune_volunteers(rng: random.Random, used: set[str], start: dt.date, center: str, prefix: str,
                        count: int) -> list[dict]:
    # Teams of five: two youth members, two ward police, one area officer (staff) per five.
    pattern = ["youth", "youth", "police", "police", "staff"]
    volunteers = []
    for i in range(count):
        role = "leader" if i == 0 else pattern[i % 5]
        skills = ["vneid"] if rng.random() < 0.6 else []
        if i < 2:
            skills.append("kinh_nghiem")
        unit = {"police": "CA", "staff": "UB"}.get(role, "DX")
        limits = {"max_per_week": 4, "max_per_month": 16, "min_per_month": 4}
        volunteers.append(_volunteer(rng, f"{prefix}{i + 1:03d}", used, unit=unit, role=role, center=center,
                                     skills=skills, limits=limits, start=start))
    return volunteers


def _events(rng: random.Random, saturdays: list[dt.date], centers: list[str], per_center: int) -> list[dict]:
    events = []
    for center in centers:
        for day in saturdays[:per_center] if per_center < len(saturdays) else saturdays:
            place = rng.choice(SCHOOLS)
            events.append({
                "code": f"OUT-{center}-{day:%m%d}", "name": f"Tuyên truyền VNeID tại {place}",
                "date": day.isoformat(), "start": "07:30", "end": "11:30", "location": place, "center": center,
                "team": {"min": 5, "max": 6},
                "requirements": [{"role": "youth", "min": 2}, {"role": "police", "min": 2}, {"skill": "vneid", "min": 1}],
            })
    return events


def demo_workspace(seed: int = 2026, start: dt.date = dt.date(2026, 11, 1)) -> dict:
    """The demo: Quảng Ninh provincial HCC and two commune points, two months from `start`."""
    rng = random.Random(seed)
    used: set[str] = set()
    doc = _base("Quảng Ninh")
    doc["units"] = [
        {"code": "TD", "name": "Tỉnh đoàn Quảng Ninh"},
        {"code": "DH", "name": "Đoàn trường Đại học Hạ Long"},
        {"code": "DTN", "name": "Đoàn Thanh niên Sở Tư pháp"},
        {"code": "CA", "name": "Công an tỉnh Quảng Ninh"},
        {"code": "HCC", "name": "Trung tâm Phục vụ Hành chính công tỉnh"},
        {"code": "UB", "name": "Ủy ban nhân dân phường"},
        {"code": "DX", "name": "Đoàn phường"},
    ]
    communes = [("P-HL", "phường Hồng Gai"), ("P-BC", "phường Bãi Cháy")]
    doc["centers"] = [_hcc_center()] + [_commune_center(code, place) for code, place in communes]
    volunteers = _hcc_volunteers(rng, used, start)
    for code, _place in communes:
        volunteers += _commune_volunteers(rng, used, start, code, code.replace("-", "") + "-", 12)
    # Two provincial volunteers also help at the commune points on weekends.
    for volunteer in volunteers[20:22]:
        volunteer["serves"] = ["HCC", "P-HL"]
    doc["volunteers"] = volunteers
    saturdays = _saturdays(start, 2)
    # Outreach on the second and fourth Saturday of each month.
    second_and_fourth = [d for d in saturdays if (d.day - 1) // 7 in (1, 3)]
    doc["events"] = _events(rng, second_and_fourth, ["HCC"], len(second_and_fourth))
    doc["assignments"] = []
    doc["results"] = []
    return doc


def province_workspace(seed: int = 7, start: dt.date = dt.date(2026, 11, 1), communes: int = 54,
                       volunteers_total: int = 825) -> dict:
    """The whole province: the HCC with 25 volunteers plus `communes` points sharing the rest,
    one outreach event per center in the month (55 in all)."""
    rng = random.Random(seed)
    used: set[str] = set()
    doc = _base("Quảng Ninh")
    doc["units"] = [{"code": "TD", "name": "Tỉnh đoàn Quảng Ninh"}, {"code": "DH", "name": "Đoàn trường Đại học Hạ Long"},
                    {"code": "DTN", "name": "Đoàn Thanh niên Sở Tư pháp"}, {"code": "CA", "name": "Công an tỉnh"},
                    {"code": "HCC", "name": "Trung tâm Phục vụ Hành chính công tỉnh"},
                    {"code": "UB", "name": "Ủy ban nhân dân xã, phường"}, {"code": "DX", "name": "Đoàn xã, phường"}]
    codes = [f"X{i + 1:02d}" for i in range(communes)]
    doc["centers"] = [_hcc_center()] + [
        _commune_center(code, f"xã, phường {COMMUNE_NAMES[i % len(COMMUNE_NAMES)]}") for i, code in enumerate(codes)]
    volunteers = _hcc_volunteers(rng, used, start)
    remaining = volunteers_total - len(volunteers)
    for i, code in enumerate(codes):
        count = remaining // communes + (1 if i < remaining % communes else 0)
        volunteers += _commune_volunteers(rng, used, start, code, f"{code}-", count)
    doc["volunteers"] = volunteers
    saturdays = _saturdays(start, 1)
    events = []
    for i, center in enumerate(["HCC"] + codes):
        events += _events(rng, [saturdays[i % len(saturdays)]], [center], 1)
    doc["events"] = events
    doc["assignments"] = []
    doc["results"] = []
    return doc
