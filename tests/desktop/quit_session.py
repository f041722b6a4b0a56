"""A scripted session of the real app (`run_gui`), for tests/desktop/test_quit.py: open the
roster board, generate a week, print it, re-plan it, then quit with the Quit menu entry
(Ctrl+Q) as a person would. The process's exit code is the app's."""
from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

WEEK_DAY = dt.date(2026, 12, 7)


def _window():
    from desktop.views.main_window import MainWindow

    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)


def _quit(window) -> None:
    window.quit_action.trigger()


def _solve(board, repair: bool, then) -> None:
    dialog = board.open_solve(repair=repair)
    dialog.time_limit.setValue(1)
    dialog.center.setCurrentIndex(max(1, dialog.center.findData("HCC")))

    def applied(*_args) -> None:
        board.undo_stack.indexChanged.disconnect(applied)
        dialog.accept()
        then()

    def solved(outcome) -> None:
        if outcome.solution.objective is None or not (outcome.removed or outcome.added):
            dialog.accept()
            then()
        else:
            board.undo_stack.indexChanged.connect(applied)

    dialog.finished_outcome.connect(solved)
    dialog.start()


def drive(folder: Path) -> None:
    window = _window()
    if window is None:
        QTimer.singleShot(50, lambda: drive(folder))
        return
    board = window.show_page("roster")
    board.set_period(WEEK_DAY, "week")
    board.wait_ready()

    def replan() -> None:
        _solve(board, True, lambda: _quit(window))

    def export() -> None:
        board.exported.connect(lambda _text: replan())
        board.export("center", str(folder / "roster.pdf"))

    _solve(board, False, export)


def main(argv: list[str]) -> int:
    from desktop.app import create_application, run_gui

    db = argv[1]
    create_application()
    folder = Path(tempfile.mkdtemp(prefix="quit-session-"))
    QTimer.singleShot(0, lambda: drive(folder))
    return run_gui(db)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
