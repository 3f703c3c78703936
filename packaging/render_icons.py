"""Render the app icon (resources/icons/activity-desk.svg) into the raster files installers need,
with Qt itself (its SVG, ICO and ICNS image plugins), so no rsvg/ImageMagick/iconutil is needed.

    python packaging/render_icons.py png DIR [SIZE …]   # DIR/<S>x<S>/activity-desk.png (default 16…512)
    python packaging/render_icons.py ico FILE           # Windows .ico (one 256 px image)
    python packaging/render_icons.py icns FILE          # macOS .icns

Run in a venv with PySide6 (the build venv). Exits 1 with the reason on stderr when Qt cannot read
the SVG or write the format. A plain script: ``packaging/`` is never an importable package.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QImageReader, QImageWriter  # noqa: E402

SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "activity-desk.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def render(size: int) -> QImage:
    """The SVG drawn at ``size``×``size`` pixels (vector rendering, not a scaled bitmap)."""
    reader = QImageReader(str(SVG))
    reader.setScaledSize(QSize(size, size))
    image = reader.read()
    if image.isNull():
        raise SystemExit(f"cannot render {SVG} at {size}px: {reader.errorString()}")
    return image


def write(image: QImage, path: Path, fmt: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = QImageWriter(str(path), fmt)
    if not writer.write(image):
        raise SystemExit(f"cannot write {path} as {fmt.decode()}: {writer.errorString()}")


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] not in {"png", "ico", "icns"}:
        print(__doc__, file=sys.stderr)
        return 2
    _app = QGuiApplication(sys.argv[:1])
    kind, target = argv[0], Path(argv[1])
    if kind == "png":
        for size in [int(s) for s in argv[2:]] or HICOLOR_SIZES:
            write(render(size), target / f"{size}x{size}" / "activity-desk.png", b"png")
    elif kind == "ico":
        write(render(256), target, b"ico")
    else:
        write(render(1024), target, b"icns")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
