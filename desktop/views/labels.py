"""Display names of the workspace's fixed vocabularies (roles, weekdays, field names, rule
weights, targets) and dates written the way the interface language writes them."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from exports import vietnamese



def role_label(role: str) -> str:
    return {
        "youth": QCoreApplication.translate("labels", "Youth member"),
        "police": QCoreApplication.translate("labels", "Police"),
        "staff": QCoreApplication.translate("labels", "Center staff"),
        "leader": QCoreApplication.translate("labels", "Team leader"),
    }.get(role, role)


def weekday_short(day: int) -> str:
    return (QCoreApplication.translate("labels", "Mon"), QCoreApplication.translate("labels", "Tue"), QCoreApplication.translate("labels", "Wed"), QCoreApplication.translate("labels", "Thu"), QCoreApplication.translate("labels", "Fri"), QCoreApplication.translate("labels", "Sat"), QCoreApplication.translate("labels", "Sun"))[day - 1]


def weekday_long(day: int) -> str:
    return (QCoreApplication.translate("labels", "Monday"), QCoreApplication.translate("labels", "Tuesday"), QCoreApplication.translate("labels", "Wednesday"), QCoreApplication.translate("labels", "Thursday"), QCoreApplication.translate("labels", "Friday"),
            QCoreApplication.translate("labels", "Saturday"), QCoreApplication.translate("labels", "Sunday"))[day - 1]


def field_label(name: str) -> str:
    return {
        "code": QCoreApplication.translate("labels", "Code"), "name": QCoreApplication.translate("labels", "Full name"), "role": QCoreApplication.translate("labels", "Role"), "unit": QCoreApplication.translate("labels", "Unit"),
        "phone": QCoreApplication.translate("labels", "Phone"), "email": QCoreApplication.translate("labels", "E-mail"), "skills": QCoreApplication.translate("labels", "Skills"),
        "home_center": QCoreApplication.translate("labels", "Home center"), "active": QCoreApplication.translate("labels", "Active"),
    }.get(name, name)


def weight_label(name: str) -> str:
    return {
        "cover_min": QCoreApplication.translate("labels", "Cover the minimum"), "target_headcount": QCoreApplication.translate("labels", "Reach the target headcount"),
        "fairness": QCoreApplication.translate("labels", "Fairness between volunteers"), "preference": QCoreApplication.translate("labels", "Volunteers' preferences"),
        "stability": QCoreApplication.translate("labels", "Keep the previous roster"), "min_per_month": QCoreApplication.translate("labels", "Minimum shifts per month"),
        "outreach_fairness": QCoreApplication.translate("labels", "Fair share of outreach"), "mix": QCoreApplication.translate("labels", "Mix experienced and new"),
    }.get(name, name)


def target_label(name: str) -> str:
    return {
        "dossiers_supported_per_year": QCoreApplication.translate("labels", "Dossiers supported per year"),
        "citizens_guided_per_year": QCoreApplication.translate("labels", "Citizens guided per year"),
        "vneid_activated_per_year": QCoreApplication.translate("labels", "VNeID accounts activated per year"),
    }.get(name, name)


def date_text(day: dt.date, language: str) -> str:
    """"Thứ Hai 24/11/2026" in Vietnamese, "Mon 24/11/2026" in English."""
    if language == "vi":
        return vietnamese.date_vi(day)
    return f"{weekday_short(day.isoweekday())} {day:%d/%m/%Y}"


def short_date(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"
