"""Build the CP-SAT model from the rule catalogue, solve it, and read back a `Solution`.

The model is always feasible for coverage (missing seats are priced, not forbidden). Locks:
a locked assignment that breaks a hard rule on its own (a candidate rule such as leave, or a
clash with another lock) raises `ValueError` naming the lock and the rule, before any solving;
the GUI and the command line show that message. The only remaining way to an "infeasible"
status is data that makes hard rules contradict each other (e.g. locked members of an event
whose composition rules cannot be completed).

Two phases: first CP-SAT minimises the missing minimum seats alone (a flow-like problem
whose bound closes fast), then that cover becomes a constraint and the full objective is
minimised from the phase-1 roster. Without it, local search on large problems traded covered
seats for fairness (benchmarks/RESULTS.md, "Tried, kept, dropped": Start and phases); with
`cover_min` the dominant weight by design, the lexicographic order is what the weights mean
anyway.

A repair (`Problem.repair`) adds a middle phase: with that cover kept, CP-SAT finds the
fewest changes to the previous roster (the `stability` term), and that count becomes a
constraint too; the weights then choose among the rosters that change no more. So a
repair after one person's week of leave moves only what it must, even when the previous
roster was far from optimal and a free re-optimisation would move thousands of seats.

`best_bound` then bounds that lexicographic problem.

The objective and the penalties reported are recomputed from the roster by the rules' check
functions, so they are exact; `best_bound` is CP-SAT's proven lower bound.
"""
from __future__ import annotations

import dataclasses
import math
import os
import threading
import time
from dataclasses import dataclass
from typing import Callable

from ortools.sat.python import cp_model

from scheduler.columns import ColumnGeneration, alone, decomposes
from scheduler.cp_solver import new_solver, solve_watched
from scheduler.index import ProblemIndex
from scheduler.lns import FIRST_ROSTER_WORKERS, Incumbent, Values, local_search_roster
from scheduler.lns.portfolio import portfolio
from scheduler.problem import Assignment, Problem, Solution, VolunteerTotals
from scheduler.reasons import unfilled
from scheduler.roster import Roster
from scheduler.rules import CATALOGUE, Term
from scheduler.rules.cover import KEPT_SEAT_CHANGES, add_kept_cover, kept_headcount
from scheduler.validate import check_roster, penalties
from scheduler.variables import Variables
from scheduler.warmstart import greedy_roster

_STATUS = {cp_model.OPTIMAL: "optimal", cp_model.FEASIBLE: "feasible", cp_model.INFEASIBLE: "infeasible"}
PROGRESS_INTERVAL_S = 0.25
# Of the time limit at most, for phase 1; it usually proves its cover optimal far sooner
# (benchmarks/RESULTS.md, "Tried, kept, dropped": Start and phases).
COVER_SHARE = 0.3


@dataclass(frozen=True)
class Progress:
    """One report from a running solve."""

    objective: float
    best_bound: float | None  # None until the search has proven one
    elapsed_s: float
    solutions: int


@dataclass
class Model:
    """A built model: CP-SAT model, its variables and the named objective terms."""

    model: cp_model.CpModel
    variables: Variables
    terms: list[Term]

    @property
    def objective(self):
        return sum(t.weight * t.expr for t in self.terms if t.weight)


def check_locks(problem: Problem, index: ProblemIndex) -> None:
    """Raise ValueError when the locked assignments break a hard rule on their own."""
    roster = Roster(problem, index.locked, index)
    broken = [v for v in check_roster(roster, soft=False, monotone_only=True) if v.rule != "locks"]
    if broken:
        lines = "; ".join(f"{v.rule}: {v.message}" for v in broken[:5])
        more = f" (and {len(broken) - 5} more)" if len(broken) > 5 else ""
        raise ValueError(f"locked assignments break hard rules — {lines}{more}")


def build(problem: Problem, index: ProblemIndex | None = None, *, hard_only: bool = False,
          cancel: threading.Event | None = None) -> Model | None:
    """The CP-SAT model of every rule in the catalogue (`hard_only`: of the hard rules only);
    None when `cancel` is set while it is built (checked between rules)."""
    index = index or ProblemIndex(problem)
    model = cp_model.CpModel()
    variables = Variables(model, index)
    terms: list[Term] = []
    for rule in CATALOGUE:
        if cancel is not None and cancel.is_set():
            return None
        if rule.hard or not hard_only:
            terms += rule.add(model, variables, problem) or []
    built = Model(model, variables, terms)
    model.minimize(built.objective)
    return built


def start_roster(problem: Problem, index: ProblemIndex):
    """The roster CP-SAT starts from: the previous one when there is one (hinting it keeps a
    repair small), otherwise the locks plus a greedy cover of the minimums."""
    if index.previous:
        return list(problem.existing)
    return greedy_roster(index)


def _breaks_hard_rule(problem: Problem, index: ProblemIndex, assignments) -> bool:
    """Whether the rule catalogue's own checks (`validate`) find a hard rule these break."""
    return any(v.hard for v in check_roster(Roster(problem, assignments, index), soft=False))


def complete_hint(built: Model, assignments, time_limit: float, cancel: threading.Event | None = None) -> bool:
    """Hint every variable, not only the assignments: CP-SAT takes a complete feasible hint
    as its first solution at once, where a partial one is often lost on large models.
    The objective's helper variables are found by a short solve with the assignments fixed.
    Returns whether the hint is complete (the assignments keep every hard rule)."""
    variables = built.variables
    variables.hint(assignments)
    chosen = {(a.volunteer, variables.index.duty_of(a).key) for a in assignments
              if variables.index.duty_of(a) is not None}
    built.model.add_assumptions([var if (code, duty.key) in chosen else ~var for code, duty, var in variables.all()])
    solver = new_solver()
    solver.parameters.num_workers = 1
    solver.parameters.cp_model_presolve = False
    solver.parameters.linearization_level = 0
    solver.parameters.max_time_in_seconds = time_limit
    status = _run_watched(solver, built.model, cancel)
    built.model.clear_assumptions()
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        _hint_solution(built.model, solver)
        return True
    return False


def configure(parameters, *, workers: int, seed: int, time_limit: float) -> None:
    """Search parameters (benchmarks/RESULTS.md, "Tried, kept, dropped": Model and CP-SAT
    parameters).

    Presolve turns `sum(seats) + missing >= 1` (missing in 0..1) into a clause, and the
    default LP worker (linearization level 1) leaves clauses out of the LP: its bound then
    stays at 0. The "max_lp" worker (level 2) keeps them and proves optimality fast, so with
    few workers it replaces "default_lp"; alone, the single worker runs at level 2.
    """
    parameters.max_time_in_seconds = time_limit
    parameters.num_workers = workers
    parameters.random_seed = seed
    if workers <= 1:
        parameters.linearization_level = 2
    elif workers < 8:
        parameters.extra_subsolvers.append("max_lp")
        parameters.ignore_subsolvers.append("default_lp")


def _proven(bound: float | None) -> float | None:
    """A bound as reported: None when none is proven yet (the searches start from minus
    infinity, which the GUI would show as "bound -inf" and JSON cannot hold)."""
    return bound if bound is not None and math.isfinite(bound) else None


class _Reporter(cp_model.CpSolverSolutionCallback):
    """Counts solutions, reports progress at most every PROGRESS_INTERVAL_S, honours cancel."""

    def __init__(self, on_progress, cancel: threading.Event | None):
        super().__init__()
        self.on_progress, self.cancel = on_progress, cancel
        self.solutions, self.last_report, self.started = 0, -1.0, time.monotonic()

    def on_solution_callback(self) -> None:
        self.solutions += 1
        if self.cancel is not None and self.cancel.is_set():
            self.stop_search()
        now = time.monotonic()
        if self.on_progress is not None and (self.solutions == 1 or now - self.last_report >= PROGRESS_INTERVAL_S):
            self.last_report = now
            self.on_progress(Progress(self.objective_value, _proven(self.best_objective_bound),
                                      now - self.started, self.solutions))


@dataclass
class _Run:
    solver: cp_model.CpSolver
    status: int


def _run(built: Model, workers: int, seed: int, time_limit: float, on_progress, cancel,
         terms: list[Term] | None = None) -> _Run:
    """One CP-SAT search on the built model, minimising `terms` (None: the whole objective)."""
    built.model.minimize(built.objective if terms is None else sum(t.weight * t.expr for t in terms))
    solver = new_solver()
    configure(solver.parameters, workers=workers, seed=seed, time_limit=max(time_limit, 0.05))
    reporter = _Reporter(on_progress, cancel)
    return _Run(solver, _run_watched(solver, built.model, cancel, reporter))


def _run_watched(solver: cp_model.CpSolver, model: cp_model.CpModel, cancel, callback=None) -> int:
    """`solver.solve(model)`, stopped as soon as `cancel` is set; UNKNOWN if it already is."""
    if cancel is None:
        return solver.solve(model, callback)
    if cancel.is_set():
        return cp_model.UNKNOWN
    return solve_watched(solver, model, cancel.is_set, callback)


def _hint_solution(model: cp_model.CpModel, solver: cp_model.CpSolver) -> None:
    _hint_values(model, solver.response_proto.solution)


def _hint_values(model: cp_model.CpModel, values) -> None:
    model.clear_hints()
    for i, value in enumerate(values):
        model.add_hint(model.get_int_var_from_proto_index(i), value)


def _local_search_start(built: Model, workers: int, seed: int, time_limit: float, cancel):
    """A large model without a complete start: CP-SAT's local search alone finds and improves
    a first roster (`scheduler.lns.local_search_roster`), which then becomes the complete hint
    of CP-SAT's own search: on large models local search improves a first roster far faster
    than CP-SAT's portfolio (benchmarks/RESULTS.md, "Tried, kept, dropped": First roster).
    Returns that roster's assignments, or None when local search found none."""
    built.model.minimize(built.objective)
    best = local_search_roster(built.model, seed=seed, time_limit=time_limit,
                               cancel=cancel or threading.Event(), workers=workers)
    if best is None:
        return None
    _hint_values(built.model, best.values)
    return built.variables.extract(Values(best.values))


# Of the time left, for `_volunteer_by_volunteer_start`; the rest completes its roster as a
# hint (benchmarks/RESULTS.md, "Tried, kept, dropped": First roster).
VOLUNTEER_BY_VOLUNTEER_SHARE = 0.9


class _Share(cp_model.CpSolverSolutionCallback):
    """Stops a search at its first roster after `until` (time.monotonic()), or at `until`
    when it has one: the best roster of its share of the time, or its first if that is later."""

    def __init__(self, until: float):
        super().__init__()
        self.until, self.found = until, False

    def on_solution_callback(self) -> None:
        self.found = True
        if time.monotonic() >= self.until:
            self.stop_search()

    def expire(self, solver: cp_model.CpSolver) -> None:
        if self.found:
            solver.stop_search()


def _volunteer_by_volunteer_start(problem: Problem, built: Model, seed: int, time_limit: float, cancel):
    """A large model on which local search found no roster: the volunteers one after another,
    each as a problem with that volunteer only, whose shifts want what the volunteers before
    left uncovered (the `min`, `target` and `max` less the seats already taken). Alone, a
    volunteer's period is a small model that CP-SAT solves in a fraction of a second; all
    together, with every seat's cover in the objective, neither local search nor CP-SAT's
    portfolio may find a roster in a minute (benchmarks/RESULTS.md, "Tried, kept, dropped":
    First roster).
    Each volunteer gets an equal share of the time left (or until a first roster, if that
    takes longer). Rules between volunteers that the shifts' left-over demand does not carry
    (an event's team) are checked on the whole: the roster is kept, as the complete hint of
    `built`, only when it keeps every hard rule there.
    Returns its assignments, or None (a volunteer without a roster, out of time before the
    last volunteer, cancelled, or the roster breaks a rule between volunteers)."""
    deadline = time.monotonic() + time_limit
    # The volunteers' shares end here; the rest is for their first rosters when these take
    # longer, and for checking the whole roster (seconds on a large model).
    shares_end = time.monotonic() + 0.7 * time_limit
    shifts = {shift.id: shift for shift in problem.shifts}
    found: list = []
    for left, volunteer in zip(range(len(problem.volunteers), 0, -1), problem.volunteers):
        own = build(alone(problem, volunteer, shifts.values()))
        remaining = deadline - time.monotonic()
        if remaining <= 0 or (cancel is not None and cancel.is_set()):
            return None
        solver = new_solver()
        # The default portfolio: on these small models it is the fastest and the surest
        # (benchmarks/RESULTS.md, "Tried, kept, dropped": First roster).
        solver.parameters.num_workers = FIRST_ROSTER_WORKERS
        solver.parameters.random_seed = seed
        solver.parameters.max_time_in_seconds = remaining
        mine_s = max(0.0, shares_end - time.monotonic()) / left
        share = _Share(time.monotonic() + mine_s)
        timer = threading.Timer(mine_s, share.expire, args=(solver,))
        timer.start()
        try:
            status = _run_watched(solver, own.model, cancel, share)
        finally:
            timer.cancel()
        if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            return None
        mine = own.variables.extract(solver)
        found += mine
        for assignment in mine:
            shift = shifts.get(assignment.shift)
            if shift is not None:
                d = shift.demand
                shifts[shift.id] = dataclasses.replace(shift, demand=dataclasses.replace(
                    d, min=max(0, d.min - 1), target=max(0, d.target - 1), max=None if d.max is None else d.max - 1))
    remaining = deadline - time.monotonic()
    if remaining > 0 and complete_hint(built, found, time_limit=remaining, cancel=cancel):
        return found
    # Not completed as a hint: the roster breaks a rule between volunteers, or the time ran
    # out first (completing a large roster takes seconds). The rules' own checks tell which;
    # a roster that keeps every hard rule is still the solve's roster.
    return None if _breaks_hard_rule(problem, built.variables.index, found) else found


# Models up to this many assignment variables solve phase 2 with `scheduler.lns.portfolio`
# (one full-LP CP-SAT worker beside a neighbourhood search). Each piece of that search copies
# the whole model, so larger ones (the 825-volunteer province: 43,000) keep CP-SAT's own
# portfolio (benchmarks/RESULTS.md, "Tried, kept, dropped": Portfolio).
PORTFOLIO_MAX_ASSIGNMENTS = 25_000


def _portfolio(built: Model, workers: int, seed: int, time_limit: float, on_progress, cancel, hinted: bool,
               generation: ColumnGeneration | None = None):
    """(status, assignments or None, bound) of phase 2 run by `scheduler.lns.portfolio`."""
    started = time.monotonic()
    found, last_report = 0, float("-inf")

    def report(incumbent: Incumbent, bound: float) -> None:
        # Local search can offer hundreds of rosters a second: report at most every
        # PROGRESS_INTERVAL_S, like `_Reporter`.
        nonlocal found, last_report
        found += 1
        now = time.monotonic()
        if on_progress is not None and now - last_report >= PROGRESS_INTERVAL_S:
            last_report = now
            on_progress(Progress(incumbent.objective, _proven(bound), now - started, found))

    built.model.minimize(built.objective)
    status, best, bound = portfolio(built.model, built.variables, time_limit=max(time_limit, 0.05), seed=seed,
                                    threads=max(1, min(workers, os.cpu_count() or 1)),
                                    on_improvement=report, cancel=cancel, hotspots=_hotspots(built.terms),
                                    hinted=hinted, generation=generation)
    return status, None if best is None else built.variables.extract(Values(best.values)), bound


def _hotspots(terms: list[Term]) -> list[tuple]:
    """(date, weight, variable index) of the objective's one-variable terms about one day."""
    return [(t.date, t.weight, t.expr.index) for t in terms
            if t.date is not None and t.weight > 0 and isinstance(t.expr, cp_model.IntVar)]


def solve(problem: Problem, *, time_limit: float = 10.0, workers: int = 2, seed: int = 0,
          on_progress: Callable[[Progress], None] | None = None,
          cancel: threading.Event | None = None) -> Solution:
    """Solve the problem; deterministic for a given seed with workers=1 (within the time limit).
    Raises ValueError for a time limit that is not positive or fewer than one worker."""
    if not time_limit > 0:
        raise ValueError(f"time_limit must be a positive number of seconds, got {time_limit!r}")
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers!r}")
    started = time.monotonic()
    index = ProblemIndex(problem)
    check_locks(problem, index)
    built = build(problem, index, cancel=cancel)
    start = start_roster(problem, index)
    status, assignments, bound = cp_model.UNKNOWN, None, None
    if built is not None:  # else Ctrl-C or Stop came while the model was built
        search = _Search(problem, index, built, workers, seed, time_limit, started, on_progress, cancel)
        # The rules' own checks find a start that breaks a hard rule in a fraction of the time
        # CP-SAT takes to reject it as a hint (an empty start that misses every volunteer's
        # minimum minutes, say).
        hinted = not _breaks_hard_rule(problem, index, start) and \
            complete_hint(built, start, time_limit=search.hint_time(), cancel=cancel)
        start, hinted, cover_cap = _phase_one(search, start, hinted)
        status, assignments, bound, start = _phase_two(search, start, hinted, cover_cap)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        # Cancelled or out of time before phase 2's first solution (or before the model was
        # built): the phase-1 (or greedy start) roster, if it keeps every hard rule, is still
        # a roster worth returning.
        if status == cp_model.INFEASIBLE or _breaks_hard_rule(problem, index, start):
            return _no_roster(index, status, started)
        assignments, bound, status = start, None, cp_model.FEASIBLE
    return _solution(problem, index, assignments, status, bound, time.monotonic() - started)


@dataclass(frozen=True)
class _Search:
    """One solve's fixed inputs: the problem, its model, the workers and the time budget."""

    problem: Problem
    index: ProblemIndex
    built: Model
    workers: int
    seed: int
    time_limit: float
    started: float
    on_progress: Callable[[Progress], None] | None
    cancel: threading.Event | None

    def remaining(self) -> float:
        return self.time_limit - (time.monotonic() - self.started)

    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def hint_time(self) -> float:
        """How long completing a roster as a hint may take: a fifth of the budget, 0.05–5 s."""
        return min(max(self.time_limit / 5, 0.05), 5.0)


def _phase_one(search: _Search, start: list[Assignment], hinted: bool) -> tuple[list[Assignment], bool, int | None]:
    """Phase 1 covers as many minimum seats as possible; a repair also finds the fewest changes
    (see module doc). Both in one search, the cover weighted above any number of changes: a
    cover-only phase would wander off to any roster with that cover, far from the previous one.
    Each result is kept as a constraint for what follows. Returns the roster to start phase 2
    from, whether the model holds it as a hint, and the most uncovered minimum seats
    (weighted) phase 2 may leave (None when phase 1 did not run)."""
    built = search.built
    cover = [t for t in built.terms if t.rule == "cover_min" and t.weight]
    stability = [t for t in built.terms if t.rule == "stability" and t.weight]
    kept = add_kept_cover(built.model, built.variables, search.problem) if stability else []
    if not (cover or stability) or search.cancelled():
        return start, hinted, None
    ranked = _phase_one_terms(search.index, len(built.variables), cover, kept, stability)
    phase = _run(built, search.workers, search.seed, search.remaining() * COVER_SHARE, None, search.cancel, ranked)
    if phase.status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return start, hinted, None
    start = built.variables.extract(phase.solver)
    for terms in (cover, kept, stability):
        if terms:
            total = sum(t.weight * t.expr for t in terms)
            built.model.add(total <= phase.solver.value(total))
    cover_cap = phase.solver.value(sum(t.weight * t.expr for t in cover)) if cover else None
    # Phase 1 priced only the cover and the changes, so its other penalty variables need only
    # keep the rules: as a hint they priced a center month's first roster at 14,783 where it
    # costs 93, and the search and its first progress report start from the hint. The hint
    # takes them at their best for the whole objective.
    built.model.minimize(built.objective)
    if not complete_hint(built, start, time_limit=search.hint_time(), cancel=search.cancel):
        _hint_solution(built.model, phase.solver)
    return start, True, cover_cap


def _phase_two(search: _Search, start: list[Assignment], hinted: bool, cover_cap: int | None):
    """Phase 2, the whole objective: `scheduler.lns.portfolio` for models it fits, else a first
    roster (neighbourhood search, then volunteer by volunteer) and CP-SAT's own portfolio.
    Returns (status, assignments or None, bound, the roster to fall back on)."""
    built, workers, seed, cancel = search.built, search.workers, search.seed, search.cancel
    if workers >= 2 and len(built.variables) <= PORTFOLIO_MAX_ASSIGNMENTS:
        generation = ColumnGeneration(search.problem, search.index, built.variables, build, cover_cap) \
            if decomposes(search.problem, search.index) else None
        status, assignments, bound = _portfolio(built, workers, seed, search.remaining(),
                                                search.on_progress, cancel, hinted, generation)
        return status, assignments, bound, start
    if not hinted and workers >= 2 and not search.cancelled():
        first = _local_search_start(built, workers, seed, search.remaining(), cancel)
        if first is None and not search.cancelled():
            first = _volunteer_by_volunteer_start(search.problem, built, seed,
                                                  search.remaining() * VOLUNTEER_BY_VOLUNTEER_SHARE, cancel)
        if first is not None:
            start, hinted = first, True
    remaining = search.remaining()  # what those steps left
    if remaining <= 0 and hinted:  # the first-roster step's roster is the answer
        return cp_model.UNKNOWN, None, None, start
    result = _run(built, workers, seed, remaining, search.on_progress, cancel)
    if result.status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return result.status, built.variables.extract(result.solver), result.solver.best_objective_bound, start
    return result.status, None, None, start


def _no_roster(index: ProblemIndex, status, started: float) -> Solution:
    """The answer when no roster was found: the locks alone, without an objective."""
    return Solution(status=_STATUS.get(status, "unknown"), objective=None, best_bound=None,
                    wall_time_s=round(time.monotonic() - started, 3), assignments=tuple(index.locked))


def _phase_one_terms(index: ProblemIndex, variables: int, cover: list[Term], kept: list[Term],
                     stability: list[Term]) -> list[Term]:
    """Phase 1's objective, lexicographic by weights: the minimum seats first, then (in a
    repair) the seats the previous roster had filled up to their target, then the changes. A
    refilled seat is worth up to `KEPT_SEAT_CHANGES` changes (the add and a short chain of moves
    a post's skill may force), so a repair refills it whenever someone can take it."""
    if not kept:  # no seat to refill: each missing minimum seat above any number of changes
        rank = 1 + variables + len(index.previous)
        return [Term(t.rule, t.weight * rank, t.expr) for t in cover] + stability
    change = max((t.weight for t in stability), default=1)
    kept_weight = change * KEPT_SEAT_CHANGES
    most_changes = change * (1 + variables + len(index.previous))
    most_kept = kept_weight * sum(kept_headcount(index).values())
    lightest = min((t.weight for t in cover), default=1)
    rank = 1 + most_changes + most_kept  # one missing minimum seat outweighs everything below
    return ([Term(t.rule, -(-t.weight * rank // lightest), t.expr) for t in cover]
            + [Term(t.rule, kept_weight, t.expr) for t in kept] + stability)


def _solution(problem: Problem, index: ProblemIndex, assignments, status, bound: float | None,
              wall_time: float) -> Solution:
    assignments = tuple(assignments)
    roster = Roster(problem, assignments, index)
    scores = penalties(roster)
    objective = sum(scores.values())
    return Solution(
        status=_STATUS[status],
        objective=objective,
        best_bound=None if _proven(bound) is None else min(bound, float(objective)),
        wall_time_s=round(wall_time, 3),
        assignments=assignments,
        unfilled=tuple(unfilled(roster)),
        penalties=scores,
        per_volunteer=_totals(problem, roster),
    )


def _totals(problem: Problem, roster: Roster) -> dict[str, VolunteerTotals]:
    totals = {}
    for volunteer in problem.volunteers:
        duties = roster.duties_of(volunteer.code)
        totals[volunteer.code] = VolunteerTotals(
            shifts=sum(1 for d in duties if d.kind == "shift"),
            events=sum(1 for d in duties if d.kind == "event"),
            minutes=sum(d.minutes for d in duties))
    return totals
