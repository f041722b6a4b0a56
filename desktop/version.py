"""The one version number of Duty Roster: `version` in setup.cfg.

A source checkout reads setup.cfg beside the packages (so a changed number shows at once); an
installed copy or the standalone bundle reads the installed package's metadata, which the
build takes from the same setup.cfg."""
from __future__ import annotations

import configparser
from functools import cache
from pathlib import Path

SETUP_CFG = Path(__file__).resolve().parent.parent / "setup.cfg"  # the bundle carries it too


@cache
def app_version() -> str:
    if SETUP_CFG.is_file():
        config = configparser.ConfigParser(interpolation=None)
        config.read(SETUP_CFG, encoding="utf-8")
        if config.has_option("metadata", "version"):
            return config.get("metadata", "version")
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("duty-roster")
    except PackageNotFoundError:
        return "unknown"
