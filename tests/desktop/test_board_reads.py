"""The board at 1366×768: full names on every demo-week card, the period kept across view and
language switches, a collapsible side panel whose tab labels show whole, shift names and whole
totals in the by-volunteer view, the first window inside the screen, the first-start welcome,
and date fields that take typed digits."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QRect, Qt
from PySide6.QtTest import QTest

from tests.desktop.test_roster_board import page, templates  # noqa: F401 (the fixtures)
from tests.roster_support import WEEK, copy_database


def board_window(qtbot, context_db, settings):
    """The main window at 1366×768 on the roster page, showing the demo week."""
    from desktop import i18n
    from desktop.context import AppContext
    from desktop.views.main_window import MainWindow

    settings.setValue("language", "vi")
    i18n.install("vi")
    window = MainWindow(AppContext(context_db, settings))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.show_page("roster")
    with qtbot.waitSignal(page.checked, timeout=20000):
        page.set_period(WEEK[0], "week")
    return window, page


def test_every_demo_week_card_shows_the_full_name(qtbot, settings, templates, tmp_path):  # noqa: F811
    db = copy_database(templates["rostered"], tmp_path)
    window, page = board_window(qtbot, db, settings)
    window.grab()  # painted once, event titles (bold) included: the cards' own font stays regular
    from desktop.views.partials.board_view import card_font

    assert not card_font(page.table.font()).bold()
    cards = page.table.card_texts()
    assert len(cards) > 40
    for name, lines in cards:
        assert " ".join(lines) == name, (name, lines)
        assert "…" not in "".join(lines)
    # Widening the side panel would shrink the cards: collapsing it gives the width back.
    page.show_side_panel(False)
    assert page.splitter.sizes()[1] == 0 and not page.side_button.isChecked()
    page.show_side_panel(True)
    assert page.splitter.sizes()[1] >= 200
    window.close()
    page.context.jobs.wait()
    db.dispose()


def test_row_labels_and_month_names(qtbot, page):
    from desktop.qtmodels.roster_board_model import post_short_name

    labels = [page.model.headerData(r, Qt.Orientation.Vertical) for r in range(page.model.rowCount())]
    assert "Ca sáng\nTầng 1" in labels
    assert post_short_name("Tầng 1 — đón tiếp, lấy số") == "Tầng 1"
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.set_mode("month")
    shown = {}
    for r in range(page.model.rowCount()):
        for c in range(page.model.columnCount()):
            index = page.model.index(r, c)
            chip = page.model.cell(index).chip
            if chip is not None:
                shown[chip.volunteer] = index.data()
    assert len(set(shown.values())) == len(shown), "two volunteers read the same in the month view"
    assert any("." in text for text in shown.values())  # several "Đạt": told apart by initials


def test_switching_month_and_week_keeps_the_week(qtbot, page):
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.shift_period(1)  # the week after the demo week: 30/11 – 06/12
    week = page.start
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.mode_box.setCurrentIndex(page.mode_box.findData("month"))
    assert (page.start, page.end) == (dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.mode_box.setCurrentIndex(page.mode_box.findData("week"))
    assert page.start == week


def test_language_switch_keeps_the_period(qtbot, window):
    page = window.show_page("roster")
    with qtbot.waitSignal(page.loaded, timeout=20000):
        page.set_period(dt.date(2026, 12, 9), "week")
    window.context.set_language("en")
    rebuilt = window.show_page("roster")
    assert rebuilt is not page
    assert (rebuilt.start, rebuilt.end) == (dt.date(2026, 12, 7), dt.date(2026, 12, 13))
    rebuilt.context.jobs.wait()


def test_by_volunteer_shows_shift_names_in_equal_columns(qtbot, page):
    page.views.setCurrentWidget(page.volunteer_table)
    model = page.volunteer_model
    texts = {model.index(r, c).data() for r in range(model.rowCount()) for c in range(1, model.total_column())}
    words = {word for text in texts if text for word in text.split(", ")}
    assert {"Ca sáng", "Ca chiều"} <= words
    assert not any(word.split()[0] in {"AM", "PM", "S1", "S2"} for word in words)
    header = page.volunteer_table.horizontalHeader()
    widths = {header.sectionSize(c) for c in range(1, model.total_column())}
    assert max(widths) - min(widths) <= 1


def test_a_by_volunteer_tooltip_names_the_center(qtbot, page):
    # The tooltip of a day gives the shift, the post and the center as people say them.
    model = page.volunteer_model
    tips = [model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())
            for c in range(1, model.total_column())]
    tips = [tip for tip in tips if tip and "·" in tip]
    centers = {center.code: center.name for center in page.board.centers}
    assert tips and all(tip.endswith(")") for tip in tips)
    assert any(f"({name})" in tip for tip in tips for name in centers.values())
    assert not any(f"({code})" in tip for tip in tips for code in centers)


def test_the_board_chooses_centers_by_name(qtbot, page):
    from models.repository.centers import list_centers

    names = {center.code: center.name for center in list_centers(page.db)}
    shown = {page.center_box.itemData(i): page.center_box.itemText(i) for i in range(1, page.center_box.count())}
    assert shown == names


def test_first_window_fits_a_1366_by_768_screen(qtbot):
    from desktop.views.partials.screen_fit import first_geometry

    available = QRect(0, 0, 1366, 728)  # 768 pixels less a 40-pixel task bar
    frame = first_geometry(available)
    assert available.contains(frame)
    assert frame.width() == 1280 and frame.height() == 728
    assert first_geometry(QRect(0, 0, 1920, 1040)).size().toTuple() == (1280, 800)


def test_the_first_main_window_fits_a_1366_by_768_screen(window):
    from desktop.views.partials.screen_fit import fit_to_screen

    window.show_page("roster")
    available = QRect(0, 0, 1366, 728)
    fit_to_screen(window, available)
    assert window.minimumSizeHint().width() <= 1366 and window.minimumSizeHint().height() <= 728
    assert available.contains(QRect(window.pos(), window.size()))


def test_welcome_is_shown_until_dismissed(qtbot, context, settings):
    from desktop.views.partials.welcome import show_welcome

    dialog = show_welcome(settings)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert "dữ liệu mẫu" in dialog.text()
    dialog.dismiss.setChecked(False)
    dialog.accept()
    again = show_welcome(settings)  # not ticked: shown at the next start
    assert again is not None
    qtbot.addWidget(again)
    assert again.dismiss.isChecked()
    again.accept()
    assert show_welcome(settings) is None


def test_dates_take_typed_digits_and_to_follows_from(qtbot):
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    from desktop.views.partials.dates import date_edit, follow

    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    before = QLineEdit(host)
    first, last = date_edit(host, dt.date(2026, 11, 23)), date_edit(host, dt.date(2026, 11, 29))
    follow(first, last)
    for widget in (before, first, last):
        layout.addWidget(widget)
    host.show()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.qWait(20)
    qtbot.waitUntil(lambda: first.lineEdit().selectedText() == "23")
    QTest.keyClicks(first, "15122026")
    assert first.date() == QDate(2026, 12, 15)
    assert last.date() == QDate(2026, 12, 15)  # from moved past to: to follows
    first.setDate(QDate(2026, 12, 1))
    assert last.date() == QDate(2026, 12, 15)  # from before to: to stays


def test_screenshots_show_the_board_views_and_the_welcome(qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QImage

    from desktop.commands.screenshots import render_board_screens
    from tests.roster_support import demo_database

    db = demo_database(tmp_path / "demo.sqlite")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    (tmp_path / "shots").mkdir()
    try:
        written = render_board_screens(db, settings, tmp_path, tmp_path / "shots", 9, "vi", False, (1366, 768))
    finally:
        db.dispose()
    assert [p.name for p in written] == ["09-roster-month.png", "09-roster-week.png", "09-roster-by-volunteer.png",
                                         "09-welcome.png"]
    for path in written[:3]:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768)


def test_every_screen_uses_the_shared_date_field(qtbot, window):
    from PySide6.QtWidgets import QDateEdit

    from desktop.views.main_window import PAGES
    from desktop.views.partials.dates import DateEdit

    found = []
    for key, _factory in PAGES:
        found += window.show_page(key).findChildren(QDateEdit)
    assert len(found) >= 5
    assert all(isinstance(edit, DateEdit) for edit in found), [type(e).__name__ for e in found]
    window.pages["roster"].context.jobs.wait()


def test_an_event_title_fills_two_lines(qapp):
    from PySide6.QtGui import QFont, QFontMetrics

    from desktop.views.partials.board_view import fill_two_lines

    metrics = QFontMetrics(QFont())
    text = "07:30 Tuyên truyền dịch vụ công trực tuyến"
    lines = fill_two_lines(text, metrics, metrics.horizontalAdvance("07:30 Tuyên truyền") + 4)
    assert lines[0] == "07:30 Tuyên truyền"
    assert lines[1].startswith("dịch vụ")
    assert fill_two_lines("07:30 Họp", metrics, 400) == ["07:30 Họp"]


def test_by_volunteer_totals_read_whole_in_a_week(qtbot, settings, templates, tmp_path):  # noqa: F811
    db = copy_database(templates["rostered"], tmp_path)
    window, page = board_window(qtbot, db, settings)
    page.views.setCurrentWidget(page.volunteer_table)
    qtbot.waitUntil(lambda: page.volunteer_model.rowCount() > 0)
    model, header = page.volunteer_model, page.volunteer_table.horizontalHeader()
    last = model.total_column()
    texts = [model.index(row, last).data() for row in range(model.rowCount())]
    # one week and one month: their totals need no dates ("3 ca · tuần 3/3 · tháng 5/8")
    assert any("tuần " in text and "/" in text for text in texts)
    assert not any(":" in text for text in texts)
    metrics = page.volunteer_table.fontMetrics()
    assert max(metrics.horizontalAdvance(text) for text in texts) + 8 <= header.sectionSize(last)
    header.resizeSection(last, 300)  # the coordinator's own width stays after the next check
    with qtbot.waitSignal(page.checked, timeout=20000):
        page.schedule_check()
    assert header.sectionSize(last) == 300


@pytest.fixture
def app_font(qapp):
    """The font the app itself sets at start (DejaVu Sans 10 pt), the test session's afterwards."""
    from desktop.app import load_fonts

    before = qapp.font()
    load_fonts()
    yield qapp.font()
    qapp.setFont(before)


def test_the_side_panel_shows_its_three_tabs_whole_with_a_count(qtbot, settings, templates, tmp_path,  # noqa: F811
                                                                 app_font):
    db = copy_database(templates["rostered"], tmp_path)
    window, page = board_window(qtbot, db, settings)
    chips = sorted((c for c in page.board.chips if c.seat.event is None and c.seat.center == "HCC"),
                   key=lambda c: (c.seat.date, c.id))
    from models import roster_edits as edits

    holiday = edits.Seat("HCC", chips[0].seat.post, dt.date(2026, 11, 24), chips[0].seat.shift)
    page.confirm_breaking = lambda violations: True
    with qtbot.waitSignal(page.checked, timeout=20000):
        assert page.move(chips[0], holiday)  # a duty on a closed day: "Quy tắc (1)"
    bar = page.side.tabBar()
    assert "(" in bar.tabText(0)
    qtbot.waitUntil(lambda: page.side.width() >= bar.sizeHint().width())
    for index in range(bar.count()):
        assert bar.tabRect(index).right() <= page.side.width()  # no tab behind scroll arrows


def test_by_volunteer_days_show_their_shift_names_whole_at_the_apps_font(qtbot, settings, templates,  # noqa: F811
                                                                         tmp_path, app_font):
    db = copy_database(templates["rostered"], tmp_path)
    window, page = board_window(qtbot, db, settings)
    window.resize(1280, 728)  # the first window on a 1366×768 screen
    page.views.setCurrentWidget(page.volunteer_table)
    qtbot.waitUntil(lambda: page.volunteer_model.rowCount() > 0)
    page._size_volunteer_columns()
    model, header = page.volunteer_model, page.volunteer_table.horizontalHeader()
    metrics = page.volunteer_table.fontMetrics()
    for column in range(1, model.total_column()):
        texts = [model.index(row, column).data() or "" for row in range(model.rowCount())]
        assert max(metrics.horizontalAdvance(text) for text in texts) + 8 <= header.sectionSize(column)
    names = [model.index(row, 0).data() for row in range(model.rowCount())]
    assert max(metrics.horizontalAdvance(name) for name in names) + 8 <= header.sectionSize(0)
