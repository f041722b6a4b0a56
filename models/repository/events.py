"""Events with their team size and requirement rules: list, read, save and delete."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from exports.vietnamese import nfc
from models import entities as e
from models.db import Database
from models.form_errors import FieldError, ValidationFailed
from models.repository.common import (
    _TIME,
    BAD_ROLE,
    CODE_TAKEN,
    END_BEFORE_START,
    HAS_HISTORY,
    NEGATIVE,
    REQUIREMENT_EMPTY,
    REQUIREMENT_TOO_BIG,
    TEAM_ORDER,
    UNKNOWN_CENTER,
    UNKNOWN_SKILL,
    _Errors,
    _check_version,
    _form_row,
)
from models.workspace_schema import ROLES


@dataclass(frozen=True)
class RequirementForm:
    min: int
    role: str | None = None
    skill: str | None = None


@dataclass(frozen=True)
class EventForm:
    code: str
    name: str
    date: dt.date
    start: str
    end: str
    location: str = ""
    center: str = ""
    team_min: int = 0
    team_max: int = 0
    requirements: tuple[RequirementForm, ...] = ()
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class EventRow:
    id: int
    code: str
    name: str
    date: dt.date
    start: str
    end: str
    location: str
    center: str
    team_min: int
    team_max: int
    assigned: int


def list_events(db: Database) -> list[EventRow]:
    with db.session() as s:
        assigned = dict(s.execute(select(e.Assignment.event_id, func.count()).where(
            e.Assignment.event_id.is_not(None)).group_by(e.Assignment.event_id)).all())
        events = s.scalars(select(e.Event).order_by(e.Event.date, e.Event.start, e.Event.code)
                           .options(selectinload(e.Event.center)))
        return [EventRow(ev.id, ev.code, ev.name, ev.date, ev.start, ev.end, ev.location,
                         ev.center.code if ev.center else "", ev.team_min, ev.team_max, assigned.get(ev.id, 0))
                for ev in events]


def get_event(db: Database, event_id: int) -> EventForm:
    with db.session() as s:
        ev = s.get(e.Event, event_id)
        return EventForm(
            id=ev.id, version=ev.version, code=ev.code, name=ev.name, date=ev.date, start=ev.start,
            end=ev.end, location=ev.location, center=ev.center.code if ev.center else "",
            team_min=ev.team_min, team_max=ev.team_max,
            requirements=tuple(RequirementForm(r.min_count, r.role, r.skill.code if r.skill else None)
                               for r in ev.requirements))


def save_event(db: Database, form: EventForm) -> int:
    errors = _Errors()
    errors.code("code", form.code.strip())
    errors.required("name", form.name)
    errors.time("start", form.start)
    errors.time("end", form.end)
    if _TIME.match(form.start) and _TIME.match(form.end) and form.end <= form.start:
        errors.add("end", END_BEFORE_START)
    if form.team_min < 0:
        errors.add("team_min", NEGATIVE)
    if form.team_min > form.team_max:
        errors.add("team_min", TEAM_ORDER)
    for line, requirement in enumerate(form.requirements, 1):
        if (requirement.role is None) == (requirement.skill is None):
            errors.add("requirements", REQUIREMENT_EMPTY, line=line)
        elif requirement.role is not None and requirement.role not in ROLES:
            errors.add("requirements", BAD_ROLE)
        if requirement.min > form.team_max:
            errors.add("requirements", REQUIREMENT_TOO_BIG, line=line)
    errors.raise_if_any()
    with db.session() as s:
        code = form.code.strip()
        clash = s.scalars(select(e.Event).where(e.Event.code == code)).first()
        if clash is not None and clash.id != form.id:
            errors.add("code", CODE_TAKEN, code=code)
        skills = {k.code: k for k in s.scalars(select(e.Skill))}
        centers = {c.code: c for c in s.scalars(select(e.Center))}
        if form.center and form.center not in centers:
            errors.add("center", UNKNOWN_CENTER, code=form.center)
        for requirement in form.requirements:
            if requirement.skill is not None and requirement.skill not in skills:
                errors.add("requirements", UNKNOWN_SKILL, code=requirement.skill)
        errors.raise_if_any()
        ev = _form_row(s, e.Event, form, code=code)
        ev.code, ev.name, ev.date = code, nfc(form.name.strip()), form.date
        ev.start, ev.end, ev.location = form.start, form.end, nfc(form.location.strip())
        ev.center = centers.get(form.center) if form.center else None
        ev.team_min, ev.team_max = form.team_min, form.team_max
        ev.requirements = [
            e.EventRequirement(role=r.role, skill=skills[r.skill] if r.skill else None,
                               min_count=r.min, position=position)
            for position, r in enumerate(form.requirements)]
        s.flush()
        return ev.id


def delete_event(db: Database, event_id: int, version: int) -> None:
    """Delete an event nobody is assigned to (an event with a team keeps its history)."""
    with db.session() as s:
        ev = s.get(e.Event, event_id)
        _check_version(ev, version)
        if s.scalars(select(e.Assignment.id).where(e.Assignment.event_id == event_id)).first() is not None:
            raise ValidationFailed([FieldError("code", HAS_HISTORY)])
        s.delete(ev)
