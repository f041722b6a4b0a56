"""models.roster_edits: the board's data, hand edits with stale-version conflicts, undo by the
reverse edit, publish and changes since, candidates and the live rule check."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models import roster_edits as edits
from models.db import ConflictError
from models.workspace import export_workspace
from tests.roster_support import WEEK, copy_database, demo_database, solve_into


@pytest.fixture(scope="session")
def rostered(tmp_path_factory):
    path = tmp_path_factory.mktemp("roster-template") / "template.sqlite"
    db = demo_database(path)
    solve_into(db, *WEEK)
    db.dispose()
    return path


@pytest.fixture
def db(rostered, tmp_path):
    database = copy_database(rostered, tmp_path)
    yield database
    database.dispose()


def snapshot(db) -> dict:
    with db.session() as session:
        return export_workspace(session)


def test_board_of_a_week(db):
    board = edits.load_board(db, *WEEK)
    assert [c.code for c in board.centers] == ["HCC", "P-BC", "P-HL"]
    hcc = board.centers[0]
    assert dt.date(2026, 11, 24) in hcc.closed  # the holiday closes the provincial center
    assert not board.centers[1].closed  # the commune points open on holidays
    assert {(line.template, line.post) for line in board.lines if line.center == "HCC"} == {
        (t, p) for t in ("AM", "PM") for p in ("F1", "F2", "F3")}
    assert [ev.date for ev in board.events] == [dt.date(2026, 11, 28)]
    assert board.chips and all(board.in_period(c.seat) for c in board.chips)
    assert len(edits.load_board(db, *WEEK, center="HCC").centers) == 1


def test_edits_and_their_reverse_restore_the_database(db):
    before = snapshot(db)
    board = edits.load_board(db, *WEEK)
    first, second = board.chips[0], next(c for c in board.chips if c.volunteer != board.chips[0].volunteer
                                         and c.seat.key != board.chips[0].seat.key)
    a, b = edits.swap(db, first, second, actor="t")
    assert (a.seat, b.seat) == (second.seat, first.seat)
    a, b = edits.swap(db, a, b, actor="t")
    assert snapshot(db) == before

    target = edits.Seat("HCC", "F1", dt.date(2026, 11, 28), "AM")
    moved = edits.move(db, a, target, actor="t")
    assert moved.seat == target and moved.id == a.id
    locked = edits.set_locked(db, moved, True, actor="t")
    unlocked = edits.set_locked(db, locked, False, actor="t")
    back = edits.move(db, unlocked, first.seat, actor="t")
    assert snapshot(db) == before

    edits.unassign(db, back, actor="t")
    assert snapshot(db) != before
    edits.assign(db, back.volunteer, back.seat, locked=back.locked, source=back.source, actor="t")
    assert snapshot(db) == before


def test_a_stale_chip_is_refused_and_nothing_is_written(db):
    board = edits.load_board(db, *WEEK)
    chip = board.chips[0]
    edits.set_locked(db, chip, True, actor="coordinator A")
    after_a = snapshot(db)
    with pytest.raises(ConflictError):
        edits.move(db, chip, edits.Seat("HCC", "F1", dt.date(2026, 11, 28), "AM"), actor="coordinator B")
    with pytest.raises(ConflictError):
        edits.unassign(db, chip, actor="coordinator B")
    assert snapshot(db) == after_a


def test_replace_is_one_transaction(db):
    board = edits.load_board(db, *WEEK)
    before = snapshot(db)
    chip = board.chips[0]
    duplicate = edits.NewChip(board.chips[1].volunteer, board.chips[1].seat)  # already there
    with pytest.raises(ConflictError):
        edits.replace(db, [chip], [duplicate], actor="t")
    assert snapshot(db) == before


def test_publish_then_changes_since(db):
    board = edits.load_board(db, *WEEK)
    assert board.publication is None
    publication = edits.publish(db, *WEEK, actor="Chị Hoa")
    assert publication.published_by == "Chị Hoa" and len(publication.entries) == len(board.chips)
    board = edits.load_board(db, *WEEK)
    assert board.publication.id == publication.id
    assert edits.changes_since(board).count == 0
    chip = board.chips[0]
    moved = edits.move(db, chip, edits.Seat("HCC", "F1", dt.date(2026, 11, 28), "AM"), actor="t")
    board = edits.load_board(db, *WEEK)
    changes = edits.changes_since(board)
    assert changes.added == {moved.pair}
    assert [e["volunteer"] for e in changes.removed] == [chip.volunteer]


def test_candidates_are_ranked_and_the_others_explained(db):
    board = edits.load_board(db, *WEEK)
    check = edits.RosterCheck.load(db, *WEEK)
    seat = edits.Seat("HCC", "F1", dt.date(2026, 11, 27), "PM")
    candidates = check.candidates(board.chips, seat)
    offered = [c for c in candidates if c.offered]
    refused = [c for c in candidates if not c.offered]
    assert offered and refused
    assert candidates[:len(offered)] == offered  # the offered come first
    assert [c.duties for c in offered if not c.soft] == sorted(c.duties for c in offered if not c.soft)
    assert all(c.rule and c.reason for c in refused)
    assert {"serves_center"} <= {c.rule for c in refused}
    on_seat = {c.volunteer for c in board.chips if c.seat == seat}
    assert not on_seat & {c.volunteer for c in candidates}


def test_candidates_who_avoid_the_post_come_last_and_those_who_prefer_it_first_among_equals(db):
    board = edits.load_board(db, *WEEK)
    problem = edits.RosterCheck.load(db, *WEEK).problem
    seat = edits.Seat("HCC", "F1", dt.date(2026, 11, 27), "PM")
    offered = [c.volunteer for c in edits.RosterCheck(problem).candidates(board.chips, seat)
               if c.offered and not c.soft]
    avoider, fan = offered[0], offered[-1]
    wishes = {avoider: {"avoids_posts": frozenset({"F1"})}, fan: {"prefers_posts": frozenset({"F1"})}}
    check = edits.RosterCheck(dataclasses.replace(problem, volunteers=tuple(
        dataclasses.replace(v, **wishes.get(v.code, {})) for v in problem.volunteers)))
    ranked = [c for c in check.candidates(board.chips, seat) if c.offered]
    soft = {c.volunteer: c.soft for c in ranked}
    assert soft[avoider] == ("avoidances",) and soft[fan] == ("preferences",)
    place = {c.volunteer: i for i, c in enumerate(ranked)}
    assert all(place[avoider] > place[c.volunteer] for c in ranked if "avoidances" not in c.soft)
    fan_duties = next(c.duties for c in ranked if c.volunteer == fan)
    assert all(place[fan] < place[c.volunteer] for c in ranked if c.duties == fan_duties and not c.soft)


def test_rule_check_sees_a_hand_edit_on_leave(db):
    board = edits.load_board(db, *WEEK)
    chip = next(c for c in board.chips if c.seat.center == "HCC")
    edits.add_leave(db, chip.volunteer, chip.seat.date, chip.seat.date, "Ốm", actor="t")
    check = edits.RosterCheck.load(db, *WEEK)
    violations = check.check(board.chips)
    assert any(v.rule == "leave" and v.volunteer == chip.volunteer for v in violations)
    assert not any(v.rule == "leave" for v in check.check([c for c in board.chips if c.id != chip.id]))
    broken = check.breaks([c for c in board.chips if c.id != chip.id], [(chip.volunteer, chip.seat)])
    assert [v.rule for v in broken] == ["leave"]


def test_diff_keeps_locks_and_adds_the_rest(db):
    board = edits.load_board(db, *WEEK)
    locked = dataclasses.replace(board.chips[0], locked=True)
    others = board.chips[1:3]
    removed, added = edits.diff([locked, *others], [(others[0].volunteer, others[0].seat),
                                                    ("V001", edits.Seat("HCC", "F1", dt.date(2026, 11, 28), "AM"))])
    assert removed == [others[1]]
    assert [(n.volunteer, n.seat.key) for n in added] == [("V001", "HCC/F1/2026-11-28/AM")]


def test_window_totals_count_like_the_engine(db):
    board = edits.load_board(db, *WEEK)
    check = edits.RosterCheck.load(db, *WEEK)
    totals = edits.window_totals(check, board.chips)
    code = board.chips[0].volunteer
    week = [t for t in totals[code] if t.rule == "max_per_week"]
    assert week and week[0].value == sum(1 for c in board.chips if c.volunteer == code) + 0


def test_hand_edits_and_conflicts_on_a_shared_database(database):
    """Two coordinators on one PostgreSQL (and SQLite) database: edits land, a stale one is refused."""
    from models.demo import demo_workspace
    from models.workspace import import_workspace

    doc = demo_workspace()
    doc["assignments"] = [
        {"volunteer": "V003", "center": "HCC", "post": "F1", "date": "2026-11-24", "shift": "AM", "locked": False},
        {"volunteer": "V004", "center": "HCC", "post": "F1", "date": "2026-11-25", "shift": "AM", "locked": False},
    ]
    with database.session() as session:
        import_workspace(session, doc)
    first, second = edits.load_board(database, *WEEK).chips[:2]
    swapped = edits.swap(database, first, second, actor="coordinator A")
    assert {(c.volunteer, c.seat.date) for c in swapped} == {(first.volunteer, second.seat.date),
                                                             (second.volunteer, first.seat.date)}
    after_a = snapshot(database)
    with pytest.raises(ConflictError):  # coordinator B still holds the chips as they were
        edits.set_locked(database, first, True, actor="coordinator B")
    assert snapshot(database) == after_a


def test_an_edit_is_checked_against_the_whole_roster_not_only_the_moved_chip(db):
    """`breaks` looks only at the people and seats an edit touches; what those people do
    elsewhere in the period (a shift the same day) still counts."""
    board = edits.load_board(db, *WEEK)
    check = edits.RosterCheck.load(db, *WEEK)
    chip = next(c for c in board.chips if c.seat.center == "HCC" and c.seat.event is None)
    same_day = next((c for c in board.chips if c.seat.center == "HCC" and c.seat.event is None
                     and c.seat.date == chip.seat.date and c.seat.shift == chip.seat.shift
                     and c.volunteer != chip.volunteer), None)
    assert same_day is not None
    # putting someone on a second seat of the same shift: they would be in two places at once
    broken = check.breaks(board.chips, [(same_day.volunteer, chip.seat)], [chip])
    assert "no_overlap" in {v.rule for v in broken} or "max_shifts_per_day" in {v.rule for v in broken}
