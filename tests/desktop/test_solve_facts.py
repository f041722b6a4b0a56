"""The facts a generate or re-plan summary tells, worked out where the solve runs: the spread
of duties, the seats still empty, and who was taken off a duty because of their leave."""
from __future__ import annotations

import threading
from collections import Counter

from models import roster_edits as edits
from tests.desktop.test_roster_board import templates  # noqa: F401 (the session fixture)
from tests.roster_support import WEEK, copy_database


def test_a_replan_after_leave_says_who_left_which_duty_and_why(templates, tmp_path):  # noqa: F811
    from desktop.solving import run_solve

    db = copy_database(templates["empty"], tmp_path)
    try:
        first = run_solve(db, *WEEK, None, repair=False, time_limit=2, workers=1, cancel=threading.Event())
        loads = Counter(a.volunteer for a in first.solution.assignments)
        facts = first.facts
        assert (facts.most, facts.seats_missing) == (max(loads.values()),
                                                     sum(gap.missing for gap in first.solution.unfilled))
        assert loads[facts.most_volunteer] == facts.most and facts.people >= len(loads)
        first.store(db, first.removed, actor="test", action="solve")
        ill = first.added[0]
        edits.add_leave(db, ill.volunteer, WEEK[0], WEEK[1], "Ốm", actor="test")
        replan = run_solve(db, *WEEK, None, repair=True, time_limit=2, workers=1, cancel=threading.Event())
        gone = [change for change in replan.facts.removed if change.volunteer == ill.volunteer]
        assert gone and all(change.rule == "leave" and ("leave_reason", "Ốm") in change.params for change in gone)
        assert ill.seat.key in {change.duty for change in gone}
    finally:
        db.dispose()
