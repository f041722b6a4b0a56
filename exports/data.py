"""The plain data the exports render: frozen data classes with no database behind them.

`models.print_data` builds them from a workspace document; tests and benchmarks build them
directly. Texts are display texts (names, not codes) except where a field says `code`.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Organisation:
    """Who issues the document: the header at the top left and the signature block."""

    name: str = ""
    parent: str = ""
    place: str = ""
    signer_title: str = ""
    signer_name: str = ""


@dataclass(frozen=True)
class Person:
    code: str
    name: str
    phone: str = ""
    role: str = ""  # youth, police, staff or leader
    unit: str = ""  # the unit's name


@dataclass(frozen=True)
class RosterDay:
    """A column of a center roster. `closed` is the holiday's name when the center is shut."""

    date: dt.date
    closed: str | None = None


@dataclass(frozen=True)
class RosterCell:
    """Who serves one post in one shift on one day. `runs` is False when the shift template
    does not run on that weekday; `missing` counts seats below the demanded minimum."""

    people: tuple[Person, ...] = ()
    missing: int = 0
    runs: bool = True


@dataclass(frozen=True)
class RosterRow:
    """One post × shift template, with a cell per day of the document (same order as `days`)."""

    post: str
    shift: str
    start: dt.time
    end: dt.time
    cells: tuple[RosterCell, ...]


@dataclass(frozen=True)
class RosterEvent:
    """An outreach event the center hosts in the period, with its team (leaders first)."""

    name: str
    date: dt.date
    start: dt.time
    end: dt.time
    location: str
    team: tuple[Person, ...] = ()
    missing: int = 0  # members short of the team's minimum


@dataclass(frozen=True)
class RosterDocument:
    """The roster of one center for a period."""

    organisation: Organisation
    center: str
    date_from: dt.date
    date_to: dt.date
    days: tuple[RosterDay, ...]
    rows: tuple[RosterRow, ...]
    issued_on: dt.date | None = None  # None leaves 'ngày … tháng … năm …' blank
    events: tuple[RosterEvent, ...] = ()  # the outreach events it hosts, in date order

    @property
    def unfilled_seats(self) -> int:
        return sum(cell.missing for row in self.rows for cell in row.cells)


@dataclass(frozen=True)
class Duty:
    """One line of a personal schedule: a shift at a post, or an outreach event."""

    date: dt.date
    start: dt.time
    end: dt.time
    kind: str  # "shift" or "event"
    title: str  # shift name ("Sáng") or event name
    place: str  # center name, or the event's location
    post: str = ""  # the post's name, for shifts
    leader: Person | None = None  # whom to call: the team leader on that shift or event
    ref: str = ""  # stable identity across exports ("HCC/F1/2026-11-24/AM", "OUT-1128")


@dataclass(frozen=True)
class PersonalSchedule:
    organisation: Organisation
    volunteer: Person
    date_from: dt.date
    date_to: dt.date
    duties: tuple[Duty, ...]
    issued_on: dt.date | None = None


@dataclass(frozen=True)
class EventSheet:
    """The team sheet of one outreach event, with a signature column for attendance."""

    organisation: Organisation
    code: str
    name: str
    date: dt.date
    start: dt.time
    end: dt.time
    location: str
    center: str
    team: tuple[Person, ...]
    team_min: int = 0
    team_max: int = 0
    requirements: tuple[str, ...] = ()  # readable lines: "ít nhất 2 Công an"
    issued_on: dt.date | None = None

    @property
    def missing(self) -> int:
        return max(0, self.team_min - len(self.team))


@dataclass(frozen=True)
class VolunteerTally:
    volunteer: Person
    shifts: int
    events: int


@dataclass(frozen=True)
class UnitTally:
    unit: str
    volunteers: int  # active members of the unit
    serving: int  # members with at least one shift or event in the period
    shifts: int
    events: int


@dataclass(frozen=True)
class ResultLine:
    """Results entered for one center over the period."""

    center: str
    shifts_reported: int
    citizens_guided: int
    dossiers_supported: int
    vneid_activated: int


@dataclass(frozen=True)
class TargetLine:
    """A yearly target against what was done in the period and since 1 January."""

    label: str
    yearly_target: int
    in_period: int
    year_to_date: int

    @property
    def percent_of_target(self) -> float:
        return 100.0 * self.year_to_date / self.yearly_target if self.yearly_target else 0.0


@dataclass(frozen=True)
class StatsDocument:
    organisation: Organisation
    date_from: dt.date
    date_to: dt.date
    volunteers: tuple[VolunteerTally, ...]
    units: tuple[UnitTally, ...]
    results: tuple[ResultLine, ...] = ()
    targets: tuple[TargetLine, ...] = ()
    unfilled_seats: int = 0
    issued_on: dt.date | None = None
    subtitle: str = ""  # e.g. the center's name when the statistics cover one center
