"""A volunteer's availability: leave, shift requests and work limits, read and saved as one form."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy.orm.attributes import flag_modified

from models import entities as e
from models.db import Database
from models.repository.centers import template_codes
from models.repository.common import LEAVE_ORDER, LIMIT_ORDER, NEGATIVE, WEEK_ABOVE_MONTH, _Errors, _check_version, _put
from models.volunteer_rules import (
    WORK_LIMIT_NAMES,
    ShiftRequest,
    WorkLimits,
    check_requests,
    check_work_limits,
    merge_limits,
    merge_requests,
    requests_from,
    work_limits_from,
)


@dataclass(frozen=True)
class LeaveRange:
    start: dt.date
    end: dt.date
    reason: str = ""


@dataclass(frozen=True)
class AvailabilityForm:
    volunteer_id: int
    version: int | None
    weekly_listed: bool
    weekly: dict[int, tuple[str, ...]]  # weekday -> template codes or ("*",)
    leave: tuple[LeaveRange, ...] = ()
    max_per_week: int | None = None
    max_per_month: int | None = None
    min_per_month: int | None = None
    prefer_weekdays: tuple[int, ...] = ()
    prefer_posts: tuple[str, ...] = ()
    avoid_weekdays: tuple[int, ...] = ()
    serves: tuple[str, ...] = field(default=())
    home_center: str = ""
    # The rostering extensions; None leaves what is stored untouched.
    work_limits: WorkLimits | None = None
    requests: tuple[ShiftRequest, ...] | None = None


def get_availability(db: Database, volunteer_id: int) -> AvailabilityForm:
    with db.session() as s:
        v = s.get(e.Volunteer, volunteer_id)
        weekly: dict[int, list[str]] = defaultdict(list)
        for a in v.availability:
            weekly[a.weekday].append(a.template_code)
        limits = v.limits or {}
        prefers, avoids = v.prefers or {}, v.avoids or {}
        return AvailabilityForm(
            volunteer_id=v.id, version=v.version, weekly_listed=v.weekly_listed,
            weekly={day: tuple(codes) for day, codes in weekly.items()},
            leave=tuple(LeaveRange(x.start, x.end, x.reason) for x in v.leave),
            max_per_week=limits.get("max_per_week"), max_per_month=limits.get("max_per_month"),
            min_per_month=limits.get("min_per_month"),
            prefer_weekdays=tuple(prefers.get("weekdays", [])), prefer_posts=tuple(prefers.get("posts", [])),
            avoid_weekdays=tuple(avoids.get("weekdays", [])),
            serves=tuple(c.code for c in v.serves), home_center=v.home_center.code if v.home_center else "",
            work_limits=work_limits_from(limits), requests=requests_from(v.requests))


def save_availability(db: Database, form: AvailabilityForm) -> None:
    errors = _Errors()
    for name in ("max_per_week", "max_per_month", "min_per_month"):
        value = getattr(form, name)
        if value is not None and value < 0:
            errors.add(name, NEGATIVE)
    if form.min_per_month is not None and form.max_per_month is not None and form.min_per_month > form.max_per_month:
        errors.add("min_per_month", LIMIT_ORDER)
    if form.max_per_week is not None and form.max_per_month is not None and form.max_per_week > form.max_per_month:
        errors.add("max_per_week", WEEK_ABOVE_MONTH)
    for line, leave in enumerate(form.leave, 1):
        if leave.end < leave.start:
            errors.add("leave", LEAVE_ORDER, line=line)
    errors.raise_if_any()
    with db.session() as s:
        shifts = template_codes(s)
        if form.work_limits is not None:
            errors.items.extend(check_work_limits(form.work_limits, shifts))
        if form.requests is not None:
            errors.items.extend(check_requests(form.requests, shifts))
        errors.raise_if_any()
        v = s.get(e.Volunteer, form.volunteer_id)
        _check_version(v, form.version)
        values = {name: getattr(form, name) for name in ("max_per_week", "max_per_month", "min_per_month")}
        max_per_shift = None
        if form.work_limits is not None:
            values.update({name: getattr(form.work_limits, name) for name in WORK_LIMIT_NAMES})
            max_per_shift = form.work_limits.max_per_shift
        v.limits = merge_limits(v.limits, values, max_per_shift)
        flag_modified(v, "limits")
        if form.requests is not None:
            v.requests = merge_requests(v.requests, form.requests)
            flag_modified(v, "requests")
        v.weekly_listed = form.weekly_listed
        v.availability, v.leave = [], []
        s.flush()  # the old rows go before new ones with the same keys arrive
        v.availability = [
            e.Availability(weekday=day, template_code=code, position=position)
            for day in sorted(form.weekly) if form.weekly_listed
            for position, code in enumerate(dict.fromkeys(form.weekly[day]))
        ]
        v.leave = [e.Leave(start=x.start, end=x.end, reason=x.reason.strip()) for x in form.leave]
        prefers = dict(v.prefers or {})
        _put(prefers, "weekdays", sorted(form.prefer_weekdays))
        _put(prefers, "posts", list(form.prefer_posts))
        v.prefers = prefers or None
        avoids = dict(v.avoids or {})
        _put(avoids, "weekdays", sorted(form.avoid_weekdays))
        v.avoids = avoids or None
