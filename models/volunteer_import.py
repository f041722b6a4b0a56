"""Importing volunteers from a spreadsheet (XLSX or CSV): read the sheet, map its columns to
volunteer fields, check every row (row number, field, what was expected) and write all rows
in one transaction, or none of them when any row is bad."""
from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from models.db import Database
from exports.vietnamese import ROLE_NAMES, fold, nfc
from models.form_errors import QT_TRANSLATE_NOOP
from models.repository.centers import list_centers
from models.repository.lists import list_skills, list_units
from models.repository.volunteers import (
    VolunteerForm,
    insert_volunteers,
    list_volunteers,
    normalise_phone,
    validate_volunteer,
)
from models.workspace_schema import ROLES


# The fields a column can fill, in the order the mapping step shows them.
FIELDS = ("code", "name", "role", "unit", "phone", "email", "skills", "home_center", "active")
REQUIRED_FIELDS = ("code", "name")

# Header texts (folded) recognised for each field, Vietnamese and English.
HEADER_ALIASES = {
    "code": ("ma", "ma tnv", "ma so", "code", "id", "stt ma"),
    "name": ("ho va ten", "ho ten", "ten", "name", "full name", "ho va ten tnv"),
    "role": ("vai tro", "chuc danh", "role"),
    "unit": ("don vi", "co so doan", "unit", "chi doan"),
    "phone": ("so dien thoai", "dien thoai", "sdt", "so dt", "phone", "mobile"),
    "email": ("email", "e-mail", "thu dien tu"),
    "skills": ("ky nang", "skills", "skill"),
    "home_center": ("trung tam", "diem phuc vu", "center", "home center"),
    "active": ("dang hoat dong", "hoat dong", "active", "trang thai"),
}

EXPECT_TEXT = QT_TRANSLATE_NOOP("volunteer_import", "a value (the field is required)")
EXPECT_ROLE = QT_TRANSLATE_NOOP("volunteer_import", "one of: youth, police, staff, leader (or Đoàn viên, Công an, Cán bộ, Trưởng nhóm)")
EXPECT_UNIT = QT_TRANSLATE_NOOP("volunteer_import", "the code or name of a known unit")
EXPECT_CENTER = QT_TRANSLATE_NOOP("volunteer_import", "the code or name of a known center")
EXPECT_SKILL = QT_TRANSLATE_NOOP("volunteer_import", "known skill codes separated by commas")
EXPECT_PHONE = QT_TRANSLATE_NOOP("volunteer_import", "9 to 11 digits, e.g. 0912345678")
EXPECT_EMAIL = QT_TRANSLATE_NOOP("volunteer_import", "an e-mail address like ten@example.com")
EXPECT_CODE = QT_TRANSLATE_NOOP("volunteer_import", "letters, digits, '-' or '_' without spaces")
EXPECT_UNIQUE = QT_TRANSLATE_NOOP("volunteer_import", "a code not used by another row of the file (row {row} has it too)")
EXPECT_BOOL = QT_TRANSLATE_NOOP("volunteer_import", "yes/no, có/không, 1/0")
UNREADABLE = QT_TRANSLATE_NOOP("volunteer_import", "Cannot read {file}: {reason}")
EMPTY_FILE = QT_TRANSLATE_NOOP("volunteer_import", "The sheet has no rows.")

_YES = {"1", "x", "yes", "y", "true", "co", "dang hoat dong", "active"}
_NO = {"0", "no", "n", "false", "khong", "nghi", "inactive"}


class SheetUnreadable(Exception):
    """The file is not a spreadsheet we can read; `message` is a template, `params` its values."""

    def __init__(self, message: str, **params: str):
        self.message, self.params = message, params
        super().__init__(message.format(**params))


@dataclass(frozen=True)
class SheetTable:
    headers: list[str]
    rows: list[list[str]]  # cell texts; row i is spreadsheet row i + 2 (row 1 = headers)

    def row_number(self, index: int) -> int:
        return index + 2


@dataclass(frozen=True)
class RowProblem:
    row: int  # spreadsheet row number as the person sees it
    field: str
    value: str
    expected: str  # English template (context "volunteer_import"), see `params`
    params: dict = field(default_factory=dict)

    def expected_text(self) -> str:
        return self.expected.format(**self.params)


@dataclass(frozen=True)
class ImportPreview:
    volunteers: list[tuple[int, VolunteerForm]]  # (row number, form) of the good rows
    problems: list[RowProblem]
    updates: int  # rows whose code already exists (they update that volunteer)

    @property
    def ok(self) -> bool:
        return not self.problems and bool(self.volunteers)

    def bad_rows(self) -> list[int]:
        return sorted({p.row for p in self.problems})


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return nfc(str(value)).strip()


def read_table(path: str | Path) -> SheetTable:
    """The first sheet of an .xlsx file, or a .csv file (comma or semicolon, UTF-8)."""
    path = Path(path)
    try:
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            import openpyxl

            book = openpyxl.load_workbook(path, read_only=True, data_only=True)
            try:
                raw = [[_cell_text(v) for v in row] for row in book.worksheets[0].iter_rows(values_only=True)]
            finally:
                book.close()
        else:
            text = path.read_bytes().decode("utf-8-sig")
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
            raw = [[_cell_text(v) for v in row] for row in csv.reader(io.StringIO(text), dialect)]
    except (OSError, UnicodeDecodeError, csv.Error, ValueError, KeyError) as exc:
        raise SheetUnreadable(UNREADABLE, file=path.name, reason=str(exc)) from None
    except Exception as exc:  # openpyxl raises its own errors for a damaged file
        raise SheetUnreadable(UNREADABLE, file=path.name, reason=str(exc)) from None
    raw = [row for row in raw if any(row)]
    if not raw:
        raise SheetUnreadable(EMPTY_FILE)
    width = max(len(row) for row in raw)
    rows = [row + [""] * (width - len(row)) for row in raw]
    return SheetTable(headers=rows[0], rows=rows[1:])


def guess_mapping(headers: list[str]) -> dict[str, int | None]:
    """field → column index, from the header texts (Vietnamese or English, any accents)."""
    mapping: dict[str, int | None] = {name: None for name in FIELDS}
    folded = [fold(h) for h in headers]
    for name in FIELDS:
        for index, header in enumerate(folded):
            if header in HEADER_ALIASES[name] and index not in mapping.values():
                mapping[name] = index
                break
    return mapping


@dataclass
class _Known:
    units: dict[str, str]  # folded code or name -> code
    centers: dict[str, str]
    skills: dict[str, str]
    codes: set[str] = field(default_factory=set)  # volunteers already in the database


def _known(db: Database) -> _Known:
    def index(items) -> dict[str, str]:
        result = {}
        for item in items:
            result[fold(item.name)] = item.code
            result[fold(item.code)] = item.code
        return result

    return _Known(index(list_units(db)), index(list_centers(db)), index(list_skills(db)),
                  {v.code for v in list_volunteers(db)})


_ROLE_BY_TEXT = {fold(role): role for role in ROLES} | {fold(name): role for role, name in ROLE_NAMES.items()}


def check_rows(db: Database, table: SheetTable, mapping: dict[str, int | None],
               progress: Callable[[int, int], None] | None = None) -> ImportPreview:
    """Turn every row into a volunteer form, or into problems naming row, field and expectation."""
    known = _known(db)
    problems: list[RowProblem] = []
    volunteers: list[tuple[int, VolunteerForm]] = []
    first_row_of: dict[str, int] = {}
    updates = 0
    for index, cells in enumerate(table.rows):
        number = table.row_number(index)

        def cell(name: str) -> str:
            column = mapping.get(name)
            return cells[column] if column is not None and column < len(cells) else ""

        row_problems: list[RowProblem] = []

        def problem(name: str, expected: str, **params) -> None:
            row_problems.append(RowProblem(number, name, cell(name), expected, params))

        code, name = cell("code"), cell("name")
        role_text = cell("role")
        role = _ROLE_BY_TEXT.get(fold(role_text), None) if role_text else "youth"
        if role is None:
            problem("role", EXPECT_ROLE)
        unit = known.units.get(fold(cell("unit")), None) if cell("unit") else ""
        if unit is None:
            problem("unit", EXPECT_UNIT)
        center = known.centers.get(fold(cell("home_center")), None) if cell("home_center") else ""
        if center is None:
            problem("home_center", EXPECT_CENTER)
        skills = [s.strip() for s in cell("skills").replace(";", ",").split(",") if s.strip()]
        skill_codes = [known.skills.get(fold(s)) for s in skills]
        if None in skill_codes:
            problem("skills", EXPECT_SKILL)
        active_text = fold(cell("active"))
        if active_text and active_text not in _YES and active_text not in _NO:
            problem("active", EXPECT_BOOL)
        form = VolunteerForm(code=code, name=name, role=role or "youth", unit_code=unit or "",
                             phone=normalise_phone(cell("phone")), email=cell("email"),
                             skills=tuple(c for c in skill_codes if c), home_center=center or "",
                             active=active_text not in _NO)
        for error in validate_volunteer(form):
            expected = {"code": EXPECT_CODE, "name": EXPECT_TEXT, "phone": EXPECT_PHONE,
                        "email": EXPECT_EMAIL}.get(error.field, EXPECT_TEXT)
            if error.field == "code" and not code:
                expected = EXPECT_TEXT
            problem(error.field, expected)
        if code and code in first_row_of:
            problem("code", EXPECT_UNIQUE, row=first_row_of[code])
        elif code:
            first_row_of[code] = number
        if row_problems:
            problems.extend(row_problems)
        else:
            volunteers.append((number, form))
            updates += code in known.codes
        if progress is not None:
            progress(index + 1, len(table.rows))
    return ImportPreview(volunteers, problems, updates)


def save_import(db: Database, preview: ImportPreview,
                progress: Callable[[int, int], None] | None = None) -> int:
    """Write every volunteer of a preview without problems, in one transaction."""
    if preview.problems:
        raise ValueError("the preview still has bad rows; nothing was saved")
    return insert_volunteers(db, [form for _, form in preview.volunteers], progress=progress)
