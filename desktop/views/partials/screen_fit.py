"""The main window's first size: 1280×800 where the screen has room, else the screen's
available area (without the task bar), so no part of the window starts off-screen."""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize

PREFERRED = QSize(1280, 800)


def first_geometry(available: QRect) -> QRect:
    """The window's frame inside `available`: the preferred size at most, centred."""
    size = PREFERRED.boundedTo(available.size())
    left = available.left() + (available.width() - size.width()) // 2
    top = available.top() + (available.height() - size.height()) // 2
    return QRect(left, top, size.width(), size.height())


def fit_to_screen(window, available: QRect | None = None) -> None:
    """Size and place `window` for the screen it opens on (its frame counted in)."""
    if available is None:
        screen = window.screen()
        if screen is None:
            window.resize(PREFERRED)
            return
        available = screen.availableGeometry()
    frame = first_geometry(available)
    margins = window.frameGeometry().size() - window.geometry().size() if window.isVisible() else QSize(0, 0)
    window.resize(frame.size() - margins)
    window.move(frame.topLeft())
