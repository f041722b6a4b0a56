"""`duty-roster pdf|ics|xlsx` against a real (temporary SQLite) database."""
from __future__ import annotations

import pytest

from desktop.cli import run
from tests.exports.conftest import make_workspace
from tests.exports.pdf_text import all_text

PERIOD = ["--from", "2026-11-02", "--to", "2026-11-29"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from models.db import open_database
    from models.workspace import import_workspace

    path = tmp_path_factory.mktemp("db") / "roster.sqlite"
    database = open_database(str(path))
    try:
        with database.session() as session:
            import_workspace(session, make_workspace())
    finally:
        database.dispose()
    return str(path)


@pytest.mark.parametrize("kind, expected", [
    ("center", "LỊCH TRỰC TÌNH NGUYỆN VIÊN"),
    ("volunteers", "LỊCH TRỰC CÁ NHÂN"),
    ("events", "DANH SÁCH ĐỘI TUYÊN TRUYỀN LƯU ĐỘNG"),
    ("stats", "BÁO CÁO THỐNG KÊ HOẠT ĐỘNG TÌNH NGUYỆN"),
])
def test_pdf_kinds(db, tmp_path, kind, expected):
    target = tmp_path / f"{kind}.pdf"
    assert run(["pdf", kind, *PERIOD, "-o", str(target), "--db", db]) == 0
    text = all_text(target.read_bytes())
    assert expected in text and "Nguyễn Thị Thắng" in text
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left


def test_one_center_with_phones_and_a_date(db, tmp_path):
    target = tmp_path / "hg.pdf"
    assert run(["pdf", "center", *PERIOD, "--center", "HG", "--phones", "--dated", "2026-10-30",
                "-o", str(target), "--db", db]) == 0
    text = all_text(target.read_bytes())
    assert "ĐIỂM PHỤC VỤ PHƯỜNG HỒNG GAI" in text and "Trung tâm Phục vụ" not in text
    assert "Quảng Ninh, ngày 30 tháng 10 năm 2026" in text


def test_ics_and_xlsx(db, tmp_path):
    assert run(["ics", *PERIOD, "-o", str(tmp_path / "ics"), "--db", db]) == 0
    assert len(list((tmp_path / "ics").glob("*.ics"))) == 12
    assert run(["xlsx", *PERIOD, "-o", str(tmp_path / "roster.xlsx"), "--db", db]) == 0
    assert (tmp_path / "roster.xlsx").stat().st_size > 0


@pytest.mark.parametrize("argv, message", [
    (["pdf", "center", *PERIOD, "--center", "NOPE"], "unknown center 'NOPE'"),
    (["pdf", "volunteers", *PERIOD, "--volunteer", "V999"], "unknown volunteer 'V999'"),
    (["pdf", "events", "--from", "2026-12-01", "--to", "2026-12-31"], "no outreach event"),
    (["pdf", "center", "--from", "2026-11-02", "--to", "2026-11-01"], "is before --from"),
    (["xlsx", *PERIOD, "--center", "NOPE"], "unknown center 'NOPE'"),
])
def test_bad_input_is_one_line_and_writes_nothing(db, tmp_path, capsys, argv, message):
    suffix = ".xlsx" if argv[0] == "xlsx" else ".pdf"
    assert run([*argv, "-o", str(tmp_path / f"out{suffix}"), "--db", db]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_unwritable_output(db, tmp_path, capsys):
    assert run(["pdf", "stats", *PERIOD, "-o", str(tmp_path / "missing" / "x.pdf"), "--db", db]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert run(["pdf", "stats", *PERIOD, "-o", str(tmp_path), "--db", db]) == 2
    assert "is a folder" in capsys.readouterr().err
