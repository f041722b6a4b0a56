"""The one version number (setup.cfg) in `duty-roster --version` and in Help ▸ About, with the
open database and the data folder."""
from __future__ import annotations

import configparser
import subprocess
import sys
from pathlib import Path

from desktop.version import app_version
from models.db import default_path

ROOT = Path(__file__).resolve().parents[2]


def setup_cfg_version() -> str:
    config = configparser.ConfigParser(interpolation=None)
    config.read(ROOT / "setup.cfg", encoding="utf-8")
    return config.get("metadata", "version")


def test_version_option_prints_the_setup_cfg_version():
    done = subprocess.run([sys.executable, "-m", "desktop", "--version"], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0
    assert done.stdout.strip() == f"duty-roster {setup_cfg_version()}"
    assert app_version() == setup_cfg_version()


def test_about_box_names_version_database_and_data_folder(window, context):
    text = window.about_text()
    assert setup_cfg_version() in text
    assert context.db.display_name in text
    assert str(default_path().parent) in text
    assert "Phiên bản" in text  # the interface is Vietnamese


def test_windows_carry_the_application_icon(qapp, window):
    from desktop.app import APP_ICON, create_application

    assert APP_ICON.is_file()
    create_application()
    assert not qapp.windowIcon().isNull()
    assert qapp.windowIcon().availableSizes()
