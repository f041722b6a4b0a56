"""Column generation (`scheduler.columns`): the relaxation over whole volunteer schedules that
guides the neighbourhood search and bounds the objective from below."""
from __future__ import annotations

import dataclasses
import threading
import time
from types import SimpleNamespace

from ortools.sat.python import cp_model

from scheduler import CountWindow, Rules, ShiftRequest, lns, solve
import pytest

from scheduler.columns import Column, ColumnGeneration, _Master, decomposes, without_headcounts
from scheduler.lns import guide as guide_module
from scheduler.lns import portfolio as portfolio_module
from scheduler.lns import search
from scheduler.index import ProblemIndex
from scheduler.roster import Roster
from scheduler.validate import penalties
from scheduler.problem import Weights
from tests.scheduler.build import day, event, problem, shift, vol

APART = Weights(fairness=0, outreach_fairness=0, mix=0)


def _rostering(people: int = 4, days: int = 14, target: int | None = None):
    """Two shifts a day wanting one person each (or `target`), sequence rules, hours, wishes:
    everything but the headcounts is about one volunteer."""
    hours = CountWindow("total_minutes", day(0), day(days - 1), "minutes", min=6 * 240, max=9 * 240)
    wishes = {0: (ShiftRequest(day(2), "AM", 3, False), ShiftRequest(day(5), "PM", 2, True)),
              1: (ShiftRequest(day(2), "AM", 1, True),)}
    volunteers = [vol(f"V{i}", windows=(hours,), max_consecutive_days=3, min_consecutive_days_off=2,
                      requests=wishes.get(i, ())) for i in range(people)]
    shifts = [shift(n, template, min=0, target=target or (2 if n % 7 == 4 else 1), under_weight=10, over_weight=1)
              for n in range(days) for template in ("AM", "PM")]
    return problem(volunteers, shifts, days=days,
                   rules=Rules(max_shifts_per_day=1, forbidden_successions=(("PM", "AM"),), weights=APART))


def _generation(p):
    from scheduler.solve import build

    index = ProblemIndex(p)
    built = build(p, index)
    return ColumnGeneration(p, index, built.variables, build), built


def _values(built, solution) -> list[int]:
    """A solution as one value per model variable (assignments only; the rest 0)."""
    chosen = {(a.volunteer, a.shift) for a in solution.assignments}
    values = [0] * len(built.model.proto.variables)
    for code, duty, var in built.variables.all():
        values[var.index] = int((code, duty.id) in chosen)
    return values


def test_only_rosters_whose_rules_are_each_about_one_volunteer_decompose():
    p = _rostering()
    assert decomposes(p, ProblemIndex(p))
    coupled = dataclasses.replace(p, rules=dataclasses.replace(p.rules, weights=Weights()))
    assert not decomposes(coupled, ProblemIndex(coupled))  # fairness compares volunteers
    with_event = problem([vol("V1")], [shift(0)], [event()], rules=Rules(weights=APART))
    assert not decomposes(with_event, ProblemIndex(with_event))  # an event's team


def test_a_roster_costs_its_schedules_plus_its_headcount_penalties():
    p = _rostering()
    solution = solve(p, time_limit=10, workers=2)
    generation, built = _generation(p)
    generation.step(_values(built, solution), seed=0, deadline=time.monotonic() + 10)
    assert generation.usable
    firsts = [columns[0] for columns in generation.columns]  # the roster's own schedules
    assert generation.cost_of(firsts) == solution.objective
    # A schedule met again keeps its lowest cost, and is not a new column.
    count = len(generation.columns[0])
    assert not generation._add(0, Column(firsts[0].cost + 5, firsts[0].ones))
    assert generation.columns[0][0] == firsts[0]
    assert not generation._add(0, Column(firsts[0].cost - 1, firsts[0].ones))
    assert generation.columns[0][0].cost == firsts[0].cost - 1 and len(generation.columns[0]) == count


def test_a_roster_whose_penalties_do_not_decompose_switches_the_guide_off():
    # Fairness compares each volunteer's load with a share of the whole roster: alone, a
    # volunteer's share is every seat, so the schedules' costs miss what the roster pays.
    p = dataclasses.replace(_rostering(), rules=dataclasses.replace(_rostering().rules, weights=Weights(mix=0)))
    assert not decomposes(p, ProblemIndex(p))
    solution = solve(p, time_limit=10, workers=2)
    generation, built = _generation(p)
    assert not generation.step(_values(built, solution), seed=0, deadline=time.monotonic() + 10)
    assert not generation.usable and generation.fractional_roster is None


def test_rounds_end_with_the_relaxation_solved_and_a_bound_no_roster_beats():
    p = _rostering(people=5, days=14)
    solution = solve(p, time_limit=20, workers=2)
    assert solution.status == "optimal"
    generation, built = _generation(p)
    best = _values(built, solution)
    for _ in range(100):
        assert generation.step(best, seed=0, deadline=time.monotonic() + 20)
        if generation.converged:
            break
    assert generation.converged
    assert generation.value <= solution.objective + 1e-6
    assert generation.bound <= solution.objective
    assert generation.bound >= generation.value - 1
    # The guide is the relaxation's roster: between 0 and 1 per assignment, and each
    # volunteer's shares add up to whole schedules.
    assert all(-1e-6 <= share <= 1 + 1e-6 for share in generation.fractional_roster.values())


def test_the_master_grows_round_by_round_as_if_built_anew():
    p = _rostering()
    solution = solve(p, time_limit=10, workers=2)
    generation, built = _generation(p)
    for _ in range(3):
        assert generation.step(_values(built, solution), seed=0, deadline=time.monotonic() + 10)
    # The schedule the relaxation uses most for the first volunteer, met again at a lower cost.
    shares = generation._master.shares()[0]
    at = shares.index(max(shares))
    before = generation.value
    column = generation.columns[0][at]
    generation._add(0, Column(column.cost - 3, column.ones))
    generation._solve_master()
    assert generation.value < before - 1
    fresh = _Master(generation.seats, generation.cover_min, generation.cover_cap, len(generation.columns))
    for k, columns in enumerate(generation.columns):
        for c in columns:
            fresh.add(k, c, [generation.duty_of[i] for i in c.ones])
    assert fresh.solve()
    assert generation.value == pytest.approx(fresh.value())


def test_a_round_stops_when_the_search_is_stopped():
    p = _rostering()
    solution = solve(p, time_limit=10, workers=2)
    generation, built = _generation(p)
    stop = threading.Event()
    stop.set()
    assert not generation.step(_values(built, solution), seed=0, deadline=time.monotonic() + 10, stop=stop)
    assert generation.rounds == 0 and generation.fractional_roster is None
    assert not generation.step(_values(built, solution), seed=0, deadline=time.monotonic() - 1)
    assert generation.rounds == 0 and generation.fractional_roster is None


def test_pricing_models_leave_the_headcounts_to_the_master_but_keep_the_caps():
    p = _rostering()
    capped = dataclasses.replace(p, shifts=(dataclasses.replace(p.shifts[0], demand=dataclasses.replace(
        p.shifts[0].demand, min=1, max=1)),) + p.shifts[1:])
    for before, after in zip(capped.shifts, without_headcounts(capped)):
        assert (after.demand.min, after.demand.target, after.demand.over_weight) == (0, 0, 0)
        assert after.demand.max == before.demand.max and after.id == before.id
    generation, _ = _generation(capped)
    generation.step(None, seed=0, deadline=time.monotonic() + 10)
    names = [v.name for pricer in generation.pricers for v in pricer.model.proto.variables]
    assert names and not [n for n in names if n.startswith(("missing[", "under[", "over["))]


def test_a_first_round_foreseen_too_slow_stops_after_one_volunteers_model():
    p = _rostering()
    solution = solve(p, time_limit=10, workers=2)
    generation, built = _generation(p)
    assert not generation.step(_values(built, solution), seed=0, deadline=time.monotonic() + 10, budget=1e-6)
    assert generation.too_slow and len(generation.pricers) == 1 and generation.rounds == 0
    # Foretold from CP-SAT's pricing, not the pricing programme's: the guide stays for the
    # sizes it was measured on.
    assert generation.pricers[0].programme is not None
    assert (generation.pricers[0].cp_sat_solves, generation.pricers[0].programme_found) == (1, 0)
    assert not generation.step(_values(built, solution), seed=0, deadline=time.monotonic() + 10)
    fast, _ = _generation(p)
    assert fast.step(_values(built, solution), seed=0, deadline=time.monotonic() + 10, budget=10)
    assert not fast.too_slow and len(fast.pricers) == len(p.volunteers) and fast.rounds == 1


def test_the_disagreement_is_where_the_roster_differs_from_the_guide():
    p = _rostering()
    generation, built = _generation(p)
    indices = sorted(generation.duty_of)
    generation.fractional_roster = {indices[0]: 1.0, indices[1]: 0.5, indices[2]: 0.995}
    values = [0] * len(built.model.proto.variables)
    values[indices[2]] = values[indices[3]] = 1
    assert generation.disagreement(values) == {indices[0], indices[1], indices[3]}


def test_a_decomposable_roster_is_solved_with_the_guide_and_keeps_every_rule():
    from scheduler import validate

    p = _rostering(people=6, days=21)
    solution = solve(p, time_limit=15, workers=2)
    assert solution.status in ("optimal", "feasible")
    assert not [v for v in validate(p, solution.assignments) if v.hard]
    assert solution.best_bound <= solution.objective


def _guided_search(monkeypatch):
    """A poor roster of a decomposable problem, its guide after a few rounds, and
    `search.solve_piece` replaced by a recorder that stops the search after 40 pieces (the
    freed assignments of each piece in `freed`, the `stall` it was given in `stalls`)."""
    p = _rostering(people=6, days=21)
    generation, built = _generation(p)
    # A poor roster that keeps every hard rule: the best one for the opposite wishes.
    opposite = [dataclasses.replace(v, requests=tuple(dataclasses.replace(r, on=not r.on) for r in v.requests))
                for v in p.volunteers]
    start = solve(dataclasses.replace(p, volunteers=tuple(opposite)), time_limit=3, workers=2)
    cost = sum(penalties(Roster(p, start.assignments, ProblemIndex(p))).values())
    assert cost > 0
    shared = lns.Shared()
    shared.offer(lns.Incumbent(_values(built, start), cost))
    while generation.value is None or generation.value > cost - 1:
        assert generation.step(shared.best.values, seed=0, deadline=time.monotonic() + 10)
    freed, stalls = [], []

    def record(model, assignment_vars, free, incumbent, seed, time_limit, stop, stall=None):
        freed.append(free)
        stalls.append(stall)
        if len(freed) == 40:
            stop.set()
        return cp_model.UNKNOWN, SimpleNamespace(wall_time=0.01)

    monkeypatch.setattr(search, "solve_piece", record)
    return generation, built, shared, freed, stalls


def test_the_search_frees_the_assignments_the_best_roster_disagrees_on(monkeypatch):
    generation, built, shared, freed, _ = _guided_search(monkeypatch)
    disagreement = generation.disagreement(shared.best.values)
    assert disagreement
    lns.improve(built.model, built.variables, shared, deadline=time.monotonic() + 20, seed=1,
                guide=lns.Guide(generation))
    assert len(freed) == 40
    assert 2 <= freed.count(disagreement) <= 20  # one kind of five (the first after the rounds)


def test_a_guided_piece_stops_when_it_finds_nothing_only_once_the_relaxation_is_solved(monkeypatch):
    generation, built, shared, freed, stalls = _guided_search(monkeypatch)
    disagreement = generation.disagreement(shared.best.values)
    for converged, guided_stall in ((False, None), (True, search.PIECE_STALL_S)):
        generation.converged = converged
        freed.clear()
        stalls.clear()
        lns.improve(built.model, built.variables, shared, deadline=time.monotonic() + 20, seed=1,
                    guide=lns.Guide(generation))
        assert len(freed) == 40 and disagreement in freed
        assert {stall for free, stall in zip(freed, stalls) if free == disagreement} == {guided_stall}
        assert {stall for free, stall in zip(freed, stalls) if free != disagreement} == {None}


def test_once_the_relaxation_is_solved_a_guided_piece_that_found_nothing_waits_for_a_new_roster(monkeypatch):
    generation, built, shared, freed, _ = _guided_search(monkeypatch)
    generation.converged = True  # the relaxation no longer changes
    disagreement = generation.disagreement(shared.best.values)
    recorded = search.solve_piece

    def piece(*args, **kwargs):
        result = recorded(*args, **kwargs)  # finds nothing
        if len(freed) == 20:  # a better roster from the other thread, with the same assignments
            shared.offer(lns.Incumbent(list(shared.best.values), shared.best.objective - 1))
        return result

    monkeypatch.setattr(search, "solve_piece", piece)
    lns.improve(built.model, built.variables, shared, deadline=time.monotonic() + 20, seed=1,
                guide=lns.Guide(generation))
    assert len(freed) == 40
    guided = [i for i, free in enumerate(freed) if free == disagreement]
    assert len(guided) == 2 and guided[0] < 20 <= guided[1]  # once per roster


def test_a_guide_too_slow_for_the_time_limit_is_dropped(monkeypatch):
    generation, built, shared, freed, _ = _guided_search(monkeypatch)
    rounds = generation.rounds
    monkeypatch.setattr(guide_module, "GUIDE_ROUNDS", 10**6)  # no round is ever fast enough
    guide = lns.Guide(generation)
    guide.run(shared, seed=1, deadline=time.monotonic() + 20, stop=threading.Event())
    assert guide.dropped and generation.rounds <= rounds + 1  # at most the round that showed it
    lns.improve(built.model, built.variables, shared, deadline=time.monotonic() + 20, seed=1, guide=guide)
    assert len(freed) == 40
    assert generation.disagreement(shared.best.values) not in freed


def test_the_rounds_stop_once_the_relaxation_is_solved_and_raise_the_bound(monkeypatch):
    generation, built, shared, freed, _ = _guided_search(monkeypatch)
    guide = lns.Guide(generation)
    guide.run(shared, seed=1, deadline=time.monotonic() + 60, stop=threading.Event())
    assert generation.converged and not guide.dropped and guide.ready()
    assert shared.bound == generation.bound > float("-inf")
    rounds = generation.rounds
    guide.run(shared, seed=1, deadline=time.monotonic() + 60, stop=threading.Event())
    assert generation.rounds == rounds  # nothing left to do


def _rounds_between_pieces(monkeypatch, generation):
    """The guide's rounds made as quick as the pieces (10 ms, the relaxation unchanged), so
    with rounds and pieces in two threads a round comes between pieces."""
    def step(best, **_):
        time.sleep(0.01)
        generation.rounds += 1
        return True

    monkeypatch.setattr(generation, "step", step)
    recorded = search.solve_piece

    def piece(*args, **kwargs):
        time.sleep(0.01)
        return recorded(*args, **kwargs)

    monkeypatch.setattr(search, "solve_piece", piece)


def _improve_beside_the_rounds(built, shared, generation) -> None:
    """The neighbourhood search with the guide's rounds in another thread, as in
    `portfolio_module.portfolio` (the rounds stop when the search does)."""
    guide, stop = lns.Guide(generation), threading.Event()
    rounds = threading.Thread(target=guide.run, args=(shared,),
                              kwargs=dict(seed=1, deadline=time.monotonic() + 20, stop=stop))
    rounds.start()
    lns.improve(built.model, built.variables, shared, deadline=time.monotonic() + 20, seed=1, stop=stop, guide=guide)
    rounds.join()


def test_the_guided_piece_comes_first_after_a_round_only_while_it_pays(monkeypatch):
    generation, built, shared, freed, _ = _guided_search(monkeypatch)
    _rounds_between_pieces(monkeypatch, generation)
    disagreement = generation.disagreement(shared.best.values)
    # Every piece times out (UNKNOWN): after the first guided one, rounds no longer put it first.
    _improve_beside_the_rounds(built, shared, generation)
    assert len(freed) == 40 and freed[0] == disagreement
    assert freed.count(disagreement) <= 20  # one kind of five, drawn at random

    # Guided pieces solved to optimality at once: each round puts the guided piece first again.
    paid = []

    def solved(model, assignment_vars, free, incumbent, seed, time_limit, stop, stall=None):
        time.sleep(0.01)
        paid.append(free)
        if len(paid) == 40:
            stop.set()
        return cp_model.OPTIMAL, SimpleNamespace(wall_time=0.01, objective_value=incumbent.objective,
                                                 response_proto=SimpleNamespace(solution=incumbent.values))

    monkeypatch.setattr(search, "solve_piece", solved)
    _improve_beside_the_rounds(built, shared, generation)
    assert len(paid) == 40 and paid.count(disagreement) >= 25


def test_the_exact_search_thread_runs_the_rounds_before_its_own_search_beside_the_pieces(monkeypatch):
    """The guide's relaxation is solved early: its rounds run in the exact search's thread,
    before that search, while the neighbourhood search already solves pieces in the other."""
    events: list[tuple[str, str, float]] = []  # (what, thread, when)
    step, piece = ColumnGeneration.step, search.solve_piece

    def recorded_step(self, *args, **kwargs):
        events.append(("round", threading.current_thread().name, time.monotonic()))
        time.sleep(0.05)  # rounds long enough for pieces to come between them
        return step(self, *args, **kwargs)

    def recorded_piece(*args, **kwargs):
        events.append(("piece", threading.current_thread().name, time.monotonic()))
        return piece(*args, **kwargs)

    class RecordedExact(portfolio_module._Exact):
        def __init__(self, shared):
            events.append(("exact", threading.current_thread().name, time.monotonic()))
            super().__init__(shared)

    monkeypatch.setattr(ColumnGeneration, "step", recorded_step)
    monkeypatch.setattr(search, "solve_piece", recorded_piece)
    monkeypatch.setattr(portfolio_module, "_Exact", RecordedExact)
    p = _rostering(people=6, days=28, target=2)  # the first roster is not the best
    solution = solve(p, time_limit=10, workers=2)
    assert solution.status in ("optimal", "feasible")
    rounds = [e for e in events if e[0] == "round"]
    pieces = [e for e in events if e[0] == "piece"]
    exact = [e for e in events if e[0] == "exact"]
    assert len(rounds) >= 2 and pieces
    assert {thread for _, thread, _ in rounds} == {t for _, t, _ in exact} or not exact
    assert not {thread for _, thread, _ in rounds} & {thread for _, thread, _ in pieces}
    assert all(when > rounds[-1][2] for _, _, when in exact)
    assert pieces[0][2] < rounds[-1][2]  # pieces while the rounds go on


def test_a_complete_hint_is_a_roster_with_the_objective_cp_sat_gives_it():
    from scheduler.solve import _hint_solution, build

    p = _rostering(people=4, days=14)
    built = build(p, ProblemIndex(p))
    built.model.minimize(built.objective)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = 10
    assert solver.solve(built.model) in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    assert lns.hinted_roster(built.model) is None  # no hint
    _hint_solution(built.model, solver)
    roster = lns.hinted_roster(built.model)
    assert roster.values == list(solver.response_proto.solution)
    assert roster.objective == solver.objective_value
    built.model.clear_hints()
    built.model.add_hint(built.model.get_int_var_from_proto_index(0), 1)
    assert lns.hinted_roster(built.model) is None  # not every variable


def _hinted_by_a_first_roster():
    """A decomposable problem's model, hinted with CP-SAT's first roster (a poor one), its
    column generation and that roster's objective."""
    from scheduler.solve import _hint_solution, build

    p = _rostering(people=6, days=21)
    index = ProblemIndex(p)
    built = build(p, index)
    generation = ColumnGeneration(p, index, built.variables, build)
    built.model.minimize(built.objective)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = 10
    solver.parameters.stop_after_first_solution = True
    assert solver.solve(built.model) in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    _hint_solution(built.model, solver)
    return built, generation, solver.objective_value


def test_a_complete_hint_keeps_the_roster_and_takes_its_penalty_variables_at_their_best():
    from scheduler.solve import complete_hint

    built, _, _ = _hinted_by_a_first_roster()  # CP-SAT's first roster: its penalty variables as they came
    hinted = lns.hinted_roster(built.model)
    assert complete_hint(built, built.variables.extract(lns.Values(hinted.values)), time_limit=10)
    tight = lns.hinted_roster(built.model)
    indices = [var.index for _, _, var in built.variables.all()]
    assert [tight.values[i] for i in indices] == [hinted.values[i] for i in indices]
    # its objective is what the roster costs: CP-SAT with those assignments fixed can do no better
    fixed = built.model.clone()
    for i in indices:
        domain = fixed.proto.variables[i].domain
        domain[0] = domain[1] = hinted.values[i]
    solver = cp_model.CpSolver()
    assert solver.solve(fixed) == cp_model.OPTIMAL and tight.objective == solver.objective_value <= hinted.objective


def test_a_hinted_search_with_a_guide_runs_its_rounds_from_the_hint():
    built, generation, first = _hinted_by_a_first_roster()
    status, best, bound = portfolio_module.portfolio(built.model, built.variables, time_limit=10, seed=0,
                                                     threads=2, hinted=True, generation=generation)
    assert generation.rounds >= 1 and generation.value is not None
    assert status in (cp_model.OPTIMAL, cp_model.FEASIBLE)
    assert bound <= best.objective <= first


def test_the_neighbourhood_search_ends_once_its_until_condition_holds(monkeypatch):
    generation, built, shared, freed, _ = _guided_search(monkeypatch)
    lns.improve(built.model, built.variables, shared, deadline=time.monotonic() + 20, seed=1,
                guide=lns.Guide(generation), until=lambda: len(freed) >= 5)
    assert len(freed) == 5  # checked between pieces, before each


def _hinted_portfolio_whose_pieces_find_nothing(monkeypatch, time_limit: float):
    """`portfolio_module.portfolio` from a poor first roster of a decomposable problem, with a guide, every
    piece finding nothing (10 ms each). Returns what happened (`events`: "round" | "piece" |
    "exact", thread name, time), the best roster's objective and the bound at each start of
    the exact search (`at_exact`), the `deadline`, the `status` and when it `ended`."""
    built, generation, _ = _hinted_by_a_first_roster()
    events: list[tuple[str, str, float]] = []
    at_exact: list[tuple[float, float]] = []
    step = ColumnGeneration.step

    def recorded_step(self, *args, **kwargs):
        events.append(("round", threading.current_thread().name, time.monotonic()))
        return step(self, *args, **kwargs)

    def nothing(*args, **kwargs):
        events.append(("piece", threading.current_thread().name, time.monotonic()))
        time.sleep(0.01)
        return cp_model.UNKNOWN, SimpleNamespace(wall_time=0.01)

    class RecordedExact(portfolio_module._Exact):
        def __init__(self, shared):
            events.append(("exact", threading.current_thread().name, time.monotonic()))
            at_exact.append((shared.best.objective, shared.bound))
            super().__init__(shared)

    monkeypatch.setattr(ColumnGeneration, "step", recorded_step)
    monkeypatch.setattr(search, "solve_piece", nothing)
    monkeypatch.setattr(portfolio_module, "_Exact", RecordedExact)
    started = time.monotonic()
    status, _, _ = portfolio_module.portfolio(built.model, built.variables, time_limit=time_limit, seed=0,
                                              threads=2, hinted=True, generation=generation)
    assert generation.converged
    return SimpleNamespace(events=events, at_exact=at_exact, deadline=started + time_limit, status=status,
                           ended=time.monotonic())


def _in_the_rounds_thread(events, what: str) -> list[float]:
    rounds_thread = {thread for kind, thread, _ in events if kind == "round"}
    assert len(rounds_thread) == 1
    return [when for kind, thread, when in events if kind == what and thread in rounds_thread]


def test_far_from_the_relaxation_s_bound_the_exact_search_s_thread_searches_pieces_too(monkeypatch):
    monkeypatch.setattr(portfolio_module, "EXACT_TRIAL", 0.0)  # the shortest trial, too short to finish
    run = _hinted_portfolio_whose_pieces_find_nothing(monkeypatch, time_limit=6)
    assert all(best - bound > portfolio_module.EXACT_GAP * best for best, bound in run.at_exact)  # far all along
    last_round = max(when for what, _, when in run.events if what == "round")
    trial, again = _in_the_rounds_thread(run.events, "exact")  # a trial, then once time is up
    own = _in_the_rounds_thread(run.events, "piece")
    assert last_round < trial < min(own) and len(own) >= 10 and max(own) < again
    assert again > run.deadline - 0.5


def test_far_from_the_bound_an_exact_search_that_finishes_in_its_trial_ends_the_search(monkeypatch):
    monkeypatch.setattr(portfolio_module, "EXACT_TRIAL", 1.0)  # the whole time left: it proves the optimum
    run = _hinted_portfolio_whose_pieces_find_nothing(monkeypatch, time_limit=30)
    assert all(best - bound > portfolio_module.EXACT_GAP * best for best, bound in run.at_exact)
    assert len(_in_the_rounds_thread(run.events, "exact")) == 1
    assert not _in_the_rounds_thread(run.events, "piece")
    assert run.status == cp_model.OPTIMAL and run.ended < run.deadline - 10


def test_near_the_relaxation_s_bound_the_exact_search_starts_right_after_the_rounds(monkeypatch):
    monkeypatch.setattr(portfolio_module, "EXACT_GAP", 10.0)  # every roster is near
    run = _hinted_portfolio_whose_pieces_find_nothing(monkeypatch, time_limit=6)
    last_round = max(when for what, _, when in run.events if what == "round")
    assert not _in_the_rounds_thread(run.events, "piece")
    exact = _in_the_rounds_thread(run.events, "exact")
    assert len(exact) == 1 and last_round < exact[0] < run.deadline - 2
    assert [e for e in run.events if e[0] == "piece"]  # the other thread's pieces go on


def _portfolio_without_a_guide(monkeypatch, exact_finds: bool, trial: float):
    """`portfolio_module.portfolio` for 6 s from a poor first roster of a problem, without a guide, every
    piece finding nothing (10 ms each), and an exact search that finds better rosters or (not
    `exact_finds`) none, with EXACT_TRIAL `trial`. Returns the objectives of the first roster
    and the best one and, per thread, what it did ("piece" | "exact")."""
    built, _, first = _hinted_by_a_first_roster()
    done: dict[str, list[str]] = {}

    def nothing(*args, **kwargs):
        done.setdefault(threading.current_thread().name, []).append("piece")
        time.sleep(0.01)
        return cp_model.UNKNOWN, SimpleNamespace(wall_time=0.01)

    class RecordedExact(portfolio_module._Exact):
        def __init__(self, shared):
            done.setdefault(threading.current_thread().name, []).append("exact")
            super().__init__(shared)

        def on_solution_callback(self) -> None:
            if exact_finds:
                super().on_solution_callback()

    monkeypatch.setattr(search, "solve_piece", nothing)
    monkeypatch.setattr(portfolio_module, "_Exact", RecordedExact)
    monkeypatch.setattr(portfolio_module, "EXACT_TRIAL", trial)
    _, best, _ = portfolio_module.portfolio(built.model, built.variables, time_limit=6, seed=0, threads=2, hinted=True)
    return first, best.objective, done


def test_without_a_guide_an_exact_search_that_finds_nothing_in_its_trial_hands_its_thread_to_pieces(
        monkeypatch):
    # The shortest trial, too short to prove the optimum (which would end the search).
    first, best, done = _portfolio_without_a_guide(monkeypatch, exact_finds=False, trial=0.0)
    assert best == first  # nobody found anything better, so the bound stayed far
    exact_thread = next(thread for thread, what in done.items() if "exact" in what)
    what = done[exact_thread]
    assert what[0] == "exact" and what.count("piece") >= 10  # a trial, then pieces
    assert any("piece" in other for thread, other in done.items() if thread != exact_thread)


def test_without_a_guide_an_exact_search_that_finds_better_rosters_in_its_trial_keeps_its_thread(
        monkeypatch):
    first, best, done = _portfolio_without_a_guide(monkeypatch, exact_finds=True, trial=0.2)
    assert best < first  # the exact search found them: the pieces find nothing
    exact_thread = next(thread for thread, what in done.items() if "exact" in what)
    assert "piece" not in done[exact_thread]
