"""Desktop test fixtures: offscreen Qt, a fresh SQLite database per test holding the example
workspace, preferences in a throwaway file and the Vietnamese interface installed."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

EXAMPLE = Path(__file__).resolve().parent.parent / "models" / "example_workspace.json"


def example_workspace() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


@pytest.fixture
def db(tmp_path):
    from models.db import open_database
    from models.workspace import import_workspace

    database = open_database(str(tmp_path / "roster.sqlite"))
    with database.session() as session:
        import_workspace(session, example_workspace())
    yield database
    database.dispose()


@pytest.fixture
def settings(tmp_path, qapp):
    from PySide6.QtCore import QSettings

    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def context(qapp, db, settings):
    from desktop import i18n
    from desktop.context import AppContext

    settings.setValue("language", "vi")
    i18n.install("vi")
    ctx = AppContext(db, settings)
    yield ctx
    ctx.jobs.wait()
    i18n.install("vi")


@pytest.fixture(autouse=True)
def _unsaved_forms_are_dropped(monkeypatch):
    """A test may end with a form half-edited: closing its window drops the edits instead of
    asking (tests/desktop/test_unsaved.py sets the answers it checks)."""
    from desktop.views.partials import unsaved

    monkeypatch.setattr(unsaved, "ask", lambda _parent: unsaved.DISCARD)


@pytest.fixture
def window(qtbot, context):
    from desktop.views.main_window import MainWindow

    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    return win
