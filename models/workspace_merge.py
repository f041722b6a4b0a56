"""Merge imports (formats/workspace.md, "Import modes"): a workspace file laid over the stored
workspace, as one document that is then checked as a whole.

Entities are matched by code (posts and shift templates by code within their center), a known
one is updated for the keys the file gives, a list the file gives replaces that list, and the
objects `rules`, `rules.weights`, `holidays`, `organisation` (and its `targets`) and a template's
`demand` merge key by key. Holiday dates are added (a date the file lists as closed leaves the
open list, and the other way round). Assignments and results are matched by their natural key.
Nothing stored is dropped.

The merged document keeps the file's entries at the file's positions and appends the stored
entries the file does not name, so an error in the file keeps the file's JSON path; an error
found in a stored entry (made invalid by the file, e.g. a shift's weekdays narrowed under a
stored assignment) is relabelled to name that stored entry.
"""
from __future__ import annotations

import re
from typing import Any

from models.workspace_schema import WorkspaceError, assignment_key, result_key

_OBJECTS_MERGED_KEY_BY_KEY = ("rules", "organisation")
_ENTITY_LISTS = ("skills", "units", "events", "volunteers")


def merge_documents(stored: dict, file: Any) -> tuple[Any, dict[str, str]]:
    """The stored document with `file` merged over it, and the labels of the positions that hold
    stored entries the file does not name (merged path → readable name)."""
    if not isinstance(file, dict):
        return file, {}
    labels: dict[str, str] = {}
    merged: dict[str, Any] = {key: file[key] for key in ("format", "version") if key in file}
    for key, value in file.items():
        if key not in stored and key not in merged:
            merged[key] = value  # unknown keys stay, for the checker to report
    for key in _OBJECTS_MERGED_KEY_BY_KEY:
        merged_object = _merge_objects(stored.get(key), file.get(key))
        if merged_object is not None:
            merged[key] = merged_object
    merged["holidays"] = _merge_holidays(stored.get("holidays") or {}, file.get("holidays"))
    for key in _ENTITY_LISTS:
        merged[key] = _merge_by_key(stored.get(key, []), file.get(key, []), key, labels, _code, _merge_entry)
    merged["centers"] = _merge_by_key(stored.get("centers", []), file.get("centers", []), "centers", labels,
                                      _code, _merge_center)
    merged["assignments"] = _merge_by_key(stored.get("assignments", []), file.get("assignments", []),
                                          "assignments", labels, assignment_key, _merge_entry)
    merged["results"] = _merge_by_key(stored.get("results", []), file.get("results", []), "results", labels,
                                      result_key, _merge_entry)
    return merged, labels


def relabel(errors: list[WorkspaceError], labels: dict[str, str]) -> list[WorkspaceError]:
    """Errors with the merged paths of stored entries replaced by the names of those entries."""
    if not labels:
        return errors
    return [WorkspaceError(_relabel_text(error.path, labels), _relabel_text(error.message, labels))
            for error in errors]


_PATH = re.compile(r"[A-Za-z_][\w.\[\]]*")


def _relabel_text(text: str, labels: dict[str, str]) -> str:
    def replace(match: re.Match) -> str:
        found = match.group(0)
        # the longest labelled prefix of this indexed path, e.g. centers[3] in centers[3].posts[1]
        for end in sorted((m.end() for m in re.finditer(r"\[\d+\]", found)), reverse=True):
            if found[:end] in labels:
                return labels[found[:end]] + found[end:]
        return found
    return _PATH.sub(replace, text)


def _code(entry: Any) -> Any:
    return entry.get("code") if isinstance(entry, dict) else None


def _merge_entry(stored: dict, given: dict, path: str, labels: dict[str, str]) -> dict:
    return {**stored, **given}


def _merge_center(stored: dict, given: dict, path: str, labels: dict[str, str]) -> dict:
    merged = {**stored, **given}
    merged["posts"] = _merge_by_key(stored.get("posts", []), given.get("posts", []), f"{path}.posts", labels,
                                    _code, _merge_entry)
    merged["shift_templates"] = _merge_by_key(stored.get("shift_templates", []), given.get("shift_templates", []),
                                              f"{path}.shift_templates", labels, _code, _merge_template)
    return merged


def _merge_template(stored: dict, given: dict, path: str, labels: dict[str, str]) -> dict:
    merged = {**stored, **given}
    if isinstance(given.get("demand"), dict):
        merged["demand"] = {**stored.get("demand", {}), **given["demand"]}
    return merged


def _merge_by_key(stored: list, given: Any, path: str, labels: dict[str, str], key_of, merge_one) -> Any:
    """The file's entries (merged with the stored entry of the same key) in the file's order,
    then the stored entries the file does not name. A file value that is not a list is kept
    as it is, for the checker to report."""
    if not isinstance(given, list):
        return given
    stored_by_key: dict[Any, dict] = {}
    for entry in stored:
        stored_by_key.setdefault(_hashable(key_of(entry)), entry)
    merged: list = []
    used: set = set()
    for entry in given:
        key = _hashable(key_of(entry))
        if key is not None and key in stored_by_key and key not in used and isinstance(entry, dict):
            used.add(key)
            merged.append(merge_one(stored_by_key[key], entry, f"{path}[{len(merged)}]", labels))
        else:
            merged.append(entry)
    for key, entry in stored_by_key.items():
        if key not in used:
            labels[f"{path}[{len(merged)}]"] = f"{path}[stored {_describe(key)}]"
            merged.append(entry)
    return merged


def _hashable(key: Any) -> Any:
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _describe(key: Any) -> str:
    if isinstance(key, tuple):
        return " ".join(str(part) for part in key if part is not None)
    return repr(key)


def _merge_objects(stored: Any, given: Any) -> Any:
    """Objects merged key by key, nested objects too; a given list or scalar replaces; a
    missing or null object keeps the stored one."""
    if given is None:
        return stored
    if not isinstance(given, dict) or not isinstance(stored, dict):
        return given
    merged = dict(stored)
    for key, value in given.items():
        merged[key] = _merge_objects(stored.get(key), value) if isinstance(value, dict) else value
    return merged


def _merge_holidays(stored: dict, given: Any) -> Any:
    if given is None:
        return stored
    if not isinstance(given, dict):
        return given
    merged = {**stored, **{k: v for k, v in given.items() if k not in ("extra_closed", "extra_open")}}
    closed, opened = given.get("extra_closed", []), given.get("extra_open", [])
    if not isinstance(closed, list) or not isinstance(opened, list):
        merged.update({k: given[k] for k in ("extra_closed", "extra_open") if k in given})
        return merged
    for key, own, other in (("extra_closed", closed, opened), ("extra_open", opened, closed)):
        kept = [day for day in stored.get(key, []) if day not in own and day not in other]
        merged[key] = own + kept
    return merged
