"""Background jobs deliver their outcome on the GUI thread; the screenshots command renders
every main screen at 1280×800; start-up opens the database off the GUI thread."""
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

    written = render_screens(db, tmp_path, ("vi",))
    assert [p.name for p in written][:2] == ["01-volunteers.png", "02-availability.png"]
    names = [p.name for p in written]
    assert "05-roster.png" in names and "05-roster-by-volunteer.png" in names
    assert "02-availability-rules.png" in names and "07-settings-lists.png" in names
    assert len(written) == 10  # seven screens, the board's by-volunteer view, two scrolled pages
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == SIZE


def test_open_workspace_loads_the_demo_into_an_empty_database(tmp_path):
    from models.db import open_workspace
    from models import repository

    db = open_workspace(str(tmp_path / "new.sqlite"))
    try:
        assert len(repository.list_volunteers(db)) > 20
    finally:
        db.dispose()
