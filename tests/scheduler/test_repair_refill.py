"""A re-plan after someone falls ill refills the seats they leave, minimum and target alike."""
from __future__ import annotations

import dataclasses

from scheduler import Leave, solve
from tests.scheduler.build import day, on, problem, shift, vol


def _ill_for_a_day():
    seats = [shift(0, "AM", post="F1", min=1, target=2), shift(0, "PM", post="F1", min=0, target=1)]
    people = [vol("A"), vol("B"), vol("C"), vol("D")]
    previous = (on("A", seats[0]), on("B", seats[0]), on("A", seats[1]))
    ill = [dataclasses.replace(v, leave=(Leave(day(0), day(0)),)) if v.code == "A" else v for v in people]
    return problem(ill, seats, days=1, existing=previous, repair=True), seats


def test_every_seat_the_ill_volunteer_leaves_is_refilled_when_someone_can_take_it():
    repaired, seats = _ill_for_a_day()
    solution = solve(repaired, time_limit=5, workers=1)
    teams = {s.id: sorted(a.volunteer for a in solution.assignments if a.shift == s.id) for s in seats}
    assert "A" not in {a.volunteer for a in solution.assignments}
    # the target seat of the morning and the only (target) seat of the afternoon are refilled
    assert len(teams[seats[0].id]) == 2 and "B" in teams[seats[0].id]
    assert len(teams[seats[1].id]) == 1
    # and nothing else moves: B keeps the morning (two seats dropped, two filled)
    assert solution.penalties.get("stability", 0) == 4 * repaired.rules.weights.stability


def test_a_repair_does_not_fill_target_seats_that_were_empty_before():
    seats = [shift(0, "AM", post="F1", min=1, target=3)]
    people = [vol("A"), vol("B"), vol("C"), vol("D")]
    repaired = problem(people, seats, days=1, existing=(on("A", seats[0]),), repair=True)
    solution = solve(repaired, time_limit=5, workers=1)
    assert {a.volunteer for a in solution.assignments} == {"A"}


def test_unfilled_reasons_count_every_leave_together_whatever_its_reason():
    from scheduler.reasons import explain
    from scheduler.roster import Roster

    seat = shift(0, "AM", min=1)
    people = [vol("A", leave=(Leave(day(0), day(0), "Ốm"),)), vol("B", leave=(Leave(day(0), day(0), "Thi"),))]
    roster = Roster(problem(people, [seat], days=1), ())
    assert explain(roster, roster.index.by_key[("shift", seat.id)]) == ("2 volunteers on leave",)
