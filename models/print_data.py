"""Turn a workspace document (shared/formats/workspace.md, assignments included) into the plain
data that `exports` prints: center rosters, personal schedules, event team sheets, statistics.

It works on the document alone and opens no database session; the caller gets the document
from `models.workspace.export_workspace(session)` or from a file.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

from exports.data import (Duty, EventSheet, Organisation, PersonalSchedule, Person, ResultLine, RosterCell,
                          RosterDay, RosterDocument, RosterEvent, RosterRow, StatsDocument, TargetLine, UnitTally,
                          VolunteerTally)
from exports.vietnamese import alphabetical_key, given_name_key, nfc, role_name
from models.holidays import closed_days, days_between

NO_UNIT = "(Chưa thuộc đơn vị)"
# organisation.targets keys → the label printed in the statistics, and the results field summed
TARGETS = {
    "citizens_guided_per_year": ("Lượt người dân được hướng dẫn", "citizens_guided"),
    "dossiers_supported_per_year": ("Hồ sơ được hỗ trợ", "dossiers_supported"),
    "vneid_activated_per_year": ("Tài khoản VNeID được kích hoạt", "vneid_activated"),
}
ROLE_ORDER = {"leader": 0, "youth": 1, "police": 2, "staff": 3}


class UnknownCode(LookupError):
    """A center or volunteer code that the workspace does not have."""

    def __str__(self) -> str:
        return str(self.args[0])


def _time(text: str) -> dt.time:
    return dt.time.fromisoformat(text) if text != "24:00" else dt.time(23, 59)


@dataclass(frozen=True)
class _ShiftKey:
    center: str
    post: str
    date: dt.date
    shift: str


class _Workspace:
    """Indexes of one workspace document, built once per conversion."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.units = {u["code"]: nfc(u["name"]) for u in document.get("units", [])}
        self.skills = {s["code"]: nfc(s["name"]) for s in document.get("skills", [])}
        self.centers = {c["code"]: c for c in document.get("centers", [])}
        self.events = {e["code"]: e for e in document.get("events", [])}
        self.volunteers = {v["code"]: v for v in document.get("volunteers", [])}
        self.people = {code: self._person(v) for code, v in self.volunteers.items()}
        self.unit_leaders: dict[str, list[str]] = defaultdict(list)
        for v in sorted(self.volunteers.values(), key=lambda v: given_name_key(v["name"])):
            if v.get("role") == "leader" and v.get("unit") and v.get("active", True):
                self.unit_leaders[v["unit"]].append(v["code"])
        organisation = document.get("organisation") or {}
        self.organisation = Organisation(
            name=nfc(organisation.get("name")), parent=nfc(organisation.get("parent")),
            place=nfc(organisation.get("place")), signer_title=nfc(organisation.get("signer_title")),
            signer_name=nfc(organisation.get("signer_name")))
        self.targets = organisation.get("targets") or {}
        self.shift_assignments: dict[_ShiftKey, list[str]] = defaultdict(list)
        self.event_assignments: dict[str, list[str]] = defaultdict(list)
        # everyone on a shift at any post, so a volunteer's leader may serve at another post
        self.shift_crews: dict[tuple[str, dt.date, str], list[str]] = defaultdict(list)
        for entry in document.get("assignments", []):
            if "event" in entry and entry.get("event"):
                self.event_assignments[entry["event"]].append(entry["volunteer"])
            else:
                key = _ShiftKey(entry["center"], entry["post"], dt.date.fromisoformat(entry["date"]), entry["shift"])
                self.shift_assignments[key].append(entry["volunteer"])
                self.shift_crews[key.center, key.date, key.shift].append(entry["volunteer"])

    def _person(self, volunteer: dict) -> Person:
        return Person(code=volunteer["code"], name=nfc(volunteer["name"]), phone=volunteer.get("phone") or "",
                      role=volunteer.get("role") or "", unit=self.units.get(volunteer.get("unit") or "", ""))

    def person(self, code: str) -> Person:
        return self.people.get(code) or Person(code=code, name=code)

    def sorted_people(self, codes: Iterable[str]) -> tuple[Person, ...]:
        return tuple(sorted((self.person(c) for c in codes), key=lambda p: given_name_key(p.name)))

    def team(self, event: str) -> tuple[Person, ...]:
        """The event's team: leaders first, then by role, each role by given name."""
        return tuple(sorted((self.person(c) for c in self.event_assignments.get(event, ())),
                            key=lambda p: (ROLE_ORDER.get(p.role, 9), given_name_key(p.name))))

    def center(self, code: str) -> dict:
        try:
            return self.centers[code]
        except KeyError:
            raise UnknownCode(f"unknown center {code!r}") from None

    def chosen_centers(self, code: str | None) -> list[dict]:
        return [self.center(code)] if code else sorted(self.centers.values(), key=lambda c: c["code"])

    # -- public holidays ----------------------------------------------------------------------
    def closures(self, center: dict, first: dt.date, last: dt.date) -> dict[dt.date, str]:
        """The holidays of [first, last] the center stays shut on (none if it opens on holidays)."""
        if not center.get("closed_on_holidays", True):
            return {}
        return closed_days(self.document.get("holidays"), first, last)


# -- center rosters ----------------------------------------------------------------------------
def center_rosters(workspace: dict, date_from: dt.date, date_to: dt.date, center: str | None = None,
                   issued_on: dt.date | None = None) -> list[RosterDocument]:
    """One roster per center (or just `center`), days as columns, posts × shifts as rows."""
    index = _Workspace(workspace)
    return [_center_roster(index, c, date_from, date_to, issued_on) for c in index.chosen_centers(center)]


def _center_roster(index: _Workspace, center: dict, first: dt.date, last: dt.date,
                   issued_on: dt.date | None) -> RosterDocument:
    templates = sorted(center.get("shift_templates", []), key=lambda t: (t["start"], t["code"]))
    weekdays = {w for t in templates for w in t.get("weekdays", [])}
    closed = index.closures(center, first, last)
    code = center["code"]
    staffed = {key.date for key in index.shift_assignments if key.center == code}
    dates = [d for d in days_between(first, last) if d.isoweekday() in weekdays or d in staffed]
    days = tuple(RosterDay(date=d, closed=closed.get(d)) for d in dates)
    rows = []
    for post in center.get("posts", []):
        for template in templates:
            demand = (template.get("demand") or {}).get(post["code"])
            keys = [_ShiftKey(code, post["code"], d, template["code"]) for d in dates]
            if demand is None and not any(index.shift_assignments.get(k) for k in keys):
                continue
            minimum = (demand or {}).get("min", 0)
            cells = []
            for day, key in zip(dates, keys):
                people = index.sorted_people(index.shift_assignments.get(key, ()))
                runs = day.isoweekday() in template.get("weekdays", []) or bool(people)
                missing = max(0, minimum - len(people)) if runs and day not in closed else 0
                cells.append(RosterCell(people=people, missing=missing, runs=runs))
            rows.append(RosterRow(post=nfc(post["name"]), shift=nfc(template["name"]), start=_time(template["start"]),
                                  end=_time(template["end"]), cells=tuple(cells)))
    return RosterDocument(organisation=index.organisation, center=nfc(center["name"]), date_from=first, date_to=last,
                          days=days, rows=tuple(rows), issued_on=issued_on,
                          events=_hosted_events(index, code, first, last))


def _hosted_events(index: _Workspace, center: str, first: dt.date, last: dt.date) -> tuple[RosterEvent, ...]:
    """The outreach events `center` hosts in [first, last], in date and start order, each
    with its team (leaders first) and how many members it lacks."""
    found = []
    for event in index.events.values():
        day = dt.date.fromisoformat(event["date"])
        if event.get("center") != center or not first <= day <= last:
            continue
        team = index.team(event["code"])
        minimum = (event.get("team") or {}).get("min", 0)
        found.append(RosterEvent(name=nfc(event["name"]), date=day, start=_time(event["start"]),
                                 end=_time(event["end"]), location=nfc(event.get("location") or ""),
                                 team=team, missing=max(0, minimum - len(team))))
    return tuple(sorted(found, key=lambda ev: (ev.date, ev.start, ev.name)))


# -- personal schedules ------------------------------------------------------------------------
def personal_schedules(workspace: dict, date_from: dt.date, date_to: dt.date, volunteer: str | None = None,
                       center: str | None = None, issued_on: dt.date | None = None,
                       volunteers: Iterable[str] | None = None) -> list[PersonalSchedule]:
    """Each volunteer's shifts and events of the period in date order, sorted by given name.
    `volunteer` (one) or `volunteers` (several) print just those people, duties or not;
    without either, only people with at least one duty (at `center`, if given) appear."""
    index = _Workspace(workspace)
    chosen = list(dict.fromkeys(([volunteer] if volunteer is not None else []) + list(volunteers or ())))
    for code in chosen:
        if code not in index.volunteers:
            raise UnknownCode(f"unknown volunteer {code!r}")
    if center is not None:
        index.center(center)
    duties: dict[str, list[Duty]] = defaultdict(list)
    for key, codes in index.shift_assignments.items():
        if not date_from <= key.date <= date_to or (center and key.center != center):
            continue
        for code in codes:
            duties[code].append(_shift_duty(index, key, code, codes))
    for event_code, codes in index.event_assignments.items():
        event = index.events.get(event_code)
        if event is None or not date_from <= dt.date.fromisoformat(event["date"]) <= date_to:
            continue
        if center and event.get("center") != center:
            continue
        for code in codes:
            duties[code].append(_event_duty(index, event, code, codes))
    codes = chosen or list(duties)
    return [PersonalSchedule(organisation=index.organisation, volunteer=person, date_from=date_from, date_to=date_to,
                             duties=tuple(sorted(duties.get(person.code, ()),
                                                 key=lambda d: (d.date, d.start, d.end, d.title))),
                             issued_on=issued_on)
            for person in index.sorted_people(codes)]


def _leader(index: _Workspace, codes: Iterable[str], me: str) -> Person | None:
    """A leader serving alongside, else the leader of the volunteer's own unit (team)."""
    leaders = [c for c in codes if c != me and (index.volunteers.get(c) or {}).get("role") == "leader"]
    if leaders:
        return index.sorted_people(leaders)[0]
    unit = (index.volunteers.get(me) or {}).get("unit")
    own = [c for c in index.unit_leaders.get(unit or "", ()) if c != me]
    return index.person(own[0]) if own else None


def _shift_duty(index: _Workspace, key: _ShiftKey, code: str, colleagues: list[str]) -> Duty:
    center = index.centers.get(key.center, {"name": key.center, "posts": [], "shift_templates": []})
    post = next((p for p in center.get("posts", []) if p["code"] == key.post), {"name": key.post})
    template = next((t for t in center.get("shift_templates", []) if t["code"] == key.shift),
                    {"name": key.shift, "start": "00:00", "end": "00:00"})
    crew = index.shift_crews.get((key.center, key.date, key.shift)) or colleagues
    return Duty(date=key.date, start=_time(template["start"]), end=_time(template["end"]), kind="shift",
                title=nfc(template["name"]), place=nfc(center["name"]), post=nfc(post["name"]),
                leader=_leader(index, crew, code),
                ref=f"{key.center}/{key.post}/{key.date.isoformat()}/{key.shift}")


def _event_duty(index: _Workspace, event: dict, code: str, team: list[str]) -> Duty:
    return Duty(date=dt.date.fromisoformat(event["date"]), start=_time(event["start"]), end=_time(event["end"]),
                kind="event", title=nfc(event["name"]), place=nfc(event.get("location") or ""),
                leader=_leader(index, team, code), ref=event["code"])


# -- event team sheets -------------------------------------------------------------------------
def event_sheets(workspace: dict, date_from: dt.date, date_to: dt.date, center: str | None = None,
                 issued_on: dt.date | None = None, events: Iterable[str] | None = None) -> list[EventSheet]:
    """A team sheet per outreach event of the period (or just the `events` named), in date
    order; leaders first in a team."""
    index = _Workspace(workspace)
    wanted = set(events) if events is not None else None
    if center is not None:
        index.center(center)
    sheets = []
    for event in index.events.values():
        day = dt.date.fromisoformat(event["date"])
        if not date_from <= day <= date_to or (center and event.get("center") != center):
            continue
        if wanted is not None and event["code"] not in wanted:
            continue
        team = index.team(event["code"])
        host = index.centers.get(event.get("center") or "")
        size = event.get("team") or {}
        sheets.append(EventSheet(
            organisation=index.organisation, code=event["code"], name=nfc(event["name"]), date=day,
            start=_time(event["start"]), end=_time(event["end"]), location=nfc(event.get("location") or ""),
            center=nfc(host["name"]) if host else "", team=team, team_min=size.get("min", 0),
            team_max=size.get("max", size.get("min", 0)),
            requirements=tuple(_requirement_text(index, r) for r in event.get("requirements", [])),
            issued_on=issued_on))
    return sorted(sheets, key=lambda s: (s.date, s.start, s.code))


def _requirement_text(index: _Workspace, requirement: dict) -> str:
    what = role_name(requirement["role"]) if requirement.get("role") else index.skills.get(
        requirement.get("skill", ""), requirement.get("skill", ""))
    return f"ít nhất {requirement.get('min', 0)} {what}"


# -- statistics --------------------------------------------------------------------------------
def statistics(workspace: dict, date_from: dt.date, date_to: dt.date, center: str | None = None,
               issued_on: dt.date | None = None) -> StatsDocument:
    """Shifts and events per volunteer and per unit, results per center, yearly targets."""
    index = _Workspace(workspace)
    centers = index.chosen_centers(center)
    center_codes = {c["code"] for c in centers}
    shifts: Counter[str] = Counter()
    events: Counter[str] = Counter()
    for key, codes in index.shift_assignments.items():
        if date_from <= key.date <= date_to and key.center in center_codes:
            shifts.update(codes)
    for event_code, codes in index.event_assignments.items():
        event = index.events.get(event_code)
        if event and date_from <= dt.date.fromisoformat(event["date"]) <= date_to and (
                not center or event.get("center") == center):
            events.update(codes)
    members = [v for v in index.volunteers.values()
               if (v.get("active", True) and _serves(v, center)) or shifts[v["code"]] or events[v["code"]]]
    tallies = tuple(VolunteerTally(volunteer=index.person(v["code"]), shifts=shifts[v["code"]],
                                   events=events[v["code"]])
                    for v in sorted(members, key=lambda v: given_name_key(v["name"])))
    by_unit: dict[str, list[VolunteerTally]] = defaultdict(list)
    for tally in tallies:
        by_unit[tally.volunteer.unit or NO_UNIT].append(tally)
    units = tuple(UnitTally(unit=name, volunteers=len(group), serving=sum(1 for t in group if t.shifts or t.events),
                            shifts=sum(t.shifts for t in group), events=sum(t.events for t in group))
                  for name, group in sorted(by_unit.items(), key=lambda item: alphabetical_key(item[0])))
    results = [r for r in workspace.get("results", []) if r["center"] in center_codes]
    in_period = [r for r in results if date_from <= dt.date.fromisoformat(r["date"]) <= date_to]
    lines = []
    for c in centers:
        mine = [r for r in in_period if r["center"] == c["code"]]
        if mine:
            lines.append(ResultLine(center=nfc(c["name"]), shifts_reported=len(mine),
                                    citizens_guided=sum(r.get("citizens_guided", 0) for r in mine),
                                    dossiers_supported=sum(r.get("dossiers_supported", 0) for r in mine),
                                    vneid_activated=sum(r.get("vneid_activated", 0) for r in mine)))
    targets = []
    if center is None:
        year_start = dt.date(date_to.year, 1, 1)
        year_to_date = [r for r in results if year_start <= dt.date.fromisoformat(r["date"]) <= date_to]
        for key, (label, field) in TARGETS.items():
            if yearly := index.targets.get(key):
                targets.append(TargetLine(label=label, yearly_target=int(yearly),
                                          in_period=sum(r.get(field, 0) for r in in_period),
                                          year_to_date=sum(r.get(field, 0) for r in year_to_date)))
    unfilled = sum(_center_roster(index, c, date_from, date_to, None).unfilled_seats for c in centers)
    return StatsDocument(organisation=index.organisation, date_from=date_from, date_to=date_to, volunteers=tallies,
                         units=units, results=tuple(lines), targets=tuple(targets), unfilled_seats=unfilled,
                         issued_on=issued_on, subtitle=nfc(centers[0]["name"]) if center else "")


def _serves(volunteer: dict, center: str | None) -> bool:
    if center is None:
        return True
    serves = volunteer.get("serves")
    if serves is not None:
        return center in serves
    home = volunteer.get("home_center")
    return home is None or home == center
