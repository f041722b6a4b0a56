"""The first-start welcome: what the demo data is and the three first steps, shown until the
person ticks "do not show again" (remembered in the app's settings)."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

DISMISSED = "welcome/dismissed"  # QSettings key: true once the welcome is dismissed for good


class WelcomeDialog(QDialog):
    def __init__(self, settings, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Duty Roster"))
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Welcome to Duty Roster"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        text = QLabel(self.text(), self)
        text.setObjectName("welcomeText")
        text.setWordWrap(True)
        text.setMinimumWidth(520)
        layout.addWidget(text)
        self.dismiss = QCheckBox(self.tr("Do not show this again"), self)
        self.dismiss.setObjectName("welcomeDismiss")
        self.dismiss.setChecked(True)
        layout.addWidget(self.dismiss)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self._remember())

    def text(self) -> str:
        return "<p>" + self.tr(
            "The app opened with <b>demo data</b>: the Quảng Ninh provincial public administrative service "
            "center (25 volunteers on three floors, mornings and afternoons Monday to Friday), two commune "
            "service points and their outreach events, November–December 2026. Try anything freely; "
            "File ▸ Import workspace replaces it with your center's data.") + "</p><p><b>" + \
            self.tr("Three first steps:") + "</b></p><ol><li>" + \
            self.tr("<b>Volunteers</b>: check the list, add people or import them (File ▸ Import volunteers).") + \
            "</li><li>" + \
            self.tr("<b>Availability</b>: enter leave and the days people cannot come.") + "</li><li>" + \
            self.tr("<b>Roster</b>: choose a week, press Generate…, move names by dragging, then publish and print.") + \
            "</li></ol>"

    def _remember(self) -> None:
        if self.dismiss.isChecked():
            self.settings.setValue(DISMISSED, True)
            self.settings.sync()


def wants_welcome(settings) -> bool:
    return str(settings.value(DISMISSED, "false")).lower() not in ("true", "1")


def show_welcome(settings, parent: QWidget | None = None) -> WelcomeDialog | None:
    """Open the welcome over `parent` unless it was dismissed for good; the dialog, or None."""
    if not wants_welcome(settings):
        return None
    dialog = WelcomeDialog(settings, parent)
    dialog.open()
    return dialog
