"""Background jobs deliver their outcome on the GUI thread; the screenshots command renders
every main screen at 1366×768 and the decision points; start-up opens the database off the GUI thread."""
from __future__ import annotations

import threading

from PySide6.QtGui import QImage

from desktop.jobs import JobRunner


def test_job_reports_progress_then_result_on_the_gui_thread(qtbot, qapp):
    runner = JobRunner()
    seen = []

    def work(job):
        for i in range(3):
            job.report(i + 1, 3)
        return threading.get_ident()

    results = []
    runner.start(work, on_progress=lambda done, total, _t: seen.append((done, total)), on_success=results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0] != threading.get_ident()  # ran on a worker
    assert len(seen) == 3
    assert seen[-1] == (3, 3)


def test_job_failure_and_cancel(qtbot, qapp):
    runner = JobRunner()
    errors = []
    runner.start(lambda job: 1 / 0, on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)
    gate = threading.Event()

    def slow(job):
        gate.wait(5)
        job.report(1, 2)
        return "done"

    outcome = []
    job = runner.start(slow, on_success=outcome.append, on_cancel=lambda: outcome.append("cancelled"))
    job.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]


def test_screenshots_render_every_screen(qtbot, db, tmp_path):
    from desktop.commands.screenshots import SIZE, render_screens

    written = render_screens(db, tmp_path, ("vi",), decisions=False)
    assert [p.name for p in written][:2] == ["01-volunteers.png", "02-availability.png"]
    names = [p.name for p in written]
    assert "05-roster.png" in names and "05-roster-by-volunteer.png" in names
    assert "02-availability-rules.png" in names and "07-settings-lists.png" in names
    assert len(written) == 10  # seven screens, the board's by-volunteer view, two scrolled pages
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == SIZE == (1366, 768)


def test_screenshots_of_the_decision_points_leave_the_workspace_alone(qtbot, tmp_path):
    from desktop.commands.screenshots import render_screens
    from models import roster_edits
    from tests.roster_support import demo_database

    db = demo_database(tmp_path / "demo.sqlite")
    try:
        (tmp_path / "shots").mkdir()
        written = render_screens(db, tmp_path / "shots", ("vi",), size=(1280, 720))
        names = " ".join(p.name for p in written)
        for word in ("roster-violation", "generate-summary", "replan-summary", "confirm", "save-dialog"):
            assert word in names, word
        board = QImage(str(next(p for p in written if p.name.endswith("-roster-violation.png"))))
        assert (board.width(), board.height()) == (1280, 720)
        assert not roster_edits.period_chips(db, *roster_support_week())  # the shots edited a copy
    finally:
        db.dispose()


def roster_support_week():
    import datetime as dt

    return dt.date(2026, 1, 1), dt.date(2027, 12, 31)


def test_open_workspace_loads_the_demo_into_an_empty_database(tmp_path):
    from models.db import open_workspace
    from models import repository

    db = open_workspace(str(tmp_path / "new.sqlite"))
    try:
        assert len(repository.list_volunteers(db)) > 20
    finally:
        db.dispose()
