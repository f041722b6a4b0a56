"""A finished roster (a list of assignments) seen through the problem: who works what, when.

The validator's counterpart of `Variables`: check functions read a `Roster` the way model
functions read the variables.
"""
from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from typing import Iterable

from scheduler.index import Duty, ProblemIndex
from scheduler.problem import Assignment, Problem


class Roster:
    def __init__(self, problem: Problem, assignments: Iterable[Assignment], index: ProblemIndex | None = None):
        self.problem = problem
        self.index = index or ProblemIndex(problem)
        self.assignments = tuple(assignments)
        self.unknown: list[Assignment] = []  # names an unknown volunteer, shift or event
        self.duplicates: list[Assignment] = []
        self.pairs: list[tuple[str, Duty]] = []
        self._by_volunteer: dict[str, list[Duty]] = defaultdict(list)
        self._team: dict[tuple[str, str], list[str]] = defaultdict(list)
        seen = set()
        for a in self.assignments:
            duty = self.index.duty_of(a)
            if duty is None or a.volunteer not in self.index.volunteers:
                self.unknown.append(a)
                continue
            if (a.volunteer, duty.key) in seen:
                self.duplicates.append(a)
                continue
            seen.add((a.volunteer, duty.key))
            self.pairs.append((a.volunteer, duty))
            self._by_volunteer[a.volunteer].append(duty)
            self._team[duty.key].append(a.volunteer)
        for duties in self._by_volunteer.values():
            duties.sort(key=lambda d: (d.start, d.end, d.id))

    def add(self, volunteer: str, duty: Duty) -> None:
        """Put one more assignment in (used by the greedy start; validate never edits)."""
        self.pairs.append((volunteer, duty))
        bisect.insort(self._by_volunteer[volunteer], duty, key=lambda d: (d.start, d.end, d.id))
        self._team[duty.key].append(volunteer)

    def remove(self, volunteer: str, duty: Duty) -> None:
        self.pairs.remove((volunteer, duty))
        self._by_volunteer[volunteer].remove(duty)
        self._team[duty.key].remove(volunteer)

    def has(self, volunteer: str, duty: Duty) -> bool:
        return volunteer in self._team.get(duty.key, ())

    def duties_of(self, volunteer: str) -> list[Duty]:
        return self._by_volunteer.get(volunteer, [])

    def on_day(self, volunteer: str, date: dt.date) -> list[Duty]:
        return [d for d in self.duties_of(volunteer) if d.date == date]

    def team(self, duty: Duty) -> list[str]:
        return self._team.get(duty.key, [])

    def volunteers(self) -> list[str]:
        return list(self._by_volunteer)
