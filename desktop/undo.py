"""Every hand edit of the roster board as a `QUndoCommand` over the data layer
(`models.roster_edits`): redo does the edit in one transaction, undo does the reverse edit, so
the database after an undo is what it was before the edit.

A command talks to a small controller (the board page) that offers `db`, `actor`,
`applied(removed, added)` to show an edit on the loaded board, `current(chip)` (the chip as the
last edit left it: later commands bump its version, an undo may re-create it under a new id),
`renamed(old, new)`, `reload()` and `edit_failed(error)`. The first `redo()` happens in `run()` before the command is pushed, so a
refused edit (someone else changed the chip) never reaches the stack.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from models import roster_edits as edits
from models.roster_edits.board import Chip, NewChip, Seat


class BoardCommand(QUndoCommand):
    def __init__(self, board, text: str, parent: QUndoCommand | None = None):
        super().__init__(text, parent)
        self.board = board
        self._done = False  # run() already did the first redo

    def run(self) -> bool:
        """Do the edit now; False (and nothing pushed) when it was refused."""
        try:
            self.do()
        except Exception as error:  # noqa: BLE001 - shown to the person, the edit is not pushed
            self.board.edit_failed(error)
            return False
        self._done = True
        return True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._guard(self.do)

    def undo(self) -> None:
        self._guard(self.undo_edit)

    def _guard(self, action) -> None:
        try:
            action()
        except Exception as error:  # noqa: BLE001 - a conflict on a shared database
            self.setObsolete(True)
            self.board.edit_failed(error)

    def do(self) -> None:
        raise NotImplementedError

    def undo_edit(self) -> None:
        raise NotImplementedError


class MoveCommand(BoardCommand):
    def __init__(self, board, chip: Chip, seat: Seat, name: str = ""):
        super().__init__(board, QCoreApplication.translate("undo", "Move {name}").format(name=name or chip.volunteer))
        self.chip, self.origin, self.target = chip, chip.seat, seat

    def _move(self, seat: Seat) -> None:
        chip = self.board.current(self.chip)
        self.chip = edits.move(self.board.db, chip, seat, actor=self.board.actor)
        self.board.applied([chip], [self.chip])

    def do(self) -> None:
        self._move(self.target)

    def undo_edit(self) -> None:
        self._move(self.origin)


class SwapCommand(BoardCommand):
    def __init__(self, board, first: Chip, second: Chip, names: tuple[str, str] = ("", "")):
        super().__init__(board, QCoreApplication.translate("undo", "Swap {a} and {b}").format(a=names[0] or first.volunteer,
                                                               b=names[1] or second.volunteer))
        self.first, self.second = first, second

    def _swap(self) -> None:
        first, second = self.board.current(self.first), self.board.current(self.second)
        self.first, self.second = edits.swap(self.board.db, first, second, actor=self.board.actor)
        self.board.applied([first, second], [self.first, self.second])

    def do(self) -> None:
        self._swap()

    def undo_edit(self) -> None:
        self._swap()  # swapping again puts both back


class LockCommand(BoardCommand):
    def __init__(self, board, chip: Chip, locked: bool, name: str = ""):
        text = QCoreApplication.translate("undo", "Lock {name}") if locked else QCoreApplication.translate("undo", "Unlock {name}")
        super().__init__(board, text.format(name=name or chip.volunteer))
        self.chip, self.locked = chip, locked

    def _set(self, locked: bool) -> None:
        chip = self.board.current(self.chip)
        self.chip = edits.set_locked(self.board.db, chip, locked, actor=self.board.actor)
        self.board.applied([chip], [self.chip])

    def do(self) -> None:
        self._set(self.locked)

    def undo_edit(self) -> None:
        self._set(not self.locked)


class ReplaceCommand(BoardCommand):
    """Remove some chips and add others in one transaction; the reverse on undo."""

    action = "edit"

    def __init__(self, board, removed: list[Chip], added: list[NewChip], text: str,
                 parent: QUndoCommand | None = None):
        super().__init__(board, text, parent)
        self.removed = list(removed)  # chips as they are in the database before the edit
        self.added = list(added)
        self.created: list[Chip] = []  # the chips `added` became

    def do(self) -> None:
        removed = [self.board.current(c) for c in self.removed]
        created = edits.replace(self.board.db, removed, self.added, actor=self.board.actor, action=self.action)
        if self.created:  # a redo: the chips come back under new ids
            self.board.renamed(self.created, created)
        self.created = created
        self.board.applied(removed, created)

    def undo_edit(self) -> None:
        created = [self.board.current(c) for c in self.created]
        back = [NewChip(c.volunteer, c.seat, c.locked, c.source) for c in self.removed]
        restored = edits.replace(self.board.db, created, back, actor=self.board.actor, action="undo")
        self.board.renamed(self.removed, restored)
        self.board.applied(created, restored)
        self.removed = restored


class AssignCommand(ReplaceCommand):
    """Put a volunteer on a seat (replacing the chip there, if any)."""

    action = "assign"

    def __init__(self, board, volunteer: str, seat: Seat, replacing: Chip | None = None, name: str = ""):
        super().__init__(board, [replacing] if replacing else [], [NewChip(volunteer, seat)],
                         QCoreApplication.translate("undo", "Assign {name}").format(name=name or volunteer))


class RemoveCommand(ReplaceCommand):
    action = "unassign"

    def __init__(self, board, chip: Chip, name: str = ""):
        super().__init__(board, [chip], [], QCoreApplication.translate("undo", "Remove {name}").format(name=name or chip.volunteer))


class RepairCommand(ReplaceCommand):
    """A solver's roster (generate or re-plan) applied as one step."""

    action = "repair"

    def __init__(self, board, removed: list[Chip], added: list[NewChip], text: str, action: str = "repair",
                 written: tuple[list[Chip], list[Chip]] | None = None):
        super().__init__(board, removed, added, text)
        self.action = action
        # (removed, created) when a background job already wrote the roster: a province
        # roster is thousands of rows, seconds of work that must not run on the GUI thread.
        self._written = written

    def do(self) -> None:
        if self._written is not None:
            removed, self.created = self._written
            self._written = None
            self.board.applied(removed, self.created)
        else:
            super().do()
        # a re-plan shows what it changed; a fresh roster would light up everything
        self.board.highlight([c.pair for c in self.created] if self.action == "repair" else [])

    def undo_edit(self) -> None:
        super().undo_edit()
        self.board.highlight([])


class LeaveCommand(BoardCommand):
    """Mark a volunteer ill or away: a leave range (their chips then break the leave rule
    until they are moved or the roster is re-planned)."""

    def __init__(self, board, volunteer: str, start: dt.date, end: dt.date, reason: str, name: str = ""):
        super().__init__(board, QCoreApplication.translate("undo", "{name} on leave {start}–{end}").format(
            name=name or volunteer, start=f"{start:%d/%m}", end=f"{end:%d/%m}"))
        self.volunteer, self.start, self.end, self.reason = volunteer, start, end, reason
        self.leave_id: int | None = None

    def do(self) -> None:
        self.leave_id = edits.add_leave(self.board.db, self.volunteer, self.start, self.end, self.reason,
                                        actor=self.board.actor)
        self.board.reload()

    def undo_edit(self) -> None:
        edits.remove_leave(self.board.db, self.leave_id, actor=self.board.actor)
        self.leave_id = None
        self.board.reload()
