"""The engine's structured messages written for a coordinator: full names, readable duties,
skills by name, numbers and dates in the interface language — never the code behind them."""
from __future__ import annotations

import datetime as dt

import pytest

from desktop import i18n
from desktop.messages import Names, number, percent, violation_text
from desktop.reason_text import reason_text
from scheduler.problem import Violation
from tests.roster_support import WEEK, demo_database

WEDNESDAY = dt.date(2026, 11, 25)


@pytest.fixture(scope="module")
def names(tmp_path_factory):
    from models.roster_edits.board import load_board

    db = demo_database(tmp_path_factory.mktemp("messages") / "demo.sqlite")
    board = load_board(db, *WEEK)
    db.dispose()
    return Names(board)


@pytest.fixture
def vi(qapp):
    i18n.install("vi")
    yield
    i18n.install("vi")


def _someone(names) -> tuple[str, str]:
    code, info = sorted(names.board.volunteers.items())[0]
    return code, info.name


def test_a_leave_violation_names_the_person_and_the_duty(names, vi):
    code, name = _someone(names)
    shift = f"HCC/F2/{WEDNESDAY.isoformat()}/AM"
    v = Violation("leave", f"{code} on shift {shift}: volunteer on leave", volunteer=code, shift=shift,
                  params={"leave_reason": "Thi học kỳ"})
    assert violation_text(v, names) == (f"{name} đang nghỉ (Thi học kỳ) — Ca sáng, Tầng 2 — hướng dẫn VNeID, "
                                        "Trung tâm Phục vụ Hành chính công tỉnh Quảng Ninh, Thứ Tư 25/11")


def test_skills_counts_and_windows_are_in_words(names, vi):
    code, name = _someone(names)
    skill = Violation("post_skills", "", volunteer=code, shift=f"HCC/F2/{WEDNESDAY.isoformat()}/AM",
                      params={"skill": "vneid"})
    assert violation_text(skill, names, with_duty=False) == f"{name} chưa có kỹ năng “Hướng dẫn tạo tài khoản VNeID”"
    week = Violation("max_per_week", "", volunteer=code, params={
        "count": 6, "limit": 5, "measure": "assignments", "start": WEEK[0], "end": WEEK[1]})
    assert violation_text(week, names) == f"{name} có 6 ca từ Thứ Hai 23/11 đến Chủ Nhật 29/11 (tối đa 5)"
    mix = Violation("mix", "", hard=False, shift=f"P-BC/DK/{WEDNESDAY.isoformat()}/S1",
                    params={"skills": ("kinh_nghiem",)})
    assert violation_text(mix, names).startswith("Ca không có người có kinh nghiệm (Tình nguyện viên có kinh nghiệm) — Ca 1")


def test_every_rule_of_the_catalogue_has_words_without_codes(names, vi):
    from scheduler.rules import CATALOGUE

    code, _name = _someone(names)
    shift = f"HCC/F1/{WEDNESDAY.isoformat()}/AM"
    for rule in CATALOGUE:
        text = violation_text(Violation(rule.name, "English text", volunteer=code, shift=shift,
                                        params={"count": 3, "limit": 2}), names)
        assert rule.name not in text and code not in text and shift not in text and "English" not in text, text


def test_numbers_follow_the_interface_language(qapp):
    i18n.install("en")
    assert (number(4000), percent(43.0)) == ("4,000", "43.0 %")
    i18n.install("vi")
    assert (number(4000), percent(43.0), number(1.5)) == ("4.000", "43,0 %", "1,5")


def test_unfilled_reasons_give_skills_and_shifts_by_name(names, vi):
    skill = reason_text("3 lack the skill vneid", names)
    assert skill.startswith("3 ") and "Hướng dẫn tạo tài khoản VNeID" in skill and "vneid" not in skill
    assert "AM" not in reason_text("2 not available on Wednesday morning (AM)", names)
    text = reason_text('only 0 free for "at least 1 police with skill vneid"', names)
    assert "police" not in text and "skill" not in text and "VNeID" in text


def test_a_team_requirement_reads_the_same_as_a_broken_rule_and_as_an_unfilled_reason(names, vi):
    broken = Violation("requirements", "", event="OUT-1", params={"limit": 1, "role": "police", "skill": "vneid"})
    words = "công an có kỹ năng “Hướng dẫn tạo tài khoản VNeID”"
    assert violation_text(broken, names, with_duty=False) == f"Đội còn thiếu ít nhất 1 {words}"
    assert words in reason_text('only 0 free for "at least 1 police with skill vneid"', names)


def test_qt_own_buttons_and_file_dialog_speak_vietnamese(vi):
    from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

    from desktop.file_dialogs import save_dialog

    box = QMessageBox(QMessageBox.Icon.Question, "?", "?", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Save)
    texts = {box.button(b).text().replace("&", "") for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No,
                                                             QMessageBox.StandardButton.Cancel,
                                                             QMessageBox.StandardButton.Save)}
    assert texts == {"Có", "Không", "Huỷ", "Lưu"}
    dialog = save_dialog(None, "Lưu thành", "/tmp/lich-truc-HCC-07-12-2026.pdf", ".pdf")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    labels = {label.text().replace("&", "") for label in dialog.findChildren(QLabel)}
    assert {"Tìm trong:", "Tên tệp:", "Loại tệp:"} <= labels
    assert dialog.nameFilters() == ["Tệp PDF (*.pdf)"]
    dialog.deleteLater()
