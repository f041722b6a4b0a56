"""The roster board's data layer: a period's board as plain data, hand edits (assign, remove,
move, swap, lock) in one transaction each, published versions and what changed since, the
rule check of the board's roster and ranked candidates for a seat.

Screens never hold ORM rows. An assignment on the board is a `Chip` carrying the `version` it
was read at; an edit of a chip that someone else changed or deleted since raises
`ConflictError` and writes nothing. Every edit returns the chips as they are after it, so an
undo command can hand them back to the reverse edit.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterable

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from exports.vietnamese import given_name_key
from models import entities as e
from models.bridge import closed_days, load_problem, shift_id
from models.db import ConflictError, Database
from scheduler import problem as p
from scheduler.index import ProblemIndex
from scheduler.roster import Roster
from scheduler.rules import HARD_RULES
from scheduler.rules.candidates import first_exclusion
from scheduler.validate import check_roster

STALE = "another coordinator changed this assignment since the board was loaded; reload and try again"


# ---- plain data --------------------------------------------------------------------------------

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
class VolunteerInfo:
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
class EventInfo:
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
class CenterInfo:
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
    centers: list[CenterInfo]
    lines: list[ShiftLine]
    events: list[EventInfo]
    volunteers: dict[str, VolunteerInfo]
    chips: list[Chip] = field(default_factory=list)
    publication: Publication | None = None
    skills: dict[str, str] = field(default_factory=dict)  # skill code -> name, for messages

    @property
    def days(self) -> list[dt.date]:
        return [self.start + dt.timedelta(days=i) for i in range((self.end - self.start).days + 1)]

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


# ---- loading -------------------------------------------------------------------------------------

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


def _holiday_doc(session: Session) -> dict:
    settings = session.scalars(select(e.Settings)).first()
    overrides = session.scalars(select(e.HolidayOverride)).all()
    return {"holidays": {"country": settings.holidays_country if settings else "VN",
                         "extra_closed": [o.date.isoformat() for o in overrides if o.closed],
                         "extra_open": [o.date.isoformat() for o in overrides if not o.closed]}}


def load_board(db: Database, start: dt.date, end: dt.date, center: str | None = None) -> Board:
    """The board of [start, end] (inclusive) for one center or all, in one read transaction."""
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    with db.session() as session:
        closed = closed_days(_holiday_doc(session), start, end)
        query = select(e.Center).order_by(e.Center.code).options(
            selectinload(e.Center.posts).selectinload(e.Post.required_skills),
            selectinload(e.Center.templates).selectinload(e.ShiftTemplate.demands).selectinload(e.Demand.post))
        if center is not None:
            query = query.where(e.Center.code == center)
        centers, lines = [], []
        for c in session.scalars(query):
            centers.append(CenterInfo(c.code, c.name, dict(closed) if c.closed_on_holidays else {}))
            for t in c.templates:
                for d in sorted(t.demands, key=lambda d: d.post.position):
                    lines.append(ShiftLine(
                        c.code, t.code, t.name, t.start, t.end, d.post.code, d.post.name, frozenset(t.weekdays),
                        d.min_count, d.target, d.max_count, tuple(s.code for s in d.post.required_skills)))
        if center is not None and not centers:
            raise ValueError(f"unknown center {center!r}")
        query = select(e.Event).options(selectinload(e.Event.center)).where(
            e.Event.date >= start, e.Event.date <= end).order_by(e.Event.date, e.Event.start, e.Event.code)
        events = [EventInfo(ev.code, ev.name, ev.center.code if ev.center else None, ev.date, ev.start, ev.end,
                            ev.location, ev.team_min, ev.team_max)
                  for ev in session.scalars(query) if center is None or (ev.center and ev.center.code == center)]
        volunteers = {
            v.code: VolunteerInfo(v.code, v.name, v.role, v.unit.code if v.unit else None,
                                  v.home_center.code if v.home_center else None, v.active, dict(v.limits or {}))
            for v in session.scalars(select(e.Volunteer).options(selectinload(e.Volunteer.unit),
                                                                  selectinload(e.Volunteer.home_center)))}
        chips = [_chip(r) for r in _period_rows(session, start, end, center)]
        publication = _latest_publication(session, start, end)
        skills = {skill.code: skill.name for skill in session.scalars(select(e.Skill))}
    return Board(start, end, center, centers, lines, events, volunteers, chips, publication, skills)


# ---- edits (one transaction each) ----------------------------------------------------------------

class _Places:
    """Code → row look-ups for the rows a seat names, read once per transaction."""

    def __init__(self, session: Session):
        self.session = session
        self._resolved: dict[str, tuple] = {}

    def volunteer(self, code: str) -> e.Volunteer:
        row = self.session.scalars(select(e.Volunteer).where(e.Volunteer.code == code)).first()
        if row is None:
            raise LookupError(f"unknown volunteer {code}")
        return row

    def resolve(self, seat: Seat) -> tuple[e.Event | None, e.Post | None, e.ShiftTemplate | None]:
        key = seat.event or f"{seat.center}/{seat.post}/{seat.shift}"
        if key not in self._resolved:
            self._resolved[key] = self._resolve(seat)
        return self._resolved[key]

    def _resolve(self, seat: Seat) -> tuple[e.Event | None, e.Post | None, e.ShiftTemplate | None]:
        if seat.event is not None:
            event = self.session.scalars(select(e.Event).where(e.Event.code == seat.event)).first()
            if event is None:
                raise LookupError(f"unknown event {seat.event}")
            return event, None, None
        center = self.session.scalars(select(e.Center).where(e.Center.code == seat.center)).first()
        if center is None:
            raise LookupError(f"unknown center {seat.center}")
        post = next((x for x in center.posts if x.code == seat.post), None)
        template = next((x for x in center.templates if x.code == seat.shift), None)
        if post is None or template is None:
            raise LookupError(f"unknown post or shift {seat.key}")
        return None, post, template

    def fill(self, row: e.Assignment, seat: Seat) -> None:
        row.event, row.post, row.template = self.resolve(seat)
        row.date = seat.date if seat.event is None else None


def _current(session: Session, chip: Chip) -> e.Assignment:
    row = session.get(e.Assignment, chip.id)
    if row is None or row.version != chip.version:
        raise ConflictError(STALE)
    return row


def _taken(session: Session, volunteer_id: int, seat: Seat, places: _Places, skip=frozenset()) -> bool:
    """Does the volunteer already hold the seat (in a row other than those in `skip`)?"""
    event, post, template = places.resolve(seat)
    query = select(e.Assignment.id).where(e.Assignment.volunteer_id == volunteer_id)
    if event is not None:
        query = query.where(e.Assignment.event_id == event.id)
    else:
        query = query.where(e.Assignment.post_id == post.id, e.Assignment.template_id == template.id,
                            e.Assignment.date == seat.date)
    return any(found not in skip for found in session.scalars(query))


def _audit(session: Session, actor: str, action: str, code: str, detail: dict) -> None:
    session.add(e.AuditEntry(actor=actor, action=action, entity="assignment", entity_code=code, detail=detail))


def _refresh(session: Session, rows: list[e.Assignment]) -> list[Chip]:
    session.flush()
    return [_chip(r) for r in rows]


def assign(db: Database, volunteer: str, seat: Seat, *, locked: bool = False, source: str = "hand",
           actor: str = "unknown") -> Chip:
    """Put `volunteer` on `seat`; ConflictError when they already hold it."""
    return replace(db, [], [NewChip(volunteer, seat, locked, source)], actor=actor, action="assign")[0]


def unassign(db: Database, chip: Chip, *, actor: str = "unknown") -> None:
    replace(db, [chip], [], actor=actor, action="unassign")


def move(db: Database, chip: Chip, seat: Seat, *, actor: str = "unknown") -> Chip:
    """The same volunteer on another seat (the row keeps its lock and its id)."""
    with db.session() as session:
        places = _Places(session)
        row = _current(session, chip)
        if _taken(session, row.volunteer_id, seat, places, {row.id}):
            raise ConflictError(f"{chip.volunteer} is already on {seat.key}")
        places.fill(row, seat)
        row.source = "hand"
        _audit(session, actor, "move", chip.volunteer, {"from": chip.seat.key, "to": seat.key})
        return _refresh(session, [row])[0]


def swap(db: Database, first: Chip, second: Chip, *, actor: str = "unknown") -> tuple[Chip, Chip]:
    """Exchange the seats of two chips (two volunteers trade their duties)."""
    if first.volunteer == second.volunteer:
        raise ValueError("a volunteer cannot swap with themselves")
    with db.session() as session:
        places = _Places(session)
        a, b = _current(session, first), _current(session, second)
        for row, seat, who in ((a, second.seat, first.volunteer), (b, first.seat, second.volunteer)):
            if _taken(session, row.volunteer_id, seat, places, {a.id, b.id}):
                raise ConflictError(f"{who} is already on {seat.key}")
        places.fill(a, second.seat)
        places.fill(b, first.seat)
        a.source = b.source = "hand"
        _audit(session, actor, "swap", f"{first.volunteer}<->{second.volunteer}",
               {"seats": [first.seat.key, second.seat.key]})
        chips = _refresh(session, [a, b])
        return chips[0], chips[1]


def set_locked(db: Database, chip: Chip, locked: bool, *, actor: str = "unknown") -> Chip:
    with db.session() as session:
        row = _current(session, chip)
        row.locked = locked
        _audit(session, actor, "lock" if locked else "unlock", chip.volunteer, {"seat": chip.seat.key})
        return _refresh(session, [row])[0]


def replace(db: Database, removed: Iterable[Chip], added: Iterable[NewChip], *, actor: str = "unknown",
            action: str = "edit", before: Callable[[Session], None] | None = None) -> list[Chip]:
    """Delete `removed` and create `added` in one transaction; the new chips, in `added` order.
    `before(session)` runs first in that transaction (a solve's `ReadStamp.verify`: lock, and
    refuse when the period changed since the solve read it)."""
    removed, added = list(removed), list(added)
    with db.session() as session:
        if before is not None:
            before(session)
        places = _Places(session)
        for chip in removed:
            session.delete(_current(session, chip))
        session.flush()
        volunteers: dict[str, e.Volunteer] = {}
        rows = []
        for new in added:
            volunteer = volunteers.get(new.volunteer) or places.volunteer(new.volunteer)
            volunteers[new.volunteer] = volunteer
            if len(added) <= 20 and _taken(session, volunteer.id, new.seat, places):
                raise ConflictError(f"{new.volunteer} is already on {new.seat.key}")
            row = e.Assignment(volunteer=volunteer, locked=new.locked, source=new.source)
            places.fill(row, new.seat)
            session.add(row)
            rows.append(row)
        try:
            session.flush()
        except IntegrityError as exc:  # a big batch relies on the unique constraints instead
            raise ConflictError(f"an assignment already exists: {exc.orig}") from None
        code = removed[0].volunteer if len(removed) == 1 and not added else (
            added[0].volunteer if len(added) == 1 and not removed else "roster")
        _audit(session, actor, action, code, {"removed": [c.seat.entry(c.volunteer, c.locked) for c in removed],
                                              "added": [n.seat.entry(n.volunteer, n.locked) for n in added]})
        return _refresh(session, rows)


def add_leave(db: Database, volunteer: str, start: dt.date, end: dt.date, reason: str = "",
              *, actor: str = "unknown") -> int:
    """A leave range (someone fell ill): returns its id so that an undo can take it back."""
    if end < start:
        raise ValueError("the last day of the leave is before the first")
    with db.session() as session:
        row = _Places(session).volunteer(volunteer)
        leave = e.Leave(start=start, end=end, reason=reason)
        row.leave.append(leave)
        flag_modified(row, "name")  # a new version: an availability form opened before sees the change
        session.flush()
        session.add(e.AuditEntry(actor=actor, action="leave", entity="volunteer", entity_code=volunteer,
                                 detail={"from": start.isoformat(), "to": end.isoformat(), "reason": reason}))
        return leave.id


def remove_leave(db: Database, leave_id: int, *, actor: str = "unknown") -> None:
    with db.session() as session:
        leave = session.get(e.Leave, leave_id)
        if leave is None:
            raise ConflictError("this leave was already removed")
        session.add(e.AuditEntry(actor=actor, action="leave_removed", entity="volunteer",
                                 entity_code=leave.volunteer.code,
                                 detail={"from": leave.start.isoformat(), "to": leave.end.isoformat()}))
        flag_modified(leave.volunteer, "name")
        session.delete(leave)


# ---- publishing ----------------------------------------------------------------------------------

def _publication(row: e.PublishedRoster) -> Publication:
    return Publication(row.id, row.published_at, row.published_by, row.date_from, row.date_to, row.note,
                       tuple(row.assignments))


def _latest_publication(session: Session, start: dt.date, end: dt.date) -> Publication | None:
    row = session.scalars(select(e.PublishedRoster).where(
        e.PublishedRoster.date_from <= end, e.PublishedRoster.date_to >= start)
        .order_by(e.PublishedRoster.published_at.desc(), e.PublishedRoster.id.desc())).first()
    return None if row is None else _publication(row)


def latest_publication(db: Database, start: dt.date, end: dt.date) -> Publication | None:
    """The newest published version that covers any day of [start, end]."""
    with db.session() as session:
        return _latest_publication(session, start, end)


def publish(db: Database, start: dt.date, end: dt.date, *, actor: str, note: str = "") -> Publication:
    """Freeze the roster of [start, end] (every center) as it is now, with who and when."""
    with db.session() as session:
        chips = [_chip(r) for r in _period_rows(session, start, end, None)]
        entries = sorted((c.seat.entry(c.volunteer, c.locked) for c in chips), key=_entry_key)
        row = e.PublishedRoster(published_by=actor, date_from=start, date_to=end, note=note,
                                assignments=[_json_entry(x) for x in entries],
                                published_at=dt.datetime.now().replace(microsecond=0))
        session.add(row)
        session.add(e.AuditEntry(actor=actor, action="publish", entity="roster", entity_code=f"{start}..{end}",
                                 detail={"assignments": len(entries), "note": note}))
        session.flush()
        return _publication(row)


def _entry_key(entry: dict) -> tuple:
    return (entry.get("date") or "", entry.get("event") or "", entry.get("center") or "", entry.get("shift") or "",
            entry.get("post") or "", entry["volunteer"])


def _json_entry(entry: dict) -> dict:
    return {k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in entry.items()}


@dataclass(frozen=True)
class Changes:
    """The board's roster against a published version (over the days both cover)."""

    added: frozenset  # (volunteer, seat key) pairs not in the published version
    removed: tuple  # Seat entries (dicts) of the published version no longer on the board

    @property
    def count(self) -> int:
        return len(self.added) + len(self.removed)


def changes_since(board: Board, publication: Publication | None = None) -> Changes:
    publication = publication or board.publication
    if publication is None:
        return Changes(frozenset(), ())
    lo, hi = max(board.start, publication.date_from), min(board.end, publication.date_to)
    event_dates = {ev.code: ev.date for ev in board.events}
    centers = {c.code for c in board.centers}

    def covered(seat: Seat) -> bool:
        if seat.event is not None:
            date = event_dates.get(seat.event)
            return date is not None and lo <= date <= hi
        return seat.center in centers and lo <= seat.date <= hi

    published = {}
    for entry in publication.entries:
        seat = Seat.from_entry(entry)
        if covered(seat):
            published[(entry["volunteer"], seat.key)] = entry
    now = {c.pair for c in board.chips if covered(c.seat)}
    return Changes(frozenset(now - set(published)),
                   tuple(entry for pair, entry in sorted(published.items()) if pair not in now))


# ---- rules: the live check and candidates ---------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    volunteer: str
    name: str
    role: str
    offered: bool
    rule: str = ""  # the rule that keeps them off (not offered)
    reason: str = ""
    duties: int = 0  # shifts and events in the checked period
    soft: tuple[str, ...] = ()  # soft rules the assignment would cost (preferences, ...)


class RosterCheck:
    """The scheduler's view of a board period, built once per load: checks a roster with the
    same rule catalogue as the solver and ranks candidates for a seat."""

    def __init__(self, problem: p.Problem):
        # `existing` stays empty: the board's roster is what we check, not a previous one.
        self.problem = dataclasses.replace(problem, existing=(), repair=False)
        self.index = ProblemIndex(self.problem)

    @classmethod
    def load(cls, db: Database, start: dt.date, end: dt.date, center: str | None = None) -> RosterCheck:
        with db.session() as session:
            return cls(load_problem(session, start, end, center=center))

    def roster(self, chips: Iterable[Chip]) -> Roster:
        return Roster(self.problem, [c.seat.assignment(c.volunteer, c.locked) for c in chips], self.index)

    def check(self, chips: Iterable[Chip], *, soft: bool = True) -> list[p.Violation]:
        return check_roster(self.roster(chips), soft=soft)

    def knows(self, seat: Seat) -> bool:
        return self.index.duty_of(seat.assignment("")) is not None

    def hard_reason(self, roster: Roster, volunteer: str, seat: Seat) -> tuple[str, str] | None:
        """(rule, reason) of the first hard rule that taking the seat would break, or None."""
        duty = self.index.duty_of(seat.assignment(volunteer))
        person = self.index.volunteers.get(volunteer)
        if duty is None or person is None:
            return ("unknown_reference", "not part of this period's problem")
        first = first_exclusion(self.index, person, duty)
        if first is not None:
            return first[0], first[1].one
        for rule in HARD_RULES:
            if rule.blocks is not None:
                reason = rule.blocks(roster, volunteer, duty)
                if reason is not None:
                    return rule.name, reason.one
        return None

    def candidates(self, chips: list[Chip], seat: Seat, *, replacing: Chip | None = None) -> list[Candidate]:
        """Everyone for `seat`: those offered first (fewest duties in the period first), then the
        others with the rule and reason that keep them off. `replacing` is left out of the roster
        (choosing someone for an occupied seat replaces that chip)."""
        kept = [c for c in chips if replacing is None or c.id != replacing.id]
        roster = self.roster(kept)
        duty = self.index.duty_of(seat.assignment(""))
        on_seat = {c.volunteer for c in kept if c.seat.key == seat.key}
        found = []
        for person in self.problem.volunteers:
            if person.code in on_seat:
                continue
            duties = len(roster.duties_of(person.code))
            blocked = self.hard_reason(roster, person.code, seat)
            soft = []
            if duty is not None and blocked is None:
                if duty.weekday in person.avoids_weekdays or (duty.post and duty.post in person.avoids_posts):
                    soft.append("avoidances")
                if duty.weekday in person.prefers_weekdays or (duty.post and duty.post in person.prefers_posts):
                    soft.append("preferences")
            found.append(Candidate(person.code, person.name, person.role, blocked is None,
                                   *(blocked or ("", "")), duties=duties, soft=tuple(soft)))
        found.sort(key=lambda c: (not c.offered, "avoidances" in c.soft, c.duties, "preferences" not in c.soft,
                                  given_name_key(c.name), c.volunteer))
        return found

    def breaks(self, chips: list[Chip], new: Iterable[tuple[str, Seat]], removed: Iterable[Chip] = ()) -> list[p.Violation]:
        """Hard violations an edit would add: the roster after it, minus those already there."""
        new, removed = list(new), list(removed)
        gone = {c.id for c in removed}
        kept = [c for c in chips if c.id not in gone]
        after = kept + [Chip(-i - 1, 0, v, s) for i, (v, s) in enumerate(new)]
        # Hard rules are about one volunteer's duties or one seat's team, so only the chips of
        # the people and seats the edit touches can change the answer: checking those alone
        # keeps a hand edit on a province month well under a frame's worth of work.
        people = {v for v, _ in new} | {c.volunteer for c in removed}
        seats = {s.key for _, s in new} | {c.seat.key for c in removed}

        def local(roster: list[Chip]) -> list[Chip]:
            return [c for c in roster if c.volunteer in people or c.seat.key in seats]

        before = {(v.rule, v.message) for v in self.check(local(chips), soft=False)}
        return [v for v in self.check(local(after), soft=False) if (v.rule, v.message) not in before]


def diff(chips: Iterable[Chip], proposal: Iterable[tuple[str, Seat]]) -> tuple[list[Chip], list[NewChip]]:
    """What turns `chips` into the proposed roster: unlocked chips to remove, new chips to add
    (a solver's roster: locks are always part of it)."""
    chips = list(chips)
    wanted = {(v, s.key): s for v, s in proposal}
    have = {c.pair for c in chips}
    removed = [c for c in chips if c.pair not in wanted and not c.locked]
    added = [NewChip(v, seat, False, "solver") for (v, key), seat in sorted(wanted.items(), key=lambda i: i[0])
             if (v, key) not in have]
    return removed, added


@dataclass(frozen=True)
class WindowTotal:
    """A volunteer's count in one limit window (a week, a month) against its limits."""

    rule: str
    start: dt.date
    end: dt.date
    value: int
    max: int | None
    min: int | None

    @property
    def over(self) -> bool:
        return self.max is not None and self.value > self.max

    @property
    def under(self) -> bool:
        return self.min is not None and self.value < self.min


def window_totals(check: RosterCheck, chips: Iterable[Chip]) -> dict[str, list[WindowTotal]]:
    """Per volunteer, every counting window of the period with what the roster puts in it (work
    outside the period included), as the engine counts it."""
    roster = check.roster(chips)
    totals: dict[str, list[WindowTotal]] = {}
    for person in check.problem.volunteers:
        duties = roster.duties_of(person.code)
        found = []
        for w in person.windows:
            if w.measure != "assignments":
                continue
            inside = sum(1 for d in duties if w.start <= d.date <= w.end)
            found.append(WindowTotal(w.rule, w.start, w.end, w.already + inside, w.max, w.min))
        totals[person.code] = found
    return totals


# ---- protected work: what a generate would replace ------------------------------------------------

@dataclass(frozen=True)
class Protected:
    """The unlocked assignments of a period that a generate would replace although someone
    relies on them: on a published day, placed by hand, or on a day already past."""

    published: tuple[Chip, ...]
    hand: tuple[Chip, ...]
    past: tuple[Chip, ...]

    @property
    def chips(self) -> tuple[Chip, ...]:
        seen: dict[int, Chip] = {}
        for chip in self.published + self.hand + self.past:
            seen.setdefault(chip.id, chip)
        return tuple(seen.values())

    @property
    def count(self) -> int:
        return len(self.chips)

    @property
    def pairs(self) -> frozenset:
        """(volunteer, seat key) of every protected assignment: what a solve is asked to keep."""
        return frozenset(chip.pair for chip in self.chips)


def protected_chips(db: Database, start: dt.date, end: dt.date, center: str | None = None, *,
                    today: dt.date) -> Protected:
    """The unlocked assignments of [start, end] on a published day (any published version
    covering that day), placed by hand (source "hand": assigned, moved or swapped on the
    board), or dated before `today`."""
    with db.session() as session:
        rows = _period_rows(session, start, end, center)
        published = session.execute(select(e.PublishedRoster.date_from, e.PublishedRoster.date_to).where(
            e.PublishedRoster.date_from <= end, e.PublishedRoster.date_to >= start)).all()
        chips = [(_chip(r), r.event.date if r.event is not None else r.date) for r in rows if not r.locked]
    on_published = tuple(c for c, day in chips if any(lo <= day <= hi for lo, hi in published))
    return Protected(on_published, tuple(c for c, _day in chips if c.source == "hand"),
                     tuple(c for c, day in chips if day < today))
