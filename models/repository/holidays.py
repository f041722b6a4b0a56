"""The holiday settings: country, extra closed and open days, and the public holidays of a year."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import entities as e
from models import holidays
from models.db import Database
from models.repository.common import DAY_TWICE, _Errors, _check_version, _touch
from models.repository.settings import _settings_row


@dataclass(frozen=True)
class HolidaySettings:
    country: str
    extra_closed: tuple[dt.date, ...]
    extra_open: tuple[dt.date, ...]
    version: int | None = None

    def block(self) -> dict:
        """The settings as the workspace's `holidays` block, what `holidays.closed_days` reads."""
        return {"country": self.country, "extra_closed": list(self.extra_closed), "extra_open": list(self.extra_open)}


def read_holiday_settings(s: Session) -> HolidaySettings:
    """The holiday settings inside an open session, without writing (Vietnam when none are stored)."""
    settings = s.scalars(select(e.Settings)).first()
    overrides = list(s.scalars(select(e.HolidayOverride).order_by(e.HolidayOverride.date)))
    return HolidaySettings(settings.holidays_country if settings else "VN",
                           tuple(o.date for o in overrides if o.closed),
                           tuple(o.date for o in overrides if not o.closed), settings.version if settings else None)


def get_holiday_settings(db: Database) -> HolidaySettings:
    with db.session() as s:
        _settings_row(s)
        return read_holiday_settings(s)


def save_holiday_settings(db: Database, form: HolidaySettings) -> None:
    errors = _Errors()
    for day in sorted(set(form.extra_closed) & set(form.extra_open)):
        errors.add("extra_open", DAY_TWICE, day=day.strftime("%d/%m/%Y"))
    errors.raise_if_any()
    with db.session() as s:
        settings = _settings_row(s)
        _check_version(settings, form.version)
        settings.holidays_country = form.country.upper()
        _touch(settings, "rules")
        for old in s.scalars(select(e.HolidayOverride)):
            s.delete(old)
        s.flush()
        for day in sorted(set(form.extra_closed)):
            s.add(e.HolidayOverride(date=day, closed=True))
        for day in sorted(set(form.extra_open)):
            s.add(e.HolidayOverride(date=day, closed=False))


def public_holidays(country: str, year: int, language: str = "vi") -> list[tuple[dt.date, str]]:
    """The country's public holidays of that year from the `holidays` package."""
    return sorted(holidays.public_holidays(country, (year,), language).items())
