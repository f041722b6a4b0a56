"""Public holidays (the `holidays` package) and the days centers stay closed because of them."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from exports.vietnamese import nfc

EXTRA_CLOSED_NAME = "Ngày nghỉ"  # an extra closed day that is no public holiday


@lru_cache(maxsize=64)
def days_between(first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
    """Every date from `first` to `last`, both included (empty when last is before first); a
    tuple because the result is cached and shared."""
    return tuple(first + dt.timedelta(days=n) for n in range((last - first).days + 1))


def monday_of(day: dt.date) -> dt.date:
    """The Monday of the day's week (weeks run Monday to Sunday, as ISO and Vietnamese calendars say)."""
    return day - dt.timedelta(days=day.weekday())


@lru_cache(maxsize=64)
def public_holidays(country: str | None, years: tuple[int, ...], language: str = "vi") -> dict[dt.date, str]:
    """The country's public holidays of those years, named in `language` ("vi" or "en") where
    the package has names in it; an unknown country has none. Cached and shared: read it, never
    change it."""
    import holidays

    if not country:
        return {}
    try:
        calendar = holidays.country_holidays(country.upper(), years=years)
    except NotImplementedError:
        return {}
    wanted = "en_US" if language == "en" else language
    if wanted in getattr(calendar, "supported_languages", ()):
        calendar = holidays.country_holidays(country.upper(), years=years, language=wanted)
    return {day: nfc(name) for day, name in sorted(calendar.items())}


def closed_days(settings: dict | None, start: dt.date, end: dt.date, language: str = "vi") -> dict[dt.date, str]:
    """Dates in [start, end] on which a center that closes on holidays is shut, with the
    holiday's name: the public holidays of `settings["country"]`, plus `extra_closed`, minus
    `extra_open` (the workspace's `holidays` block; dates as ISO strings or dates)."""
    settings = settings or {}
    years = tuple(range(start.year, end.year + 1))
    closed = {day: name for day, name in public_holidays(settings.get("country", "VN"), years, language).items()
              if start <= day <= end}
    for day in map(_date, settings.get("extra_closed", [])):
        if start <= day <= end:
            closed.setdefault(day, EXTRA_CLOSED_NAME)
    for day in map(_date, settings.get("extra_open", [])):
        closed.pop(day, None)
    return dict(sorted(closed.items()))


def _date(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
