"""The neighbourhood search: re-solve pieces of the shared best roster, each exactly.

A piece is a copy of the full model with every assignment outside it fixed to the best
roster's value, so every rule holds in what it returns; a better result becomes the shared
best roster. Several searches may run side by side (CP-SAT runs outside the GIL), each on its
own: it takes the best roster, solves a piece and offers the result, never waiting for another.
"""
from __future__ import annotations

import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Callable

from ortools.sat.python import cp_model

from scheduler.cp_solver import new_solver, solve_watched
from scheduler.lns import neighbourhoods
from scheduler.lns.neighbourhoods import START_SIZES, Kind, Neighbourhoods, Turns, hot_day, resized
from scheduler.lns.shared import Incumbent, Shared, full_lp
from scheduler.variables import Variables

if TYPE_CHECKING:
    from scheduler.lns.guide import Guide

# A piece not solved in this time is too big: its kind shrinks (`resized`). Shorter limits
# lost the large steps that only long pieces make (benchmarks/RESULTS.md, "Tried, kept,
# dropped": Neighbourhoods).
PIECE_TIME_S = 6.0
# Once the relaxation is solved, a guided piece stops when this long passes without a better
# roster: the relaxation no longer changes, so the same roster gives the same piece, and such
# pieces had taken most of a thread's time (benchmarks/RESULTS.md, "Tried, kept, dropped":
# Column-generation guide). Before that, each round gives a new piece, which keeps PIECE_TIME_S.
PIECE_STALL_S = 2.0


def solve_piece(model: cp_model.CpModel, assignment_vars: set[int], free: set[int], incumbent: Incumbent,
                seed: int, time_limit: float, stop: threading.Event,
                stall: float | None = None) -> tuple[int, cp_model.CpSolver]:
    """Re-solve the `free` assignment variables of `incumbent`, every other one fixed, for
    `time_limit` s at most or until `stop` is set. With `stall`, the piece also stops once
    `stall` s have passed without a roster better than `incumbent`, since its start or since
    its last better one. Returns (CP-SAT status, the solver)."""
    piece = model.clone()
    for i in assignment_vars - free:
        domain = piece.proto.variables[i].domain  # a Boolean: [0, 1] becomes [v, v]
        domain[0] = domain[1] = incumbent.values[i]
    piece.clear_hints()
    piece.proto.solution_hint.vars.extend(range(len(incumbent.values)))
    piece.proto.solution_hint.values.extend(incumbent.values)
    solver = new_solver()
    full_lp(solver.parameters)
    solver.parameters.random_seed = seed
    solver.parameters.max_time_in_seconds = time_limit
    better = _LastBetter(incumbent.objective)
    status = solve_watched(solver, piece,
                           lambda: stop.is_set() or (stall is not None and time.monotonic() - better.at > stall),
                           better if stall is not None else None)
    return status, solver


class _LastBetter(cp_model.CpSolverSolutionCallback):
    """Notes when a piece last found a roster better than the one it started from."""

    def __init__(self, objective: float):
        super().__init__()
        self.objective = objective
        self.at = time.monotonic()  # the piece's start until it finds a better roster

    def on_solution_callback(self) -> None:
        if self.objective_value < self.objective - 1e-6:
            self.at = time.monotonic()


class _Search:
    """One thread's neighbourhood search. `sizes` (each kind's current size) and `turns` are
    shared by every search of the solve."""

    def __init__(self, model: cp_model.CpModel, variables: Variables, shared: Shared, rng: random.Random, *,
                 deadline: float, stop: threading.Event, hotspots, guide: Guide | None,
                 until: Callable[[], bool] | None, sizes: list[float], turns: Turns):
        self.model, self.shared, self.rng = model, shared, rng
        self.assignment_vars = {var.index for _, _, var in variables.all()}
        self.deadline, self.stop, self.hotspots, self.guide, self.until = deadline, stop, hotspots, guide, until
        self.sizes, self.turns = sizes, turns
        self.pieces = Neighbourhoods(variables, rng)
        self.seen = 0  # the guide's rounds when this search last drew a piece

    def run(self) -> None:
        while True:
            remaining = self.deadline - time.monotonic()
            if remaining < 0.2 or self.shared.closed() or self.stop.is_set() or \
                    (self.until is not None and self.until()):
                return
            if self.shared.best is None:  # the exact search starts from the model's hint
                self.stop.wait(0.05)
                continue
            incumbent = self.shared.best
            kind, free = self._draw(incumbent)
            if kind is None and not free:  # the best roster is the relaxation's solution
                continue
            self._solve(kind, free, incumbent, remaining)

    def _draw(self, incumbent: Incumbent) -> tuple[Kind | None, set[int]]:
        """The next piece: its kind (None: the guided piece) and the indices it frees. The
        guided piece comes first after a new round of the guide while it pays; once the
        relaxation is solved, one that found nothing is not drawn again for the same roster
        (it would be the same piece)."""
        guide = self.guide
        guided = guide is not None and guide.ready() and not (
            guide.generation.converged and guide.tried is incumbent)
        rounds = guide.generation.rounds if guided else self.seen
        first = guided and guide.pays and rounds > self.seen
        self.seen = rounds
        kind = None if first else self.turns.draw(self.rng, guided)
        if kind is None:
            return None, guide.generation.disagreement(incumbent.values)
        hot = hot_day(self.hotspots, incumbent.values, self.rng) if kind == Kind.AROUND_PENALTY else None
        return kind, self.pieces.draw(kind, self.sizes[kind], hot)

    def _solve(self, kind: Kind | None, free: set[int], incumbent: Incumbent, remaining: float) -> None:
        """Solve the piece, offer its roster and record what it took."""
        guide = self.guide
        repeated = kind is None and guide.generation.converged  # the relaxation no longer changes
        began = time.monotonic()
        status, solver = solve_piece(self.model, self.assignment_vars, free, incumbent,
                                     self.rng.randrange(1 << 30), min(remaining, PIECE_TIME_S), self.stop,
                                     stall=PIECE_STALL_S if repeated else None)
        self.turns.took(kind, time.monotonic() - began)
        improved = status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and \
            self.shared.offer(Incumbent(list(solver.response_proto.solution), solver.objective_value))
        if repeated and not improved:
            guide.tried = incumbent
        if kind is None:
            guide.pays = improved or (status == cp_model.OPTIMAL and solver.wall_time <= neighbourhoods.PIECE_TARGET_S)
        else:
            self.sizes[kind] = resized(self.sizes[kind], status == cp_model.OPTIMAL, solver.wall_time)


def improve(model: cp_model.CpModel, variables: Variables, shared: Shared, *, deadline: float, seed: int,
            threads: int = 1, stop: threading.Event | None = None, hotspots=(),
            guide: Guide | None = None, until: Callable[[], bool] | None = None) -> None:
    """Re-solve pieces of the shared best roster until `deadline` (time.monotonic()), the
    bound is reached, `stop` is set or (checked between pieces) `until()` holds, on `threads`
    searches side by side. `hotspots` are (date, weight, variable index) of penalties about
    one day: the search frees the days around those the best roster pays for more often.
    With a `guide` whose rounds another thread runs (`Guide.run`), every search also draws
    the guided piece: the assignments on which the best roster disagrees with the
    relaxation's solution."""
    if not len(variables):
        return
    stop = stop or threading.Event()
    sizes, turns = list(START_SIZES), Turns(len(Kind))  # shared by the searches

    def search(rng: random.Random) -> None:
        _Search(model, variables, shared, rng, deadline=deadline, stop=stop, hotspots=hotspots, guide=guide,
                until=until, sizes=sizes, turns=turns).run()

    rng = random.Random(seed)
    if threads <= 1:
        search(rng)
        return
    with ThreadPoolExecutor(max_workers=threads) as pool:
        for job in [pool.submit(search, random.Random(rng.randrange(1 << 30))) for _ in range(threads)]:
            job.result()
