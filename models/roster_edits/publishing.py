"""Published versions of a period's roster and what changed on the board since the latest one."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select

from models import entities as e
from models.db import Database
from models.roster_edits.board import (
    Board,
    Chip,
    Publication,
    Seat,
    _chip,
    _period_rows,
    _publication,
)


def publish(db: Database, start: dt.date, end: dt.date, *, actor: str, note: str = "") -> Publication:
    """Freeze the roster of [start, end] (every center) as it is now, with who and when."""
    with db.session() as session:
        chips = [_chip(r) for r in _period_rows(session, start, end, None)]
        entries = sorted((c.seat.entry(c.volunteer, c.locked) for c in chips), key=_entry_key)
        row = e.PublishedRoster(published_by=actor, date_from=start, date_to=end, note=note,
                                assignments=entries,
                                published_at=dt.datetime.now().replace(microsecond=0))
        session.add(row)
        session.add(e.AuditEntry(actor=actor, action="publish", entity="roster", entity_code=f"{start}..{end}",
                                 detail={"assignments": len(entries), "note": note}))
        session.flush()
        return _publication(row)


def _entry_key(entry: dict) -> tuple:
    return (entry.get("date") or "", entry.get("event") or "", entry.get("center") or "", entry.get("shift") or "",
            entry.get("post") or "", entry["volunteer"])


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
