"""Workspace JSON files: read and validate, import into the database (replace or merge),
export the whole database back in a stable order (export → import → export is identical)."""
from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

from models import entities as e
from models.workspace_schema import (
    FORMAT_TAG,
    FORMAT_VERSION,
    KnownCodes,
    WorkspaceError,
    WorkspaceInvalid,
    validate_workspace,
)

__all__ = [
    "WorkspaceInvalid", "WorkspaceError", "read_workspace_file", "write_workspace_file",
    "import_workspace", "export_workspace", "validate_workspace", "import_workspace_file",
    "export_workspace_file",
]


def read_workspace_file(path: str | os.PathLike) -> dict:
    """Parse a workspace file; a broken file raises WorkspaceInvalid naming line and column."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise WorkspaceInvalid([WorkspaceError("$", "file not found")], str(path)) from None
    except IsADirectoryError:
        raise WorkspaceInvalid([WorkspaceError("$", "is a folder, expected a JSON file")], str(path)) from None
    except OSError as exc:
        raise WorkspaceInvalid([WorkspaceError("$", f"cannot read: {exc.strerror}")], str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise WorkspaceInvalid([WorkspaceError("$", f"not UTF-8 text (byte {exc.start})")], str(path)) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise WorkspaceInvalid(
            [WorkspaceError("$", f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")], str(path)
        ) from None


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def write_workspace_file(doc: dict, path: str | os.PathLike) -> None:
    """Write atomically: a temporary file in the same folder, then rename over the target."""
    path = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(dumps(doc))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# ---- import ---------------------------------------------------------------------------------

def known_codes(session: Session) -> KnownCodes:
    """Codes already in the database, which a merged file may refer to."""
    known = KnownCodes(
        skills=set(session.scalars(select(e.Skill.code))),
        units=set(session.scalars(select(e.Unit.code))),
        volunteers=set(session.scalars(select(e.Volunteer.code))),
        events=set(session.scalars(select(e.Event.code))),
    )
    for center in session.scalars(select(e.Center).options(selectinload(e.Center.posts),
                                                           selectinload(e.Center.templates))):
        known.centers[center.code] = ({p.code for p in center.posts},
                                      {t.code: set(t.weekdays) for t in center.templates})
    return known


def import_workspace(session: Session, doc: Any, *, merge: bool = False, actor: str = "import",
                     source: str = "workspace") -> dict[str, int]:
    """Validate `doc` and write it in the caller's transaction; raise WorkspaceInvalid (and
    write nothing) when anything is wrong. Replace mode empties the workspace first; merge
    mode updates rows with the same code and adds the others. Returns counts per list."""
    errors = validate_workspace(doc, known_codes(session) if merge else None)
    if errors:
        raise WorkspaceInvalid(errors, source)
    if not merge:
        _clear(session)
    importer = _Importer(session)
    importer.settings(doc, merge)
    importer.skills(doc.get("skills", []))
    importer.units(doc.get("units", []))
    importer.centers(doc.get("centers", []))
    importer.events(doc.get("events", []))
    importer.volunteers(doc.get("volunteers", []))
    session.flush()
    importer.assignments(doc.get("assignments", []))
    importer.results(doc.get("results", []))
    counts = {key: len(doc.get(key, [])) for key in
              ("skills", "units", "centers", "events", "volunteers", "assignments", "results")}
    session.add(e.AuditEntry(actor=actor, action="import", entity="workspace", entity_code=source,
                             detail={"mode": "merge" if merge else "replace", "counts": counts}))
    session.flush()
    return counts


def _clear(session: Session) -> None:
    for table in (e.Assignment, e.ShiftResult, e.PublishedRoster, e.EventRequirement, e.Event,
                  e.Availability, e.Leave, e.volunteer_skill, e.volunteer_serves, e.Volunteer,
                  e.Demand, e.post_skill, e.ShiftTemplate, e.Post, e.Center, e.Skill, e.Unit,
                  e.HolidayOverride, e.Settings):
        session.execute(delete(table))


def _time_pair(item: dict) -> tuple[str, str]:
    return item["start"], item["end"]


class _Importer:
    """Writes a validated document; keeps code → row maps for references."""

    def __init__(self, session: Session):
        self.s = session
        self.skill = {x.code: x for x in session.scalars(select(e.Skill))}
        self.unit = {x.code: x for x in session.scalars(select(e.Unit))}
        self.center = {x.code: x for x in session.scalars(
            select(e.Center).options(selectinload(e.Center.posts), selectinload(e.Center.templates)
                                     .selectinload(e.ShiftTemplate.demands)))}
        self.event = {x.code: x for x in session.scalars(select(e.Event))}
        self.volunteer = {x.code: x for x in session.scalars(select(e.Volunteer).options(
            selectinload(e.Volunteer.availability), selectinload(e.Volunteer.leave),
            selectinload(e.Volunteer.skills), selectinload(e.Volunteer.serves)))}

    def _get_or_add(self, index: dict, model, code: str):
        row = index.get(code)
        if row is None:
            row = model(code=code)
            self.s.add(row)
            index[code] = row
        return row

    def settings(self, doc: dict, merge: bool) -> None:
        settings = self.s.scalars(select(e.Settings)).first()
        if settings is None:
            settings = e.Settings(holidays_country="VN", rules={}, organisation=None)
            self.s.add(settings)
        if "holidays" in doc or not merge:
            holidays = doc.get("holidays") or {}
            settings.holidays_country = holidays.get("country", "VN").upper()
            self.s.execute(delete(e.HolidayOverride))
            for day in holidays.get("extra_closed", []):
                self.s.add(e.HolidayOverride(date=dt.date.fromisoformat(day), closed=True))
            for day in holidays.get("extra_open", []):
                self.s.add(e.HolidayOverride(date=dt.date.fromisoformat(day), closed=False))
        if "rules" in doc or not merge:
            settings.rules = doc.get("rules") or {}
        if "organisation" in doc or not merge:
            settings.organisation = doc.get("organisation")

    def skills(self, items: list) -> None:
        for item in items:
            row = self._get_or_add(self.skill, e.Skill, item["code"])
            row.name = item["name"]
            row.mix = bool(item.get("mix", False))

    def units(self, items: list) -> None:
        for item in items:
            self._get_or_add(self.unit, e.Unit, item["code"]).name = item["name"]

    def centers(self, items: list) -> None:
        for item in items:
            center = self._get_or_add(self.center, e.Center, item["code"])
            center.name = item["name"]
            center.level = item.get("level")
            center.closed_on_holidays = item.get("closed_on_holidays", True)
            posts = {p.code: p for p in center.posts}
            center.posts = []
            for position, post_item in enumerate(item.get("posts", [])):
                post = posts.get(post_item["code"]) or e.Post(code=post_item["code"])
                post.name = post_item["name"]
                post.position = position
                post.required_skills = [self.skill[s] for s in post_item.get("required_skills", [])]
                center.posts.append(post)
            post_by_code = {p.code: p for p in center.posts}
            templates = {t.code: t for t in center.templates}
            center.templates = []
            for position, t_item in enumerate(item.get("shift_templates", [])):
                template = templates.get(t_item["code"]) or e.ShiftTemplate(code=t_item["code"])
                template.name = t_item["name"]
                template.start, template.end = _time_pair(t_item)
                template.weekdays = sorted(t_item["weekdays"])
                template.position = position
                old = {d.post.code: d for d in template.demands if d.post is not None}
                template.demands = []
                for post_code, headcount in t_item.get("demand", {}).items():
                    demand = old.get(post_code) or e.Demand(post=post_by_code[post_code])
                    demand.min_count = headcount["min"]
                    demand.target = headcount.get("target", headcount["min"])
                    demand.max_count = headcount.get("max", demand.target)
                    template.demands.append(demand)
                center.templates.append(template)

    def events(self, items: list) -> None:
        for item in items:
            event = self._get_or_add(self.event, e.Event, item["code"])
            event.name = item["name"]
            event.date = dt.date.fromisoformat(item["date"])
            event.start, event.end = _time_pair(item)
            event.location = item.get("location", "")
            event.center = self.center[item["center"]] if item.get("center") else None
            event.team_min = item["team"]["min"]
            event.team_max = item["team"]["max"]
            event.requirements = [
                e.EventRequirement(role=r.get("role"), skill=self.skill[r["skill"]] if "skill" in r else None,
                                   min_count=r["min"], position=position)
                for position, r in enumerate(item.get("requirements", []))
            ]

    def volunteers(self, items: list) -> None:
        # Replaced child rows must be deleted before their successors are inserted (the
        # weekly pattern has a unique key), so empty the collections of known people first.
        known = [self.volunteer[item["code"]] for item in items if item["code"] in self.volunteer]
        if known:
            for volunteer in known:
                volunteer.availability = []
                volunteer.leave = []
            self.s.flush()
        for item in items:
            volunteer = self._get_or_add(self.volunteer, e.Volunteer, item["code"])
            volunteer.name = item["name"]
            volunteer.unit = self.unit[item["unit"]] if item.get("unit") else None
            volunteer.role = item.get("role", "youth")
            volunteer.phone = item.get("phone")
            volunteer.email = item.get("email")
            volunteer.skills = [self.skill[s] for s in dict.fromkeys(item.get("skills", []))]
            volunteer.home_center = self.center[item["home_center"]] if item.get("home_center") else None
            volunteer.serves_listed = "serves" in item
            volunteer.serves = [self.center[c] for c in dict.fromkeys(item.get("serves", []))]
            volunteer.active = item.get("active", True)
            volunteer.limits = dict(item.get("limits") or {})
            weekly = item.get("weekly")
            volunteer.weekly_listed = weekly is not None
            volunteer.availability = [
                e.Availability(weekday=int(day), template_code=code, position=position)
                for day, codes in sorted((weekly or {}).items())
                for position, code in enumerate(dict.fromkeys(codes))
            ]
            volunteer.leave = [
                e.Leave(start=dt.date.fromisoformat(x["from"]), end=dt.date.fromisoformat(x["to"]),
                        reason=x.get("reason") or "")
                for x in item.get("unavailable", [])
            ]
            volunteer.prefers = item.get("prefers")
            volunteer.avoids = item.get("avoids")
            volunteer.requests = item.get("requests")

    def assignments(self, items: list) -> None:
        existing = {_assignment_key(a): a for a in self.s.scalars(select(e.Assignment).options(
            selectinload(e.Assignment.volunteer), selectinload(e.Assignment.post).selectinload(e.Post.center),
            selectinload(e.Assignment.template), selectinload(e.Assignment.event)))}
        for item in items:
            volunteer = self.volunteer[item["volunteer"]]
            if "event" in item:
                key = ("event", item["volunteer"], item["event"])
                fields = dict(event=self.event[item["event"]])
            else:
                center = self.center[item["center"]]
                post = next(p for p in center.posts if p.code == item["post"])
                template = next(t for t in center.templates if t.code == item["shift"])
                key = ("shift", item["volunteer"], item["center"], item["post"], item["date"], item["shift"])
                fields = dict(post=post, template=template, date=dt.date.fromisoformat(item["date"]))
            row = existing.get(key)
            if row is None:
                row = e.Assignment(volunteer=volunteer, source="import", **fields)
                self.s.add(row)
                existing[key] = row
            row.locked = item.get("locked", False)

    def results(self, items: list) -> None:
        existing = {(r.center.code, r.date.isoformat(), r.template.code): r for r in self.s.scalars(
            select(e.ShiftResult).options(selectinload(e.ShiftResult.center), selectinload(e.ShiftResult.template)))}
        for item in items:
            key = (item["center"], item["date"], item["shift"])
            row = existing.get(key)
            if row is None:
                center = self.center[item["center"]]
                row = e.ShiftResult(center=center, date=dt.date.fromisoformat(item["date"]),
                                    template=next(t for t in center.templates if t.code == item["shift"]))
                self.s.add(row)
                existing[key] = row
            row.citizens_guided = item.get("citizens_guided", 0)
            row.dossiers_supported = item.get("dossiers_supported", 0)
            row.vneid_activated = item.get("vneid_activated", 0)
            row.note = item.get("note") or ""


def _assignment_key(a: e.Assignment) -> tuple:
    if a.event is not None:
        return ("event", a.volunteer.code, a.event.code)
    return ("shift", a.volunteer.code, a.post.center.code, a.post.code, a.date.isoformat(), a.template.code)


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
