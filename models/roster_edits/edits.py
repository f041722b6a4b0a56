"""Hand edits of the board (assign, remove, move, swap, lock, replace, leave), one transaction each, refused
when a chip is stale."""
from __future__ import annotations

import datetime as dt
from typing import Callable, Iterable

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from models import entities as e
from models.db import ConflictError, Database
from models.roster_edits.board import Chip, NewChip, Seat, _chip


STALE = "another coordinator changed this assignment since the board was loaded; reload and try again"


class _Places:
    """Code → row look-ups for the rows a seat names, read once per transaction."""

    def __init__(self, session: Session):
        self.session = session
        self._resolved: dict[str, tuple] = {}
        self._volunteers: dict[str, e.Volunteer] = {}

    def volunteer(self, code: str) -> e.Volunteer:
        if code not in self._volunteers:
            row = self.session.scalars(select(e.Volunteer).where(e.Volunteer.code == code)).first()
            if row is None:
                raise LookupError(f"unknown volunteer {code}")
            self._volunteers[code] = row
        return self._volunteers[code]

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
        rows = []
        for new in added:
            volunteer = places.volunteer(new.volunteer)
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
