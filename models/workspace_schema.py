"""Strict validation of a workspace document (formats/workspace.md plus docs/workspace-extensions.md).

Collects every error with its JSON path instead of stopping at the first one; the importer
writes nothing unless this returns no errors.
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from scheduler.problem import ROLES

FORMAT_TAG = "duty-roster/workspace"
FORMAT_VERSION = 1
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
_TIME = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]", re.ASCII)
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)

# What the database columns (models/entities.py) and every later command can hold.
FIRST_DATE, LAST_DATE = dt.date(2000, 1, 1), dt.date(2100, 12, 31)
CODE_LENGTH = 64          # every *.code column, availability.template_code
NAME_LENGTH = 200         # skill, unit, center, post, shift template, volunteer names; email
LONG_TEXT_LENGTH = 300    # event name and location, leave reason
NOTE_LENGTH = 2000        # a shift result's note (a Text column, shown in the statistics)
SHORT_TEXT_LENGTH = 32    # phone, center level
MAX_DEPTH = 32            # nesting of arrays and objects; a workspace needs about 8
MAX_ERRORS = 1000         # errors collected before the checker stops listing them
MAX_HEADCOUNT = 1000      # people on one post of one shift, or on one event
MAX_WEIGHT = 1_000_000    # objective weights and request weights
MAX_COUNT = 1_000_000     # results of one shift
MAX_TARGET = 1_000_000_000  # yearly targets of the organisation
MAX_REST_HOURS = 168      # rules.min_rest_hours: at most one week
LIMIT_MAXIMA = {
    "max_per_week": 100, "max_per_month": 500, "min_per_month": 500,
    "max_consecutive_days": 366, "min_consecutive_days": 366, "min_consecutive_days_off": 366,
    "max_weekends_per_month": 31, "min_minutes_per_month": 31 * 24 * 60, "max_minutes_per_month": 31 * 24 * 60,
}
# Characters that show nothing: format characters (zero-width space and joiners, BOM, soft
# hyphen, bidi marks) and the Hangul fillers, which are letters that print as blanks.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")


class TooLargeNumber(str):
    """An integer literal too long to be any count of a workspace (the JSON parser keeps its
    digits instead of building a huge int, so the checker can name its path)."""


def parse_int(text: str) -> int | TooLargeNumber:
    """`json.loads(parse_int=...)`: integers of up to 18 digits, else a TooLargeNumber."""
    return int(text) if len(text.lstrip("-")) <= 18 else TooLargeNumber(text)


def is_invisible(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) == "Cf" or char in _BLANK_LETTERS


def code_key(code: str) -> str:
    """The form in which two codes are compared: NFC, invisible characters removed, case folded."""
    text = unicodedata.normalize("NFC", code)
    return "".join(ch for ch in text if not is_invisible(ch)).casefold()


def _bad_character(text: str, multiline: bool) -> str | None:
    """A description of the first character no field may hold (controls, lone surrogates,
    non-characters), or None."""
    for index, char in enumerate(text):
        category = unicodedata.category(char)
        if category == "Cc" and not (multiline and char in "\n\t"):
            return f"a control character U+{ord(char):04X} at position {index + 1}"
        if category == "Cs":
            return f"a lone surrogate U+{ord(char):04X} at position {index + 1} (not valid Unicode text)"
        if (ord(char) & 0xFFFE) == 0xFFFE or 0xFDD0 <= ord(char) <= 0xFDEF:
            return f"the non-character U+{ord(char):04X} at position {index + 1}"
    return None


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


def _join(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    key = _safe_key(key)
    return f"{path}.{key}" if path else key


def _safe_key(key: Any) -> str:
    """An object key as it can be printed in a path: unprintable or very long keys quoted."""
    key = str(key)
    if key.isprintable() and len(key) <= 40 and key.strip() == key and key:
        return key
    return repr(key[:40] + ("…" if len(key) > 40 else ""))


class _Checker:
    def __init__(self) -> None:
        self.errors: list[WorkspaceError] = []
        self.dropped = 0

    def error(self, path: str, message: str) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(WorkspaceError(path, message))
        else:
            self.dropped += 1

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

    def string(self, value: Any, path: str, *, nullable: bool = False, nonempty: bool = True,
               max_length: int = NAME_LENGTH, multiline: bool = False) -> str | None:
        if value is None and nullable:
            return None
        if not isinstance(value, str) or isinstance(value, TooLargeNumber):
            self.error(path, f"expected a string{' or null' if nullable else ''}, got {_kind(value)}")
            return None
        bad = _bad_character(value, multiline)
        if bad:
            self.error(path, f"must not contain {bad}")
            return None
        if len(value) > max_length:
            self.error(path, f"must be at most {max_length} characters, got {len(value)}")
            return None
        if nonempty and all(is_invisible(ch) for ch in value):
            self.error(path, "must not be empty" if not value.strip() else
                       "must contain visible characters (only invisible ones are given)")
            return None
        return value

    def code(self, value: Any, path: str) -> str | None:
        """A code: a short visible string without invisible characters (it is typed and matched)."""
        code = self.string(value, path, max_length=CODE_LENGTH)
        if code is None:
            return None
        hidden = next((ch for ch in code if is_invisible(ch) and ch != " "), None)
        if hidden is not None or code != code.strip():
            what = f"the invisible character U+{ord(hidden):04X}" if hidden else "leading or trailing spaces"
            self.error(path, f"a code must not contain {what}")
            return None
        return code

    def integer(self, value: Any, path: str, *, minimum: int | None = 0, maximum: int | None = None,
                nullable: bool = False) -> int | None:
        if value is None and nullable:
            return None
        if isinstance(value, TooLargeNumber):
            limit = f"at most {maximum}" if maximum is not None else "a count"
            self.error(path, f"number too large ({len(value.lstrip('-'))} digits), expected {limit}")
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

    def number(self, value: Any, path: str, *, minimum: float = 0, maximum: float) -> float | None:
        if isinstance(value, TooLargeNumber):
            self.error(path, f"number too large ({len(value.lstrip('-'))} digits), expected at most {maximum}")
            return None
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            self.error(path, f"expected a number, got {_kind(value)}")
            return None
        if not math.isfinite(value):
            self.error(path, f"expected a finite number, got {_show(value)}")
            return None
        if not minimum <= value <= maximum:
            self.error(path, f"must be between {minimum} and {maximum}, got {_show(value)}")
            return None
        return value

    def boolean(self, value: Any, path: str) -> bool | None:
        if not isinstance(value, bool):
            self.error(path, f"expected true or false, got {_kind(value)}")
            return None
        return value

    def date(self, value: Any, path: str) -> dt.date | None:
        if not isinstance(value, str) or not _DATE.fullmatch(value):
            self.error(path, f"expected a date as YYYY-MM-DD, got {_show(value)}")
            return None
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            self.error(path, f"not a calendar date: {value!r}")
            return None
        if not FIRST_DATE <= day <= LAST_DATE:
            self.error(path, f"must be between {FIRST_DATE} and {LAST_DATE}, got {value}")
            return None
        return day

    def time(self, value: Any, path: str) -> str | None:
        if not isinstance(value, str) or not _TIME.fullmatch(value):
            self.error(path, f"expected a time as HH:MM (00:00-23:59), got {_show(value)}")
            return None
        return value

    def weekday(self, value: Any, path: str) -> int | None:
        return self.integer(value, path, minimum=1, maximum=7)

    def codes(self, items: list, path: str, what: str) -> set[str]:
        """Checks no two items have the same `code` once compared by `code_key` (Unicode form,
        invisible characters and case ignored); returns the codes."""
        seen: dict[str, tuple[int, str]] = {}
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                continue
            code = item.get("code")
            if not isinstance(code, str) or not code.strip():
                continue
            key = code_key(code)
            if key in seen:
                first_index, first = seen[key]
                same = "" if first == code else f" (same as {first!r} when case, Unicode form and invisible characters are ignored)"
                self.error(_join(_join(path, index), "code"),
                           f"duplicate {what} code {_show(code)}{same} (first at {path}[{first_index}])")
            else:
                seen[key] = (index, code)
        return {code for _, code in seen.values()}

    def reference(self, value: Any, path: str, known: Collection[str], what: str, *,
                  nullable: bool = False) -> str | None:
        code = self.string(value, path, nullable=nullable, max_length=CODE_LENGTH)
        if code is not None and code not in known:
            # The hint scans every known code: only for the first errors, so a file of many
            # bad references stays fast.
            key = code_key(code)
            near = next((k for k in sorted(known) if code_key(k) == key), None) if len(self.errors) < 50 else None
            self.error(path, f"unknown {what} {_show(code)}" + (f" (did you mean {near!r}?)" if near else ""))
            return None
        return code


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "a boolean", int: "an integer", float: "a number", str: "a string",
            list: "an array", dict: "an object", TooLargeNumber: "a number too large"}.get(
        type(value), type(value).__name__)


def _show(value: Any) -> str:
    """A value as an error message quotes it: short, and printable on any terminal."""
    if isinstance(value, TooLargeNumber):
        return f"a number of {len(value.lstrip('-'))} digits"
    if isinstance(value, str):
        return repr(value) if len(value) <= 60 else repr(value[:60]) + f"… ({len(value)} characters)"
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN" if math.isnan(value) else ("Infinity" if value > 0 else "-Infinity")
    if value is None or isinstance(value, (bool, int, float)):
        return json.dumps(value)
    return _kind(value)


def nesting_error(doc: Any) -> WorkspaceError | None:
    """An error when arrays and objects nest deeper than MAX_DEPTH (checked without recursion)."""
    stack = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return WorkspaceError("$", f"arrays and objects nested more than {MAX_DEPTH} levels deep")
        if isinstance(value, dict):
            stack.extend((item, depth + 1) for item in value.values())
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
    return None


def _closest(key: str, allowed: set[str]) -> str | None:
    import difflib

    match = difflib.get_close_matches(str(key), sorted(allowed), n=1, cutoff=0.75)
    return match[0] if match else None


def validate_workspace(doc: Any) -> list[WorkspaceError]:
    """Every error of `doc`, in document order; an empty list means it can be imported."""
    nested = nesting_error(doc)
    if nested is not None:
        return [nested]
    c = _Checker()
    top = c.obj(doc, "", ("format", "version"), (
        "holidays", "rules", "skills", "units", "centers", "events", "volunteers",
        "assignments", "results", "organisation"))
    if top is None:
        return c.errors
    if "format" in top and top["format"] != FORMAT_TAG:
        c.error("format", f"expected {FORMAT_TAG!r}, got {_show(top['format'])}")
    if "version" in top and (type(top["version"]) is not int or top["version"] != FORMAT_VERSION):
        c.error("version", f"unsupported version {_show(top['version'])}, expected the integer {FORMAT_VERSION}")

    _holidays(c, top.get("holidays"))
    skill_codes = _named_list(c, top, "skills", "skill", ("mix",))
    unit_codes = _named_list(c, top, "units", "unit", ())

    centers = c.array(top.get("centers", []), "centers")
    c.codes(centers, "centers", "center")
    center_index: dict[str, tuple[set[str], dict[str, set[int]]]] = {}
    for i, center in enumerate(centers):
        code, posts, templates = _center(c, center, _join("centers", i), skill_codes)
        if code is not None:
            center_index[code] = (posts, templates)
    center_codes = set(center_index)
    all_templates = {t for _, templates in center_index.values() for t in templates}

    _rules(c, top.get("rules"), all_templates)

    events = c.array(top.get("events", []), "events")
    event_codes = c.codes(events, "events", "event")
    for i, event in enumerate(events):
        _event(c, event, _join("events", i), center_codes, skill_codes)

    volunteers = c.array(top.get("volunteers", []), "volunteers")
    volunteer_codes = c.codes(volunteers, "volunteers", "volunteer")
    all_posts = {p for posts, _ in center_index.values() for p in posts}
    for i, volunteer in enumerate(volunteers):
        _volunteer(c, volunteer, _join("volunteers", i), skill_codes, unit_codes, center_codes,
                   all_templates, all_posts)

    _assignments(c, top.get("assignments", []), volunteer_codes, event_codes, center_index)
    _results(c, top.get("results", []), center_index)
    _organisation(c, top.get("organisation"))
    if c.dropped:
        c.errors.append(WorkspaceError("$", f"{c.dropped} more error(s) not listed"))
    return c.errors


def _named_list(c: _Checker, top: dict, key: str, what: str, optional: tuple[str, ...]) -> set[str]:
    """Skills and units: objects of a code, a name and (skills) the `mix` flag."""
    items = c.array(top.get(key, []), key)
    codes = c.codes(items, key, what)
    for i, item in enumerate(items):
        path = _join(key, i)
        if c.obj(item, path, ("code", "name"), optional) is not None:
            c.code(item.get("code"), _join(path, "code"))
            c.string(item.get("name"), _join(path, "name"))
            if "mix" in item:
                c.boolean(item["mix"], _join(path, "mix"))
    return codes


def _holidays(c: _Checker, value: Any) -> None:
    if value is None:
        return
    if c.obj(value, "holidays", (), ("country", "extra_closed", "extra_open")) is None:
        return
    if "country" in value:
        country = c.string(value["country"], "holidays.country", max_length=8)
        if country is not None:
            import holidays

            if country.upper() not in holidays.list_supported_countries():
                c.error("holidays.country", f"unknown country code {country!r} (expected e.g. 'VN')")
    listed: dict[str, set[dt.date]] = {}
    for key in ("extra_closed", "extra_open"):
        seen = listed.setdefault(key, set())
        for j, day in enumerate(c.array(value.get(key, []), f"holidays.{key}")):
            parsed = c.date(day, f"holidays.{key}[{j}]")
            if parsed is None:
                continue
            if parsed in seen:
                c.error(f"holidays.{key}[{j}]", f"date {day} listed twice")
            seen.add(parsed)
    for day in sorted(listed["extra_closed"] & listed["extra_open"]):
        c.error("holidays", f"{day} is both in extra_closed and extra_open")


def _rules(c: _Checker, value: Any, templates: set[str]) -> None:
    if value is None:
        return
    if c.obj(value, "rules", (), ("max_shifts_per_day", "min_rest_hours", "weights",
                                   "forbidden_successions")) is None:
        return
    if "max_shifts_per_day" in value:
        c.integer(value["max_shifts_per_day"], "rules.max_shifts_per_day", minimum=1, maximum=24)
    if "min_rest_hours" in value:
        c.number(value["min_rest_hours"], "rules.min_rest_hours", maximum=MAX_REST_HOURS)
    if "weights" in value and c.obj(value["weights"], "rules.weights", (), WEIGHT_NAMES) is not None:
        for name, weight in value["weights"].items():
            if name in WEIGHT_NAMES:
                c.integer(weight, f"rules.weights.{name}", maximum=MAX_WEIGHT)
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
    code = c.code(center.get("code"), _join(path, "code"))
    c.string(center.get("name"), _join(path, "name"))
    if "level" in center:
        c.string(center["level"], _join(path, "level"), nullable=True, max_length=SHORT_TEXT_LENGTH)
    if "closed_on_holidays" in center:
        c.boolean(center["closed_on_holidays"], _join(path, "closed_on_holidays"))
    posts = c.array(center.get("posts", []), _join(path, "posts"))
    post_codes = c.codes(posts, _join(path, "posts"), "post")
    for j, post in enumerate(posts):
        ppath = _join(_join(path, "posts"), j)
        if c.obj(post, ppath, ("code", "name"), ("required_skills",)) is None:
            continue
        c.code(post.get("code"), _join(ppath, "code"))
        c.string(post.get("name"), _join(ppath, "name"))
        required = c.array(post.get("required_skills", []), _join(ppath, "required_skills"))
        for k, skill in enumerate(required):
            c.reference(skill, f"{ppath}.required_skills[{k}]", skills, "skill")
    templates = c.array(center.get("shift_templates", []), _join(path, "shift_templates"))
    c.codes(templates, _join(path, "shift_templates"), "shift template")
    template_days: dict[str, set[int]] = {}
    for j, template in enumerate(templates):
        tpath = _join(_join(path, "shift_templates"), j)
        tcode, days = _template(c, template, tpath, code, post_codes)
        if tcode is not None:
            template_days[tcode] = days
    return code, post_codes, template_days


def _template(c: _Checker, template: Any, tpath: str, center: str | None, post_codes: set[str]):
    """One shift template; returns its code and weekdays."""
    if c.obj(template, tpath, ("code", "name", "start", "end", "weekdays"), ("demand",)) is None:
        return None, set()
    tcode = c.code(template.get("code"), _join(tpath, "code"))
    c.string(template.get("name"), _join(tpath, "name"))
    _time_window(c, template, tpath)
    days: set[int] = set()
    for k, day in enumerate(c.array(template.get("weekdays"), _join(tpath, "weekdays"))):
        weekday = c.weekday(day, f"{tpath}.weekdays[{k}]")
        if weekday in days:
            c.error(f"{tpath}.weekdays[{k}]", f"weekday {weekday} listed twice")
        if weekday is not None:
            days.add(weekday)
    demand = template.get("demand", {})
    if not isinstance(demand, dict):
        c.error(_join(tpath, "demand"), f"expected an object of post code -> headcount, got {_kind(demand)}")
        return tcode, days
    for post_code, headcount in demand.items():
        dpath = _join(_join(tpath, "demand"), post_code)
        if post_code not in post_codes:
            c.error(dpath, f"unknown post {_show(post_code)} of center {_show(center)}")
        _headcount(c, headcount, dpath)
    return tcode, days


def _time_window(c: _Checker, item: dict, path: str) -> None:
    start = c.time(item.get("start"), _join(path, "start"))
    end = c.time(item.get("end"), _join(path, "end"))
    if start and end and end <= start:
        c.error(_join(path, "end"), f"must be after start {start}, got {end}")


def _headcount(c: _Checker, value: Any, path: str) -> None:
    if c.obj(value, path, ("min",), ("target", "max")) is None:
        return
    low = c.integer(value.get("min"), _join(path, "min"), maximum=MAX_HEADCOUNT)
    target = c.integer(value["target"], _join(path, "target"), maximum=MAX_HEADCOUNT) if "target" in value else low
    high = c.integer(value["max"], _join(path, "max"), maximum=MAX_HEADCOUNT) if "max" in value else target
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
    c.code(event.get("code"), _join(path, "code"))
    c.string(event.get("name"), _join(path, "name"), max_length=LONG_TEXT_LENGTH)
    c.date(event.get("date"), _join(path, "date"))
    _time_window(c, event, path)
    if "location" in event:
        c.string(event["location"], _join(path, "location"), nonempty=False, max_length=LONG_TEXT_LENGTH)
    if "center" in event:
        c.reference(event["center"], _join(path, "center"), centers, "center", nullable=True)
    tpath = _join(path, "team")
    team_max = None
    if "team" in event and c.obj(event["team"], tpath, ("min", "max"), ()) is not None:
        team = event["team"]
        low = c.integer(team.get("min"), _join(tpath, "min"), maximum=MAX_HEADCOUNT)
        team_max = c.integer(team.get("max"), _join(tpath, "max"), maximum=MAX_HEADCOUNT)
        if low is not None and team_max is not None and low > team_max:
            c.error(tpath, f"min {low} is greater than max {team_max}")
    for j, requirement in enumerate(c.array(event.get("requirements", []), _join(path, "requirements"))):
        rpath = f"{path}.requirements[{j}]"
        if c.obj(requirement, rpath, ("min",), ("role", "skill")) is None:
            continue
        count = c.integer(requirement.get("min"), _join(rpath, "min"), minimum=1, maximum=MAX_HEADCOUNT)
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
    c.code(volunteer.get("code"), _join(path, "code"))
    c.string(volunteer.get("name"), _join(path, "name"))
    if "unit" in volunteer:
        c.reference(volunteer["unit"], _join(path, "unit"), units, "unit", nullable=True)
    if "role" in volunteer and volunteer["role"] not in ROLES:
        c.error(_join(path, "role"), f"expected one of {', '.join(ROLES)}, got {_show(volunteer['role'])}")
    if "phone" in volunteer:
        c.string(volunteer["phone"], _join(path, "phone"), nullable=True, max_length=SHORT_TEXT_LENGTH)
    if "email" in volunteer:
        c.string(volunteer["email"], _join(path, "email"), nullable=True)
    for j, skill in enumerate(c.array(volunteer.get("skills", []), _join(path, "skills"))):
        c.reference(skill, f"{path}.skills[{j}]", skills, "skill")
    if "home_center" in volunteer:
        c.reference(volunteer["home_center"], _join(path, "home_center"), centers, "center", nullable=True)
    for j, center in enumerate(c.array(volunteer.get("serves", []), _join(path, "serves"))):
        c.reference(center, f"{path}.serves[{j}]", centers, "center")
    if "active" in volunteer:
        c.boolean(volunteer["active"], _join(path, "active"))
    _limits(c, volunteer.get("limits"), _join(path, "limits"), templates)
    if volunteer.get("weekly") is not None:
        _weekly(c, volunteer["weekly"], _join(path, "weekly"))
    _leave(c, volunteer.get("unavailable", []), _join(path, "unavailable"))
    for key in ("prefers", "avoids"):
        block = volunteer.get(key)
        bpath = _join(path, key)
        if block is None or c.obj(block, bpath, (), ("weekdays", "posts")) is None:
            continue
        for k, day in enumerate(c.array(block.get("weekdays", []), _join(bpath, "weekdays"))):
            c.weekday(day, f"{bpath}.weekdays[{k}]")
        for k, post in enumerate(c.array(block.get("posts", []), _join(bpath, "posts"))):
            c.reference(post, f"{bpath}.posts[{k}]", posts, "post")
    _requests(c, volunteer.get("requests", []), _join(path, "requests"), templates)


def _weekly(c: _Checker, weekly: Any, wpath: str) -> None:
    if not isinstance(weekly, dict):
        c.error(wpath, f"expected an object of weekday -> shift codes, got {_kind(weekly)}")
        return
    for day, codes in weekly.items():
        dpath = _join(wpath, day)
        if day not in {"1", "2", "3", "4", "5", "6", "7"}:
            c.error(dpath, f"weekday must be \"1\" (Monday) to \"7\" (Sunday), got {_show(day)}")
        # Codes are not checked against the templates of this file: the format's own
        # example lists "PM" without defining it, and a pattern may name templates of
        # centers kept in another file. Each code must still be a valid code.
        for k, code in enumerate(c.array(codes, dpath)):
            c.code(code, f"{dpath}[{k}]")


def _leave(c: _Checker, value: Any, path: str) -> None:
    for j, leave in enumerate(c.array(value, path)):
        lpath = _join(path, j)
        if c.obj(leave, lpath, ("from", "to"), ("reason",)) is None:
            continue
        start = c.date(leave.get("from"), _join(lpath, "from"))
        end = c.date(leave.get("to"), _join(lpath, "to"))
        if start and end and end < start:
            c.error(_join(lpath, "to"), f"must not be before 'from' {start}, got {end}")
        if "reason" in leave:
            c.string(leave["reason"], _join(lpath, "reason"), nullable=True, nonempty=False,
                     max_length=LONG_TEXT_LENGTH)


def _requests(c: _Checker, value: Any, path: str, templates: set[str]) -> None:
    for j, request in enumerate(c.array(value, path)):
        rpath = _join(path, j)
        if c.obj(request, rpath, ("date", "on", "weight"), ("shift",)) is None:
            continue
        c.date(request.get("date"), _join(rpath, "date"))
        c.boolean(request.get("on"), _join(rpath, "on"))
        c.integer(request.get("weight"), _join(rpath, "weight"), minimum=1, maximum=MAX_WEIGHT)
        if "shift" in request:
            c.reference(request["shift"], _join(rpath, "shift"), templates, "shift template", nullable=True)


def _limits(c: _Checker, value: Any, path: str, templates: set[str]) -> None:
    if value is None:
        return
    if c.obj(value, path, (), LIMIT_NAMES + ("max_per_shift",)) is None:
        return
    for name in LIMIT_NAMES:
        if name in value:
            c.integer(value[name], _join(path, name), nullable=True, maximum=LIMIT_MAXIMA[name],
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
                cpath = _join(_join(path, "max_per_shift"), code)
                if code not in templates:
                    c.error(cpath, f"unknown shift template {_show(code)}")
                c.integer(count, cpath, maximum=MAX_HEADCOUNT)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def assignment_key(entry: Any) -> Any:
    """The natural key of an assignment entry: who, and which shift seat or event."""
    if not isinstance(entry, dict):
        return None
    if "event" in entry:
        return ("event", entry.get("volunteer"), entry.get("event"))
    return ("shift", entry.get("volunteer"), entry.get("center"), entry.get("post"), entry.get("date"),
            entry.get("shift"))


def result_key(entry: Any) -> Any:
    """The natural key of a result entry: center, date and shift."""
    return (entry.get("center"), entry.get("date"), entry.get("shift")) if isinstance(entry, dict) else None


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
        else:
            if c.obj(item, path, ("volunteer", "center", "post", "date", "shift"), ("locked",)) is None:
                continue
            _shift_of_center(c, item, path, centers, post=True)
        c.reference(item.get("volunteer"), _join(path, "volunteer"), volunteers, "volunteer")
        if "locked" in item:
            c.boolean(item["locked"], _join(path, "locked"))
        _once(c, seen, assignment_key(item), i, path, "duplicate assignment (same as assignments[{}])")


def _shift_of_center(c: _Checker, item: dict, path: str,
                     centers: dict[str, tuple[set[str], dict[str, set[int]]]], *, post: bool) -> None:
    """The center, date, shift (and post) of an assignment or a result: known, and the shift
    runs on that weekday."""
    center = c.reference(item.get("center"), _join(path, "center"), centers, "center")
    day = c.date(item.get("date"), _join(path, "date"))
    if center is None:
        return
    posts, templates = centers[center]
    if post:
        c.reference(item.get("post"), _join(path, "post"), posts, f"post of center {center!r}")
    template = c.reference(item.get("shift"), _join(path, "shift"), templates,
                           f"shift template of center {center!r}")
    if post and template is not None and day is not None and day.isoweekday() not in templates[template]:
        c.error(_join(path, "date"), f"shift {template!r} of center {center!r} does not run on {day:%A} {day}")


def _once(c: _Checker, seen: dict, key: tuple, index: int, path: str, message: str) -> None:
    try:
        if key in seen:
            c.error(path, message.format(seen[key]))
        else:
            seen[key] = index
    except TypeError:  # unhashable values were already reported
        pass


def _results(c: _Checker, value: Any, centers: dict[str, tuple[set[str], dict[str, set[int]]]]) -> None:
    seen: dict[tuple, int] = {}
    for i, item in enumerate(c.array(value, "results")):
        path = _join("results", i)
        if c.obj(item, path, ("center", "date", "shift"),
                 ("citizens_guided", "dossiers_supported", "vneid_activated", "note")) is None:
            continue
        _shift_of_center(c, item, path, centers, post=False)
        for key in ("citizens_guided", "dossiers_supported", "vneid_activated"):
            if key in item:
                c.integer(item[key], _join(path, key), maximum=MAX_COUNT)
        if "note" in item:
            c.string(item["note"], _join(path, "note"), nullable=True, nonempty=False,
                     max_length=NOTE_LENGTH, multiline=True)
        _once(c, seen, result_key(item), i, path,
              "duplicate result for the same center, date and shift (as results[{}])")


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
                c.integer(target, f"organisation.targets.{key}", maximum=MAX_TARGET)
