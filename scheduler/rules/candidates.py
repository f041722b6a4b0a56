"""Hard rules that depend only on one volunteer and one duty: who may be a candidate at all.

Each rule is a function `(index, volunteer, duty) -> Reason | None`: None when the rule lets the
volunteer take the duty, otherwise why not (singular and plural wording, for counting reasons
of unfilled seats). `Variables` creates a BoolVar only where every rule here says None, so these
rules need no constraint; `validate` applies the same functions to a hand-made roster.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

from scheduler.index import WEEKDAY_NAMES, Duty, ProblemIndex
from scheduler.problem import Volunteer


class Reason(NamedTuple):
    one: str  # "volunteer on leave"
    many: str  # "volunteers on leave"
    params: tuple = ()  # (name, value) pairs of what the phrase says: ("skill", "vneid")

    def counted(self, n: int) -> str:
        return f"{n} {self.one if n == 1 else self.many}"


CandidateRule = Callable[[ProblemIndex, Volunteer, Duty], "Reason | None"]


def inactive(index: ProblemIndex, volunteer: Volunteer, duty: Duty) -> Reason | None:
    return None if volunteer.active else Reason("inactive", "inactive")


def serves_center(index: ProblemIndex, volunteer: Volunteer, duty: Duty) -> Reason | None:
    if volunteer.centers is None or duty.center is None or duty.center in volunteer.centers:
        return None
    return Reason("serves other centers", "serve other centers")


def closed_on_holidays(index: ProblemIndex, volunteer: Volunteer, duty: Duty) -> Reason | None:
    holiday = index.closed_reason(duty)
    if holiday is None:
        return None
    return Reason(f"center closed ({holiday})", f"center closed ({holiday})", (("holiday", holiday),))


def leave(index: ProblemIndex, volunteer: Volunteer, duty: Duty) -> Reason | None:
    for period in volunteer.leave:
        if period.start <= duty.date <= period.end:
            return Reason("volunteer on leave", "volunteers on leave", (("leave_reason", period.reason),))
    return None


def _part_of_day(duty: Duty) -> str:
    minute = duty.start % 1440
    return "morning" if minute < 12 * 60 else "afternoon" if minute < 17 * 60 else "evening"


def _overlaps(duty: Duty, window: tuple[int, int]) -> bool:
    start, end = duty.start % 1440, duty.start % 1440 + duty.minutes
    return window[0] < end and start < window[1]


def availability_weekly(index: ProblemIndex, volunteer: Volunteer, duty: Duty) -> Reason | None:
    if volunteer.weekly is None:
        return None
    day = WEEKDAY_NAMES[duty.weekday - 1]
    allowed = volunteer.weekly.get(duty.weekday)
    if not allowed:
        return Reason(f"not available on {day}", f"not available on {day}", (("weekday", duty.weekday),))
    if "*" in allowed:
        return None
    if duty.kind == "shift":
        if duty.template in allowed:
            return None
        phrase = f"not available on {day} {_part_of_day(duty)} ({duty.template})"
        return Reason(phrase, phrase, (("weekday", duty.weekday), ("part", _part_of_day(duty))))
    # Events: available when a template the volunteer lists that day overlaps the event.
    if any(_overlaps(duty, w) for t in allowed for w in index.template_windows.get(t, ())):
        return None
    phrase = f"not available on {day} {_part_of_day(duty)}"
    return Reason(phrase, phrase, (("weekday", duty.weekday), ("part", _part_of_day(duty))))


def post_skills(index: ProblemIndex, volunteer: Volunteer, duty: Duty) -> Reason | None:
    missing = sorted(duty.required_skills - volunteer.skills)
    if not missing:
        return None
    return Reason(f"lacks the skill {missing[0]}", f"lack the skill {missing[0]}", (("skill", missing[0]),))


# The order is also the order in which unfilled-seat reasons count a volunteer (first wins).
CANDIDATE_RULES: tuple[CandidateRule, ...] = (
    inactive, serves_center, closed_on_holidays, leave, availability_weekly, post_skills,
)


def first_exclusion(index: ProblemIndex, volunteer: Volunteer, duty: Duty) -> tuple[str, Reason] | None:
    """(rule name, reason) of the first candidate rule that excludes the volunteer, or None."""
    for rule in CANDIDATE_RULES:
        reason = rule(index, volunteer, duty)
        if reason is not None:
            return rule.__name__, reason
    return None


def is_candidate(index: ProblemIndex, volunteer: Volunteer, duty: Duty) -> bool:
    return first_exclusion(index, volunteer, duty) is None


def candidates_by_volunteer(index: ProblemIndex) -> dict[str, list[Duty]]:
    """Every duty each volunteer may take under the candidate rules (computed once per index)."""
    if "candidates" not in index.cache:
        index.cache["candidates"] = {
            v.code: [d for d in index.duties_open_to(v) if is_candidate(index, v, d)]
            for v in index.problem.volunteers
        }
    return index.cache["candidates"]
