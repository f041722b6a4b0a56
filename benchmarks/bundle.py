"""Standalone bundle benchmark: its size on disk and compressed, and the start-up to the main
window from the bundle against the virtual environment, measured in one run and interleaved
(bundle, venv, bundle, ...) so both meet the same load. A cold start first evicts the files
each side reads (the bundle's folder; the venv, the standard library and our sources) from
the page cache with posix_fadvise, so it reads them from disk as after a reboot; a warm start
follows right after. Writes the "Standalone bundle" section of benchmarks/RESULTS.md.

Command: bash .ci/package && .venv/bin/python -m benchmarks.bundle [--runs N] [--no-write]
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

from benchmarks.results import report

ROOT = Path(__file__).resolve().parent.parent
HEADING = "## Standalone bundle"
BUNDLE = ROOT / "dist" / "duty-roster"


def evict(folders: list[Path]) -> None:
    """Drop these folders' files from the page cache (clean pages only; nothing is written)."""
    for folder in folders:
        for path in [folder] if folder.is_file() else folder.rglob("*"):
            if path.is_file() and not path.is_symlink():
                try:
                    fd = os.open(path, os.O_RDONLY)
                except OSError:
                    continue
                try:
                    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
                finally:
                    os.close(fd)


def start(command: list[str], db: Path, env_extra: dict[str, str]) -> float:
    """Seconds from spawn to exit of one start that quits once the main window is shown."""
    with tempfile.TemporaryDirectory() as home:
        env = {"PATH": "/usr/bin:/bin", "HOME": home, "DUTY_ROSTER_STARTUP_PROBE": "1", **env_extra}
        started = time.perf_counter()
        done = subprocess.run([*command, "--db", str(db)], env=env, capture_output=True, text=True, timeout=120)
        wall = time.perf_counter() - started
    if done.returncode != 0 or "main window shown" not in done.stdout:
        raise SystemExit(f"start-up failed ({done.returncode}): {done.stdout}{done.stderr}")
    return wall


def disk_size(folder: Path) -> int:
    """Bytes the folder takes on disk (allocated blocks, as `du` counts them)."""
    return sum(p.lstat().st_blocks * 512 for p in folder.rglob("*")) + folder.lstat().st_blocks * 512


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    program = BUNDLE / "duty-roster"
    archives = sorted(ROOT.glob("dist/duty-roster-*-linux-x86_64.tar.gz"))
    if not program.is_file() or not archives:
        raise SystemExit("no bundle: build it first with bash .ci/package")
    sides = {
        "bundle": ([str(program)], {}, [BUNDLE]),
        "venv": ([sys.executable, "-m", "desktop"], {"PYTHONPATH": str(ROOT)},
                 [Path(sys.prefix), Path(sysconfig.get_paths()["stdlib"]), Path(sysconfig.get_config_var("LIBDIR")),
                  *(ROOT / name for name in ("desktop", "models", "exports", "scheduler"))]),
    }
    times: dict[tuple[str, str], list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.sqlite"
        subprocess.run([str(program), "demo", "--db", str(db)], check=True, capture_output=True,
                       env={"PATH": "/usr/bin:/bin", "HOME": folder})
        for _ in range(args.runs):
            for name, (command, env_extra, files) in sides.items():
                evict(files)
                times.setdefault((name, "cold"), []).append(start(command, db, env_extra))
                times.setdefault((name, "warm"), []).append(start(command, db, env_extra))
    median = {key: statistics.median(values) for key, values in times.items()}
    size_mib = disk_size(BUNDLE) / 2**20
    archive = archives[-1]
    lines = [
        HEADING, "",
        "The one-folder app built by `bash .ci/package` (PyInstaller, Linux x86-64), and the start-up",
        "to the main window (spawn → window shown → exit, `DUTY_ROSTER_STARTUP_PROBE`, offscreen, demo",
        "database, fresh HOME) from the bundle and from the venv (`python -m desktop`), interleaved in",
        f"one run, {args.runs} starts each. Cold: the side's files evicted from the page cache first",
        "(posix_fadvise DONTNEED on the bundle folder; on the venv, the standard library, libpython and",
        "our sources); warm: the start right after.", "",
        "Command: `bash .ci/package && .venv/bin/python -m benchmarks.bundle`", "",
        f"Machine: {os.cpu_count()} cores (shared with other work, so single starts vary), "
        f"Python {platform.python_version()}.", "",
        "| | bundle | venv | bundle / venv |", "|---|---|---|---|",
        *[f"| {kind} start, median | {median[('bundle', kind)]:.2f} s | {median[('venv', kind)]:.2f} s | "
          f"{median[('bundle', kind)] / median[('venv', kind)]:.2f}× |" for kind in ("cold", "warm")],
        "", f"Every start (s): " + "; ".join(f"{name} {kind}: " + ", ".join(f"{v:.2f}" for v in values)
                                           for (name, kind), values in times.items()), "",
        f"Size: `dist/duty-roster/` {size_mib:.0f} MiB on disk ({disk_size(BUNDLE) / 1e6:.0f} MB; limit 250), "
        f"{sum(p.stat().st_size for p in BUNDLE.rglob('*') if p.is_file() and not p.is_symlink()) / 1e6:.0f} MB "
        f"of file contents; `{archive.name}` {archive.stat().st_size / 2**20:.0f} MiB "
        f"({archive.stat().st_size / 1e6:.0f} MB).",
        f"Start-up from the bundle within 1.5× the venv's: "
        f"{'met' if median[('bundle', 'cold')] <= 1.5 * median[('venv', 'cold')] and median[('bundle', 'warm')] <= 1.5 * median[('venv', 'warm')] else 'NOT met'}.", "",
    ]
    report(HEADING, lines, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
