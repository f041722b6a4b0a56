"""Every visible string goes through tr() and has a Vietnamese translation.

Two checks: (1) the catalogue is complete — pyside6-lupdate run over the sources finds no
text without a finished Vietnamese translation, and the compiled .qm files are there; (2) a
marking translator wraps every translated text in ⟦…⟧, every screen is built, and each
visible static text (labels, buttons, group titles, tabs, headers, menus, placeholders) must
come out wrapped — a string that bypasses tr() shows up unwrapped and fails the test."""
from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
)

from desktop import i18n

TOOLS = Path(sys.executable).parent


def unfinished(ts: Path) -> list[str]:
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not (translation.text or "").strip():
            missing.append(message.find("source").text)
    return missing


def test_vietnamese_catalogue_covers_every_source_string(tmp_path):
    lupdate = TOOLS / "pyside6-lupdate"
    if not lupdate.exists():
        pytest.skip("pyside6-lupdate not installed")
    ts = tmp_path / "vi.ts"
    shutil.copy(i18n.TRANSLATIONS_DIR / "duty_roster_vi.ts", ts)
    subprocess.run([str(lupdate), "-no-obsolete", "-locations", "none", *map(str, i18n.source_files()), "-ts", str(ts)],
                   check=True, capture_output=True)
    assert unfinished(ts) == []
    for language in i18n.LANGUAGES:
        assert i18n.catalogue_path(language).stat().st_size > 1000


class MarkingTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802
        return f"⟦{source}⟧"

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def is_marked(text: str) -> bool:
    return text.startswith("⟦") or text.endswith("⟧") or "⟦" in text


def visible_texts(widget) -> list[tuple[str, str]]:
    """(where, text) of the static texts a person reads on this widget tree."""
    found = []
    for child in [widget, *widget.findChildren(object)]:
        if not hasattr(child, "isVisibleTo") or child.property("dataLabel"):
            continue
        name = f"{type(child).__name__} {child.objectName()}"
        if isinstance(child, (QLabel, QAbstractButton)) and child.text():
            found.append((name, child.text()))
        elif isinstance(child, QGroupBox) and child.title():
            found.append((name, child.title()))
        elif isinstance(child, QTabWidget):
            found += [(name, child.tabText(i)) for i in range(child.count())]
        elif isinstance(child, QLineEdit) and child.placeholderText():
            found.append((name, child.placeholderText()))
        elif isinstance(child, QTableView) and child.model() is not None:
            model = child.model()
            found += [(f"{name} header", model.headerData(c, Qt.Orientation.Horizontal))
                      for c in range(model.columnCount(QModelIndex()))
                      if model.headerData(c, Qt.Orientation.Horizontal)]
    return found


def test_every_visible_string_goes_through_tr(qtbot, context):
    from desktop.views.main_window import PAGES, MainWindow

    for translator in list(i18n._installed):
        QCoreApplication.instance().removeTranslator(translator)
    marker = MarkingTranslator()
    QCoreApplication.instance().installTranslator(marker)
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        for key, _factory in PAGES:
            window.page(key)
        data = {context.db.display_name}
        # texts that come from the workspace, not from us (labels of data rows, data in tables)
        unmarked = [(where, text) for where, text in visible_texts(window)
                    if not is_marked(text) and text not in data and text.strip("–-:* ") and not text.isdigit()]
        menus = [a.text() for a in window.menuBar().actions()]
        assert all(is_marked(t) for t in menus), menus
        assert window.windowTitle().startswith("⟦")
        # QLabel "–" separators, combobox items filled with data and numbers are fine
        assert unmarked == []
    finally:
        QCoreApplication.instance().removeTranslator(marker)
        i18n.install("vi")
