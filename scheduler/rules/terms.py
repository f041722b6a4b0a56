"""What a soft rule gives the objective: named, weighted pieces a person can read back."""
from __future__ import annotations

import datetime as dt
from typing import NamedTuple


class Term(NamedTuple):
    """`weight * expr` in the objective, reported under `rule` in `Solution.penalties`."""

    rule: str
    weight: int
    expr: object  # a CP-SAT linear expression or an int
    date: dt.date | None = None  # the day the penalty is about, when it is about one day


def penalty_violation(rule: str, weight: int, amount: int, message: str, params=None, **where):
    """A soft `Violation` that costs `weight * amount`."""
    from scheduler.problem import Violation

    return Violation(rule, message, hard=False, penalty=weight * amount, params=params or {}, **where)
