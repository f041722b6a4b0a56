"""The board's side of a safe solve: no roster found stores nothing, and a roster solved from a
period that changed meanwhile is refused with the Vietnamese conflict message."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from models import roster_edits as edits
from tests.desktop.test_roster_board import make_page, templates  # noqa: F401 (the session fixture)
from tests.roster_support import WEEK, copy_database


@pytest.fixture
def vi_page(qtbot, settings, templates, tmp_path):  # noqa: F811
    from desktop import i18n

    i18n.install("vi")
    db = copy_database(templates["empty"], tmp_path)
    board = make_page(qtbot, settings, db)
    yield board
    board.context.jobs.wait()
    db.dispose()
    i18n.install("en")


def _chips(db) -> list:
    return edits.period_chips(db, *WEEK)


def test_no_roster_found_changes_nothing_and_says_so_in_vietnamese(qtbot, vi_page):
    from desktop.solving import run_solve
    from desktop.views.roster_generate import GenerateDialog

    solved = run_solve(vi_page.db, *WEEK, None, repair=False, time_limit=2, workers=1, cancel=threading.Event())
    solved.store(vi_page.db, solved.removed, actor="test", action="solve")
    # Leave over a stored assignment: the stored roster can no longer be the engine's start.
    edits.add_leave(vi_page.db, solved.added[0].volunteer, WEEK[0], WEEK[1], "ốm", actor="test")
    before = _chips(vi_page.db)
    stopped = threading.Event()
    stopped.set()  # Stop pressed before the engine found anything
    outcome = run_solve(vi_page.db, *WEEK, None, repair=False, time_limit=5, workers=1, cancel=stopped)
    assert outcome.refused and not outcome.added and not outcome.removed
    dialog = GenerateDialog(vi_page.context, *WEEK, None, [])
    qtbot.addWidget(dialog)
    dialog._done(outcome)
    assert dialog.status.text().startswith("Không tìm được lịch (Chưa có lịch)")
    vi_page.apply_outcome(outcome, False)
    vi_page.context.jobs.wait()
    assert _chips(vi_page.db) == before


def test_a_period_changed_while_solving_is_not_stored(qtbot, vi_page):
    from desktop.solving import run_solve

    outcome = run_solve(vi_page.db, *WEEK, None, repair=False, time_limit=2, workers=1, cancel=threading.Event())
    assert outcome.added and outcome.refused is None
    volunteer = outcome.added[0].volunteer
    edits.add_leave(vi_page.db, volunteer, WEEK[0], WEEK[1], "ốm", actor="another coordinator")
    vi_page.apply_outcome(outcome, False)
    box = None

    def shown() -> bool:
        nonlocal box
        box = vi_page.findChild(QMessageBox, "solveConflictMessage")
        return box is not None and box.isVisible()

    qtbot.waitUntil(shown, timeout=20000)
    assert box.text() == "Lịch đã bị người khác thay đổi trong lúc xếp — hãy xếp lại"
    assert _chips(vi_page.db) == []
    assert vi_page.undo_stack.count() == 0
    vi_page.context.jobs.wait()  # the board reloads the changed period
    qtbot.wait(200)


def test_two_solves_of_one_empty_week_store_once(vi_page):
    from desktop.solving import run_solve
    from models.roster_guard import RosterChanged

    first, second = (run_solve(vi_page.db, *WEEK, None, repair=False, time_limit=1, workers=1,
                               cancel=threading.Event()) for _ in range(2))
    first.store(vi_page.db, first.removed, actor="one", action="solve")
    stored = _chips(vi_page.db)
    with pytest.raises(RosterChanged):
        second.store(vi_page.db, second.removed, actor="two", action="solve")
    assert _chips(vi_page.db) == stored


def test_the_generate_dialog_refuses_a_period_over_a_year(qtbot, vi_page):
    from desktop.views.roster_generate import GenerateDialog

    dialog = GenerateDialog(vi_page.context, dt.date(2026, 1, 1), dt.date(2027, 1, 5), None, [])
    qtbot.addWidget(dialog)
    dialog.start()
    assert dialog.job is None
    assert dialog.status.text() == "Khoảng thời gian dài hơn một năm; hãy chọn tối đa 366 ngày."
