from __future__ import annotations

import datetime as dt

from exports.vietnamese import date_vi, given_name_key, place_and_date


def test_names_sort_by_given_name_in_vietnamese_letter_order():
    names = ["Trần Văn Đức", "Nguyễn Văn Dũng", "Lê Thị Ánh", "Phạm Văn An", "Hoàng Thị Ân", "Vũ Thị Ăn",
             "Ngô Văn Bình", "Đỗ Thị Anh"]
    ordered = sorted(names, key=given_name_key)
    # letters first (a < ă < â, d < đ), tones only break ties: Anh before Ánh before Ăn
    assert ordered == ["Phạm Văn An", "Đỗ Thị Anh", "Lê Thị Ánh", "Vũ Thị Ăn", "Hoàng Thị Ân", "Ngô Văn Bình",
                       "Nguyễn Văn Dũng", "Trần Văn Đức"]


def test_dates_the_vietnamese_way():
    assert date_vi(dt.date(2026, 11, 23)) == "Thứ Hai 23/11/2026"
    assert date_vi(dt.date(2026, 11, 29), year=False) == "Chủ Nhật 29/11"
    assert place_and_date("Quảng Ninh", dt.date(2026, 11, 5)) == "Quảng Ninh, ngày 05 tháng 11 năm 2026"
    assert place_and_date("Quảng Ninh", None) == "Quảng Ninh, ngày …… tháng …… năm ……"


def test_short_name_keeps_the_given_name_whole():
    from exports.vietnamese import short_name

    assert short_name("Nguyễn Văn Đức") == "N.V. Đức"
    assert short_name("Công Tằng Tôn Nữ Thị Phương") == "C.T.T.N.T. Phương"
    assert short_name("Đức") == "Đức"
