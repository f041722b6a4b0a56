"""The workspace settings: organisation, solver weights and targets, default work limits and forbidden
successions."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from exports.vietnamese import nfc
from models import entities as e
from models.db import Database
from models.form_errors import QT_TRANSLATE_NOOP
from models.repository.centers import template_codes
from models.repository.common import NEGATIVE, _Errors, _check_version, _put
from models.volunteer_rules import check_successions, merge_successions


@dataclass(frozen=True)
class SettingsForm:
    organisation: dict[str, Any]  # name, parent, place, signer_title, signer_name
    targets: dict[str, int]
    weights: dict[str, int]
    max_shifts_per_day: int = 1
    min_rest_hours: int = 0
    version: int | None = None
    # pairs (a, b): after a shift of template a, no shift of template b the next day;
    # None leaves what is stored untouched
    forbidden_successions: tuple[tuple[str, str], ...] | None = None


ORGANISATION_FIELDS = ("name", "parent", "place", "signer_title", "signer_name")


def _settings_row(s: Session) -> e.Settings:
    settings = s.scalars(select(e.Settings)).first()
    if settings is None:
        settings = e.Settings(holidays_country="VN", rules={}, organisation=None)
        s.add(settings)
        s.flush()
    return settings


def _in_stored_order(stored: dict | None, values: dict) -> dict:
    """`values` with the keys that were stored first, in their stored order (files round-trip)."""
    stored = stored or {}
    return {**{k: values[k] for k in stored if k in values}, **{k: v for k, v in values.items() if k not in stored}}


def get_settings(db: Database) -> SettingsForm:
    with db.session() as s:
        settings = _settings_row(s)
        organisation = dict(settings.organisation or {})
        rules = settings.rules or {}
        return SettingsForm(
            organisation={k: organisation.get(k, "") or "" for k in ORGANISATION_FIELDS},
            targets=dict(organisation.get("targets") or {}),
            weights=dict(rules.get("weights") or {}),
            max_shifts_per_day=rules.get("max_shifts_per_day", 1),
            min_rest_hours=rules.get("min_rest_hours", 0), version=settings.version,
            forbidden_successions=tuple(tuple(pair) for pair in rules.get("forbidden_successions") or ()))


def save_settings(db: Database, form: SettingsForm) -> None:
    errors = _Errors()
    for name, value in {**form.weights, **form.targets}.items():
        if value is not None and value < 0:
            errors.add(name, NEGATIVE)
    if form.max_shifts_per_day < 1:
        errors.add("max_shifts_per_day", QT_TRANSLATE_NOOP("repository", "Must be at least 1."))
    if form.min_rest_hours < 0:
        errors.add("min_rest_hours", NEGATIVE)
    errors.raise_if_any()
    with db.session() as s:
        if form.forbidden_successions is not None:
            errors.items.extend(check_successions(form.forbidden_successions, template_codes(s)))
            errors.raise_if_any()
        settings = _settings_row(s)
        _check_version(settings, form.version)
        organisation = dict(settings.organisation or {})
        for key in ORGANISATION_FIELDS:
            _put(organisation, key, nfc((form.organisation.get(key) or "").strip()))
        _put(organisation, "targets",
             _in_stored_order(organisation.get("targets"), {k: v for k, v in form.targets.items() if v}))
        settings.organisation = organisation or None
        rules = dict(settings.rules or {})
        # a value left at its default is not written into rules that did not name it
        for name, value, default in (("max_shifts_per_day", form.max_shifts_per_day, 1),
                                     ("min_rest_hours", form.min_rest_hours, 0)):
            if name in rules or value != default:
                rules[name] = value
        if form.forbidden_successions is not None:
            successions = merge_successions(rules.get("forbidden_successions"), form.forbidden_successions)
            if successions is None:
                rules.pop("forbidden_successions", None)
            else:
                rules["forbidden_successions"] = successions
        _put(rules, "weights",
             _in_stored_order(rules.get("weights"), {k: v for k, v in form.weights.items() if v is not None}))
        settings.rules = rules
        flag_modified(settings, "rules")
