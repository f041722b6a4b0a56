"""The roster board as plain data (seats, chips, shift lines, events, people, the latest publication) and its
loading in one read transaction."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from exports.vietnamese import given_name_key
from models import entities as e
from models.bridge import shift_id
from models.db import Database
from models.holidays import closed_days, days_between
from models.repository.holidays import read_holiday_settings
from scheduler import problem as p


@dataclass(frozen=True)
class Seat:
    """A place on the roster: a shift (center, post, date, template) or an outreach event."""

    center: str | None = None
    post: str | None = None
    date: dt.date | None = None
    shift: str | None = None  # shift template code
    event: str | None = None

    @property
    def key(self) -> str:
        """The scheduler's name of the duty: `Shift.id` or the event code."""
        if self.event is not None:
            return self.event
        return shift_id(self.center, self.post, self.date.isoformat(), self.shift)

    def assignment(self, volunteer: str, locked: bool = False) -> p.Assignment:
        if self.event is not None:
            return p.Assignment(volunteer, event=self.event, locked=locked)
        return p.Assignment(volunteer, shift=self.key, locked=locked)

    def entry(self, volunteer: str, locked: bool = False) -> dict:
        """The workspace-file entry of this seat taken by `volunteer`."""
        if self.event is not None:
            return {"volunteer": volunteer, "event": self.event, "locked": locked}
        return {"volunteer": volunteer, "center": self.center, "post": self.post, "date": self.date.isoformat(),
                "shift": self.shift, "locked": locked}

    @classmethod
    def from_entry(cls, entry: dict) -> Seat:
        if "event" in entry:
            return cls(event=entry["event"])
        return cls(entry["center"], entry["post"], dt.date.fromisoformat(entry["date"]), entry["shift"])


@dataclass(frozen=True)
class Chip:
    """One volunteer on one seat, as read from the database."""

    id: int
    version: int
    volunteer: str
    seat: Seat
    locked: bool = False
    source: str = "hand"

    @property
    def pair(self) -> tuple[str, str]:
        return (self.volunteer, self.seat.key)


@dataclass(frozen=True)
class NewChip:
    """An assignment to create (a solver's proposal, or a removed chip coming back on undo)."""

    volunteer: str
    seat: Seat
    locked: bool = False
    source: str = "hand"


@dataclass(frozen=True)
class BoardVolunteer:
    """A volunteer as the board shows them: name, role, team, home center and limits."""

    code: str
    name: str
    role: str
    unit: str | None
    home_center: str | None
    active: bool
    limits: dict


@dataclass(frozen=True)
class ShiftLine:
    """One post on one shift template of a center: a line of the board (cells are its days)."""

    center: str
    template: str
    template_name: str
    start: str
    end: str
    post: str
    post_name: str
    weekdays: frozenset[int]
    min: int
    target: int
    max: int
    required_skills: tuple[str, ...] = ()

    def seat(self, date: dt.date) -> Seat:
        return Seat(self.center, self.post, date, self.template)

    def runs_on(self, date: dt.date) -> bool:
        return date.isoweekday() in self.weekdays


@dataclass(frozen=True)
class BoardEvent:
    """An outreach event of the period: a line of the board's events band."""

    code: str
    name: str
    center: str | None
    date: dt.date
    start: str
    end: str
    location: str
    team_min: int
    team_max: int

    @property
    def seat(self) -> Seat:
        return Seat(event=self.code)


@dataclass(frozen=True)
class BoardCenter:
    """A center of the board with the holidays it stays closed on."""

    code: str
    name: str
    closed: dict  # date -> holiday name (empty when the center opens on holidays)


@dataclass(frozen=True)
class Publication:
    id: int
    published_at: dt.datetime
    published_by: str
    date_from: dt.date
    date_to: dt.date
    note: str
    entries: tuple


@dataclass
class Board:
    """Everything the board shows for a period: its lines, events, people and chips."""

    start: dt.date
    end: dt.date
    center: str | None  # the one center shown, or None for all
    centers: list[BoardCenter]
    lines: list[ShiftLine]
    events: list[BoardEvent]
    volunteers: dict[str, BoardVolunteer]
    chips: list[Chip] = field(default_factory=list)
    publication: Publication | None = None
    skills: dict[str, str] = field(default_factory=dict)  # skill code -> name, for messages

    @property
    def days(self) -> tuple[dt.date, ...]:
        return days_between(self.start, self.end)

    def chips_by_seat(self) -> dict[str, list[Chip]]:
        found: dict[str, list[Chip]] = defaultdict(list)
        for chip in self.chips:
            found[chip.seat.key].append(chip)
        for chips in found.values():
            if len(chips) > 1:
                chips.sort(key=lambda c: (_name_key(self.name_of(c.volunteer)), c.volunteer))
        return found

    def name_of(self, code: str) -> str:
        info = self.volunteers.get(code)
        return info.name if info else code

    def replace_chips(self, removed: Iterable[Chip], added: Iterable[Chip]) -> None:
        """Apply an edit's outcome to the loaded board (no database access)."""
        gone = {c.id for c in removed}
        self.chips = [c for c in self.chips if c.id not in gone] + list(added)

    def in_period(self, seat: Seat) -> bool:
        if seat.event is not None:
            return any(ev.code == seat.event for ev in self.events)
        return self.start <= seat.date <= self.end


@lru_cache(maxsize=4096)
def _name_key(name: str) -> tuple:
    return given_name_key(name)


def _chip(row: e.Assignment) -> Chip:
    if row.event is not None:
        seat = Seat(event=row.event.code)
    else:
        seat = Seat(row.post.center.code, row.post.code, row.date, row.template.code)
    return Chip(row.id, row.version, row.volunteer.code, seat, row.locked, row.source)


def _assignment_query():
    return select(e.Assignment).options(
        selectinload(e.Assignment.volunteer), selectinload(e.Assignment.post).selectinload(e.Post.center),
        selectinload(e.Assignment.template), selectinload(e.Assignment.event))


def _period_rows(session: Session, start: dt.date, end: dt.date, center: str | None) -> list[e.Assignment]:
    event_ids = select(e.Event.id).where(e.Event.date >= start, e.Event.date <= end)
    rows = session.scalars(_assignment_query().where(or_(
        (e.Assignment.date >= start) & (e.Assignment.date <= end), e.Assignment.event_id.in_(event_ids)))).all()
    if center is None:
        return list(rows)
    return [r for r in rows if (r.event.center.code if r.event and r.event.center else None) == center
            or (r.post is not None and r.post.center.code == center)]


def period_chips(db: Database, start: dt.date, end: dt.date, center: str | None = None) -> list[Chip]:
    with db.session() as session:
        return [_chip(r) for r in _period_rows(session, start, end, center)]


def load_board(db: Database, start: dt.date, end: dt.date, center: str | None = None) -> Board:
    """The board of [start, end] (inclusive) for one center or all, in one read transaction."""
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    with db.session() as session:
        closed = closed_days(read_holiday_settings(session).block(), start, end)
        query = select(e.Center).order_by(e.Center.code).options(
            selectinload(e.Center.posts).selectinload(e.Post.required_skills),
            selectinload(e.Center.templates).selectinload(e.ShiftTemplate.demands).selectinload(e.Demand.post))
        if center is not None:
            query = query.where(e.Center.code == center)
        centers, lines = [], []
        for c in session.scalars(query):
            centers.append(BoardCenter(c.code, c.name, dict(closed) if c.closed_on_holidays else {}))
            for t in c.templates:
                for d in sorted(t.demands, key=lambda d: d.post.position):
                    lines.append(ShiftLine(
                        c.code, t.code, t.name, t.start, t.end, d.post.code, d.post.name, frozenset(t.weekdays),
                        d.min_count, d.target, d.max_count, tuple(s.code for s in d.post.required_skills)))
        if center is not None and not centers:
            raise ValueError(f"unknown center {center!r}")
        query = select(e.Event).options(selectinload(e.Event.center)).where(
            e.Event.date >= start, e.Event.date <= end).order_by(e.Event.date, e.Event.start, e.Event.code)
        events = [BoardEvent(ev.code, ev.name, ev.center.code if ev.center else None, ev.date, ev.start, ev.end,
                            ev.location, ev.team_min, ev.team_max)
                  for ev in session.scalars(query) if center is None or (ev.center and ev.center.code == center)]
        volunteers = {
            v.code: BoardVolunteer(v.code, v.name, v.role, v.unit.code if v.unit else None,
                                  v.home_center.code if v.home_center else None, v.active, dict(v.limits or {}))
            for v in session.scalars(select(e.Volunteer).options(selectinload(e.Volunteer.unit),
                                                                  selectinload(e.Volunteer.home_center)))}
        chips = [_chip(r) for r in _period_rows(session, start, end, center)]
        publication = _latest_publication(session, start, end)
        skills = {skill.code: skill.name for skill in session.scalars(select(e.Skill))}
    return Board(start, end, center, centers, lines, events, volunteers, chips, publication, skills)


def _publication(row: e.PublishedRoster) -> Publication:
    return Publication(row.id, row.published_at, row.published_by, row.date_from, row.date_to, row.note,
                       tuple(row.assignments))


def _latest_publication(session: Session, start: dt.date, end: dt.date) -> Publication | None:
    """The newest published version that covers any day of [start, end]."""
    row = session.scalars(select(e.PublishedRoster).where(
        e.PublishedRoster.date_from <= end, e.PublishedRoster.date_to >= start)
        .order_by(e.PublishedRoster.published_at.desc(), e.PublishedRoster.id.desc())).first()
    return None if row is None else _publication(row)
