"""The packaging files that need no bundle: the Linux menu entry and icons, install.sh and
uninstall.sh (on a stand-in program), the Windows installer's Vietnamese texts, and the clear
error of a database whose driver is missing (the Linux bundle has no PostgreSQL driver)."""
from __future__ import annotations

import configparser
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def test_menu_entry_names_the_app_in_vietnamese_and_english():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "linux" / "duty-roster.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"] == "duty-roster" and section["Icon"] == "duty-roster"
    assert section["Name"] == "Duty Roster" and section["Name[vi]"] == "Xếp lịch tình nguyện"
    assert section["Comment[vi]"] and section["Terminal"] == "false"


def test_icon_sizes_are_what_their_names_say(qapp):
    from PySide6.QtGui import QImage

    pngs = sorted((PACKAGING / "icons").glob("duty-roster-*.png"))
    assert {int(p.stem.rsplit("-", 1)[1]) for p in pngs} >= {16, 32, 48, 64, 128, 256, 512}
    for png in pngs:
        side = int(png.stem.rsplit("-", 1)[1])
        assert QImage(str(png)).size().toTuple() == (side, side), png.name
    ico = (PACKAGING / "icons" / "duty-roster.ico").read_bytes()
    assert ico[:4] == b"\0\0\1\0" and int.from_bytes(ico[4:6], "little") == 7


def test_install_and_uninstall_for_the_current_user(tmp_path):
    folder = tmp_path / "duty-roster"
    (folder / "share" / "icons").mkdir(parents=True)
    program = folder / "duty-roster"
    program.write_text("#!/bin/sh\necho 'duty-roster 9.8.7'\n")
    program.chmod(0o755)
    for script in ("install.sh", "uninstall.sh"):
        shutil.copy(PACKAGING / "linux" / script, folder / script)
    shutil.copy(PACKAGING / "linux" / "duty-roster.desktop", folder / "share")
    for icon in [*(PACKAGING / "icons").glob("duty-roster-*.png"), PACKAGING / "icons" / "duty-roster.svg"]:
        shutil.copy(icon, folder / "share" / "icons")
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    done = subprocess.run(["sh", str(folder / "install.sh")], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "9.8.7" in done.stdout
    app = home / ".local/lib/duty-roster"
    assert os.readlink(home / ".local/bin/duty-roster") == str(app / "duty-roster")
    menu = (home / ".local/share/applications/duty-roster.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app}/duty-roster"' in menu
    assert (home / ".local/share/icons/hicolor/48x48/apps/duty-roster.png").is_file()
    assert (home / ".local/share/icons/hicolor/scalable/apps/duty-roster.svg").is_file()
    data = home / ".local/share/duty-roster"
    data.mkdir()
    (data / "duty-roster.sqlite").write_bytes(b"rosters")

    done = subprocess.run(["sh", str(app / "uninstall.sh")], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert not app.exists() and not (home / ".local/bin/duty-roster").is_symlink()
    assert not (home / ".local/share/applications/duty-roster.desktop").exists()
    assert not list((home / ".local/share/icons").rglob("duty-roster.*"))
    assert (data / "duty-roster.sqlite").read_bytes() == b"rosters"


def test_install_refuses_a_folder_without_the_program(tmp_path):
    shutil.copy(PACKAGING / "linux" / "install.sh", tmp_path)
    done = subprocess.run(["sh", str(tmp_path / "install.sh")], env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 1 and "run it from the unpacked duty-roster folder" in done.stderr


def test_windows_installer_speaks_vietnamese():
    raw = (PACKAGING / "windows" / "duty-roster.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Inno Setup reads UTF-8 only with the byte-order mark
    text = raw.decode("utf-8-sig")
    languages = [line for line in text.split("[Languages]")[1].split("\n[")[0].splitlines() if line.startswith("Name:")]
    assert languages[0].startswith('Name: "vi"')  # the first language is the default
    vietnamese = dict(line[3:].split("=", 1) for line in text.splitlines() if line.startswith("vi."))
    for key in ("ButtonNext", "ButtonInstall", "WizardReady", "FinishedHeadingLabel", "SelectDirLabel3", "CreateDesktopIcon", "LaunchProgram", "UninstallProgram"):
        assert vietnamese.get(key, "").strip(), key
    assert "{group}" in text and "OutputBaseFilename=duty-roster-{#AppVersion}-windows-x64-setup" in text


def test_a_database_without_its_driver_is_one_clear_error():
    from models.db import DatabaseError, open_database

    pytest.importorskip("sqlalchemy")
    with pytest.raises(DatabaseError) as raised:
        open_database("mysql://clerk:secret@127.0.0.1:9/roster")
    message = str(raised.value)
    assert "driver for 'mysql' is not installed" in message and "secret" not in message
