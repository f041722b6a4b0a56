"""The roster board's table view and its cards: a seat is painted as a card (role colour, the
volunteer's full name on one or two lines, lock, violation frame, change marks) or an empty slot
(dashed; red below the minimum); an outreach event's title shows its time and name on two lines."""
from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QStyledItemDelegate, QTableView

from desktop.qtmodels.roster_board_model import CellRole, ChangedRole, HighlightRole, ROLE_COLOURS, ViolationsRole
from exports.vietnamese import short_name

CARD_POINT_SIZE = 9  # names on cards: two lines of 9 pt fit a 34-pixel row
ROW_HEIGHT = 34
TEXT_FLAGS = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft


_FONTS: dict[str, tuple[QFont, QFontMetrics]] = {}  # base font key -> the card font and its metrics


def card_font(base: QFont) -> QFont:
    """A copy of the card font (callers may make it bold; the cached one stays as it is)."""
    return QFont(_card_font(base)[0])


def _card_font(base: QFont) -> tuple[QFont, QFontMetrics]:
    """The card font of `base` and its metrics, made once per base font (painting asks per cell)."""
    key = base.key()
    if key not in _FONTS:
        font = QFont(base)
        font.setPointSize(CARD_POINT_SIZE)
        _FONTS[key] = (font, QFontMetrics(font))
    return _FONTS[key]


def two_lines(words: list[str], metrics: QFontMetrics) -> tuple[str, str]:
    """The split of a name into two lines whose longer line is the shortest."""
    splits = [(" ".join(words[:k]), " ".join(words[k:])) for k in range(1, len(words))]
    return min(splits, key=lambda pair: max(metrics.horizontalAdvance(pair[0]), metrics.horizontalAdvance(pair[1])))


@lru_cache(maxsize=8192)
def _lines(name: str, font_key: str, width: int) -> tuple[str, ...]:
    return tuple(card_lines(name, _FONTS[font_key][1], width))


def card_lines(name: str, metrics: QFontMetrics, width: int) -> list[str]:
    """The lines a card shows for `name` in `width` pixels: the full name on one line, else on
    two lines, else the family initials with the given name ("N.V. Đức"), elided only when even
    that does not fit."""
    if metrics.horizontalAdvance(name) <= width:
        return [name]
    words = name.split()
    if len(words) > 1:
        first, second = two_lines(words, metrics)
        if max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second)) <= width:
            return [first, second]
    short = short_name(name)
    return [metrics.elidedText(short, Qt.TextElideMode.ElideRight, width)]


def fill_two_lines(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """`text` as two lines: as many words on the first as fit, the rest on the second, elided."""
    words, first = text.split(), []
    while words and metrics.horizontalAdvance(" ".join(first + words[:1])) <= width:
        first.append(words.pop(0))
    if not first:  # a first word longer than the line
        first.append(words.pop(0))
    lines = [metrics.elidedText(" ".join(first), Qt.TextElideMode.ElideRight, width)]
    if words:
        lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines


class ChipDelegate(QStyledItemDelegate):
    """Paints the board's cells: cards, empty seats, closed days and event titles."""

    def paint(self, painter: QPainter, option, index: QModelIndex) -> None:
        cell = index.data(CellRole)
        if cell is None or cell.kind not in ("seat", "event_title", "closed"):
            super().paint(painter, option, index)
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if cell.kind == "event_title":
            self._event_title(painter, option, index)
        elif cell.kind == "closed":
            painter.fillRect(option.rect, QColor("#e4e4e4"))
            self._holiday(painter, option, cell)
        elif cell.chip is not None:
            if cell.holiday:
                painter.fillRect(option.rect, QColor("#e4e4e4"))
            self._card(painter, option, index, cell)
        else:
            self._empty(painter, option, index, cell)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(option.palette.highlight().color(), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        painter.restore()

    def text_rect(self, rect: QRect, locked: bool, hard: bool) -> QRect:
        """Where a card's name goes: inside the card, left of the lock and the ⚠ mark."""
        text = rect.adjusted(2, 2, -2, -2).adjusted(6, 0, -4, 0)
        if locked:
            text.setRight(rect.right() - 18)
        if hard:
            text.setRight(text.right() - 14)
        return text

    def lines_of(self, option, index: QModelIndex, cell=None, hard: bool | None = None) -> list[str]:
        """The lines of text the card at `index` shows when drawn in `option.rect`."""
        cell = cell or index.data(CellRole)
        if hard is None:
            hard = any(v.hard for v in index.data(ViolationsRole) or [])
        rect = self.text_rect(option.rect, bool(cell.chip and cell.chip.locked), hard)
        _card_font(option.font)
        return list(_lines(index.data(Qt.ItemDataRole.DisplayRole) or "", option.font.key(), max(rect.width(), 10)))

    def _card(self, painter: QPainter, option, index: QModelIndex, cell) -> None:
        rect = option.rect.adjusted(2, 2, -2, -2)
        violations = index.data(ViolationsRole) or []
        hard = any(v.hard for v in violations)
        role = index.model().board.volunteers.get(cell.chip.volunteer)
        painter.setBrush(QColor(ROLE_COLOURS.get(role.role if role else "", "#eeeeee")))
        if index.data(HighlightRole):
            painter.setPen(QPen(QColor("#e0a000"), 3))
        else:
            painter.setPen(QPen(QColor("#c62828"), 2) if hard else QPen(QColor("#8a96a8"), 1))
        painter.drawRoundedRect(rect, 6, 6)
        text_rect = self.text_rect(option.rect, cell.chip.locked, hard)
        if cell.chip.locked:
            self._lock(painter, QRect(rect.right() - 13, rect.center().y() - 6, 10, 12))
        if hard:
            painter.setPen(QColor("#c62828"))
            painter.drawText(QRect(text_rect.right(), rect.top(), 14, rect.height()), TEXT_FLAGS, "⚠")
        elif violations:
            painter.setBrush(QColor("#ef8f00"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QRect(rect.right() - 7, rect.top() + 2, 5, 5))
        if index.data(ChangedRole):
            painter.setBrush(QColor("#1565c0"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon([QPoint(rect.left(), rect.top()), QPoint(rect.left() + 8, rect.top()),
                                 QPoint(rect.left(), rect.top() + 8)])
        painter.setPen(QColor("#1b1b1b"))
        painter.setFont(_card_font(option.font)[0])
        painter.drawText(text_rect, TEXT_FLAGS, "\n".join(self.lines_of(option, index, cell, hard)))

    def _empty(self, painter: QPainter, option, index: QModelIndex, cell) -> None:
        rect = option.rect.adjusted(2, 2, -2, -2)
        if cell.holiday:
            painter.fillRect(option.rect, QColor("#e4e4e4"))
        missing = index.model().missing(cell)
        if missing:
            pen = QPen(QColor("#c62828") if missing == "min" else QColor("#9aa3b0"), 1, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 6, 6)
            if missing == "min" and rect.width() > 40:
                painter.setPen(QColor("#c62828"))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("ChipDelegate", "empty"))
        else:
            self._holiday(painter, option, cell)

    @staticmethod
    def _holiday(painter: QPainter, option, cell) -> None:
        """A closed day's name, on two lines when it needs them, in its first seat."""
        if cell.holiday and cell.slot == 0:
            painter.setPen(QColor("#555555"))
            painter.setFont(card_font(option.font))
            painter.drawText(option.rect.adjusted(3, 1, -3, -1),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, cell.holiday)

    def _event_title(self, painter: QPainter, option, index: QModelIndex) -> None:
        """The event's start time and name on two lines (the second elided when longer)."""
        font = card_font(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#1b1b1b"))
        rect = option.rect.adjusted(4, 1, -3, -1)
        event = index.data(CellRole).event
        painter.drawText(rect, TEXT_FLAGS, "\n".join(fill_two_lines(f"{event.start} {event.name}",
                                                                     QFontMetrics(font), rect.width())))

    @staticmethod
    def _lock(painter: QPainter, box: QRect) -> None:
        painter.setPen(QPen(QColor("#37474f"), 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawArc(QRect(box.left() + 2, box.top(), box.width() - 4, 9), 0, 180 * 16)
        painter.setBrush(QColor("#37474f"))
        painter.drawRect(QRect(box.left(), box.top() + 5, box.width(), box.height() - 5))


class BoardView(QTableView):
    """The table of seats with drag and drop, a context menu and keyboard verbs."""

    def __init__(self, page, parent=None):
        super().__init__(parent)
        self.page = page
        self.setObjectName("rosterBoard")
        self.setItemDelegate(ChipDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.setDragDropOverwriteMode(True)
        self.setMouseTracking(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.DefaultContextMenu)
        self.setWordWrap(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumSectionSize(30)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.verticalHeader().setFixedWidth(170)
        self.setShowGrid(True)
        self.setStyleSheet("QTableView#rosterBoard { gridline-color: #d0d4da; }")

    def card_texts(self) -> list[tuple[str, list[str]]]:
        """(full name, lines shown) of every card, at the view's current column widths."""
        from PySide6.QtWidgets import QStyleOptionViewItem

        model, delegate, found = self.model(), self.itemDelegate(), []
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                cell = index.data(CellRole)
                if cell is None or cell.chip is None:
                    continue
                option = QStyleOptionViewItem()
                self.initViewItemOption(option)
                option.rect = self.visualRect(index)
                found.append((model.board.name_of(cell.chip.volunteer), delegate.lines_of(option, index)))
        return found

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        index = self.indexAt(event.pos())
        if event.reason() == event.Reason.Keyboard or not index.isValid():
            index = self.currentIndex()
            pos = self.viewport().mapToGlobal(self.visualRect(index).center())
        else:
            pos = event.globalPos()
        if index.isValid():
            self.setCurrentIndex(index)
            self.page.open_menu(index, pos)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        index = self.currentIndex()
        key, mods = event.key(), event.modifiers()
        if index.isValid() and mods == Qt.KeyboardModifier.NoModifier:
            if key == Qt.Key.Key_Delete:
                self.page.remove_at(index)
                return
            if key == Qt.Key.Key_L:
                self.page.toggle_lock_at(index)
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.page.candidates_at(index)
                return
        if index.isValid() and mods == Qt.KeyboardModifier.ControlModifier:
            if key == Qt.Key.Key_X:
                self.page.pick_up(index)
                return
            if key == Qt.Key.Key_V:
                self.page.put_down(index)
                return
        super().keyPressEvent(event)
