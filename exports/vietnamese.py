"""Vietnamese text: NFC normalisation, diacritic-insensitive search keys, given-name sorting,
weekday names and dates written the Vietnamese way."""
from __future__ import annotations

import datetime as dt
import unicodedata

WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    """Lower-case, without diacritics, đ → d: "Nguyễn Thị Thắng" → "nguyen thi thang"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def matches(query: str, *fields: str | None) -> bool:
    """True when every word of the query appears in the folded fields (any order)."""
    haystack = " ".join(fold(f) for f in fields if f)
    return all(word in haystack for word in fold(query).split())


def _letter_key(text: str) -> tuple:
    # Vietnamese alphabetical order: base letters first (a ă â b c d đ e ê ...), then tones.
    folded = fold(text)
    return (folded, nfc(text).casefold())


def given_name_key(full_name: str) -> tuple:
    """Sort key for Vietnamese names: given name (last word), then family and middle names."""
    words = nfc(full_name).split()
    if not words:
        return ((), ())
    given, rest = words[-1], " ".join(words[:-1])
    return (_letter_key(given), _letter_key(rest))


def weekday_vi(day: dt.date) -> str:
    return WEEKDAYS_VI[day.weekday()]


def date_vi(day: dt.date, *, year: bool = True) -> str:
    """"Thứ Hai 24/11/2026" (or "Thứ Hai 24/11" without the year)."""
    return f"{weekday_vi(day)} {day:%d/%m}" + (f"/{day.year}" if year else "")
