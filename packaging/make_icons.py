"""Render the application icon (packaging/icons/duty-roster.svg) to the PNG sizes the Linux
desktop, the window and the macOS .icns need, and to the Windows .ico. Run after changing
the artwork (the results are kept in the repository, so a build needs no SVG renderer):

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - needed by QPainter
    renderer = QSvgRenderer(str(ICONS / "duty-roster.svg"))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {ICONS / 'duty-roster.svg'}")
    images = {size: render(renderer, size) for size in SIZES}
    for size, image in images.items():
        if not image.save(str(ICONS / f"duty-roster-{size}.png")):
            raise SystemExit(f"cannot write duty-roster-{size}.png")
    write_ico(ICONS / "duty-roster.ico", [images[size] for size in ICO_SIZES])
    return 0


def write_ico(path: Path, images: list[QImage]) -> None:
    """A Windows .ico holding each size as an embedded PNG (allowed since Windows Vista)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    blobs = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        blobs.append(bytes(data))
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little") + len(blobs).to_bytes(2, "little")
    offset = 6 + 16 * len(blobs)
    entries, payload = b"", b""
    for image, blob in zip(images, blobs):
        side = image.width() % 256  # 256 is written as 0
        entries += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
        entries += len(blob).to_bytes(4, "little") + (offset + len(payload)).to_bytes(4, "little")
        payload += blob
    path.write_bytes(header + entries + payload)


if __name__ == "__main__":
    sys.exit(main())
