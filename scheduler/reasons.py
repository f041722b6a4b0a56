"""Why seats stay empty: for every shift below its `min` (and event below its `team_min`),
count the volunteers by the first thing that keeps each of them off it, in plain English.

The order is fixed and goes from the most permanent to the most circumstantial:
  1. the candidate rules, in `CANDIDATE_RULES` order: inactive, serves other centers, center
     closed, on leave, weekly availability, missing post skill;
  2. the final roster: already busy at that time (no_overlap), daily maximum, minimum rest,
     counting-window maxima (weekly/monthly...), in catalogue order;
  3. left over: free but not chosen (for an event whose composition rules cannot be met, or
     when the solver stopped before it found them).
Every volunteer of the problem is counted once, under the first reason that applies.
"""
from __future__ import annotations

from scheduler.index import Duty
from scheduler.problem import Unfilled
from scheduler.roster import Roster
from scheduler.rules import HARD_RULES
from scheduler.rules.candidates import CANDIDATE_RULES, Reason, first_exclusion
from scheduler.rules.counts import describe_requirement, matches
from scheduler.rules.cover import required


_ORDER = {rule.__name__: rank for rank, rule in enumerate(CANDIDATE_RULES)}
_ORDER.update({rule.name: len(CANDIDATE_RULES) + rank for rank, rule in enumerate(HARD_RULES)})


def _exclusion(roster: Roster, code: str, duty: Duty) -> tuple[int, Reason] | None:
    """(rank of the rule in the documented order, reason) of the first rule keeping them off."""
    first = first_exclusion(roster.index, roster.index.volunteers[code], duty)
    if first is not None:
        return _ORDER[first[0]], first[1]
    for rule in HARD_RULES:
        if rule.blocks is not None:
            reason = rule.blocks(roster, code, duty)
            if reason is not None:
                return _ORDER[rule.name], reason
    return None


def explain(roster: Roster, duty: Duty) -> tuple[str, ...]:
    """Counted reasons why nobody else could take the duty, in the documented order."""
    counts: dict[tuple[int, Reason], int] = {}
    free = []
    for code in roster.index.volunteers:
        if roster.has(code, duty):
            continue
        reason = _exclusion(roster, code, duty)
        if reason is None:
            free.append(code)
        else:  # counted by the phrase: two leaves with different reasons are "2 volunteers on leave"
            key = (reason[0], reason[1]._replace(params=()))
            counts[key] = counts.get(key, 0) + 1
    lines = [reason.counted(n) for (_, reason), n in sorted(counts.items())]
    short_lines = []
    if duty.kind == "event":
        for line in duty.source.requirements:
            members = roster.team(duty) + free
            able = sum(matches(line, roster.index.volunteers[c]) for c in members)
            if able < line.min:
                short_lines.append(f"only {able} free for \"{describe_requirement(line)}\"")
    if free:
        why = "no team meets the requirements" if short_lines else "not chosen before the solver stopped"
        lines.append(f"{len(free)} free but {why}")
    return tuple(lines + short_lines)


def unfilled(roster: Roster) -> list[Unfilled]:
    found = []
    for duty in roster.index.duties:
        missing = required(roster.index, duty) - len(roster.team(duty))
        if missing > 0:
            found.append(Unfilled(missing=missing, reasons=explain(roster, duty), **duty.ref()))
    return found
