"""Column generation: the linear relaxation of a roster over whole volunteer schedules, as a
guide for the neighbourhood search and as a lower bound.

When every rule but a shift's headcount is about one volunteer at a time (`decomposes`), a
roster is one schedule ("column") per volunteer, and the rules between volunteers are only the
headcounts. The master problem is a linear programme (GLOP): a convex combination of known
schedules per volunteer, the headcount rules as rows with priced slack (`cover_min`,
`cover_target`) or as hard caps (`demand_max`). Its dual prices say what one more person on
each shift is worth; each volunteer's pricing problem is that volunteer's own model (the
product's rules, built by `scheduler.solve.build` on the problem with that volunteer alone)
minimising their own penalties less those prices; the headcounts are the master's alone, so
the pricing models leave them out (`without_headcounts`). A dynamic programme over the
volunteer's days (`scheduler.pricing`) answers first: its best schedule, accepted by the
volunteer's model at the same cost, is that model's best too, in a few milliseconds where
CP-SAT takes tens. A schedule with a negative reduced cost becomes a new column; when none
has, the master's value is the relaxation's optimum.

What the search takes from it: the master's solution, read back per assignment
(`fractional_roster`), is a fractional roster close to the best ones. The assignments on which
the best roster disagrees with it are where the roster can still improve, and freeing exactly
those is a piece the neighbourhood search solves (a "relaxation induced neighbourhood", RINS,
as in MIP solvers; `scheduler.lns.guide`).

The bound: with every pricing problem solved to optimality, the master's value plus the
volunteers' reduced costs bounds the whole problem from below (Lagrangian bound), often above
what CP-SAT proves in the same time.
"""
from __future__ import annotations

import dataclasses
import math
import threading
import time
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Callable

from ortools.linear_solver import pywraplp
from ortools.sat.python import cp_model

from scheduler.cp_solver import new_solver
from scheduler.index import ProblemIndex
from scheduler.pricing import SequencePricing
from scheduler.problem import Problem, Shift, Volunteer
from scheduler.roster import Roster
from scheduler.rules.counts import cap
from scheduler.rules.cover import has_target, required, under_weight
from scheduler.validate import penalties
from scheduler.variables import Variables

# Soft rules whose terms compare volunteers with each other: a problem that prices them does
# not decompose by volunteer.
COUPLING_WEIGHTS = ("fairness", "outreach_fairness", "mix")
SCALE = 1000  # dual prices are rounded to 1/SCALE in the pricing problems' integer objectives
PRICING_TIME_S = 2.0  # per volunteer and step at most; the bound needs every one optimal
# How much longer pricing at the master's prices takes than pricing with none (a volunteer's
# own best schedule): measured 1.0-2.7 times (benchmarks/RESULTS.md, "Tried, kept, dropped":
# Column-generation guide).
PRICES_HARDER = 2.0
TOLERANCE = 0.01  # an assignment the best roster "disagrees" on differs from the fractional roster by more


def alone(problem: Problem, volunteer: Volunteer, shifts=None) -> Problem:
    """The problem with one volunteer only (and `shifts` instead of its own, if given)."""
    return dataclasses.replace(
        problem, volunteers=(volunteer,), shifts=problem.shifts if shifts is None else tuple(shifts),
        repair=False,
        existing=tuple(a for a in problem.existing if a.volunteer == volunteer.code),
        fixed=tuple(f for f in problem.fixed if f.volunteer == volunteer.code))


def without_headcounts(problem: Problem) -> tuple[Shift, ...]:
    """The problem's shifts with nothing wanted (no `min`, `target` or priced over-cover; caps
    kept): the pricing problems leave the headcounts to the master, and their models are
    smaller and faster to solve without them."""
    return tuple(dataclasses.replace(s, demand=dataclasses.replace(s.demand, min=0, target=0, over_weight=0))
                 for s in problem.shifts)


def decomposes(problem: Problem, index: ProblemIndex) -> bool:
    """Whether every hard rule and every priced term but the shifts' headcounts is about one
    volunteer: no events (their teams are rules between volunteers), no repair (its number
    of changes becomes a limit on the whole roster), no fairness or mix priced."""
    weights = problem.rules.weights
    return (bool(problem.volunteers) and not problem.repair and not index.previous
            and all(d.kind == "shift" for d in index.duties)
            and not any(getattr(weights, name) for name in COUPLING_WEIGHTS))


@dataclass(frozen=True)
class Column:
    cost: int  # the volunteer's own penalties
    ones: frozenset[int]  # indices of the full model's assignment variables set to 1


class _Pricer:
    """One volunteer's own model (built without headcounts): their rules, objective = their
    own penalties."""

    def __init__(self, code: str, built, full: Variables):
        self.model = built.model
        self.cost = sum(t.weight * t.expr for t in built.terms if t.weight)
        mine = [(full.assigned(code, duty).index, duty, var) for _, duty, var in built.variables.all()]
        self.xs = [(i, var) for i, _, var in mine]
        self.indices = frozenset(i for i, _ in self.xs)
        index = built.variables.index
        self.programme = SequencePricing.of(index.problem, index, index.volunteers[code],
                                            [(i, duty) for i, duty, _ in mine],
                                            {t.rule for t in built.terms if t.weight})
        self.programme_found = self.programme_missed = 0  # schedules the checks accepted / refused
        self.programme_s = 0.0  # seconds spent in the programme and its checks
        self.cp_sat_s, self.cp_sat_solves = 0.0, 0  # seconds and count of CP-SAT's pricing solves

    def _solver(self, seed: int, time_limit: float) -> cp_model.CpSolver:
        solver = new_solver()
        solver.parameters.num_workers = 1
        solver.parameters.linearization_level = 2  # measured fastest on these small models
        solver.parameters.random_seed = seed
        solver.parameters.max_time_in_seconds = max(0.01, time_limit)
        return solver

    def column_of(self, values: list[int]) -> Column | None:
        """The volunteer's schedule in a whole roster, with its cost; None if it is not one
        their own rules allow (the problem does not decompose as assumed)."""
        return self._column(frozenset(i for i in self.indices if values[i]))

    def _column(self, ones: frozenset[int]) -> Column | None:
        """The schedule working exactly `ones`, with its cost; None if the volunteer's rules
        do not allow it."""
        self.model.minimize(self.cost)
        self.model.add_assumptions([var if i in ones else ~var for i, var in self.xs])
        solver = self._solver(0, PRICING_TIME_S)
        solver.parameters.cp_model_presolve = False
        status = solver.solve(self.model)
        self.model.clear_assumptions()
        if status != cp_model.OPTIMAL:
            return None
        return Column(round(solver.objective_value), ones)

    def price(self, prices: dict[int, float], below: float, seed: int,
              time_limit: float, programme: bool = True) -> tuple[list[Column], float | None]:
        """(every schedule the search met whose reduced cost before the volunteer's own dual is
        under `below`, that least value if proven optimal, else None). The dynamic programme
        (`scheduler.pricing`) answers first when the volunteer has one: its best schedule under
        a subset of the rules is the best under all of them when the volunteer's own model
        accepts it at the same cost. Otherwise (or with `programme` False) CP-SAT searches."""
        if programme and self._programme_answers():
            began = time.monotonic()
            found = self._programme_best(prices)
            self.programme_s += time.monotonic() - began
            if found is not None:
                column, objective = found
                least = objective / SCALE - 0.5 * len(self.xs) / SCALE
                return ([column] if _reduced(column, prices) < below - 1e-6 else []), least
        self.model.minimize(SCALE * self.cost - sum(round(SCALE * prices.get(i, 0.0)) * var for i, var in self.xs))
        solver = self._solver(seed, time_limit)
        found: list[Column] = []
        pricer = self

        class Collect(cp_model.CpSolverSolutionCallback):
            def on_solution_callback(self) -> None:
                ones = frozenset(i for i, var in pricer.xs if self.boolean_value(var))
                column = Column(round(self.value(pricer.cost)), ones)
                if _reduced(column, prices) < below - 1e-6:
                    found.append(column)

        began = time.monotonic()
        status = solver.solve(self.model, Collect())
        self.cp_sat_s += time.monotonic() - began
        self.cp_sat_solves += 1
        if status != cp_model.OPTIMAL:
            return found, None
        # Rounding the prices moves the value by at most half a unit per assignment made.
        return found, solver.objective_value / SCALE - 0.5 * len(self.xs) / SCALE

    def _programme_answers(self) -> bool:
        """Whether to ask the programme: the volunteer has one, and the CP-SAT solves its
        answers saved (at CP-SAT's average time for this volunteer) outweigh the time it took,
        misses included; it is asked three times first. A programme that leaves out a binding
        cap (a volunteer whose minutes alone fill the states allowed) misses nearly every
        time, and asking it first would cost more than it saves."""
        if self.programme is None:
            return False
        if self.programme_found + self.programme_missed < 3 or not self.cp_sat_solves:
            return True
        return self.programme_found * self.cp_sat_s / self.cp_sat_solves > self.programme_s

    def _programme_best(self, prices: dict[int, float]) -> tuple[Column, int] | None:
        """(column, scaled objective as CP-SAT's model would price it) of the programme's best
        schedule, if the volunteer's own model accepts it at the programme's cost."""
        programme = self.programme
        scaled = [round(SCALE * prices.get(i, 0.0)) for i, _ in programme.options]
        found = programme.best([SCALE * own - price for own, price in zip(programme.own, scaled)])
        if found is not None:
            objective, worked = found
            objective += SCALE * programme.constant
            column = self._column(frozenset(programme.options[o][0] for o in worked))
            if column is not None and SCALE * column.cost - sum(scaled[o] for o in worked) == objective:
                self.programme_found += 1
                return column, objective
        self.programme_missed += 1
        return None


def _reduced(column: Column, prices: dict[int, float]) -> float:
    return column.cost - sum(prices.get(i, 0.0) for i in column.ones)


@dataclass(frozen=True)
class _Seat:
    """A shift's headcount terms, as the rules price them (`scheduler.rules.cover`, `counts`)."""

    need: int  # cover_min
    target: int | None
    under: int
    over: int
    cap: int | None

    def penalty(self, count: int, cover_min: int) -> int:
        cost = cover_min * max(0, self.need - count)
        if self.target is not None:
            cost += self.under * max(0, self.target - count) + self.over * max(0, count - self.target)
        return cost


class _Master:
    """The master LP (GLOP): a convex combination of each volunteer's known schedules, the
    headcounts as rows with priced slack (or as caps). Columns are added, never removed."""

    def __init__(self, seats: dict[tuple, _Seat], cover_min: int, cover_cap: int | None, volunteers: int):
        self.lp = pywraplp.Solver.CreateSolver("GLOP")
        lp, infinity = self.lp, self.lp.infinity()
        self.objective = lp.Objective()
        self.objective.SetMinimization()
        self.rows: dict[tuple, list] = {key: [] for key in seats}
        missing_total = []

        def priced(lower: float, upper: float, cost: int, sign: int):
            """A headcount row whose slack (sign +1: seats short, -1: seats over) costs `cost` each."""
            slack = lp.NumVar(0, infinity, "")
            self.objective.SetCoefficient(slack, cost)
            row = lp.Constraint(lower, upper)
            row.SetCoefficient(slack, sign)
            return slack, row

        for key, seat in seats.items():
            if seat.cap is not None:
                self.rows[key].append(lp.Constraint(-infinity, seat.cap))
            if seat.need > 0 and cover_min:
                missing, row = priced(seat.need, infinity, cover_min, 1)
                missing_total.append(missing)
                self.rows[key].append(row)
            if seat.target is not None and seat.under:
                self.rows[key].append(priced(seat.target, infinity, seat.under, 1)[1])
            if seat.target is not None and seat.over:
                self.rows[key].append(priced(-infinity, seat.target, seat.over, -1)[1])
        if cover_cap is not None and missing_total:
            limit = lp.Constraint(-infinity, cover_cap / max(1, cover_min))
            for missing in missing_total:
                limit.SetCoefficient(missing, 1)
        self.convexity = [lp.Constraint(1, 1) for _ in range(volunteers)]
        self.weights: list[list] = [[] for _ in range(volunteers)]

    def count(self, k: int) -> int:
        return len(self.weights[k])

    def add(self, k: int, column: Column, duties: list[tuple]) -> None:
        lam = self.lp.NumVar(0, self.lp.infinity(), "")  # no upper bound: the Lagrangian bound needs the rows alone
        self.objective.SetCoefficient(lam, column.cost)
        self.convexity[k].SetCoefficient(lam, 1)
        for key in duties:
            for row in self.rows[key]:
                row.SetCoefficient(lam, 1)
        self.weights[k].append(lam)

    def reprice(self, k: int, at: int, cost: int) -> None:
        if at < len(self.weights[k]):
            self.objective.SetCoefficient(self.weights[k][at], cost)

    def solve(self) -> bool:
        return self.lp.Solve() == pywraplp.Solver.OPTIMAL

    def value(self) -> float:
        return self.objective.Value()

    def shares(self) -> list[list[float]]:
        return [[lam.solution_value() for lam in lams] for lams in self.weights]

    def prices(self) -> dict[tuple, float]:
        return {key: sum(r.dual_value() for r in rows) for key, rows in self.rows.items()}

    def convexity_duals(self) -> list[float]:
        return [row.dual_value() for row in self.convexity]


class ColumnGeneration:
    """The master problem, the volunteers' pricing problems and the columns found so far.
    `step` runs one round; `fractional_roster` and `bound` are what the rounds found. Thread-safe: one
    round at a time."""

    def __init__(self, problem: Problem, index: ProblemIndex, full: Variables,
                 build: Callable[[Problem], object], cover_cap: int | None = None):
        self.problem, self.index, self.cover_cap, self.full, self.build = problem, index, cover_cap, full, build
        self.cover_min = problem.rules.weights.cover_min
        self.pricers: list[_Pricer] = []  # built by the first round, in the searching thread
        self.duty_of: dict[int, tuple] = {var.index: duty.key for _, duty, var in full.all()}
        self.seats: dict[tuple, _Seat] = {}
        for duty in index.duties:
            targeted = has_target(index, duty)
            self.seats[duty.key] = _Seat(
                need=max(0, required(index, duty)), target=duty.source.demand.target if targeted else None,
                under=under_weight(problem, duty) if targeted and duty.source.demand.target > 0 else 0,
                over=duty.source.demand.over_weight if targeted else 0, cap=cap(duty))
        self.columns: list[list[Column]] = []
        self.known: list[dict[frozenset[int], int]] = []  # schedule -> its place in `columns`
        # The relaxation's solution read back per assignment variable index: its share in
        # the master's combination of schedules (a fractional roster).
        self.fractional_roster: dict[int, float] | None = None
        self.bound = float("-inf")
        self.value: float | None = None
        self.converged = False
        self.usable = True  # False once a roster's cost disagrees with the decomposition
        self.rounds = 0
        self.too_slow = False  # the first volunteer's model foretold rounds too slow (`step`)
        self._shifts = without_headcounts(problem)
        self._lock = threading.Lock()
        self._master: _Master | None = None  # built by the first round's master solve
        self._repriced: set[tuple[int, int]] = set()  # columns met again at a lower cost
        self._last_roster: list[int] | None = None

    # --- columns -------------------------------------------------------------------------
    def _add(self, k: int, column: Column) -> bool:
        """Add a column; a schedule met again at a lower cost keeps the lower one (a solution
        CP-SAT meets before its last may price a soft rule above what it costs)."""
        at = self.known[k].get(column.ones)
        if at is not None:
            if column.cost < self.columns[k][at].cost:
                self.columns[k][at] = column
                self._repriced.add((k, at))
            return False
        self.known[k][column.ones] = len(self.columns[k])
        self.columns[k].append(column)
        return True

    def add_roster(self, values: list[int]) -> None:
        """Every volunteer's schedule in a roster (one value per model variable) becomes a
        column. The roster's penalties, as the rules' checks count them, must equal its
        columns' costs plus its headcount penalties: if not, a rule between volunteers was
        missed and the guide is switched off (`usable`)."""
        if values is self._last_roster or not self.usable:
            return
        self._last_roster = values
        columns = [p.column_of(values) for p in self.pricers]
        roster = Roster(self.problem, self.full.extract(SimpleNamespace(boolean_value=lambda var: values[var.index])),
                        self.index)
        if any(c is None for c in columns) or self.cost_of(columns) != sum(penalties(roster).values()):
            self.usable = False
            return
        for k, column in enumerate(columns):
            self._add(k, column)

    def cost_of(self, columns: list[Column]) -> int:
        """The objective of the roster made of one column per volunteer."""
        counts: dict[tuple, int] = dict.fromkeys(self.seats, 0)
        for column in columns:
            for i in column.ones:
                counts[self.duty_of[i]] += 1
        return sum(c.cost for c in columns) + sum(s.penalty(counts[key], self.cover_min)
                                                  for key, s in self.seats.items())

    # --- one round -----------------------------------------------------------------------
    def step(self, best: list[int] | None, *, seed: int, deadline: float,
             stop: threading.Event | None = None, budget: float | None = None) -> bool:
        """Add the best roster's columns, solve the master, price every volunteer, add the
        schedules with a negative reduced cost. Returns whether the round completed (not
        when `deadline` (time.monotonic()) passes or `stop` is set first, nor when the first
        round foresees that it would pass, or that rounds take over `budget` seconds; then
        no round ever completes). The first round builds every volunteer's model."""
        with self._lock:
            if self.too_slow:
                return False
            began = time.monotonic()
            while len(self.pricers) < len(self.problem.volunteers):  # built once, a model at a time
                if time.monotonic() > deadline or (stop is not None and stop.is_set()):
                    return False
                volunteer = self.problem.volunteers[len(self.pricers)]
                self.pricers.append(_Pricer(volunteer.code, self.build(alone(self.problem, volunteer, self._shifts)),
                                            self.full))
                self.columns.append([])
                self.known.append({})
                if len(self.pricers) == 1 and self._too_slow(began, deadline, budget, seed):
                    return False
            if best is not None:
                self.add_roster(best)
            if not self.usable or any(not cols for cols in self.columns):
                return False
            duals = self._solve_master()
            if duals is None:
                self.usable = False
                return False
            prices, convexity = duals
            added, proven, reduced = 0, True, 0.0
            for k, pricer in enumerate(self.pricers):
                left = deadline - time.monotonic()
                if left <= 0 or (stop is not None and stop.is_set()):
                    return False
                columns, least = pricer.price(prices, convexity[k], seed, min(left, PRICING_TIME_S))
                if least is None:
                    proven = False
                else:
                    reduced += min(0.0, least - convexity[k])
                for column in columns:
                    added += self._add(k, column)
            self.rounds += 1
            self.converged = added == 0
            if proven and self.value is not None:
                self.bound = max(self.bound, math.ceil(self.value + reduced - 1e-6))
            return True

    def _too_slow(self, began: float, deadline: float, budget: float | None, seed: int) -> bool:
        """Whether the first volunteer's model foretells rounds too slow: building and pricing
        every volunteer's would pass the deadline, or pricing them all would take more than
        `budget` a round. Sets `too_slow`. Its pricing here, with no prices yet, is easier than
        in the rounds (PRICES_HARDER). Rounds on many volunteers over many weeks are found out
        in a tenth of a second, not after the seconds a whole first round takes. CP-SAT prices
        here even when the pricing programme could: with the programme's faster rounds, guides
        on long periods were kept and made the search worse (benchmarks/RESULTS.md, "Tried,
        kept, dropped": Column-generation guide)."""
        built = time.monotonic() - began
        self.pricers[0].price({}, math.inf, seed, PRICING_TIME_S, programme=False)
        priced = PRICES_HARDER * (time.monotonic() - began - built)
        count = len(self.problem.volunteers)
        self.too_slow = began + count * (built + priced) > deadline or (budget is not None and count * priced > budget)
        return self.too_slow

    def _solve_master(self):
        """Solve the master LP; sets `value` and `fractional_roster`. Returns (price per assignment
        variable index, dual of each volunteer's convexity row), or None if GLOP fails. The LP
        is built once and grows by the columns added since the last round (GLOP starts from
        its last basis), a tenth of the time a rebuild takes."""
        if self._master is None:
            self._master = _Master(self.seats, self.cover_min, self.cover_cap, len(self.columns))
        master = self._master
        for k, columns in enumerate(self.columns):
            for at in range(master.count(k), len(columns)):
                master.add(k, columns[at], [self.duty_of[i] for i in columns[at].ones])
        for k, at in self._repriced:
            master.reprice(k, at, self.columns[k][at].cost)
        self._repriced.clear()
        if not master.solve():
            return None
        self.value = master.value()
        fractional: dict[int, float] = {}
        for columns, shares in zip(self.columns, master.shares()):
            for column, share in zip(columns, shares):
                if share > 1e-9:
                    for i in column.ones:
                        fractional[i] = fractional.get(i, 0.0) + share
        self.fractional_roster = fractional
        by_duty = master.prices()
        prices = {i: by_duty[key] for i, key in self.duty_of.items() if by_duty[key]}
        return prices, master.convexity_duals()

    # --- what the search uses ------------------------------------------------------------
    def disagreement(self, values: list[int]) -> set[int]:
        """The assignment variables on which a roster differs from the fractional roster."""
        fractional = self.fractional_roster or {}
        return {i for i in self.duty_of if abs(fractional.get(i, 0.0) - values[i]) > TOLERANCE}
