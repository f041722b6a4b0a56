"""The first roster of a search: from the model's complete hint, or found by CP-SAT.

Without a complete start, CP-SAT's local-search workers alone (feasibility jump and violation
local search, one per thread) look first: on large rosters they find one long before anything
else, and they go on improving it while that pays. Local search never proves a model
infeasible, so when it finds nothing CP-SAT's default portfolio takes the rest of the time.
"""
from __future__ import annotations

import threading
import time

from ortools.sat.python import cp_model

from scheduler.cp_solver import new_solver, solve_watched
from scheduler.lns.shared import Incumbent, Shared

# The default portfolio's workers, when local search found no first roster: on small models it
# is the fastest and surest (benchmarks/RESULTS.md, "Tried, kept, dropped": First roster).
FIRST_ROSTER_WORKERS = 8
# Of the time limit at most, for local search alone before the rest: its first rosters came
# in 0.7-3.3 s where the portfolio took 24-30 s (benchmarks/RESULTS.md, "Tried, kept,
# dropped": First roster).
LOCAL_SEARCH_SHARE = 0.2
# Local search stops once LOCAL_SEARCH_STALL_S took less than LOCAL_SEARCH_GAIN off the
# objective: going on while it pays beat stopping at the first roster (same section).
LOCAL_SEARCH_STALL_S = 1.0
LOCAL_SEARCH_GAIN = 0.01


def hinted_roster(model: cp_model.CpModel) -> Incumbent | None:
    """The roster of a model's complete hint (a value for every variable) with its objective
    as CP-SAT computes it; None if the hint is not complete."""
    hint, proto = model.proto.solution_hint, model.proto
    if len(set(hint.vars)) != len(proto.variables):
        return None
    values = [0] * len(proto.variables)
    for var, value in zip(hint.vars, hint.values):
        values[var] = value
    objective = proto.objective
    total = sum(coeff * (values[var] if var >= 0 else 1 - values[-var - 1])
                for var, coeff in zip(objective.vars, objective.coeffs))
    return Incumbent(values, (total + objective.offset) * (objective.scaling_factor or 1))


def first_roster(model: cp_model.CpModel, shared: Shared, seed: int, time_limit: float,
                 cancel: threading.Event, threads: int = 2) -> int:
    """Offer a first roster found by CP-SAT to `shared`: local search alone (one worker a
    thread) for LOCAL_SEARCH_SHARE of the time at most, then, if it found none, CP-SAT's
    default portfolio of FIRST_ROSTER_WORKERS for the rest. Returns CP-SAT's status."""
    if cancel.is_set():
        return cp_model.UNKNOWN
    deadline = time.monotonic() + time_limit
    status = first_solve(model, shared, seed, time_limit * LOCAL_SEARCH_SHARE, cancel,
                         workers=max(2, threads), local_search_only=True)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE, cp_model.INFEASIBLE, cp_model.MODEL_INVALID) \
            or cancel.is_set() or deadline - time.monotonic() < 0.05:
        return status
    return first_solve(model, shared, seed, deadline - time.monotonic(), cancel, workers=FIRST_ROSTER_WORKERS)


def local_search_roster(model: cp_model.CpModel, *, seed: int, time_limit: float, cancel: threading.Event,
                        workers: int) -> Incumbent | None:
    """The best roster CP-SAT's local search alone finds for a model without a complete start,
    in LOCAL_SEARCH_SHARE of `time_limit` at most, or None. For models whose phase 2 is
    CP-SAT's own portfolio: the roster becomes its complete hint."""
    shared = Shared()
    first_solve(model, shared, seed, time_limit * LOCAL_SEARCH_SHARE, cancel, workers=workers,
                local_search_only=True)
    return shared.best


class _Offers(cp_model.CpSolverSolutionCallback):
    """Offers each roster of a search to `shared` and keeps (when, objective) of the better
    ones, to tell when local search stalls."""

    def __init__(self, shared: Shared):
        super().__init__()
        self.shared = shared
        self.found: list[tuple[float, float]] = []

    def on_solution_callback(self) -> None:
        if self.shared.offer(Incumbent(list(self.response_proto.solution), self.objective_value)):
            self.found.append((time.monotonic(), self.objective_value))

    def stalled(self) -> bool:
        """Whether the last LOCAL_SEARCH_STALL_S took less than LOCAL_SEARCH_GAIN off."""
        found = self.found
        if not found or time.monotonic() - found[0][0] < LOCAL_SEARCH_STALL_S:
            return False
        since = time.monotonic() - LOCAL_SEARCH_STALL_S
        then = next(objective for when, objective in reversed(found) if when <= since)
        return then - found[-1][1] <= LOCAL_SEARCH_GAIN * abs(then)


def first_solve(model: cp_model.CpModel, shared: Shared, seed: int, time_limit: float, cancel: threading.Event,
                *, workers: int, local_search_only: bool = False) -> int:
    """One CP-SAT search that offers its rosters to `shared`. The full portfolio stops at its
    first roster. Local search goes on improving it while that pays (`_Offers.stalled`):
    early on it improves a first roster much faster than anything else."""
    solver = new_solver()
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    solver.parameters.stop_after_first_solution = not local_search_only
    solver.parameters.max_time_in_seconds = time_limit
    if local_search_only:
        solver.parameters.filter_subsolvers.extend(["fj*", "ls*"])
    offers = _Offers(shared)
    # Stopped when the user cancels or local search stalls.
    return solve_watched(solver, model, lambda: cancel.is_set() or offers.stalled(), offers)
