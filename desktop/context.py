"""What every screen needs: the open database, the job runner, persisted preferences and
the interface language (switching it tells the windows to rebuild their texts)."""
from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Signal

from desktop import i18n
from desktop.jobs import JobRunner
from models.db import Database


class AppContext(QObject):
    language_changed = Signal(str)
    data_changed = Signal(str)  # what changed: "volunteers", "centers", "events", "settings", ...

    def __init__(self, db: Database, settings: QSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.settings = settings or QSettings("duty-roster", "duty-roster")
        self.jobs = JobRunner(self)

    @property
    def language(self) -> str:
        return i18n.normalise(self.settings.value("language", i18n.DEFAULT_LANGUAGE))

    def set_language(self, language: str) -> None:
        language = i18n.normalise(language)
        if language == self.language and i18n.current_language() == language:
            return
        self.settings.setValue("language", language)
        self.settings.sync()
        i18n.install(language)
        self.language_changed.emit(language)
