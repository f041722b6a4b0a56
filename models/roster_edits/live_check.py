"""The rule check of the board's roster, ranked candidates for a seat, the edits between two rosters and the
work totals per window."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Iterable

from exports.vietnamese import given_name_key
from models.bridge import load_problem
from models.db import Database
from models.roster_edits.board import Chip, NewChip, Seat
from scheduler import problem as p
from scheduler.index import ProblemIndex
from scheduler.roster import Roster
from scheduler.rules import HARD_RULES
from scheduler.rules.candidates import first_exclusion
from scheduler.rules.wishes import avoidance_hits
from scheduler.validate import check_roster


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
                if avoidance_hits(person, duty):
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
