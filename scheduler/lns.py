"""Large neighbourhood search around a roster: free a block of days or a group of volunteers,
keep every other assignment as it is, re-solve that piece exactly, keep the roster if it is
better, and repeat until the time is up.

CP-SAT's own LNS workers pick neighbourhoods without knowing what a day or a person is; rosters
improve fastest when a whole stretch of days (every volunteer) or a whole person (every day) is
re-planned at once, because sequence rules, weekly counts and cover all live along those two
axes. Each piece is a copy of the full model with the other assignment variables fixed, so every
rule of the catalogue holds in whatever it returns.
"""
from __future__ import annotations

import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable

from ortools.sat.python import cp_model

from scheduler.variables import Variables


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


class _Pieces:
    """Draws neighbourhoods: sets of assignment-variable indices to free."""

    def __init__(self, vars: Variables, rng: random.Random):
        self.rng = rng
        self.by_date: dict = {}
        self.by_volunteer: dict = {}
        for code, duty, var in vars.all():
            self.by_date.setdefault(duty.date, []).append((code, var.index))
            self.by_volunteer.setdefault(code, []).append(var.index)
        self.dates, self.people = sorted(self.by_date), sorted(self.by_volunteer)

    def _days(self, fraction: float, least: int) -> list:
        width = min(len(self.dates), max(least, round(fraction * len(self.dates))))
        first = self.rng.randrange(len(self.dates) - width + 1)
        return self.dates[first:first + width]

    def _people(self, fraction: float) -> list:
        return self.rng.sample(self.people, min(len(self.people), max(2, round(fraction * len(self.people)))))

    def draw(self, size: float) -> set[int]:
        """About `size` (0..1) of the roster: a stretch of days for everybody, a group of
        volunteers for every day, or a block of twice the days for half the people."""
        kind = self.rng.randrange(3)
        if kind == 0:
            return {i for d in self._days(size, 2) for _, i in self.by_date[d]}
        if kind == 1:
            return {i for c in self._people(size) for i in self.by_volunteer[c]}
        chosen = set(self._people(0.5))
        return {i for d in self._days(min(1.0, 2 * size), 3) for c, i in self.by_date[d] if c in chosen}


PIECE_TIME_S = 3.0  # a piece that is not solved in this time is too big: the next ones shrink


def _solve_piece(model: cp_model.CpModel, assignment_vars: set[int], free: set[int], incumbent: Incumbent,
                 seed: int, time_limit: float, stop: threading.Event) -> tuple[int, cp_model.CpSolver]:
    piece = model.clone()
    for i in assignment_vars - free:
        domain = piece.proto.variables[i].domain  # a Boolean: [0, 1] becomes [v, v]
        domain[0] = domain[1] = incumbent.values[i]
    piece.clear_hints()
    piece.proto.solution_hint.vars.extend(range(len(incumbent.values)))
    piece.proto.solution_hint.values.extend(incumbent.values)
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.linearization_level = 2  # the pieces are small: the full LP pays off
    solver.parameters.random_seed = seed
    solver.parameters.max_time_in_seconds = time_limit
    watcher = threading.Thread(target=lambda: stop.wait(time_limit) and solver.stop_search(), daemon=True)
    watcher.start()
    return solver.solve(piece), solver


def improve(model: cp_model.CpModel, vars: Variables, incumbent: Incumbent, *, deadline: float, seed: int,
            bound: float, threads: int = 1, on_improvement: Callable[[Incumbent], None] | None = None,
            cancel: threading.Event | None = None) -> Incumbent:
    """Re-solve neighbourhoods of the incumbent until `deadline` (time.monotonic()), the bound
    is reached, or `cancel` is set. `threads` pieces are solved at once (CP-SAT runs outside
    the GIL), the best improvement wins. Returns the best incumbent (possibly the one given)."""
    rng = random.Random(seed)
    pieces = _Pieces(vars, rng)
    if not pieces.dates:
        return incumbent
    assignment_vars = {var.index for _, _, var in vars.all()}
    stop = cancel or threading.Event()
    size = 0.2
    with ThreadPoolExecutor(max_workers=threads) as pool:
        while True:
            remaining = deadline - time.monotonic()
            if remaining < 0.2 or incumbent.objective <= bound or stop.is_set():
                return incumbent
            jobs = [pool.submit(_solve_piece, model, assignment_vars, pieces.draw(size), incumbent,
                                rng.randrange(1 << 30), min(remaining, PIECE_TIME_S), stop)
                    for _ in range(threads)]
            solved = [job.result() for job in jobs]
            found = [s for status, s in solved if status in (cp_model.OPTIMAL, cp_model.FEASIBLE)]
            best = min(found, key=lambda s: s.objective_value, default=None)
            if best is not None and best.objective_value < incumbent.objective - 1e-6:
                incumbent = Incumbent(list(best.response_proto.solution), best.objective_value)
                if on_improvement is not None:
                    on_improvement(incumbent)
            # Grow the pieces while they solve to optimality, shrink them when they time out.
            optimal = sum(status == cp_model.OPTIMAL for status, _ in solved) * 2 >= len(solved)
            size = min(0.6, size * 1.15) if optimal else max(0.03, size / 1.4)
