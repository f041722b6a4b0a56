"""The statistics chart: every bar stands at its value on the left axis, the running total
and the target on the right axis, each axis with one scale."""
from __future__ import annotations

import pytest

from desktop.views.partials.progress_chart import ProgressChart, nice_top


@pytest.mark.parametrize("value, top", [(0, 4), (3, 4), (12, 20), (95, 100), (320, 400), (3500, 4000), (4001, 5000)])
def test_axis_tops_are_round_and_cover_the_values(value, top):
    assert nice_top(value) == top


def test_bar_heights_match_the_values_on_their_axis(qtbot):
    chart = ProgressChart()
    qtbot.addWidget(chart)
    values = [12, 0, 30, 7, 18]
    chart.set_data(["1", "2", "3", "4", "5"], values, 4000, ("a", "b", "c"))
    shape = chart.geometry_for(600, 300, 50, 50, 30, 20)
    assert shape.bar_top == 40 and shape.line_top == 4000
    for rect, value in zip(shape.bars, values):
        assert rect.bottom() == pytest.approx(shape.plot.bottom())
        assert rect.height() == pytest.approx(shape.plot.height() * value / shape.bar_top)
    # the left tick labels read the bar scale: a bar of 12 reaches 12/40 of the plot
    ticks = dict((label, y) for y, label in shape.left_ticks())
    assert ticks[40] == pytest.approx(shape.plot.top()) and ticks[0] == pytest.approx(shape.plot.bottom())
    assert shape.bars[0].top() == pytest.approx(ticks[10] - (ticks[10] - ticks[20]) * 0.2)
    # the running total 67 and the target 4000 on the right axis
    assert shape.line[-1].y() == pytest.approx(shape.plot.bottom() - shape.plot.height() * 67 / 4000)
    assert shape.target_y == pytest.approx(shape.plot.top())


def test_the_chart_paints_without_data(qtbot):
    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.resize(400, 250)
    chart.grab()
    chart.set_data([], [], 0, ("", "", ""))
    chart.grab()
