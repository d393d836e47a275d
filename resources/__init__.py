"""Icons and other files the app ships (installed as `rekindle_desktop.resources`)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

# The hicolor icon theme's sizes; packaging/make_icons.py renders one PNG for each.
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def _folder() -> Path:
    # A real folder whether installed, editable, or frozen by PyInstaller.
    return Path(str(resources.files(__name__)))


def icon_svg() -> Path:
    """The app icon as SVG (any size)."""
    return _folder() / "rekindle.svg"


def icon_pngs() -> dict[int, Path]:
    """The app icon as PNG, by pixel size, for places that cannot scale an SVG."""
    return {size: _folder() / "icons" / f"rekindle-{size}.png" for size in ICON_SIZES}
