"""The roster by volunteer: one row per person, their duties day by day, and their totals
against their weekly and monthly limits (red above a maximum, amber below a minimum)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.views.labels import weekday_short
from exports.vietnamese import given_name_key
from models.roster_edits.board import Board
from models.roster_edits.live_check import WindowTotal

COL_NAME = 0
FIRST_DAY = 1
OVER, UNDER = "#f8c9c4", "#fde8b8"


class RosterVolunteerModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.board: Board | None = None
        self.people: list[str] = []
        self.duties: dict[tuple[str, int], list[str]] = {}  # the shifts' names, as people say them
        self.details: dict[tuple[str, int], list[str]] = {}  # shift, post and center, for the tooltip
        self.totals: dict[str, list[WindowTotal]] = {}

    def set_board(self, board: Board, totals: dict[str, list[WindowTotal]] | None = None) -> None:
        self.beginResetModel()
        self.board = board
        if totals is not None:
            self.totals = totals
        centers = {c.code: c.name for c in board.centers}
        events = {ev.code: ev for ev in board.events}
        days = {day: i for i, day in enumerate(board.days)}
        lines = {(line.center, line.template, line.post): line for line in board.lines}
        self.duties, self.details = {}, {}
        busy = set()
        for chip in board.chips:
            seat = chip.seat
            if seat.event is not None:
                ev = events.get(seat.event)
                if ev is None:
                    continue
                day, label, detail = ev.date, self.tr("Outreach"), f"{ev.start} {ev.name}"
            else:
                line = lines.get((seat.center, seat.shift, seat.post))
                day = seat.date
                label = line.template_name if line else seat.shift
                detail = f"{label} · {line.post_name if line else seat.post} ({centers.get(seat.center, seat.center)})"
            if day in days:
                self.duties.setdefault((chip.volunteer, days[day]), []).append(label)
                self.details.setdefault((chip.volunteer, days[day]), []).append(detail)
                busy.add(chip.volunteer)
        self.people = sorted(
            (code for code, info in board.volunteers.items()
             if code in busy or (info.active and (info.home_center in centers or info.home_center is None))),
            key=lambda code: (given_name_key(board.volunteers[code].name), code))
        self.endResetModel()

    def set_totals(self, totals: dict[str, list[WindowTotal]]) -> None:
        self.totals = totals
        if self.people:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(0, last), self.index(len(self.people) - 1, last))

    def total_column(self) -> int:
        return FIRST_DAY + (len(self.board.days) if self.board else 0)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.board is None else self.total_column() + 1

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole or self.board is None:
            return None
        if section == COL_NAME:
            return self.tr("Volunteer")
        if section == self.total_column():
            return self.tr("Totals / limits")
        day = self.board.days[section - FIRST_DAY]
        # A month's narrow columns carry the day of the month; a week's the full date.
        return f"{weekday_short(day.isoweekday())}\n{day:%d}" if len(self.board.days) > 7 else \
            f"{weekday_short(day.isoweekday())}\n{day:%d/%m}"

    def _limits(self, code: str) -> tuple[str, str]:
        """The person's totals against their limits, and "over", "under" or "" for the colour. A
        week or month is dated only when the period holds more than one of them."""
        parts, state = [], ""
        totals = self.totals.get(code, [])
        several = {rule for rule in ("max_per_week", "max_per_month")
                   if sum(1 for total in totals if total.rule == rule) > 1}
        for total in totals:
            if total.rule == "max_per_week":
                parts.append(self.tr("week {start}: {value}/{max}").format(start=f"{total.start:%d/%m}",
                                                                          value=total.value, max=total.max)
                             if total.rule in several else
                             self.tr("week {value}/{max}").format(value=total.value, max=total.max))
            elif total.rule == "max_per_month":
                parts.append(self.tr("month {month}: {value}/{max}").format(month=f"{total.start:%m}",
                                                                           value=total.value, max=total.max)
                             if total.rule in several else
                             self.tr("month {value}/{max}").format(value=total.value, max=total.max))
            elif total.rule == "min_per_month":
                parts.append(self.tr("minimum {min}").format(min=total.min))
            if total.over:
                state = "over"
            elif total.under and not state:
                state = "under"
        return " · ".join(parts), state

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.board is None:
            return None
        code = self.people[index.row()]
        column = index.column()
        if column == COL_NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.board.name_of(code)
            if role == Qt.ItemDataRole.ToolTipRole:
                return code
            return None
        if column == self.total_column():
            text, state = self._limits(code)
            count = sum(len(v) for (who, _d), v in self.duties.items() if who == code)
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr("{count} duties").format(count=count) + (f" · {text}" if text else "")
            if role == Qt.ItemDataRole.BackgroundRole and state:
                return QBrush(QColor(OVER if state == "over" else UNDER))
            if role == Qt.ItemDataRole.ToolTipRole:  # the whole line, which a narrow column cuts
                return (self.tr("Above a maximum") if state == "over" else
                        self.tr("Below the monthly minimum") if state == "under" else
                        self.tr("Within the limits")) + (f"\n{text}" if text else "")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return ", ".join(self.duties.get((code, column - FIRST_DAY), []))
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self.details.get((code, column - FIRST_DAY), [])) or None
        return None
