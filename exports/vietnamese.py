"""Vietnamese text: NFC normalisation, diacritic-insensitive search keys, given-name sorting
in Vietnamese dictionary order, weekday names, dates and role names written the Vietnamese way."""
from __future__ import annotations

import datetime as dt
import unicodedata

WEEKDAYS_VI = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

ROLE_NAMES = {
    "youth": "Đoàn viên",
    "police": "Công an",
    "staff": "Cán bộ",
    "leader": "Trưởng nhóm",
}

# The Vietnamese alphabet, with the letters English lacks in their dictionary places.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_LETTER_RANK = {letter: rank for rank, letter in enumerate(_ALPHABET)}
# Combining marks that make a new letter (ă â ê ô ơ ư), as opposed to those that carry a tone.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
# Dictionary order of tones: ngang, huyền, hỏi, ngã, sắc, nặng.
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


def fold(text: str) -> str:
    """Lower-case, without diacritics, đ → d: "Nguyễn Thị Thắng" → "nguyen thi thang"."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.casefold().split())


def matches(query: str, *fields: str | None) -> bool:
    """True when every word of the query appears in the folded fields (any order)."""
    haystack = " ".join(fold(f) for f in fields if f)
    return all(word in haystack for word in fold(query).split())


def _letter_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Letters in Vietnamese dictionary order (a < ă < â < b …, d < đ), then the tones."""
    letters: list[int] = []
    tones: list[int] = []
    for char in nfc(text).casefold():
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[0], decomposed[1:]
        letter = unicodedata.normalize("NFC", base + "".join(m for m in marks if m in _LETTER_MARKS))
        letters.append(_LETTER_RANK.get(letter, len(_ALPHABET) + ord(base)))
        tones.append(next((_TONE_RANK[m] for m in marks if m in _TONE_RANK), 0))
    return tuple(letters), tuple(tones)


def alphabetical_key(text: str) -> tuple:
    """Sort key for other texts (unit and center names), in Vietnamese dictionary order."""
    letters, tones = _letter_key(text)
    return (letters, tones, nfc(text))


def given_name_key(full_name: str) -> tuple:
    """Sort key for Vietnamese names: given name (last word), then family and middle names;
    letters before tones, so "Ánh" sorts with "Anh" and before "Bình"."""
    words = nfc(full_name).split()
    if not words:
        return ((), (), (), (), "")
    given, rest = _letter_key(words[-1]), _letter_key(" ".join(words[:-1]))
    return (given[0], rest[0], given[1], rest[1], " ".join(words))


def weekday_vi(day: dt.date) -> str:
    return WEEKDAYS_VI[day.weekday()]


def date_vi(day: dt.date, *, year: bool = True) -> str:
    """"Thứ Hai 24/11/2026" (or "Thứ Hai 24/11" without the year)."""
    return f"{weekday_vi(day)} {day:%d/%m}" + (f"/{day.year}" if year else "")


def numeric_date(day: dt.date) -> str:
    return f"{day:%d/%m/%Y}"


def period_text(first: dt.date, last: dt.date) -> str:
    """"từ ngày 23/11/2026 đến ngày 29/11/2026"."""
    if first == last:
        return f"ngày {numeric_date(first)}"
    return f"từ ngày {numeric_date(first)} đến ngày {numeric_date(last)}"


def place_and_date(place: str, day: dt.date | None) -> str:
    """The line of an official paper: "Quảng Ninh, ngày 20 tháng 11 năm 2026". Without a
    date the blanks are left for the signer to fill in by hand."""
    prefix = f"{nfc(place)}, " if place else ""
    if day is None:
        return f"{prefix}ngày …… tháng …… năm ……"
    return f"{prefix}ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def role_name(role: str | None) -> str:
    return ROLE_NAMES.get(role or "", role or "")


def after_ca(shift_name: str) -> str | None:
    """The words after a leading "Ca" in a shift's name ("Ca chiều" -> "chiều", "Ca" -> ""),
    None when the name does not start with that word ("Sáng"): the schedule and the
    calendar then add "ca" themselves rather than print "Ca trực Ca chiều"."""
    words = shift_name.split(maxsplit=1)
    if not words or words[0].casefold() != "ca":
        return None
    return words[1] if len(words) == 2 else ""


def short_name(full_name: str) -> str:
    """The compact form used where space is short: initials of the family and middle names,
    then the given name in full ("Nguyễn Văn Đức" → "N.V. Đức")."""
    words = nfc(full_name).split()
    if len(words) < 2:
        return " ".join(words)
    return "".join(f"{word[0]}." for word in words[:-1]) + " " + words[-1]
