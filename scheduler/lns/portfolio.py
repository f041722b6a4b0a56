"""The portfolio: CP-SAT's exact search in one thread, the neighbourhood search in the
others, sharing the best roster.

The exact search is one full-LP CP-SAT worker (`full_lp`): on rostering models its bound and
its rosters beat many workers sharing two cores. Far from the bound its tree search finds
neither better rosters nor a better bound, so it first runs a trial (EXACT_TRIAL of the time
left). Unless the trial finishes, its thread then searches pieces too, when the relaxation is
solved or when the trial found no better roster, until the best roster is within EXACT_GAP of
the bound; the exact search then starts again in the time left. With column generation
(`scheduler.lns.guide`), the exact search's thread runs its rounds first.
"""
from __future__ import annotations

import threading
import time
from typing import Callable

from ortools.sat.python import cp_model

from scheduler.columns import ColumnGeneration
from scheduler.cp_solver import new_solver
from scheduler.lns.first_roster import first_roster, hinted_roster
from scheduler.lns.guide import Guide
from scheduler.lns.search import improve
from scheduler.lns.shared import Incumbent, Shared, full_lp
from scheduler.variables import Variables

# Once the relaxation is solved (or, without one, when the exact search's trial found no
# better roster), the exact search's thread searches pieces too until the best roster is
# within this share of the bound: farther away, the exact search's rosters and bound did not
# improve, and near it, it finds and proves the optimum (benchmarks/RESULTS.md, "Tried, kept,
# dropped": Portfolio).
EXACT_GAP = 0.02
# Far from the bound, the exact search first gets this share of the time left: enough to
# prove small rosters optimal before the pieces take its thread (same section).
EXACT_TRIAL = 0.1
_FINISHED = (cp_model.OPTIMAL, cp_model.INFEASIBLE, cp_model.MODEL_INVALID)  # nothing left to search


class _Exact(cp_model.CpSolverSolutionCallback):
    """Offers the exact search's rosters to `shared`, raising its bound as they come."""

    def __init__(self, shared: Shared):
        super().__init__()
        self.shared = shared
        self.found = 0  # better rosters than the shared best

    def on_solution_callback(self) -> None:
        self.shared.bound = max(self.shared.bound, self.best_objective_bound)
        self.found += self.shared.offer(Incumbent(list(self.response_proto.solution), self.objective_value))


class _ExactThread:
    """The exact search's thread: the guide's rounds, a trial, pieces while far from the
    bound, then CP-SAT's exact search in the time left. `status` is None until it ends."""

    def __init__(self, model: cp_model.CpModel, variables: Variables, shared: Shared, stop: threading.Event, *,
                 seed: int, deadline: float, threads: int, hotspots, guide: Guide | None):
        self.model, self.variables, self.shared, self.stop = model, variables, shared, stop
        self.seed, self.deadline, self.threads, self.hotspots, self.guide = seed, deadline, threads, hotspots, guide
        self.solver = new_solver()
        full_lp(self.solver.parameters)
        self.solver.parameters.random_seed = seed
        self.status: int | None = None
        self.bound = float("-inf")  # the exact search's own best bound

    def search(self, seconds: float) -> tuple[int, int]:
        """CP-SAT's exact search for `seconds`: its status and how many rosters it found
        better than the shared best; its bound is shared."""
        self.solver.parameters.max_time_in_seconds = max(0.05, seconds)
        callback = _Exact(self.shared)
        status = self.solver.solve(self.model, callback)
        self.bound = max(self.bound, self.solver.best_objective_bound)
        self.shared.bound = max(self.shared.bound, self.bound)
        return status, callback.found

    def run(self) -> None:
        if self.guide is not None:
            self.guide.run(self.shared, seed=self.seed, deadline=self.deadline, stop=self.stop)
        if self.threads > 1 and not self.shared.within(EXACT_GAP) and not self.stop.is_set():
            status, found = self.search(EXACT_TRIAL * (self.deadline - time.monotonic()))
            if status in _FINISHED:
                self.status = status
                self.stop.set()
                return
            if not found or (self.guide is not None and self.guide.generation.converged):
                # A second piece search, its seed differing from the other's.
                improve(self.model, self.variables, self.shared, deadline=self.deadline, seed=self.seed + 1,
                        stop=self.stop, hotspots=self.hotspots, guide=self.guide,
                        until=lambda: self.shared.within(EXACT_GAP))
        if self.stop.is_set():
            self.status = cp_model.UNKNOWN
            return
        status, _ = self.search(self.deadline - time.monotonic())
        self.status = status
        if status in _FINISHED:
            self.stop.set()  # nothing left for the pieces to do

    def watch(self, cancel: threading.Event | None) -> None:
        """Stop every search on cancel or once the best roster is proven optimal."""
        while not self.stop.is_set() and self.status is None:
            if (cancel is not None and cancel.is_set()) or self.shared.closed():
                self.stop.set()
            self.stop.wait(0.05)
        while self.status is None:  # the exact search may start late, after the guide's rounds
            self.solver.stop_search()
            time.sleep(0.05)


def portfolio(model: cp_model.CpModel, variables: Variables, *, time_limit: float, seed: int, threads: int,
              on_improvement: Callable[[Incumbent, float], None] | None = None,
              cancel: threading.Event | None = None, hotspots=(),
              hinted: bool = False, generation: ColumnGeneration | None = None) -> tuple[int, Incumbent | None, float]:
    """Exact search in one thread, neighbourhood search in the others, for `time_limit` s.
    `hinted`: the model's hint is a whole roster that keeps every hard rule; the exact search
    starts from it and it is the neighbourhood search's first roster. Otherwise CP-SAT finds
    a first roster first (`first_roster`). With column generation (`generation`), the exact
    search's thread runs its rounds first (`Guide.run`). `hotspots` are (date, weight,
    variable index) of penalties about one day, for the neighbourhood search.
    Returns (CP-SAT status of the best roster: OPTIMAL, FEASIBLE or the exact search's own
    status when there is none, that roster or None, best bound)."""
    deadline = time.monotonic() + time_limit
    shared, stop = Shared(on_improvement), threading.Event()
    if not hinted:
        # On every thread: on large rosters the full-LP worker finds none for a minute. The
        # exact search does not take it as a hint: hinted, its bound stalled (benchmarks/
        # RESULTS.md, "Tried, kept, dropped": First roster).
        first = first_roster(model, shared, seed, time_limit, cancel or threading.Event(), threads)
        if first in _FINISHED or shared.best is None:
            bound = shared.best.objective if first == cp_model.OPTIMAL else float("-inf")
            return first, shared.best, bound
    elif (roster := hinted_roster(model)) is not None:
        shared.offer(roster)  # the pieces and the guide's rounds start from it at once
    guide = Guide(generation) if generation is not None and threads > 1 else None
    exact = _ExactThread(model, variables, shared, stop, seed=seed, deadline=deadline, threads=threads,
                         hotspots=hotspots, guide=guide)
    worker = threading.Thread(target=exact.run, daemon=True)
    worker.start()
    watcher = threading.Thread(target=exact.watch, args=(cancel,), daemon=True)
    watcher.start()
    if threads > 1:
        improve(model, variables, shared, deadline=deadline, seed=seed, threads=threads - 1, stop=stop,
                hotspots=hotspots, guide=guide)
    worker.join()
    stop.set()
    watcher.join()
    return _outcome(shared, exact)


def _outcome(shared: Shared, exact: _ExactThread) -> tuple[int, Incumbent | None, float]:
    """(status, best roster or None, bound) once every search has ended."""
    if shared.best is None:
        return exact.status, None, exact.bound
    bound = max(shared.bound, exact.bound)
    return (cp_model.OPTIMAL if shared.best.objective <= bound + 1e-6 else cp_model.FEASIBLE), shared.best, bound
