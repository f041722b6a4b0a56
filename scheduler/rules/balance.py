"""Soft rules that spread work well: fair load, fair outreach share, experienced/new mix, and
stability against the previous roster in a repair.

Fair load: each volunteer's fair share of the period is computed once, before solving, by
"water filling" within each group of volunteers who can cover the same duties: the total seats
wanted are shared so that prior load + share is proportional to commitment, never below 0 and
never above what the person can work. The penalty is |load - fair share| per volunteer, a
linear term CP-SAT bounds well.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import math

from ortools.sat.python import cp_model

from scheduler.index import Duty, ProblemIndex
from scheduler.problem import Problem, Violation
from scheduler.roster import Roster
from scheduler.rules.candidates import candidates_by_volunteer
from scheduler.rules.terms import Term, penalty_violation

if TYPE_CHECKING:
    from scheduler.variables import Variables


# --- fair shares ------------------------------------------------------------------------------
def _capacity(index: ProblemIndex, code: str, duties: list[Duty]) -> int:
    """Most assignments the volunteer could work: per-day and counting-window maxima."""
    days = len({d.date for d in duties})
    caps = [len(duties), days * index.rules.max_shifts_per_day]
    by_rule: dict[str, list] = {}
    for window in index.volunteers[code].windows:
        if window.max is not None and window.measure == "assignments":
            by_rule.setdefault(window.rule, []).append(window)
    for windows in by_rule.values():
        inside = [sum(1 for d in duties if w.start <= d.date <= w.end) for w in windows]
        covered = {d.key for w in windows for d in duties if w.start <= d.date <= w.end}
        caps.append(sum(min(max(w.max - w.already, 0), n) for w, n in zip(windows, inside))
                    + len(duties) - len(covered))
    return min(caps)


def _groups(candidates: dict[str, list[Duty]]) -> list[list[str]]:
    """Volunteers joined by a duty they could both cover (union-find)."""
    parent = {code: code for code in candidates}

    def root(code):
        while parent[code] != code:
            parent[code] = parent[parent[code]]
            code = parent[code]
        return code

    first_by_duty: dict = {}
    for code, duties in candidates.items():
        for duty in duties:
            other = first_by_duty.setdefault(duty.key, code)
            parent[root(code)] = root(other)
    groups: dict[str, list[str]] = {}
    for code in candidates:
        groups.setdefault(root(code), []).append(code)
    return list(groups.values())


def _seats_wanted(duty: Duty, candidates: int) -> int:
    if duty.kind == "event":
        return min(duty.source.team_min, candidates)
    demand = duty.source.demand
    wanted = max(demand.min, demand.target)
    return min(wanted, demand.max if demand.max is not None else wanted, candidates)


def _water_fill(total: float, members: list[tuple[str, float, int, int]]) -> dict[str, float]:
    """Shares s_v = clamp(level * commitment_v - prior_v, 0, cap_v) with sum s_v = total."""
    def shares(level):
        return {c: min(max(level * w - prior, 0.0), cap) for c, w, prior, cap in members}

    low, high = 0.0, 1.0
    while sum(shares(high).values()) < total and high < 1e9:
        high *= 2
    for _ in range(60):
        mid = (low + high) / 2
        low, high = (mid, high) if sum(shares(mid).values()) < total else (low, mid)
    return shares(high)


def fair_shares(index: ProblemIndex) -> dict[str, int]:
    """Fair number of assignments in the period for every volunteer who can work at all."""
    if "fair_shares" in index.cache:
        return index.cache["fair_shares"]
    candidates = {c: d for c, d in candidates_by_volunteer(index).items() if d}
    team_size: dict = {}
    for duties in candidates.values():
        for duty in duties:
            team_size[duty.key] = team_size.get(duty.key, 0) + 1
    shares: dict[str, int] = {}
    for group in _groups(candidates):
        keys = {d.key for code in group for d in candidates[code]}
        total = sum(_seats_wanted(index.by_key[k], team_size[k]) for k in keys)
        declared = [index.volunteers[c].commitment for c in group if index.volunteers[c].commitment > 0]
        default = sum(declared) / len(declared) if declared else 1.0
        members = [(c, index.volunteers[c].commitment or default, index.volunteers[c].prior_load,
                    _capacity(index, c, candidates[c])) for c in group]
        shares.update({c: round(s) for c, s in _water_fill(total, members).items()})
    index.cache["fair_shares"] = shares
    return shares


def add_fairness(model: cp_model.CpModel, variables: Variables, problem: Problem) -> list[Term]:
    weight = problem.rules.weights.fairness
    if not weight:
        return []
    terms = []
    for code, share in fair_shares(variables.index).items():
        options = [v for _, v in variables.of_volunteer(code)]
        deviation = model.new_int_var(0, max(share, len(options)), f"deviation[{code}]")
        model.add(deviation >= sum(options) - share)
        model.add(deviation >= share - sum(options))
        terms.append(Term("fairness", weight, deviation))
    return terms


def check_fairness(roster: Roster) -> list[Violation]:
    weight = roster.problem.rules.weights.fairness
    found = []
    for code, share in fair_shares(roster.index).items() if weight else ():
        load = len(roster.duties_of(code))
        if load != share:
            found.append(penalty_violation("fairness", weight, abs(load - share),
                                           f"{code} has {load} assignments, fair share {share}",
                                           {"count": load, "limit": share}, volunteer=code))
    return found


# --- outreach_fairness: nobody takes more than their share of outreach events -------------------
def fair_outreach(index: ProblemIndex) -> int:
    candidates = candidates_by_volunteer(index)
    eligible = sum(1 for duties in candidates.values() if any(d.kind == "event" for d in duties))
    seats = sum(d.source.team_min for d in index.duties if d.kind == "event")
    return max(1, math.ceil(seats / eligible)) if eligible else 1


def add_outreach_fairness(model: cp_model.CpModel, variables: Variables, problem: Problem) -> list[Term]:
    fair, terms = fair_outreach(variables.index), []
    for volunteer in problem.volunteers:
        events = [v for d, v in variables.of_volunteer(volunteer.code) if d.kind == "event"]
        if len(events) > fair and problem.rules.weights.outreach_fairness:
            excess = model.new_int_var(0, len(events) - fair, f"outreach_excess[{volunteer.code}]")
            model.add(excess >= sum(events) - fair)
            terms.append(Term("outreach_fairness", problem.rules.weights.outreach_fairness, excess))
    return terms


def check_outreach_fairness(roster: Roster) -> list[Violation]:
    fair, weight, found = fair_outreach(roster.index), roster.problem.rules.weights.outreach_fairness, []
    for code in roster.volunteers():
        events = sum(1 for d in roster.duties_of(code) if d.kind == "event")
        if events > fair and weight:
            found.append(penalty_violation("outreach_fairness", weight, events - fair,
                                           f"{code} has {events} outreach events, fair share {fair}",
                                           {"count": events, "limit": fair}, volunteer=code))
    return found


# --- mix: a shift of two or more has someone experienced -----------------------------------------
def _experienced(index: ProblemIndex, code: str) -> bool:
    return bool(index.volunteers[code].skills & index.rules.mix_skills)


def add_mix(model: cp_model.CpModel, variables: Variables, problem: Problem) -> list[Term]:
    if not problem.rules.mix_skills or not problem.rules.weights.mix:
        return []
    terms = []
    for duty in variables.index.duties:
        team = variables.team(duty)
        new = [v for c, v in team if not _experienced(variables.index, c)]
        old = [v for c, v in team if _experienced(variables.index, c)]
        if duty.kind != "shift" or len(new) < 2:
            continue
        # new - 1 <= |new| * (lacking + old): forces `lacking` when 2+ new and nobody experienced.
        lacking = model.new_bool_var(f"lacking_mix[{duty.id}]")
        model.add(sum(new) - 1 <= len(new) * lacking + len(new) * sum(old))
        terms.append(Term("mix", problem.rules.weights.mix, lacking))
    return terms


def check_mix(roster: Roster) -> list[Violation]:
    rules, found = roster.problem.rules, []
    if not rules.mix_skills or not rules.weights.mix:
        return []
    for duty in roster.index.duties:
        team = roster.team(duty)
        if duty.kind == "shift" and len(team) >= 2 and not any(_experienced(roster.index, c) for c in team):
            found.append(penalty_violation("mix", rules.weights.mix, 1,
                                           f"{duty.describe()} has nobody with {', '.join(sorted(rules.mix_skills))}",
                                           {"skills": tuple(sorted(rules.mix_skills))}, **duty.ref()))
    return found


# --- stability: a repair changes as few unlocked assignments as it can ---------------------------
def _previous_pairs(index: ProblemIndex) -> set:
    return {(a.volunteer, index.duty_of(a).key) for a in index.previous if index.duty_of(a) is not None}


def _locked_pairs(index: ProblemIndex) -> set:
    return {(a.volunteer, index.duty_of(a).key) for a in index.locked if index.duty_of(a) is not None}


def add_stability(model: cp_model.CpModel, variables: Variables, problem: Problem) -> list[Term]:
    if not problem.repair or not problem.rules.weights.stability:
        return []
    previous, locked = _previous_pairs(variables.index), _locked_pairs(variables.index)
    dropped = len([p for p in previous if variables.assigned(p[0], variables.index.by_key[p[1]]) is None])
    changes = [(1 - var) if (code, duty.key) in previous else var
               for code, duty, var in variables.all() if (code, duty.key) not in locked]
    return [Term("stability", problem.rules.weights.stability, dropped + sum(changes))]


def check_stability(roster: Roster) -> list[Violation]:
    problem = roster.problem
    if not problem.repair or not problem.rules.weights.stability:
        return []
    previous, locked = _previous_pairs(roster.index), _locked_pairs(roster.index)
    now = {(code, duty.key) for code, duty in roster.pairs}
    found = []
    for code, key in sorted(previous - now):
        found.append(penalty_violation("stability", problem.rules.weights.stability, 1,
                                       f"{code} was moved off {key[0]} {key[1]}", {"change": "removed"},
                                       volunteer=code,
                                       **{key[0]: key[1]}))
    for code, key in sorted(now - previous - locked):
        found.append(penalty_violation("stability", problem.rules.weights.stability, 1,
                                       f"{code} was newly put on {key[0]} {key[1]}", {"change": "added"},
                                       volunteer=code,
                                       **{key[0]: key[1]}))
    return found
