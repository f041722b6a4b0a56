"""No edit is lost without a word: on every form screen, leaving a form with unsaved edits
(another record, another page, quitting) asks Save / Discard / Back, and each answer does
what it says. The Save buttons stay in view outside the scrolling forms. Also the first
window's size and the "from … to" date pairs, which keep forms usable at 1366×768."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QScrollArea

from desktop.qtmodels.shift_result_table_model import COL_CITIZENS
from desktop.views.partials import unsaved
from models import repository


class Answers:
    """Stands in for the question; records how often it was asked."""

    def __init__(self, answer: str):
        self.answer, self.asked = answer, 0

    def __call__(self, _parent) -> str:
        self.asked += 1
        return self.answer


@pytest.fixture
def answer(monkeypatch):
    def use(value: str) -> Answers:
        answers = Answers(value)
        monkeypatch.setattr(unsaved, "ask", answers)
        return answers
    return use


def _add_leave(page, day: dt.date) -> None:
    page.leave_from.setDate(QDate(day.year, day.month, day.day))
    page.leave_to.setDate(QDate(day.year, day.month, day.day))
    page.leave_reason.setText("Thi học kỳ")
    page.add_leave_button.click()


@pytest.fixture
def window(window, context):
    """The example workspace with a second volunteer, to switch between."""
    repository.save_volunteer(context.db, repository.VolunteerForm(code="V002", name="Trần Văn Bình"))
    return window


def _other_volunteer(page):
    return next(r.id for r in page.picker.rows if r.id != page.form.volunteer_id)


@pytest.mark.parametrize("choice, stored, stays", [("save", True, False), ("discard", False, False),
                                                    ("back", False, True)])
def test_availability_leave_then_another_volunteer_asks(window, context, answer, choice, stored, stays):
    page = window.show_page("availability")
    first = page.form.volunteer_id
    assert not page.has_unsaved_changes()
    _add_leave(page, dt.date(2027, 1, 4))
    assert page.has_unsaved_changes()
    answers = answer(choice)
    page.picker.select(_other_volunteer(page))
    assert answers.asked == 1
    leave = repository.get_availability(context.db, first).leave
    assert any(r.start == dt.date(2027, 1, 4) for r in leave) is stored
    assert (page.form.volunteer_id == first) is stays
    assert (page.picker.current_id() == first) is stays
    if stays:  # Back: the row is still in the form, unsaved
        assert page.leave.rowCount() == len(leave) + 1 and page.has_unsaved_changes()


def test_availability_without_edits_switches_without_asking(window, answer):
    page = window.show_page("availability")
    answers = answer("back")
    other = _other_volunteer(page)
    page.picker.select(other)
    assert answers.asked == 0 and page.form.volunteer_id == other


def test_another_page_and_quit_ask_too(window, context, answer):
    page = window.show_page("availability")
    _add_leave(page, dt.date(2027, 2, 1))
    answers = answer("back")
    window.navigation.setCurrentRow(0)
    assert answers.asked == 1 and window.current_page_key() == "availability"
    assert not window.close() and window.isVisible()
    assert answers.asked == 2
    answers = answer("save")
    window.show_page("centers")
    assert answers.asked == 1 and window.current_page_key() == "centers"
    leave = repository.get_availability(context.db, page.form.volunteer_id).leave
    assert any(r.start == dt.date(2027, 2, 1) for r in leave)


def test_opening_another_database_asks_first(window, answer, monkeypatch):
    page = window.show_page("settings")
    page.organisation["signer_name"].setText("Trần Văn Bình")
    answers = answer("back")
    asked_for_a_file = []
    monkeypatch.setattr(window, "ask_path", lambda kind: asked_for_a_file.append(kind) or "")
    window.open_database()
    assert answers.asked == 1 and asked_for_a_file == []


def test_centers_tab_asks_before_another_center(window, context, answer):
    tab = window.show_page("centers").centers_tab
    tab.name.setText("Trung tâm đổi tên")
    answers = answer("discard")
    tab.new_button.click()
    assert answers.asked == 1 and tab.center_id is None and tab.name.text() == ""
    names = [c.name for c in repository.list_centers(context.db)]
    assert "Trung tâm đổi tên" not in names


def test_holidays_tab_asks_before_another_page(window, context, answer):
    tab = window.show_page("centers").holidays_tab
    tab.findChild(object, "extraClosedDate").setDate(QDate(2027, 3, 2))
    assert not tab.has_unsaved_changes()  # the date to add is not part of the record yet
    tab.findChild(object, "extraClosedAdd").click()
    answers = answer("save")
    window.show_page("events")
    assert answers.asked == 1
    assert dt.date(2027, 3, 2) in repository.get_holiday_settings(context.db).extra_closed


def test_events_page_asks_before_another_event(window, context, answer):
    page = window.show_page("events")
    first = page.event_id
    page.location.setText("Nhà văn hoá khu phố 3")
    answers = answer("back")
    page.new_button.click()
    assert answers.asked == 1 and page.event_id == first
    assert page.location.text() == "Nhà văn hoá khu phố 3"
    answers = answer("save")
    page.new_button.click()
    assert answers.asked == 1 and page.event_id is None
    assert repository.get_event(context.db, first).location == "Nhà văn hoá khu phố 3"


def test_settings_page_asks_on_quit_and_saves(window, context, answer):
    page = window.show_page("settings")
    page.organisation["signer_name"].setText("Lê Thị Hoa")
    answers = answer("save")
    assert window.close()
    assert answers.asked == 1
    assert repository.get_settings(context.db).organisation["signer_name"] == "Lê Thị Hoa"


def test_results_page_asks_before_another_week(window, context, answer):
    page = window.show_page("results")
    page.week.setDate(QDate(2026, 11, 23))
    model = page.results_model
    model.setData(model.index(0, COL_CITIZENS), "41")
    answers = answer("back")
    page.week.setDate(QDate(2026, 11, 30))
    assert answers.asked == 1 and page.week.date() == QDate(2026, 11, 23) and model.is_dirty()
    answers = answer("discard")
    page.week.setDate(QDate(2026, 11, 30))
    assert answers.asked == 1 and not model.is_dirty()


@pytest.mark.parametrize("key", ["availability", "centers", "settings"])
def test_save_buttons_are_outside_the_scrolling_form(window, key):
    page = window.show_page(key)
    form = page.centers_tab if key == "centers" else page
    button = form.save_button
    parent = button.parentWidget()
    while parent is not None and parent is not form:
        assert not isinstance(parent, QScrollArea)
        parent = parent.parentWidget()


def test_to_follows_from_when_from_moves_past_it(window):
    page = window.show_page("availability")
    page.leave_from.setDate(QDate(2027, 1, 1))
    page.leave_to.setDate(QDate(2027, 1, 3))
    page.leave_from.setDate(QDate(2027, 1, 10))
    assert page.leave_to.date() == QDate(2027, 1, 10)
    page.leave_from.setDate(QDate(2027, 1, 5))  # earlier again: "to" stays
    assert page.leave_to.date() == QDate(2027, 1, 10)
