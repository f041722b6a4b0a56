"""A coordinator's week in the Vietnamese interface — generate, move by hand, lock, mark someone
ill, re-plan, publish, print — collecting every text the screen shows on the way (widgets,
tooltips, tree and table cells, dialogs, summaries, menus). None may be an English word of the
catalogue's source texts, a shift key, a rule identifier or a volunteer code."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from desktop import i18n
from tests.roster_support import WEEK, demo_database

SHIFT_KEY = re.compile(r"\b[A-Z][A-Z0-9-]*/[A-Z0-9-]+/\d{4}-\d{2}-\d{2}/\w+")
IDENTIFIER = re.compile(r"\b[a-z]+(?:_[a-z]+)+\b")  # rule names, weight names, field names
WORD = re.compile(r"[A-Za-z][a-z]{3,}")


def catalogue_words() -> tuple[set[str], set[str]]:
    """English words of the catalogue's source texts, and words its Vietnamese texts use."""
    english, vietnamese = set(), set()
    root = ET.parse(i18n.TRANSLATIONS_DIR / "duty_roster_vi.ts").getroot()
    for message in root.iter("message"):
        source = re.sub(r"\{[^}]*\}|<[^>]*>", " ", message.find("source").text or "")
        english |= {w.lower() for w in WORD.findall(source)}
        vietnamese |= {w.lower() for w in WORD.findall(message.find("translation").text or "")}
    return english - vietnamese, vietnamese


def _columns(model, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list widget's model keeps columnCount private: one column
        return 1


def _rows(model, parent: QModelIndex) -> int:
    try:
        return model.rowCount(parent)
    except TypeError:  # a list widget's model: rows only at the top
        return 0 if parent.isValid() else model.rowCount()


def _model_texts(view: QAbstractItemView, found: list[str]) -> None:
    model = view.model()
    if model is None:
        return
    for column in range(_columns(model, QModelIndex())):
        found.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))

    def walk(parent: QModelIndex) -> None:
        for row in range(_rows(model, parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        found.append(value)
                if column == 0 and _rows(model, index):
                    walk(index)

    walk(QModelIndex())


def visible_texts(*tops: QWidget, files: bool = False) -> list[str]:
    """Every visible text of the windows; `files`: a file dialog, whose file names and folder
    path are the disk's, not the interface's (only its labels, buttons and filters count)."""
    found: list[str] = []
    for top in tops:
        found.append(top.windowTitle())
        for widget in [top, *top.findChildren(QWidget)]:
            if not widget.isVisible():
                continue
            found.append(widget.toolTip())
            if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
                found.append(widget.text())
            if isinstance(widget, QLineEdit):
                found.append(widget.placeholderText())
            if isinstance(widget, QGroupBox):
                found.append(widget.title())
            if isinstance(widget, QTabWidget):
                found += [widget.tabText(i) for i in range(widget.count())]
            if files and (isinstance(widget, QAbstractItemView) or widget.objectName() == "lookInCombo"):
                continue
            if isinstance(widget, QComboBox):
                found += [widget.itemText(i) for i in range(widget.count())]
            if isinstance(widget, QMenu):
                found += [action.text() for action in widget.actions()]
            if isinstance(widget, (QTreeWidget, QListWidget)) or isinstance(widget, QAbstractItemView):
                _model_texts(widget, found)
    return [text for text in found if text]


def problems(texts: list[str], codes: set[str]) -> list[str]:
    english, _vietnamese = catalogue_words()
    wrong = []
    for text in texts:
        for word in WORD.findall(text):
            if word.lower() in english:
                wrong.append(f"English word {word!r} in {text!r}")
        for pattern in (SHIFT_KEY, IDENTIFIER):
            wrong += [f"code {hit!r} in {text!r}" for hit in pattern.findall(text)]
        wrong += [f"volunteer code {code!r} in {text!r}" for code in codes
                  if re.search(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text)]
    return sorted(set(wrong))


def _solve(qtbot, page, repair: bool):
    dialog = page.open_solve(repair=repair)
    dialog.time_limit.setValue(3)
    steps = page.undo_stack.count()
    with qtbot.waitSignal(dialog.finished_outcome, timeout=40000):
        dialog.start()
    qtbot.waitUntil(lambda: page.undo_stack.count() > steps, timeout=30000)
    page.wait_ready()
    dialog.details_button.click()  # the technical details are words too
    return dialog


@pytest.fixture
def week(qtbot, tmp_path, settings):
    from desktop.context import AppContext
    from desktop.views.main_window import MainWindow

    db = demo_database(tmp_path / "week.sqlite")
    settings.setValue("language", "vi")
    settings.setValue("roster/mode", "week")
    i18n.install("vi")
    context = AppContext(db, settings)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("roster")
    page.set_period(WEEK[0], "week")
    page.wait_ready()
    yield window, page, db
    context.jobs.wait()
    db.dispose()


def test_a_coordinators_week_reads_in_vietnamese_only(qtbot, tmp_path, week):
    from desktop.file_dialogs import save_dialog
    from desktop.messages import Names
    from desktop.views import roster_print
    from desktop.views.roster_panels import break_rules_box

    window, page, db = week
    codes = set(page.board.volunteers)
    texts: list[str] = []
    generate = _solve(qtbot, page, repair=False)
    texts += visible_texts(generate, window)
    generate.close()

    # a move by hand that breaks a hard rule: its question, then the rule panel and tooltips
    chips = sorted((c for c in page.board.chips if c.seat.event is None), key=lambda c: (c.seat.date, c.id))
    holiday = next(c for c in chips if c.seat.center == "HCC")
    from models import roster_edits as edits

    closed = edits.Seat("HCC", holiday.seat.post, WEEK[0].replace(day=24), holiday.seat.shift)
    broken = page.check.breaks(page.board.chips, [(holiday.volunteer, closed)], [holiday])
    assert broken
    box = break_rules_box(window, broken, Names(page.board))
    box.show()
    texts += visible_texts(box)
    box.close()
    page.confirm_breaking = lambda violations: True
    assert page.move(holiday, closed)
    page.wait_ready()
    page.violations_panel.soft.setChecked(True)  # the warnings (soft rules) too
    assert page.set_locked(next(c for c in page.board.chips if not c.locked), True)
    ill = next(c for c in page.board.chips if not c.locked and c.seat.center != "HCC")
    assert page.mark_leave(ill.volunteer, ill.seat.date, ill.seat.date, "Ốm")
    page.wait_ready()
    texts += visible_texts(window)
    replan = _solve(qtbot, page, repair=True)
    texts += visible_texts(replan, window)
    replan.close()
    page.candidates_at(_empty_index(page))  # who could take an empty seat, and why the others cannot
    texts += visible_texts(page.dialog)
    page.dialog.close()

    page.publish_now("tuần 48")
    empty = next(iter(_empty_seats(page)))
    holders = {c.volunteer for c in page.board.chips if c.seat.key == empty.key}  # another place on that shift
    assert page.move(next(c for c in page.board.chips if not c.locked and c.seat.event is None
                          and c.volunteer not in holders), empty)
    page.wait_ready()
    page.side.setCurrentIndex(1)  # the Changes tab
    texts += visible_texts(window)
    with qtbot.waitSignal(page.exported, timeout=30000):
        page.export("center", str(tmp_path / roster_print.default_name("center", page.start, page.end, None)))
    files = save_dialog(window, page.tr("Save as"), str(tmp_path / "x.pdf"), ".pdf")
    files.setOption(files.Option.DontUseNativeDialog, True)
    files.show()
    texts += visible_texts(files, files=True)
    files.close()
    menu = QLineEdit(window).createStandardContextMenu()
    texts += [action.text() for action in menu.actions()]

    assert len(texts) > 1000  # the board's cells and tooltips, the panels, the dialogs
    assert problems(texts, codes) == []
    assert any("Ốm" in text for text in texts)  # the re-plan says why the ill volunteer left


def _empty_index(page):
    from desktop.qtmodels.roster_board_model import CellRole

    model = page.model
    return next(model.index(r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
                if (cell := model.index(r, c).data(CellRole)) is not None and cell.kind == "seat"
                and cell.chip is None and not cell.holiday)


def _empty_seats(page):
    from desktop.qtmodels.roster_board_model import CellRole

    model = page.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            cell = model.index(row, column).data(CellRole)
            if cell is not None and cell.kind == "seat" and cell.chip is None and not cell.holiday:
                yield cell.seat


def test_the_check_finds_english_codes_and_keys():
    # the detector itself: each kind of leak is caught
    found = "\n".join(problems(["Rules broken (2)", "Ca HCC/F2/2026-12-09/AM", "Điểm cover_target", "V007 trực",
                                 "Nguyễn Văn A, Ca 1, Thứ Tư 09/12"], {"V007"}))
    assert "'broken'" in found and "'HCC/F2/2026-12-09/AM'" in found and "'cover_target'" in found
    assert "'V007'" in found and "Nguyễn" not in found
