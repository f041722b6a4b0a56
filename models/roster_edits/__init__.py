"""The roster board's data layer: a period's board as plain data, hand edits (assign, remove,
move, swap, lock) in one transaction each, published versions and what changed since, the
rule check of the board's roster and ranked candidates for a seat.

Screens never hold ORM rows. An assignment on the board is a `Chip` carrying the `version` it
was read at; an edit of a chip that someone else changed or deleted since raises
`ConflictError` and writes nothing. Every edit returns the chips as they are after it, so an
undo command can hand them back to the reverse edit.
"""
from __future__ import annotations

from models.roster_edits.board import (
    Board,
    BoardCenter,
    Chip,
    BoardEvent,
    NewChip,
    Publication,
    Seat,
    ShiftLine,
    BoardVolunteer,
    load_board,
    period_chips,
)
from models.roster_edits.edits import add_leave, assign, move, remove_leave, replace, set_locked, swap, unassign
from models.roster_edits.live_check import Candidate, RosterCheck, WindowTotal, diff, window_totals
from models.roster_edits.publishing import (
    Changes,
    Protected,
    changes_since,
    protected_chips,
    publish,
)

__all__ = [
    "Seat",
    "Chip",
    "NewChip",
    "BoardVolunteer",
    "ShiftLine",
    "BoardEvent",
    "BoardCenter",
    "Publication",
    "Board",
    "period_chips",
    "load_board",
    "assign",
    "unassign",
    "move",
    "swap",
    "set_locked",
    "replace",
    "add_leave",
    "remove_leave",
    "publish",
    "Changes",
    "changes_since",
    "Candidate",
    "RosterCheck",
    "diff",
    "WindowTotal",
    "window_totals",
    "Protected",
    "protected_chips",
]
