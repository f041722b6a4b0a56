"""Volunteers: the list, its filter and sort, and reading, checking, saving, importing and deactivating one
volunteer."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from exports.vietnamese import given_name_key, matches, nfc  # text only: `exports` imports lazily
from models import entities as e
from models.db import Database
from models.form_errors import FieldError, ValidationFailed
from models.repository.common import (
    _EMAIL,
    _PHONE,
    BAD_EMAIL,
    BAD_PHONE,
    BAD_ROLE,
    CODE_TAKEN,
    UNKNOWN_CENTER,
    UNKNOWN_SKILL,
    UNKNOWN_UNIT,
    _Errors,
    _check_version,
    _form_row,
)
from models.workspace_schema import ROLES


@dataclass(frozen=True)
class VolunteerRow:
    id: int
    version: int
    code: str
    name: str
    unit_code: str
    unit_name: str
    role: str
    phone: str
    email: str
    skills: tuple[str, ...]
    home_center: str
    serves: tuple[str, ...]
    active: bool
    has_history: bool
    skill_names: tuple[str, ...] = ()  # what the table shows; `skills` are the codes
    home_center_name: str = ""


def list_volunteers(db: Database) -> list[VolunteerRow]:
    with db.session() as s:
        history = set(s.scalars(select(e.Assignment.volunteer_id).distinct()))
        volunteers = s.scalars(select(e.Volunteer).order_by(e.Volunteer.code).options(
            selectinload(e.Volunteer.unit), selectinload(e.Volunteer.home_center),
            selectinload(e.Volunteer.skills), selectinload(e.Volunteer.serves)))
        return [VolunteerRow(
            id=v.id, version=v.version, code=v.code, name=v.name,
            unit_code=v.unit.code if v.unit else "", unit_name=v.unit.name if v.unit else "",
            role=v.role, phone=v.phone or "", email=v.email or "", skills=tuple(k.code for k in v.skills),
            home_center=v.home_center.code if v.home_center else "",
            serves=tuple(c.code for c in v.serves), active=v.active, has_history=v.id in history,
            skill_names=tuple(k.name for k in v.skills), home_center_name=v.home_center.name if v.home_center else "",
        ) for v in volunteers]


def filter_volunteers(rows: list[VolunteerRow], query: str = "", *, unit: str | None = None,
                      role: str | None = None, center: str | None = None,
                      active: bool | None = None) -> list[VolunteerRow]:
    """Rows matching every given filter; `query` ignores case and Vietnamese diacritics."""
    result = []
    for row in rows:
        if unit is not None and row.unit_code != unit:
            continue
        if role is not None and row.role != role:
            continue
        if center is not None and center != row.home_center and center not in row.serves:
            continue
        if active is not None and row.active != active:
            continue
        if query and not matches(query, row.name, row.code, row.phone, row.email, row.unit_name):
            continue
        result.append(row)
    return result


def sort_volunteers(rows: list[VolunteerRow]) -> list[VolunteerRow]:
    """Vietnamese order: by given name, then family and middle names."""
    return sorted(rows, key=lambda r: given_name_key(r.name))


@dataclass(frozen=True)
class VolunteerForm:
    code: str
    name: str
    role: str = "youth"
    unit_code: str = ""
    phone: str = ""
    email: str = ""
    skills: tuple[str, ...] = ()
    home_center: str = ""
    serves: tuple[str, ...] = ()
    active: bool = True
    id: int | None = None
    version: int | None = None


def get_volunteer(db: Database, volunteer_id: int) -> VolunteerForm:
    with db.session() as s:
        v = s.get(e.Volunteer, volunteer_id)
        return VolunteerForm(
            id=v.id, version=v.version, code=v.code, name=v.name, role=v.role,
            unit_code=v.unit.code if v.unit else "", phone=v.phone or "", email=v.email or "",
            skills=tuple(k.code for k in v.skills), home_center=v.home_center.code if v.home_center else "",
            serves=tuple(c.code for c in v.serves), active=v.active)


def validate_volunteer(form: VolunteerForm) -> list[FieldError]:
    """Checks that need no database (also used row by row by the spreadsheet import)."""
    errors = _Errors()
    errors.code("code", form.code.strip())
    errors.required("name", form.name)
    if form.role not in ROLES:
        errors.add("role", BAD_ROLE)
    phone = normalise_phone(form.phone)
    if phone and not _PHONE.match(phone):
        errors.add("phone", BAD_PHONE)
    if form.email and not _EMAIL.match(form.email.strip()):
        errors.add("email", BAD_EMAIL)
    return errors.items


def normalise_phone(phone: str) -> str:
    """The phone number without the spaces, dots and dashes people write in it."""
    return re.sub(r"[\s.\-]", "", phone or "")


def save_volunteer(db: Database, form: VolunteerForm) -> int:
    """Insert (id None) or update a volunteer; returns its id."""
    errors = _Errors()
    errors.items.extend(validate_volunteer(form))
    errors.raise_if_any()
    with db.session() as s:
        row = _volunteer_into(s, form, errors, _Lookups(s))
        errors.raise_if_any()
        s.flush()
        return row.id


class _Lookups:
    """Code -> row maps of the reference data a volunteer points to, loaded once per save."""

    def __init__(self, s: Session):
        self.units = {u.code: u for u in s.scalars(select(e.Unit))}
        self.skills = {k.code: k for k in s.scalars(select(e.Skill))}
        self.centers = {c.code: c for c in s.scalars(select(e.Center))}
        self.volunteers = {v.code: v for v in s.scalars(select(e.Volunteer))}


def _volunteer_into(s: Session, form: VolunteerForm, errors: _Errors, known: _Lookups) -> e.Volunteer | None:
    code = form.code.strip()
    clash = known.volunteers.get(code)
    if clash is not None and clash.id != form.id:
        errors.add("code", CODE_TAKEN, code=code)
    if form.unit_code and form.unit_code not in known.units:
        errors.add("unit", UNKNOWN_UNIT, code=form.unit_code)
    for code_ in form.skills:
        if code_ not in known.skills:
            errors.add("skills", UNKNOWN_SKILL, code=code_)
    for code_ in (form.home_center, *form.serves):
        if code_ and code_ not in known.centers:
            errors.add("home_center", UNKNOWN_CENTER, code=code_)
    if errors.items:
        return None
    row = _form_row(s, e.Volunteer, form, code=code, limits={}, weekly_listed=False, serves_listed=False)
    known.volunteers[code] = row
    row.code = code
    row.name = nfc(" ".join(form.name.split()))
    row.role = form.role
    row.unit = known.units.get(form.unit_code) if form.unit_code else None
    row.phone = normalise_phone(form.phone) or None
    row.email = form.email.strip() or None
    row.skills = [known.skills[c] for c in dict.fromkeys(form.skills)]
    row.home_center = known.centers.get(form.home_center) if form.home_center else None
    serves = [known.centers[c] for c in dict.fromkeys(form.serves)]
    if serves or row.serves_listed:
        row.serves_listed = bool(serves)
    row.serves = serves
    row.active = form.active
    return row


def insert_volunteers(db: Database, forms: list[VolunteerForm], *, actor: str = "import",
                      progress=None) -> int:
    """Insert or update (same code) many volunteers in one transaction: all or nothing."""
    with db.session() as s, s.no_autoflush:
        known = _Lookups(s)
        errors = _Errors()
        for number, form in enumerate(forms, 1):
            if form.code in known.volunteers:
                form = replace(form, id=known.volunteers[form.code].id, version=None)
            _volunteer_into(s, form, errors, known)
            if errors.items:
                raise ValidationFailed(errors.items)
            if progress is not None:
                progress(number, len(forms))
        s.add(e.AuditEntry(actor=actor, action="import", entity="volunteer",
                           entity_code="spreadsheet", detail={"count": len(forms)}))
    return len(forms)


def set_volunteer_active(db: Database, volunteer_id: int, version: int, active: bool) -> None:
    """Deactivate (or reactivate) a volunteer: people are never deleted, their history stays."""
    with db.session() as s:
        row = s.get(e.Volunteer, volunteer_id)
        _check_version(row, version)
        row.active = active
