"""The engine's structured messages (violations, changes) written for a coordinator, in the
interface language: people by full name, duties as people say them ("Ca 1, Bàn hướng dẫn kê
khai, P. Hồng Gai, Thứ Tư 09/12"), skills by name, numbers in the interface's locale.

The engine's `Violation` carries its rule, volunteer, shift or event and `params` (counts,
limits, skill, dates, the other duty). Nothing here shows `Violation.message` (the English of
the command line), a volunteer code, a shift key or a rule identifier where a name exists.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale

from desktop.views.labels import weekday_long


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


CONTEXT = "engine"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def number(value) -> str:
    """An integer or a decimal in the interface's locale ("4.000" / "43,0" in Vietnamese)."""
    locale = QLocale()
    if isinstance(value, float) and not value.is_integer():
        return locale.toString(value, "f", 1)
    return locale.toString(int(value))


def percent(value: float) -> str:
    """"43,0 %" in Vietnamese, "43.0 %" in English."""
    return f"{QLocale().toString(float(value), 'f', 1)} %"


def day_text(day: dt.date, year: bool = False) -> str:
    """"Thứ Tư 09/12" (with the year: "Thứ Tư 09/12/2026") in the interface language."""
    return f"{weekday_long(day.isoweekday())} {day:%d/%m/%Y}" if year else \
        f"{weekday_long(day.isoweekday())} {day:%d/%m}"


def _date(value) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def split_shift_key(key: str) -> tuple[str, str, dt.date | None, str]:
    """"HCC/F2/2026-12-09/AM" -> ("HCC", "F2", date, "AM") (the post may itself hold a slash)."""
    parts = key.split("/")
    if len(parts) < 4:
        return key, "", None, ""
    return parts[0], "/".join(parts[1:-2]), _date(parts[-2]), parts[-1]


class Names:
    """Codes of a board (volunteers, centers, posts, shifts, events, skills) -> what people call them."""

    def __init__(self, board):
        self.board = board
        lines = board.lines if board else ()
        self.templates = {}
        for line in lines:
            self.templates.setdefault((line.center, line.template), line.template_name)
            self.templates.setdefault((None, line.template), line.template_name)
        self.posts = {(line.center, line.post): line.post_name for line in lines}
        self.centers = {c.code: c.name for c in board.centers} if board else {}
        self.events = {ev.code: ev for ev in board.events} if board else {}

    def person(self, code: str | None) -> str:
        if not code:
            return _tr(QT_TRANSLATE_NOOP("engine", "someone"))
        info = self.board.volunteers.get(code) if self.board else None
        return info.name if info else _tr(QT_TRANSLATE_NOOP("engine", "a volunteer who is not in the workspace"))

    def skill(self, code: str | None) -> str:
        return (self.board.skills.get(code) if self.board else None) or code or ""

    def template(self, code: str | None, center: str | None = None) -> str:
        found = self.templates.get((center, code)) or self.templates.get((None, code))
        return found or _tr(QT_TRANSLATE_NOOP("engine", "the shift"))

    def shift(self, key: str, with_day: bool = True) -> str:
        center, post, day, template = split_shift_key(key)
        parts = [self.template(template, center),
                 self.posts.get((center, post)) or _tr(QT_TRANSLATE_NOOP("engine", "a post")),
                 self.centers.get(center) or _tr(QT_TRANSLATE_NOOP("engine", "another center"))]
        if with_day and day is not None:
            parts.append(day_text(day))
        return ", ".join(parts)

    def event(self, code: str, with_day: bool = True) -> str:
        ev = self.events.get(code)
        if ev is None:
            return _tr(QT_TRANSLATE_NOOP("engine", "an outreach event outside this period"))
        return f"{ev.name}, {day_text(ev.date)}" if with_day else ev.name

    def duty(self, shift: str | None = None, event: str | None = None) -> str:
        if event:
            return self.event(event)
        return self.shift(shift) if shift else ""

    def seat(self, seat) -> str:
        """A `models.roster_edits.Seat` as people say it."""
        if seat.event:
            return self.event(seat.event)
        return self.duty(shift=seat.key)


# What a requirement's role is called inside a sentence ("at least 1 police officer").
ROLE_WORDS = {
    "youth": QT_TRANSLATE_NOOP("engine", "youth member"), "police": QT_TRANSLATE_NOOP("engine", "police officer"),
    "staff": QT_TRANSLATE_NOOP("engine", "center staff member"),
    "leader": QT_TRANSLATE_NOOP("engine", "team leader"),
}
MEASURES = {
    "assignments": QT_TRANSLATE_NOOP("engine", "duties"), "minutes": QT_TRANSLATE_NOOP("engine", "minutes"),
    "weekends": QT_TRANSLATE_NOOP("engine", "weekends"),
}
PARTS = {
    "morning": QT_TRANSLATE_NOOP("engine", "morning"), "afternoon": QT_TRANSLATE_NOOP("engine", "afternoon"),
    "evening": QT_TRANSLATE_NOOP("engine", "evening"),
}
# Sentences of rules about one volunteer on one duty (the duty follows after a dash).
SENTENCES = {
    "unknown_reference": QT_TRANSLATE_NOOP("engine", "An assignment names a volunteer, shift or event that does not exist"),
    "duplicate": QT_TRANSLATE_NOOP("engine", "{person} is assigned twice"),
    "inactive": QT_TRANSLATE_NOOP("engine", "{person} is no longer active"),
    "serves_center": QT_TRANSLATE_NOOP("engine", "{person} serves other centers"),
    "closed_on_holidays": QT_TRANSLATE_NOOP("engine", "The center is closed ({holiday}), yet {person} is on duty"),
    "post_skills": QT_TRANSLATE_NOOP("engine", "{person} lacks the skill “{skill}”"),
    "no_overlap": QT_TRANSLATE_NOOP("engine", "{person} is in two places at once (also {other})"),
    "min_rest_hours": QT_TRANSLATE_NOOP("engine", "{person} rests only {hours} h next to {other} (at least {limit} h)"),
    "max_shifts_per_day": QT_TRANSLATE_NOOP("engine", "{person} has {count} duties that day (at most {limit})"),
    "max_consecutive_days": QT_TRANSLATE_NOOP("engine", "{person} works {count} days in a row, {start} – {end} (at most {limit})"),
    "min_consecutive_days": QT_TRANSLATE_NOOP("engine", "{person} works only {count} days in a row, {start} – {end} (at least {limit})"),
    "min_consecutive_days_off": QT_TRANSLATE_NOOP("engine", "{person} has only {count} days off in a row, {start} – {end} (at least {limit})"),
    "forbidden_successions": QT_TRANSLATE_NOOP("engine", "{person} works this shift right after {other}"),
    "max_per_template": QT_TRANSLATE_NOOP("engine", "{person} works “{template}” {count} times (at most {limit})"),
    "demand_max": QT_TRANSLATE_NOOP("engine", "{count} people on the shift (at most {limit})"),
    "team_max": QT_TRANSLATE_NOOP("engine", "{count} people in the team (at most {limit})"),
    "locks": QT_TRANSLATE_NOOP("engine", "The locked duty of {person} was removed"),
    "cover_min": QT_TRANSLATE_NOOP("engine", "{count} of the {limit} people it needs"),
    "cover_target": QT_TRANSLATE_NOOP("engine", "{count} people, {limit} wanted"),
    "fairness": QT_TRANSLATE_NOOP("engine", "{person} has {count} duties, a fair share is {limit}"),
    "outreach_fairness": QT_TRANSLATE_NOOP("engine", "{person} has {count} outreach events, a fair share is {limit}"),
    "preferences": QT_TRANSLATE_NOOP("engine", "{person} would rather not work this duty"),
    "avoidances": QT_TRANSLATE_NOOP("engine", "{person} asked to avoid this day or post"),
    "mix": QT_TRANSLATE_NOOP("engine", "Nobody experienced ({skills}) on the shift"),
}
WINDOW_MAX = QT_TRANSLATE_NOOP("engine", "{person} has {count} {measure} from {start} to {end} (at most {limit})")
WINDOW_MIN = QT_TRANSLATE_NOOP("engine", "{person} has {count} {measure} from {start} to {end} (at least {limit})")
LEAVE = QT_TRANSLATE_NOOP("engine", "{person} is on leave")
LEAVE_WHY = QT_TRANSLATE_NOOP("engine", "{person} is on leave ({reason})")
AWAY_DAY = QT_TRANSLATE_NOOP("engine", "{person} is not available on {day}")
AWAY_PART = QT_TRANSLATE_NOOP("engine", "{person} is not available on {day} {part}")
ASKED_ON = QT_TRANSLATE_NOOP("engine", "{person} asked to work {what} on {date}")
ASKED_OFF = QT_TRANSLATE_NOOP("engine", "{person} asked not to work this duty")
MOVED_OFF = QT_TRANSLATE_NOOP("engine", "{person} was taken off this duty")
PUT_ON = QT_TRANSLATE_NOOP("engine", "{person} was newly put on this duty")
REQUIREMENT = QT_TRANSLATE_NOOP("engine", "The team lacks at least {limit} {what}")
WITH_SKILL = QT_TRANSLATE_NOOP("engine", "with the skill “{skill}”")
ANYONE = QT_TRANSLATE_NOOP("engine", "member")
FIXED_DUTY = QT_TRANSLATE_NOOP("engine", "another duty on {date}")


def requirement_words(role: str | None, skill: str) -> str:
    """Who a team requirement asks for: "công an có kỹ năng “Kích hoạt VNeID”" (`skill` as
    it is to be shown, "" for none)."""
    what = _tr(ROLE_WORDS.get(role, ANYONE))
    return f"{what} {_tr(WITH_SKILL).format(skill=skill)}" if skill else what


def _other(params: dict, names: Names) -> str:
    if params.get("other_kind") == "event":
        return names.event(params["other"])
    if params.get("other"):
        return names.shift(params["other"])
    day = _date(params.get("date"))
    return params.get("other_label") or _tr(FIXED_DUTY).format(date=day_text(day) if day else "")


def _fields(violation, names: Names) -> dict:
    """The parts a sentence may name, already written for a reader."""
    params = dict(violation.params or {})
    shown = {"person": names.person(violation.volunteer)}
    for key in ("count", "limit", "hours"):
        if key in params and params[key] is not None:
            shown[key] = number(params[key])
    for key in ("start", "end", "date"):
        day = _date(params.get(key))
        if day is not None:
            shown[key] = day_text(day)
    shown["skill"] = names.skill(params.get("skill"))
    shown["skills"] = ", ".join(names.skill(code) for code in params.get("skills", ()))
    shown["holiday"] = params.get("holiday", "")
    shown["template"] = names.template(params.get("template"))
    shown["measure"] = _tr(MEASURES.get(params.get("measure", "assignments"), MEASURES["assignments"]))
    if params.get("other") or params.get("other_label") or params.get("other_kind"):
        shown["other"] = _other(params, names)
    return shown


def _sentence(violation, names: Names) -> str:
    rule, params = violation.rule, dict(violation.params or {})
    shown = _fields(violation, names)
    if rule == "leave":
        reason = params.get("leave_reason")
        return _tr(LEAVE_WHY).format(reason=reason, **shown) if reason else _tr(LEAVE).format(**shown)
    if rule == "availability_weekly":
        day = weekday_long(int(params.get("weekday", 1)))
        if params.get("part") in PARTS:
            return _tr(AWAY_PART).format(day=day, part=_tr(PARTS[params["part"]]), **shown)
        return _tr(AWAY_DAY).format(day=day, **shown)
    if rule == "shift_requests":
        if params.get("wanted"):
            what = names.template(params["template"]) if params.get("template") else \
                _tr(QT_TRANSLATE_NOOP("engine", "any duty"))
            return _tr(ASKED_ON).format(what=what, **shown)
        return _tr(ASKED_OFF).format(**shown)
    if rule == "stability":
        return _tr(MOVED_OFF if params.get("change") == "removed" else PUT_ON).format(**shown)
    if rule == "requirements":
        skill = names.skill(params["skill"]) if params.get("skill") else ""
        return _tr(REQUIREMENT).format(what=requirement_words(params.get("role"), skill), **shown)
    if rule in SENTENCES:
        return _tr(SENTENCES[rule]).format(**_defaults(shown))
    if "count" in shown and "start" in shown:  # a counting window: max_per_week, min_per_month, ...
        template = WINDOW_MAX if rule.startswith("max") else WINDOW_MIN
        return _tr(template).format(**_defaults(shown))
    return _tr(QT_TRANSLATE_NOOP("engine", "{person}: {rule}")).format(rule=rule_name(rule), **shown)


def _defaults(shown: dict) -> dict:
    """Every part a sentence may name, so a message with fewer params still formats."""
    return {"count": "", "limit": "", "hours": "", "start": "", "end": "", "date": "", "other": "",
            **shown}


def rule_name(rule: str) -> str:
    from desktop.qtmodels.roster_board_model import rule_label

    return rule_label(rule)


def violation_text(violation, names: Names, with_duty: bool = True) -> str:
    """One violation as a coordinator reads it: "Đặng Thị Ánh đang nghỉ (Thi học kỳ) — Ca 1, ..."."""
    sentence = _sentence(violation, names)
    duty = names.duty(violation.shift, violation.event) if with_duty else ""
    return f"{sentence} — {duty}" if duty else sentence
