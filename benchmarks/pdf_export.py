"""Province-scale PDF benchmark: every volunteer's personal schedule for a month as one PDF.

Scale from PRODUCT.md (Quảng Ninh): 825 volunteers in 55 teams serving the provincial center
and 54 commune/ward desks, about four shifts each in a month, plus Saturday outreach events.
The workspace document is generated with a seeded generator; the time covers converting it
(models.print_data) and rendering (exports), the memory is the process's peak RSS.

    python -m benchmarks.pdf_export [--volunteers 825] [--seed 7] [-o schedules.pdf]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import time

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ",
          "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đoàn", "Lương"]
MIDDLE = ["Văn", "Thị", "Minh", "Ngọc", "Quốc", "Thu", "Hoàng", "Thanh", "Đức", "Mỹ", "Hải", "Xuân", "Bảo"]
GIVEN = ["Anh", "Ánh", "Bình", "Châu", "Dũng", "Duyên", "Đức", "Giang", "Hà", "Hằng", "Hiếu", "Hường", "Khánh",
         "Lan", "Linh", "Lợi", "Mai", "Nam", "Ngân", "Nhung", "Phương", "Quân", "Sơn", "Thảo", "Thắng", "Trang",
         "Tuấn", "Tuyết", "Uyên", "Vy", "Yến", "Khương Hạnh Dung"]
COMMUNES = ["Hồng Gai", "Bạch Đằng", "Hà Lầm", "Cao Xanh", "Bãi Cháy", "Hà Tu", "Cẩm Phả", "Mông Dương",
            "Uông Bí", "Đông Triều", "Quảng Yên", "Vân Đồn", "Cô Tô", "Tiên Yên", "Móng Cái", "Hải Hà",
            "Đầm Hà", "Bình Liêu", "Ba Chẽ", "Hoành Bồ", "Quang Hanh", "Cửa Ông"]
ROLES = ["youth"] * 6 + ["police"] * 2 + ["staff", "leader"]


def province_workspace(volunteers: int = 825, seed: int = 7, month: tuple[int, int] = (2026, 11)) -> dict:
    """A seeded workspace: 55 centers, `volunteers` people, ~4 shifts each in the month."""
    rng = random.Random(seed)
    year, number = month
    first = dt.date(year, number, 1)
    days = [first + dt.timedelta(days=n) for n in range(31) if (first + dt.timedelta(days=n)).month == number]
    workdays = [d for d in days if d.isoweekday() <= 5]
    centers = [{
        "code": "HCC", "name": "Trung tâm Phục vụ Hành chính công tỉnh Quảng Ninh", "level": "province",
        "closed_on_holidays": True,
        "posts": [{"code": f"F{n}", "name": f"Tầng {n}", "required_skills": []} for n in (1, 2, 3)],
        "shift_templates": [
            {"code": "AM", "name": "Sáng", "start": "07:30", "end": "11:30", "weekdays": [1, 2, 3, 4, 5],
             "demand": {f"F{n}": {"min": 1, "target": 2, "max": 3} for n in (1, 2, 3)}},
            {"code": "PM", "name": "Chiều", "start": "13:30", "end": "17:00", "weekdays": [1, 2, 3, 4, 5],
             "demand": {f"F{n}": {"min": 1, "target": 2, "max": 3} for n in (1, 2, 3)}}],
    }]
    for n in range(54):
        place = f"{COMMUNES[n % len(COMMUNES)]}{'' if n < len(COMMUNES) else f' {n // len(COMMUNES) + 1}'}"
        centers.append({
            "code": f"C{n:02d}", "name": f"Điểm phục vụ một cửa phường {place}", "level": "commune",
            "closed_on_holidays": True,
            "posts": [{"code": "D1", "name": "Bàn hướng dẫn", "required_skills": []}],
            "shift_templates": [
                {"code": "AM", "name": "Sáng", "start": "07:30", "end": "11:30", "weekdays": [1, 2, 3, 4, 5],
                 "demand": {"D1": {"min": 1, "target": 1, "max": 2}}},
                {"code": "PM", "name": "Chiều", "start": "13:30", "end": "17:00", "weekdays": [1, 2, 3, 4, 5],
                 "demand": {"D1": {"min": 1, "target": 1, "max": 2}}}]})
    units = [{"code": f"U{n:02d}", "name": f"Đoàn Thanh niên {centers[n]['name'].split(' ', 5)[-1]}"}
             for n in range(55)]
    people = []
    for n in range(volunteers):
        team = n % 55
        people.append({
            "code": f"V{n + 1:04d}",
            "name": f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}",
            "unit": units[team]["code"], "role": rng.choice(ROLES), "phone": f"09{rng.randrange(10**8):08d}",
            "email": None, "skills": [], "home_center": centers[team]["code"], "active": True})
    assignments = []
    for person in people:
        center = next(c for c in centers if c["code"] == person["home_center"])
        for day in sorted(rng.sample(workdays, 4)):
            post = rng.choice(center["posts"])["code"]
            assignments.append({"volunteer": person["code"], "center": center["code"], "post": post,
                                "date": day.isoformat(), "shift": rng.choice(["AM", "PM"]), "locked": False})
    saturdays = [d for d in days if d.isoweekday() == 6]
    events = []
    for n, center in enumerate(centers[1:], start=1):
        day = saturdays[n % len(saturdays)]
        events.append({"code": f"OUT-{n:02d}", "name": f"Tuyên truyền VNeID — {center['name']}",
                       "date": day.isoformat(), "start": "07:30", "end": "11:30",
                       "location": f"Nhà văn hoá khu {n}", "center": center["code"], "team": {"min": 5, "max": 6},
                       "requirements": [{"role": "police", "min": 2}, {"role": "youth", "min": 2}]})
        team = [p for p in people if p["home_center"] == center["code"]][:5]
        assignments += [{"volunteer": p["code"], "event": events[-1]["code"], "locked": False} for p in team]
    return {
        "format": "duty-roster/workspace", "version": 1,
        "holidays": {"country": "VN", "extra_closed": [], "extra_open": []}, "rules": {},
        "skills": [], "units": units, "centers": centers, "events": events, "volunteers": people,
        "assignments": assignments, "results": [],
        "organisation": {"name": "Tỉnh đoàn Quảng Ninh", "parent": "Ban Chấp hành Đoàn TNCS Hồ Chí Minh",
                         "place": "Quảng Ninh", "signer_title": "Phó Bí thư", "signer_name": "Trần Văn A"},
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--volunteers", type=int, default=825)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", default=None, help="keep the PDF here (default: discard)")
    args = parser.parse_args(argv)

    import exports
    from models import print_data

    workspace = province_workspace(args.volunteers, args.seed)
    first, last = dt.date(2026, 11, 1), dt.date(2026, 11, 30)
    started = time.perf_counter()
    schedules = print_data.personal_schedules(workspace, first, last)
    converted = time.perf_counter()
    pdf = exports.render_personal_schedules(schedules)
    finished = time.perf_counter()
    if args.output:
        with open(args.output, "wb") as handle:
            handle.write(pdf)
    from pypdf import PdfReader
    import io

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "volunteers": len(schedules), "duties": sum(len(s.duties) for s in schedules), "pages": pages,
        "convert_s": round(converted - started, 2), "render_s": round(finished - converted, 2),
        "total_s": round(finished - started, 2), "pdf_mb": round(len(pdf) / 2**20, 2),
        "peak_rss_mb": round(peak_mb, 1), "cpus": os.cpu_count(), "python": platform.python_version(),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
