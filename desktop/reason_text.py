"""The engine's reasons ("4 volunteers on leave", "not available on Thursday morning (AM)")
in the interface language.

The engine writes plain English, which is also what `solve --json` prints. The screens show
each reason through this table: a pattern of the English phrase and a translatable template
with the same named parts. A phrase the table does not know is shown as the engine wrote it.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


CONTEXT = "Reasons"

# (pattern of the English phrase, translatable template with the same named groups)
PHRASES: tuple[tuple[re.Pattern, str], ...] = tuple((re.compile(pattern + "$"), template) for pattern, template in (
    (r"inactive", QT_TRANSLATE_NOOP("Reasons", "inactive")),
    (r"serves? other centers", QT_TRANSLATE_NOOP("Reasons", "serve other centers")),
    (r"center closed \((?P<holiday>.*)\)", QT_TRANSLATE_NOOP("Reasons", "center closed ({holiday})")),
    (r"volunteers? on leave", QT_TRANSLATE_NOOP("Reasons", "on leave")),
    (r"not available on (?P<day>\w+) (?P<part>morning|afternoon|evening) \((?P<shift>.*)\)",
     QT_TRANSLATE_NOOP("Reasons", "not available on {day} {part} (shift {shift})")),
    (r"not available on (?P<day>\w+) (?P<part>morning|afternoon|evening)",
     QT_TRANSLATE_NOOP("Reasons", "not available on {day} {part}")),
    (r"not available on (?P<day>\w+)", QT_TRANSLATE_NOOP("Reasons", "not available on {day}")),
    (r"lacks? the skill (?P<skill>.*)", QT_TRANSLATE_NOOP("Reasons", "lack the skill {skill}")),
    (r"already on duty elsewhere at that time", QT_TRANSLATE_NOOP("Reasons", "already on duty elsewhere at that time")),
    (r"already at an outreach event at that time",
     QT_TRANSLATE_NOOP("Reasons", "already at an outreach event at that time")),
    (r"already on another shift at that time", QT_TRANSLATE_NOOP("Reasons", "already on another shift at that time")),
    (r"would not get (?P<hours>[\d.]+) hours of rest", QT_TRANSLATE_NOOP("Reasons", "would not get {hours} hours of rest")),
    (r"at their daily maximum", QT_TRANSLATE_NOOP("Reasons", "at their daily maximum")),
    (r"at their weekly maximum", QT_TRANSLATE_NOOP("Reasons", "at their weekly maximum")),
    (r"at their monthly maximum", QT_TRANSLATE_NOOP("Reasons", "at their monthly maximum")),
    (r"at their (?P<rule>\w+) limit", QT_TRANSLATE_NOOP("Reasons", "at their {rule} limit")),
    (r"would work more than (?P<limit>\d+) days in a row",
     QT_TRANSLATE_NOOP("Reasons", "would work more than {limit} days in a row")),
    (r"cannot work that shift right after or before their shift of the day next to it",
     QT_TRANSLATE_NOOP("Reasons", "cannot work that shift next to their shift of the day before or after")),
    (r"at their maximum of (?P<shift>.*) shifts", QT_TRANSLATE_NOOP("Reasons", "at their maximum of {shift} shifts")),
    (r"free but no team meets the requirements", QT_TRANSLATE_NOOP("Reasons", "free but no team meets the requirements")),
    (r"free but not chosen before the solver stopped",
     QT_TRANSLATE_NOOP("Reasons", "free but not chosen before the solver stopped")),
    (r'only (?P<able>\d+) free for "at least (?P<need>\d+) (?P<what>.*)"',
     QT_TRANSLATE_NOOP("Reasons", "only {able} free for \"at least {need} {what}\"")),
))

WORDS = {
    "Monday": QT_TRANSLATE_NOOP("Reasons", "Monday"), "Tuesday": QT_TRANSLATE_NOOP("Reasons", "Tuesday"),
    "Wednesday": QT_TRANSLATE_NOOP("Reasons", "Wednesday"), "Thursday": QT_TRANSLATE_NOOP("Reasons", "Thursday"),
    "Friday": QT_TRANSLATE_NOOP("Reasons", "Friday"), "Saturday": QT_TRANSLATE_NOOP("Reasons", "Saturday"),
    "Sunday": QT_TRANSLATE_NOOP("Reasons", "Sunday"), "morning": QT_TRANSLATE_NOOP("Reasons", "morning"),
    "afternoon": QT_TRANSLATE_NOOP("Reasons", "afternoon"), "evening": QT_TRANSLATE_NOOP("Reasons", "evening"),
    "youth": QT_TRANSLATE_NOOP("Reasons", "youth"), "police": QT_TRANSLATE_NOOP("Reasons", "police"),
    "staff": QT_TRANSLATE_NOOP("Reasons", "staff"), "leader": QT_TRANSLATE_NOOP("Reasons", "leader"),
}

_COUNTED = re.compile(r"^(?P<count>\d+) (?P<phrase>(?!free for).*)$")


def _word(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, WORDS[text]) if text in WORDS else text


_REQUIREMENT = re.compile(r"^(?P<role>youth|police|staff|leader)?(?: with )?(?:skill (?P<skill>\S+))?$")


def _requirement(what: str, names) -> str:
    """"police with skill vneid" -> "công an có kỹ năng “Kích hoạt VNeID”" (skill by name when known)."""
    from desktop.messages import requirement_words

    found = _REQUIREMENT.match(what)
    if found is None:
        return what
    skill = found["skill"] or ""
    return requirement_words(found["role"], names.skill(skill) if names is not None and skill else skill)


def phrase_text(phrase: str, names=None) -> str:
    """One reason phrase (without a count) in the interface language; with `names`
    (desktop.messages.Names) skills and shifts are given by name rather than code."""
    for pattern, template in PHRASES:
        found = pattern.match(phrase)
        if found:
            parts = {key: _word(value) for key, value in found.groupdict().items()}
            if "what" in parts:  # "police with skill vneid"
                parts["what"] = _requirement(found["what"], names)
            if names is not None and "skill" in parts:
                parts["skill"] = names.skill(found["skill"])
            if names is not None and "shift" in parts:
                parts["shift"] = names.template(found["shift"])
            return QCoreApplication.translate(CONTEXT, template).format(**parts)
    return phrase


def reason_text(reason: str, names=None) -> str:
    """A reason of `Unfilled.reasons` ("3 volunteers on leave") in the interface language."""
    counted = _COUNTED.match(reason)
    if counted and not reason.startswith("only "):
        return f"{counted['count']} {phrase_text(counted['phrase'], names)}"
    return phrase_text(reason, names)
