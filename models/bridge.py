"""The bridge between the workspace and the engine: a period of the workspace becomes a
`scheduler.Problem`, and a `scheduler.Solution` becomes the stored roster of that period.

The Problem is built from the workspace document (`export_workspace`), so the database, a
file and a benchmark all go through one conversion.
"""
from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models import entities as e
from models.holidays import closed_days, days_between, monday_of
from scheduler import problem as p

HISTORY_MONTHS = 3  # months before the period whose load counts for fairness


def minutes(hhmm: str) -> int:
    hours, mins = hhmm.split(":")
    return int(hours) * 60 + int(mins)


def shift_id(center: str, post: str, date: str | dt.date, template: str) -> str:
    return f"{center}/{post}/{date}/{template}"


@dataclass(frozen=True)
class _Duty:
    """An assignment of the workspace with its time and place resolved."""

    entry: dict
    volunteer: str
    date: dt.date
    start_min: int
    end_min: int
    center: str | None
    shift: str | None  # Shift.id for shift assignments
    event: str | None
    template: str | None


def _duties(doc: dict) -> list[_Duty]:
    templates = {(c["code"], t["code"]): t for c in doc.get("centers", []) for t in c.get("shift_templates", [])}
    events = {ev["code"]: ev for ev in doc.get("events", [])}
    duties = []
    for entry in doc.get("assignments", []):
        if "event" in entry:
            ev = events[entry["event"]]
            duties.append(_Duty(entry, entry["volunteer"], dt.date.fromisoformat(ev["date"]), minutes(ev["start"]),
                                minutes(ev["end"]), ev.get("center"), None, ev["code"], None))
        else:
            t = templates[(entry["center"], entry["shift"])]
            duties.append(_Duty(entry, entry["volunteer"], dt.date.fromisoformat(entry["date"]), minutes(t["start"]),
                                minutes(t["end"]), entry["center"],
                                shift_id(entry["center"], entry["post"], entry["date"], entry["shift"]), None,
                                entry["shift"]))
    return duties


def _weights(rules: dict) -> p.Weights:
    given = rules.get("weights") or {}
    defaults = p.Weights()
    return p.Weights(**{name: int(given.get(name, getattr(defaults, name)))
                        for name in p.Weights.__dataclass_fields__})


def _iso_weeks(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    monday = monday_of(start)
    weeks = []
    while monday <= end:
        weeks.append((monday, monday + dt.timedelta(days=6)))
        monday += dt.timedelta(days=7)
    return weeks


def _months(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    months, first = [], start.replace(day=1)
    while first <= end:
        last = first.replace(day=calendar.monthrange(first.year, first.month)[1])
        months.append((first, last))
        first = last + dt.timedelta(days=1)
    return months


def _is_weekend(day: dt.date) -> bool:
    return day.isoweekday() >= 6


def problem_from_workspace(doc: dict, start: dt.date, end: dt.date, *, center: str | None = None,
                           repair: bool = False) -> p.Problem:
    """The Problem of the period [start, end] (inclusive), for one center or all of them.

    Assignments already stored inside the scope are `existing` (locks kept, the rest is the
    previous roster); those outside it (other centers, the neighbouring days) are fixed
    duties and count towards weekly/monthly limits through each window's `already`.
    """
    if end < start:
        raise ValueError(f"the period ends ({end}) before it starts ({start})")
    centers = [c for c in doc.get("centers", []) if center is None or c["code"] == center]
    if center is not None and not centers:
        raise ValueError(f"unknown center {center!r}")
    rules_doc = doc.get("rules") or {}
    weights = _weights(rules_doc)
    closed = closed_days(doc.get("holidays"), start, end)
    problem_centers = tuple(p.Center(c["code"], c["name"], dict(closed) if c.get("closed_on_holidays", True) else {})
                            for c in centers)
    shifts = _shifts(centers, start, end)
    events = _events(doc, start, end, center)
    existing, fixed, outside = _scope_duties(_duties(doc), shifts, events, start, end)
    volunteers = _volunteers(doc, outside, start, end, weights, scope={c["code"] for c in centers},
                             one_center=center is not None)
    rules = p.Rules(
        max_shifts_per_day=rules_doc.get("max_shifts_per_day", 1),
        min_rest_hours=float(rules_doc.get("min_rest_hours", 0)),
        forbidden_successions=tuple(tuple(pair) for pair in rules_doc.get("forbidden_successions", [])),
        mix_skills=frozenset(s["code"] for s in doc.get("skills", []) if s.get("mix")),
        weights=weights,
    )
    return p.Problem(start=start, end=end, volunteers=volunteers, shifts=shifts, events=events,
                     centers=problem_centers, rules=rules, existing=existing, fixed=fixed, repair=repair)


def _shifts(centers: list[dict], start: dt.date, end: dt.date) -> tuple[p.Shift, ...]:
    """One shift per post demanded by a template on each of its weekdays in [start, end]."""
    shifts = []
    for c in centers:
        skills_of_post = {post["code"]: frozenset(post.get("required_skills", [])) for post in c.get("posts", [])}
        for t in c.get("shift_templates", []):
            weekdays = set(t["weekdays"])
            for day in days_between(start, end):
                if day.isoweekday() not in weekdays:
                    continue
                for post_code, headcount in t.get("demand", {}).items():
                    target = headcount.get("target", headcount["min"])
                    shifts.append(p.Shift(
                        id=shift_id(c["code"], post_code, day.isoformat(), t["code"]), center=c["code"],
                        post=post_code, template=t["code"], date=day, start_min=minutes(t["start"]),
                        end_min=minutes(t["end"]),
                        demand=p.Demand(min=headcount["min"], target=target, max=headcount.get("max", target)),
                        required_skills=skills_of_post[post_code]))
    return tuple(shifts)


def _events(doc: dict, start: dt.date, end: dt.date, center: str | None) -> tuple[p.Event, ...]:
    """The outreach events of [start, end]; of one center only when `center` is given."""
    events = []
    for ev in doc.get("events", []):
        day = dt.date.fromisoformat(ev["date"])
        if not start <= day <= end or (center is not None and ev.get("center") != center):
            continue
        events.append(p.Event(
            code=ev["code"], name=ev["name"], center=ev.get("center"), date=day, start_min=minutes(ev["start"]),
            end_min=minutes(ev["end"]), team_min=ev["team"]["min"], team_max=ev["team"]["max"],
            requirements=tuple(p.Requirement(min=r["min"], role=r.get("role"), skill=r.get("skill"))
                               for r in ev.get("requirements", [])),
            location=ev.get("location", "")))
    return tuple(events)


def _scope_duties(duties: list[_Duty], shifts: tuple[p.Shift, ...], events: tuple[p.Event, ...],
                  start: dt.date, end: dt.date) -> tuple[tuple[p.Assignment, ...], tuple[p.FixedDuty, ...],
                                                         dict[str, list[_Duty]]]:
    """The stored duties split by the solve's scope: assignments inside it (`existing`), duties
    outside it on the period's days and the day either side (`fixed`, for rest and overlaps),
    and every duty outside it by volunteer (for the limits' `already` counts)."""
    shift_ids = {s.id for s in shifts}
    event_codes = {ev.code for ev in events}
    inside = [d for d in duties if (d.shift in shift_ids) or (d.event in event_codes)]
    outside = [d for d in duties if not ((d.shift in shift_ids) or (d.event in event_codes))]
    existing = tuple(p.Assignment(d.volunteer, shift=d.shift, event=d.event, locked=bool(d.entry.get("locked")))
                     for d in inside)
    fixed = tuple(
        p.FixedDuty(d.volunteer, d.date, d.start_min, d.end_min,
                    label=d.event or f"{d.center} {d.template}")
        for d in outside if start - dt.timedelta(days=1) <= d.date <= end + dt.timedelta(days=1)
    )
    by_volunteer: dict[str, list[_Duty]] = {}
    for d in outside:
        by_volunteer.setdefault(d.volunteer, []).append(d)
    return existing, fixed, by_volunteer


def _history_start(start: dt.date) -> dt.date:
    """The first day of the fairness history: HISTORY_MONTHS whole months before `start`'s month."""
    first = start.replace(day=1)
    for _ in range(HISTORY_MONTHS):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    return first


def _volunteers(doc: dict, outside: dict[str, list[_Duty]], start: dt.date, end: dt.date, weights: p.Weights,
                *, scope: set[str], one_center: bool) -> tuple[p.Volunteer, ...]:
    """The workspace's volunteers as the solver sees them; a one-center solve leaves out people
    who cannot serve there (their monthly minimum is not this center's business)."""
    weeks, months = _iso_weeks(start, end), _months(start, end)
    history_start = _history_start(start)
    volunteers = []
    for v in doc.get("volunteers", []):
        volunteer = _volunteer(v, outside.get(v["code"], []), weeks, months, start, end, weights, history_start)
        if not one_center or volunteer.centers is None or volunteer.centers & scope:
            volunteers.append(volunteer)
    return tuple(volunteers)


def _volunteer(v: dict, outside: list[_Duty], weeks, months, start: dt.date, end: dt.date,
               weights: p.Weights, history_start: dt.date) -> p.Volunteer:
    limits = v.get("limits") or {}

    def count(lo: dt.date, hi: dt.date, measure: str = "assignments") -> int:
        inside = [d for d in outside if lo <= d.date <= hi]
        if measure == "minutes":
            return sum(d.end_min - d.start_min for d in inside)
        if measure == "weekends":
            return len({d.date - dt.timedelta(days=d.date.isoweekday() - 6) for d in inside if _is_weekend(d.date)})
        return len(inside)

    windows: list[p.CountWindow] = []
    if limits.get("max_per_week") is not None:
        windows += [p.CountWindow("max_per_week", lo, hi, max=limits["max_per_week"], already=count(lo, hi))
                    for lo, hi in weeks]
    for lo, hi in months:
        whole_month = start <= lo and hi <= end
        if limits.get("max_per_month") is not None:
            windows.append(p.CountWindow("max_per_month", lo, hi, max=limits["max_per_month"], already=count(lo, hi)))
        # A monthly minimum is only asked of a solve that covers the whole month.
        if whole_month and limits.get("min_per_month"):
            windows.append(p.CountWindow("min_per_month", lo, hi, min=limits["min_per_month"],
                                         min_weight=weights.min_per_month, already=count(lo, hi)))
        if limits.get("max_weekends_per_month") is not None:
            windows.append(p.CountWindow("max_weekends_per_month", lo, hi, measure="weekends",
                                         max=limits["max_weekends_per_month"], already=count(lo, hi, "weekends")))
        if limits.get("max_minutes_per_month") is not None or (whole_month and limits.get("min_minutes_per_month")):
            windows.append(p.CountWindow(
                "minutes_per_month", lo, hi, measure="minutes", max=limits.get("max_minutes_per_month"),
                min=limits.get("min_minutes_per_month") if whole_month else None, min_weight=None,
                already=count(lo, hi, "minutes")))

    if "serves" in v:
        serves: frozenset[str] | None = frozenset(v["serves"])
    elif v.get("home_center"):
        serves = frozenset([v["home_center"]])
    else:
        serves = None
    weekly = v.get("weekly")
    prefers, avoids = v.get("prefers") or {}, v.get("avoids") or {}
    max_per_month = limits.get("max_per_month") or 0
    return p.Volunteer(
        code=v["code"], name=v["name"], role=v.get("role", "youth"), skills=frozenset(v.get("skills", [])),
        centers=serves, active=v.get("active", True),
        weekly=None if weekly is None else {int(day): frozenset(codes) for day, codes in weekly.items()},
        leave=tuple(p.Leave(dt.date.fromisoformat(x["from"]), dt.date.fromisoformat(x["to"]), x.get("reason") or "")
                    for x in v.get("unavailable", [])),
        windows=tuple(windows),
        prefers_weekdays=frozenset(prefers.get("weekdays", [])), avoids_weekdays=frozenset(avoids.get("weekdays", [])),
        prefers_posts=frozenset(prefers.get("posts", [])), avoids_posts=frozenset(avoids.get("posts", [])),
        requests=tuple(p.ShiftRequest(dt.date.fromisoformat(r["date"]), r.get("shift"), r["weight"], r["on"])
                       for r in v.get("requests", [])),
        max_consecutive_days=limits.get("max_consecutive_days"),
        min_consecutive_days=limits.get("min_consecutive_days"),
        min_consecutive_days_off=limits.get("min_consecutive_days_off"),
        max_per_template=dict(limits.get("max_per_shift") or {}),
        prior_load=sum(1 for d in outside if history_start <= d.date < start),
        commitment=max_per_month,
    )


# ---- database side ----------------------------------------------------------------------

def load_problem(session: Session, start: dt.date, end: dt.date, *, center: str | None = None,
                 repair: bool = False) -> p.Problem:
    from models.workspace import export_workspace

    return problem_from_workspace(export_workspace(session), start, end, center=center, repair=repair)


def solution_entries(problem: p.Problem, solution: p.Solution) -> list[dict]:
    """The solution's assignments as workspace-file entries (the `solve --json` shape)."""
    shifts = {s.id: s for s in problem.shifts}
    entries = []
    for a in solution.assignments:
        if a.event is not None:
            entries.append({"volunteer": a.volunteer, "event": a.event})
        else:
            s = shifts[a.shift]
            entries.append({"volunteer": a.volunteer, "center": s.center, "post": s.post,
                            "date": s.date.isoformat(), "shift": s.template})
    return entries


def store_solution(session: Session, problem: p.Problem, solution: p.Solution, *, actor: str,
                   action: str = "solve") -> dict[str, int]:
    """Make the stored roster of the problem's scope equal to the solution's assignments.

    Locked rows stay as they are; unlocked rows the solution dropped are deleted; new ones
    are added with source "solver". Returns how many were added, removed and kept.
    """
    shifts = {s.id: s for s in problem.shifts}
    event_codes = {ev.code for ev in problem.events}
    centers = {s.center for s in problem.shifts} | {c.code for c in problem.centers}
    rows = session.scalars(
        select(e.Assignment).options(selectinload(e.Assignment.volunteer),
                                     selectinload(e.Assignment.post).selectinload(e.Post.center),
                                     selectinload(e.Assignment.template), selectinload(e.Assignment.event))
        .where(((e.Assignment.date >= problem.start) & (e.Assignment.date <= problem.end))
               | e.Assignment.event_id.is_not(None))).all()
    current: dict[tuple, e.Assignment] = {}
    for row in rows:
        if row.event is not None:
            if row.event.code in event_codes:
                current[(row.volunteer.code, None, row.event.code)] = row
        elif row.post.center.code in centers:
            key_shift = shift_id(row.post.center.code, row.post.code, row.date.isoformat(), row.template.code)
            if key_shift in shifts:
                current[(row.volunteer.code, key_shift, None)] = row
    wanted = {(a.volunteer, a.shift, a.event) for a in solution.assignments}
    removed = 0
    for key, row in current.items():
        if key not in wanted and not row.locked:
            session.delete(row)
            removed += 1
    volunteers = {v.code: v for v in session.scalars(select(e.Volunteer))}
    posts = {(post.center.code, post.code): post for post in session.scalars(
        select(e.Post).options(selectinload(e.Post.center)))}
    templates = {(t.center.code, t.code): t for t in session.scalars(
        select(e.ShiftTemplate).options(selectinload(e.ShiftTemplate.center)))}
    events = {ev.code: ev for ev in session.scalars(select(e.Event).where(e.Event.code.in_(event_codes)))}
    added = 0
    for volunteer, shift, event in sorted(wanted - set(current), key=lambda k: (k[0], k[1] or "", k[2] or "")):
        if event is not None:
            row = e.Assignment(volunteer=volunteers[volunteer], event=events[event], source="solver")
        else:
            s = shifts[shift]
            row = e.Assignment(volunteer=volunteers[volunteer], post=posts[(s.center, s.post)],
                               template=templates[(s.center, s.template)], date=s.date, source="solver")
        session.add(row)
        added += 1
    counts = {"added": added, "removed": removed, "kept": len(wanted & set(current))}
    session.add(e.AuditEntry(
        actor=actor, action=action, entity="roster",
        entity_code=f"{problem.start}..{problem.end}",
        detail={"status": solution.status, "objective": solution.objective, "best_bound": solution.best_bound,
                "unfilled_seats": sum(u.missing for u in solution.unfilled), **counts,
                "centers": sorted(centers)}))
    session.flush()
    return counts


def per_volunteer(solution: p.Solution) -> dict[str, dict[str, Any]]:
    counts: Counter = Counter()
    events: Counter = Counter()
    for a in solution.assignments:
        (events if a.event else counts)[a.volunteer] += 1
    return {code: {"shifts": counts[code], "events": events[code]} for code in sorted(set(counts) | set(events))}
