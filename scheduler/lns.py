"""Small and medium rosters: an exact CP-SAT search and a large neighbourhood search side by
side, sharing the best roster.

The exact search is one CP-SAT worker with the whole linear relaxation (linearization level 2,
every constraint in the LP from the start): on rostering models its bound and its solutions
beat a portfolio of many workers sharing two cores (measured on the Curtois–Qu instances,
benchmarks/RESULTS.md). The neighbourhood search frees a stretch of days (every volunteer), a
group of volunteers (every day), a block of both, the days around a day the roster pays a
penalty on (an uncovered seat, a refused request) plus two volunteers' whole period, or the
same few days of every week (every volunteer: weekend limits tie the weeks together); it keeps
every other assignment of the best roster, re-solves that piece exactly and keeps the result
when it is better. CP-SAT's own LNS picks neighbourhoods without knowing what a day or a person
is; rosters improve fastest along those two axes, where sequence rules, counting windows and
cover live. Each piece is a copy of the full model with the other assignment variables fixed,
so every rule holds in what it returns. Each kind of piece grows while its pieces solve to
optimality quickly and shrinks when they time out or solve slowly (`resized`), and each gets
about the same share of the time, so quick kinds are drawn more often (`_Turns`). When every
rule but the headcounts is about one volunteer, column generation (`scheduler.columns`) adds
a guided piece: the assignments where the best roster disagrees with the linear relaxation. Its
rounds run in the exact search's thread before that search starts (`Guide`). Once the
relaxation is solved, its piece stops when it finds nothing better for a while (PIECE_STALL_S)
instead of running its whole time and is not drawn again for a roster it found nothing for.
After a trial (EXACT_TRIAL), the exact search's thread searches pieces too until the best
roster is near the bound (EXACT_GAP) when the relaxation is solved, or, without one, when the
trial found no better roster: far from the bound, such an exact search finds no better
roster and no better bound, and the pieces improve the roster twice as fast on both threads.
"""
from __future__ import annotations

import random
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable

from ortools.sat.python import cp_model

from scheduler.columns import ColumnGeneration
from scheduler.variables import Variables

PIECE_TIME_S = 6.0  # a piece that is not solved in this time is too big: the next ones shrink
# A kind of piece grows while its pieces solve to optimality within this time and shrinks once
# they take twice as long: on Curtois-Qu Instance8 pieces of 7 days solve in 0.5 s and pay the
# most per second, pieces of 14 days take 9 s (benchmarks/RESULTS.md, sixth round).
PIECE_TARGET_S = 2.0
# Once the relaxation is solved, a guided piece stops when this long passes without a better
# roster: the relaxation no longer changes, its piece for the same best roster is the same
# piece, and on Curtois-Qu Instance8 those that found nothing took most of the piece thread's
# minute (6 s each) while pieces of days solved in 0.1-1 s. Before that, each round gives a
# new piece, which keeps its whole PIECE_TIME_S: on Instance14, whose relaxation is not solved
# in the rounds' share of the time, guided pieces need over 2 s for their first better roster
# (benchmarks/RESULTS.md, twelfth round).
PIECE_STALL_S = 2.0
GUIDE_SHARE = 0.5  # of the time at most, for column generation's rounds before the exact search
# Rounds the guide needs in its share of the time, or it is dropped: Instance8 (0.8-1.9 s a
# round) comes within 1 % of its optimum in about 20; Instance12 and 15 (2.2-5.7 s) were worse
# with a guide that got only 5-8 rounds in the minute (benchmarks/RESULTS.md, seventh round).
GUIDE_ROUNDS = 12
# Once the relaxation is solved, the exact search's thread searches pieces too until the best
# roster is within this share of the bound: on Curtois-Qu Instance7 and 8 the exact search's
# own bound stayed under the relaxation's for the whole minute and its rosters were 20-40 %
# worse than the pieces', so on Instance8 (8 % above the bound after the rounds) it only took
# a thread from them; on Instance5 and 6 (under 1 % above) it finds the optimum and proves it
# (benchmarks/RESULTS.md, thirteenth round). Without a solved relaxation, the same when the
# exact search's trial found no better roster: on Instance12 (its guide dropped) every better
# roster of the minute came from the pieces, and Instance12, 13, 17 and 18 came out 6-15 %
# better with both threads on pieces (Instance15 1 % worse, less than its runs vary); on
# Instance14 (the relaxation not solved) the trial finds better rosters, and handing its
# thread over anyway cost 4 % (benchmarks/RESULTS.md, fifteenth round).
EXACT_GAP = 0.02
# Far from the bound, the exact search first gets this share of the time left: it proves
# Instance1's optimum in 1.3 s, 8 % above the relaxation's bound.
EXACT_TRIAL = 0.1


def full_lp(parameters) -> None:
    """One worker with the whole LP: the exact search and every piece run like this."""
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

    def _days(self, fraction: float, least: int, around=None) -> list:
        """A stretch of consecutive days, anywhere or (`around`) one that contains that date."""
        width = min(len(self.dates), max(least, round(fraction * len(self.dates))))
        if around in self.by_date:
            at = self.dates.index(around)
            first = min(max(0, at - self.rng.randrange(width)), len(self.dates) - width)
        else:
            first = self.rng.randrange(len(self.dates) - width + 1)
        return self.dates[first:first + width]

    def _weekdays(self, fraction: float) -> list:
        """The same days of every week: a stretch of about `fraction` of the week's seven days
        (at least two; Friday to Monday is a stretch too) on every week of the period, or,
        below 2/7 of the roster, on every week of a stretch of the period, so that this kind
        of piece shrinks as far as the others on a long period. The stretch of the week starts
        on a day of the week those dates have: a period shorter than a week gets a piece too."""
        asked = fraction * 7
        width = min(7, max(2, round(asked)))
        within = self.dates if asked >= 2 else self._days(asked / 2, 7)
        first = self.rng.choice(sorted({d.weekday() for d in within}))
        chosen = {(first + k) % 7 for k in range(width)}
        return [d for d in within if d.weekday() in chosen]

    def _everybody(self, days) -> set[int]:
        return {i for d in days for _, i in self.by_date[d]}

    def _people(self, fraction: float) -> list:
        return self.rng.sample(self.people, min(len(self.people), max(2, round(fraction * len(self.people)))))

    KINDS = 5
    EXTRA_PEOPLE = 2  # freed for the whole period beside the days around a penalty
    # The size each kind of piece starts at, before it grows or shrinks (`resized`). The same
    # days of every week start at four days of the week: on Curtois-Qu Instance8, of ten
    # escapes from rosters stalled one seat short, nine were such pieces, eight of them of three
    # or four days of the week, and starting at two days they took 0-30 s to grow there
    # (benchmarks/RESULTS.md, seventeenth round).
    START_SIZES = (0.2, 0.2, 0.2, 0.2, 0.55)

    def draw(self, kind: int, size: float, hot=None) -> set[int]:
        """About `size` (0..1) of the roster: a stretch of days for everybody (kind 0), a group
        of volunteers for every day (1), a block of twice the days for half the people (2), a
        stretch of days around `hot`, a day the roster pays a penalty on, for everybody, plus
        EXTRA_PEOPLE volunteers' whole period (3): covering a seat often means someone gives up
        a duty on another day to stay inside their hours; or the same days of every week for
        everybody (4): weekend limits and weekly patterns tie a Saturday to the other
        Saturdays of the period, which no stretch of consecutive days frees together."""
        if kind == 4:
            return self._everybody(self._weekdays(size))
        if kind in (0, 3):
            free = self._everybody(self._days(size, 2, around=hot))
            if kind == 3 and hot is not None:
                for c in self.rng.sample(self.people, min(self.EXTRA_PEOPLE, len(self.people))):
                    free.update(self.by_volunteer[c])
            return free
        if kind == 1:
            return {i for c in self._people(size) for i in self.by_volunteer[c]}
        chosen = set(self._people(0.5))
        return {i for d in self._days(min(1.0, 2 * size), 3) for c, i in self.by_date[d] if c in chosen}


class Shared:
    """The best roster of both searches, and the exact search's bound."""

    def __init__(self, on_improvement: Callable[["Incumbent", float], None] | None = None):
        self.lock = threading.Lock()
        self.best: Incumbent | None = None
        self.bound = float("-inf")
        self.on_improvement = on_improvement

    def offer(self, candidate: Incumbent) -> bool:
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


def _solve_piece(model: cp_model.CpModel, assignment_vars: set[int], free: set[int], incumbent: Incumbent,
                 seed: int, time_limit: float, stop: threading.Event,
                 stall: float | None = None) -> tuple[int, cp_model.CpSolver]:
    """Re-solve the `free` assignment variables of `incumbent`, every other one fixed, for
    `time_limit` s at most or until `stop` is set. With `stall`, the piece also stops once
    `stall` s have passed without a roster better than `incumbent`, since its start or since
    its last better one."""
    piece = model.clone()
    for i in assignment_vars - free:
        domain = piece.proto.variables[i].domain  # a Boolean: [0, 1] becomes [v, v]
        domain[0] = domain[1] = incumbent.values[i]
    piece.clear_hints()
    piece.proto.solution_hint.vars.extend(range(len(incumbent.values)))
    piece.proto.solution_hint.values.extend(incumbent.values)
    solver = cp_model.CpSolver()
    solver.parameters.catch_sigint_signal = False  # Ctrl-C is the caller's `cancel`
    full_lp(solver.parameters)
    solver.parameters.random_seed = seed
    solver.parameters.max_time_in_seconds = time_limit
    better = [time.monotonic()]  # when the piece last found a better roster, or began
    done = threading.Event()

    class Better(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self) -> None:
            if self.objective_value < incumbent.objective - 1e-6:
                better[0] = time.monotonic()

    def watch() -> None:
        while not done.wait(0.05):
            if stop.is_set() or (stall is not None and time.monotonic() - better[0] > stall):
                solver.stop_search()
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    status = solver.solve(piece, Better()) if stall is not None else solver.solve(piece)
    done.set()
    return status, solver


FIRST_ROSTER_WORKERS = 8
LOCAL_SEARCH_SHARE = 0.2  # of the time limit at most, for local search alone before the rest
LOCAL_SEARCH_STALL_S = 1.0  # local search stops once this long took less than
LOCAL_SEARCH_GAIN = 0.01  # this share off the objective


def _first_roster(model: cp_model.CpModel, shared: Shared, seed: int, time_limit: float,
                  cancel: threading.Event, threads: int = 2) -> int:
    """Offer a first roster found by CP-SAT, in two steps. First its local-search workers alone
    (feasibility jump and violation local search, one per thread) for LOCAL_SEARCH_SHARE of
    the time at most: on large rosters they find one long before anything else, alone on the
    cores about ten times sooner than inside the default portfolio (Curtois–Qu Instance19:
    1.5–2.6 s against 24–30 s), and they go on improving it while that pays (`_first_solve`;
    measured against stopping at the first roster: better in 7 of 8 runs of Instance8, 10, 12
    and 19, e.g. Instance19 5961 against 10406). Local search never proves a model
    infeasible, so when it finds nothing, CP-SAT's default portfolio (FIRST_ROSTER_WORKERS
    workers) takes the rest of the time. Runs before the exact search starts.
    Returns CP-SAT's status."""
    if cancel.is_set():
        return cp_model.UNKNOWN
    deadline = time.monotonic() + time_limit
    status = _first_solve(model, shared, seed, time_limit * LOCAL_SEARCH_SHARE, cancel,
                          workers=max(2, threads), local_search_only=True)
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE, cp_model.INFEASIBLE, cp_model.MODEL_INVALID) \
            or cancel.is_set() or deadline - time.monotonic() < 0.05:
        return status
    return _first_solve(model, shared, seed, deadline - time.monotonic(), cancel, workers=FIRST_ROSTER_WORKERS)


def _first_solve(model: cp_model.CpModel, shared: Shared, seed: int, time_limit: float, cancel: threading.Event,
                 *, workers: int, local_search_only: bool = False) -> int:
    """One CP-SAT search that offers its rosters to `shared`. The full portfolio stops at its
    first roster. Local search goes on improving it while that pays: early on it improves a
    first roster much faster than anything else, so it stops only once the last
    LOCAL_SEARCH_STALL_S took less than LOCAL_SEARCH_GAIN off the objective."""
    solver = cp_model.CpSolver()
    solver.parameters.catch_sigint_signal = False  # Ctrl-C is the caller's `cancel`
    solver.parameters.num_workers = workers
    solver.parameters.random_seed = seed
    solver.parameters.stop_after_first_solution = not local_search_only
    solver.parameters.max_time_in_seconds = time_limit
    if local_search_only:
        solver.parameters.filter_subsolvers.extend(["fj*", "ls*"])
    done = threading.Event()
    found: list[tuple[float, float]] = []  # (when, objective) of each better roster

    class Offer(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self) -> None:
            if shared.offer(Incumbent(list(self.response_proto.solution), self.objective_value)):
                found.append((time.monotonic(), self.objective_value))

    def stalled() -> bool:
        if not found or time.monotonic() - found[0][0] < LOCAL_SEARCH_STALL_S:
            return False
        since = time.monotonic() - LOCAL_SEARCH_STALL_S
        then = next(objective for when, objective in reversed(found) if when <= since)
        return then - found[-1][1] <= LOCAL_SEARCH_GAIN * abs(then)

    def watch() -> None:  # the user cancels, or local search stalls
        while not done.wait(0.05):
            if cancel.is_set() or stalled():
                solver.stop_search()
                return

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    status = solver.solve(model, Offer())
    done.set()
    return status


def local_search_roster(model: cp_model.CpModel, *, seed: int, time_limit: float, cancel: threading.Event,
                        workers: int) -> Incumbent | None:
    """The best roster CP-SAT's local search alone finds for a model without a complete start,
    in LOCAL_SEARCH_SHARE of `time_limit` at most (`_first_solve`), or None. For models whose
    phase 2 is CP-SAT's own portfolio: the roster becomes its complete hint."""
    shared = Shared()
    _first_solve(model, shared, seed, time_limit * LOCAL_SEARCH_SHARE, cancel, workers=workers,
                 local_search_only=True)
    return shared.best


def resized(size: float, optimal: bool, took: float) -> float:
    """The next size of a kind of piece: larger after a piece solved to optimality within
    PIECE_TARGET_S, smaller after one that timed out or took over twice that, else the same."""
    if optimal and took <= PIECE_TARGET_S:
        return min(0.6, size * 1.15)
    if not optimal or took > 2 * PIECE_TARGET_S:
        return max(0.03, size / 1.4)
    return size


def _hot_day(hotspots, values: list[int], rng: random.Random):
    """A day the roster pays a penalty on, drawn in proportion to what it pays; None if none."""
    paid = [(weight * values[index], date) for date, weight, index in hotspots if values[index]]
    if not paid:
        return None
    return rng.choices([date for _, date in paid], weights=[cost for cost, _ in paid])[0]


class _Turns:
    """Which kind of piece a search solves next. The guided piece, when there is one, keeps
    GUIDED_SHARE of the draws; the kinds of neighbourhood share the others in inverse
    proportion to how long their recent pieces took, so that each gets about the same share of
    the search's time, not of its pieces. Drawn uniformly, the pieces that time out (6 s) took
    most of the time: on Curtois-Qu Instance8, once the roster had stalled one seat short,
    pieces of days (0.03-1 s each, the ones that got it out in 6 of 10 runs) had 1-15 % of
    the two threads' time and were drawn 5-10 times in 35 s. The guided piece keeps its draws:
    taking it into the shares as well starved it early on, where its pieces, long as they
    are, improve the roster most (benchmarks/RESULTS.md, fourteenth round)."""

    SMOOTHING = 0.3  # the weight of a kind's last piece in its running time per piece
    # The guided piece's share of the draws: one in five, as when there were four kinds of
    # neighbourhood beside it (the share measured in the fourteenth round).
    GUIDED_SHARE = 0.2

    def __init__(self, kinds: int):
        self.seconds = [PIECE_TARGET_S] * kinds  # running time per piece of each kind

    def draw(self, rng: random.Random, guided: bool) -> int:
        """A kind of neighbourhood (0 .. kinds - 1), or `kinds` for the guided piece."""
        kinds = len(self.seconds)
        if guided and rng.random() < self.GUIDED_SHARE:
            return kinds
        return rng.choices(range(kinds), weights=[1 / seconds for seconds in self.seconds])[0]

    def took(self, kind: int, seconds: float) -> None:
        """Record that a piece of `kind` took `seconds` (the guided piece's are not counted)."""
        if kind < len(self.seconds):
            self.seconds[kind] += self.SMOOTHING * (max(0.01, seconds) - self.seconds[kind])


def improve(model: cp_model.CpModel, vars: Variables, shared: Shared, *, deadline: float, seed: int,
            threads: int = 1, stop: threading.Event | None = None, hotspots=(),
            guide: Guide | None = None, until: Callable[[], bool] | None = None) -> None:
    """Re-solve neighbourhoods of the shared best roster until `deadline`
    (time.monotonic()), the bound is reached, `stop` is set or (checked between pieces)
    `until()` holds. `threads` searches run side by side (CP-SAT runs outside the GIL), each
    on its own: it takes the best roster, solves a piece of it and offers the result to
    `shared`, never waiting for another's piece. Each kind of neighbourhood gets about the
    same share of the time (`_Turns`).
    With a `guide` whose rounds another thread runs (`Guide.run`), every search draws a fifth
    kind of piece, first after each round while that pays: the assignments on which the best
    roster disagrees with the relaxation's solution. Once the relaxation is solved, a guided
    piece stops when PIECE_STALL_S pass without a better roster, and one that found nothing
    better is not drawn again for the same best roster."""
    if not len(vars):
        return
    assignment_vars = {var.index for _, _, var in vars.all()}
    stop = stop or threading.Event()
    sizes = list(_Pieces.START_SIZES)  # each kind of piece grows and shrinks on its own, shared
    turns = _Turns(_Pieces.KINDS)  # shared too

    def search(rng: random.Random) -> None:
        pieces = _Pieces(vars, rng)
        seen = 0  # the guide's rounds when this search last drew a piece
        while True:
            remaining = deadline - time.monotonic()
            if remaining < 0.2 or shared.closed() or stop.is_set() or (until is not None and until()):
                return
            if shared.best is None:  # the exact search starts from the model's hint
                stop.wait(0.05)
                continue
            incumbent = shared.best
            # Once the relaxation is solved, a guided piece that found nothing better is the
            # same piece for the same best roster: it is not drawn again until the roster changes.
            guided_piece = guide is not None and guide.ready() and not (
                guide.generation.converged and guide.tried is incumbent)
            rounds = guide.generation.rounds if guided_piece else seen
            first = guided_piece and guide.pays and rounds > seen
            seen = rounds
            kind = _Pieces.KINDS if first else turns.draw(rng, guided_piece)
            if kind == _Pieces.KINDS:
                free = guide.generation.disagreement(incumbent.values)
                if not free:  # the best roster is the relaxation's solution
                    continue
            else:
                hot = _hot_day(hotspots, incumbent.values, rng) if kind == 3 else None
                free = pieces.draw(kind, sizes[kind], hot)
            repeated = kind == _Pieces.KINDS and guide.generation.converged  # the relaxation no longer changes
            began = time.monotonic()
            status, solver = _solve_piece(model, assignment_vars, free, incumbent,
                                          rng.randrange(1 << 30), min(remaining, PIECE_TIME_S), stop,
                                          stall=PIECE_STALL_S if repeated else None)
            turns.took(kind, time.monotonic() - began)
            improved = status in (cp_model.OPTIMAL, cp_model.FEASIBLE) and \
                shared.offer(Incumbent(list(solver.response_proto.solution), solver.objective_value))
            if repeated and not improved:
                guide.tried = incumbent
            if kind == _Pieces.KINDS:
                guide.pays = improved or (status == cp_model.OPTIMAL and solver.wall_time <= PIECE_TARGET_S)
            if kind < _Pieces.KINDS:
                sizes[kind] = resized(sizes[kind], status == cp_model.OPTIMAL, solver.wall_time)

    rng = random.Random(seed)
    if threads <= 1:
        search(rng)
        return
    with ThreadPoolExecutor(max_workers=threads) as pool:
        for job in [pool.submit(search, random.Random(rng.randrange(1 << 30))) for _ in range(threads)]:
            job.result()


class Guide:
    """Column generation's rounds (`scheduler.columns`) for one search: the exact search's
    thread runs them (`run`) before its own CP-SAT search, while the piece searches draw the
    guided piece (`improve`). Run there, Instance8's relaxation is solved after about 10 s
    with the neighbourhood search running from the start, where half of the piece thread took
    29-41 s; Instance8 then ends within 5 % of its best-known value in 8 of 16 runs instead of
    3 of 11 (benchmarks/RESULTS.md, eleventh round)."""

    def __init__(self, generation: ColumnGeneration):
        self.generation = generation
        self.dropped = False  # the rounds proved too slow for the time limit
        # The last guided piece improved the roster or was solved within PIECE_TARGET_S: only
        # then is the guided piece drawn first after a round. With rounds of 0.3-0.4 s (the
        # pricing programme), a guided piece that times out (6 s) after every round would take
        # most of the piece thread's time (benchmarks/RESULTS.md, tenth round).
        self.pays = True
        # Once the relaxation is solved: the best roster whose guided piece found nothing
        # better. On Curtois-Qu Instance8 the same piece of the same roster, drawn again and
        # again, took 35-50 % of the piece threads' time once the roster had stalled, and
        # pieces of days, which got it out, 1-15 % (benchmarks/RESULTS.md, fourteenth round).
        self.tried: Incumbent | None = None

    def ready(self) -> bool:
        """Whether the guided piece can be drawn: a relaxation solved, the guide kept."""
        return self.generation.usable and not self.dropped and self.generation.guide is not None

    def run(self, shared: Shared, *, seed: int, deadline: float, stop: threading.Event) -> None:
        """Rounds from the shared best roster until the relaxation is solved, GUIDE_SHARE of
        the time to `deadline` has passed or `stop` is set, raising the shared bound to the
        guide's. The guide is dropped once its rounds are too slow to come near the
        relaxation's optimum in that share (GUIDE_ROUNDS of them): when they take longer on
        average, or one round twice as long (it is stopped then; the first builds every
        volunteer's model), or when the first volunteer's model foretells that
        (`ColumnGeneration.step`'s budget)."""
        generation, rng = self.generation, random.Random(seed)
        began = time.monotonic()
        until = began + GUIDE_SHARE * (deadline - began)
        longest = GUIDE_SHARE * (deadline - began) / GUIDE_ROUNDS  # a round, on average
        while (shared.best is not None and generation.usable and not generation.converged
               and not stop.is_set() and time.monotonic() < until):
            done = generation.step(shared.best.values, seed=rng.randrange(1 << 30),
                                   deadline=min(deadline, time.monotonic() + 2 * longest), stop=stop, budget=longest)
            shared.bound = max(shared.bound, generation.bound)
            if not done or (time.monotonic() - began) / max(1, generation.rounds) > longest:
                self.dropped = not stop.is_set()
                return


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


class _Exact(cp_model.CpSolverSolutionCallback):
    def __init__(self, shared: Shared):
        super().__init__()
        self.shared = shared
        self.found = 0  # better rosters than the shared best

    def on_solution_callback(self) -> None:
        self.shared.bound = max(self.shared.bound, self.best_objective_bound)
        self.found += self.shared.offer(Incumbent(list(self.response_proto.solution), self.objective_value))


def portfolio(model: cp_model.CpModel, vars: Variables, *, time_limit: float, seed: int, threads: int,
              on_improvement: Callable[[Incumbent, float], None] | None = None,
              cancel: threading.Event | None = None, hotspots=(),
              hinted: bool = False, guide: ColumnGeneration | None = None) -> tuple[int, Incumbent | None, float]:
    """Exact search in one thread, neighbourhood search in the others, for `time_limit` s.
    `hinted`: the model's hint is a whole roster that keeps every hard rule, so the exact
    search starts from it; otherwise CP-SAT finds a first roster first (`_first_roster`).
    When hinted, the hint is also the first roster of the neighbourhood search.
    With a `guide` (column generation), the exact search's thread runs its rounds first
    (`Guide.run`), from the best roster, and its CP-SAT search in the time left. When the best
    roster is farther than EXACT_GAP from the bound, the exact search first runs for
    EXACT_TRIAL of the time left; unless it finished, then, if the rounds solved the
    relaxation or if the trial found no roster better than the best, that thread searches
    pieces as well until the best roster is within EXACT_GAP, and the exact search starts
    again in the time left.
    `hotspots` are (date, weight, variable index) of penalties about one day: the search
    frees the days around those the best roster pays for more often.
    Returns (CP-SAT status of the best roster: OPTIMAL, FEASIBLE or the exact search's own
    status when there is none, that roster or None, best bound)."""
    deadline = time.monotonic() + time_limit
    shared, stop = Shared(on_improvement), threading.Event()
    if not hinted:
        # The first roster from CP-SAT's local search (then its default portfolio) on every
        # thread: on large rosters the full-LP worker finds none for a minute, and sharing the
        # cores with it left Curtois-Qu Instance19 without any roster in 60 s. The
        # neighbourhood search starts from it; the exact search does not take it as a hint
        # (hinted, its bound on Instance11 stayed at 1 for the whole minute instead of 3434).
        first = _first_roster(model, shared, seed, time_limit, cancel or threading.Event(), threads)
        if first in (cp_model.OPTIMAL, cp_model.INFEASIBLE, cp_model.MODEL_INVALID) or shared.best is None:
            bound = shared.best.objective if first == cp_model.OPTIMAL else float("-inf")
            return first, shared.best, bound
    elif (roster := hinted_roster(model)) is not None:
        shared.offer(roster)  # the pieces and the guide's rounds start from it at once
    guiding = Guide(guide) if guide is not None and threads > 1 else None
    solver = cp_model.CpSolver()
    solver.parameters.catch_sigint_signal = False  # Ctrl-C is the caller's `cancel`
    full_lp(solver.parameters)
    solver.parameters.random_seed = seed
    outcome: dict = {}

    finished = (cp_model.OPTIMAL, cp_model.INFEASIBLE, cp_model.MODEL_INVALID)  # nothing left to do

    def search(seconds: float) -> tuple[int, int]:
        """CP-SAT's exact search for `seconds`: its status and how many rosters it found
        better than the shared best; its bound is shared."""
        solver.parameters.max_time_in_seconds = max(0.05, seconds)
        callback = _Exact(shared)
        status = solver.solve(model, callback)
        outcome["bound"] = max(outcome.get("bound", float("-inf")), solver.best_objective_bound)
        shared.bound = max(shared.bound, outcome["bound"])
        return status, callback.found

    def exact() -> None:
        if guiding is not None:
            guiding.run(shared, seed=seed, deadline=deadline, stop=stop)
        if threads > 1 and not shared.within(EXACT_GAP) and not stop.is_set():
            status, found = search(EXACT_TRIAL * (deadline - time.monotonic()))
            if status in finished:
                outcome["status"] = status
                stop.set()
                return
            if not found or (guiding is not None and guiding.generation.converged):
                # A second piece search, its seed differing from the other's.
                improve(model, vars, shared, deadline=deadline, seed=seed + 1, stop=stop, hotspots=hotspots,
                        guide=guiding, until=lambda: shared.within(EXACT_GAP))
        if stop.is_set():
            outcome["status"] = cp_model.UNKNOWN
            return
        outcome["status"], _ = search(deadline - time.monotonic())
        if outcome["status"] in finished:
            stop.set()  # nothing left for the pieces to do

    def watch() -> None:
        while not stop.is_set() and "status" not in outcome:
            if (cancel is not None and cancel.is_set()) or shared.closed():
                stop.set()
            stop.wait(0.05)
        while "status" not in outcome:  # the exact search may start late, after the guide's rounds
            solver.stop_search()
            time.sleep(0.05)

    worker = threading.Thread(target=exact, daemon=True)
    worker.start()
    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    if threads > 1:
        improve(model, vars, shared, deadline=deadline, seed=seed, threads=threads - 1, stop=stop,
                hotspots=hotspots, guide=guiding)
    worker.join()
    stop.set()
    watcher.join()
    status = outcome["status"]
    exact_bound = outcome.get("bound", float("-inf"))
    bound = max(shared.bound, exact_bound) if shared.best is not None else exact_bound
    if shared.best is None:
        return status, None, bound
    return (cp_model.OPTIMAL if shared.best.objective <= bound + 1e-6 else cp_model.FEASIBLE), shared.best, bound
