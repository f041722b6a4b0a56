"""GUI start-up benchmark: wall time from launching `python -m desktop --db FILE` to the main
window shown (the app prints the moment and quits when DUTY_ROSTER_STARTUP_PROBE is set),
with the demo workspace already in the database, and on a first start (empty database: the
demo is imported first). Writes the "GUI start-up" section of benchmarks/RESULTS.md.

Command: .venv/bin/python -m benchmarks.gui_startup [--runs N] [--no-write]
"""
from __future__ import annotations

import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.results import report

HEADING = "## GUI start-up"
TARGET_S = 1.5


def launch(db_path: Path) -> tuple[float, float]:
    """(wall seconds from spawn to exit, seconds the process itself reported) of one start."""
    env = dict(os.environ, DUTY_ROSTER_STARTUP_PROBE="1")
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "desktop", "--db", str(db_path)], env=env,
                          capture_output=True, text=True, timeout=60)
    wall = time.perf_counter() - started
    match = re.search(r"main window shown after ([0-9.]+) s", done.stdout)
    if done.returncode != 0 or match is None:
        raise SystemExit(f"start-up failed ({done.returncode}): {done.stdout}{done.stderr}")
    return wall, float(match.group(1))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.sqlite"
        first = launch(demo)  # empty database: creates it and imports the demo
        rows.append(("first start (empty → demo)", *first))
        launch(demo)  # warm the file cache like a second start of the day
        for run in range(args.runs):
            rows.append((f"demo database, run {run + 1}", *launch(demo)))
    warm = [wall for name, wall, _ in rows[1:]]
    lines = [
        HEADING, "",
        "Wall time from launching `python -m desktop --db FILE` to the main window shown (measured from",
        "outside: process spawn to exit; the app quits right after the window's first event-loop turn",
        "when `DUTY_ROSTER_STARTUP_PROBE` is set), offscreen platform unless a display is present.",
        "\"in-process\" is the time the app reports from the import of `desktop.app`.", "",
        "Command: `.venv/bin/python -m benchmarks.gui_startup`", "",
        f"Machine: {os.cpu_count()} cores (shared with other work), Python {platform.python_version()}, "
        f"display: {'X ' + os.environ['DISPLAY'] if os.environ.get('DISPLAY') else 'offscreen'}.", "",
        "| start | wall (spawn → window shown → exit) | in-process |", "|---|---|---|",
        *[f"| {name} | {wall:.2f} s | {inner:.2f} s |" for name, wall, inner in rows], "",
        f"Median with the demo database: {statistics.median(warm):.2f} s (target < {TARGET_S} s: "
        f"{'met' if statistics.median(warm) < TARGET_S else 'NOT met'}).", "",
    ]
    report(HEADING, lines, write=not args.no_write)
    return 0


if __name__ == "__main__":
    sys.exit(main())
