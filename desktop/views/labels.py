"""Display names of the workspace's fixed vocabularies (roles, weekdays, field names, rule
weights, targets) and dates written the way the interface language writes them."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from exports.vietnamese import date_vi


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def role_label(role: str) -> str:
    return {
        "youth": _t("Youth member"),
        "police": _t("Police"),
        "staff": _t("Center staff"),
        "leader": _t("Team leader"),
    }.get(role, role)


def weekday_short(day: int) -> str:
    return (_t("Mon"), _t("Tue"), _t("Wed"), _t("Thu"), _t("Fri"), _t("Sat"), _t("Sun"))[day - 1]


def weekday_long(day: int) -> str:
    return (_t("Monday"), _t("Tuesday"), _t("Wednesday"), _t("Thursday"), _t("Friday"),
            _t("Saturday"), _t("Sunday"))[day - 1]


def field_label(name: str) -> str:
    return {
        "code": _t("Code"), "name": _t("Full name"), "role": _t("Role"), "unit": _t("Unit"),
        "phone": _t("Phone"), "email": _t("E-mail"), "skills": _t("Skills"),
        "home_center": _t("Home center"), "active": _t("Active"),
    }.get(name, name)


def weight_label(name: str) -> str:
    return {
        "cover_min": _t("Cover the minimum"), "target_headcount": _t("Reach the target headcount"),
        "fairness": _t("Fairness between volunteers"), "preference": _t("Volunteers' preferences"),
        "stability": _t("Keep the previous roster"), "min_per_month": _t("Minimum shifts per month"),
        "outreach_fairness": _t("Fair share of outreach"), "mix": _t("Mix experienced and new"),
    }.get(name, name)


def target_label(name: str) -> str:
    return {
        "dossiers_supported_per_year": _t("Dossiers supported per year"),
        "citizens_guided_per_year": _t("Citizens guided per year"),
        "vneid_activated_per_year": _t("VNeID accounts activated per year"),
    }.get(name, name)


def date_text(day: dt.date, language: str) -> str:
    """"Thứ Hai 24/11/2026" in Vietnamese, "Mon 24/11/2026" in English."""
    if language == "vi":
        return date_vi(day)
    return f"{weekday_short(day.isoweekday())} {day:%d/%m/%Y}"


def short_date(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"
