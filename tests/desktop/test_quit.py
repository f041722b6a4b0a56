"""The app quits cleanly: the Qt binding keeps its references to None and True (PySide6
6.12.0 drops one on every void call and emit, which ends in "Fatal Python error:
none_dealloc" while the interpreter collects garbage at exit), and twenty real sessions of
the app (generate a week, print it, re-plan it, quit) end with exit code 0 after Quit, two
processes at a time."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

SESSION = Path(__file__).resolve().parent / "quit_session.py"
ROOT = Path(__file__).resolve().parent.parent.parent


def test_the_qt_binding_keeps_its_references_to_none_and_true(qapp):
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QWidget

    class Source(QObject):
        ping = Signal(object)

    widget, source = QWidget(), Source()
    source.ping.connect(lambda _value: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        widget.setEnabled(True)  # a call returning void
        source.ping.emit(None)  # an emit, which returns True
    assert sys.getrefcount(None) >= none_before - 50
    assert sys.getrefcount(True) >= true_before - 50


def _session(tmp: Path, name: str, db: Path, *extra: str) -> subprocess.Popen:
    home = tmp / name
    home.mkdir()
    own_db = home / "roster.sqlite"
    shutil.copy(db, own_db)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home), HOME=str(home),
               PYTHONPATH=str(ROOT))
    env.pop("DUTY_ROSTER_DB", None)
    return subprocess.Popen([sys.executable, str(SESSION), str(own_db), *extra], env=env, cwd=str(home),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(process: subprocess.Popen, what: str) -> None:
    try:
        _out, err = process.communicate(timeout=180)
    except subprocess.TimeoutExpired:
        process.kill()
        raise AssertionError(f"{what} did not end")
    assert process.returncode == 0, f"{what} ended with {process.returncode}: {err[-2000:]}"
    assert "Fatal Python error" not in err


def test_twenty_sessions_quit_cleanly(tmp_path):
    from models.db import open_database
    from models.demo import demo_workspace
    from models.workspace import import_workspace

    db_path = tmp_path / "demo.sqlite"
    database = open_database(str(db_path))
    with database.session() as session:
        import_workspace(session, demo_workspace(), actor="demo", source="demo")
    database.dispose()
    sessions = [f"session{number}" for number in range(20)]
    for batch in range(0, len(sessions), 2):
        running = [(name, _session(tmp_path, name, db_path)) for name in sessions[batch:batch + 2]]
        for name, process in running:
            _finish(process, name)
