"""How the scheduler runs CP-SAT: every solver leaves Ctrl-C to its caller, whose `cancel`
stops the search, and a running search can be stopped from outside (`solve_watched`)."""
from __future__ import annotations

import threading
from typing import Callable

from ortools.sat.python import cp_model


def new_solver() -> cp_model.CpSolver:
    """A CP-SAT solver that does not catch Ctrl-C (SIGINT): the caller's `cancel` handles it."""
    solver = cp_model.CpSolver()
    solver.parameters.catch_sigint_signal = False
    return solver


def solve_watched(solver: cp_model.CpSolver, model: cp_model.CpModel, stop_when: Callable[[], bool],
                  callback: cp_model.CpSolverSolutionCallback | None = None) -> int:
    """`solver.solve(model, callback)`, stopped as soon as `stop_when()` holds (checked every
    0.05 s from a watching thread): a cancel or a stall ends the search even when no new
    solution arrives to call back. Returns CP-SAT's status."""
    done = threading.Event()

    def watch() -> None:
        while not done.wait(0.05):
            if stop_when():
                solver.stop_search()
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    try:
        return solver.solve(model, callback)
    finally:
        done.set()
        watcher.join()
