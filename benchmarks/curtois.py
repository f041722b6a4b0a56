"""The Curtois–Qu shift scheduling benchmark (Instance1..24) solved with the product's engine.

    python -m benchmarks.curtois INSTANCE.txt --time-limit 60 --out SOL.json [--workers N]
    python -m benchmarks.curtois --all [--first 1 --last 12] [--time-limit 60] [--write-results]

An instance is parsed strictly (`parse`; a malformed file raises `InstanceError` naming the
line, exit status 2), translated into a `scheduler.Problem` (`to_problem`: one center and
post, the shift types as templates, day 0 a Monday, horizon-wide windows for minutes and
weekends, cover targets priced 100/1, every product weight that is not part of the benchmark
set to 0) and solved by `scheduler.solve` — no separate model. `evaluate` recomputes the
benchmark's penalty and hard violations from a written roster without the engine; every
objective this module reports is the evaluator's, checked against the engine's own.
Format and rules: benchmarks/curtois_instances/SOURCE.md (a copy of ../shared/benchmarks/curtois/).
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import re
import sys
import time
from pathlib import Path

from scheduler import (CountWindow, Demand, Leave, Problem, Rules, Shift, ShiftRequest, Solution, Volunteer,
                       Weights, solve)

INSTANCE_DIR = Path(__file__).resolve().parent / "curtois_instances"  # copied from ../shared, byte-exact
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"
DAY0 = dt.date(2024, 1, 1)  # a Monday: day 0 of every instance is a Monday
CENTER, POST = "WARD", "WARD"
# (lower bound, best-known solution) from SOURCE.md, source [J].
BEST_KNOWN = {
    1: (607, 607), 2: (828, 828), 3: (1001, 1001), 4: (1716, 1716), 5: (1143, 1143), 6: (1950, 1950),
    7: (1056, 1056), 8: (1300, 1300), 9: (439, 439), 10: (4631, 4631), 11: (3443, 3443), 12: (4040, 4040),
    13: (1348, 1348), 14: (1278, 1278), 15: (3829, 3831), 16: (3225, 3225), 17: (5746, 5746),
    18: (4459, 4459), 19: (3149, 3149), 20: (4769, 4769), 21: (21133, 21133), 22: (30240, 30244),
    23: (16990, 17428), 24: (26571, 42463),
}
SECTIONS = ("SECTION_HORIZON", "SECTION_SHIFTS", "SECTION_STAFF", "SECTION_DAYS_OFF",
            "SECTION_SHIFT_ON_REQUESTS", "SECTION_SHIFT_OFF_REQUESTS", "SECTION_COVER")
RESULTS_HEADING = "## Curtois–Qu benchmark"


# --- the instance -----------------------------------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class ShiftType:
    id: str
    minutes: int
    cannot_follow: tuple[str, ...]  # shift types that may not be worked the day after this one


@dataclasses.dataclass(frozen=True)
class Employee:
    id: str
    max_shifts: dict[str, int]
    max_minutes: int
    min_minutes: int
    max_consecutive: int
    min_consecutive: int
    min_days_off: int
    max_weekends: int


@dataclasses.dataclass(frozen=True)
class Request:
    employee: str
    day: int
    shift: str
    weight: int


@dataclasses.dataclass(frozen=True)
class Cover:
    requirement: int
    under: int
    over: int


@dataclasses.dataclass(frozen=True)
class Instance:
    name: str
    horizon: int
    shifts: dict[str, ShiftType]
    staff: dict[str, Employee]
    days_off: dict[str, frozenset[int]]
    on_requests: tuple[Request, ...]
    off_requests: tuple[Request, ...]
    cover: dict[tuple[int, str], Cover]


class InstanceError(ValueError):
    """A malformed instance file: the message names the file and the line."""

    def __init__(self, path: str, line: int, message: str):
        super().__init__(f"{path}:{line}: {message}")
        self.line = line


class _Parser:
    """Reads one instance file section by section; knows the current line for its errors and,
    once read, the horizon, shift types and staff that later sections refer to."""

    def __init__(self, path: str):
        self.path = path
        self.line = 0
        self.horizon = 0
        self.shifts: dict[str, ShiftType] = {}
        self.staff: dict[str, Employee] = {}

    def fail(self, message: str):
        raise InstanceError(self.path, self.line, message)

    def int(self, text: str, what: str, minimum: int = 0) -> int:
        text = text.strip()
        if not re.fullmatch(r"-?\d+", text):
            self.fail(f"{what} must be an integer, got {text!r}")
        value = int(text)
        if value < minimum:
            self.fail(f"{what} must be at least {minimum}, got {value}")
        return value

    def fields(self, text: str, count: int, what: str) -> list[str]:
        parts = [p.strip() for p in text.split(",")]
        if len(parts) != count:
            self.fail(f"{what}: expected {count} comma-separated fields, got {len(parts)}")
        return parts

    def shift_ref(self, ident: str) -> str:
        if ident not in self.shifts:
            self.fail(f"unknown shift {ident!r}")
        return ident

    def day_ref(self, text: str) -> int:
        day = self.int(text, "day index")
        if day >= self.horizon:
            self.fail(f"day {day} is outside the horizon 0..{self.horizon - 1}")
        return day

    def staff_ref(self, ident: str) -> str:
        if ident not in self.staff:
            self.fail(f"unknown employee {ident!r}")
        return ident


Lines = dict[str, list[tuple[int, str]]]  # section header -> (line number, text) of its data lines


def parse(path: str | os.PathLike, text: str | None = None) -> Instance:
    """Read an instance file (CRLF or LF); raise `InstanceError` with the line number on any fault."""
    path = str(path)
    if text is None:
        text = _read_text(path)
    p = _Parser(path)
    lines = _sections(p, text)
    p.horizon = _horizon(p, lines["SECTION_HORIZON"])
    p.shifts = _shift_types(p, lines["SECTION_SHIFTS"])
    p.staff = _staff(p, lines["SECTION_STAFF"])
    days_off: dict[str, set[int]] = {}
    for number, line in lines["SECTION_DAYS_OFF"]:
        p.line = number
        parts = [x.strip() for x in line.split(",")]
        if len(parts) < 2:
            p.fail("days-off line needs an employee ID and at least one day")
        days_off.setdefault(p.staff_ref(parts[0]), set()).update(p.day_ref(x) for x in parts[1:])
    cover = _cover(p, lines["SECTION_COVER"])
    return Instance(Path(path).stem, p.horizon, p.shifts, p.staff, {k: frozenset(v) for k, v in days_off.items()},
                    _requests(p, lines["SECTION_SHIFT_ON_REQUESTS"]), _requests(p, lines["SECTION_SHIFT_OFF_REQUESTS"]),
                    cover)


def _read_text(path: str) -> str:
    """The file's text; a file that is not UTF-8 is refused with the line of its first bad byte."""
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InstanceError(path, line, f"not UTF-8 text (byte 0x{data[error.start]:02x} at offset "
                                        f"{error.start}); an instance file is plain text") from None


def _sections(p: _Parser, text: str) -> Lines:
    """The data lines of each section, without blank lines and comments; every section present once."""
    lines: Lines = {}
    section = None
    for number, raw in enumerate(text.splitlines(), start=1):
        p.line = number
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("SECTION_"):
            if line not in SECTIONS:
                p.fail(f"unknown section {line!r}")
            if line in lines:
                p.fail(f"section {line} appears twice")
            section = line
            lines[section] = []
            continue
        if section is None:
            p.fail("data before the first SECTION_ header")
        lines[section].append((number, line))
    p.line = max(1, len(text.splitlines()))  # an empty file's first line
    if not lines:
        p.fail(f"no SECTION_ header: an instance file starts with {SECTIONS[0]}" + ("" if text.strip() else
                                                                                   " (the file is empty)"))
    for name in SECTIONS:
        if name not in lines:
            p.fail(f"missing section {name}")
    return lines


def _horizon(p: _Parser, lines: list[tuple[int, str]]) -> int:
    if len(lines) != 1:
        p.line = lines[1][0] if lines else p.line
        p.fail("SECTION_HORIZON must hold exactly one integer")
    p.line = lines[0][0]
    return p.int(lines[0][1], "horizon", minimum=1)


def _shift_types(p: _Parser, lines: list[tuple[int, str]]) -> dict[str, ShiftType]:
    """The shift types; each one's cannot-follow list names only shift types of the file."""
    shifts: dict[str, ShiftType] = {}
    follow_lines = {}
    for number, line in lines:
        p.line = number
        ident, minutes, follow = p.fields(line, 3, "shift line (ShiftID, length, cannot follow)")
        if not ident:
            p.fail("empty shift ID")
        if ident in shifts:
            p.fail(f"shift {ident!r} defined twice")
        shifts[ident] = ShiftType(ident, p.int(minutes, f"length of shift {ident}", minimum=1),
                                  tuple(s.strip() for s in follow.split("|") if s.strip()))
        follow_lines[ident] = number
    if not shifts:
        p.fail("no shift types")
    for ident, shift in shifts.items():
        p.line = follow_lines[ident]
        for other in shift.cannot_follow:
            if other not in shifts:
                p.fail(f"shift {ident} names unknown shift {other!r} in its cannot-follow list")
    return shifts


def _staff(p: _Parser, lines: list[tuple[int, str]]) -> dict[str, Employee]:
    staff: dict[str, Employee] = {}
    for number, line in lines:
        p.line = number
        parts = p.fields(line, 8, "staff line (ID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, "
                         "MaxConsecutiveShifts, MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends)")
        ident = parts[0]
        if not ident or ident in staff:
            p.fail(f"employee ID {ident!r} is empty or defined twice")
        max_shifts = {}
        for item in parts[1].split("|"):
            if "=" not in item:
                p.fail(f"MaxShifts item {item!r} is not ShiftID=max")
            key, value = item.split("=", 1)
            key = p.shift_ref(key.strip())
            if key in max_shifts:
                p.fail(f"MaxShifts names shift {key} twice")
            max_shifts[key] = p.int(value, f"MaxShifts of {key}")
        staff[ident] = Employee(ident, max_shifts, *(p.int(v, name) for v, name in zip(parts[2:], (
            "MaxTotalMinutes", "MinTotalMinutes", "MaxConsecutiveShifts", "MinConsecutiveShifts",
            "MinConsecutiveDaysOff", "MaxWeekends"))))
        if staff[ident].min_minutes > staff[ident].max_minutes:
            p.fail(f"MinTotalMinutes {staff[ident].min_minutes} is above MaxTotalMinutes {staff[ident].max_minutes}")
    if not staff:
        p.fail("no staff")
    return staff


def _requests(p: _Parser, lines: list[tuple[int, str]]) -> tuple[Request, ...]:
    found = []
    for number, line in lines:
        p.line = number
        emp, day, shift, weight = p.fields(line, 4, "request line (EmployeeID, Day, ShiftID, Weight)")
        found.append(Request(p.staff_ref(emp), p.day_ref(day), p.shift_ref(shift), p.int(weight, "weight")))
    return tuple(found)


def _cover(p: _Parser, lines: list[tuple[int, str]]) -> dict[tuple[int, str], Cover]:
    cover: dict[tuple[int, str], Cover] = {}
    for number, line in lines:
        p.line = number
        day, shift, requirement, under, over = p.fields(
            line, 5, "cover line (Day, ShiftID, Requirement, Weight for under, Weight for over)")
        key = (p.day_ref(day), p.shift_ref(shift))
        if key in cover:
            p.fail(f"cover for day {key[0]} shift {key[1]} given twice")
        cover[key] = Cover(p.int(requirement, "requirement"), p.int(under, "weight for under"),
                           p.int(over, "weight for over"))
    return cover


# --- the independent evaluator ----------------------------------------------------------------------
Roster = dict[str, list[str]]  # employee -> one shift ID or "" per day


def _runs(working: list[bool], value: bool) -> list[tuple[int, int]]:
    """(first day, length) of each maximal run of days equal to `value`."""
    found, start = [], None
    for day, w in enumerate(working + [not value]):
        if w == value and start is None:
            start = day
        elif w != value and start is not None:
            found.append((start, day - start))
            start = None
    return found


def evaluate(instance: Instance, roster: Roster) -> tuple[int, list[str]]:
    """(penalty, hard violations) of a roster under the benchmark's rules, without the engine."""
    hard: list[str] = []
    h = instance.horizon
    if set(roster) != set(instance.staff):
        hard.append(f"roster employees {sorted(roster)} differ from the instance's")
    for emp_id, emp in instance.staff.items():
        days = list(roster.get(emp_id, [""] * h))
        if len(days) != h:
            hard.append(f"{emp_id}: {len(days)} days, expected {h}")
            days = (days + [""] * h)[:h]
        for d, s in enumerate(days):
            if s and s not in instance.shifts:
                hard.append(f"{emp_id} day {d}: unknown shift {s!r}")
                days[d] = ""
        for d in range(h - 1):
            if days[d] and days[d + 1] in instance.shifts[days[d]].cannot_follow:
                hard.append(f"{emp_id} day {d + 1}: {days[d + 1]} may not follow {days[d]}")
        for s, limit in emp.max_shifts.items():
            if days.count(s) > limit:
                hard.append(f"{emp_id}: {days.count(s)} shifts {s} (max {limit})")
        minutes = sum(instance.shifts[s].minutes for s in days if s)
        if not emp.min_minutes <= minutes <= emp.max_minutes:
            hard.append(f"{emp_id}: {minutes} minutes (allowed {emp.min_minutes}..{emp.max_minutes})")
        working = [bool(s) for s in days]
        for start, length in _runs(working, True):
            if length > emp.max_consecutive:
                hard.append(f"{emp_id}: {length} shifts in a row from day {start} (max {emp.max_consecutive})")
            if length < emp.min_consecutive and start > 0 and start + length < h:
                hard.append(f"{emp_id}: {length} shifts in a row from day {start} (min {emp.min_consecutive})")
        for start, length in _runs(working, False):
            if length < emp.min_days_off and start > 0 and start + length < h:
                hard.append(f"{emp_id}: {length} days off in a row from day {start} (min {emp.min_days_off})")
        weekends = sum(1 for w in range(h // 7) if working[7 * w + 5] or working[7 * w + 6])
        if weekends > emp.max_weekends:
            hard.append(f"{emp_id}: {weekends} weekends worked (max {emp.max_weekends})")
        for d in sorted(instance.days_off.get(emp_id, ())):
            if working[d]:
                hard.append(f"{emp_id} day {d}: works on a day off")
    penalty = 0
    for r in instance.on_requests:
        if roster.get(r.employee, [""] * h)[r.day] != r.shift:
            penalty += r.weight
    for r in instance.off_requests:
        if roster.get(r.employee, [""] * h)[r.day] == r.shift:
            penalty += r.weight
    for (day, shift), cover in instance.cover.items():
        x = sum(1 for days in roster.values() if day < len(days) and days[day] == shift)
        penalty += (cover.requirement - x) * cover.under if x < cover.requirement else (x - cover.requirement) * cover.over
    return penalty, hard


# --- translation into the product's Problem ----------------------------------------------------------
def date_of(day: int) -> dt.date:
    return DAY0 + dt.timedelta(days=day)


def shift_id(day: int, shift: str) -> str:
    return f"{day}/{shift}"


def to_problem(instance: Instance) -> Problem:
    start, end = date_of(0), date_of(instance.horizon - 1)
    shifts = []
    for day in range(instance.horizon):
        for ident, kind in instance.shifts.items():
            cover = instance.cover.get((day, ident), Cover(0, 0, 0))
            shifts.append(Shift(shift_id(day, ident), CENTER, POST, ident, date_of(day), 0, kind.minutes,
                                Demand(min=0, target=cover.requirement, max=None,
                                       under_weight=cover.under, over_weight=cover.over)))
    volunteers = []
    for emp in instance.staff.values():
        requests = [ShiftRequest(date_of(r.day), r.shift, r.weight, True)
                    for r in instance.on_requests if r.employee == emp.id]
        requests += [ShiftRequest(date_of(r.day), r.shift, r.weight, False)
                     for r in instance.off_requests if r.employee == emp.id]
        volunteers.append(Volunteer(
            code=emp.id, name=emp.id,
            leave=tuple(Leave(date_of(d), date_of(d), "day off") for d in sorted(instance.days_off.get(emp.id, ()))),
            windows=(CountWindow("total_minutes", start, end, "minutes", max=emp.max_minutes, min=emp.min_minutes),
                     CountWindow("max_weekends", start, end, "weekends", max=emp.max_weekends)),
            requests=tuple(requests),
            max_consecutive_days=emp.max_consecutive, min_consecutive_days=emp.min_consecutive,
            min_consecutive_days_off=emp.min_days_off, max_per_template=dict(emp.max_shifts)))
    successions = tuple((a, b) for a, kind in instance.shifts.items() for b in kind.cannot_follow)
    weights = Weights(cover_min=0, target_headcount=0, fairness=0, preference=0, stability=0, min_per_month=0,
                      outreach_fairness=0, mix=0)
    return Problem(start=start, end=end, volunteers=tuple(volunteers), shifts=tuple(shifts),
                   rules=Rules(max_shifts_per_day=1, forbidden_successions=successions, weights=weights))


def roster_of(instance: Instance, solution: Solution) -> Roster:
    roster = {emp: [""] * instance.horizon for emp in instance.staff}
    for a in solution.assignments:
        day, shift = a.shift.split("/", 1)
        roster[a.volunteer][int(day)] = shift
    return roster


# --- solving ------------------------------------------------------------------------------------------
def run(path: str | os.PathLike, *, time_limit: float, workers: int, seed: int = 0) -> dict:
    """Solve one instance file; the result dict is what `--out` writes (plus the engine's objective)."""
    instance = parse(path)
    started = time.monotonic()
    solution = solve(to_problem(instance), time_limit=time_limit, workers=workers, seed=seed)
    wall = time.monotonic() - started
    roster = roster_of(instance, solution) if solution.objective is not None else None
    penalty, hard = evaluate(instance, roster) if roster is not None else (None, [
        "no roster keeps every hard rule (proven)" if solution.status == "infeasible"
        else f"no roster found in {time_limit:g} s"])
    bound = solution.best_bound
    if bound is None and solution.status != "infeasible":
        # The engine proved no bound (a large instance whose search found no roster of its own
        # in the time, say). The parser takes no negative weight, so no roster costs less than
        # 0: the written bound is always a number.
        bound = 0
    return {"instance": instance.name, "objective": penalty, "status": solution.status,
            "best_bound": bound, "wall_time_s": round(wall, 2), "roster": roster,
            "engine_objective": solution.objective, "hard_violations": hard, "workers": workers}


def _write_json(result: dict, out: str) -> None:
    document = {k: result[k] for k in ("instance", "objective", "status", "best_bound", "wall_time_s", "roster")}
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(document, handle)
        handle.write("\n")


def _number(path: Path) -> int:
    return int(re.sub(r"\D", "", path.stem) or 0)


def _table(results: list[dict], time_limit: float) -> str:
    rows = ["| instance | objective | bound | best-known | gap | status | wall time | workers |",
            "| --- | ---: | ---: | ---: | ---: | --- | ---: | ---: |"]
    for r in results:
        best = BEST_KNOWN.get(int(re.sub(r"\D", "", r["instance"])), (None, None))[1]
        gap = "" if r["objective"] is None or not best else f"{100 * (r['objective'] - best) / best:.1f} %"
        bound = "" if r["best_bound"] is None else f"{r['best_bound']:.0f}"
        rows.append(f"| {r['instance']} | {r['objective']} | {bound} | {best} | {gap} | {r['status']} | "
                    f"{r['wall_time_s']:.1f} s | {r['workers']} |")
    return "\n".join(rows) + "\n"


def write_results_table(table: str, command: str) -> None:
    """Replace the generated table inside the Curtois–Qu section of RESULTS.md (nothing else)."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    begin, end = "<!-- curtois-table: begin -->", "<!-- curtois-table: end -->"
    block = f"{begin}\nCommand: `{command}`\n\n{table}{end}"
    if begin in text:
        text = text[:text.index(begin)] + block + text[text.index(end) + len(end):]
    elif RESULTS_HEADING in text:
        at = text.index("\n", text.index(RESULTS_HEADING)) + 1
        text = text[:at] + "\n" + block + "\n" + text[at:]
    else:
        text = text.rstrip("\n") + f"\n\n{RESULTS_HEADING}\n\n{block}\n"
    RESULTS.write_text(text, encoding="utf-8")


def _positive(kind, noun: str):
    """An argparse type: `kind(text)`, refused unless it is above 0."""
    def convert(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a positive {noun}, got {text!r}") from None
        if not value > 0:
            raise argparse.ArgumentTypeError(f"must be positive, got {text}")
        return value
    return convert


def _instance_paths(folder: str, first: int, last: int) -> list[Path]:
    """InstanceFIRST.txt .. InstanceLAST.txt in `folder`, in number order."""
    return sorted((p for p in Path(folder).glob("Instance*.txt") if first <= _number(p) <= last), key=_number)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.curtois", description=__doc__.split("\n\n")[0])
    parser.add_argument("instance", nargs="?", help="an InstanceN.txt file")
    parser.add_argument("--time-limit", type=_positive(float, "number"), default=60.0,
                        help="seconds per instance (default 60)")
    parser.add_argument("--workers", type=_positive(int, "whole number"), default=2, help="solver threads (default 2)")
    parser.add_argument("--seed", type=int, default=0, help="random seed of the search (default 0)")
    parser.add_argument("--out", help="write the solution JSON here (one INSTANCE only)")
    parser.add_argument("--all", action="store_true", help="run InstanceFIRST..LAST from --dir")
    parser.add_argument("--dir", default=str(INSTANCE_DIR), help="folder of the instance files (default: the "
                                                                 "published instances)")
    parser.add_argument("--first", type=_positive(int, "whole number"), default=1,
                        help="with --all: first instance number (default 1)")
    parser.add_argument("--last", type=_positive(int, "whole number"), default=12,
                        help="with --all: last instance number (default 12)")
    parser.add_argument("--write-results", action="store_true", help="put the --all table into benchmarks/RESULTS.md")
    args = parser.parse_args(argv)
    if args.all == bool(args.instance):
        parser.error("give one INSTANCE file or --all")
    if args.all and args.out:
        parser.error("--out writes one instance's solution: give INSTANCE instead of --all")
    if args.write_results and not args.all:
        parser.error("--write-results writes the --all table: use it with --all")
    if args.first > args.last:
        parser.error(f"--first {args.first} is after --last {args.last}")
    if args.out and not (folder := Path(args.out).resolve().parent).is_dir():
        parser.error(f"--out {args.out}: folder {folder} does not exist")
    paths = _instance_paths(args.dir, args.first, args.last) if args.all else []
    if args.all and not Path(args.dir).is_dir():
        parser.error(f"--dir {args.dir}: no such folder")
    if args.all and not paths:
        parser.error(f"--dir {args.dir}: none of Instance{args.first}.txt .. Instance{args.last}.txt is there")
    try:
        if args.instance:
            result = run(args.instance, time_limit=args.time_limit, workers=args.workers, seed=args.seed)
            if args.out:
                _write_json(result, args.out)
            _report(result)
            return 0 if not result["hard_violations"] else 1
        results = []
        for path in paths:
            results.append(run(path, time_limit=args.time_limit, workers=args.workers, seed=args.seed))
            _report(results[-1])
    except InstanceError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    table = _table(results, args.time_limit)
    print(table)
    if args.write_results:
        write_results_table(table, f"python -m benchmarks.curtois --all --first {args.first} --last {args.last} "
                                   f"--time-limit {args.time_limit:g} --workers {args.workers} --write-results")
    return 0 if all(not r["hard_violations"] for r in results) else 1


def _report(result: dict) -> None:
    agree = "" if result["objective"] == result["engine_objective"] else \
        f" ENGINE DISAGREES: {result['engine_objective']}"
    hard = f" HARD VIOLATIONS: {result['hard_violations'][:3]}" if result["hard_violations"] else ""
    print(f"{result['instance']}: objective {result['objective']} bound {result['best_bound']} "
          f"status {result['status']} {result['wall_time_s']} s{agree}{hard}", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
