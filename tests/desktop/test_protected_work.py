"""Generate protects work people rely on: a published week, hand-placed assignments and past
days are counted before Start, kept (locked for the solve) by default, replaced only when
chosen; a generate's default period starts today."""
from __future__ import annotations

import datetime as dt

import pytest

from models import roster_edits as edits
from tests.roster_support import WEEK, copy_database, demo_database, solve_into


@pytest.fixture(scope="module")
def rostered(tmp_path_factory):
    path = tmp_path_factory.mktemp("protected") / "rostered.sqlite"
    db = demo_database(path)
    solve_into(db, *WEEK)
    db.dispose()
    return path


@pytest.fixture
def page(qtbot, settings, rostered, tmp_path):
    from desktop.context import AppContext
    from desktop.views.roster_board import RosterBoardPage

    db = copy_database(rostered, tmp_path)
    settings.setValue("roster/mode", "week")
    board = RosterBoardPage(AppContext(db, settings))
    board.today = lambda: WEEK[0]  # the whole week lies ahead
    qtbot.addWidget(board)
    with qtbot.waitSignal(board.checked, timeout=20000):
        board.set_period(WEEK[0])
    yield board
    board.context.jobs.wait()
    db.dispose()


def counted(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.protected is not None, timeout=20000)
    return dialog.protected


def pairs(db) -> set:
    return {c.pair for c in edits.period_chips(db, *WEEK)}


def test_generate_over_a_published_week_keeps_it_by_default(qtbot, page):
    page.publish_now()
    before = pairs(page.db)
    dialog = page.open_solve(repair=False)
    dialog.time_limit.setValue(3)
    found = counted(qtbot, dialog)
    assert found.count == len(before) > 50
    assert dialog.protection.isVisibleTo(dialog) and dialog.keep_choice.isChecked()
    assert dialog.job is None  # said before anything starts
    with qtbot.waitSignal(dialog.finished_outcome, timeout=60000) as outcome:
        dialog.start()
    assert not outcome.args[0].removed
    page.context.jobs.wait()
    assert before <= pairs(page.db)


def test_replace_is_chosen_explicitly(qtbot, page, monkeypatch):
    from desktop.views import roster_generate

    asked = []
    real = roster_generate.solve_period

    def recording(*args, **kwargs):
        asked.append(kwargs["keep"])
        return real(*args, **kwargs)

    monkeypatch.setattr(roster_generate, "solve_period", recording)
    page.publish_now()
    dialog = page.open_solve(repair=False)
    dialog.time_limit.setValue(2)
    found = counted(qtbot, dialog)
    dialog.replace_choice.setChecked(True)
    with qtbot.waitSignal(dialog.finished_outcome, timeout=60000):
        dialog.start()
    dialog.keep_choice.setChecked(True)
    with qtbot.waitSignal(dialog.finished_outcome, timeout=60000):
        dialog.start()
    assert asked == [frozenset(), found.pairs] and found.pairs


def test_the_warning_counts_published_hand_placed_and_past(qtbot, page):
    from desktop import i18n
    from desktop.messages import number

    i18n.install("vi")
    chips = edits.period_chips(page.db, *WEEK)
    shift_chips = [c for c in chips if c.seat.event is None]
    late = next(c for c in shift_chips if c.seat.date >= WEEK[0] + dt.timedelta(days=4))
    edits.unassign(page.db, late)
    hand = edits.assign(page.db, late.volunteer, late.seat)  # placed again by hand
    edits.publish(page.db, WEEK[0], WEEK[0] + dt.timedelta(days=1), actor="test")
    page.today = lambda: WEEK[0] + dt.timedelta(days=3)
    page.set_period(WEEK[0])
    qtbot.waitSignal(page.loaded, timeout=20000).wait()
    dialog = page.open_solve(repair=False)
    assert dialog.period() == (WEEK[0] + dt.timedelta(days=3), WEEK[1])  # starts today
    dialog.date_from.setDate(WEEK[0])  # the coordinator asks for the whole week
    found = counted(qtbot, dialog)
    published_days = {WEEK[0], WEEK[0] + dt.timedelta(days=1)}
    past_days = {WEEK[0] + dt.timedelta(days=i) for i in range(3)}
    shifts_now = [c for c in edits.period_chips(page.db, *WEEK) if c.seat.event is None]
    assert {c.id for c in found.published} == {c.id for c in shifts_now if c.seat.date in published_days}
    assert {c.id for c in found.past} == {c.id for c in shifts_now if c.seat.date in past_days}
    assert [c.id for c in found.hand] == [hand.id]
    assert found.count == len({c.id for c in found.published + found.hand + found.past})
    assert number(found.count) in dialog.protect_note.text()
    assert "ngày đã công bố" in dialog.protect_note.text()


def test_a_months_generate_starts_today(qtbot, page):
    page.today = lambda: dt.date(2026, 11, 18)
    page.set_period(dt.date(2026, 11, 18), "month")
    qtbot.waitSignal(page.loaded, timeout=20000).wait()
    dialog = page.open_solve(repair=False)
    assert dialog.period() == (dt.date(2026, 11, 18), dt.date(2026, 11, 30))
    dialog.reject()
    page.today = lambda: dt.date(2026, 12, 2)  # a month already over keeps its own period
    dialog = page.open_solve(repair=False)
    assert dialog.period() == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    found = counted(qtbot, dialog)
    assert found.past and len(found.past) == len(edits.period_chips(page.db, dt.date(2026, 11, 1),
                                                                    dt.date(2026, 11, 30)))
