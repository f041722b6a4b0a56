"""A greedy first roster, given to CP-SAT as a hint so large problems start from a good cover.

Scarce duties first (fewest candidates per seat needed), each seat to the free candidate
furthest below their fair share; "free" means no hard rule's `blocks` objects, so the greedy
roster keeps the same rules as the model. Events fill their composition lines first and stay
empty when a line cannot be met. CP-SAT then repairs and improves it.
"""
from __future__ import annotations

from scheduler.index import Duty, ProblemIndex
from scheduler.problem import Assignment
from scheduler.roster import Roster
from scheduler.rules import HARD_RULES
from scheduler.rules.balance import fair_shares
from scheduler.rules.candidates import candidates_by_volunteer
from scheduler.rules.counts import matches
from scheduler.rules.cover import required

_BLOCKERS = [rule.blocks for rule in HARD_RULES if rule.blocks is not None]


def _free(roster: Roster, code: str, duty: Duty) -> bool:
    return not roster.has(code, duty) and all(blocks(roster, code, duty) is None for blocks in _BLOCKERS)


def greedy_roster(index: ProblemIndex) -> list[Assignment]:
    roster = Roster(index.problem, index.locked, index)
    candidates: dict[tuple[str, str], list[str]] = {}
    for code, duties in candidates_by_volunteer(index).items():
        for duty in duties:
            candidates.setdefault(duty.key, []).append(code)
    shares = fair_shares(index)

    def eagerness(code: str) -> float:  # lower first: furthest below their fair share
        return (len(roster.duties_of(code)) + 1) / (shares.get(code, 0) + 1)

    def take(duty: Duty, people: list[str], seats: int) -> list[str]:
        chosen = []
        for code in sorted(people, key=eagerness):
            if len(chosen) >= seats:
                break
            if _free(roster, code, duty):
                chosen.append(code)
        return chosen

    needs = [d for d in index.duties if required(index, d) > len(roster.team(d))]
    # Teams with composition rules first (they need particular people), then the scarcest seats.
    needs.sort(key=lambda d: (not (d.kind == "event" and d.source.requirements),
                              len(candidates.get(d.key, ())) / required(index, d), d.start))
    for duty in needs:
        people = candidates.get(duty.key, [])
        picked: list[str] = []
        if duty.kind == "event" and duty.source.requirements:
            for line in duty.source.requirements:
                have = sum(matches(line, index.volunteers[c]) for c in roster.team(duty) + picked)
                fit = [c for c in people if c not in picked and matches(line, index.volunteers[c])]
                picked += take(duty, fit, line.min - have)
            if any(sum(matches(line, index.volunteers[c]) for c in roster.team(duty) + picked) < line.min
                   for line in duty.source.requirements):
                continue  # the team cannot be completed: leave the event empty
        rest = required(index, duty) - len(roster.team(duty)) - len(picked)
        picked += take(duty, [c for c in people if c not in picked], rest)
        cap = duty.source.demand.max if duty.kind == "shift" else duty.source.team_max
        for code in picked[: None if cap is None else max(cap - len(roster.team(duty)), 0)]:
            roster.add(code, duty)
    for duty in needs:
        _swap_in(roster, duty, candidates, index)
    locked = {(a.volunteer, index.duty_of(a).key) for a in index.locked if index.duty_of(a) is not None}
    return [Assignment(code, **duty.ref(), locked=(code, duty.key) in locked) for code, duty in roster.pairs]


def _swap_in(roster: Roster, duty: Duty, candidates: dict, index: ProblemIndex) -> None:
    """Fill a seat still empty by one move: a candidate busy elsewhere takes it, and someone
    free takes their old duty (a short augmenting path). Locks and events never move."""
    locked = {(a.volunteer, a.shift, a.event) for a in index.locked}
    if duty.kind == "event" and duty.source.requirements:
        return
    for code in candidates.get(duty.key, []):
        if required(index, duty) <= len(roster.team(duty)) or roster.has(code, duty):
            return
        for old in list(roster.duties_of(code)):
            if old.kind == "event" or (code, old.ref().get("shift"), None) in locked:
                continue
            roster.remove(code, old)
            if _free(roster, code, duty):
                roster.add(code, duty)
                stand_in = next((c for c in candidates.get(old.key, []) if c != code and _free(roster, c, old)), None)
                if stand_in is not None:
                    roster.add(stand_in, old)
                    break
                roster.remove(code, duty)
            roster.add(code, old)
