"""Validation problems of a form, one per field, raised together so a screen can show each
message next to its field. Messages are English templates (translated by the GUI with the
context "repository", then formatted with `params`)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str  # English template, translate with context "repository", then .format(**params)
    params: dict[str, Any] = field(default_factory=dict)

    def text(self) -> str:
        return self.message.format(**self.params)


class ValidationFailed(Exception):
    """A form has errors; nothing was written. `errors` has one entry per problem."""

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("; ".join(f"{e.field}: {e.text()}" for e in errors))

    def by_field(self) -> dict[str, list[FieldError]]:
        grouped: dict[str, list[FieldError]] = defaultdict(list)
        for error in self.errors:
            grouped[error.field].append(error)
        return dict(grouped)
