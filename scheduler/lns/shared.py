"""What the searches of one solve share: the best roster found so far and the proven bound."""
from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Callable


def full_lp(parameters) -> None:
    """One CP-SAT worker with the whole linear relaxation (linearization level 2, every
    constraint in the LP from the start): the exact search and every piece run like this."""
    parameters.num_workers = 1
    parameters.linearization_level = 2
    parameters.add_lp_constraints_lazily = False



@dataclass
class Incumbent:
    """The best roster found so far: one value per model variable and its model objective."""

    values: list[int]
    objective: float


class Values:
    """A solved roster read back like a solver (`boolean_value`), for `Variables.extract`."""

    def __init__(self, values: list[int]):
        self.values = values

    def boolean_value(self, var) -> bool:
        return bool(self.values[var.index])


class Shared:
    """The best roster of every search of a solve, and the best bound proven."""

    def __init__(self, on_improvement: Callable[[Incumbent, float], None] | None = None):
        self.lock = threading.Lock()
        self.best: Incumbent | None = None
        self.bound = float("-inf")
        self.on_improvement = on_improvement

    def offer(self, candidate: Incumbent) -> bool:
        """Keep `candidate` when it is better than the best roster; whether it was."""
        with self.lock:
            if self.best is not None and candidate.objective >= self.best.objective - 1e-6:
                return False
            self.best = candidate
        if self.on_improvement is not None:
            self.on_improvement(candidate, self.bound)
        return True

    def within(self, share: float) -> bool:
        """Whether the best roster is within `share` of its objective above the bound."""
        return self.best is not None and \
            self.best.objective - self.bound <= share * abs(self.best.objective) + 1e-6

    def closed(self) -> bool:
        """Whether the best roster is proven optimal."""
        return self.within(0.0)
