"""Start the desktop app: the Qt application in the saved language, the database opened (and
the demo workspace loaded into an empty one) off the GUI thread, then the main window."""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressBar, QVBoxLayout, QWidget

from desktop import i18n

STARTUP_PROBE = "DUTY_ROSTER_STARTUP_PROBE"  # set: print the start-up time when the window shows, then quit
_STARTED = time.perf_counter()
# The application icon (packaging/icons; the standalone bundle carries it at the same place).
APP_ICON = Path(__file__).resolve().parent.parent / "packaging" / "icons" / "duty-roster-256.png"


def ensure_display() -> None:
    """Without a display (a server, CI) Qt renders offscreen instead of failing."""
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def load_fonts() -> None:
    """Use DejaVu Sans (full Vietnamese coverage) when the system offers it; otherwise load the
    fonts bundled with the exports package so diacritics still render."""
    families = set(QFontDatabase.families())
    if "DejaVu Sans" in families:
        font = QFont("DejaVu Sans")
    else:
        bundled = Path(__file__).resolve().parent.parent / "exports" / "fonts"
        loaded = [QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(path)))
                  for path in sorted(bundled.glob("*.ttf"))]
        names = [name for family in loaded for name in family]
        if not names:
            return
        font = QFont(names[0])
    font.setPointSize(10)
    QApplication.setFont(font)


def create_application(settings: QSettings | None = None) -> QApplication:
    """The QApplication (reused when one exists), with fonts and the saved language installed."""
    ensure_display()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("duty-roster")
    app.setApplicationName("duty-roster")
    app.setApplicationDisplayName("Duty Roster")
    app.setDesktopFileName("duty-roster")  # the menu entry packaging/linux installs
    app.setWindowIcon(QIcon(str(APP_ICON)))
    load_fonts()
    app.setStyleSheet("QLabel#pageTitle { font-size: 15pt; font-weight: bold; padding: 2px 0 6px 0; }")
    settings = settings or QSettings("duty-roster", "duty-roster")
    i18n.install(i18n.normalise(settings.value("language", i18n.DEFAULT_LANGUAGE)))
    return app


class StartupWindow(QWidget):
    """A small window with a busy bar while the database opens."""

    def __init__(self):
        super().__init__(None, Qt.WindowType.SplashScreen)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Duty Roster"), self)
        font = title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        layout.addWidget(QLabel(self.tr("Opening the database…"), self))
        bar = QProgressBar(self)
        bar.setRange(0, 0)
        layout.addWidget(bar)
        self.resize(360, 120)


def remembered_database(db_arg: str | None, settings: QSettings) -> str | None:
    """--db when given, else $DUTY_ROSTER_DB, else the database opened last (File ▸ Open) when it
    still exists; None = the default database."""
    from models.db import ENV_VAR

    if db_arg or os.environ.get(ENV_VAR):
        return db_arg
    last = settings.value("last_database")
    return str(last) if last and Path(str(last)).is_file() else None


def run_gui(db_arg: str | None) -> int:
    app = create_application()
    db_arg = remembered_database(db_arg, QSettings("duty-roster", "duty-roster"))
    from desktop.context import AppContext
    from desktop.jobs import JobRunner
    from desktop.views.main_window import MainWindow
    from models.db import DatabaseError, open_workspace

    state: dict = {"exit": 0}
    splash = StartupWindow()
    probe = bool(os.environ.get(STARTUP_PROBE))
    if not probe:
        splash.show()
    runner = JobRunner(app)

    def opened(db) -> None:
        context = AppContext(db, QSettings("duty-roster", "duty-roster"))
        window = MainWindow(context)
        state["window"] = window
        window.show()
        splash.close()
        if probe:
            def report() -> None:
                print(f"main window shown after {time.perf_counter() - _STARTED:.3f} s", flush=True)
                app.quit()
            QTimer.singleShot(0, report)
        else:
            from desktop.views.partials.welcome import show_welcome

            state["welcome"] = show_welcome(context.settings, window)

    def failed(error: Exception) -> None:
        splash.close()
        message = str(error) if isinstance(error, DatabaseError) else f"{type(error).__name__}: {error}"
        print(f"duty-roster: error: {message}", file=sys.stderr)
        state["exit"] = 1
        if not probe:
            from desktop.database_messages import database_message

            QMessageBox.critical(None, QApplication.translate("StartupWindow", "Cannot open the database"),
                                 database_message(error) if isinstance(error, DatabaseError) else message)
        app.exit(1)

    runner.start(lambda job: open_workspace(db_arg, job), on_success=opened, on_failure=failed)
    code = app.exec()
    runner.wait()
    return code or state["exit"]
