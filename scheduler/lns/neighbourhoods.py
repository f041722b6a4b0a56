"""The neighbourhoods the search frees: which assignments a piece frees, how large each kind
of piece is drawn and which kind comes next.

Rosters improve fastest along the two axes CP-SAT's own LNS does not know about, days and
people, where sequence rules, counting windows and cover live. A piece frees a stretch of
days for everybody, a group of volunteers for every day, a block of both, the days around a
day the roster pays a penalty on plus a few volunteers' whole period, or the same days of
every week for everybody. Each kind grows while its pieces solve to optimality quickly and
shrinks when they time out or solve slowly (`resized`); each gets about the same share of the
time, so quick kinds are drawn more often (`Turns`).
"""
from __future__ import annotations

import random
from enum import IntEnum

from scheduler.variables import Variables

# A kind of piece grows while its pieces solve to optimality within this time and shrinks once
# they take twice as long: pieces of about a week pay the most per second (benchmarks/RESULTS.md,
# "Tried, kept, dropped": Neighbourhoods).
PIECE_TARGET_S = 2.0


class Kind(IntEnum):
    """The kinds of neighbourhood, each freeing about a given share of the roster."""

    DAYS = 0  # a stretch of consecutive days, everybody
    VOLUNTEERS = 1  # a group of volunteers, every day
    BLOCK = 2  # a stretch of twice the days, half of the volunteers
    AROUND_PENALTY = 3  # the days around a penalised day, everybody, plus EXTRA_PEOPLE whole periods
    WEEKDAYS = 4  # the same days of every week, everybody


# Volunteers freed for the whole period beside the days around a penalty: covering a seat
# often moves a duty to another day (benchmarks/RESULTS.md, "Tried, kept, dropped": Neighbourhoods).
EXTRA_PEOPLE = 2
# The share of the roster each kind starts at, before it grows or shrinks (`resized`), by
# `Kind`. The same days of every week start at four days of the week, the size at which they
# get stalled rosters out (benchmarks/RESULTS.md, "Tried, kept, dropped": Neighbourhoods).
START_SIZES = (0.2, 0.2, 0.2, 0.2, 0.55)


class Neighbourhoods:
    """Draws pieces: sets of assignment-variable indices to free."""

    def __init__(self, variables: Variables, rng: random.Random):
        self.rng = rng
        self.by_date: dict = {}
        self.by_volunteer: dict = {}
        for code, duty, var in variables.all():
            self.by_date.setdefault(duty.date, []).append((code, var.index))
            self.by_volunteer.setdefault(code, []).append(var.index)
        self.dates, self.people = sorted(self.by_date), sorted(self.by_volunteer)

    def draw(self, kind: Kind, size: float, hot=None) -> set[int]:
        """About `size` (0..1) of the roster, as `kind` frees it. `hot` is the penalised day
        of `Kind.AROUND_PENALTY`: covering a seat often means someone gives up a duty on
        another day to stay inside their hours, hence the extra volunteers' whole period.
        `Kind.WEEKDAYS` exists because weekend limits and weekly patterns tie a Saturday to
        the other Saturdays of the period, which no stretch of consecutive days frees."""
        if kind == Kind.WEEKDAYS:
            return self._everybody(self._weekdays(size))
        if kind in (Kind.DAYS, Kind.AROUND_PENALTY):
            free = self._everybody(self._days(size, 2, around=hot))
            if kind == Kind.AROUND_PENALTY and hot is not None:
                for code in self.rng.sample(self.people, min(EXTRA_PEOPLE, len(self.people))):
                    free.update(self.by_volunteer[code])
            return free
        if kind == Kind.VOLUNTEERS:
            return {i for code in self._people(size) for i in self.by_volunteer[code]}
        chosen = set(self._people(0.5))
        return {i for d in self._days(min(1.0, 2 * size), 3) for code, i in self.by_date[d] if code in chosen}

    def _days(self, fraction: float, least: int, around=None) -> list:
        """A stretch of consecutive days, anywhere or (`around`) one that contains that date."""
        width = min(len(self.dates), max(least, round(fraction * len(self.dates))))
        if around in self.by_date:
            at = self.dates.index(around)
            first = min(max(0, at - self.rng.randrange(width)), len(self.dates) - width)
        else:
            first = self.rng.randrange(len(self.dates) - width + 1)
        return self.dates[first:first + width]

    def _weekdays(self, fraction: float) -> list:
        """The same days of every week: a stretch of about `fraction` of the week's seven days
        (at least two; Friday to Monday is a stretch too) on every week of the period, or,
        below 2/7 of the roster, on every week of a stretch of the period, so that this kind
        of piece shrinks as far as the others on a long period. The stretch of the week starts
        on a day of the week those dates have: a period shorter than a week gets a piece too."""
        asked = fraction * 7
        width = min(7, max(2, round(asked)))
        within = self.dates if asked >= 2 else self._days(asked / 2, 7)
        first = self.rng.choice(sorted({d.weekday() for d in within}))
        chosen = {(first + k) % 7 for k in range(width)}
        return [d for d in within if d.weekday() in chosen]

    def _everybody(self, days) -> set[int]:
        return {i for d in days for _, i in self.by_date[d]}

    def _people(self, fraction: float) -> list:
        return self.rng.sample(self.people, min(len(self.people), max(2, round(fraction * len(self.people)))))


def resized(size: float, optimal: bool, took: float) -> float:
    """The next size of a kind of piece: larger after a piece solved to optimality within
    PIECE_TARGET_S, smaller after one that timed out or took over twice that, else the same."""
    if optimal and took <= PIECE_TARGET_S:
        return min(0.6, size * 1.15)
    if not optimal or took > 2 * PIECE_TARGET_S:
        return max(0.03, size / 1.4)
    return size


def hot_day(hotspots, values: list[int], rng: random.Random):
    """A day the roster pays a penalty on, drawn in proportion to what it pays; None if none.
    `hotspots` are (date, weight, variable index) of the objective's terms about one day."""
    paid = [(weight * values[index], date) for date, weight, index in hotspots if values[index]]
    if not paid:
        return None
    return rng.choices([date for _, date in paid], weights=[cost for cost, _ in paid])[0]


class Turns:
    """Which kind of piece a search solves next. The guided piece, when there is one, keeps
    GUIDED_SHARE of the draws; the kinds of neighbourhood share the others in inverse
    proportion to how long their recent pieces took, so that each gets about the same share of
    the search's time, not of its pieces: drawn uniformly, the pieces that time out took most
    of the time. The guided piece keeps its draws because its long pieces improve the roster
    most early on (benchmarks/RESULTS.md, "Tried, kept, dropped": Neighbourhoods)."""

    SMOOTHING = 0.3  # the weight of a kind's last piece in its running time per piece
    GUIDED_SHARE = 0.2  # the guided piece's share of the draws

    def __init__(self, kinds: int = len(Kind)):
        self.seconds = [PIECE_TARGET_S] * kinds  # running time per piece of each kind

    def draw(self, rng: random.Random, guided: bool) -> Kind | None:
        """A kind of neighbourhood, or None for the guided piece (only when `guided`)."""
        if guided and rng.random() < self.GUIDED_SHARE:
            return None
        return Kind(rng.choices(range(len(self.seconds)), weights=[1 / seconds for seconds in self.seconds])[0])

    def took(self, kind: Kind | None, seconds: float) -> None:
        """Record that a piece of `kind` took `seconds` (the guided piece's are not counted)."""
        if kind is not None:
            self.seconds[kind] += self.SMOOTHING * (max(0.01, seconds) - self.seconds[kind])
