"""A seeded generator of hostile workspace files: a small valid workspace, then one mutation of
a named class (huge numbers, non-finite numbers, long or control-laden text, odd times and
dates, Unicode look-alike codes, wrong types, broken structure, ...). Each mutant is the JSON
text as a user could hand it to `duty-roster import`, so textual breakage is covered too."""
from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

WEEK = ("2026-11-23", "2026-11-29")  # Monday to Sunday: the week every downstream command covers


def base_workspace() -> dict:
    """Two centers, ten volunteers, an event and a small roster in the week WEEK."""
    names = ["Nguyễn Thị Thắng", "Trần Văn Hùng", "Lê Ngọc Lan", "Phạm Đức Nam", "Hoàng Thu Hà",
             "Vũ Minh Quân", "Đỗ Thanh Hương", "Bùi Quang Long", "Ngô Khánh Linh", "Dương Hữu Phúc"]
    roles = ["youth", "police", "youth", "staff", "leader", "youth", "police", "youth", "youth", "staff"]
    volunteers = [
        {"code": f"V{i:03d}", "name": name, "unit": "TD" if i % 2 else "CA", "role": roles[i - 1],
         "phone": f"09123456{i:02d}", "email": None, "skills": ["vneid"] if i % 3 == 0 else [],
         "home_center": "HCC" if i <= 6 else "P-HL", "active": True,
         "limits": {"max_per_week": 4, "max_per_month": 12, "min_per_month": 1},
         "unavailable": [{"from": "2026-11-25", "to": "2026-11-25", "reason": "Thi học kỳ"}] if i == 2 else [],
         **({"weekly": {"1": ["AM"], "3": ["*"], "6": ["*"]}} if i == 4 else {}),
         **({"prefers": {"weekdays": [1], "posts": ["F1"]}} if i == 5 else {})}
        for i, name in enumerate(names, start=1)
    ]
    return {
        "format": "duty-roster/workspace", "version": 1,
        "holidays": {"country": "VN", "extra_closed": ["2026-12-31"], "extra_open": []},
        "rules": {"max_shifts_per_day": 1, "min_rest_hours": 8, "forbidden_successions": [["PM", "AM"]],
                  "weights": {"fairness": 10, "preference": 3, "stability": 20, "target_headcount": 2}},
        "skills": [{"code": "vneid", "name": "Hướng dẫn VNeID"}],
        "units": [{"code": "CA", "name": "Công an tỉnh"}, {"code": "TD", "name": "Tỉnh đoàn Quảng Ninh"}],
        "centers": [_center("HCC", "Trung tâm Phục vụ Hành chính công tỉnh", "province", ["F1", "F2"]),
                    _center("P-HL", "Điểm phường Hạ Long", "commune", ["DK"])],
        "events": [{"code": "OUT-1128", "name": "Tuyên truyền VNeID tại THPT Hòn Gai", "date": "2026-11-28",
                    "start": "07:30", "end": "11:30", "location": "THPT Hòn Gai", "center": "HCC",
                    "team": {"min": 2, "max": 3}, "requirements": [{"role": "youth", "min": 1}]}],
        "volunteers": volunteers,
        "assignments": [
            {"volunteer": "V001", "center": "HCC", "post": "F1", "date": "2026-11-24", "shift": "AM", "locked": True},
            {"volunteer": "V003", "event": "OUT-1128", "locked": False},
        ],
        "results": [{"center": "HCC", "date": "2026-11-24", "shift": "AM", "citizens_guided": 41,
                     "dossiers_supported": 12, "vneid_activated": 7, "note": "Đông người"}],
        "organisation": {"name": "Tỉnh đoàn Quảng Ninh", "place": "Quảng Ninh", "signer_title": "Phó Bí thư",
                         "signer_name": "Trần Văn A", "targets": {"dossiers_supported_per_year": 4000}},
    }


def _center(code: str, name: str, level: str, posts: list[str]) -> dict:
    return {
        "code": code, "name": name, "level": level, "closed_on_holidays": True,
        "posts": [{"code": p, "name": f"Vị trí {p}", "required_skills": []} for p in posts],
        "shift_templates": [
            {"code": "AM", "name": "Sáng", "start": "07:30", "end": "11:30", "weekdays": [1, 2, 3, 4, 5],
             "demand": {p: {"min": 1, "target": 1, "max": 2} for p in posts}},
            {"code": "PM", "name": "Chiều", "start": "13:30", "end": "17:00", "weekdays": [1, 2, 3, 4, 5, 6],
             "demand": {p: {"min": 1, "target": 1, "max": 1} for p in posts}},
        ],
    }


# ---- where a mutation can land ------------------------------------------------------------------

def leaves(doc: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    """Every (path, value) of the document whose value is not a container."""
    if isinstance(doc, dict):
        for key, value in doc.items():
            yield from leaves(value, path + (key,))
    elif isinstance(doc, list):
        for index, value in enumerate(doc):
            yield from leaves(value, path + (index,))
    else:
        yield path, doc


def nodes(doc: Any, path: tuple = ()) -> Iterator[tuple[tuple, Any]]:
    """Every (path, value) of the document, containers included (the root excluded)."""
    children = doc.items() if isinstance(doc, dict) else enumerate(doc) if isinstance(doc, list) else ()
    for key, value in children:
        yield path + (key,), value
        yield from nodes(value, path + (key,))


def put(doc: Any, path: tuple, value: Any) -> None:
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value


def _pick(rng: random.Random, doc: dict, test: Callable[[tuple, Any], bool]) -> tuple:
    return rng.choice([path for path, value in leaves(doc) if test(path, value)])


def _is_int(path: tuple, value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_text(path: tuple, value: Any) -> bool:
    return isinstance(value, str) and path[0] not in ("format",)


def _is_name(path: tuple, value: Any) -> bool:
    return isinstance(value, str) and path[-1] in ("name", "location", "reason", "note", "signer_name", "place")


def _is_time(path: tuple, value: Any) -> bool:
    return path[-1] in ("start", "end") and isinstance(value, str)


def _is_date(path: tuple, value: Any) -> bool:
    return isinstance(value, str) and len(value) == 10 and value[4:5] == "-" and value[:4].isdigit()


def _code_paths(doc: dict) -> list[tuple]:
    return [path for path, value in leaves(doc) if path[-1] == "code"]


@dataclass
class Mutant:
    kind: str
    text: str          # the file's content (UTF-8, or bytes given as latin-1 in `raw`)
    raw: bytes | None = None
    valid_hint: bool = False  # expected to be accepted (edge values that are still valid)

    def data(self) -> bytes:
        return self.raw if self.raw is not None else self.text.encode("utf-8", "surrogatepass")


def _dump(doc: Any) -> str:
    try:
        text = json.dumps(doc, ensure_ascii=False)
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return json.dumps(doc)  # lone surrogates as \ud800 escapes


# ---- the mutation classes ----------------------------------------------------------------------

def huge_integer(rng: random.Random, doc: dict) -> str:
    path = _pick(rng, doc, _is_int)
    value = rng.choice(["1" + "0" * 30, str(2 ** 63), str(2 ** 31), "-" + str(2 ** 63), "7" * 5000, "1001"])
    put(doc, path, "@@NUMBER@@")
    return _dump(doc).replace('"@@NUMBER@@"', value)


def non_finite_number(rng: random.Random, doc: dict) -> str:
    path = rng.choice([("rules", "min_rest_hours")] * 3 + [_pick(rng, doc, _is_int)])
    value = rng.choice(["NaN", "Infinity", "-Infinity", "1e400", "-1e400", "-0.5", "1.0", "2.5", "1e308"])
    put(doc, path, "@@NUMBER@@")
    return _dump(doc).replace('"@@NUMBER@@"', value)


def long_text(rng: random.Random, doc: dict) -> str:
    path = _pick(rng, doc, _is_text)
    length = rng.choice([33, 65, 201, 301, 2001, 100_000])
    put(doc, path, (rng.choice(["Nguyễn ", "W", "ộ", "😀"]) * length)[:length])
    return _dump(doc)


def control_characters(rng: random.Random, doc: dict) -> str:
    path = _pick(rng, doc, _is_text)
    char = rng.choice(["\x00", "\x01", "\x07", "\x1b", "\x7f", "\x85", "\n", "\r", "\t", "\ufffe", "\uffff"])
    value = doc_value(doc, path)
    at = rng.randrange(len(value) + 1)
    put(doc, path, value[:at] + char + value[at:])
    return _dump(doc)


def lone_surrogate(rng: random.Random, doc: dict) -> str:
    path = _pick(rng, doc, _is_text)
    put(doc, path, doc_value(doc, path) + rng.choice(["\ud800", "\udfff", "\udc80x"]))
    return json.dumps(doc)


def odd_time(rng: random.Random, doc: dict) -> str:
    path = _pick(rng, doc, _is_time)
    put(doc, path, rng.choice(["07:30\n", "٠٧:٣٠", "０７:３０", "7:30", "24:00", "07:60", " 07:30", "07:30:00",
                               "07-30", "", "0730", "𝟎𝟕:𝟑𝟎"]))
    return _dump(doc)


def odd_date(rng: random.Random, doc: dict) -> str:
    path = _pick(rng, doc, _is_date)
    put(doc, path, rng.choice(["9999-12-31", "0001-01-01", "1999-12-31", "2101-01-01", "2026-11-24\n",
                               "٢٠٢٦-١١-٢٤", "2026-02-30", "2026-11-24T00:00", "+2026-11-24", "26-11-24"]))
    return _dump(doc)


def look_alike_code(rng: random.Random, doc: dict) -> str:
    """A code changed to one equal to another apart from case, Unicode form or invisible characters."""
    import unicodedata

    path = rng.choice(_code_paths(doc))
    code = doc_value(doc, path)
    variant = rng.choice([code.lower(), code.upper(), code + "\u200b", "\u2060" + code, code + "\ufeff",
                          unicodedata.normalize("NFD", code + "é"), code + " ", "\u200b\u200c"])
    put(doc, path, variant)
    # a second entry with the plain code makes a duplicate when the variant is one of case or form
    parent = path[:-2]
    siblings = doc_value(doc, parent) if parent else None
    if isinstance(siblings, list) and rng.random() < 0.7:
        twin = copy.deepcopy(siblings[path[-2]])
        twin["code"] = code
        siblings.append(twin)
    return _dump(doc)


def invisible_name(rng: random.Random, doc: dict) -> str:
    path = _pick(rng, doc, _is_name)
    put(doc, path, rng.choice(["\u200b", "\u200b\u200c\u200d", "\ufeff", "   ", "\u3164", "\u00ad\u2060", ""]))
    return _dump(doc)


def wrong_type(rng: random.Random, doc: dict) -> str:
    path, _ = rng.choice(list(nodes(doc)))
    put(doc, path, rng.choice([None, [], {}, "x", True, 0, -1, 1.5, [None], {"": None}]))
    return _dump(doc)


def version_and_format(rng: random.Random, doc: dict) -> str:
    key, value = rng.choice([("version", 1.0), ("version", "1"), ("version", True), ("version", 2),
                             ("version", None), ("format", "duty-roster/workspace "), ("format", None)])
    doc[key] = value
    return _dump(doc)


def team_null(rng: random.Random, doc: dict) -> str:
    event = doc["events"][0]
    event[rng.choice(["team", "requirements", "center", "location"])] = rng.choice([None, {}, [], {"min": None}])
    return _dump(doc)


def broken_structure(rng: random.Random, doc: dict) -> str:
    depth = rng.choice([40, 1000, 100_000])
    choice = rng.randrange(4)
    if choice == 0:
        return "[" * depth + "]" * depth
    if choice == 1:
        doc["rules"]["weights"]["fairness"] = "@@DEEP@@"
        return _dump(doc).replace('"@@DEEP@@"', '{"a":' * depth + "1" + "}" * depth)
    text = _dump(doc)
    if choice == 2:
        return text[: rng.randrange(1, len(text))]
    return text.replace('"', "", 1) if rng.random() < 0.5 else text + "\n]"


def unknown_or_missing_key(rng: random.Random, doc: dict) -> str:
    path, value = rng.choice([(p, v) for p, v in nodes(doc) if isinstance(v, dict)])
    if value and rng.random() < 0.5:
        del value[rng.choice(list(value))]
    else:
        value[rng.choice(["colour", "nmae", "Code", "\u200bcode", "x" * 300])] = 1
    return _dump(doc)


def edge_but_valid(rng: random.Random, doc: dict) -> str:
    """Values at the very limits of what is allowed: long names, odd scripts, extreme counts."""
    for path in rng.sample([p for p, v in leaves(doc) if _is_name(p, v)], 6):
        put(doc, path, _valid_text(rng, 300 if path[-1] in ("location", "reason") or path[0] == "events" else 200))
    doc["centers"][1]["shift_templates"][0]["demand"]["DK"] = {"min": 0, "target": 0, "max": rng.choice([0, 1000])}
    renamed = rng.sample(sorted({doc_value(doc, path) for path in _code_paths(doc)}), 2)
    for old, new in zip(renamed, rng.sample(["Mã—số_ÂÊÔ" + "x" * 50, "عربي", "中文代码", "A" * 64], 2)):
        _rename_code(doc, old, new)
    rules = doc["rules"]
    rules["min_rest_hours"] = rng.choice([0, 0.5, 11.5, 168])
    rules["max_shifts_per_day"] = rng.choice([1, 2, 24])
    rules["weights"][rng.choice(["fairness", "cover_min", "mix"])] = rng.choice([0, 1_000_000])
    doc["events"][0]["date"] = rng.choice(["2026-11-23", "2026-11-29"])
    doc["volunteers"][0]["unavailable"] = [{"from": "2000-01-01", "to": "2100-12-31", "reason": _valid_text(rng, 300)}]
    doc["results"][0]["note"] = _valid_text(rng, 2000, newlines=True)
    doc["holidays"]["extra_open"] = ["2100-12-31"]
    doc["organisation"]["targets"]["citizens_guided_per_year"] = 1_000_000_000
    return _dump(doc)


def _valid_text(rng: random.Random, length: int, newlines: bool = False) -> str:
    pieces = ["Nguyễn Thị Thắng ", "😀👩‍👩‍👧 ", "עברית ", "العربية ", "中文字符 ", "Ω≈ç√∫ ", "<b>&amp;</b> ",
              "' OR 1=1 -- ", "%s%n{0} ", "\u200b", "\\\\ ", "ﷺ ", "e\u0301\u0301 "]
    if newlines:
        pieces += ["\n", "\t"]
    text = "".join(rng.choice(pieces) for _ in range(length))[:length]
    return text if text.strip("\u200b ") else "A" + text[1:]


def _rename_code(doc: dict, old: str, new: str) -> None:
    """Renames a code and every reference to it (a valid rename)."""
    def walk(value: Any) -> Any:
        if isinstance(value, dict):
            return {(new if k == old else k): walk(v) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v) for v in value]
        return new if value == old else value
    renamed = walk(doc)
    doc.clear()
    doc.update(renamed)


def partial_merge(rng: random.Random, doc: dict) -> str:
    """A merge file naming known entities with only some of their keys, and partial objects."""
    patch: dict[str, Any] = {"format": "duty-roster/workspace", "version": 1}
    volunteer = rng.choice(doc["volunteers"])
    key, value = rng.choice([("name", _valid_text(rng, 40)), ("phone", None), ("active", False),
                             ("limits", {"max_per_week": 1}), ("weekly", {"2": ["PM"]}), ("unavailable", []),
                             ("skills", ["vneid"]), ("serves", ["HCC", "P-HL"]), ("role", rng.choice([1, "boss"]))])
    patch["volunteers"] = [{"code": volunteer["code"], key: value},
                           {"code": f"NEW{rng.randrange(100)}", "name": _valid_text(rng, 30), "home_center": "P-HL"}]
    patch["rules"] = {"weights": {"fairness": rng.randrange(0, 50)}}
    t_key, t_value = rng.choice([("start", "06:00"), ("end", "12:00"), ("weekdays", [1, 2, 3]),
                                 ("demand", {"F1": {"min": 2}}), ("start", "23:59"), ("weekdays", [6, 7])])
    patch["centers"] = [{"code": "HCC", "shift_templates": [{"code": "AM", t_key: t_value}],
                         "posts": [{"code": "F3", "name": "Tầng 3"}]}]
    patch["events"] = [{"code": "OUT-1128", rng.choice(["name", "location"]): _valid_text(rng, 60)}]
    patch["holidays"] = {"extra_closed": [rng.choice(["2026-11-25", "2026-12-31", "2100-12-31"])]}
    patch["organisation"] = {"targets": {"citizens_guided_per_year": rng.randrange(0, 10**6)}}
    patch["assignments"] = [{"volunteer": "V001", "center": "HCC", "post": "F1", "date": "2026-11-24",
                             "shift": "AM", "locked": rng.random() < 0.5}]
    return _dump(patch)


def invalid_utf8(rng: random.Random, doc: dict) -> bytes:
    data = bytearray(_dump(doc).encode("utf-8"))
    at = rng.randrange(len(data))
    data[at:at + 1] = rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x00"])
    return bytes(data)


def doc_value(doc: Any, path: tuple) -> Any:
    for key in path:
        doc = doc[key]
    return doc


CLASSES: dict[str, Callable] = {
    "huge_integer": huge_integer, "non_finite_number": non_finite_number, "long_text": long_text,
    "control_characters": control_characters, "lone_surrogate": lone_surrogate, "odd_time": odd_time,
    "odd_date": odd_date, "look_alike_code": look_alike_code, "invisible_name": invisible_name,
    "wrong_type": wrong_type, "version_and_format": version_and_format, "team_null": team_null,
    "broken_structure": broken_structure, "unknown_or_missing_key": unknown_or_missing_key,
    "edge_but_valid": edge_but_valid, "partial_merge": partial_merge, "invalid_utf8": invalid_utf8,
}


def mutants(seed: int, per_class: int) -> Iterator[Mutant]:
    """`per_class` mutants of every class, in a reproducible order."""
    rng = random.Random(seed)
    base = base_workspace()
    for _ in range(per_class):
        for kind, mutate in CLASSES.items():
            out = mutate(rng, copy.deepcopy(base))
            if isinstance(out, bytes):
                yield Mutant(kind, "", raw=out)
            else:
                yield Mutant(kind, out, valid_hint=kind == "edge_but_valid")
