"""A dynamic programme for column generation's pricing problems: one volunteer's best schedule
at the master's prices, in milliseconds where CP-SAT takes tens of them.

Column generation (`scheduler.columns`) prices every volunteer every round; CP-SAT takes tens
of milliseconds a pricing problem, so a round of 30 volunteers takes about a second and the
relaxation is solved late in a minute's search. A volunteer's day-by-day rules fit a state that
walks the period one day at a time: the kind of the last day and the length of the run it ends
(for runs of working days and of days off and for successions of shift types) and a few
counters (minutes or duties in a window, weekends worked, duties of one shift type). The best
schedule is then a shortest path over those states, computed for every state of a day at once
with numpy.

The programme is a *relaxation*: it keeps a subset of the rules exactly (those above; the
counters that fit `STATE_LIMIT`) and nothing the rules do not ask. Its best schedule, when the
volunteer's own CP-SAT model accepts it and prices it at the same cost (`columns._Pricer`
checks both), is therefore the best schedule under every rule; otherwise the pricer asks
CP-SAT as before. A volunteer whose rules the programme cannot express as a relaxation (more
than one duty a day, fixed duties, priced rules other than per-duty wishes) has none.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

import numpy as np

from scheduler.index import Duty, ProblemIndex
from scheduler.problem import Problem, Volunteer
from scheduler.rules.counts import inside, weekend_of
from scheduler.rules.sequence import forbidden_followers
from scheduler.rules.wishes import avoidance_hits, preference_misses, request_matches

# Priced rules whose terms are a sum over the volunteer's assignments (`scheduler.rules.wishes`).
PER_DUTY_RULES = frozenset({"shift_requests", "preferences", "avoidances"})
# States a day at most (run states times counter values): counters that do not fit are left
# out of the relaxation (benchmarks/RESULTS.md, "Tried, kept, dropped": Column-generation guide).
STATE_LIMIT = 20_000
_INF = np.int64(1 << 60)
_SUNDAY = 7  # ISO weekday


@dataclass
class _Counter:
    """A counter in the state: values 0..top. With `hard_top` a schedule that would pass top is
    dropped (a maximum); without, values above top are kept as top (only a minimum needs it)."""

    top: int
    hard_top: bool
    least: int  # at the end of the period at least this (0: no minimum)
    units: list[int]  # per option: what working it adds
    # weekends only: per option, what it adds when the volunteer also worked the day before
    units_after_work: list[int] | None = None


class SequencePricing:
    """One volunteer's pricing relaxation. `best(costs)` gives the cheapest schedule."""

    def __init__(self, dates: list[dt.date], options: list[tuple[int, Duty]], own: list[int], constant: int,
                 templates: list, follow_ok: list[list[int]], max_run: int | None, min_run: int, min_off: int,
                 counters: list[_Counter]):
        self.options, self.own, self.constant = options, own, constant
        self.days = len(dates)
        by_day = {date: n for n, date in enumerate(dates)}
        self.on_day: list[list[int]] = [[] for _ in dates]  # option numbers by day
        for o, (_, duty) in enumerate(options):
            self.on_day[by_day[duty.date]].append(o)
        self.template_of = [templates.index(duty.template) for _, duty in options]
        self.T, self.follow_ok = len(templates), follow_ok
        self.min_run, self.min_off = min_run, min_off
        self.K = max(1, min_off)  # days off in a row, counted up to K
        self.L = max_run if max_run is not None else max(1, min_run)  # working days in a row, up to L
        self.capped_run = max_run is None  # runs longer than L go on as L
        self.counters = counters
        self.sizes = tuple(c.top + 1 for c in counters)
        self.R = self.K + self.T * self.L

    # --- building -----------------------------------------------------------------------
    @classmethod
    def of(cls, problem: Problem, index: ProblemIndex, volunteer: Volunteer,
           options: list[tuple[int, Duty]], priced_rules: set[str]) -> SequencePricing | None:
        """The relaxation for `volunteer`, whose possible assignments are `options` ((index of
        the full model's variable, duty)) and whose own model prices `priced_rules`; None when
        their rules do not fit one."""
        if problem.rules.max_shifts_per_day != 1 or not options or not priced_rules <= PER_DUTY_RULES:
            return None
        if any(duty.kind != "shift" for _, duty in options):
            return None
        dates = index.dates()
        period = set(dates)
        if any(duty.date not in period for _, duty in options):
            return None
        if any(b.date in period for b in index.busy.get(volunteer.code, ())):
            return None  # fixed duties make working days the options do not show
        weights = problem.rules.weights
        duties = [duty for _, duty in options]
        own, constant = [0] * len(options), 0
        if "preferences" in priced_rules:
            own = [c + weights.preference * preference_misses(volunteer, d) for c, d in zip(own, duties)]
        if "avoidances" in priced_rules:
            own = [c + weights.preference * avoidance_hits(volunteer, d) for c, d in zip(own, duties)]
        if "shift_requests" in priced_rules:
            for request in volunteer.requests:
                matching = [o for o, d in enumerate(duties) if request_matches(request, d)]
                if request.on:  # unmet unless one matching duty is worked (at most one a day)
                    constant += request.weight
                    for o in matching:
                        own[o] -= request.weight
                else:
                    for o in matching:
                        own[o] += request.weight
        templates = sorted({d.template for d in duties}, key=lambda t: (t is None, t or ""))
        followers = forbidden_followers(problem)
        follow_ok = [[a for a, before in enumerate(templates)
                      if before is None or after is None or after not in followers.get(before, ())]
                     for after in templates]
        max_run = volunteer.max_consecutive_days
        if max_run is not None and max_run < 1:
            return None  # no working day at all: CP-SAT's empty schedule
        if max_run is not None and max_run >= len(dates):
            max_run = None
        min_run = volunteer.min_consecutive_days or 1
        min_off = volunteer.min_consecutive_days_off or 1
        pricing = cls(dates, options, own, constant, templates, follow_ok, max_run, min_run, min_off, [])
        for counter in _counters(volunteer, duties):
            if counter is None:
                return None  # a window no schedule keeps: CP-SAT says so
            size = pricing.R * math.prod(pricing.sizes) * (counter.top + 1)
            if size <= STATE_LIMIT:
                pricing.counters.append(counter)
                pricing.sizes = pricing.sizes + (counter.top + 1,)
        return pricing

    # --- solving ------------------------------------------------------------------------
    def best(self, costs: list[int]) -> tuple[int, list[int]] | None:
        """(cost, option numbers worked) of the cheapest schedule, where working option o
        costs `costs[o]` (the constant not included); None if no schedule keeps the
        relaxation's rules."""
        history = self._forward(costs)
        final = history[-1]
        allowed = np.ones(final.shape, dtype=bool)
        for dim, counter in enumerate(self.counters):
            if counter.least:
                shape = [1] * final.ndim
                shape[dim + 1] = counter.top + 1
                allowed &= (np.arange(counter.top + 1) >= counter.least).reshape(shape)
        masked = np.where(allowed, final, _INF)
        at = int(np.argmin(masked))
        if masked.flat[at] >= _INF // 2:
            return None
        return int(masked.flat[at]), self._back(history, costs, tuple(int(s) for s in np.unravel_index(at, final.shape)))

    def _forward(self, costs: list[int]) -> list[np.ndarray]:
        K, T, L = self.K, self.T, self.L
        shape = (self.R,) + self.sizes
        value = np.full(shape, _INF, dtype=np.int64)
        value[(K - 1,) + (0,) * len(self.sizes)] = 0  # before the period: rested, nothing counted
        history = [value]
        for day in range(self.days):
            new = np.full(shape, _INF, dtype=np.int64)
            work = value[K:].reshape((T, L) + self.sizes)
            # a day off: after a run long enough (or one from the first day), or after days off
            ends = [n for n in range(L) if self._may_end_run(n + 1, day)]
            if ends:
                new[0] = work[:, ends].reshape((-1,) + self.sizes).min(axis=0)
            if K > 1:
                new[1:K] = value[0:K - 1]
                np.minimum(new[K - 1:K], value[K - 1:K], out=new[K - 1:K])
            else:
                np.minimum(new[0:1], value[0:1], out=new[0:1])
            rested = [k for k in range(K) if self._may_start_run(k + 1, day)]
            from_off = value[rested].min(axis=0) if rested else None
            into = new[K:].reshape((T, L) + self.sizes)
            for o in self.on_day[day]:
                t, cost = self.template_of[o], costs[o]
                if from_off is not None:
                    self._relax(into[t, 0:1], from_off[None], cost, self._steps(o, False))
                if L > 1 or self.capped_run:
                    went_on = work[self.follow_ok[t]].min(axis=0)  # (L, *sizes)
                    steps = self._steps(o, True)
                    if L > 1:
                        self._relax(into[t, 1:], went_on[:L - 1], cost, steps)
                    if self.capped_run:
                        self._relax(into[t, L - 1:L], went_on[L - 1:L], cost, steps)
            value = new
            history.append(value)
        return history

    def _may_end_run(self, length: int, day: int) -> bool:
        """A run of `length` working days up to yesterday may end today: long enough, or it
        began on the first day (a run at the border of the period has no minimum)."""
        return length >= self.min_run or length == day or (self.capped_run and length == self.L)

    def _may_start_run(self, off: int, day: int) -> bool:
        """Likewise for `off` days off up to yesterday (K of them stands for K or more)."""
        return off >= self.min_off or off == day or off == self.K

    def _steps(self, o: int, after_work: bool) -> list[int]:
        """What working option o adds to each counter (after a working day: weekends differ)."""
        return [c.units_after_work[o] if after_work and c.units_after_work is not None else c.units[o]
                for c in self.counters]

    def _relax(self, target: np.ndarray, source: np.ndarray, cost: int, steps: list[int]) -> None:
        """target = min(target, source with its counters moved by `steps`, plus cost), in place."""
        lead = target.ndim - len(self.counters)
        moved = source
        src, dst = [slice(None)] * lead, [slice(None)] * lead
        for dim, (counter, step) in enumerate(zip(self.counters, steps)):
            n = counter.top + 1
            if counter.hard_top:
                if step >= n:
                    return
                src.append(slice(0, n - step))
                dst.append(slice(step, n))
            else:
                moved = _saturated(moved, lead + dim, step, n)
                src.append(slice(None))
                dst.append(slice(None))
        view = target[tuple(dst)]
        np.minimum(view, moved[tuple(src)] + cost, out=view)

    def _back(self, history: list[np.ndarray], costs: list[int], state: tuple[int, ...]) -> list[int]:
        """The options worked on a cheapest way to `state` after the last day."""
        K, L = self.K, self.L
        worked: list[int] = []
        for day in range(self.days - 1, -1, -1):
            value, before = history[day + 1][state], history[day]
            run, counts = state[0], state[1:]
            if run < K:  # a day off
                if run == 0:
                    sources = [K + t * L + n for t in range(self.T) for n in range(L)
                               if self._may_end_run(n + 1, day)] + ([0] if K == 1 else [])
                else:
                    sources = [run - 1] + ([run] if run == K - 1 else [])
                state = next((s,) + counts for s in sources if before[(s,) + counts] == value)
                continue
            t, n = divmod(run - K, L)
            if n == 0:
                sources = [k for k in range(K) if self._may_start_run(k + 1, day)]
            else:
                sources = [K + a * L + n - 1 for a in self.follow_ok[t]]
            if self.capped_run and n == L - 1:
                sources += [K + a * L + L - 1 for a in self.follow_ok[t]]
            found = None
            for o in self.on_day[day]:
                if self.template_of[o] == t:
                    found = self._source(before, sources, counts, value - costs[o], o)
                    if found is not None:
                        worked.append(o)
                        break
            if found is None:
                raise AssertionError("no way back through the pricing programme")
            state = found
        return worked[::-1]

    def _source(self, before: np.ndarray, sources: list[int], counts: tuple[int, ...], wanted: int, o: int):
        """A state among `sources` (run states) from which working option o reaches `counts`
        at cost `wanted`, or None."""
        for s in sources:
            candidates: list[tuple[int, ...]] = [()]
            for counter, step, value in zip(self.counters, self._steps(o, s >= self.K), counts):
                if counter.hard_top or value < counter.top:
                    values = [value - step] if value >= step else []
                else:
                    values = list(range(max(0, counter.top - step), counter.top + 1))
                candidates = [c + (v,) for c in candidates for v in values]
            for c in candidates:
                if before[(s,) + c] == wanted:
                    return (s,) + c
        return None


def _saturated(array: np.ndarray, axis: int, step: int, n: int) -> np.ndarray:
    """`array` moved up by `step` along `axis`, values past n - 1 kept at n - 1."""
    if step == 0:
        return array
    out = np.full_like(array, _INF)

    def at(part):
        index = [slice(None)] * array.ndim
        index[axis] = part
        return tuple(index)

    if n - 1 > step:
        out[at(slice(step, n - 1))] = array[at(slice(0, n - 1 - step))]
    out[at(slice(n - 1, n))] = array[at(slice(max(0, n - 1 - step), n))].min(axis=axis, keepdims=True)
    return out


def _counters(volunteer: Volunteer, duties: list[Duty]) -> list[_Counter | None]:
    """The counters a schedule must keep, hard minimums first, then the tightest maximums: the
    volunteer's counting windows (measured as `scheduler.rules.counts` measures them) and their
    caps per shift type."""
    found: list[tuple[float, _Counter | None]] = []
    for window in volunteer.windows:
        least = 0
        if window.min is not None and window.min_weight is None:
            least = window.min - window.already
        most = None if window.max is None else window.max - window.already
        if most is not None and most < 0:
            return [None]
        if window.measure == "weekends":
            weekends = [weekend_of(d) if inside(window, d) else None for d in duties]
            units = [int(w is not None) for w in weekends]
            # a Sunday after a worked Saturday of the window is the same weekend
            saturdays = {d.date for d, w in zip(duties, weekends) if w is not None and d.weekday != _SUNDAY}
            after = [0 if d.weekday == _SUNDAY and d.date - dt.timedelta(days=1) in saturdays else u
                     for d, u in zip(duties, units)]
            upper = len(set(weekends) - {None})
            step = 1
        else:
            raw = [(d.minutes if window.measure == "minutes" else 1) if inside(window, d) else 0 for d in duties]
            step = math.gcd(*[r for r in raw if r]) if any(raw) else 1
            units = [r // step for r in raw]
            after = None
            most_a_day: dict[dt.date, int] = {}
            for d, u in zip(duties, units):  # one duty a day at most
                most_a_day[d.date] = max(most_a_day.get(d.date, 0), u)
            upper = sum(most_a_day.values())
        if least <= 0 and (most is None or most >= upper * step):
            continue  # never binds
        least_steps = max(0, -(-least // step))
        if most is None:
            counter = _Counter(least_steps, False, least_steps, units, after)
        else:
            counter = _Counter(most // step, True, least_steps, units, after)
        found.append((0.0 if least > 0 else counter.top / max(1, upper), counter))
    for template, limit in volunteer.max_per_template.items():
        units = [int(d.template == template) for d in duties]
        if sum(units) > limit:
            found.append((limit / sum(units), _Counter(limit, True, 0, units)))
    return [c for _, c in sorted(found, key=lambda pair: pair[0])]
