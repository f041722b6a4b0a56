"""Recorded shift results and the statistics drawn from them: totals per period and counts per volunteer."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from exports.vietnamese import given_name_key
from models import entities as e
from models import holidays
from models.db import ConflictError, Database
from models.repository.common import NEGATIVE, _Errors, _check_version
from models.repository.holidays import read_holiday_settings


@dataclass(frozen=True)
class ShiftResultRow:
    center: str
    date: dt.date
    shift: str
    shift_name: str
    citizens_guided: int = 0
    dossiers_supported: int = 0
    vneid_activated: int = 0
    note: str = ""
    version: int | None = None  # None: nothing entered yet


def list_shift_results(db: Database, center_code: str, first: dt.date, last: dt.date) -> list[ShiftResultRow]:
    """Every shift the center holds in the period (template weekdays, open days) with what was
    entered for it so far."""
    with db.session() as s:
        closed = holidays.closed_days(read_holiday_settings(s).block(), first, last)
        center = s.scalars(select(e.Center).where(e.Center.code == center_code)).one()
        entered = {(r.date, r.template_id): r for r in s.scalars(select(e.ShiftResult).where(
            e.ShiftResult.center_id == center.id, e.ShiftResult.date >= first, e.ShiftResult.date <= last))}
        rows = []
        for day in holidays.days_between(first, last):
            for t in center.templates:
                result = entered.get((day, t.id))
                if result is None and (day.isoweekday() not in t.weekdays
                                       or (center.closed_on_holidays and day in closed)):
                    continue
                rows.append(ShiftResultRow(
                    center.code, day, t.code, t.name,
                    *((result.citizens_guided, result.dossiers_supported, result.vneid_activated,
                       result.note, result.version) if result else ())))
        return rows


def save_shift_results(db: Database, rows: list[ShiftResultRow]) -> None:
    """Write the given results (new or changed) in one transaction."""
    errors = _Errors()
    for row in rows:
        for name in ("citizens_guided", "dossiers_supported", "vneid_activated"):
            if getattr(row, name) < 0:
                errors.add(name, NEGATIVE)
    errors.raise_if_any()
    with db.session() as s:
        centers = {c.code: c for c in s.scalars(select(e.Center).options(selectinload(e.Center.templates)))}
        for row in rows:
            center = centers.get(row.center)
            template = next((t for t in center.templates if t.code == row.shift), None) if center else None
            if template is None:
                raise ConflictError("another coordinator removed this shift meanwhile; reload")
            result = s.scalars(select(e.ShiftResult).where(
                e.ShiftResult.center_id == center.id, e.ShiftResult.date == row.date,
                e.ShiftResult.template_id == template.id)).first()
            if result is None:
                if row.version is not None:  # it was deleted meanwhile
                    raise ConflictError("the result was removed by another coordinator; reload")
                result = e.ShiftResult(center=center, date=row.date, template=template)
                s.add(result)
            else:
                if row.version is None:
                    raise ConflictError("another coordinator entered this result meanwhile; reload")
                _check_version(result, row.version)
            result.citizens_guided = row.citizens_guided
            result.dossiers_supported = row.dossiers_supported
            result.vneid_activated = row.vneid_activated
            result.note = row.note


@dataclass(frozen=True)
class PeriodTotal:
    period: str  # "2026-11" (month) or "2026-W48" (ISO week)
    first_day: dt.date
    citizens_guided: int
    dossiers_supported: int
    vneid_activated: int
    shifts: int


def result_totals(db: Database, year: int, by: str = "month", center_code: str | None = None) -> list[PeriodTotal]:
    """Totals of the year's results per month or ISO week, optionally of one center."""
    with db.session() as s:
        query = select(e.ShiftResult).where(e.ShiftResult.date >= dt.date(year, 1, 1),
                                            e.ShiftResult.date <= dt.date(year, 12, 31))
        if center_code:
            query = query.join(e.Center).where(e.Center.code == center_code)
        sums: dict[str, list] = {}
        for r in s.scalars(query):
            if by == "week":
                iso = r.date.isocalendar()
                key = f"{iso.year}-W{iso.week:02d}"
                first = holidays.monday_of(r.date)
            else:
                key, first = f"{r.date.year}-{r.date.month:02d}", r.date.replace(day=1)
            entry = sums.setdefault(key, [first, 0, 0, 0, 0])
            entry[1] += r.citizens_guided
            entry[2] += r.dossiers_supported
            entry[3] += r.vneid_activated
            entry[4] += 1
        if by == "month":
            for month in range(1, 13):
                sums.setdefault(f"{year}-{month:02d}", [dt.date(year, month, 1), 0, 0, 0, 0])
        return [PeriodTotal(key, *values) for key, values in sorted(sums.items())]


@dataclass(frozen=True)
class VolunteerCount:
    code: str
    name: str
    shifts: int
    events: int


def volunteer_counts(db: Database, first: dt.date, last: dt.date) -> list[VolunteerCount]:
    """Shifts and events of every volunteer in the period (those with none included)."""
    with db.session() as s:
        shifts = dict(s.execute(select(e.Assignment.volunteer_id, func.count()).where(
            e.Assignment.event_id.is_(None), e.Assignment.date >= first, e.Assignment.date <= last)
            .group_by(e.Assignment.volunteer_id)).all())
        events = dict(s.execute(select(e.Assignment.volunteer_id, func.count()).join(
            e.Event, e.Assignment.event_id == e.Event.id).where(e.Event.date >= first, e.Event.date <= last)
            .group_by(e.Assignment.volunteer_id)).all())
        people = s.execute(select(e.Volunteer.id, e.Volunteer.code, e.Volunteer.name))
        rows = [VolunteerCount(code, name, shifts.get(vid, 0), events.get(vid, 0)) for vid, code, name in people]
        return sorted(rows, key=lambda r: given_name_key(r.name))
