"""Workspace JSON files: read and validate, import into the database (replace or merge),
export the whole database back in a stable order (export → import → export is identical)."""
from __future__ import annotations

import datetime as dt
import json
import os
import unicodedata
from functools import cached_property
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from models import entities as e
from models.workspace_merge import merge_documents, relabel
from models.workspace_schema import (
    FORMAT_TAG,
    FORMAT_VERSION,
    TooLargeNumber,
    WorkspaceError,
    WorkspaceInvalid,
    assignment_key,
    nesting_error,
    parse_int,
    result_key,
    validate_workspace,
)

__all__ = [
    "WorkspaceInvalid", "WorkspaceError", "read_workspace_file", "write_workspace_file",
    "import_workspace", "export_workspace", "validate_workspace", "import_workspace_file",
    "export_workspace_file", "MAX_FILE_BYTES",
]

MAX_FILE_BYTES = 64 * 1024 * 1024  # a 5,000-volunteer workspace with a year of roster is ~20 MB


def read_workspace_file(path: str | os.PathLike) -> dict:
    """Parse a workspace file; a broken file raises WorkspaceInvalid naming line and column,
    a file over MAX_FILE_BYTES or nested too deeply is refused before it is parsed further."""
    path = Path(path)

    def refuse(message: str):
        return WorkspaceInvalid([WorkspaceError("$", message)], str(path))

    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise refuse("file not found") from None
    except IsADirectoryError:
        raise refuse("is a folder, expected a JSON file") from None
    except OSError as exc:
        raise refuse(f"cannot read: {exc.strerror}") from None
    if len(raw) > MAX_FILE_BYTES:
        raise refuse(f"file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB, the most a workspace file may be")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise refuse(f"not UTF-8 text (byte {exc.start})") from None
    try:
        doc = json.loads(text, parse_int=parse_int)
    except json.JSONDecodeError as exc:
        raise refuse(f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise refuse("arrays and objects nested too deeply") from None
    except ValueError as exc:  # a number the parser cannot hold
        raise refuse(f"invalid JSON: {exc}") from None
    nested = nesting_error(doc)
    if nested is not None:
        raise WorkspaceInvalid([nested], str(path))
    return doc


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_workspace_file(doc: dict, path: str | os.PathLike) -> None:
    """Write the document to `path` (see models.files.write_file: atomic for a regular file,
    in place for a device or pipe, `-` for stdout); raises models.files.OutputError."""
    from models.files import write_file

    write_file(path, dumps(doc))


# ---- import ---------------------------------------------------------------------------------

def normalise_text(value: Any) -> Any:
    """A copy of a parsed document with every string and object key in Unicode NFC, so text
    typed on different systems compares and prints the same (depth checked beforehand)."""
    if isinstance(value, str) and not isinstance(value, TooLargeNumber):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {normalise_text(k): normalise_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalise_text(v) for v in value]
    return value


def import_workspace(session: Session, doc: Any, *, merge: bool = False, actor: str = "import",
                     source: str = "workspace") -> dict[str, int]:
    """Validate `doc` and write it in the caller's transaction; raise WorkspaceInvalid (and
    write nothing) when anything is wrong. Replace mode empties the workspace first. Merge
    mode completes the file's entries with the stored ones (matched by code or natural key),
    checks the merged workspace as a whole and writes only what differs from the stored one.
    Returns counts per list of the file."""
    nested = nesting_error(doc)
    if nested is not None:
        raise WorkspaceInvalid([nested], source)
    doc = normalise_text(doc)
    if merge:
        stored = export_workspace(session)
        merged, labels = merge_documents(stored, doc)
        errors = relabel(validate_workspace(merged), labels)
    else:
        stored, merged = None, doc
        errors = validate_workspace(doc)
    if errors:
        raise WorkspaceInvalid(errors, source)
    if not merge:
        _clear(session)
    _Writer(session, stored).write(merged)
    counts = {key: len(doc.get(key, [])) for key in
              ("skills", "units", "centers", "events", "volunteers", "assignments", "results")}
    session.add(e.AuditEntry(actor=actor[:100], action="import", entity="workspace", entity_code=source[-200:],
                             detail={"mode": "merge" if merge else "replace", "counts": counts}))
    session.flush()
    return counts


def _clear(session: Session) -> None:
    for table in (e.Assignment, e.ShiftResult, e.PublishedRoster, e.EventRequirement, e.Event,
                  e.Availability, e.Leave, e.volunteer_skill, e.volunteer_serves, e.Volunteer,
                  e.Demand, e.post_skill, e.ShiftTemplate, e.Post, e.Center, e.Skill, e.Unit,
                  e.HolidayOverride, e.Settings):
        session.execute(delete(table))


class _Writer:
    """Writes a validated, complete document: every entity as a whole entry. With the stored
    document (merge) an entry equal to its stored one is skipped and rows are updated in place,
    so a merge that changes nothing writes nothing; nothing is ever deleted."""

    def __init__(self, session: Session, stored: dict | None):
        self.s = session
        self.stored = stored or {}

    # Rows by code, loaded when first needed (a merge that changes nothing loads none).
    @cached_property
    def skill(self) -> dict[str, e.Skill]:
        return {x.code: x for x in self.s.scalars(select(e.Skill))}

    @cached_property
    def unit(self) -> dict[str, e.Unit]:
        return {x.code: x for x in self.s.scalars(select(e.Unit))}

    @cached_property
    def center(self) -> dict[str, e.Center]:
        return {x.code: x for x in self.s.scalars(
            select(e.Center).options(selectinload(e.Center.posts), selectinload(e.Center.templates)
                                     .selectinload(e.ShiftTemplate.demands)))}

    @cached_property
    def event(self) -> dict[str, e.Event]:
        return {x.code: x for x in self.s.scalars(select(e.Event))}

    @cached_property
    def volunteer(self) -> dict[str, e.Volunteer]:
        return {x.code: x for x in self.s.scalars(select(e.Volunteer).options(
            selectinload(e.Volunteer.availability), selectinload(e.Volunteer.leave),
            selectinload(e.Volunteer.skills), selectinload(e.Volunteer.serves)))}

    def write(self, doc: dict) -> None:
        # No flush in the middle of a row being filled in: loading the rows by code on first
        # use would otherwise flush a new row whose required columns are not set yet.
        with self.s.no_autoflush:
            self.settings(doc)
            self.entities("skills", doc, "skill", e.Skill, self._skill)
            self.entities("units", doc, "unit", e.Unit, self._unit)
            self.entities("centers", doc, "center", e.Center, self._center)
            self.entities("events", doc, "event", e.Event, self._event)
            self.volunteers(doc.get("volunteers", []))
            self.s.flush()
            self.assignments(doc.get("assignments", []))
            self.results(doc.get("results", []))

    def entities(self, key: str, doc: dict, rows: str, model, write_one) -> None:
        for entry, old in _changed_entries(doc.get(key, []), self.stored.get(key)):
            index = getattr(self, rows)
            row = index.get(entry["code"])
            if row is None:
                row = model(code=entry["code"])
                self.s.add(row)
                index[entry["code"]] = row
            write_one(row, entry, old)

    def settings(self, doc: dict) -> None:
        settings = self.s.scalars(select(e.Settings)).first()
        if settings is None:
            settings = e.Settings(holidays_country="VN", rules={}, organisation=None)
            self.s.add(settings)
        holidays = doc.get("holidays") or {}
        if holidays != self.stored.get("holidays"):
            settings.holidays_country = holidays.get("country", "VN").upper()
            self.s.execute(delete(e.HolidayOverride))
            for day in holidays.get("extra_closed", []):
                self.s.add(e.HolidayOverride(date=dt.date.fromisoformat(day), closed=True))
            for day in holidays.get("extra_open", []):
                self.s.add(e.HolidayOverride(date=dt.date.fromisoformat(day), closed=False))
        rules = doc.get("rules") or {}
        if rules != self.stored.get("rules"):
            settings.rules = rules
        if doc.get("organisation") != self.stored.get("organisation"):
            settings.organisation = doc.get("organisation")

    def _skill(self, row: e.Skill, entry: dict, old: dict | None) -> None:
        row.name = entry["name"]
        row.mix = bool(entry.get("mix", False))

    def _unit(self, row: e.Unit, entry: dict, old: dict | None) -> None:
        row.name = entry["name"]

    def _center(self, center: e.Center, entry: dict, old: dict | None) -> None:
        center.name = entry["name"]
        center.level = entry.get("level")
        center.closed_on_holidays = entry.get("closed_on_holidays", True)
        posts = {p.code: p for p in center.posts}
        for post_entry, post in _changed_children(entry.get("posts", []), (old or {}).get("posts"),
                                                  center.posts, e.Post):
            posts[post.code] = post
            post.name = post_entry["name"]
            post.required_skills = [self.skill[s] for s in dict.fromkeys(post_entry.get("required_skills", []))]
        for t_entry, template in _changed_children(entry.get("shift_templates", []),
                                                   (old or {}).get("shift_templates"), center.templates,
                                                   e.ShiftTemplate):
            template.name = t_entry["name"]
            template.start, template.end = t_entry["start"], t_entry["end"]
            template.weekdays = sorted(t_entry["weekdays"])
            self._demand(template, t_entry.get("demand", {}), posts)

    @staticmethod
    def _demand(template: e.ShiftTemplate, demand: dict, posts: dict[str, e.Post]) -> None:
        rows = {d.post.code: d for d in template.demands if d.post is not None}
        for post_code, headcount in demand.items():
            row = rows.get(post_code)
            if row is None:
                row = e.Demand(post=posts[post_code])
                template.demands.append(row)
            target = headcount.get("target", headcount["min"])
            row.min_count, row.target, row.max_count = headcount["min"], target, headcount.get("max", target)

    def _event(self, event: e.Event, entry: dict, old: dict | None) -> None:
        event.name = entry["name"]
        event.date = dt.date.fromisoformat(entry["date"])
        event.start, event.end = entry["start"], entry["end"]
        event.location = entry.get("location") or ""
        event.center = self.center[entry["center"]] if entry.get("center") else None
        event.team_min, event.team_max = entry["team"]["min"], entry["team"]["max"]
        requirements = entry.get("requirements", [])
        if old is None or old.get("requirements") != requirements:
            event.requirements = [
                e.EventRequirement(role=r.get("role"), skill=self.skill[r["skill"]] if "skill" in r else None,
                                   min_count=r["min"], position=position)
                for position, r in enumerate(requirements)
            ]

    def volunteers(self, entries: list) -> None:
        changed = list(_changed_entries(entries, self.stored.get("volunteers")))
        # A replaced weekly pattern must be deleted before its successor is inserted (the
        # pattern has a unique key), so empty those of known people first.
        renewed = [self.volunteer[entry["code"]] for entry, old in changed
                   if old is not None and entry.get("weekly") != old.get("weekly")]
        if renewed:
            for volunteer in renewed:
                volunteer.availability = []
            self.s.flush()
        for entry, old in changed:
            volunteer = self.volunteer.get(entry["code"])
            if volunteer is None:
                volunteer = self.volunteer[entry["code"]] = e.Volunteer(code=entry["code"])
                self.s.add(volunteer)
            self._volunteer(volunteer, entry, old or {})

    def _volunteer(self, volunteer: e.Volunteer, entry: dict, old: dict) -> None:
        volunteer.name = entry["name"]
        volunteer.unit = self.unit[entry["unit"]] if entry.get("unit") else None
        volunteer.role = entry.get("role", "youth")
        volunteer.phone = entry.get("phone")
        volunteer.email = entry.get("email")
        volunteer.skills = [self.skill[s] for s in dict.fromkeys(entry.get("skills", []))]
        volunteer.home_center = self.center[entry["home_center"]] if entry.get("home_center") else None
        volunteer.serves_listed = "serves" in entry
        volunteer.serves = [self.center[c] for c in dict.fromkeys(entry.get("serves") or [])]
        volunteer.active = entry.get("active", True)
        volunteer.limits = dict(entry.get("limits") or {})
        weekly = entry.get("weekly")
        volunteer.weekly_listed = weekly is not None
        if not old or weekly != old.get("weekly"):
            volunteer.availability = [
                e.Availability(weekday=int(day), template_code=code, position=position)
                for day, codes in sorted((weekly or {}).items())
                for position, code in enumerate(dict.fromkeys(codes))
            ]
        if not old or entry.get("unavailable", []) != old.get("unavailable"):
            volunteer.leave = [
                e.Leave(start=dt.date.fromisoformat(x["from"]), end=dt.date.fromisoformat(x["to"]),
                        reason=x.get("reason") or "")
                for x in entry.get("unavailable", [])
            ]
        volunteer.prefers = entry.get("prefers")
        volunteer.avoids = entry.get("avoids")
        volunteer.requests = entry.get("requests")

    def assignments(self, entries: list) -> None:
        stored = {assignment_key(a): a for a in self.stored.get("assignments", [])}
        existing = None
        for entry in entries:
            if stored.get(assignment_key(entry)) == entry:
                continue
            if existing is None:
                existing = {assignment_key(assignment_entry(a)): a for a in self.s.scalars(select(e.Assignment).options(
                    selectinload(e.Assignment.volunteer), selectinload(e.Assignment.post).selectinload(e.Post.center),
                    selectinload(e.Assignment.template), selectinload(e.Assignment.event)))}
            key = assignment_key(entry)
            row = existing.get(key)
            if row is None:
                row = e.Assignment(volunteer=self.volunteer[entry["volunteer"]], source="import",
                                   **self._assignment_place(entry))
                self.s.add(row)
                existing[key] = row
            row.locked = entry.get("locked", False)

    def _assignment_place(self, entry: dict) -> dict:
        if "event" in entry:
            return dict(event=self.event[entry["event"]])
        center = self.center[entry["center"]]
        return dict(post=next(p for p in center.posts if p.code == entry["post"]),
                    template=next(t for t in center.templates if t.code == entry["shift"]),
                    date=dt.date.fromisoformat(entry["date"]))

    def results(self, entries: list) -> None:
        stored = {result_key(r): r for r in self.stored.get("results", [])}
        existing = None
        for entry in entries:
            key = result_key(entry)
            if stored.get(key) == entry:
                continue
            if existing is None:
                existing = {(r.center.code, r.date.isoformat(), r.template.code): r for r in self.s.scalars(
                    select(e.ShiftResult).options(selectinload(e.ShiftResult.center),
                                                  selectinload(e.ShiftResult.template)))}
            row = existing.get(key)
            if row is None:
                center = self.center[entry["center"]]
                row = e.ShiftResult(center=center, date=dt.date.fromisoformat(entry["date"]),
                                    template=next(t for t in center.templates if t.code == entry["shift"]))
                self.s.add(row)
                existing[key] = row
            row.citizens_guided = entry.get("citizens_guided", 0)
            row.dossiers_supported = entry.get("dossiers_supported", 0)
            row.vneid_activated = entry.get("vneid_activated", 0)
            row.note = entry.get("note") or ""


def _changed_entries(entries: list[dict], stored: list[dict] | None) -> Iterator[tuple[dict, dict | None]]:
    """(entry, stored entry of its code or None) for each entry that differs from the stored one."""
    stored_by_code = {entry["code"]: entry for entry in stored or []}
    for entry in entries:
        old = stored_by_code.get(entry["code"])
        if old != entry:
            yield entry, old


def _changed_children(entries: list[dict], stored: list[dict] | None, rows: list, make) -> Iterator[tuple[dict, Any]]:
    """(entry, row) for each entry of a center's posts or shift templates that differs from the
    stored one, the row found by code or made (at the end of `rows`, by `make`) when new."""
    by_code = {row.code: row for row in rows}
    for entry, _old in _changed_entries(entries, stored):
        row = by_code.get(entry["code"])
        if row is None:
            row = make(code=entry["code"], position=_next_position(rows))
            rows.append(row)
            by_code[row.code] = row
        yield entry, row


def _next_position(rows: list) -> int:
    return max((row.position for row in rows), default=-1) + 1


# ---- export ---------------------------------------------------------------------------------

def assignment_entry(a: e.Assignment) -> dict:
    """One assignment as a workspace-file entry."""
    if a.event is not None:
        return {"volunteer": a.volunteer.code, "event": a.event.code, "locked": a.locked}
    return {"volunteer": a.volunteer.code, "center": a.post.center.code, "post": a.post.code,
            "date": a.date.isoformat(), "shift": a.template.code, "locked": a.locked}


def assignment_sort_key(entry: dict) -> tuple:
    if "event" in entry:
        return (1, entry["event"], "", "", "", entry["volunteer"])
    return (0, entry["date"], entry["center"], entry["shift"], entry["post"], entry["volunteer"])


def export_workspace(session: Session) -> dict:
    """The whole workspace as a document of formats/workspace.md, in a stable order."""
    settings = session.scalars(select(e.Settings)).first()
    overrides = list(session.scalars(select(e.HolidayOverride).order_by(e.HolidayOverride.date)))
    doc: dict[str, Any] = {
        "format": FORMAT_TAG,
        "version": FORMAT_VERSION,
        "holidays": {
            "country": settings.holidays_country if settings else "VN",
            "extra_closed": [o.date.isoformat() for o in overrides if o.closed],
            "extra_open": [o.date.isoformat() for o in overrides if not o.closed],
        },
        "rules": (settings.rules if settings else {}) or {},
    }
    doc["skills"] = [
        {"code": s.code, "name": s.name, **({"mix": True} if s.mix else {})}
        for s in session.scalars(select(e.Skill).order_by(e.Skill.code))
    ]
    doc["units"] = [{"code": u.code, "name": u.name} for u in session.scalars(select(e.Unit).order_by(e.Unit.code))]
    centers = session.scalars(select(e.Center).order_by(e.Center.code).options(
        selectinload(e.Center.posts).selectinload(e.Post.required_skills),
        selectinload(e.Center.templates).selectinload(e.ShiftTemplate.demands).selectinload(e.Demand.post)))
    doc["centers"] = [_center_entry(c) for c in centers]
    events = session.scalars(select(e.Event).order_by(e.Event.code).options(
        selectinload(e.Event.center), selectinload(e.Event.requirements).selectinload(e.EventRequirement.skill)))
    doc["events"] = [_event_entry(ev) for ev in events]
    volunteers = session.scalars(select(e.Volunteer).order_by(e.Volunteer.code).options(
        selectinload(e.Volunteer.unit), selectinload(e.Volunteer.home_center), selectinload(e.Volunteer.skills),
        selectinload(e.Volunteer.serves), selectinload(e.Volunteer.availability), selectinload(e.Volunteer.leave)))
    doc["volunteers"] = [_volunteer_entry(v) for v in volunteers]
    assignments = session.scalars(select(e.Assignment).options(
        selectinload(e.Assignment.volunteer), selectinload(e.Assignment.post).selectinload(e.Post.center),
        selectinload(e.Assignment.template), selectinload(e.Assignment.event)))
    doc["assignments"] = sorted((assignment_entry(a) for a in assignments), key=assignment_sort_key)
    results = session.scalars(select(e.ShiftResult).options(
        selectinload(e.ShiftResult.center), selectinload(e.ShiftResult.template)))
    doc["results"] = sorted(
        ({"center": r.center.code, "date": r.date.isoformat(), "shift": r.template.code,
          "citizens_guided": r.citizens_guided, "dossiers_supported": r.dossiers_supported,
          "vneid_activated": r.vneid_activated, "note": r.note} for r in results),
        key=lambda r: (r["center"], r["date"], r["shift"]))
    if settings is not None and settings.organisation is not None:
        doc["organisation"] = settings.organisation
    return doc


def _center_entry(c: e.Center) -> dict:
    return {
        "code": c.code, "name": c.name, "level": c.level, "closed_on_holidays": c.closed_on_holidays,
        "posts": [{"code": p.code, "name": p.name, "required_skills": [s.code for s in p.required_skills]}
                  for p in c.posts],
        "shift_templates": [
            {"code": t.code, "name": t.name, "start": t.start, "end": t.end, "weekdays": list(t.weekdays),
             "demand": {d.post.code: {"min": d.min_count, "target": d.target, "max": d.max_count}
                        for d in sorted(t.demands, key=lambda d: d.post.position)}}
            for t in c.templates
        ],
    }


def _event_entry(ev: e.Event) -> dict:
    return {
        "code": ev.code, "name": ev.name, "date": ev.date.isoformat(), "start": ev.start, "end": ev.end,
        "location": ev.location, "center": ev.center.code if ev.center else None,
        "team": {"min": ev.team_min, "max": ev.team_max},
        "requirements": [{"role": r.role, "min": r.min_count} if r.role else {"skill": r.skill.code, "min": r.min_count}
                         for r in ev.requirements],
    }


def _volunteer_entry(v: e.Volunteer) -> dict:
    entry: dict[str, Any] = {
        "code": v.code, "name": v.name, "unit": v.unit.code if v.unit else None, "role": v.role,
        "phone": v.phone, "email": v.email, "skills": [s.code for s in v.skills],
        "home_center": v.home_center.code if v.home_center else None,
    }
    if v.serves_listed:
        entry["serves"] = [c.code for c in v.serves]
    entry["active"] = v.active
    entry["limits"] = dict(v.limits or {})
    if v.weekly_listed:
        weekly: dict[str, list[str]] = {}
        for a in v.availability:
            weekly.setdefault(str(a.weekday), []).append(a.template_code)
        entry["weekly"] = weekly
    entry["unavailable"] = [{"from": x.start.isoformat(), "to": x.end.isoformat(), "reason": x.reason}
                            for x in v.leave]
    for key in ("prefers", "avoids", "requests"):
        value = getattr(v, key)
        if value is not None:
            entry[key] = value
    return entry


# ---- whole files against a database (the GUI's File menu runs these off the GUI thread) --------

def import_workspace_file(db, path: str | os.PathLike, *, merge: bool = False, actor: str = "import") -> dict[str, int]:
    """Read, validate and import a workspace file in one transaction; WorkspaceInvalid (with
    every error and its JSON path) leaves the database as it was."""
    doc = read_workspace_file(path)
    with db.session() as session:
        return import_workspace(session, doc, merge=merge, actor=actor, source=Path(path).name)


def export_workspace_file(db, path: str | os.PathLike) -> dict[str, int]:
    """Write the whole workspace to `path` atomically; returns how many of each list it holds."""
    with db.session() as session:
        doc = export_workspace(session)
    write_workspace_file(doc, path)
    return {key: len(doc.get(key, [])) for key in ("volunteers", "centers", "events", "assignments")}
