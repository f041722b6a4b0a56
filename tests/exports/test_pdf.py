"""The four PDFs read back with pypdf: names with their diacritics, Vietnamese weekdays, the
official header, page numbers, embedded fonts."""
from __future__ import annotations

import datetime as dt

import pytest

import exports
from models import print_data
from tests.exports.conftest import LONG_NAME, NAMES, PERIOD
from tests.exports.pdf_text import all_text, font_names, fonts_without_embedding, pages_text

ISSUED = dt.date(2026, 10, 30)
HEADER_LINES = (
    "BAN CHẤP HÀNH ĐOÀN TNCS HỒ CHÍ MINH",
    "TỈNH ĐOÀN QUẢNG NINH",
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập – Tự do – Hạnh phúc",
    "Quảng Ninh, ngày 30 tháng 10 năm 2026",
)
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


@pytest.fixture(scope="module")
def center_pdf() -> bytes:
    from tests.exports.conftest import make_workspace

    rosters = print_data.center_rosters(make_workspace(), *PERIOD, issued_on=ISSUED)
    return exports.render_center_rosters(rosters, phones=True)


def test_center_roster_has_header_names_weekdays_and_pages(center_pdf):
    pages = pages_text(center_pdf)
    text = " ".join(pages)
    for line in HEADER_LINES + ("LỊCH TRỰC TÌNH NGUYỆN VIÊN", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH",
                                "ĐIỂM PHỤC VỤ PHƯỜNG HỒNG GAI", "PHÓ BÍ THƯ", "Trần Văn A"):
        assert line in text
    for weekday in WEEKDAYS:
        assert weekday in text
    assert "Thứ Hai 02/11" in pages[0] and "Thứ Sáu 06/11" in pages[0]
    assert "Chủ Nhật 08/11" in text  # the ward desk opens every day
    for _code, name, *_ in NAMES:
        assert name in text
    assert "0912345601" in text  # phones asked for
    # four weeks at the provincial center and four at the ward: one week per page
    assert len(pages) == 8
    assert all(f"Trang {n}/8" in page for n, page in enumerate(pages, start=1))


def test_center_roster_repeats_the_day_headers_on_every_week_page(center_pdf):
    pages = pages_text(center_pdf)
    assert all("Vị trí" in page and "Ca trực" in page and "Thứ Hai" in page for page in pages)


def test_center_roster_marks_holidays_and_missing_seats(center_pdf):
    text = all_text(center_pdf)
    assert "Nghỉ: Ngày Văn hóa Việt Nam" in text  # from the holidays package, in Vietnamese
    assert "Nghỉ: Ngày nghỉ" in text  # extra_closed 20/11
    assert "Thiếu 1 người" in text


def test_a_long_name_wraps_inside_its_cell_and_is_read_back_whole(center_pdf):
    raw = pages_text(center_pdf)[0]
    assert LONG_NAME in raw


def test_personal_schedules_one_page_each_sorted_by_given_name(workspace):
    schedules = print_data.personal_schedules(workspace, *PERIOD, issued_on=ISSUED)
    pages = pages_text(exports.render_personal_schedules(schedules))
    assert len(pages) == len(NAMES)
    assert "Đặng Ngọc Ánh" in pages[0] and "Vũ Hoàng Yến" in pages[-1]
    for page in pages:
        assert "LỊCH TRỰC CÁ NHÂN" in page and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in page
    event_page = next(p for p in pages if "Nguyễn Thị Thắng" in p)
    assert "Tuyên truyền VNeID tại THPT Hòn Gai" in event_page
    assert "Thứ Bảy 28/11/2026" in event_page
    assert "Trần Văn Đức" in event_page  # the event's team leader to call
    assert not any(code in page for page in pages for code, *_ in NAMES)  # people by name, not by code


def test_one_volunteer_schedule(workspace):
    schedules = print_data.personal_schedules(workspace, *PERIOD, volunteer="V010")
    text = all_text(exports.render_personal_schedules(schedules))
    assert LONG_NAME in text and "Trang 1/1" in text


def test_event_sheet_lists_the_team_with_roles_phones_and_signature_column(workspace):
    sheets = print_data.event_sheets(workspace, *PERIOD, issued_on=ISSUED)
    text = all_text(exports.render_event_sheets(sheets))
    for line in HEADER_LINES + ("DANH SÁCH ĐỘI TUYÊN TRUYỀN LƯU ĐỘNG", "Trường THPT Hòn Gai", "Ký tên",
                                "Thứ Bảy 28/11/2026, 07:30–11:30", "Trưởng nhóm", "Công an", "0912345604"):
        assert line in text
    for name in ("Trần Văn Đức", "Phạm Quốc Khánh", "Vũ Hoàng Yến", "Nguyễn Thị Thắng", LONG_NAME):
        assert name in text


def test_statistics_show_volunteers_units_and_targets(workspace):
    report = print_data.statistics(workspace, *PERIOD, issued_on=ISSUED)
    text = all_text(exports.render_statistics(report))
    assert "BÁO CÁO THỐNG KÊ HOẠT ĐỘNG TÌNH NGUYỆN" in text
    for _code, name, *_ in NAMES:
        assert name in text
    for unit in ("Tỉnh đoàn Quảng Ninh", "Đoàn trường Đại học Hạ Long", "Công an phường Hồng Gai"):
        assert unit in text
    assert "Hồ sơ được hỗ trợ" in text and "4.000" in text
    assert not any(code in text for code, *_ in NAMES)


@pytest.mark.parametrize("kind", ["center", "volunteers", "events", "stats"])
def test_every_pdf_embeds_only_the_bundled_font(workspace, kind):
    pdf = {
        "center": lambda: exports.render_center_rosters(print_data.center_rosters(workspace, *PERIOD)),
        "volunteers": lambda: exports.render_personal_schedules(
            print_data.personal_schedules(workspace, *PERIOD, volunteer="V001")),
        "events": lambda: exports.render_event_sheets(print_data.event_sheets(workspace, *PERIOD)),
        "stats": lambda: exports.render_statistics(print_data.statistics(workspace, *PERIOD)),
    }[kind]()
    assert fonts_without_embedding(pdf) == []
    assert font_names(pdf) and all("DejaVuSerifCondensed" in name for name in font_names(pdf))


def test_decomposed_input_is_printed_composed():
    from exports.data import Organisation, Person, PersonalSchedule

    decomposed = "Nguyễn Thị Thắng".encode().decode()  # NFC source text
    import unicodedata

    schedule = PersonalSchedule(
        organisation=Organisation(name="Tỉnh đoàn"),
        volunteer=Person(code="V1", name=unicodedata.normalize("NFD", decomposed)),
        date_from=dt.date(2026, 11, 2), date_to=dt.date(2026, 11, 8), duties=())
    text = all_text(exports.render_personal_schedules([schedule]))
    assert "Nguyễn Thị Thắng" in text
    assert "Không có ca trực nào trong kỳ." in text
