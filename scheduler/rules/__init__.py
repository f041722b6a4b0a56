"""The rule catalogue: every hard and soft rule by name, with its CP-SAT and its checking face.

Each `Rule` pairs `add(model, variables, problem)` (adds constraints; a soft rule returns its
`Term`s) with `check(roster)` (the same rule on a finished roster, without CP-SAT). The solver,
`validate` and the unfilled-seat reasons all walk this one list, so they cannot disagree.
Adding a rule: write the two functions in a module here, add one `Rule(...)` line below, and a
test in tests/scheduler/.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from scheduler.index import Duty
from scheduler.problem import Violation
from scheduler.roster import Roster
from scheduler.rules import balance, counts, cover, sequence, timing, wishes
from scheduler.rules.candidates import CANDIDATE_RULES, CandidateRule, Reason
from scheduler.rules.terms import Term


@dataclass(frozen=True)
class Rule:
    name: str
    hard: bool
    add: Callable  # (model, variables, problem) -> list[Term] | None
    check: Callable[[Roster], list[Violation]]
    # Would one more duty for this volunteer break the rule, given the roster? (explains unfilled seats)
    blocks: Callable[[Roster, str, Duty], "Reason | None"] | None = None
    # Removing assignments can never break a monotone rule (locks alone are checked with these).
    monotone: bool = True


def _candidate_rule(rule: CandidateRule) -> Rule:
    """A candidate rule needs no constraint: `Variables` never creates the forbidden variables."""
    def add(model, variables, problem):
        return None

    def check(roster: Roster) -> list[Violation]:
        found = []
        for code, duty in roster.pairs:
            reason = rule(roster.index, roster.index.volunteers[code], duty)
            if reason is not None:
                found.append(Violation(rule.__name__, f"{code} on {duty.describe()}: {reason.one}",
                                       volunteer=code, params=dict(reason.params), **duty.ref()))
        return found

    return Rule(rule.__name__, True, add, check)


def _check_references(roster: Roster) -> list[Violation]:
    found = [Violation("unknown_reference", f"assignment of {a.volunteer} to {a.shift or a.event} names "
                       "an unknown volunteer, shift or event", volunteer=a.volunteer) for a in roster.unknown]
    found += [Violation("duplicate", f"{a.volunteer} is assigned twice to {a.shift or a.event}",
                        volunteer=a.volunteer, shift=a.shift, event=a.event) for a in roster.duplicates]
    return found


CATALOGUE: tuple[Rule, ...] = (
    Rule("unknown_reference", True, lambda model, variables, problem: None, _check_references),
    *(_candidate_rule(rule) for rule in CANDIDATE_RULES),
    Rule("no_overlap", True, timing.add_no_overlap, timing.check_no_overlap, timing.blocks_no_overlap),
    Rule("max_shifts_per_day", True, timing.add_max_shifts_per_day, timing.check_max_shifts_per_day,
         timing.blocks_max_shifts_per_day),
    Rule("min_rest_hours", True, timing.add_min_rest_hours, timing.check_min_rest_hours,
         timing.blocks_min_rest_hours),
    Rule("window_max", True, counts.add_window_max, counts.check_window_max, counts.blocks_window_max),
    Rule("window_min", True, counts.add_window_min, counts.check_window_min, monotone=False),
    Rule("max_consecutive_days", True, sequence.add_max_consecutive_days, sequence.check_max_consecutive_days,
         sequence.blocks_max_consecutive_days),
    Rule("min_consecutive_days", True, sequence.add_min_consecutive_days, sequence.check_min_consecutive_days,
         monotone=False),
    Rule("min_consecutive_days_off", True, sequence.add_min_consecutive_days_off,
         sequence.check_min_consecutive_days_off, monotone=False),
    Rule("forbidden_successions", True, sequence.add_forbidden_successions, sequence.check_forbidden_successions,
         sequence.blocks_forbidden_successions),
    Rule("max_per_template", True, sequence.add_max_per_template, sequence.check_max_per_template,
         sequence.blocks_max_per_template),
    Rule("demand_max", True, counts.add_demand_max, counts.check_demand_max),
    Rule("team_max", True, counts.add_team_max, counts.check_team_max),
    Rule("requirements", True, counts.add_requirements, counts.check_requirements, monotone=False),
    Rule("locks", True, counts.add_locks, counts.check_locks),
    # Soft rules, most expensive first.
    Rule("cover_min", False, cover.add_cover_min, cover.check_cover_min),
    Rule("cover_target", False, cover.add_cover_target, cover.check_cover_target),
    Rule("window_min_shortfall", False, counts.add_window_min_shortfall, counts.check_window_min_shortfall),
    Rule("fairness", False, balance.add_fairness, balance.check_fairness),
    Rule("outreach_fairness", False, balance.add_outreach_fairness, balance.check_outreach_fairness),
    Rule("preferences", False, wishes.add_preferences, wishes.check_preferences),
    Rule("avoidances", False, wishes.add_avoidances, wishes.check_avoidances),
    Rule("shift_requests", False, wishes.add_shift_requests, wishes.check_shift_requests),
    Rule("mix", False, balance.add_mix, balance.check_mix),
    Rule("stability", False, balance.add_stability, balance.check_stability),
)

HARD_RULES = tuple(r for r in CATALOGUE if r.hard)
SOFT_RULES = tuple(r for r in CATALOGUE if not r.hard)

__all__ = ["CATALOGUE", "HARD_RULES", "SOFT_RULES", "Reason", "Rule", "Term"]
