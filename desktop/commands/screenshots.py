"""`duty-roster screenshots -o DIR`: render each main screen of the GUI offscreen (1366×768 by
default) to PNG files (for the README and for review), in Vietnamese, English or both; then the
decision points (generate and re-plan summaries, a rule broken by hand and its question, the
save dialog) and the roster board at work (a month generated, its week, month and by-volunteer views, the
first-start welcome) on a throwaway copy of the workspace."""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from desktop.commands.options import add_db_option
from desktop.errors import UserError

SIZE = (1366, 768)


def register(subparsers) -> None:
    parser = subparsers.add_parser("screenshots", help="render each main screen and decision point of the GUI to PNG files")
    parser.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the PNG files")
    parser.add_argument("--lang", "--language", dest="language", choices=("vi", "en", "all"), default="vi",
                        help="interface language (all: one file per language, name-vi.png / name-en.png)")
    parser.add_argument("--size", type=_size, default=SIZE, metavar="WxH",
                        help="window size in pixels (default 1366x768)")
    add_db_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from desktop.app import ensure_display

    ensure_display()
    from models.db import DatabaseError

    output = Path(args.output)
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create {output}: {exc.strerror}") from None
    from models.db import open_workspace

    try:
        db = open_workspace(args.db)
    except DatabaseError as exc:
        raise UserError(str(exc), exit_code=1) from None
    languages = ("vi", "en") if args.language == "all" else (args.language,)
    written = render_screens(db, output, languages, suffix=args.language == "all", size=args.size)
    for path in written:
        print(path)
    db.dispose()
    return 0


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(part) for part in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1366x768, got {text!r}") from None
    if not (320 <= width <= 8000 and 240 <= height <= 8000):
        raise argparse.ArgumentTypeError(f"a window of {width}x{height} pixels is too small or too large")
    return width, height


def render_screens(db, output: Path, languages=("vi",), suffix: bool = False, size=SIZE,
                   decisions: bool = True) -> list[Path]:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop import i18n
    from desktop.app import create_application
    from desktop.commands.screenshot_decisions import render_decision_screens, shot_path
    from desktop.context import AppContext
    from desktop.views.main_window import PAGES, MainWindow

    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        app = create_application(settings)
        for language in languages:
            settings.setValue("language", language)
            i18n.install(language)
            context = AppContext(db, settings)
            window = MainWindow(context)
            window.resize(*size)
            window.show()
            for number, (key, _factory) in enumerate(PAGES, 1):
                page = window.show_page(key)
                if hasattr(page, "wait_ready"):  # the roster board loads and checks off the GUI thread
                    page.wait_ready()
                for _ in range(3):
                    app.processEvents()
                path = shot_path(output, number, key, language, suffix)
                window.grab().save(str(path))
                written.append(path)
                for extra, show in getattr(page, "extra_screens", lambda: [])():
                    show()
                    for _ in range(3):
                        app.processEvents()
                    path = shot_path(output, number, f"{key}-{extra}", language, suffix)
                    window.grab().save(str(path))
                    written.append(path)
            window.close()
            window.deleteLater()
            QApplication.processEvents()
            if decisions:
                written += render_decision_screens(db, settings, Path(folder), output, len(PAGES) + 1, language,
                                                   suffix, size)
                written += render_board_screens(db, settings, Path(folder), output, len(PAGES) + 2, language,
                                                suffix, size)
    return written


def render_board_screens(db, settings, folder: Path, output: Path, number: int, language: str, suffix: bool,
                         size: tuple[int, int]) -> list[Path]:
    """On a copy of the workspace: generate the month of its first outreach event, then the
    board's week (the event's week), month and by-volunteer views, and the first-start welcome."""
    from desktop.commands.screenshot_decisions import generate, save_shot, shot_path, spin, window_on_copy
    from desktop.views.partials.welcome import WelcomeDialog
    from models.repository.events import list_events

    def shot(widget, what: str) -> None:
        spin(lambda: False, 0.2)
        save_shot(widget, shot_path(output, number, what, language, suffix), written)

    written: list[Path] = []
    (folder / "board").mkdir(exist_ok=True)
    with window_on_copy(db, settings, folder / "board", size) as window:
        page = window.show_page("roster")
        page.wait_ready()
        events = sorted(event.date for event in list_events(page.db))
        page.set_period(events[0] if events else page.start, "month")
        page.wait_ready()
        generate(page, repair=False).close()
        shot(window, "roster-month")
        page.set_mode("week")
        page.wait_ready()
        shot(window, "roster-week")
        page.views.setCurrentWidget(page.volunteer_table)
        shot(window, "roster-by-volunteer")
        page.views.setCurrentWidget(page.table)
        welcome = WelcomeDialog(settings, window)
        welcome.show()
        shot(welcome, "welcome")
        welcome.dismiss.setChecked(False)  # the shot dismisses nothing
        welcome.close()
    return written
