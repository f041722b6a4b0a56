"""Province-scale PDF benchmark: every volunteer's personal schedule for a month as one PDF.

Scale from PRODUCT.md (Quảng Ninh): 825 volunteers in 55 teams serving the provincial center
and 54 commune/ward desks with Saturday outreach: `models.demo.province_workspace` rostered
for November by the engine's greedy start. The time covers converting the workspace
(models.print_data) and rendering (exports); the memory is the process's peak RSS.

    python -m benchmarks.pdf_export [--volunteers 825] [--seed 7] [-o schedules.pdf]
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import time

MONTH = (dt.date(2026, 11, 1), dt.date(2026, 11, 30))


def province_with_roster(volunteers: int = 825, seed: int = 7) -> dict:
    """The province demo of `models.demo` with November rostered by the engine's greedy start
    (every coverable minimum, in half a second): realistic duties to print."""
    from models.bridge import problem_from_workspace
    from models.demo import province_workspace
    from scheduler.index import ProblemIndex
    from scheduler.warmstart import greedy_roster

    workspace = province_workspace(seed=seed, volunteers_total=volunteers)
    problem = problem_from_workspace(workspace, *MONTH)
    shifts = {s.id: s for s in problem.shifts}
    workspace["assignments"] = [
        {"volunteer": a.volunteer, "event": a.event, "locked": False} if a.event else
        {"volunteer": a.volunteer, "center": shifts[a.shift].center, "post": shifts[a.shift].post,
         "date": shifts[a.shift].date.isoformat(), "shift": shifts[a.shift].template, "locked": False}
        for a in greedy_roster(ProblemIndex(problem))]
    return workspace


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--volunteers", type=int, default=825)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", default=None, help="keep the PDF here (default: discard)")
    args = parser.parse_args(argv)

    import exports
    from models import print_data

    workspace = province_with_roster(args.volunteers, args.seed)
    started = time.perf_counter()
    schedules = print_data.personal_schedules(workspace, *MONTH)
    converted = time.perf_counter()
    pdf = exports.render_personal_schedules(schedules)
    finished = time.perf_counter()
    if args.output:
        with open(args.output, "wb") as handle:
            handle.write(pdf)
    from pypdf import PdfReader
    import io

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "volunteers": len(schedules), "duties": sum(len(s.duties) for s in schedules), "pages": pages,
        "convert_s": round(converted - started, 2), "render_s": round(finished - converted, 2),
        "total_s": round(finished - started, 2), "pdf_mb": round(len(pdf) / 2**20, 2),
        "peak_rss_mb": round(peak_mb, 1), "cpus": os.cpu_count(), "python": platform.python_version(),
    }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
