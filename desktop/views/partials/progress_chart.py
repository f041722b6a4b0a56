"""A bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials): one bar per period
with the running total as a line against the yearly target."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


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

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        metrics = painter.fontMetrics()
        left, right, top, bottom = 8 + metrics.horizontalAdvance("00000"), 12, 12 + metrics.height() + 6, metrics.height() + 10
        plot = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        running = []
        total = 0
        for value in self.values:
            total += value
            running.append(total)
        bar_max = max(self.values, default=0)
        line_max = max([self.target, *running, 1])
        painter.setPen(QPen(self.palette().mid().color()))
        painter.drawRect(plot)
        # the left axis is the running total / target scale
        for step in range(5):
            y = plot.bottom() - plot.height() * step / 4
            painter.setPen(QPen(QColor(0, 0, 0, 30)))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.palette().text().color())
            painter.drawText(QRectF(0, y - metrics.height() / 2, left - 4, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(round(line_max * step / 4)))
        count = max(1, len(self.values))
        slot = plot.width() / count
        bar_scale = (plot.height() * 0.5 / bar_max) if bar_max else 0
        points = []
        small = QFont(painter.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        for index, value in enumerate(self.values):
            x = plot.left() + slot * index
            height = value * bar_scale
            painter.fillRect(QRectF(x + slot * 0.2, plot.bottom() - height, slot * 0.6, height), self.BAR)
            if index < len(self.labels) and (count <= 16 or index % max(1, count // 12) == 0):
                painter.setFont(small)
                painter.setPen(self.palette().text().color())
                painter.drawText(QRectF(x, plot.bottom() + 2, slot, metrics.height()), Qt.AlignmentFlag.AlignHCenter,
                                 self.labels[index])
                painter.setFont(self.font())
            points.append(QPointF(x + slot / 2, plot.bottom() - plot.height() * running[index] / line_max))
        if self.target:
            y = plot.bottom() - plot.height() * self.target / line_max
            painter.setPen(QPen(self.TARGET, 2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        if points:
            painter.setPen(QPen(self.LINE, 2))
            painter.drawPolyline(points)
        # legend above the plot
        x = plot.left()
        for colour, text in zip((self.BAR, self.LINE, self.TARGET), self.legend):
            if not text:
                continue
            painter.fillRect(QRectF(x, 6, 14, metrics.height() - 4), colour)
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(x + 18, 4 + metrics.ascent()), text)
            x += 18 + metrics.horizontalAdvance(text) + 16
        painter.end()
