"""The main window: navigation on the left, one page per part of the workspace, menus with
the usual shortcuts, the database in the title, and geometry remembered between runs. The File
menu opens another database and imports or exports workspace files, off the GUI thread."""
from __future__ import annotations

import importlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QUndoGroup
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.views.partials.screen_fit import fit_to_screen
from desktop.views.partials.unsaved import resolve_all
from desktop.views.workspace_dialogs import ImportModeDialog, WorkspaceErrorsDialog

LAST_DATABASE = "last_database"  # QSettings key: the database opened last with File ▸ Open

# (key, page factory "module:Class"); the roster board is built by another module when present.
PAGES = (
    ("volunteers", "desktop.views.volunteers_page:VolunteersPage"),
    ("availability", "desktop.views.availability_page:AvailabilityPage"),
    ("centers", "desktop.views.centers_page:CentersPage"),
    ("events", "desktop.views.events_page:EventsPage"),
    ("roster", "desktop.views.roster_board:RosterBoardPage"),
    ("results", "desktop.views.results_page:ResultsPage"),
    ("settings", "desktop.views.settings_page:SettingsPage"),
)


class RosterUnavailablePage(QWidget):
    """Shown in the Roster slot when the roster board module is not installed."""

    def __init__(self, context, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("The roster board is not available in this version."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)


class MainWindow(QMainWindow):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.pages: dict[str, QWidget] = {}
        self.setObjectName("mainWindow")
        self._build()
        geometry = context.settings.value("main_window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            fit_to_screen(self)  # a 1366×768 laptop: the whole window on its screen
        context.language_changed.connect(lambda _language: self.rebuild())

    def page_titles(self) -> dict[str, str]:
        return {
            "volunteers": self.tr("Volunteers"), "availability": self.tr("Availability"),
            "centers": self.tr("Centers & posts"), "events": self.tr("Outreach events"),
            "roster": self.tr("Roster"), "results": self.tr("Results & statistics"),
            "settings": self.tr("Settings"),
        }

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Duty Roster — {database}").format(database=self.context.db.display_name))
        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.navigation = QListWidget(central)
        self.navigation.setObjectName("navigation")
        self.navigation.setStyleSheet("QListWidget#navigation::item { padding: 8px 10px; }")
        self.stack = QStackedWidget(central)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)
        titles = self.page_titles()
        for key, _factory in PAGES:
            item = QListWidgetItem(titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget(self.stack))  # the page itself is built when first shown
        self.navigation.setFixedWidth(max(180, self.navigation.sizeHintForColumn(0) + 36))
        self.navigation.currentRowChanged.connect(self._navigate)
        self.setCentralWidget(central)
        self._build_menus()
        self.navigation.setCurrentRow(0)
        self.statusBar().showMessage(self.tr("Database: {database}").format(database=self.context.db.display_name))

    def _navigate(self, index: int) -> None:
        shown = self.stack.currentIndex()
        if index != shown and shown >= 0 and not resolve_all(self.stack.widget(shown)):
            self.navigation.blockSignals(True)  # Back: stay on the form with its edits
            self.navigation.setCurrentRow(shown)
            self.navigation.blockSignals(False)
            return
        self.page(PAGES[index][0])
        self.stack.setCurrentIndex(index)

    def page(self, key: str) -> QWidget:
        """The page of `key`, built on first use (start-up builds only the first one)."""
        if key not in self.pages:
            index = [k for k, _ in PAGES].index(key)
            page = self._make_page(key, PAGES[index][1])
            page.setObjectName(f"page_{key}")
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[key] = page
            if hasattr(page, "undo_stack"):  # the roster board: Edit ▸ Undo/Redo act on its edits
                self.undo_group.addStack(page.undo_stack)
                self.undo_group.setActiveStack(page.undo_stack)
        return self.pages[key]

    def _make_page(self, key: str, factory: str) -> QWidget:
        module_name, class_name = factory.split(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if key == "roster" and exc.name == module_name:
                return RosterUnavailablePage(self.context)
            raise
        return getattr(module, class_name)(self.context)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.clear()
        file_menu = bar.addMenu(self.tr("&File"))
        self.file_actions = [
            self._action(file_menu, self.tr("&Open database…"), self.open_database, QKeySequence.StandardKey.Open),
            self._action(file_menu, self.tr("Import &workspace…"), self.import_workspace, "Ctrl+Shift+I"),
            self._action(file_menu, self.tr("&Export workspace…"), self.export_workspace, "Ctrl+Shift+E"),
        ]
        self.file_actions.append(self._action(file_menu, self.tr("&Restore a backup…"), self.restore_backup))
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import volunteers…"), self.import_volunteers, "Ctrl+I")
        self._action(file_menu, self.tr("&Reload from the database"), self.reload_all, QKeySequence.StandardKey.Refresh)
        file_menu.addSeparator()
        self.quit_action = self._action(file_menu, self.tr("&Quit"), self.close, "Ctrl+Q")
        if not hasattr(self, "undo_group"):
            self.undo_group = QUndoGroup(self)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        go_menu = bar.addMenu(self.tr("&Go"))
        for number, (key, _factory) in enumerate(PAGES, 1):
            self._action(go_menu, self.page_titles()[key].replace("&", "&&"),  # "&" in a title is not a mnemonic
                         lambda _=False, k=key: self.show_page(k), f"Ctrl+{number}")
        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About Duty Roster"), self.about, QKeySequence.StandardKey.HelpContents)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def show_page(self, key: str) -> QWidget:
        index = [k for k, _ in PAGES].index(key)
        self.navigation.setCurrentRow(index)
        return self.page(key)

    def current_page_key(self) -> str:
        return PAGES[self.stack.currentIndex()][0]

    def confirm_unsaved(self) -> bool:
        """Every form's edits saved or dropped (asked per form); False = the person went back."""
        return all(resolve_all(page) for page in self.pages.values())

    def import_volunteers(self) -> None:
        self.show_page("volunteers").open_import()

    # ---- File menu: databases and workspace files ----------------------------------------------
    def ask_path(self, kind: str) -> str:
        """The file the person chose for `kind` ("database", "import", "export"); "" = cancelled.
        Tests replace this."""
        folder = str(Path(self.context.db.display_name).parent) if "://" not in self.context.db.display_name else ""
        if kind == "database":
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Open database"), folder,
                self.tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"))
        elif kind == "import":
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import workspace"), folder,
                                                  self.tr("Workspace files (*.json);;All files (*)"))
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export workspace"), str(Path(folder) / "workspace.json"),
                                                  self.tr("Workspace files (*.json)"))
        return path

    def _busy(self) -> bool:
        """True (and says so) while background work runs on the open database."""
        if self.context.jobs.running():
            QMessageBox.information(self, self.tr("Please wait"),
                                    self.tr("Other work is still running on this database; try again when it has finished."))
            return True
        return False

    def _run_file_job(self, work, on_success, on_failure, text: str) -> None:
        for action in self.file_actions:
            action.setEnabled(False)
        self.statusBar().showMessage(text)

        def finished(result) -> None:
            self._file_job_ended()
            on_success(result)

        def failed(error: Exception) -> None:
            self._file_job_ended()
            on_failure(error)

        self.file_job = self.context.jobs.start(work, on_success=finished, on_failure=failed)

    def _file_job_ended(self) -> None:
        for action in self.file_actions:
            action.setEnabled(True)
        self.statusBar().showMessage(self.tr("Database: {database}").format(database=self.context.db.display_name))

    def _show_failure(self, title: str, error: Exception) -> None:
        from desktop.database_messages import database_message

        box = QMessageBox(QMessageBox.Icon.Critical, title, database_message(error), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("fileFailure")
        box.open()
        self.dialog = box

    def open_database(self) -> None:
        if self._busy() or not self.confirm_unsaved():
            return
        path = self.ask_path("database")
        if not path:
            return
        from models.db import open_workspace

        self._run_file_job(lambda job: open_workspace(path, job), lambda db: self.switch_database(db, path),
                           lambda error: self._show_failure(self.tr("Cannot open the database"), error),
                           self.tr("Opening {file}…").format(file=path))

    def switch_database(self, db, path: str | None = None) -> None:
        """Show `db` from now on (the old one is closed) and remember it for the next start."""
        old, self.context.db = self.context.db, db
        if path:
            self.context.settings.setValue(LAST_DATABASE, str(Path(path).resolve()))
            self.context.settings.sync()
        self.rebuild()
        if old is not db:
            old.dispose()

    def import_workspace(self) -> None:
        if self._busy() or not self.confirm_unsaved():
            return
        path = self.ask_path("import")
        if not path:
            return
        dialog = ImportModeDialog(Path(path).name, self)
        dialog.accepted.connect(lambda: self._start_import(path, dialog.merge()))
        dialog.open()
        self.dialog = dialog

    def _start_import(self, path: str, merge: bool) -> None:
        from models.db import current_user
        from models.workspace import WorkspaceInvalid, import_workspace_file

        db, actor = self.context.db, current_user()

        def failed(error: Exception) -> None:
            if isinstance(error, WorkspaceInvalid):
                self.dialog = WorkspaceErrorsDialog(Path(path).name, error.errors, self)
                self.dialog.open()
            else:
                self._show_failure(self.tr("The workspace was not imported"), error)

        def imported(counts: dict) -> None:
            self.rebuild()  # every page shows the new data; the edit history no longer applies
            self.statusBar().showMessage(self.tr("{file} imported: {volunteers} volunteers, {centers} centers, "
                                                 "{events} events").format(file=Path(path).name, **counts))

        self._run_file_job(lambda job: import_workspace_file(db, path, merge=merge, actor=actor), imported, failed,
                           self.tr("Importing {file}…").format(file=Path(path).name))

    def export_workspace(self) -> None:
        path = self.ask_path("export")
        if not path:
            return
        from models.workspace import export_workspace_file

        db = self.context.db

        def exported(counts: dict) -> None:
            self.statusBar().showMessage(self.tr("Workspace written to {file}: {volunteers} volunteers, "
                                                 "{assignments} assignments").format(file=path, **counts))
            self.exported_path = path

        self._run_file_job(lambda job: export_workspace_file(db, path), exported,
                           lambda error: self._show_failure(self.tr("The workspace was not exported"), error),
                           self.tr("Writing {file}…").format(file=path))

    # ---- File ▸ Restore a backup (models.backups) -------------------------------------------------
    def restore_backup(self) -> None:
        """The backups of the open database to choose from, then a confirmation."""
        from desktop.views.backup_dialog import RestoreBackupDialog
        from models.backups import BackupsNotSupported, list_backups
        from models.db import sqlite_path

        if self._busy():
            return
        database = sqlite_path(self.context.db.url)
        if database is None:
            self._show_failure(self.tr("Restore a backup"), BackupsNotSupported())
            return
        dialog = RestoreBackupDialog(list_backups(database), self)
        dialog.accepted.connect(lambda: self._confirm_restore(database, dialog.selected()))
        dialog.open()
        self.dialog = dialog

    def _confirm_restore(self, database: Path, backup) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore a backup"),
                          self.tr("Replace everything in the database with the backup made on {date}? What it "
                                  "holds now is backed up first.").format(date=backup.created.strftime("%d/%m/%Y %H:%M")),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("confirmRestore")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Restore"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Cancel"))
        box.buttonClicked.connect(lambda button: box.standardButton(button) == QMessageBox.StandardButton.Yes
                                  and self._start_restore(database, backup))
        box.open()
        self.dialog = box

    def _start_restore(self, database: Path, backup) -> None:
        """Restore off the GUI thread, then show the database reopened (migrated if the backup is
        older than this version)."""
        from models.backups import restore_backup
        from models.db import open_database

        url, made = self.context.db.url, backup.created.strftime("%d/%m/%Y %H:%M")

        def work(_job):
            restore_backup(database, backup.path)
            return open_database(url)

        def restored(db) -> None:
            self.switch_database(db)
            self.restored_backup = backup.path
            self.statusBar().showMessage(self.tr("The backup made on {date} was restored.").format(date=made))

        self._run_file_job(work, restored, lambda error: self._show_failure(self.tr("The backup was not restored"), error),
                           self.tr("Restoring the backup made on {date}…").format(date=made))

    def reload_all(self) -> None:
        self.context.data_changed.emit("all")

    def rebuild(self) -> None:
        """Rebuild every text in the new language, keeping the page that was open."""
        key = self.current_page_key()
        old = self.centralWidget()
        self.pages = {}
        self._build()
        old.deleteLater()
        self.show_page(key)

    def about_text(self) -> str:
        """What Help ▸ About says: the version, the open database and the data folder."""
        from desktop.version import app_version
        from models.db import default_path

        return "\n\n".join([
            self.tr("Duty Roster rosters youth volunteers for public administrative service "
                    "centers and outreach sessions."),
            self.tr("Version: {version}").format(version=app_version()),
            self.tr("Database: {database}").format(database=self.context.db.display_name),
            self.tr("Data folder: {folder}").format(folder=default_path().parent),
        ])

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About Duty Roster"), self.about_text())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt override
        if not self.confirm_unsaved():
            event.ignore()
            return
        self.context.settings.setValue("main_window/geometry", self.saveGeometry())
        self.context.settings.sync()
        super().closeEvent(event)
