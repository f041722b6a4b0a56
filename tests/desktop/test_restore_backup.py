"""File ▸ Restore a backup: the list of backups, a confirmation, the restore off the GUI thread
and the database shown again afterwards; foreign and locked databases in Vietnamese."""
from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox

from models import backups, repository
from models.db import sqlite_path


def restore_action(window):
    return next(a for a in window.file_actions if a.text() == "&Khôi phục bản sao lưu…")


def rename_first_volunteer(db, name: str) -> None:
    connection = sqlite3.connect(sqlite_path(db.url))
    connection.execute("UPDATE volunteer SET name = ?, version = version + 1", (name,))
    connection.commit()
    connection.close()


def test_restore_a_backup_through_the_file_menu(qtbot, window, context):
    from desktop.views.backup_dialog import RestoreBackupDialog

    database = sqlite_path(context.db.url)
    original = [v.name for v in repository.list_volunteers(context.db)]
    backups.make_backup(database)
    rename_first_volunteer(context.db, "Người Đổi Tên")
    restore_action(window).trigger()
    dialog = window.findChild(RestoreBackupDialog)
    assert dialog.table.rowCount() == 1 and dialog.restore_button.isEnabled()
    assert dialog.table.item(0, 1).text().endswith("KB")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    confirm = window.findChild(QMessageBox, "confirmRestore")
    assert "Thay toàn bộ dữ liệu" in confirm.text()
    qtbot.mouseClick(confirm.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(window, "restored_backup", None) is not None, timeout=10000)
    assert [v.name for v in repository.list_volunteers(context.db)] == original
    assert window.statusBar().currentMessage().startswith("Đã khôi phục bản sao lưu")
    assert len(backups.list_backups(database)) == 2  # the state before the restore was kept
    assert all(action.isEnabled() for action in window.file_actions)


def test_cancelling_the_confirmation_changes_nothing(qtbot, window, context):
    from desktop.views.backup_dialog import RestoreBackupDialog

    backups.make_backup(sqlite_path(context.db.url))
    rename_first_volunteer(context.db, "Người Đổi Tên")
    restore_action(window).trigger()
    dialog = window.findChild(RestoreBackupDialog)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    confirm = window.findChild(QMessageBox, "confirmRestore")
    qtbot.mouseClick(confirm.button(QMessageBox.StandardButton.No), Qt.MouseButton.LeftButton)
    assert [v.name for v in repository.list_volunteers(context.db)] == ["Người Đổi Tên"]
    assert len(backups.list_backups(sqlite_path(context.db.url))) == 1


def test_no_backup_yet_says_so_and_cannot_restore(qtbot, window, context):
    from desktop.views.backup_dialog import RestoreBackupDialog

    restore_action(window).trigger()
    dialog = window.findChild(RestoreBackupDialog)
    assert dialog.table.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert dialog.findChild(QLabel, "backupHeading").text().startswith("Chưa có bản sao lưu nào")


def test_opening_a_foreign_file_is_refused_in_vietnamese(qtbot, window, context, tmp_path):
    theirs = tmp_path / "photos.db"
    connection = sqlite3.connect(theirs)
    connection.execute("CREATE TABLE photos (name TEXT)")
    connection.commit()
    connection.close()
    before = theirs.read_bytes()
    window.ask_path = lambda kind: str(theirs)
    window.file_actions[0].trigger()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "fileFailure") is not None, timeout=5000)
    text = window.findChild(QMessageBox, "fileFailure").text()
    assert text == f"{theirs} không phải là cơ sở dữ liệu của Lịch trực. Tệp được giữ nguyên."
    assert theirs.read_bytes() == before


def test_a_locked_database_is_said_to_be_open_elsewhere(qapp):
    from desktop import i18n
    from desktop.database_messages import database_message
    from models.db import DatabaseLocked

    i18n.install("vi")
    assert "đang được mở ở nơi khác" in database_message(DatabaseLocked("/tmp/roster.sqlite"))
