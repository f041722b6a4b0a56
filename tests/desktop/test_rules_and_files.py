"""The rostering-rule editors (availability and settings), skills and units, and the File
menu's database and workspace actions, driven as a person would; the database and the
exported workspace are checked afterwards."""
from __future__ import annotations

import json

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from desktop.views.workspace_dialogs import ImportModeDialog, WorkspaceErrorsDialog
from models import repository
from models.workspace import export_workspace, import_workspace
from tests.desktop.conftest import example_workspace


def export(db) -> dict:
    with db.session() as s:
        return export_workspace(s)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def type_into(qtbot, edit, text: str) -> None:
    edit.clear()
    qtbot.keyClicks(edit, text)


def with_extensions() -> dict:
    """The example workspace with every extension key, including nulls and zeros."""
    doc = example_workspace()
    doc["centers"][0]["shift_templates"].append(
        {"code": "PM", "name": "Chiều", "start": "13:30", "end": "17:00", "weekdays": [1, 2, 3, 4, 5], "demand": {}})
    doc["volunteers"][0]["limits"] = {
        "max_per_week": 3, "max_consecutive_days": None, "max_per_month": 10, "min_per_month": 2,
        "min_minutes_per_month": 0, "max_minutes_per_month": 2430, "max_weekends_per_month": 0,
        "max_per_shift": {"PM": 0, "AM": 8}}
    doc["volunteers"][0]["requests"] = [{"date": "2026-11-27", "shift": None, "weight": 5, "on": False},
                                        {"date": "2026-11-28", "shift": "AM", "weight": 3, "on": True}]
    doc["rules"]["forbidden_successions"] = [["PM", "AM"]]
    doc["skills"] = [{"code": "vneid", "name": "Hướng dẫn VNeID", "mix": True}]
    return doc


def load(context, doc) -> None:
    with context.db.session() as s:
        import_workspace(s, doc)
    context.data_changed.emit("all")


def test_availability_rules_round_trip_unchanged(qtbot, window, context):
    load(context, with_extensions())
    before = json.dumps(export(context.db), ensure_ascii=False)
    page = window.show_page("availability")
    assert page.work_limits.max_hours.text() == "40:30"
    assert page.work_limits.max_weekends_per_month.value() == 0
    assert page.shift_caps.caps() == {"PM": 0, "AM": 8}
    assert [page.requests.table.item(0, c).text() for c in range(4)] == [
        "Thứ Sáu 27/11/2026", "Ca bất kỳ", "Không muốn trực", "5"]
    assert page.save()
    page_settings = window.show_page("settings")
    assert page_settings.forbidden_successions() == (("PM", "AM"),)
    assert page_settings.save()
    assert json.dumps(export(context.db), ensure_ascii=False) == before


def test_availability_rules_edited_and_checked(qtbot, window, context):
    page = window.show_page("availability")
    limits = page.work_limits
    limits.max_consecutive_days.setValue(4)
    limits.min_consecutive_days_off.setValue(2)
    limits.max_weekends_per_month.setValue(2)
    type_into(qtbot, limits.min_hours, "20")
    type_into(qtbot, limits.max_hours, "40:30")
    choose(page.shift_caps.shift, "AM")
    page.shift_caps.count.setValue(6)
    click(qtbot, page.shift_caps.add_button)
    page.requests.date.setDate(QDate(2026, 11, 27))
    choose(page.requests.wish, False)
    page.requests.weight.setValue(5)
    click(qtbot, page.requests.add_button)
    page.requests.date.setDate(QDate(2026, 11, 28))
    choose(page.requests.shift, "AM")
    choose(page.requests.wish, True)
    page.requests.weight.setValue(3)
    click(qtbot, page.requests.add_button)
    assert page.save()
    entry = export(context.db)["volunteers"][0]
    assert entry["limits"] == {"max_per_week": 3, "max_per_month": 10, "min_per_month": 2,
                               "max_consecutive_days": 4, "min_consecutive_days_off": 2,
                               "max_weekends_per_month": 2, "min_minutes_per_month": 1200,
                               "max_minutes_per_month": 2430, "max_per_shift": {"AM": 6}}
    assert entry["requests"] == [{"date": "2026-11-27", "weight": 5, "on": False},
                                 {"date": "2026-11-28", "shift": "AM", "weight": 3, "on": True}]

    limits.min_consecutive_days.setValue(5)  # longer than the maximum of 4
    type_into(qtbot, limits.min_hours, "50")  # above the maximum of 40:30
    assert not page.save()
    assert page.errors.labels["min_consecutive_days"].text() == \
        "Số ngày trực liên tiếp tối thiểu lớn hơn tối đa."
    assert page.errors.labels["min_minutes_per_month"].text() == "Số giờ tối thiểu mỗi tháng lớn hơn số giờ tối đa."
    type_into(qtbot, limits.max_hours, "40:")
    assert not page.save()
    assert page.errors.labels["max_minutes_per_month"].text() == "Viết số giờ dạng 40 hoặc 40:30."
    assert export(context.db)["volunteers"][0] == entry  # nothing written

    page.requests.table.selectRow(0)
    click(qtbot, page.requests.remove_button)
    page.shift_caps.table.selectRow(0)
    click(qtbot, page.shift_caps.remove_button)
    limits.min_consecutive_days.setValue(0)
    type_into(qtbot, limits.min_hours, "")
    type_into(qtbot, limits.max_hours, "")
    assert page.save()
    entry = export(context.db)["volunteers"][0]
    assert "max_per_shift" not in entry["limits"] and "max_minutes_per_month" not in entry["limits"]
    assert entry["requests"] == [{"date": "2026-11-28", "shift": "AM", "weight": 3, "on": True}]


def test_forbidden_successions_edited_in_settings(qtbot, window, context):
    load(context, with_extensions())
    page = window.show_page("settings")
    choose(page.succession_first, "AM")
    choose(page.succession_next, "PM")
    click(qtbot, page.add_succession_button)
    click(qtbot, page.add_succession_button)  # the same pair twice is listed once
    page.successions.selectRow(0)
    click(qtbot, page.remove_succession_button)
    assert page.save()
    assert export(context.db)["rules"]["forbidden_successions"] == [["AM", "PM"]]


def test_skills_and_units_add_rename_delete(qtbot, window, context):
    page = window.show_page("settings")
    skills = page.skills
    row = skills.add_line()
    skills.table.item(row, 0).setText("senior")
    skills.table.item(row, 1).setText("Kinh nghiệm")
    skills.table.item(row, 2).setCheckState(Qt.CheckState.Checked)
    vneid = next(r for r in range(skills.table.rowCount()) if skills.table.item(r, 0).text() == "vneid")
    skills.table.item(vneid, 1).setText("VNeID")
    click(qtbot, skills.save_button)
    assert export(context.db)["skills"] == [{"code": "senior", "name": "Kinh nghiệm", "mix": True},
                                            {"code": "vneid", "name": "VNeID"}]
    vneid = next(r for r in range(skills.table.rowCount()) if skills.table.item(r, 0).text() == "vneid")
    assert skills.table.item(vneid, 3).text() == "1 tình nguyện viên, 1 vị trí, 1 yêu cầu hoạt động"
    skills.table.selectRow(vneid)
    click(qtbot, skills.delete_button)
    assert skills.error.text().startswith("Kỹ năng vneid vẫn đang được dùng (1 tình nguyện viên")
    assert len(export(context.db)["skills"]) == 2

    units = page.units
    row = units.add_line()
    units.table.item(row, 0).setText("TD")  # taken
    units.table.item(row, 1).setText("Trùng mã")
    click(qtbot, units.save_button)
    assert units.error.text() == "Mã TD đã được dùng."
    units.table.item(row, 0).setText("PBC")
    units.table.item(row, 1).setText("Phường Bãi Cháy")
    click(qtbot, units.save_button)
    assert [u["code"] for u in export(context.db)["units"]] == ["PBC", "TD"]
    units.table.selectRow(0)
    click(qtbot, units.delete_button)
    units.table.selectRow(0)  # TD has a volunteer
    click(qtbot, units.delete_button)
    assert "TD" in units.error.text()
    assert [u["code"] for u in export(context.db)["units"]] == ["TD"]


def import_through_menu(qtbot, window, path, *, merge: bool) -> None:
    window.ask_path = lambda kind: str(path)
    window.file_actions[1].trigger()
    dialog = window.findChild(ImportModeDialog)
    click(qtbot, dialog.merge_button if merge else dialog.replace_button)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))


def test_broken_workspace_import_lists_errors_and_writes_nothing(qtbot, window, context, tmp_path):
    before = export(context.db)
    doc = with_extensions()
    doc["volunteers"][0]["limits"]["min_consecutive_days"] = 0
    doc["volunteers"][0]["requests"][1]["shift"] = "EV"
    doc["rules"]["forbidden_successions"] = [["PM"]]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    import_through_menu(qtbot, window, path, merge=False)
    qtbot.waitUntil(lambda: window.findChild(WorkspaceErrorsDialog) is not None, timeout=5000)
    rows = window.findChild(WorkspaceErrorsDialog).rows()
    assert [where for where, _ in rows] == ["rules.forbidden_successions[0]",
                                            "volunteers[0].limits.min_consecutive_days",
                                            "volunteers[0].requests[1].shift"]
    assert rows[2][1] == "unknown shift template 'EV'"
    assert export(context.db) == before


def test_export_then_reimport_gives_the_same_document(qtbot, window, context, tmp_path):
    load(context, with_extensions())
    path = tmp_path / "out.json"
    window.ask_path = lambda kind: str(path)
    window.file_actions[2].trigger()
    qtbot.waitUntil(lambda: getattr(window, "exported_path", None) == str(path), timeout=5000)
    written = json.loads(path.read_text(encoding="utf-8"))
    assert written == export(context.db)
    assert not list(tmp_path.glob(".out.json.*"))  # the temporary file of the atomic write is gone
    with context.db.session() as s:  # change something, so the import has work to do
        import_workspace(s, example_workspace())
    import_through_menu(qtbot, window, path, merge=False)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Đã nhập out.json"), timeout=5000)
    assert export(context.db) == written
    assert window.show_page("availability").work_limits.max_hours.text() == "40:30"  # pages show the import


def test_open_database_switches_and_is_remembered(qtbot, window, context, tmp_path, monkeypatch):
    from desktop.app import remembered_database
    from models.db import ENV_VAR, open_database

    other = tmp_path / "other.sqlite"
    doc = example_workspace()
    doc["volunteers"][0]["name"] = "Trần Thị Mai"
    database = open_database(str(other))
    with database.session() as s:
        import_workspace(s, doc)
    database.dispose()
    window.ask_path = lambda kind: str(other)
    window.file_actions[0].trigger()
    qtbot.waitUntil(lambda: context.db.display_name == str(other), timeout=5000)
    assert str(other) in window.windowTitle()
    assert [v.name for v in repository.list_volunteers(context.db)] == ["Trần Thị Mai"]
    assert window.show_page("volunteers").findChild(object, "volunteerTable").model().rowCount() == 1
    monkeypatch.delenv(ENV_VAR, raising=False)
    assert remembered_database(None, context.settings) == str(other)
    assert remembered_database("given.sqlite", context.settings) == "given.sqlite"
    context.db.dispose()
