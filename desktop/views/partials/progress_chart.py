"""A bar chart drawn with QPainter (QtCharts is in PySide6-Addons, too large for the bundle):
one bar per period against the left axis, the running total and the yearly target as lines
against the right axis. Each axis has exactly one scale, and the bars and lines are placed by
the same function that draws the tick labels (`geometry`), so a bar can only stand at the
height its axis says."""
from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

TICKS = 4  # intervals on each axis


def nice_top(value: float) -> int:
    """The smallest round number (1, 1.25, 1.5, 2, 2.5 or 5 times a power of ten, times TICKS)
    at or above `value`, so that the tick labels are round too."""
    if value <= 0:
        return TICKS
    power = 10 ** max(0, math.floor(math.log10(value / TICKS)))
    for step in (1, 1.25, 1.5, 2, 2.5, 5, 10):
        top = step * power * TICKS
        if top >= value and float(top).is_integer():
            return int(top)
    return int(10 * power * TICKS)


@dataclass(frozen=True)
class ChartGeometry:
    plot: QRectF
    bar_top: int  # the value at the top of the left axis
    line_top: int  # the value at the top of the right axis
    bars: list[QRectF]
    line: list[QPointF]
    target_y: float | None

    def left_ticks(self) -> list[tuple[float, int]]:
        return self._ticks(self.bar_top)

    def right_ticks(self) -> list[tuple[float, int]]:
        return self._ticks(self.line_top)

    def _ticks(self, top: int) -> list[tuple[float, int]]:
        """(height, label) of each tick of an axis whose top is `top`, from the bottom up."""
        return [(self.y(top * step / TICKS, top), round(top * step / TICKS)) for step in range(TICKS + 1)]

    def y(self, value: float, top: int) -> float:
        return self.plot.bottom() - self.plot.height() * value / top


class ProgressChart(QWidget):
    BAR = QColor("#2e7d32")
    LINE = QColor("#1565c0")
    TARGET = QColor("#c62828")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.labels: list[str] = []
        self.values: list[int] = []
        self.target = 0
        self.legend = ("", "", "")  # bars, running total, target

    def set_data(self, labels: list[str], values: list[int], target: int, legend: tuple[str, str, str]) -> None:
        self.labels, self.values, self.target, self.legend = labels, values, target, legend
        self.update()

    def geometry_for(self, width: int, height: int, margin_left: float, margin_right: float,
                     margin_top: float, margin_bottom: float) -> ChartGeometry:
        plot = QRectF(margin_left, margin_top, max(10.0, width - margin_left - margin_right),
                      max(10.0, height - margin_top - margin_bottom))
        running = []
        total = 0
        for value in self.values:
            total += value
            running.append(total)
        bar_top = nice_top(max(self.values, default=0))
        line_top = nice_top(max([self.target, *running, 0]))
        slot = plot.width() / max(1, len(self.values))
        bars, line = [], []
        for index, value in enumerate(self.values):
            x = plot.left() + slot * index
            height = plot.height() * value / bar_top
            bars.append(QRectF(x + slot * 0.2, plot.bottom() - height, slot * 0.6, height))
            line.append(QPointF(x + slot / 2, plot.bottom() - plot.height() * running[index] / line_top))
        target_y = plot.bottom() - plot.height() * self.target / line_top if self.target else None
        return ChartGeometry(plot, bar_top, line_top, bars, line, target_y)

    def geometry(self, metrics) -> ChartGeometry:
        margin = 10 + metrics.horizontalAdvance("000000")
        return self.geometry_for(self.width(), self.height(), margin, margin,
                                 12 + metrics.height() + 6, metrics.height() + 10)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        shape = self.geometry(metrics)
        plot = shape.plot
        painter.setPen(QPen(self.palette().mid().color()))
        painter.drawRect(plot)
        self._axis_labels(painter, shape, metrics)
        for rect in shape.bars:
            painter.fillRect(rect, self.BAR)
        self._period_labels(painter, shape, metrics)
        if shape.target_y is not None:
            painter.setPen(QPen(self.TARGET, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), shape.target_y), QPointF(plot.right(), shape.target_y))
        if shape.line:
            painter.setPen(QPen(self.LINE, 2))
            painter.drawPolyline(shape.line)
        self._legend(painter, plot, metrics)
        painter.end()

    def _axis_labels(self, painter: QPainter, shape: ChartGeometry, metrics) -> None:
        plot = shape.plot
        for (y, value), (_y, line_value) in zip(shape.left_ticks(), shape.right_ticks()):
            painter.setPen(QPen(QColor(0, 0, 0, 30)))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.BAR)
            painter.drawText(QRectF(0, y - metrics.height() / 2, plot.left() - 4, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
            painter.setPen(self.LINE)
            painter.drawText(QRectF(plot.right() + 4, y - metrics.height() / 2, self.width() - plot.right() - 4,
                                    metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(line_value))

    def _period_labels(self, painter: QPainter, shape: ChartGeometry, metrics) -> None:
        count = max(1, len(self.values))
        slot = shape.plot.width() / count
        small = QFont(painter.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        painter.setPen(self.palette().text().color())
        for index, label in enumerate(self.labels[:len(self.values)]):
            if count <= 16 or index % max(1, count // 12) == 0:
                x = shape.plot.left() + slot * index
                painter.drawText(QRectF(x, shape.plot.bottom() + 2, slot, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter, label)
        painter.setFont(self.font())

    def _legend(self, painter: QPainter, plot: QRectF, metrics) -> None:
        x = plot.left()
        for colour, text in zip((self.BAR, self.LINE, self.TARGET), self.legend):
            if not text:
                continue
            painter.fillRect(QRectF(x, 6, 14, metrics.height() - 4), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(x + 18, 4 + metrics.ascent()), text)
            x += 18 + metrics.horizontalAdvance(text) + 16
