"""The queries and saves the desktop screens call: plain data out, validated forms in, each
save in one transaction, a stale form (someone else saved since it was read) refused with
ConflictError instead of overwriting.

Screens never hold ORM rows: every query returns frozen dataclasses, every save takes a form
dataclass carrying the `version` it was read at. Validation problems are raised together as
`ValidationFailed`, one `FieldError` per form field, so a screen can show each message next to
its field. Messages are English templates marked with QT_TRANSLATE_NOOP (a plain no-op here,
recognised by pyside6-lupdate; see models/form_errors.py) so the GUI can translate them before
formatting.
"""
from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from exports.vietnamese import given_name_key, matches, nfc  # text only: `exports` imports lazily
from models import entities as e
from models import holidays
from models.db import ConflictError, Database
from models.form_errors import QT_TRANSLATE_NOOP, FieldError, ValidationFailed
from models.workspace_schema import ROLES, TARGET_NAMES, WEIGHT_NAMES
from models.volunteer_rules import (
    WORK_LIMIT_NAMES,
    ShiftRequest,
    WorkLimits,
    check_requests,
    check_successions,
    check_work_limits,
    merge_limits,
    merge_requests,
    merge_successions,
    requests_from,
    work_limits_from,
)

__all__ = [
    "ROLES", "WEIGHT_NAMES", "TARGET_NAMES", "FieldError", "ValidationFailed", "ConflictError",
    "CodeName", "TemplateInfo", "VolunteerRow", "VolunteerForm", "AvailabilityForm", "LeaveRange",
    "PostForm", "DemandForm", "TemplateForm", "CenterForm", "HolidaySettings", "EventRow", "EventForm",
    "RequirementForm", "ShiftResultRow", "PeriodTotal", "VolunteerCount", "SettingsForm", "WorkLimits",
    "ShiftRequest", "SkillRow", "UnitRow",
    "list_units", "list_skills", "list_centers", "list_templates", "list_volunteers", "filter_volunteers",
    "sort_volunteers", "get_volunteer", "save_volunteer", "set_volunteer_active", "get_availability",
    "save_availability", "get_center", "save_center", "get_holiday_settings", "save_holiday_settings",
    "public_holidays", "list_events", "get_event", "save_event", "delete_event", "list_shift_results",
    "save_shift_results", "result_totals", "volunteer_counts", "get_settings", "save_settings",
    "list_skill_rows", "save_skills", "delete_skill", "list_unit_rows", "save_units", "delete_unit",
    "template_codes",
]



CONTEXT = "repository"
REQUIRED = QT_TRANSLATE_NOOP("repository", "This field is required.")
CODE_TAKEN = QT_TRANSLATE_NOOP("repository", "The code {code} is already used.")
BAD_CODE = QT_TRANSLATE_NOOP("repository", "Use letters, digits, '-' or '_' only (no spaces).")
BAD_PHONE = QT_TRANSLATE_NOOP("repository", "A phone number has 9 to 11 digits, e.g. 0912345678.")
BAD_EMAIL = QT_TRANSLATE_NOOP("repository", "Not an e-mail address.")
BAD_ROLE = QT_TRANSLATE_NOOP("repository", "Unknown role.")
BAD_TIME = QT_TRANSLATE_NOOP("repository", "Write the time as HH:MM, e.g. 07:30.")
END_BEFORE_START = QT_TRANSLATE_NOOP("repository", "The end must be after the start.")
NO_WEEKDAY = QT_TRANSLATE_NOOP("repository", "Choose at least one weekday.")
ORDER_MIN_TARGET_MAX = QT_TRANSLATE_NOOP("repository", "Need min ≤ target ≤ max.")
LIMIT_ORDER = QT_TRANSLATE_NOOP("repository", "The minimum per month is above the maximum per month.")
WEEK_ABOVE_MONTH = QT_TRANSLATE_NOOP("repository", "The weekly maximum is above the monthly maximum.")
LEAVE_ORDER = QT_TRANSLATE_NOOP("repository", "Leave line {line}: the last day is before the first day.")
TEAM_ORDER = QT_TRANSLATE_NOOP("repository", "The minimum team size is above the maximum.")
REQUIREMENT_TOO_BIG = QT_TRANSLATE_NOOP("repository", "Rule line {line} needs more people than the team's maximum.")
REQUIREMENT_EMPTY = QT_TRANSLATE_NOOP("repository", "Rule line {line}: choose a role or a skill.")
NEGATIVE = QT_TRANSLATE_NOOP("repository", "Must be zero or more.")
DUPLICATE_CODE = QT_TRANSLATE_NOOP("repository", "Code {code} is listed twice.")
HAS_HISTORY = QT_TRANSLATE_NOOP("repository", "This record has assignments and cannot be deleted.")
DAY_TWICE = QT_TRANSLATE_NOOP("repository", "{day} is both an extra closed and an extra open day.")

_CODE = re.compile(r"^[A-Za-z0-9_.\-]+$")
_PHONE = re.compile(r"^\+?[0-9]{9,11}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


class _Errors:
    def __init__(self) -> None:
        self.items: list[FieldError] = []

    def add(self, name: str, message: str, **params: Any) -> None:
        self.items.append(FieldError(name, message, params))

    def code(self, name: str, value: str) -> None:
        if not value:
            self.add(name, REQUIRED)
        elif not _CODE.match(value):
            self.add(name, BAD_CODE)

    def required(self, name: str, value: str) -> None:
        if not value.strip():
            self.add(name, REQUIRED)

    def time(self, name: str, value: str) -> None:
        if not _TIME.match(value or ""):
            self.add(name, BAD_TIME)

    def raise_if_any(self) -> None:
        if self.items:
            raise ValidationFailed(self.items)


def _check_version(row: Any, version: int | None) -> None:
    """The form was read at `version`; refuse the save when the row moved on since."""
    if version is not None and row.version != version:
        raise ConflictError("another coordinator changed this record since you opened it; reload and try again")


def _touch(row: Any, attribute: str = "name") -> None:
    """Make the row dirty so its version is checked and bumped even when only children changed."""
    flag_modified(row, attribute)


# ---- reference lists ------------------------------------------------------------------------

@dataclass(frozen=True)
class CodeName:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class TemplateInfo:
    center_code: str
    code: str
    name: str
    start: str
    end: str
    weekdays: tuple[int, ...]


def list_units(db: Database) -> list[CodeName]:
    with db.session() as s:
        return [CodeName(u.id, u.code, u.name) for u in s.scalars(select(e.Unit).order_by(e.Unit.code))]


def list_skills(db: Database) -> list[CodeName]:
    with db.session() as s:
        return [CodeName(k.id, k.code, k.name) for k in s.scalars(select(e.Skill).order_by(e.Skill.code))]


def list_centers(db: Database) -> list[CodeName]:
    with db.session() as s:
        return [CodeName(c.id, c.code, c.name) for c in s.scalars(select(e.Center).order_by(e.Center.code))]


def list_templates(db: Database, center_codes: list[str] | None = None) -> list[TemplateInfo]:
    """Shift templates of the given centers (all when None), in center then position order."""
    with db.session() as s:
        query = select(e.ShiftTemplate, e.Center.code).join(e.Center).order_by(e.Center.code, e.ShiftTemplate.position)
        if center_codes is not None:
            query = query.where(e.Center.code.in_(center_codes))
        return [TemplateInfo(code, t.code, t.name, t.start, t.end, tuple(t.weekdays)) for t, code in s.execute(query)]


# ---- volunteers -----------------------------------------------------------------------------

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
    phone = re.sub(r"[\s.\-]", "", form.phone or "")
    if phone and not _PHONE.match(phone):
        errors.add("phone", BAD_PHONE)
    if form.email and not _EMAIL.match(form.email.strip()):
        errors.add("email", BAD_EMAIL)
    return errors.items


def normalise_phone(phone: str) -> str:
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
        errors.add("unit", QT_TRANSLATE_NOOP("repository", "Unknown unit {code}."), code=form.unit_code)
    for code_ in form.skills:
        if code_ not in known.skills:
            errors.add("skills", QT_TRANSLATE_NOOP("repository", "Unknown skill {code}."), code=code_)
    for code_ in (form.home_center, *form.serves):
        if code_ and code_ not in known.centers:
            errors.add("home_center", QT_TRANSLATE_NOOP("repository", "Unknown center {code}."), code=code_)
    if errors.items:
        return None
    if form.id is None:
        row = e.Volunteer(code=code, limits={}, weekly_listed=False, serves_listed=False)
        s.add(row)
    else:
        row = s.get(e.Volunteer, form.id)
        _check_version(row, form.version)
        _touch(row)
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


# ---- availability ---------------------------------------------------------------------------

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


def template_codes(s: Session) -> set[str]:
    """Shift-template codes of every center (what `max_per_shift`, requests and successions name)."""
    return set(s.scalars(select(e.ShiftTemplate.code)))


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
        for key, value in (("weekdays", form.prefer_weekdays), ("posts", form.prefer_posts)):
            if value:
                prefers[key] = sorted(value) if key == "weekdays" else list(value)
            else:
                prefers.pop(key, None)
        v.prefers = prefers or None
        avoids = dict(v.avoids or {})
        if form.avoid_weekdays:
            avoids["weekdays"] = sorted(form.avoid_weekdays)
        else:
            avoids.pop("weekdays", None)
        v.avoids = avoids or None


# ---- centers, posts, shift templates ---------------------------------------------------------

@dataclass(frozen=True)
class PostForm:
    code: str
    name: str
    required_skills: tuple[str, ...] = ()


@dataclass(frozen=True)
class DemandForm:
    min: int
    target: int
    max: int


@dataclass(frozen=True)
class TemplateForm:
    code: str
    name: str
    start: str
    end: str
    weekdays: tuple[int, ...]
    demand: dict[str, DemandForm] = field(default_factory=dict)  # post code -> headcount


@dataclass(frozen=True)
class CenterForm:
    code: str
    name: str
    level: str = ""
    closed_on_holidays: bool = True
    posts: tuple[PostForm, ...] = ()
    templates: tuple[TemplateForm, ...] = ()
    id: int | None = None
    version: int | None = None


def get_center(db: Database, center_id: int) -> CenterForm:
    with db.session() as s:
        c = s.get(e.Center, center_id)
        return CenterForm(
            id=c.id, version=c.version, code=c.code, name=c.name, level=c.level or "",
            closed_on_holidays=c.closed_on_holidays,
            posts=tuple(PostForm(p.code, p.name, tuple(k.code for k in p.required_skills)) for p in c.posts),
            templates=tuple(TemplateForm(
                t.code, t.name, t.start, t.end, tuple(t.weekdays),
                {d.post.code: DemandForm(d.min_count, d.target, d.max_count) for d in t.demands})
                for t in c.templates))


def save_center(db: Database, form: CenterForm) -> int:
    errors = _Errors()
    errors.code("code", form.code.strip())
    errors.required("name", form.name)
    post_codes = [p.code.strip() for p in form.posts]
    for index, post in enumerate(form.posts):
        errors.code(f"posts[{index}].code", post.code.strip())
        errors.required(f"posts[{index}].name", post.name)
        if post_codes.count(post.code.strip()) > 1:
            errors.add(f"posts[{index}].code", DUPLICATE_CODE, code=post.code)
    template_codes = [t.code.strip() for t in form.templates]
    for index, template in enumerate(form.templates):
        prefix = f"templates[{index}]"
        errors.code(f"{prefix}.code", template.code.strip())
        errors.required(f"{prefix}.name", template.name)
        if template_codes.count(template.code.strip()) > 1:
            errors.add(f"{prefix}.code", DUPLICATE_CODE, code=template.code)
        errors.time(f"{prefix}.start", template.start)
        errors.time(f"{prefix}.end", template.end)
        if _TIME.match(template.start) and _TIME.match(template.end) and template.end <= template.start:
            errors.add(f"{prefix}.end", END_BEFORE_START)
        if not template.weekdays:
            errors.add(f"{prefix}.weekdays", NO_WEEKDAY)
        for post_code, demand in template.demand.items():
            if not 0 <= demand.min <= demand.target <= demand.max:
                errors.add(f"{prefix}.demand.{post_code}", ORDER_MIN_TARGET_MAX)
    errors.raise_if_any()
    with db.session() as s, s.no_autoflush:
        code = form.code.strip()
        clash = s.scalars(select(e.Center).where(e.Center.code == code)).first()
        if clash is not None and clash.id != form.id:
            errors.add("code", CODE_TAKEN, code=code)
            errors.raise_if_any()
        skills = {k.code: k for k in s.scalars(select(e.Skill))}
        for index, post in enumerate(form.posts):
            for skill in post.required_skills:
                if skill not in skills:
                    errors.add(f"posts[{index}].required_skills",
                               QT_TRANSLATE_NOOP("repository", "Unknown skill {code}."), code=skill)
        errors.raise_if_any()
        if form.id is None:
            center = e.Center(code=code)
            s.add(center)
        else:
            center = s.get(e.Center, form.id)
            _check_version(center, form.version)
            _touch(center)
        center.code, center.name = code, form.name.strip()
        center.level = form.level.strip() or None
        center.closed_on_holidays = form.closed_on_holidays
        old_posts = {p.code: p for p in center.posts}
        posts = []
        for position, post_form in enumerate(form.posts):
            post = old_posts.get(post_form.code.strip()) or e.Post(code=post_form.code.strip())
            post.name, post.position = post_form.name.strip(), position
            post.required_skills = [skills[k] for k in dict.fromkeys(post_form.required_skills)]
            posts.append(post)
        center.posts = posts
        by_code = {p.code: p for p in posts}
        old_templates = {t.code: t for t in center.templates}
        templates = []
        for position, t_form in enumerate(form.templates):
            template = old_templates.get(t_form.code.strip()) or e.ShiftTemplate(code=t_form.code.strip())
            template.name, template.start, template.end = t_form.name.strip(), t_form.start, t_form.end
            template.weekdays = sorted(set(t_form.weekdays))
            template.position = position
            old_demand = {d.post.code: d for d in template.demands if d.post is not None}
            demands = []
            for post_code, headcount in t_form.demand.items():
                if post_code not in by_code:
                    continue
                demand = old_demand.get(post_code) or e.Demand(post=by_code[post_code])
                demand.min_count, demand.target, demand.max_count = headcount.min, headcount.target, headcount.max
                demands.append(demand)
            template.demands = demands
            templates.append(template)
        center.templates = templates
        s.flush()
        return center.id


# ---- holidays -------------------------------------------------------------------------------

@dataclass(frozen=True)
class HolidaySettings:
    country: str
    extra_closed: tuple[dt.date, ...]
    extra_open: tuple[dt.date, ...]
    version: int | None = None


def get_holiday_settings(db: Database) -> HolidaySettings:
    with db.session() as s:
        settings = _settings_row(s)
        overrides = list(s.scalars(select(e.HolidayOverride).order_by(e.HolidayOverride.date)))
        return HolidaySettings(settings.holidays_country,
                               tuple(o.date for o in overrides if o.closed),
                               tuple(o.date for o in overrides if not o.closed), settings.version)


def save_holiday_settings(db: Database, form: HolidaySettings) -> None:
    errors = _Errors()
    for day in sorted(set(form.extra_closed) & set(form.extra_open)):
        errors.add("extra_open", DAY_TWICE, day=day.strftime("%d/%m/%Y"))
    errors.raise_if_any()
    with db.session() as s:
        settings = _settings_row(s)
        _check_version(settings, form.version)
        settings.holidays_country = form.country.upper()
        _touch(settings, "rules")
        for old in s.scalars(select(e.HolidayOverride)):
            s.delete(old)
        s.flush()
        for day in sorted(set(form.extra_closed)):
            s.add(e.HolidayOverride(date=day, closed=True))
        for day in sorted(set(form.extra_open)):
            s.add(e.HolidayOverride(date=day, closed=False))


def public_holidays(country: str, year: int, language: str = "vi") -> list[tuple[dt.date, str]]:
    """The country's public holidays of that year from the `holidays` package."""
    return sorted(holidays.public_holidays(country, (year,), language).items())


# ---- events ---------------------------------------------------------------------------------

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
            errors.add("center", QT_TRANSLATE_NOOP("repository", "Unknown center {code}."), code=form.center)
        errors.raise_if_any()
        if form.id is None:
            ev = e.Event(code=code)
            s.add(ev)
        else:
            ev = s.get(e.Event, form.id)
            _check_version(ev, form.version)
            _touch(ev)
        ev.code, ev.name, ev.date = code, nfc(form.name.strip()), form.date
        ev.start, ev.end, ev.location = form.start, form.end, nfc(form.location.strip())
        ev.center = centers.get(form.center) if form.center else None
        ev.team_min, ev.team_max = form.team_min, form.team_max
        ev.requirements = [
            e.EventRequirement(role=r.role, skill=skills.get(r.skill) if r.skill else None,
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


# ---- results and statistics -------------------------------------------------------------------

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


def closed_days(db: Database, year: int) -> dict[dt.date, str]:
    """Days the centers that close on holidays are closed: public holidays ± overrides."""
    settings = get_holiday_settings(db)
    return holidays.closed_days({"country": settings.country, "extra_closed": settings.extra_closed,
                                 "extra_open": settings.extra_open}, dt.date(year, 1, 1), dt.date(year, 12, 31))


def list_shift_results(db: Database, center_code: str, first: dt.date, last: dt.date) -> list[ShiftResultRow]:
    """Every shift the center holds in the period (template weekdays, open days) with what was
    entered for it so far."""
    closed: dict[dt.date, str] = {}
    for year in range(first.year, last.year + 1):
        closed.update(closed_days(db, year))
    with db.session() as s:
        center = s.scalars(select(e.Center).where(e.Center.code == center_code)).one()
        entered = {(r.date, r.template_id): r for r in s.scalars(select(e.ShiftResult).where(
            e.ShiftResult.center_id == center.id, e.ShiftResult.date >= first, e.ShiftResult.date <= last))}
        rows = []
        day = first
        while day <= last:
            for t in center.templates:
                result = entered.get((day, t.id))
                if result is None and (day.isoweekday() not in t.weekdays
                                       or (center.closed_on_holidays and day in closed)):
                    continue
                rows.append(ShiftResultRow(
                    center.code, day, t.code, t.name,
                    *((result.citizens_guided, result.dossiers_supported, result.vneid_activated,
                       result.note, result.version) if result else ())))
            day += dt.timedelta(days=1)
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
            center = centers[row.center]
            template = next(t for t in center.templates if t.code == row.shift)
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
                first = r.date - dt.timedelta(days=r.date.weekday())
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


# ---- skills and units -----------------------------------------------------------------------

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
        if row.id is None:
            stored = model(code=row.code.strip())
            s.add(stored)
        else:
            stored = s.get(model, row.id)
            if stored is None:
                raise ConflictError("the record was deleted by another coordinator; reload")
            _check_version(stored, row.version)
            _touch(stored)
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


# ---- settings -------------------------------------------------------------------------------

@dataclass(frozen=True)
class SettingsForm:
    organisation: dict[str, Any]  # name, parent, place, signer_title, signer_name
    targets: dict[str, int]
    weights: dict[str, int]
    max_shifts_per_day: int = 1
    min_rest_hours: int = 0
    version: int | None = None
    # pairs (a, b): after a shift of template a, no shift of template b the next day;
    # None leaves what is stored untouched
    forbidden_successions: tuple[tuple[str, str], ...] | None = None


ORGANISATION_FIELDS = ("name", "parent", "place", "signer_title", "signer_name")


def _settings_row(s: Session) -> e.Settings:
    settings = s.scalars(select(e.Settings)).first()
    if settings is None:
        settings = e.Settings(holidays_country="VN", rules={}, organisation=None)
        s.add(settings)
        s.flush()
    return settings


def _in_stored_order(stored: dict | None, values: dict) -> dict:
    """`values` with the keys that were stored first, in their stored order (files round-trip)."""
    stored = stored or {}
    return {**{k: values[k] for k in stored if k in values}, **{k: v for k, v in values.items() if k not in stored}}


def get_settings(db: Database) -> SettingsForm:
    with db.session() as s:
        settings = _settings_row(s)
        organisation = dict(settings.organisation or {})
        rules = settings.rules or {}
        return SettingsForm(
            organisation={k: organisation.get(k, "") or "" for k in ORGANISATION_FIELDS},
            targets=dict(organisation.get("targets") or {}),
            weights=dict(rules.get("weights") or {}),
            max_shifts_per_day=rules.get("max_shifts_per_day", 1),
            min_rest_hours=rules.get("min_rest_hours", 0), version=settings.version,
            forbidden_successions=tuple(tuple(pair) for pair in rules.get("forbidden_successions") or ()))


def save_settings(db: Database, form: SettingsForm) -> None:
    errors = _Errors()
    for name, value in {**form.weights, **form.targets}.items():
        if value is not None and value < 0:
            errors.add(name, NEGATIVE)
    if form.max_shifts_per_day < 1:
        errors.add("max_shifts_per_day", QT_TRANSLATE_NOOP("repository", "Must be at least 1."))
    if form.min_rest_hours < 0:
        errors.add("min_rest_hours", NEGATIVE)
    errors.raise_if_any()
    with db.session() as s:
        if form.forbidden_successions is not None:
            errors.items.extend(check_successions(form.forbidden_successions, template_codes(s)))
            errors.raise_if_any()
        settings = _settings_row(s)
        _check_version(settings, form.version)
        organisation = dict(settings.organisation or {})
        for key in ORGANISATION_FIELDS:
            value = nfc((form.organisation.get(key) or "").strip())
            if value:
                organisation[key] = value
            else:
                organisation.pop(key, None)
        targets = _in_stored_order(organisation.get("targets"), {k: v for k, v in form.targets.items() if v})
        if targets:
            organisation["targets"] = targets
        else:
            organisation.pop("targets", None)
        settings.organisation = organisation or None
        rules = dict(settings.rules or {})
        # a value left at its default is not written into rules that did not name it
        for name, value, default in (("max_shifts_per_day", form.max_shifts_per_day, 1),
                                     ("min_rest_hours", form.min_rest_hours, 0)):
            if name in rules or value != default:
                rules[name] = value
        if form.forbidden_successions is not None:
            successions = merge_successions(rules.get("forbidden_successions"), form.forbidden_successions)
            if successions is None:
                rules.pop("forbidden_successions", None)
            else:
                rules["forbidden_successions"] = successions
        weights = _in_stored_order(rules.get("weights"), {k: v for k, v in form.weights.items() if v is not None})
        if weights:
            rules["weights"] = weights
        else:
            rules.pop("weights", None)
        settings.rules = rules
        flag_modified(settings, "rules")
