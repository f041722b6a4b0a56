"""Smoke test of the standalone bundle (built by `.ci/package`, run by `.ci/package --check`).

Every command runs from a fresh folder with nothing but `PATH=/usr/bin:/bin` and a fresh
HOME, once from the bundle and once from the source tree with this interpreter; the two must
give the same results. DUTY_ROSTER_BUNDLE names the bundle's program (`.ci/package --check`
sets it); without it these tests are skipped, so a bundle left in dist/ from older sources is
never compared with newer ones by the ordinary test run."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop.version import app_version

pytestmark = pytest.mark.package

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("DUTY_ROSTER_BUNDLE", "")) if os.environ.get("DUTY_ROSTER_BUNDLE") else None
FIRST, LAST = "2026-12-01", "2026-12-07"
MAX_BUNDLE_MB = 250


@dataclass
class Run:
    """One side's results: each command's (exit code, stdout, stderr) and its working folder."""
    folder: Path
    results: dict[str, subprocess.CompletedProcess] = field(default_factory=dict)


def run_all(command: list[str], folder: Path, extra_env: dict[str, str]) -> Run:
    folder.mkdir()
    (folder / "home").mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(folder / "home"), **extra_env}
    run = Run(folder)
    steps = {
        "version": ["--version"],
        "demo": ["demo", "--db", "roster.sqlite"],
        "solve": ["solve", "--from", FIRST, "--to", LAST, "--seed", "1", "--workers", "1", "--time-limit", "60",
                  "--json", "--db", "roster.sqlite"],
        "check": ["check", "--db", "roster.sqlite"],
        "board-solve": ["board-solve", "--from", "2026-12-08", "--to", "2026-12-09", "--db", "roster.sqlite"],
        "export": ["export-json", "-o", "workspace.json", "--db", "roster.sqlite"],
        "import": ["import", "workspace.json", "--db", "copy.sqlite"],
        "re-export": ["export-json", "-o", "copy.json", "--db", "copy.sqlite"],
        "pdf": ["pdf", "center", "--from", FIRST, "--to", LAST, "-o", "center.pdf", "--db", "roster.sqlite"],
        "ics": ["ics", "--from", FIRST, "--to", LAST, "-o", "ics", "--db", "roster.sqlite"],
        "xlsx": ["xlsx", "--from", FIRST, "--to", LAST, "-o", "roster.xlsx", "--db", "roster.sqlite"],
        "screenshots": ["screenshots", "-o", "shots", "--db", "roster.sqlite"],
        "postgres": ["check", "--db", "postgresql://nobody@127.0.0.1:9/none"],
    }
    for name, args in steps.items():
        run.results[name] = subprocess.run([*command, *args], cwd=folder, env=env, capture_output=True,
                                           text=True, timeout=300)
    return run


def bundle_or_skip() -> None:
    if BUNDLE is None:
        pytest.skip("no bundle named: bash .ci/package --check builds one and runs these tests on it")
    if not BUNDLE.is_file():
        pytest.fail(f"DUTY_ROSTER_BUNDLE names {BUNDLE}, which does not exist")


@pytest.fixture(scope="module")
def runs(tmp_path_factory) -> dict[str, Run]:
    bundle_or_skip()
    base = tmp_path_factory.mktemp("bundle-vs-venv")
    return {
        "bundle": run_all([str(BUNDLE)], base / "bundle", {}),
        "venv": run_all([sys.executable, "-m", "desktop"], base / "venv", {"PYTHONPATH": str(ROOT)}),
    }


def test_every_command_succeeds_from_the_bundle(runs):
    failed = {name: f"exit {done.returncode}: {done.stderr.strip()[-400:]}"
              for name, done in runs["bundle"].results.items() if done.returncode != 0 and name != "postgres"}
    assert failed == {}
    assert "Traceback" not in "".join(done.stderr for done in runs["bundle"].results.values())


def test_version_is_the_one_of_setup_cfg(runs):
    assert runs["bundle"].results["version"].stdout.strip() == f"duty-roster {app_version()}"
    assert runs["venv"].results["version"].stdout == runs["bundle"].results["version"].stdout


def test_solve_and_check_give_the_venvs_roster(runs):
    def roster(side):
        result = json.loads(runs[side].results["solve"].stdout)
        return {key: value for key, value in result.items() if "time" not in key and "wall" not in key}

    assert roster("bundle") == roster("venv")
    assert runs["bundle"].results["check"].stdout == runs["venv"].results["check"].stdout


def test_board_solves_in_a_child_process_started_through_the_bundle(runs):
    bundle, venv = runs["bundle"].results["board-solve"], runs["venv"].results["board-solve"]
    assert bundle.stdout.startswith("status optimal")
    assert bundle.stdout == venv.stdout


def test_workspace_files_are_the_same_and_round_trip(runs):
    bundle, venv = runs["bundle"].folder, runs["venv"].folder
    exported = json.loads((bundle / "workspace.json").read_text(encoding="utf-8"))
    assert exported == json.loads((venv / "workspace.json").read_text(encoding="utf-8"))
    assert exported["assignments"]
    assert json.loads((bundle / "copy.json").read_text(encoding="utf-8")) == exported


def test_pdf_has_the_venvs_text(runs):
    from pypdf import PdfReader

    def text(side):
        return [page.extract_text() for page in PdfReader(runs[side].folder / "center.pdf").pages]

    assert text("bundle") == text("venv")
    assert any("Nguyễn" in page or "Trần" in page for page in text("bundle"))  # Vietnamese names, not boxes


def test_calendars_and_workbook_are_the_venvs(runs):
    import openpyxl

    def calendars(side):
        folder = runs[side].folder / "ics"
        return {path.name: [line for line in path.read_text(encoding="utf-8").splitlines()
                            if not line.startswith("DTSTAMP")] for path in folder.glob("*.ics")}

    def workbook(side):
        book = openpyxl.load_workbook(runs[side].folder / "roster.xlsx")
        return {sheet.title: [[cell.value for cell in row] for row in sheet.iter_rows()] for sheet in book}

    assert calendars("bundle") and calendars("bundle") == calendars("venv")
    assert workbook("bundle") == workbook("venv")


def test_screenshots_render_every_screen(runs):
    from PySide6.QtGui import QImage

    def shots(side):
        return {path.name: QImage(str(path)).size().toTuple() for path in (runs[side].folder / "shots").glob("*.png")}

    assert shots("bundle") and shots("bundle") == shots("venv")


def test_a_postgresql_url_gives_one_clear_line(runs):
    done = runs["bundle"].results["postgres"]
    assert done.returncode not in (0, 70)
    assert done.stderr.startswith("duty-roster: error: the database driver for 'postgresql' is not installed")
    assert done.stderr.count("\n") == 1


def test_bundle_is_small_and_leaves_out_what_it_does_not_use():
    bundle_or_skip()
    folder = BUNDLE.parent
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    on_disk_mib = sum(path.lstat().st_blocks * 512 for path in folder.rglob("*")) / 2**20  # as `du -s` counts
    assert on_disk_mib <= MAX_BUNDLE_MB
    names = {path.name for path in files}
    assert not [name for name in names if any(part in name for part in ("WebEngine", "Quick", "Qml", "3DCore"))]
    internal = folder / "_internal"
    assert {p.name for p in (internal / "PySide6/Qt/translations").glob("*.qm")} <= {"qtbase_vi.qm", "qtbase_en.qm"}
    assert {"libqxcb.so", "libqoffscreen.so"} <= {p.name for p in (internal / "PySide6/Qt/plugins/platforms").iterdir()}
    assert {"duty_roster_vi.qm", "duty_roster_en.qm"} <= {p.name for p in (internal / "desktop/translations").iterdir()}
    assert list((internal / "models/migrations/versions").glob("*.py"))
    assert list((internal / "exports/fonts").glob("*.ttf"))
    assert not [path for path in files if "/tests/" in str(path.relative_to(folder))]


def test_archive_installs_for_the_current_user_and_uninstalls(tmp_path):
    archive = os.environ.get("DUTY_ROSTER_BUNDLE_ARCHIVE")
    if not archive:
        pytest.skip("no archive named (DUTY_ROSTER_BUNDLE_ARCHIVE, set by .ci/package --check)")
    assert Path(archive).name == f"duty-roster-{app_version()}-linux-x86_64.tar.gz"
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    unpacked = tmp_path / "unpacked" / "duty-roster"
    done = subprocess.run(["sh", str(unpacked / "install.sh")], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    entry = home / ".local/share/applications/duty-roster.desktop"
    text = entry.read_text(encoding="utf-8")
    assert "Name[vi]=Xếp lịch tình nguyện" in text and f'Exec="{home}/.local/lib/duty-roster/duty-roster"' in text
    assert (home / ".local/share/icons/hicolor/256x256/apps/duty-roster.png").is_file()
    installed = subprocess.run([str(home / ".local/bin/duty-roster"), "--version"], env=env, capture_output=True,
                               text=True, timeout=60)
    assert installed.stdout.strip() == f"duty-roster {app_version()}"
    (home / ".local/share/duty-roster").mkdir(parents=True, exist_ok=True)
    (home / ".local/share/duty-roster/duty-roster.sqlite").write_bytes(b"rosters")
    done = subprocess.run(["sh", str(home / ".local/lib/duty-roster/uninstall.sh")], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert not entry.exists() and not (home / ".local/bin/duty-roster").exists()
    assert not (home / ".local/lib/duty-roster").exists()
    assert (home / ".local/share/duty-roster/duty-roster.sqlite").read_bytes() == b"rosters"  # data kept
