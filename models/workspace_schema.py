"""Strict validation of a workspace document (formats/workspace.md plus docs/workspace-extensions.md).

Collects every error with its JSON path instead of stopping at the first one; the importer
writes nothing unless this returns no errors.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

FORMAT_TAG = "duty-roster/workspace"
FORMAT_VERSION = 1
ROLES = ("youth", "police", "staff", "leader")
WEIGHT_NAMES = (
    "cover_min", "target_headcount", "fairness", "preference", "stability",
    "min_per_month", "outreach_fairness", "mix",
)
LIMIT_NAMES = (
    "max_per_week", "max_per_month", "min_per_month",
    "max_consecutive_days", "min_consecutive_days", "min_consecutive_days_off",
    "max_weekends_per_month", "min_minutes_per_month", "max_minutes_per_month",
)
TARGET_NAMES = ("dossiers_supported_per_year", "citizens_guided_per_year", "vneid_activated_per_year")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class WorkspaceError:
    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class WorkspaceInvalid(Exception):
    """The document has errors; `errors` lists every one of them with its JSON path."""

    def __init__(self, errors: list[WorkspaceError], source: str = "workspace"):
        self.errors = errors
        self.source = source
        shown = "; ".join(str(e) for e in errors[:5])
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        super().__init__(f"{source}: {len(errors)} error(s): {shown}{more}")


@dataclass
class KnownCodes:
    """Codes that references may point to besides those in the document (merge imports)."""

    skills: set[str] = field(default_factory=set)
    units: set[str] = field(default_factory=set)
    volunteers: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    # center code -> (post codes, template code -> weekdays)
    centers: dict[str, tuple[set[str], dict[str, set[int]]]] = field(default_factory=dict)


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else key


class _Checker:
    def __init__(self) -> None:
        self.errors: list[WorkspaceError] = []

    def error(self, path: str, message: str) -> None:
        self.errors.append(WorkspaceError(path, message))

    # ---- shapes -------------------------------------------------------------------------
    def obj(self, value: Any, path: str, required: Iterable[str], optional: Iterable[str]) -> dict | None:
        if not isinstance(value, dict):
            self.error(path or "$", f"expected an object, got {_kind(value)}")
            return None
        required, optional = tuple(required), tuple(optional)
        for key in required:
            if key not in value:
                self.error(_join(path, key), "is required")
        allowed = set(required) | set(optional)
        for key in value:
            if key not in allowed:
                hint = _closest(key, allowed)
                self.error(_join(path, key), f"unknown key{f' (did you mean {hint!r}?)' if hint else ''}")
        return value

    def array(self, value: Any, path: str) -> list:
        if not isinstance(value, list):
            self.error(path, f"expected an array, got {_kind(value)}")
            return []
        return value

    def string(self, value: Any, path: str, *, nullable: bool = False, nonempty: bool = True) -> str | None:
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            self.error(path, f"expected a string{' or null' if nullable else ''}, got {_kind(value)}")
            return None
        if nonempty and not value.strip():
            self.error(path, "must not be empty")
            return None
        return value

    def integer(self, value: Any, path: str, *, minimum: int | None = 0, maximum: int | None = None,
                nullable: bool = False) -> int | None:
        if value is None and nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.error(path, f"expected an integer, got {_kind(value)}")
            return None
        if minimum is not None and value < minimum:
            self.error(path, f"must be at least {minimum}, got {value}")
            return None
        if maximum is not None and value > maximum:
            self.error(path, f"must be at most {maximum}, got {value}")
            return None
        return value

    def number(self, value: Any, path: str, *, minimum: float = 0) -> float | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.error(path, f"expected a number, got {_kind(value)}")
            return None
        if value < minimum:
            self.error(path, f"must be at least {minimum}, got {value}")
            return None
        return value

    def boolean(self, value: Any, path: str) -> bool | None:
        if not isinstance(value, bool):
            self.error(path, f"expected true or false, got {_kind(value)}")
            return None
        return value

    def date(self, value: Any, path: str) -> dt.date | None:
        if not isinstance(value, str) or not _DATE.match(value):
            self.error(path, f"expected a date as YYYY-MM-DD, got {_show(value)}")
            return None
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            self.error(path, f"not a calendar date: {value!r}")
            return None

    def time(self, value: Any, path: str) -> str | None:
        if not isinstance(value, str) or not _TIME.match(value):
            self.error(path, f"expected a time as HH:MM (00:00-23:59), got {_show(value)}")
            return None
        return value

    def weekday(self, value: Any, path: str) -> int | None:
        return self.integer(value, path, minimum=1, maximum=7)

    def codes(self, items: list, path: str, what: str) -> set[str]:
        """Checks the `code` of each item is a unique non-empty string; returns the codes."""
        seen: dict[str, int] = {}
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            code = item.get("code")
            if not isinstance(code, str) or not code.strip():
                continue
            if code in seen:
                self.error(_join(_join(path, index), "code"),
                           f"duplicate {what} code {code!r} (first at {path}[{seen[code]}])")
            else:
                seen[code] = index
        return set(seen)

    def reference(self, value: Any, path: str, known: set[str], what: str, *, nullable: bool = False) -> str | None:
        code = self.string(value, path, nullable=nullable)
        if code is not None and code not in known:
            self.error(path, f"unknown {what} {code!r}")
            return None
        return code


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string",
            list: "an array", dict: "an object"}.get(type(value), type(value).__name__)


def _show(value: Any) -> str:
    if isinstance(value, str):
        return repr(value)
    if value is None or isinstance(value, (bool, int, float)):
        return json.dumps(value)
    return _kind(value)


def _closest(key: str, allowed: set[str]) -> str | None:
    import difflib

    match = difflib.get_close_matches(str(key), sorted(allowed), n=1, cutoff=0.75)
    return match[0] if match else None


def validate_workspace(doc: Any, known: KnownCodes | None = None) -> list[WorkspaceError]:
    """Every error of `doc`, in document order; an empty list means it can be imported."""
    c = _Checker()
    known = known or KnownCodes()
    top = c.obj(doc, "", ("format", "version"), (
        "holidays", "rules", "skills", "units", "centers", "events", "volunteers",
        "assignments", "results", "organisation"))
    if top is None:
        return c.errors
    if "format" in top and top["format"] != FORMAT_TAG:
        c.error("format", f"expected {FORMAT_TAG!r}, got {_show(top['format'])}")
    if "version" in top and (top["version"] != FORMAT_VERSION or isinstance(top["version"], bool)):
        c.error("version", f"unsupported version {_show(top['version'])}, expected {FORMAT_VERSION}")

    _holidays(c, top.get("holidays"))
    skills = c.array(top.get("skills", []), "skills")
    skill_codes = c.codes(skills, "skills", "skill") | known.skills
    for i, skill in enumerate(skills):
        path = _join("skills", i)
        if c.obj(skill, path, ("code", "name"), ("mix",)) is not None:
            c.string(skill.get("code"), _join(path, "code"))
            c.string(skill.get("name"), _join(path, "name"))
            if "mix" in skill:
                c.boolean(skill["mix"], _join(path, "mix"))
    units = c.array(top.get("units", []), "units")
    unit_codes = c.codes(units, "units", "unit") | known.units
    for i, unit in enumerate(units):
        path = _join("units", i)
        if c.obj(unit, path, ("code", "name"), ()) is not None:
            c.string(unit.get("code"), _join(path, "code"))
            c.string(unit.get("name"), _join(path, "name"))

    centers = c.array(top.get("centers", []), "centers")
    c.codes(centers, "centers", "center")
    center_index = {code: (set(posts), {t: set(d) for t, d in templates.items()})
                    for code, (posts, templates) in known.centers.items()}
    for i, center in enumerate(centers):
        code, posts, templates = _center(c, center, _join("centers", i), skill_codes)
        if code is not None:
            center_index[code] = (posts, templates)
    center_codes = set(center_index)
    all_templates = {t for _, templates in center_index.values() for t in templates}

    _rules(c, top.get("rules"), all_templates)

    events = c.array(top.get("events", []), "events")
    event_codes = c.codes(events, "events", "event") | known.events
    for i, event in enumerate(events):
        _event(c, event, _join("events", i), center_codes, skill_codes)

    volunteers = c.array(top.get("volunteers", []), "volunteers")
    volunteer_codes = c.codes(volunteers, "volunteers", "volunteer") | known.volunteers
    all_posts = {p for posts, _ in center_index.values() for p in posts}
    for i, volunteer in enumerate(volunteers):
        _volunteer(c, volunteer, _join("volunteers", i), skill_codes, unit_codes, center_codes,
                   all_templates, all_posts)

    _assignments(c, top.get("assignments", []), volunteer_codes, event_codes, center_index)
    _results(c, top.get("results", []), center_index)
    _organisation(c, top.get("organisation"))
    return c.errors


def _holidays(c: _Checker, value: Any) -> None:
    if value is None:
        return
    if c.obj(value, "holidays", (), ("country", "extra_closed", "extra_open")) is None:
        return
    if "country" in value:
        country = c.string(value["country"], "holidays.country")
        if country is not None:
            import holidays

            if country.upper() not in holidays.list_supported_countries():
                c.error("holidays.country", f"unknown country code {country!r} (expected e.g. 'VN')")
    for key in ("extra_closed", "extra_open"):
        seen: set[dt.date] = set()
        for j, day in enumerate(c.array(value.get(key, []), f"holidays.{key}")):
            parsed = c.date(day, f"holidays.{key}[{j}]")
            if parsed in seen:
                c.error(f"holidays.{key}[{j}]", f"date {day} listed twice")
            seen.add(parsed)
    both = set(value.get("extra_closed", []) or []) & set(value.get("extra_open", []) or []) \
        if isinstance(value.get("extra_closed", []), list) and isinstance(value.get("extra_open", []), list) else set()
    for day in sorted(d for d in both if isinstance(d, str)):
        c.error("holidays", f"{day} is both in extra_closed and extra_open")


def _rules(c: _Checker, value: Any, templates: set[str]) -> None:
    if value is None:
        return
    if c.obj(value, "rules", (), ("max_shifts_per_day", "min_rest_hours", "weights",
                                   "forbidden_successions")) is None:
        return
    if "max_shifts_per_day" in value:
        c.integer(value["max_shifts_per_day"], "rules.max_shifts_per_day", minimum=1)
    if "min_rest_hours" in value:
        c.number(value["min_rest_hours"], "rules.min_rest_hours")
    if "weights" in value and c.obj(value["weights"], "rules.weights", (), WEIGHT_NAMES) is not None:
        for name, weight in value["weights"].items():
            if name in WEIGHT_NAMES:
                c.integer(weight, f"rules.weights.{name}")
    for j, pair in enumerate(c.array(value.get("forbidden_successions", []), "rules.forbidden_successions")):
        path = f"rules.forbidden_successions[{j}]"
        if not isinstance(pair, list) or len(pair) != 2:
            c.error(path, "expected a pair [earlier shift, later shift] of shift-template codes")
            continue
        for k, code in enumerate(pair):
            c.reference(code, f"{path}[{k}]", templates, "shift template")


def _center(c: _Checker, center: Any, path: str, skills: set[str]):
    if c.obj(center, path, ("code", "name"), ("level", "closed_on_holidays", "posts", "shift_templates")) is None:
        return None, set(), {}
    code = c.string(center.get("code"), _join(path, "code"))
    c.string(center.get("name"), _join(path, "name"))
    if "level" in center:
        c.string(center["level"], _join(path, "level"), nullable=True)
    if "closed_on_holidays" in center:
        c.boolean(center["closed_on_holidays"], _join(path, "closed_on_holidays"))
    posts = c.array(center.get("posts", []), _join(path, "posts"))
    post_codes = c.codes(posts, _join(path, "posts"), "post")
    for j, post in enumerate(posts):
        ppath = _join(_join(path, "posts"), j)
        if c.obj(post, ppath, ("code", "name"), ("required_skills",)) is None:
            continue
        c.string(post.get("code"), _join(ppath, "code"))
        c.string(post.get("name"), _join(ppath, "name"))
        required = c.array(post.get("required_skills", []), _join(ppath, "required_skills"))
        for k, skill in enumerate(required):
            c.reference(skill, f"{ppath}.required_skills[{k}]", skills, "skill")
    templates = c.array(center.get("shift_templates", []), _join(path, "shift_templates"))
    c.codes(templates, _join(path, "shift_templates"), "shift template")
    template_days: dict[str, set[int]] = {}
    for j, template in enumerate(templates):
        tpath = _join(_join(path, "shift_templates"), j)
        if c.obj(template, tpath, ("code", "name", "start", "end", "weekdays"), ("demand",)) is None:
            continue
        tcode = c.string(template.get("code"), _join(tpath, "code"))
        c.string(template.get("name"), _join(tpath, "name"))
        start = c.time(template.get("start"), _join(tpath, "start"))
        end = c.time(template.get("end"), _join(tpath, "end"))
        if start and end and end <= start:
            c.error(_join(tpath, "end"), f"must be after start {start}, got {end}")
        days: set[int] = set()
        for k, day in enumerate(c.array(template.get("weekdays"), _join(tpath, "weekdays"))):
            weekday = c.weekday(day, f"{tpath}.weekdays[{k}]")
            if weekday in days:
                c.error(f"{tpath}.weekdays[{k}]", f"weekday {weekday} listed twice")
            if weekday is not None:
                days.add(weekday)
        if tcode is not None:
            template_days[tcode] = days
        demand = template.get("demand", {})
        if not isinstance(demand, dict):
            c.error(_join(tpath, "demand"), f"expected an object of post code -> headcount, got {_kind(demand)}")
            continue
        for post_code, headcount in demand.items():
            dpath = f"{tpath}.demand.{post_code}"
            if post_code not in post_codes:
                c.error(dpath, f"unknown post {post_code!r} of center {code!r}")
            _headcount(c, headcount, dpath)
    return code, post_codes, template_days


def _headcount(c: _Checker, value: Any, path: str) -> None:
    if c.obj(value, path, ("min",), ("target", "max")) is None:
        return
    low = c.integer(value.get("min"), _join(path, "min"))
    target = c.integer(value["target"], _join(path, "target")) if "target" in value else low
    high = c.integer(value["max"], _join(path, "max")) if "max" in value else target
    if low is not None and target is not None and low > target:
        c.error(path, f"min {low} is greater than target {target} (need min <= target <= max)")
    if target is not None and high is not None and target > high:
        c.error(path, f"target {target} is greater than max {high} (need min <= target <= max)")
    elif low is not None and high is not None and low > high:
        c.error(path, f"min {low} is greater than max {high}")


def _event(c: _Checker, event: Any, path: str, centers: set[str], skills: set[str]) -> None:
    if c.obj(event, path, ("code", "name", "date", "start", "end", "team"),
             ("location", "center", "requirements")) is None:
        return
    c.string(event.get("code"), _join(path, "code"))
    c.string(event.get("name"), _join(path, "name"))
    c.date(event.get("date"), _join(path, "date"))
    start = c.time(event.get("start"), _join(path, "start"))
    end = c.time(event.get("end"), _join(path, "end"))
    if start and end and end <= start:
        c.error(_join(path, "end"), f"must be after start {start}, got {end}")
    if "location" in event:
        c.string(event["location"], _join(path, "location"), nonempty=False)
    if "center" in event:
        c.reference(event["center"], _join(path, "center"), centers, "center", nullable=True)
    team = event.get("team")
    tpath = _join(path, "team")
    team_max = None
    if team is not None and c.obj(team, tpath, ("min", "max"), ()) is not None:
        low = c.integer(team.get("min"), _join(tpath, "min"))
        team_max = c.integer(team.get("max"), _join(tpath, "max"))
        if low is not None and team_max is not None and low > team_max:
            c.error(tpath, f"min {low} is greater than max {team_max}")
    for j, requirement in enumerate(c.array(event.get("requirements", []), _join(path, "requirements"))):
        rpath = f"{path}.requirements[{j}]"
        if c.obj(requirement, rpath, ("min",), ("role", "skill")) is None:
            continue
        count = c.integer(requirement.get("min"), _join(rpath, "min"), minimum=1)
        if ("role" in requirement) == ("skill" in requirement):
            c.error(rpath, "needs exactly one of 'role' or 'skill'")
        elif "role" in requirement:
            if requirement["role"] not in ROLES:
                c.error(_join(rpath, "role"), f"expected one of {', '.join(ROLES)}, got {_show(requirement['role'])}")
        else:
            c.reference(requirement["skill"], _join(rpath, "skill"), skills, "skill")
        if count is not None and team_max is not None and count > team_max:
            c.error(_join(rpath, "min"), f"needs {count} members but the team has at most {team_max}")


def _volunteer(c: _Checker, volunteer: Any, path: str, skills: set[str], units: set[str],
               centers: set[str], templates: set[str], posts: set[str]) -> None:
    if c.obj(volunteer, path, ("code", "name"), (
            "unit", "role", "phone", "email", "skills", "home_center", "serves", "active", "limits",
            "weekly", "unavailable", "prefers", "avoids", "requests")) is None:
        return
    c.string(volunteer.get("code"), _join(path, "code"))
    c.string(volunteer.get("name"), _join(path, "name"))
    if "unit" in volunteer:
        c.reference(volunteer["unit"], _join(path, "unit"), units, "unit", nullable=True)
    if "role" in volunteer and volunteer["role"] not in ROLES:
        c.error(_join(path, "role"), f"expected one of {', '.join(ROLES)}, got {_show(volunteer['role'])}")
    for key in ("phone", "email"):
        if key in volunteer:
            c.string(volunteer[key], _join(path, key), nullable=True)
    for j, skill in enumerate(c.array(volunteer.get("skills", []), _join(path, "skills"))):
        c.reference(skill, f"{path}.skills[{j}]", skills, "skill")
    if "home_center" in volunteer:
        c.reference(volunteer["home_center"], _join(path, "home_center"), centers, "center", nullable=True)
    for j, center in enumerate(c.array(volunteer.get("serves", []), _join(path, "serves"))):
        c.reference(center, f"{path}.serves[{j}]", centers, "center")
    if "active" in volunteer:
        c.boolean(volunteer["active"], _join(path, "active"))
    _limits(c, volunteer.get("limits"), _join(path, "limits"), templates)
    weekly = volunteer.get("weekly")
    wpath = _join(path, "weekly")
    if weekly is not None and "weekly" in volunteer:
        if not isinstance(weekly, dict):
            c.error(wpath, f"expected an object of weekday -> shift codes, got {_kind(weekly)}")
        else:
            for day, codes in weekly.items():
                dpath = f"{wpath}.{day}"
                if day not in {"1", "2", "3", "4", "5", "6", "7"}:
                    c.error(dpath, f"weekday must be \"1\" (Monday) to \"7\" (Sunday), got {day!r}")
                # Codes are not checked against the templates of this file: the format's own
                # example lists "PM" without defining it, and a pattern may name templates of
                # centers kept in another file. Each code must still be a non-empty string.
                for k, code in enumerate(c.array(codes, dpath)):
                    c.string(code, f"{dpath}[{k}]")
    for j, leave in enumerate(c.array(volunteer.get("unavailable", []), _join(path, "unavailable"))):
        lpath = f"{path}.unavailable[{j}]"
        if c.obj(leave, lpath, ("from", "to"), ("reason",)) is None:
            continue
        start = c.date(leave.get("from"), _join(lpath, "from"))
        end = c.date(leave.get("to"), _join(lpath, "to"))
        if start and end and end < start:
            c.error(_join(lpath, "to"), f"must not be before 'from' {start}, got {end}")
        if "reason" in leave:
            c.string(leave["reason"], _join(lpath, "reason"), nullable=True, nonempty=False)
    for key in ("prefers", "avoids"):
        block = volunteer.get(key)
        bpath = _join(path, key)
        if block is None or c.obj(block, bpath, (), ("weekdays", "posts")) is None:
            continue
        for k, day in enumerate(c.array(block.get("weekdays", []), _join(bpath, "weekdays"))):
            c.weekday(day, f"{bpath}.weekdays[{k}]")
        for k, post in enumerate(c.array(block.get("posts", []), _join(bpath, "posts"))):
            c.reference(post, f"{bpath}.posts[{k}]", posts, "post")
    for j, request in enumerate(c.array(volunteer.get("requests", []), _join(path, "requests"))):
        rpath = f"{path}.requests[{j}]"
        if c.obj(request, rpath, ("date", "on", "weight"), ("shift",)) is None:
            continue
        c.date(request.get("date"), _join(rpath, "date"))
        c.boolean(request.get("on"), _join(rpath, "on"))
        c.integer(request.get("weight"), _join(rpath, "weight"), minimum=1)
        if "shift" in request:
            c.reference(request["shift"], _join(rpath, "shift"), templates, "shift template", nullable=True)


def _limits(c: _Checker, value: Any, path: str, templates: set[str]) -> None:
    if value is None:
        return
    if c.obj(value, path, (), LIMIT_NAMES + ("max_per_shift",)) is None:
        return
    for name in LIMIT_NAMES:
        if name in value:
            c.integer(value[name], _join(path, name), nullable=True,
                      minimum=1 if name.startswith(("max_consecutive", "min_consecutive")) else 0)
    for low, high in (("min_per_month", "max_per_month"), ("min_minutes_per_month", "max_minutes_per_month"),
                      ("min_consecutive_days", "max_consecutive_days")):
        a, b = value.get(low), value.get(high)
        if _is_int(a) and _is_int(b) and a > b:
            c.error(path, f"{low} {a} is greater than {high} {b}")
    per_shift = value.get("max_per_shift")
    if per_shift is not None:
        if not isinstance(per_shift, dict):
            c.error(_join(path, "max_per_shift"), f"expected an object of shift code -> count, got {_kind(per_shift)}")
        else:
            for code, count in per_shift.items():
                if code not in templates:
                    c.error(f"{path}.max_per_shift.{code}", f"unknown shift template {code!r}")
                c.integer(count, f"{path}.max_per_shift.{code}")


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _assignments(c: _Checker, value: Any, volunteers: set[str], events: set[str],
                 centers: dict[str, tuple[set[str], dict[str, set[int]]]]) -> None:
    seen: dict[tuple, int] = {}
    for i, item in enumerate(c.array(value, "assignments")):
        path = _join("assignments", i)
        if not isinstance(item, dict):
            c.error(path, f"expected an object, got {_kind(item)}")
            continue
        if "event" in item:
            if c.obj(item, path, ("volunteer", "event"), ("locked",)) is None:
                continue
            c.reference(item.get("event"), _join(path, "event"), events, "event")
            key: tuple = ("event", item.get("volunteer"), item.get("event"))
        else:
            if c.obj(item, path, ("volunteer", "center", "post", "date", "shift"), ("locked",)) is None:
                continue
            center = c.reference(item.get("center"), _join(path, "center"), set(centers), "center")
            day = c.date(item.get("date"), _join(path, "date"))
            if center is not None:
                posts, templates = centers[center]
                c.reference(item.get("post"), _join(path, "post"), posts, f"post of center {center!r}")
                template = c.reference(item.get("shift"), _join(path, "shift"), set(templates),
                                       f"shift template of center {center!r}")
                if template is not None and day is not None and day.isoweekday() not in templates[template]:
                    c.error(_join(path, "date"),
                            f"shift {template!r} of center {center!r} does not run on {day:%A} {day}")
            key = ("shift", item.get("volunteer"), item.get("center"), item.get("post"),
                   item.get("date"), item.get("shift"))
        c.reference(item.get("volunteer"), _join(path, "volunteer"), volunteers, "volunteer")
        if "locked" in item:
            c.boolean(item["locked"], _join(path, "locked"))
        try:
            if key in seen:
                c.error(path, f"duplicate assignment (same as assignments[{seen[key]}])")
            else:
                seen[key] = i
        except TypeError:  # unhashable values were already reported
            pass


def _results(c: _Checker, value: Any, centers: dict[str, tuple[set[str], dict[str, set[int]]]]) -> None:
    seen: dict[tuple, int] = {}
    for i, item in enumerate(c.array(value, "results")):
        path = _join("results", i)
        if c.obj(item, path, ("center", "date", "shift"),
                 ("citizens_guided", "dossiers_supported", "vneid_activated", "note")) is None:
            continue
        center = c.reference(item.get("center"), _join(path, "center"), set(centers), "center")
        c.date(item.get("date"), _join(path, "date"))
        if center is not None:
            c.reference(item.get("shift"), _join(path, "shift"), set(centers[center][1]),
                        f"shift template of center {center!r}")
        for key in ("citizens_guided", "dossiers_supported", "vneid_activated"):
            if key in item:
                c.integer(item[key], _join(path, key))
        if "note" in item:
            c.string(item["note"], _join(path, "note"), nullable=True, nonempty=False)
        key = (item.get("center"), item.get("date"), item.get("shift"))
        try:
            if key in seen:
                c.error(path, f"duplicate result for the same center, date and shift (as results[{seen[key]}])")
            else:
                seen[key] = i
        except TypeError:
            pass


def _organisation(c: _Checker, value: Any) -> None:
    if value is None:
        return
    keys = ("name", "parent", "place", "signer_title", "signer_name")
    if c.obj(value, "organisation", (), keys + ("targets",)) is None:
        return
    for key in keys:
        if key in value:
            c.string(value[key], f"organisation.{key}", nullable=True, nonempty=False)
    targets = value.get("targets")
    if targets is not None and c.obj(targets, "organisation.targets", (), TARGET_NAMES) is not None:
        for key, target in targets.items():
            if key in TARGET_NAMES:
                c.integer(target, f"organisation.targets.{key}")

