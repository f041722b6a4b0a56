"""The container that owns every CP-SAT BoolVar of a roster and the few verbs rules need.

One BoolVar per (volunteer, duty), named `x[volunteer,shift_id]` for a shift and
`y[volunteer,event_code]` for an event, exists only for candidates that pass the candidate
rules (`scheduler.rules.candidates`); everything else is simply never assigned. Rules ask
`assigned`, `on_day`, `of_volunteer`, `team`.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

from ortools.sat.python import cp_model

from scheduler.index import Duty, ProblemIndex
from scheduler.problem import Assignment
from scheduler.rules.candidates import candidates_by_volunteer


class Variables:
    """Every assignment variable of a model, by volunteer, day and duty."""

    def __init__(self, model: cp_model.CpModel, index: ProblemIndex):
        self.model = model
        self.index = index
        self._var: dict[tuple[str, tuple[str, str]], cp_model.IntVar] = {}
        self._by_volunteer: dict[str, list[tuple[Duty, cp_model.IntVar]]] = defaultdict(list)
        self._by_day: dict[tuple[str, dt.date], list[tuple[Duty, cp_model.IntVar]]] = defaultdict(list)
        self._team: dict[tuple[str, str], list[tuple[str, cp_model.IntVar]]] = defaultdict(list)
        for volunteer, duties in candidates_by_volunteer(index).items():
            for duty in duties:
                self._add(volunteer, duty)

    def _add(self, volunteer: str, duty: Duty) -> None:
        prefix = "x" if duty.kind == "shift" else "y"
        var = self.model.new_bool_var(f"{prefix}[{volunteer},{duty.id}]")
        self._var[(volunteer, duty.key)] = var
        self._by_volunteer[volunteer].append((duty, var))
        self._by_day[(volunteer, duty.date)].append((duty, var))
        self._team[duty.key].append((volunteer, var))

    # --- reading -------------------------------------------------------------------------
    def assigned(self, volunteer: str, duty: Duty) -> cp_model.IntVar | None:
        """The BoolVar 'volunteer works duty', or None when they are not a candidate."""
        return self._var.get((volunteer, duty.key))

    def on_day(self, volunteer: str, date: dt.date) -> list[tuple[Duty, cp_model.IntVar]]:
        """Every duty (shifts and events) the volunteer could work on that date."""
        return self._by_day.get((volunteer, date), [])

    def of_volunteer(self, volunteer: str) -> list[tuple[Duty, cp_model.IntVar]]:
        return self._by_volunteer.get(volunteer, [])

    def team(self, duty: Duty) -> list[tuple[str, cp_model.IntVar]]:
        """(volunteer, BoolVar) of every candidate for the duty."""
        return self._team.get(duty.key, [])

    def all(self) -> list[tuple[str, Duty, cp_model.IntVar]]:
        return [(v, self.index.by_key[k], var) for (v, k), var in self._var.items()]

    def __len__(self) -> int:
        return len(self._var)

    # --- writing -------------------------------------------------------------------------
    def fix(self, volunteer: str, duty: Duty, value: bool = True) -> None:
        """Force an assignment (a lock) or forbid it. Raises KeyError when no variable exists."""
        var = self._var[(volunteer, duty.key)]
        self.model.add(var == int(value))

    def hint(self, assignments) -> None:
        """Hint the solver with a previous roster: 1 for its assignments, 0 elsewhere."""
        chosen = set()
        for a in assignments:
            duty = self.index.duty_of(a)
            if duty is not None:
                chosen.add((a.volunteer, duty.key))
        self.model.clear_hints()
        for key, var in self._var.items():
            self.model.add_hint(var, key in chosen)

    def extract(self, solver) -> list[Assignment]:
        """Assignments of the solver's (or a solution callback's) current solution."""
        locked = {(a.volunteer, self.index.duty_of(a).key) for a in self.index.locked
                  if self.index.duty_of(a) is not None}
        found = []
        for (volunteer, key), var in self._var.items():
            if solver.boolean_value(var):
                kind, ident = key
                found.append(Assignment(volunteer=volunteer,
                                        shift=ident if kind == "shift" else None,
                                        event=ident if kind == "event" else None,
                                        locked=(volunteer, key) in locked))
        return found
