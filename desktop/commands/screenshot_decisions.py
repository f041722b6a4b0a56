"""The screenshots of a coordinator's decision points, for `duty-roster screenshots`: the
summary after a generate, the summary of a re-plan after someone falls ill, a hand edit that
breaks a hard rule (rule panel open) with its Yes/No question, and the save dialog of the PDF
export. They edit a throwaway copy of the workspace, never the database given."""
from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path

SOLVE_SECONDS = 4  # time limit of the generate and re-plan shown


def copy_workspace(db, folder: Path):
    """A SQLite copy of `db`'s workspace in `folder` (the shots write rosters and leave into it)."""
    from models.db import open_database
    from models.workspace import export_workspace, import_workspace

    with db.session() as session:
        document = export_workspace(session)
    copy = open_database(str(folder / "screenshots.sqlite"))
    with copy.session() as session:
        import_workspace(session, document, actor="screenshots", source="screenshots")
    return copy


def shot_path(output: Path, number: int, what: str, language: str, suffix: bool) -> Path:
    """`output/07-what.png`, or `output/07-what-vi.png` when every language is shot (`suffix`)."""
    return output / (f"{number:02d}-{what}" + (f"-{language}" if suffix else "") + ".png")


@contextmanager
def window_on_copy(db, settings, folder: Path, size: tuple[int, int]):
    """A main window of `size` over a throwaway copy of `db`'s workspace in `folder`; closed,
    and the copy disposed and deleted, afterwards."""
    from PySide6.QtWidgets import QApplication

    from desktop.context import AppContext
    from desktop.views.main_window import MainWindow

    copy = copy_workspace(db, folder)
    try:
        context = AppContext(copy, settings)
        window = MainWindow(context)
        window.resize(*size)
        window.show()
        yield window
        context.jobs.wait()
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    finally:
        copy.dispose()
        (folder / "screenshots.sqlite").unlink(missing_ok=True)


def spin(until, timeout_s: float = 60.0) -> None:
    """Run the GUI's events until `until()` holds or `timeout_s` passes (then a few more)."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout_s
    while not until() and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)
    for _ in range(5):
        QApplication.processEvents()


def save_shot(widget, path: Path, written: list) -> None:
    widget.grab().save(str(path))
    written.append(path)


def generate(page, repair: bool):
    """Generate (or re-plan) the board's period in its dialog and wait until the roster is on the board."""
    dialog = page.open_solve(repair=repair)
    dialog.time_limit.setValue(SOLVE_SECONDS)
    steps = page.undo_stack.count()
    dialog.start()
    spin(lambda: dialog.outcome is not None and dialog.close_button.isEnabled(), SOLVE_SECONDS * 10)
    outcome = dialog.outcome
    if outcome is not None and (outcome.added or outcome.removed):
        spin(lambda: page.undo_stack.count() > steps)
    page.wait_ready()
    dialog.raise_()
    return dialog


def _breaking_edit(page):
    """A move of a chip to an empty seat that breaks a hard rule, with its violations, or None."""
    from desktop.qtmodels.roster_board_model import CellRole

    model = page.model
    empty = [model.index(r, c).data(CellRole) for r in range(model.rowCount()) for c in range(model.columnCount())]
    empty = [cell.seat for cell in empty if cell is not None and cell.kind == "seat" and cell.chip is None]
    for rule in ("leave", "post_skills", "availability_weekly", "no_overlap"):
        for chip in page.board.chips:
            for seat in empty:
                if seat.date is None or seat.date == chip.seat.date and seat.shift == chip.seat.shift:
                    continue
                broken = page.check.breaks(page.board.chips, [(chip.volunteer, seat)], [chip])
                if broken and broken[0].rule == rule:
                    return chip, seat, broken
    return None


def render_decisions(window, output: Path, number: int, language: str, suffix: bool) -> list[Path]:
    """Generate, mark someone ill and re-plan, break a rule by hand, open the PDF save dialog."""
    from PySide6.QtWidgets import QFileDialog

    from desktop.file_dialogs import save_dialog
    from desktop.messages import Names
    from desktop.views import roster_print
    from desktop.views.roster_panels import break_rules_box

    def name(what: str) -> Path:
        return shot_path(output, number, what, language, suffix)

    written: list[Path] = []
    page = window.show_page("roster")
    page.wait_ready()
    dialog = generate(page, repair=False)
    save_shot(dialog, name("generate-summary"), written)
    dialog.close()
    chip = max(page.board.chips, key=lambda c: (c.seat.date or page.start, c.id), default=None)
    if chip is not None:
        day = chip.seat.date or page.start
        page.mark_leave(chip.volunteer, day, day, "Ill" if language == "en" else "Ốm")
        page.wait_ready()
        dialog = generate(page, repair=True)
        save_shot(dialog, name("replan-summary"), written)
        dialog.close()
    edit = _breaking_edit(page)
    if edit is not None:
        moved, seat, broken = edit
        page.confirm_breaking = lambda violations: True
        page.move(moved, seat)
        page.wait_ready()
        page.side.setCurrentIndex(0)
        spin(lambda: False, 0.2)
        save_shot(window, name("roster-violation"), written)
        box = break_rules_box(window, broken, Names(page.board))
        box.show()
        spin(lambda: False, 0.2)
        save_shot(box, name("roster-violation-confirm"), written)
        box.close()
    target = Path.home() / roster_print.default_name("center", page.start, page.end, page.center)
    files = save_dialog(window, page.tr("Save as"), str(target), ".pdf")
    files.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    files.resize(900, 560)
    files.show()
    spin(lambda: False, 0.3)
    save_shot(files, name("save-dialog"), written)
    files.close()
    return written


def render_decision_screens(db, settings, folder: Path, output: Path, number: int, language: str, suffix: bool,
                            size: tuple[int, int]) -> list[Path]:
    """`render_decisions` in a window of its own, on a fresh copy of the workspace."""
    with window_on_copy(db, settings, folder, size) as window:
        return render_decisions(window, output, number, language, suffix)
