"""The volunteers screen driven as a person would: search, add with a mistake, fix it,
deactivate, and import a spreadsheet that has a bad row."""
from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt

from desktop.views.import_dialog import STEP_PREVIEW
from desktop.views.volunteer_dialog import VolunteerDialog
from desktop.views.volunteers_page import VolunteersPage
from models import repository


def make_page(qtbot, context):
    page = VolunteersPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def test_search_without_accents(qtbot, context):
    repository.save_volunteer(context.db, repository.VolunteerForm(code="V002", name="Trần Văn Bình"))
    page = make_page(qtbot, context)
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.search, "nguyen thi thang")
    assert page.model.rowCount() == 1
    assert page.model.volunteer_at(0).name == "Nguyễn Thị Thắng"
    assert page.count.text() == "1 / 2 tình nguyện viên"


def test_add_volunteer_shows_errors_next_to_fields_then_saves(qtbot, context):
    page = make_page(qtbot, context)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog: VolunteerDialog = page.dialog
    qtbot.keyClicks(dialog.code, "V002")
    qtbot.keyClicks(dialog.phone, "123")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.labels["name"].text() == "Bắt buộc nhập."
    assert "9 đến 11 chữ số" in dialog.errors.labels["phone"].text()
    assert not dialog.errors.labels["code"].isVisibleTo(dialog)
    assert len(repository.list_volunteers(context.db)) == 1
    dialog.name.insert("Đỗ Thị Hoa")  # as a Vietnamese input method commits it (QTest types ASCII only)
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "0912 000 111")
    dialog.role.setCurrentIndex(dialog.role.findData("police"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = {v.code: v for v in repository.list_volunteers(context.db)}["V002"]
    assert (saved.name, saved.phone, saved.role) == ("Đỗ Thị Hoa", "0912000111", "police")
    assert page.model.rowCount() == 2
    assert page.selected().code == "V002"


def test_edit_conflict_is_reported_not_overwritten(qtbot, context):
    page = make_page(qtbot, context)
    page.view.selectRow(0)
    page.edit_selected()
    dialog = page.dialog
    other = repository.get_volunteer(context.db, dialog.volunteer_id)
    repository.save_volunteer(context.db, other.__class__(**{**other.__dict__, "phone": "0977777777"}))
    dialog.name.setText("Tên khác")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.findChild(object, "conflictMessage") is not None
    assert repository.get_volunteer(context.db, dialog.volunteer_id).name == "Nguyễn Thị Thắng"
    assert dialog.phone.text() == "0977777777"  # reloaded with their change


def test_deactivate_and_filter(qtbot, context):
    page = make_page(qtbot, context)
    page.view.selectRow(0)
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert not repository.list_volunteers(context.db)[0].active
    assert page.model.rowCount() == 0  # the default filter shows active people only
    page.active_filter.setCurrentIndex(page.active_filter.findData(False))
    assert page.model.rowCount() == 1


def test_import_spreadsheet_with_a_bad_row(qtbot, context, tmp_path):
    path = tmp_path / "tnv.xlsx"
    book = openpyxl.Workbook()
    for values in (["Mã", "Họ và tên", "Vai trò", "Số điện thoại"],
                   ["V010", "Phạm Thu Hà", "Đoàn viên", "0987654321"],
                   ["V011", "Lê Văn Nam", "thợ", "0987654322"]):
        book.active.append(values)
    book.save(path)
    page = make_page(qtbot, context)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    with qtbot.waitSignal(dialog.file_loaded, timeout=10000):
        dialog.load_file(str(path))
    assert dialog.mapping()["role"] == 2
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.checked, timeout=10000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.step() == STEP_PREVIEW
    assert dialog.problems.rowCount() == 1
    assert [dialog.problems.item(0, c).text() for c in range(2)] == ["3", "Vai trò"]
    assert not dialog.import_button.isEnabled()
    assert len(repository.list_volunteers(context.db)) == 1
    # fix the file, choose it again, and import
    book.active["C3"] = "Công an"
    book.save(path)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.file_loaded, timeout=10000):
        dialog.load_file(str(path))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.checked, timeout=10000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    rows = {v.code: v for v in repository.list_volunteers(context.db)}
    assert rows["V011"].role == "police" and rows["V010"].name == "Phạm Thu Hà"
    assert page.model.total() == 3
