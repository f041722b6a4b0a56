"""The roster board as a table: days as columns; for each center a title row, one row per seat
of each post × shift (a seat holds at most one chip), and an outreach events lane.

A thin adapter over `models.roster_edits.Board`: it lays the board out in rows, answers what
each cell holds, and turns drag and drop into `move_requested` / `swap_requested`. It edits
nothing itself: the page turns requests into undo commands.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QByteArray, QMimeData, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.messages import Names, violation_text
from desktop.views.labels import role_label, weekday_short
from exports.vietnamese import short_name
from models.roster_edits.board import Board, Chip, BoardEvent, Seat, ShiftLine
from models.roster_edits.publishing import Changes

MIME_TYPE = "application/x-duty-roster-chip"

CellRole = Qt.ItemDataRole.UserRole + 1  # the Cell of an index
ViolationsRole = Qt.ItemDataRole.UserRole + 2  # violations on the cell's chip (or empty seat)
ChangedRole = Qt.ItemDataRole.UserRole + 3  # chip not in the published version
HighlightRole = Qt.ItemDataRole.UserRole + 4  # chip placed by the last repair/generate

ROLE_COLOURS = {"youth": "#cfe3ff", "police": "#cdebd3", "staff": "#ffe2bf", "leader": "#e6d6ff"}
CLOSED_COLOUR = "#e4e4e4"
OFF_COLOUR = "#f3f3f3"
TITLE_COLOUR = "#d9dee7"


def post_short_name(name: str) -> str:
    """A post's name as a row label says it: the part before its description ("Tầng 1" of
    "Tầng 1 — đón tiếp, lấy số")."""
    return name.split(" — ", 1)[0].strip() or name


@dataclass(frozen=True)
class Row:
    kind: str  # "center" | "seat" | "event_title" | "event"
    center: str | None
    line: ShiftLine | None = None
    slot: int = 0  # seat number within the line / slot within the day's events


@dataclass(frozen=True)
class Cell:
    """What one cell holds."""

    kind: str  # "title" | "off" | "closed" | "seat" | "event_title"
    seat: Seat | None = None
    chip: Chip | None = None
    slot: int = 0  # which seat of the cell's shift (0-based)
    line: ShiftLine | None = None
    event: BoardEvent | None = None
    holiday: str = ""

    @property
    def droppable(self) -> bool:
        return self.kind == "seat"


class RosterBoardModel(QAbstractTableModel):
    move_requested = Signal(object, object)  # chip, target seat
    swap_requested = Signal(object, object)  # dragged chip, chip dropped on

    def __init__(self, parent=None):
        super().__init__(parent)
        self.board: Board | None = None
        self.names = Names(None)  # the board's codes in words, for the tooltips' rule lines
        self.rows: list[Row] = []
        self.days: tuple[dt.date, ...] = ()
        self._by_seat: dict[str, list[Chip]] = {}
        self._chips: dict[int, Chip] = {}
        self._events_by_day: dict[tuple[str | None, dt.date], list[tuple[BoardEvent, int]]] = {}
        self._centers: dict[str, object] = {}
        self.violations: dict[tuple, list] = {}
        self.changed: frozenset = frozenset()
        self.highlight: frozenset = frozenset()
        self.compact = False  # month view: given names only
        self._compact: dict[str, str] | None = None

    # ---- feeding ---------------------------------------------------------------------------
    def set_board(self, board: Board) -> None:
        self.beginResetModel()
        self.board = board
        self.names = Names(board)
        self.days = board.days
        self._index_chips()
        self.rows = self._layout()
        self.endResetModel()

    def refresh(self) -> None:
        """The board's chips changed (an edit): redraw, re-laying rows only when needed."""
        self._index_chips()
        rows = self._layout()
        if rows != self.rows:
            self.beginResetModel()
            self.rows = rows
            self.endResetModel()
        elif self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.days) - 1))

    def set_violations(self, violations: list) -> None:
        found: dict[tuple, list] = {}
        by_volunteer: dict[str, list[Chip]] = {}
        for chip in self._chips.values():
            by_volunteer.setdefault(chip.volunteer, []).append(chip)
        for v in violations:
            where = v.shift or v.event
            if v.volunteer and where:
                found.setdefault((v.volunteer, where), []).append(v)
            elif v.volunteer and v.hard:  # a limit over the period: every chip of the person
                for chip in by_volunteer.get(v.volunteer, []):
                    found.setdefault(chip.pair, []).append(v)
            elif where and not v.volunteer:  # the seat itself (cover, caps)
                found.setdefault((None, where), []).append(v)
        self.violations = found
        self._redraw()

    def set_changes(self, changes: Changes) -> None:
        self.changed = changes.added
        self._redraw()

    def set_highlight(self, pairs) -> None:
        self.highlight = frozenset(pairs)
        self._redraw()

    def _redraw(self) -> None:
        if self.rows and self.days:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.days) - 1))

    def _index_chips(self) -> None:
        board = self.board
        self._by_seat = board.chips_by_seat()
        self._compact = None  # month names are worked out again from the chips now shown
        self._chips = {c.id: c for c in board.chips}
        self._centers = {c.code: c for c in board.centers}
        self._events_by_day = {}
        for event in board.events:
            slots = self._events_by_day.setdefault((event.center, event.date), [])
            slots += [(event, -1)] + [(event, i) for i in range(max(event.team_max, len(self._by_seat.get(event.code, []))))]

    def _layout(self) -> list[Row]:
        board = self.board
        rows: list[Row] = []
        lanes = sorted({ev.center for ev in board.events if ev.center not in self._centers}, key=lambda c: c or "")
        for center in lanes:  # events of no center (or of a center not shown)
            rows += self._event_rows(center)
        for center in board.centers:
            rows.append(Row("center", center.code))
            for line in board.lines:
                if line.center != center.code:
                    continue
                filled = max((len(self._by_seat.get(line.seat(day).key, [])) for day in self.days), default=0)
                seats = max(line.target, filled + 1)
                seats = min(seats, max(line.max, filled)) if line.max else seats
                rows += [Row("seat", center.code, line, k) for k in range(max(seats, 1))]
            rows += self._event_rows(center.code)
        return rows

    def _event_rows(self, center: str | None) -> list[Row]:
        depth = max((len(slots) for (c, _day), slots in self._events_by_day.items() if c == center), default=0)
        return [Row("event", center, None, k) for k in range(depth)]

    # ---- queries ---------------------------------------------------------------------------
    def cell(self, index: QModelIndex) -> Cell:
        row, day = self.rows[index.row()], self.days[index.column()]
        if row.kind == "center":
            return Cell("title")
        if row.kind == "event":
            slots = self._events_by_day.get((row.center, day), [])
            if row.slot >= len(slots):
                return Cell("off")
            event, member = slots[row.slot]
            if member < 0:
                return Cell("event_title", event.seat, event=event)
            chips = self._by_seat.get(event.code, [])
            return Cell("seat", event.seat, chips[member] if member < len(chips) else None, member, event=event)
        line = row.line
        if not line.runs_on(day):
            return Cell("off", line=line)
        center = self._centers.get(line.center)
        holiday = center.closed.get(day, "") if center else ""
        seat = line.seat(day)
        chips = self._by_seat.get(seat.key, [])
        chip = chips[row.slot] if row.slot < len(chips) else None
        if holiday and chip is None:
            return Cell("closed", seat, None, row.slot, line, holiday=holiday)
        return Cell("seat", seat, chip, row.slot, line, holiday=holiday)

    def index_of_chip(self, chip_id: int) -> QModelIndex:
        for r in range(len(self.rows)):
            for c in range(len(self.days)):
                cell = self.cell(self.index(r, c))
                if cell.chip is not None and cell.chip.id == chip_id:
                    return self.index(r, c)
        return QModelIndex()

    def chip_violations(self, cell: Cell) -> list:
        if cell.chip is not None:
            return self.violations.get(cell.chip.pair, [])
        if cell.seat is not None and cell.slot == 0:
            return self.violations.get((None, cell.seat.key), [])
        return []

    def missing(self, cell: Cell) -> str:
        """"min" below the minimum, "target" below the target, "" otherwise (empty seats)."""
        if cell.kind != "seat" or cell.chip is not None:
            return ""
        lo, target = (cell.event.team_min, cell.event.team_min) if cell.event else (cell.line.min, cell.line.target)
        return "min" if cell.slot < lo else "target" if cell.slot < target else ""

    # ---- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.days)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self.days):
                return None
            day = self.days[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{weekday_short(day.isoweekday())}\n{day:%d/%m}"
            if role == Qt.ItemDataRole.ToolTipRole:
                names = sorted({c.closed[day] for c in self.board.centers if day in c.closed})
                return f"{day:%d/%m/%Y}" + (f" — {', '.join(names)}" if names else "")
            return None
        if section >= len(self.rows):
            return None
        row = self.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if row.kind == "center":
                return row.center
            if row.kind == "seat" and row.slot == 0:
                return f"{row.line.template_name}\n{post_short_name(row.line.post_name)}"
            if row.kind == "event" and row.slot == 0:
                return self.tr("Outreach events")
            return ""
        if role == Qt.ItemDataRole.ToolTipRole and row.kind == "seat":
            line = row.line
            return self.tr("{center} · {shift} ({start}–{end}) · {post}: min {min}, target {target}, max {max}").format(
                center=line.center, shift=line.template_name, start=line.start, end=line.end, post=line.post_name,
                min=line.min, target=line.target, max=line.max)
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows) or index.column() >= len(self.days):
            return None
        cell = self.cell(index)
        if role == CellRole:
            return cell
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.kind == "title":
                center = self._centers.get(self.rows[index.row()].center)
                return center.name if center else ""
            return self._text(cell)
        if role == ViolationsRole:
            return self.chip_violations(cell)
        if role == ChangedRole:
            return cell.chip is not None and cell.chip.pair in self.changed
        if role == HighlightRole:
            return cell.chip is not None and cell.chip.pair in self.highlight
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.kind == "title":
                return QBrush(QColor(TITLE_COLOUR))
            if cell.kind in ("closed", "off"):
                return QBrush(QColor(CLOSED_COLOUR if cell.kind == "closed" else OFF_COLOUR))
            if cell.chip is not None:
                return QBrush(QColor(ROLE_COLOURS.get(self._role(cell.chip), "#eeeeee")))
            return None
        if role == Qt.ItemDataRole.FontRole and cell.kind in ("event_title", "title"):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _role(self, chip: Chip) -> str:
        info = self.board.volunteers.get(chip.volunteer)
        return info.role if info else ""

    def _text(self, cell: Cell) -> str:
        if cell.kind == "title":
            return ""
        if cell.kind == "closed":
            return cell.holiday if cell.slot == 0 else ""
        if cell.kind == "event_title":
            ev = cell.event
            return f"{ev.start} {ev.name}"
        if cell.chip is None:
            return ""
        name = self.board.name_of(cell.chip.volunteer)
        if self.compact:
            return self._compact_names().get(cell.chip.volunteer, name)
        return name

    def card_names(self) -> set[str]:
        """Every text a card of the board shows (for sizing columns)."""
        if self.board is None:
            return set()
        if self.compact:
            return set(self._compact_names().values())
        return {self.board.name_of(code) for code in {c.volunteer for c in self.board.chips}}

    def _compact_names(self) -> dict[str, str]:
        """Month view: each volunteer by their given name, with the family initials ("N.V. Đạt")
        only when two people on the board share that given name."""
        if self._compact is None:
            names = {code: self.board.name_of(code) for code in {c.volunteer for c in self.board.chips}}
            given = {code: (name.split() or [name])[-1] for code, name in names.items()}
            counts = Counter(given.values())
            self._compact = {code: word if counts[word] == 1 else short_name(names[code])
                             for code, word in given.items()}
        return self._compact

    def _tooltip(self, cell: Cell) -> str:
        if cell.kind == "closed":
            return self.tr("Closed: {holiday}").format(holiday=cell.holiday)
        if cell.kind == "event_title":
            ev = cell.event
            return self.tr("{name}\n{start}–{end}, {location}\nteam {low}–{high}").format(
                name=ev.name, start=ev.start, end=ev.end, location=ev.location, low=ev.team_min, high=ev.team_max)
        if cell.kind != "seat":
            return ""
        lines = []
        if cell.chip is not None:
            chip = cell.chip
            info = self.board.volunteers.get(chip.volunteer)
            lines.append(self.board.name_of(chip.volunteer))
            if info is not None:
                lines.append(role_label(info.role))
            if chip.locked:
                lines.append(self.tr("Locked: the solver keeps this assignment"))
            if chip.pair in self.changed:
                lines.append(self.tr("Changed since the published version"))
            if chip.pair in self.highlight:
                lines.append(self.tr("Placed by the last re-plan"))
        else:
            if cell.holiday:
                lines.append(self.tr("Closed: {holiday}").format(holiday=cell.holiday))
            missing = self.missing(cell)
            lines.append(self.tr("Empty seat below the minimum") if missing == "min" else
                         self.tr("Empty seat below the target") if missing == "target" else self.tr("Free seat"))
            lines.append(self.tr("Right-click for candidates"))
        for v in self.chip_violations(cell):
            kind = self.tr("Rule broken") if v.hard else self.tr("Warning")
            lines.append(f"⚠ {kind} — {rule_label(v.rule)}: {violation_text(v, self.names, with_duty=False)}")
        return "\n".join(lines)

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        cell = self.cell(index)
        flags = Qt.ItemFlag.ItemIsEnabled
        if cell.kind in ("seat", "closed"):
            flags |= Qt.ItemFlag.ItemIsSelectable
        if cell.kind == "seat":
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if cell.chip is not None:
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    # ---- drag and drop -----------------------------------------------------------------------
    def supportedDropActions(self):  # noqa: N802
        # Copy, so that the view never deletes the source row after a drop: the page's undo
        # command is what moves the chip.
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def supportedDragActions(self):  # noqa: N802
        return Qt.DropAction.CopyAction

    def mimeTypes(self):  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes):  # noqa: N802
        chips = [self.cell(i).chip for i in indexes if i.isValid()]
        chips = [c for c in chips if c is not None]
        if not chips:
            return None
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(json.dumps({"id": chips[0].id}).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent):  # noqa: N802
        if not data.hasFormat(MIME_TYPE) or not parent.isValid():
            return False
        return self.cell(parent).droppable

    def dropMimeData(self, data, action, row, column, parent):  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        chip = self._chips.get(json.loads(bytes(data.data(MIME_TYPE)).decode())["id"])
        target = self.cell(parent)
        if chip is None or (target.chip is not None and target.chip.id == chip.id):
            return False
        if target.chip is not None:
            if target.chip.volunteer == chip.volunteer:
                return False
            self.swap_requested.emit(chip, target.chip)
        elif target.seat.key == chip.seat.key:
            return False
        else:
            self.move_requested.emit(chip, target.seat)
        return True


RULE_NAMES = {
    "unknown_reference": QT_TRANSLATE_NOOP("rules", "Unknown volunteer or shift"),
    "duplicate": QT_TRANSLATE_NOOP("rules", "Assigned twice"),
    "inactive": QT_TRANSLATE_NOOP("rules", "Inactive volunteer"),
    "serves_center": QT_TRANSLATE_NOOP("rules", "Serves another center"),
    "closed_on_holidays": QT_TRANSLATE_NOOP("rules", "Center closed"),
    "leave": QT_TRANSLATE_NOOP("rules", "On leave"),
    "availability_weekly": QT_TRANSLATE_NOOP("rules", "Not available that day"),
    "post_skills": QT_TRANSLATE_NOOP("rules", "Missing skill"),
    "no_overlap": QT_TRANSLATE_NOOP("rules", "Two places at once"),
    "max_shifts_per_day": QT_TRANSLATE_NOOP("rules", "Too many duties that day"),
    "min_rest_hours": QT_TRANSLATE_NOOP("rules", "Too little rest"),
    "max_per_week": QT_TRANSLATE_NOOP("rules", "Weekly maximum"),
    "max_per_month": QT_TRANSLATE_NOOP("rules", "Monthly maximum"),
    "window_max": QT_TRANSLATE_NOOP("rules", "Limit exceeded"),
    "window_min": QT_TRANSLATE_NOOP("rules", "Minimum not reached"),
    "demand_max": QT_TRANSLATE_NOOP("rules", "Too many people on the shift"),
    "team_max": QT_TRANSLATE_NOOP("rules", "Team too large"),
    "requirements": QT_TRANSLATE_NOOP("rules", "Team composition"),
    "locks": QT_TRANSLATE_NOOP("rules", "Lock removed"),
    "cover_min": QT_TRANSLATE_NOOP("rules", "Seat below the minimum"),
    "cover_target": QT_TRANSLATE_NOOP("rules", "Seat below the target"),
    "window_min_shortfall": QT_TRANSLATE_NOOP("rules", "Below the monthly minimum"),
    "fairness": QT_TRANSLATE_NOOP("rules", "Fairness"),
    "outreach_fairness": QT_TRANSLATE_NOOP("rules", "Fair share of outreach"),
    "preferences": QT_TRANSLATE_NOOP("rules", "Preference not met"),
    "avoidances": QT_TRANSLATE_NOOP("rules", "Day or post to avoid"),
    "shift_requests": QT_TRANSLATE_NOOP("rules", "Shift request"),
    "mix": QT_TRANSLATE_NOOP("rules", "No experienced volunteer"),
    "stability": QT_TRANSLATE_NOOP("rules", "Changed from the previous roster"),
    "max_weekends_per_month": QT_TRANSLATE_NOOP("rules", "Weekends per month"),
    "minutes_per_month": QT_TRANSLATE_NOOP("rules", "Hours per month"),
}


def rule_label(rule: str) -> str:
    """A rule of the engine's catalogue in the interface language."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("rules", RULE_NAMES[rule]) if rule in RULE_NAMES else rule
