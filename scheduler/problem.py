"""The instance the engine solves and the roster it returns, as plain frozen data classes.

Nothing here knows about databases or Qt. `models` turns workspace rows into a `Problem`;
benchmarks build one from published instances. Times are minutes since midnight of the
shift's own date (an `end_min` above 1440 is a shift that runs past midnight).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal, Mapping

ROLES: tuple[str, ...] = ("youth", "police", "staff", "leader")

Status = Literal["optimal", "feasible", "infeasible", "unknown"]


@dataclass(frozen=True)
class Demand:
    """Headcount wanted on one shift.

    `min` must be covered (each missing seat is reported with reasons and costs the
    `cover_min` weight), `target` is preferred (each seat below it costs `under_weight`, each
    seat above it `over_weight`), `max` is a hard cap (None = no cap).
    """

    min: int = 0
    target: int = 0
    max: int | None = None
    under_weight: int | None = None  # None: the problem's `weights.target_headcount`
    over_weight: int = 0


@dataclass(frozen=True)
class Shift:
    """One shift template on one date at one post of one center."""

    id: str  # unique in the problem, e.g. "HCC/F1/2026-11-24/AM"
    center: str
    post: str
    template: str  # shift-type code ("AM", or a benchmark's "D", "E", "L")
    date: dt.date
    start_min: int
    end_min: int
    demand: Demand
    required_skills: frozenset[str] = frozenset()

    @property
    def minutes(self) -> int:
        return self.end_min - self.start_min


@dataclass(frozen=True)
class Requirement:
    """A line of an event's team composition: at least `min` members with the role or skill."""

    min: int
    role: str | None = None
    skill: str | None = None


@dataclass(frozen=True)
class Event:
    """A dated outreach session with a team to staff."""

    code: str
    name: str
    center: str | None
    date: dt.date
    start_min: int
    end_min: int
    team_min: int
    team_max: int
    requirements: tuple[Requirement, ...] = ()
    location: str = ""

    @property
    def minutes(self) -> int:
        return self.end_min - self.start_min


@dataclass(frozen=True)
class Leave:
    """Inclusive date range in which a volunteer is never assigned."""

    start: dt.date
    end: dt.date
    reason: str = ""


@dataclass(frozen=True)
class CountWindow:
    """A counting limit on one volunteer over an inclusive date range.

    `models` expands the workspace limits into concrete windows (one per ISO week for
    `max_per_week`, one per calendar month for `max_per_month`/`min_per_month`, ...).
    `already` is what the volunteer already has inside the window but outside the solved
    period (e.g. earlier in the same week), so it counts against `max` and towards `min`.
    `max` is always hard; `min` is hard when `min_weight` is None, otherwise each unit of
    shortfall costs `min_weight`.
    """

    rule: str  # name shown in reasons and violations: "max_per_week", "min_per_month", ...
    start: dt.date
    end: dt.date
    measure: Literal["assignments", "minutes", "weekends"] = "assignments"
    max: int | None = None
    min: int | None = None
    min_weight: int | None = None
    already: int = 0


@dataclass(frozen=True)
class ShiftRequest:
    """A weighted wish to work (`on=True`) or not to work a shift type on a date."""

    date: dt.date
    template: str | None  # None: any shift or event that day
    weight: int
    on: bool


@dataclass(frozen=True)
class Volunteer:
    code: str
    name: str
    role: str = "youth"
    skills: frozenset[str] = frozenset()
    centers: frozenset[str] | None = None  # None: may serve any center
    active: bool = True
    # weekday (1 = Monday) -> template codes available that day, "*" = anything that day;
    # None = available every day.
    weekly: Mapping[int, frozenset[str]] | None = None
    leave: tuple[Leave, ...] = ()
    windows: tuple[CountWindow, ...] = ()
    prefers_weekdays: frozenset[int] = frozenset()
    avoids_weekdays: frozenset[int] = frozenset()
    prefers_posts: frozenset[str] = frozenset()
    avoids_posts: frozenset[str] = frozenset()
    requests: tuple[ShiftRequest, ...] = ()
    # Sequence limits (None = no limit). Runs are counted on calendar days with at least one
    # shift or event; a run touching the first or last day of the period is exempt from the
    # minimums (it may continue outside the period).
    max_consecutive_days: int | None = None
    min_consecutive_days: int | None = None
    min_consecutive_days_off: int | None = None
    max_per_template: Mapping[str, int] = field(default_factory=dict)
    # Load served before the period, relative to commitment, for the fairness rule:
    # assignments in the previous months (who served a lot in October serves less in November).
    prior_load: int = 0
    commitment: int = 0  # expected assignments per month (0: the problem's average)


@dataclass(frozen=True)
class FixedDuty:
    """A volunteer's existing assignment outside what is being solved (another center, the
    days just before or after the period). It blocks overlapping work and counts for the
    per-day and rest rules; it is never changed."""

    volunteer: str
    date: dt.date
    start_min: int
    end_min: int
    label: str = ""


@dataclass(frozen=True)
class Weights:
    """Objective weights (workspace `rules.weights`), all non-negative integers."""

    cover_min: int = 1000  # per missing seat below a shift's `min` or an event's `team_min`
    target_headcount: int = 2  # per seat below a shift's `target`
    fairness: int = 10
    preference: int = 3
    stability: int = 20  # per changed assignment in a repair
    min_per_month: int = 5  # per missing assignment below `min_per_month`
    outreach_fairness: int = 5
    mix: int = 4  # per shift without an experienced volunteer where a mix skill asks for one


@dataclass(frozen=True)
class Rules:
    max_shifts_per_day: int = 1
    min_rest_hours: float = 0.0
    # (a, b): a volunteer who works template a on day d may not work template b on day d+1.
    forbidden_successions: tuple[tuple[str, str], ...] = ()
    # Skills that mark experienced volunteers: every shift staffed by two or more people
    # should have at least one of them (soft, `weights.mix`).
    mix_skills: frozenset[str] = frozenset()
    weights: Weights = Weights()


@dataclass(frozen=True)
class Center:
    code: str
    name: str = ""
    # Dates on which the center is closed (public holidays), with the holiday's name.
    closed: Mapping[dt.date, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Assignment:
    """One volunteer on one shift (by `Shift.id`) or one event (by `Event.code`)."""

    volunteer: str
    shift: str | None = None
    event: str | None = None
    locked: bool = False


@dataclass(frozen=True)
class Problem:
    start: dt.date
    end: dt.date  # inclusive
    volunteers: tuple[Volunteer, ...]
    shifts: tuple[Shift, ...]
    events: tuple[Event, ...] = ()
    centers: tuple[Center, ...] = ()
    rules: Rules = Rules()
    # Assignments of the period already in the roster: the locked ones are kept by every
    # solve; the others are the previous roster (hints, and the `stability` rule in repair).
    existing: tuple[Assignment, ...] = ()
    fixed: tuple[FixedDuty, ...] = ()
    repair: bool = False


@dataclass(frozen=True)
class Unfilled:
    """Seats of a shift's `min` (or an event's `team_min`/requirements) left uncovered."""

    missing: int
    reasons: tuple[str, ...]
    shift: str | None = None
    event: str | None = None


@dataclass(frozen=True)
class VolunteerTotals:
    shifts: int = 0
    events: int = 0
    minutes: int = 0


@dataclass(frozen=True)
class Solution:
    status: Status
    objective: int | None
    best_bound: float | None
    wall_time_s: float
    assignments: tuple[Assignment, ...]
    unfilled: tuple[Unfilled, ...] = ()
    # soft rule name -> penalty it contributes to the objective (score analysis)
    penalties: Mapping[str, int] = field(default_factory=dict)
    per_volunteer: Mapping[str, VolunteerTotals] = field(default_factory=dict)


@dataclass(frozen=True)
class Violation:
    """A rule a roster breaks, as found by `validate` (hand edits, imported rosters)."""

    rule: str
    message: str
    volunteer: str | None = None
    shift: str | None = None
    event: str | None = None
    hard: bool = True
    penalty: int = 0  # a soft violation's cost in the objective (0 for hard ones)
    # What the message says, as data for other languages: codes and numbers ("count", "limit",
    # "skill", "date", "template", "other" duty...). Not part of equality: `message` is.
    params: Mapping[str, object] = field(default_factory=dict, compare=False, hash=False)
