"""Each soft rule pays its penalty, by name, and the reported objective is their exact sum."""
from __future__ import annotations

from scheduler import CountWindow, Leave, Rules, ShiftRequest, Weights, solve, validate
from tests.scheduler.build import day, event, on, pairs, problem, shift, vol


def solved(p):
    solution = solve(p, time_limit=5, workers=1)
    assert solution.status == "optimal"
    assert solution.objective == sum(solution.penalties.values()) == solution.best_bound
    return solution


def test_cover_min_missing_seat_is_expensive_and_explained():
    s0 = shift(0, min=2)
    solution = solved(problem([vol("V1")], [s0]))
    assert solution.penalties["cover_min"] == 1000
    assert solution.unfilled[0].shift == s0.id and solution.unfilled[0].missing == 1


def test_cover_target_under_and_over():
    s0 = shift(0, min=1, target=3, max=3)
    assert solved(problem([vol("V1"), vol("V2")], [s0])).penalties == {"cover_target": 2}
    over = shift(0, min=3, target=1, over_weight=7)
    assert solved(problem([vol(f"V{i}") for i in range(3)], [over])).penalties == {"cover_target": 14}


def test_fairness_spreads_load_and_counts_prior_months():
    shifts = [shift(n, min=1) for n in range(4)]
    even = solved(problem([vol("V1"), vol("V2")], shifts))
    assert even.per_volunteer["V1"].shifts == 2 and even.objective == 0
    prior = solved(problem([vol("V1", prior_load=4), vol("V2")], shifts))
    assert prior.per_volunteer["V1"].shifts == 0 and prior.per_volunteer["V2"].shifts == 4
    committed = solved(problem([vol("V1", commitment=3), vol("V2", commitment=1)], shifts))
    assert committed.per_volunteer["V1"].shifts == 3


def test_fairness_penalty_when_only_one_can_work():
    shifts = [shift(n, min=1) for n in range(4)]
    solution = solved(problem([vol("V1"), vol("V2", weekly={1: frozenset({"*"})})], shifts))
    assert solution.per_volunteer["V1"].shifts == 3 and solution.objective == 0  # V2's share capped at 1


def test_min_per_month_shortfall_is_soft():
    s0 = shift(0, min=0)
    month = CountWindow("min_per_month", day(0), day(6), min=3, min_weight=5)
    no_fairness = Rules(weights=Weights(fairness=0))
    solution = solved(problem([vol("V1", windows=(month,))], [s0], rules=no_fairness))
    assert solution.penalties["min_per_month"] == 10 and len(solution.assignments) == 1
    assert [v.rule for v in validate(problem([vol("V1", windows=(month,))], [s0]), []) if not v.hard] == ["min_per_month"]


def test_preferences_and_avoidances():
    mon, tue = shift(0), shift(1)
    people = [vol("V1", prefers_weekdays=frozenset({2}), avoids_posts=frozenset({"F1"})), vol("V2")]
    p = problem(people, [mon, tue], rules=Rules(weights=Weights(fairness=0)))
    solution = solved(p)
    assert solution.objective == 0 and {v for v, _ in pairs(solution)} == {"V2"}
    forced = problem(people[:1], [mon], rules=Rules(weights=Weights(fairness=0)))
    assert solved(forced).penalties == {"preferences": 3, "avoidances": 3}


def test_shift_requests_on_and_off():
    mon, tue = shift(0, min=0, target=1), shift(1, min=0, target=1)
    wishes = (ShiftRequest(day(0), "AM", weight=9, on=False), ShiftRequest(day(1), None, weight=4, on=True))
    p = problem([vol("V1", requests=wishes)], [mon, tue], rules=Rules(weights=Weights(fairness=0)))
    solution = solved(p)
    assert pairs(solution) == {("V1", tue.id)} and solution.penalties == {"cover_target": 2}
    assert {v.penalty for v in validate(p, [on("V1", mon)]) if v.rule == "shift_requests"} == {9, 4}


def test_outreach_fairness():
    events = [event(f"OUT-{i}", n=5, times=(i * 300, i * 300 + 120), team_min=1) for i in range(2)]
    blocked = CountWindow("max_per_week", day(0), day(6), max=0)  # a candidate who cannot go
    p = problem([vol("V1"), vol("V2", windows=(blocked,))], [], events,
                rules=Rules(max_shifts_per_day=2, weights=Weights(fairness=0)))
    solution = solved(p)
    assert solution.penalties == {"outreach_fairness": 5}
    assert solution.per_volunteer["V1"].events == 2


def test_mix_wants_someone_experienced():
    s0 = shift(0, min=2)
    rules = Rules(mix_skills=frozenset({"senior"}), weights=Weights(fairness=0))
    people = [vol("N1"), vol("N2"), vol("S1", skills=frozenset({"senior"}))]
    solution = solved(problem(people, [s0], rules=rules))
    assert "S1" in {v for v, _ in pairs(solution)} and solution.objective == 0
    solution = solved(problem(people[:2], [s0], rules=rules))
    assert solution.penalties == {"mix": 4}


def test_repair_changes_nothing_it_need_not_change():
    """A repair keeps the previous roster even where a wish would be worth more than the
    change: fewest changes first, the weights only choose among equally small repairs."""
    s0 = shift(0)
    previous = (on("V1", s0),)
    p = problem([vol("V1", avoids_weekdays=frozenset({1})), vol("V2")], [s0], existing=previous, repair=True,
                rules=Rules(weights=Weights(fairness=0, preference=50)))
    solution = solved(p)
    assert pairs(solution) == {("V1", s0.id)} and solution.penalties == {"avoidances": 50}


def test_stability_weight_zero_lets_a_repair_reoptimise():
    s0 = shift(0)
    previous = (on("V1", s0),)
    free = problem([vol("V1", avoids_weekdays=frozenset({1})), vol("V2")], [s0], existing=previous, repair=True,
                   rules=Rules(weights=Weights(fairness=0, preference=50, stability=0)))
    assert pairs(solved(free)) == {("V2", s0.id)}


def test_stability_is_paid_per_change_in_repair():
    s0, s1 = shift(0), shift(1)
    previous = (on("V1", s0), on("V1", s1))
    # V1 is now on leave on day 1: one removal and one addition, 2 × 20.
    p = problem([vol("V1", leave=(Leave(s1.date, s1.date),)), vol("V2")], [s0, s1], existing=previous,
                repair=True, rules=Rules(weights=Weights(fairness=0)))
    solution = solved(p)
    assert pairs(solution) == {("V1", s0.id), ("V2", s1.id)} and solution.penalties == {"stability": 40}
