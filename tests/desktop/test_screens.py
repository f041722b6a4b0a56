"""The other screens driven as a person would, checking the database afterwards."""
from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Qt

from desktop.qtmodels.shift_result_table_model import COL_CITIZENS, COL_DOSSIERS
from desktop.views.main_window import RosterUnavailablePage
from models import repository


def click_cell(qtbot, table, row, column):
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_main_window_title_navigation_and_geometry(qtbot, window, context):
    assert window.windowTitle().startswith("Lịch trực — ") and context.db.display_name in window.windowTitle()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == ["Tình nguyện viên", "Lịch rảnh", "Trung tâm & vị trí trực", "Hoạt động lưu động",
                      "Lịch trực", "Kết quả & thống kê", "Cài đặt"]
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "events"
    try:
        import desktop.views.roster_board  # noqa: F401
    except ModuleNotFoundError:
        assert isinstance(window.page("roster"), RosterUnavailablePage)
    window.resize(1000, 700)
    window.close()
    assert not context.settings.value("main_window/geometry").isEmpty()


def test_availability_grid_click_and_save(qtbot, window, context):
    page = window.show_page("availability")
    volunteer_id = repository.list_volunteers(context.db)[0].id
    assert page.form.volunteer_id == volunteer_id
    am = page.row_codes.index("AM")
    assert page.is_available("AM", 1)
    click_cell(qtbot, page.grid, am, 1)  # Tuesday morning on
    click_cell(qtbot, page.grid, am, 0)  # Monday morning off
    page.max_per_week.setValue(2)
    page.leave_from.setDate(QDate(2026, 12, 1))
    page.leave_to.setDate(QDate(2026, 12, 2))
    page.leave_reason.insert("Ốm")
    qtbot.mouseClick(page.add_leave_button, Qt.MouseButton.LeftButton)
    assert page.save()
    saved = repository.get_availability(context.db, volunteer_id)
    assert saved.weekly[2] == ("AM",) and "AM" not in saved.weekly[1]
    assert saved.max_per_week == 2 and saved.leave[-1] == repository.LeaveRange(dt.date(2026, 12, 1),
                                                                                 dt.date(2026, 12, 2), "Ốm")
    page.min_per_month.setValue(20)  # above the monthly maximum of 10
    assert not page.save()
    assert page.errors.labels["min_per_month"].text() == \
        "Số ca tối thiểu mỗi tháng lớn hơn số ca tối đa mỗi tháng."


def test_centers_add_shift_with_demand(qtbot, window, context):
    tab = window.show_page("centers").centers_tab
    qtbot.mouseClick(tab.add_template_button, Qt.MouseButton.LeftButton)
    row = tab.templates.rowCount() - 1
    tab.templates.item(row, 0).setText("PM")
    tab.templates.item(row, 1).setText("Chiều")
    tab.templates.item(row, 2).setText("13:30")
    tab.templates.item(row, 3).setText("17:00")
    tab.demand.item(1, 0).setText("1/2/2")
    assert tab.save()
    center = repository.get_center(context.db, repository.list_centers(context.db)[0].id)
    assert center.templates[1].code == "PM"
    assert center.templates[1].demand == {"F1": repository.DemandForm(1, 2, 2)}
    tab.templates.item(row, 3).setText("12:00")
    assert not tab.save()
    assert tab.errors.labels["templates"].text() == "Giờ kết thúc phải sau giờ bắt đầu."


def test_holidays_listed_and_extra_day_saved(qtbot, window, context):
    tab = window.show_page("centers").holidays_tab
    tab.year.setValue(2026)
    names = [tab.public.item(r, 1).text() for r in range(tab.public.rowCount())]
    assert "Quốc khánh" in names and "Tết Nguyên Đán" in names
    date_edit = tab.findChild(object, "extraOpenDate")
    date_edit.setDate(QDate(2026, 9, 1))
    qtbot.mouseClick(tab.findChild(object, "extraOpenAdd"), Qt.MouseButton.LeftButton)
    assert tab.save()
    assert repository.get_holiday_settings(context.db).extra_open == (dt.date(2026, 9, 1),)


def test_new_event_with_composition_rules(qtbot, window, context):
    page = window.show_page("events")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.code, "OUT-1205")
    page.name.insert("Tuyên truyền VNeID tại chợ Hạ Long")
    page.date.setDate(QDate(2026, 12, 5))
    page.end.setText("07:00")
    assert not page.save()
    assert page.errors.labels["end"].text() == "Giờ kết thúc phải sau giờ bắt đầu."
    page.end.setText("11:30")
    assert page.save()
    event = next(e for e in repository.list_events(context.db) if e.code == "OUT-1205")
    form = repository.get_event(context.db, event.id)
    assert form.date == dt.date(2026, 12, 5) and form.team_min == 5
    assert [(r.role, r.min) for r in form.requirements] == [("youth", 2), ("police", 2)]


def test_enter_results_and_see_totals(qtbot, window, context):
    page = window.show_page("results")
    page.week.setDate(QDate(2026, 11, 23))
    model = page.results_model
    monday = next(i for i in range(model.rowCount()) if model.result_at(i).date == dt.date(2026, 11, 23))
    model.setData(model.index(monday, COL_CITIZENS), "30")
    model.setData(model.index(monday, COL_DOSSIERS), "8")
    assert page.save()
    rows = repository.list_shift_results(context.db, "HCC", dt.date(2026, 11, 23), dt.date(2026, 11, 23))
    assert (rows[0].citizens_guided, rows[0].dossiers_supported) == (30, 8)
    page.year.setValue(2026)
    assert "20 trên chỉ tiêu năm 4.000" in page.target_text.text()  # the Vietnamese thousands separator
    assert page.chart.values[10] == 20 and page.chart.target == 4000


def test_settings_save_and_switch_language(qtbot, window, context):
    page = window.show_page("settings")
    page.organisation["signer_name"].clear()
    page.organisation["signer_name"].insert("Lê Thị Hoa")
    page.targets["dossiers_supported_per_year"].setValue(3500)
    assert page.save()
    saved = repository.get_settings(context.db)
    assert saved.organisation["signer_name"] == "Lê Thị Hoa"
    assert saved.targets["dossiers_supported_per_year"] == 3500
    page.language.setCurrentIndex(page.language.findData("en"))
    assert context.settings.value("language") == "en"
    assert window.current_page_key() == "settings"
    assert window.navigation.item(0).text() == "Volunteers"
    assert window.windowTitle().startswith("Duty Roster — ")


def test_settings_show_a_long_organisation_name_from_its_beginning(qtbot, window, context):
    page = window.show_page("settings")
    page.reload()
    for edit in page.organisation.values():
        assert edit.cursorPosition() == 0  # "Ban Chấp hành Đoàn TNCS…", not "…Hồ Chí Minh"


def test_settings_conflict_is_reported(qtbot, window, context):
    page = window.show_page("settings")
    other = repository.get_settings(context.db)
    repository.save_settings(context.db, dataclasses.replace(other, max_shifts_per_day=2))
    page.max_shifts_per_day.setValue(3)
    assert not page.save()
    assert page.findChild(object, "conflictMessage") is not None
    assert repository.get_settings(context.db).max_shifts_per_day == 2
    assert page.max_shifts_per_day.value() == 2
