"""The reference lists: units and skills as code-name pairs, and their editable tables with use counts."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from exports.vietnamese import nfc
from models import entities as e
from models.db import Database
from models.form_errors import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from models.repository.common import CODE_TAKEN, _Errors, _check_version, _form_row


@dataclass(frozen=True)
class CodeName:
    id: int
    code: str
    name: str


def list_units(db: Database) -> list[CodeName]:
    with db.session() as s:
        return [CodeName(u.id, u.code, u.name) for u in s.scalars(select(e.Unit).order_by(e.Unit.code))]


def list_skills(db: Database) -> list[CodeName]:
    with db.session() as s:
        return [CodeName(k.id, k.code, k.name) for k in s.scalars(select(e.Skill).order_by(e.Skill.code))]


SKILL_IN_USE = QT_TRANSLATE_NOOP(
    "repository", "Skill {code} is still used ({volunteers} volunteers, {posts} posts, {events} event rules): "
                  "remove it there first.")


UNIT_IN_USE = QT_TRANSLATE_NOOP(
    "repository", "Unit {code} still has {volunteers} volunteers: move them to another unit first.")


@dataclass(frozen=True)
class SkillRow:
    code: str
    name: str
    mix: bool = False  # an experienced volunteers' skill: shifts of two or more should include one
    id: int | None = None  # None: a new skill
    version: int | None = None
    volunteers: int = 0  # how many use it (a used skill cannot be deleted)
    posts: int = 0
    events: int = 0

    @property
    def used(self) -> bool:
        return bool(self.volunteers or self.posts or self.events)


@dataclass(frozen=True)
class UnitRow:
    code: str
    name: str
    id: int | None = None
    version: int | None = None
    volunteers: int = 0

    @property
    def used(self) -> bool:
        return bool(self.volunteers)


def _count_by(s: Session, column) -> dict[int, int]:
    return dict(s.execute(select(column, func.count()).where(column.is_not(None)).group_by(column)).all())


def _skill_use(s: Session) -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
    return (_count_by(s, e.volunteer_skill.c.skill_id), _count_by(s, e.post_skill.c.skill_id),
            _count_by(s, e.EventRequirement.skill_id))


def list_skill_rows(db: Database) -> list[SkillRow]:
    with db.session() as s:
        volunteers, posts, events = _skill_use(s)
        return [SkillRow(k.code, k.name, k.mix, k.id, k.version, volunteers.get(k.id, 0), posts.get(k.id, 0),
                         events.get(k.id, 0))
                for k in s.scalars(select(e.Skill).order_by(e.Skill.code))]


def list_unit_rows(db: Database) -> list[UnitRow]:
    with db.session() as s:
        volunteers = _count_by(s, e.Volunteer.unit_id)
        return [UnitRow(u.code, u.name, u.id, u.version, volunteers.get(u.id, 0))
                for u in s.scalars(select(e.Unit).order_by(e.Unit.code))]


def _save_code_names(s: Session, model, rows: list, prefix: str) -> None:
    """Insert new rows (id None) and rename the others; the code of a stored row stays."""
    errors = _Errors()
    existing = {x.code: x for x in s.scalars(select(model))}
    codes = [row.code.strip() for row in rows]
    for index, row in enumerate(rows):
        errors.required(f"{prefix}[{index}].name", row.name)
        if row.id is None:
            code = row.code.strip()
            errors.code(f"{prefix}[{index}].code", code)
            if code in existing or codes.count(code) > 1:
                errors.add(f"{prefix}[{index}].code", CODE_TAKEN, code=code)
    errors.raise_if_any()
    for row in rows:
        stored = _form_row(s, model, row, code=row.code.strip())
        stored.name = nfc(" ".join(row.name.split()))
        if hasattr(row, "mix"):
            stored.mix = row.mix


def save_skills(db: Database, rows: list[SkillRow]) -> None:
    """Add and rename skills (and set their "experienced" flag) in one transaction."""
    with db.session() as s:
        _save_code_names(s, e.Skill, rows, "skills")


def save_units(db: Database, rows: list[UnitRow]) -> None:
    """Add and rename units in one transaction."""
    with db.session() as s:
        _save_code_names(s, e.Unit, rows, "units")


def delete_skill(db: Database, skill_id: int, version: int | None) -> None:
    """Delete a skill nobody uses; a used one is refused with where it is used."""
    with db.session() as s:
        skill = s.get(e.Skill, skill_id)
        if skill is None:
            return
        _check_version(skill, version)
        volunteers, posts, events = (use.get(skill_id, 0) for use in _skill_use(s))
        if volunteers or posts or events:
            raise ValidationFailed([FieldError("skills", SKILL_IN_USE, dict(
                code=skill.code, volunteers=volunteers, posts=posts, events=events))])
        s.delete(skill)


def delete_unit(db: Database, unit_id: int, version: int | None) -> None:
    """Delete a unit no volunteer belongs to."""
    with db.session() as s:
        unit = s.get(e.Unit, unit_id)
        if unit is None:
            return
        _check_version(unit, version)
        volunteers = _count_by(s, e.Volunteer.unit_id).get(unit_id, 0)
        if volunteers:
            raise ValidationFailed([FieldError("units", UNIT_IN_USE, dict(code=unit.code, volunteers=volunteers))])
        s.delete(unit)
