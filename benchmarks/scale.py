"""A workspace at the scale of a large province: `python -m benchmarks.scale [--volunteers N]
[--centers N] [--time-limit S]`.

The workspace is `models.demo.province_workspace` scaled up (seed 11): the provincial HCC with
25 volunteers and `centers - 1` commune points open 08:00–21:00 daily (two shifts, teams of
five), the other volunteers shared among them, one Saturday outreach event per center in the
month, leave, weekly patterns and preferences as PRODUCT.md describes them. Each step runs
as its own child process through the command line, so its wall time and peak memory (the
child's maximum RSS) are those a coordinator sees:

1. `import` of the workspace file into an empty SQLite database;
2. `solve` of one week (all centers) with the given time limit;
3. `export-json` of the whole workspace (the new roster included);
4. `check` of that week;
5. `import --merge` of that export back (changes nothing, reads and compares everything).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WEEK = ("2026-11-09", "2026-11-15")  # Monday to Sunday, no public holiday


def workspace(volunteers: int, centers: int) -> dict:
    from models.demo import province_workspace

    return province_workspace(seed=11, start=dt.date(2026, 11, 1), communes=centers - 1,
                              volunteers_total=volunteers)


def run_step(args: list[str]) -> dict:
    """One command line in a child process: exit code, wall time, peak RSS, last stderr line."""
    started = time.perf_counter()
    child = subprocess.run([sys.executable, "-m", "benchmarks.scale", "--child", *args],
                           capture_output=True, text=True, env={**os.environ, "PYTHONPATH": os.getcwd()})
    wall = time.perf_counter() - started
    stats = json.loads(child.stdout.strip().splitlines()[-1]) if child.stdout.strip() else {}
    message = (child.stderr.strip().splitlines() or [""])[-1]
    return {"command": " ".join(args[2:] if args[:1] == ["--db"] else args), "exit": child.returncode,
            "wall_s": round(wall, 2), "peak_rss_mb": stats.get("peak_rss_mb"), "said": stats.get("said", ""),
            "stderr_last_line": message[:200]}


def child_main(argv: list[str]) -> int:
    """Runs the command line in this process and prints its peak RSS as the last stdout line."""
    import contextlib
    import io

    from desktop.cli import run

    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        code = run(argv)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    said = [line for line in output.getvalue().splitlines() if line.strip()]
    print(json.dumps({"peak_rss_mb": round(peak), "said": said[-1][:300] if said else ""}, ensure_ascii=False))
    return code


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return child_main(argv[1:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--volunteers", type=int, default=5000)
    parser.add_argument("--centers", type=int, default=300)
    parser.add_argument("--time-limit", type=float, default=60.0, help="seconds for the one-week solve")
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        started = time.perf_counter()
        doc = workspace(options.volunteers, options.centers)
        source = folder / "scale.json"
        source.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
        generated = time.perf_counter() - started
        file_mb = round(source.stat().st_size / 2**20, 1)
        db = ["--db", str(folder / "scale.sqlite")]
        week = ["--from", WEEK[0], "--to", WEEK[1]]
        steps = [
            run_step(db + ["import", str(source)]),
            run_step(db + ["solve", *week, "--time-limit", str(options.time_limit)]),
            run_step(db + ["export-json", "-o", str(folder / "export.json")]),
            run_step(db + ["check", *week]),
            run_step(db + ["import", "--merge", str(folder / "export.json")]),
        ]
        exported = json.loads((folder / "export.json").read_text(encoding="utf-8")) if steps[2]["exit"] == 0 else {}
    summary = {
        "machine": f"{os.cpu_count()} cores, {platform.processor() or platform.machine()}, Python {platform.python_version()}",
        "load_average": os.getloadavg(),
        "volunteers": len(doc["volunteers"]), "centers": len(doc["centers"]), "events": len(doc["events"]),
        "file_mb": file_mb,
        "generate_s": round(generated, 2),
        "assignments_after_solve": len(exported.get("assignments", [])),
        "steps": steps,
    }
    print(json.dumps(summary, ensure_ascii=False, indent=2))
    return 0 if all(step["exit"] in (0, 1) for step in steps) else 1


if __name__ == "__main__":
    sys.exit(main())
