"""How the scheduler runs CP-SAT: Ctrl-C left to the caller, a search stopped from outside."""
from __future__ import annotations

import time

from ortools.sat.python import cp_model

from scheduler.cp_solver import new_solver, solve_watched
from tests.scheduler.test_neighbourhoods import _random_3sat


def test_the_scheduler_s_solvers_leave_ctrl_c_to_the_caller():
    # CP-SAT's own SIGINT handler would swallow Ctrl-C; the caller's `cancel` stops the search.
    assert new_solver().parameters.catch_sigint_signal is False


def test_a_watched_search_stops_soon_after_it_is_told_to_without_a_new_solution():
    model, _, excused = _random_3sat(250, 4.6, seed=3, excuse=True)
    model.minimize(excused)  # one worker neither improves nor proves this in 30 s
    solver = new_solver()
    solver.parameters.num_workers = 1
    solver.parameters.max_time_in_seconds = 30
    told = time.monotonic() + 0.5
    status = solve_watched(solver, model, lambda: time.monotonic() >= told)
    assert status in (cp_model.FEASIBLE, cp_model.UNKNOWN)
    assert time.monotonic() - told < 1.0
