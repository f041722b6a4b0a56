"""Printing from the board for what is selected: one volunteer's schedule (or several), the
team sheet of one event; an empty week's error in words before any file dialog."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from tests.exports.pdf_text import all_text
from tests.roster_support import WEEK, copy_database, demo_database, solve_into


@pytest.fixture(scope="module")
def templates(tmp_path_factory):
    folder = tmp_path_factory.mktemp("print-templates")
    empty = folder / "empty.sqlite"
    demo_database(empty).dispose()
    rostered = folder / "rostered.sqlite"
    db = demo_database(rostered)
    solve_into(db, *WEEK, time_limit=3)
    db.dispose()
    return {"empty": empty, "rostered": rostered}


def board_page(qtbot, settings, template, tmp_path):
    from desktop import i18n
    from desktop.context import AppContext
    from desktop.views.roster_board import RosterBoardPage

    i18n.install("vi")
    db = copy_database(template, tmp_path)
    settings.setValue("roster/mode", "week")
    page = RosterBoardPage(AppContext(db, settings))
    qtbot.addWidget(page)
    page.resize(1366, 740)
    with qtbot.waitSignal(page.checked, timeout=20000):
        page.set_period(WEEK[0])
    return page


@pytest.fixture
def page(qtbot, settings, templates, tmp_path):
    board = board_page(qtbot, settings, templates["rostered"], tmp_path)
    yield board
    board.context.jobs.wait()
    board.db.dispose()


def cells(page):
    model = page.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            yield index, model.cell(index)


def select(page, indexes) -> None:
    selection = page.table.selectionModel()
    selection.clearSelection()
    for index in indexes:
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)


def printed(qtbot, page, kind, target) -> str:
    with qtbot.waitSignal(page.exported, timeout=30000):
        page.export(kind, str(target))
    return all_text(target.read_bytes())


def test_one_selected_volunteer_prints_alone(qtbot, page, tmp_path):
    index, cell = next((i, c) for i, c in cells(page) if c.chip is not None and c.seat.event is None)
    select(page, [index])
    text = printed(qtbot, page, "selected", tmp_path / "one.pdf")
    name = page.board.name_of(cell.chip.volunteer)
    assert text.count("Tình nguyện viên:") == 1 and f"Tình nguyện viên: {name}" in text
    assert "Ca trực Ca" not in text


def test_selected_rows_of_the_by_volunteer_view(qtbot, page, tmp_path):
    page.views.setCurrentWidget(page.volunteer_table)
    qtbot.waitUntil(lambda: page.volunteer_model.rowCount() > 3, timeout=10000)
    table = page.volunteer_table
    chosen = page.volunteer_model.people[1:3]
    for row in (1, 2):
        table.selectionModel().select(page.volunteer_model.index(row, 0),
                                      QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    text = printed(qtbot, page, "selected", tmp_path / "two.pdf")
    assert text.count("Tình nguyện viên:") == 2
    for code in chosen:
        assert f"Tình nguyện viên: {page.board.name_of(code)}" in text
    other = page.volunteer_model.people[0]
    assert f"Tình nguyện viên: {page.board.name_of(other)}" not in text


def test_the_team_sheet_of_the_selected_event(qtbot, page, tmp_path):
    events = page.board.events
    assert events
    index, cell = next((i, c) for i, c in cells(page) if c.seat is not None and c.seat.event is not None)
    select(page, [index])
    event = next(ev for ev in events if ev.code == cell.seat.event)
    text = printed(qtbot, page, "events", tmp_path / "event.pdf")
    assert event.name in text
    for other in events:
        if other.code != event.code:
            assert other.name not in text
    team = {c.volunteer for c in page.board.chips if c.seat.event == event.code}
    assert team
    for code in team:
        assert page.board.name_of(code) in text
    rostered_elsewhere = {c.volunteer for c in page.board.chips} - team
    assert not any(page.board.name_of(code) in text for code in rostered_elsewhere
                   if all(page.board.name_of(code) not in page.board.name_of(t) for t in team))


def test_the_center_roster_from_the_board_has_the_outreach_event(qtbot, page, tmp_path):
    text = printed(qtbot, page, "center", tmp_path / "center.pdf")
    assert "Hoạt động lưu động" in text
    for event in page.board.events:
        assert event.name in text


def test_an_empty_week_says_so_before_any_file_dialog(qtbot, settings, templates, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.views import roster_board

    page = board_page(qtbot, settings, templates["empty"], tmp_path)
    asked = []
    monkeypatch.setattr(roster_board, "save_path", lambda *args: asked.append(args) or "")
    for kind in ("volunteers", "center"):
        page.export(kind)
        box = page.findChild(QMessageBox, "nothingToPrint")
        assert box is not None and box.isVisible()
        assert box.text() == "Tuần này chưa có ai được xếp lịch."
        assert box.windowTitle() != "Không lưu được"
        box.close()
        box.deleteLater()
        qtbot.waitUntil(lambda: page.findChild(QMessageBox, "nothingToPrint") is None, timeout=5000)
    page.export("selected")  # nothing selected: said before the dialog too
    box = page.findChild(QMessageBox, "nothingToPrint")
    assert box is not None and "chọn" in box.text()
    assert asked == []
    page.context.jobs.wait()
    page.db.dispose()
