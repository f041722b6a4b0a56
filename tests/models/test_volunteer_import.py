"""Spreadsheet import of volunteers: columns mapped from Vietnamese headers, every bad row
reported with its row number, field and expectation, and nothing saved until all are good."""
from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from models import repository as r
from models import volunteer_import as vi
from models.db import open_database
from models.workspace import import_workspace

EXAMPLE = Path(__file__).with_name("example_workspace.json")


@pytest.fixture
def db(tmp_path):
    database = open_database(str(tmp_path / "roster.sqlite"))
    with database.session() as session:
        import_workspace(session, json.loads(EXAMPLE.read_text(encoding="utf-8")))
    yield database
    database.dispose()


def write_xlsx(path: Path, rows: list[list]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_csv_with_bad_rows_lists_each_problem_and_saves_nothing(db, tmp_path):
    path = tmp_path / "tnv.csv"
    path.write_text("Mã;Họ và tên;Vai trò;Đơn vị;Số điện thoại\n"
                    "V010;Phạm Thu Hà;Đoàn viên;TD;0987654321\n"
                    "V011;Lê Văn Nam;thợ;XX;12\n"
                    "V010;Ngô Ánh;Công an;;\n", encoding="utf-8")
    table = vi.read_table(path)
    mapping = vi.guess_mapping(table.headers)
    assert mapping == {"code": 0, "name": 1, "role": 2, "unit": 3, "phone": 4, "email": None,
                       "skills": None, "home_center": None, "active": None}
    preview = vi.check_rows(db, table, mapping)
    assert [(p.row, p.field) for p in preview.problems] == [(3, "role"), (3, "unit"), (3, "phone"), (4, "code")]
    assert preview.problems[3].expected_text().endswith("(row 2 has it too)")
    assert not preview.ok
    with pytest.raises(ValueError):
        vi.save_import(db, preview)
    assert [v.code for v in r.list_volunteers(db)] == ["V001"]


def test_xlsx_import_adds_and_updates_in_one_transaction(db, tmp_path):
    path = write_xlsx(tmp_path / "tnv.xlsx", [
        ["Họ tên", "Mã TNV", "Chức danh", "Kỹ năng", "Trung tâm", "Email"],
        ["Nguyễn Thị Thắng", "V001", "Trưởng nhóm", "vneid", "HCC", ""],
        ["Đỗ Minh Khôi", "V020", "police", "", "Trung tâm Phục vụ Hành chính công tỉnh", "khoi@example.com"],
    ])
    table = vi.read_table(path)
    preview = vi.check_rows(db, table, vi.guess_mapping(table.headers))
    assert preview.ok and preview.updates == 1
    assert vi.save_import(db, preview) == 2
    rows = {v.code: v for v in r.list_volunteers(db)}
    assert rows["V001"].role == "leader" and rows["V001"].has_history
    assert (rows["V020"].role, rows["V020"].home_center, rows["V020"].email) == ("police", "HCC", "khoi@example.com")


def test_unreadable_and_empty_files(tmp_path):
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a zip")
    with pytest.raises(vi.SheetUnreadable):
        vi.read_table(broken)
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(vi.SheetUnreadable):
        vi.read_table(empty)
