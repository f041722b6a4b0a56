"""Product benchmarks of the scheduler (issue 4): `python -m benchmarks.product [--only a,b,c]`.

(a) one provincial center, 25 volunteers, one month: optimal (bound == objective) in <= 2 s;
(b) the whole province: 1 HCC + 54 commune points, 825 volunteers, 55 outreach events, one
    month: every coverable minimum covered within 60 s, checked against an independent
    max-flow bound on coverable seats; peak memory reported;
(c) repair after one volunteer's week of leave: <= 2 s, changes <= 2 x dropped assignments.

The instances come from `generate_province` / `generate_provincial_center`: seeded, built
like the Quảng Ninh programme in PRODUCT.md. They return plain `scheduler.Problem`s, so the
generator can later be swapped for a workspace JSON file without touching the benchmarks.
"""
from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import random
import resource
import sys
import time
from typing import Iterable

import holidays
from ortools.graph.python import max_flow

from models.holidays import days_between, monday_of
from scheduler import (Center, CountWindow, Demand, Event, Leave, Problem, Requirement, Rules, Shift, Volunteer,
                       Weights, solve, validate)

MONTH = (2026, 11)
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Thị", "Văn", "Đức", "Minh", "Thu", "Ngọc", "Hải", "Thanh", "Quang", "Bảo"]
GIVEN = ["Thắng", "Hà", "Lan", "Hùng", "Dũng", "Trang", "Linh", "Nam", "Phương", "Tuấn", "Hương", "Quân",
         "Mai", "Sơn", "Yến", "Khánh", "Vy", "Long", "Anh", "Hiếu", "Nhung", "Thảo", "Trung", "Hạnh"]
COMMUNES = ["Hạ Long", "Hòn Gai", "Bãi Cháy", "Cao Xanh", "Hà Tu", "Hà Lầm", "Việt Hưng", "Tuần Châu",
            "Cẩm Phả", "Mông Dương", "Quang Hanh", "Cửa Ông", "Uông Bí", "Vàng Danh", "Yên Tử", "Móng Cái",
            "Trà Cổ", "Hải Hòa", "Đông Triều", "Mạo Khê", "Bình Khê", "Quảng Yên", "Hà An", "Phong Cốc",
            "Vân Đồn", "Cô Tô", "Tiên Yên", "Bình Liêu", "Đầm Hà", "Hải Hà", "Ba Chẽ", "Hoành Bồ"]
HCC_POSTS = {"F1": frozenset(), "F2": frozenset({"vneid"}), "F3": frozenset({"dvc"})}
HCC_TEMPLATES = {"AM": (7 * 60 + 30, 11 * 60 + 30), "PM": (13 * 60 + 30, 17 * 60)}
COMMUNE_THREE = {"S": (8 * 60, 12 * 60), "C": (13 * 60, 17 * 60), "T": (17 * 60, 21 * 60)}
COMMUNE_TWO = {"S": (8 * 60, 14 * 60 + 30), "C": (14 * 60 + 30, 21 * 60)}


# --- the generator ------------------------------------------------------------------------------
def _days(year: int, month: int) -> tuple[dt.date, ...]:
    first = dt.date(year, month, 1)
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return days_between(first, last)


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def _windows(rng: random.Random, days: list[dt.date], per_week: int, per_month: int) -> tuple[CountWindow, ...]:
    windows = []
    monday = days[0] - dt.timedelta(days=days[0].weekday())
    while monday <= days[-1]:
        outside = sum(1 for i in range(7) if not days[0] <= monday + dt.timedelta(days=i) <= days[-1])
        already = rng.randint(0, min(1, outside))  # work in the part of the week outside the month
        windows.append(CountWindow("max_per_week", monday, monday + dt.timedelta(days=6), max=per_week,
                                   already=already))
        monday += dt.timedelta(days=7)
    windows.append(CountWindow("max_per_month", days[0], days[-1], max=per_month))
    windows.append(CountWindow("min_per_month", days[0], days[-1], min=2, min_weight=5))
    return tuple(windows)


def _volunteer(rng, code, days, *, role, skills, centers, templates, weekdays, per_week, per_month):
    weekly = {}
    for weekday in weekdays:
        if rng.random() < 0.75:
            weekly[weekday] = frozenset({"*"}) if rng.random() < 0.5 else frozenset(
                rng.sample(sorted(templates), rng.randint(1, len(templates))))
    leave = ()
    if rng.random() < 0.15:
        start = rng.choice(days)
        leave = (Leave(start, start + dt.timedelta(days=rng.randint(1, 6)), rng.choice(["Thi học kỳ", "Ốm", "Công tác"])),)
    return Volunteer(
        code=code, name=_name(rng), role=role, skills=frozenset(skills), centers=frozenset(centers),
        weekly=weekly, leave=leave, windows=_windows(rng, days, per_week, per_month),
        prefers_weekdays=frozenset(rng.sample(weekdays, 2)) if rng.random() < 0.2 else frozenset(),
        avoids_weekdays=frozenset(rng.sample(weekdays, 1)) if rng.random() < 0.1 else frozenset(),
        prior_load=rng.randint(2, 10), commitment=per_month - 2)


def _hcc(rng: random.Random, days: list[dt.date], volunteers: int, events: int):
    shifts = [Shift(f"HCC/{post}/{d.isoformat()}/{t}", "HCC", post, t, d, s, e, Demand(min=1, target=1, max=2), skills)
              for d in days if d.isoweekday() <= 5 for post, skills in HCC_POSTS.items()
              for t, (s, e) in HCC_TEMPLATES.items()]
    people = []
    for i in range(volunteers):
        skills = {s for s, p in (("vneid", 0.6), ("dvc", 0.45), ("senior", 0.3)) if rng.random() < p}
        role = "leader" if i == 0 else ("staff" if i < 4 else "youth")
        people.append(_volunteer(rng, f"HCC-{i + 1:03d}", days, role=role, skills=skills, centers={"HCC"},
                                 templates=HCC_TEMPLATES, weekdays=[1, 2, 3, 4, 5, 6], per_week=2, per_month=8))
    saturdays = [d for d in days if d.isoweekday() == 6]
    outreach = [Event(f"OUT-HCC-{k + 1}", "Tuyên truyền VNeID tại trường THPT", "HCC", saturdays[(2 * k + 1) % len(saturdays)],
                      7 * 60 + 30, 11 * 60 + 30, 5, 6, (Requirement(3, role="youth"), Requirement(1, skill="vneid")),
                      "THPT Hòn Gai") for k in range(events)]
    return shifts, people, outreach


def _commune(rng: random.Random, days: list[dt.date], k: int, size: int, neighbour: str):
    code = f"X{k + 1:02d}"
    templates = COMMUNE_THREE if rng.random() < 0.6 else COMMUNE_TWO
    shifts = []
    for d in days:
        for t, (s, e) in templates.items():
            weekend = d.isoweekday() >= 6
            low = 1 if (weekend or t == "T") else 2
            shifts.append(Shift(f"{code}/MC/{d.isoformat()}/{t}", code, "MC", t, d, s, e,
                                Demand(min=low, target=low + 1, max=5)))
    roles = ["police"] * 5 + ["staff"] * 3 + ["leader"] + ["youth"] * (size - 9)
    people = []
    for i, role in enumerate(roles):
        skills = {s for s, p in (("vneid", 0.5), ("senior", 0.3)) if rng.random() < p}
        centers = {code, neighbour} if rng.random() < 0.1 else {code}
        people.append(_volunteer(rng, f"{code}-{i + 1:02d}", days, role=role, skills=skills, centers=centers,
                                 templates=templates, weekdays=list(range(1, 8)), per_week=3, per_month=12))
    saturday = rng.choice([d for d in days if d.isoweekday() == 6])
    place = COMMUNES[k % len(COMMUNES)]
    event = Event(f"OUT-{code}", f"Tuyên truyền lưu động tại {place}", code, saturday, 7 * 60 + 30, 11 * 60 + 30, 5, 6,
                  (Requirement(2, role="police"), Requirement(2, role="youth")), f"Nhà văn hoá khu {place}")
    return shifts, people, event


def generate_provincial_center(seed: int = 1, month: tuple[int, int] = MONTH, volunteers: int = 25) -> Problem:
    """The provincial HCC alone: 3 floors AM/PM Monday–Friday, its team, 2 Saturday sessions."""
    rng = random.Random(seed)
    days = _days(*month)
    shifts, people, outreach = _hcc(rng, days, volunteers, events=2)
    return _problem(days, shifts, people, outreach)


def generate_province(seed: int = 1, month: tuple[int, int] = MONTH, communes: int = 54,
                      volunteers: int = 825) -> Problem:
    """1 HCC (25 people, 1 event) + `communes` points open 08:00–21:00 daily (1 event each)."""
    rng = random.Random(seed)
    days = _days(*month)
    shifts, people, events = _hcc(rng, days, 25, events=1)
    sizes = [(volunteers - 25) // communes + (1 if k < (volunteers - 25) % communes else 0) for k in range(communes)]
    for k, size in enumerate(sizes):
        s, p, e = _commune(rng, days, k, size, neighbour=f"X{(k + 1) % communes + 1:02d}")
        shifts += s
        people += p
        events.append(e)
    return _problem(days, shifts, people, events)


def _problem(days, shifts, people, events) -> Problem:
    closed = {d: n for d, n in holidays.VN(years=days[0].year).items() if days[0] <= d <= days[-1]}
    return Problem(start=days[0], end=days[-1], volunteers=tuple(people), shifts=tuple(shifts),
                   events=tuple(events), centers=(Center("HCC", "Trung tâm PVHCC tỉnh", closed),),
                   rules=Rules(max_shifts_per_day=1, min_rest_hours=8, mix_skills=frozenset({"senior"}),
                               weights=Weights()))


# --- an independent bound on coverable seats (max flow, no CP-SAT, no scheduler rules) ----------
def coverable_bound(problem: Problem) -> int:
    """Most seats of shift minimums and event team minimums any roster could cover.

    source -> volunteer (monthly max) -> volunteer-week (weekly max) -> volunteer-day (daily max)
    -> duty (if the person may take it: active, serves, skills, weekly availability, leave,
    center open) -> sink (seats required). It relaxes overlaps, rest and event composition,
    so it is an upper bound; a roster covering this many seats covers every coverable seat.
    """
    duties = _seat_duties(problem)
    windows: dict[str, set[tuple[int, int]]] = {}
    for s in problem.shifts:
        windows.setdefault(s.template, set()).add((s.start_min, s.end_min))
    graph = max_flow.SimpleMaxFlow()
    ids: dict = {}

    def node(key):
        return ids.setdefault(key, len(ids))

    source, sink = node("source"), node("sink")
    able: dict[str, list[Volunteer]] = {}  # per duty, who may take it (to rule out events no team can staff)
    arcs = []
    for v in problem.volunteers:
        if not v.active:
            continue
        month = min([w.max - w.already for w in v.windows if w.rule == "max_per_month" and w.max is not None]
                    or [_UNLIMITED])
        graph.add_arc_with_capacity(source, node(("v", v.code)), max(month, 0))
        for duty in duties:
            if _may_take(v, duty, windows):
                able.setdefault(duty.code, []).append(v)
                arcs.append((v, duty.code, duty.date))
    events = {e.code: e for e in problem.events}
    for duty in duties:
        if duty.need and (duty.kind == "s" or _team_possible(events[duty.code], able.get(duty.code, ()))):
            graph.add_arc_with_capacity(node(("duty", duty.code)), sink, duty.need)
    made = set()
    for v, code, date in arcs:
        weeks = {w.start: w for w in v.windows if w.rule == "max_per_week" and w.max is not None}
        monday = monday_of(date)
        week_node, day_node = node(("w", v.code, monday)), node(("d", v.code, date))
        if week_node not in made:
            made.add(week_node)
            week = weeks.get(monday)
            graph.add_arc_with_capacity(node(("v", v.code)), week_node,
                                        max(week.max - week.already, 0) if week else _UNLIMITED)
        if day_node not in made:
            made.add(day_node)
            graph.add_arc_with_capacity(week_node, day_node, problem.rules.max_shifts_per_day)
        graph.add_arc_with_capacity(day_node, node(("duty", code)), 1)
    graph.solve(source, sink)
    return graph.optimal_flow()


_UNLIMITED = 10 ** 6  # an arc capacity no month or week reaches


@dataclasses.dataclass(frozen=True)
class _SeatDuty:
    """A shift or event with the seats its minimum asks for (none on a closed day)."""

    kind: str  # "s" shift, "e" event
    code: str
    center: str | None
    template: str | None
    date: dt.date
    start: int
    end: int
    skills: frozenset[str]
    need: int


def _seat_duties(problem: Problem) -> list[_SeatDuty]:
    closed = {c.code: set(c.closed) for c in problem.centers}
    duties = [_SeatDuty("s", s.id, s.center, s.template, s.date, s.start_min, s.end_min, s.required_skills,
                        0 if s.date in closed.get(s.center, ()) else s.demand.min) for s in problem.shifts]
    duties += [_SeatDuty("e", e.code, e.center, None, e.date, e.start_min, e.end_min, frozenset(), e.team_min)
               for e in problem.events]
    return duties


def _may_take(v: Volunteer, duty: _SeatDuty, windows: dict[str, set[tuple[int, int]]]) -> bool:
    """Whether the volunteer passes the one-duty checks: serves its center, not on leave, has the
    skills, and is available then (a shift's template, or any template overlapping an event)."""
    if not duty.need or (v.centers is not None and duty.center is not None and duty.center not in v.centers):
        return False
    if any(leave.start <= duty.date <= leave.end for leave in v.leave) or not duty.skills <= v.skills:
        return False
    if v.weekly is None:
        return True
    allowed = v.weekly.get(duty.date.isoweekday(), frozenset())
    if "*" in allowed:
        return True
    if duty.kind == "s":
        return duty.template in allowed
    return any(a < duty.end and duty.start < b for t in allowed for a, b in windows.get(t, ()))


def _team_possible(event: Event, able: Iterable[Volunteer]) -> bool:
    """Whether the people who may take the event can meet each of its composition minimums."""
    able = list(able)
    return all(sum(1 for v in able if (r.role is None or v.role == r.role) and (r.skill is None or r.skill in v.skills))
               >= r.min for r in event.requirements)


def covered_seats(problem: Problem, solution) -> int:
    team: dict = {}
    for a in solution.assignments:
        team[a.shift or a.event] = team.get(a.shift or a.event, 0) + 1
    closed = {c.code: set(c.closed) for c in problem.centers}
    total = sum(min(team.get(s.id, 0), s.demand.min) for s in problem.shifts if s.date not in closed.get(s.center, ()))
    return total + sum(min(team.get(e.code, 0), e.team_min) for e in problem.events)


def required_seats(problem: Problem) -> int:
    closed = {c.code: set(c.closed) for c in problem.centers}
    return (sum(s.demand.min for s in problem.shifts if s.date not in closed.get(s.center, ()))
            + sum(e.team_min for e in problem.events))


# --- the benchmarks ---------------------------------------------------------------------------
def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _hard(problem, solution) -> int:
    return sum(1 for v in validate(problem, solution.assignments, soft=False))


def bench_center(workers: int, seed: int = 1) -> dict:
    problem = generate_provincial_center(seed)
    solution = solve(problem, time_limit=10, workers=workers, seed=0)
    return {"bench": "a-center", "workers": workers, "status": solution.status, "objective": solution.objective,
            "best_bound": solution.best_bound, "wall_time_s": solution.wall_time_s,
            "volunteers": len(problem.volunteers), "shifts": len(problem.shifts),
            "unfilled_seats": sum(u.missing for u in solution.unfilled), "hard_violations": _hard(problem, solution),
            "pass": solution.status == "optimal" and solution.wall_time_s <= 2.0}


def bench_province(workers: int, time_limit: float = 60.0, seed: int = 1) -> dict:
    started = time.monotonic()
    problem = generate_province(seed)
    generated = time.monotonic() - started
    bound_started = time.monotonic()
    bound = coverable_bound(problem)
    bound_s = time.monotonic() - bound_started
    reports = []
    solution = solve(problem, time_limit=time_limit, workers=workers, seed=0, on_progress=reports.append)
    covered = covered_seats(problem, solution)
    return {"bench": "b-province", "workers": workers, "status": solution.status, "objective": solution.objective,
            "best_bound": solution.best_bound,
            "gap": round((solution.objective - solution.best_bound) / max(solution.objective, 1), 4),
            "wall_time_s": solution.wall_time_s, "volunteers": len(problem.volunteers),
            "shifts": len(problem.shifts), "events": len(problem.events), "required_seats": required_seats(problem),
            "covered_seats": covered, "coverable_bound": bound, "flow_s": round(bound_s, 2),
            "generate_s": round(generated, 2),
            "first_solution_s": round(reports[0].elapsed_s, 2) if reports else None,
            "first_objective": reports[0].objective if reports else None, "penalties": dict(solution.penalties),
            "hard_violations": _hard(problem, solution), "peak_rss_mb": round(_peak_mb()),
            "pass": covered == bound and solution.wall_time_s <= time_limit + 1}


def bench_repair(workers: int, seed: int = 1) -> dict:
    problem = generate_provincial_center(seed)
    before = solve(problem, time_limit=10, workers=workers, seed=0)
    # The busiest volunteer of the second full week takes that week off.
    week = [problem.start + dt.timedelta(days=i) for i in range(30) if (problem.start + dt.timedelta(days=i)).weekday() == 0][1]
    dates = {a: next(s.date for s in problem.shifts if s.id == a.shift) if a.shift else
             next(e.date for e in problem.events if e.code == a.event) for a in before.assignments}
    in_week = lambda a: week <= dates[a] <= week + dt.timedelta(days=6)  # noqa: E731
    counts: dict = {}
    for a in before.assignments:
        if in_week(a):
            counts[a.volunteer] = counts.get(a.volunteer, 0) + 1
    who = max(sorted(counts), key=counts.get)
    dropped = counts[who]
    people = tuple(dataclasses.replace(v, leave=v.leave + (Leave(week, week + dt.timedelta(days=6), "Ốm"),))
                   if v.code == who else v for v in problem.volunteers)
    changed = dataclasses.replace(problem, volunteers=people, existing=before.assignments, repair=True)
    after = solve(changed, time_limit=10, workers=workers, seed=0)
    old = {(a.volunteer, a.shift, a.event) for a in before.assignments}
    new = {(a.volunteer, a.shift, a.event) for a in after.assignments}
    changes = len(old ^ new)
    return {"bench": "c-repair", "workers": workers, "status": after.status, "wall_time_s": after.wall_time_s,
            "dropped": dropped, "changes": changes, "objective": after.objective, "best_bound": after.best_bound,
            "unfilled_before": sum(u.missing for u in before.unfilled),
            "unfilled_after": sum(u.missing for u in after.unfilled), "hard_violations": _hard(changed, after),
            "pass": after.wall_time_s <= 2.0 and changes <= 2 * dropped}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="a,b,c", help="comma-separated benchmarks: a, b, c")
    parser.add_argument("--workers", default="2", help="comma-separated worker counts, e.g. 1,2,8")
    parser.add_argument("--time-limit", type=float, default=60.0, help="time limit of (b) in seconds")
    args = parser.parse_args(argv)
    ok = True
    for workers in [int(w) for w in args.workers.split(",")]:
        for name in args.only.split(","):
            if name == "a":
                result = bench_center(workers)
            elif name == "b":
                result = bench_province(workers, args.time_limit)
            else:
                result = bench_repair(workers)
            ok &= result["pass"]
            print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
