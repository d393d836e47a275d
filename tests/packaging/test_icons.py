"""The app icon: every hicolor size present, drawn, current with the SVG, and in the .qrc."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from rekindle_desktop import resources
from tests.packaging.conftest import PACKAGING, ROOT

sys.path.insert(0, str(PACKAGING))
import make_icons


def test_each_size_is_a_warm_flame_on_a_round_badge(qapp: QApplication) -> None:
    assert tuple(resources.icon_pngs()) == make_icons.SIZES
    for size, path in resources.icon_pngs().items():
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size), path
        assert image.pixelColor(0, 0).alpha() == 0, "corners stay transparent"
        # Just below the centre sits the flame's core: warm (red > blue), opaque.
        core = QColor(image.pixelColor(size // 2, size * 5 // 8))
        assert core.alpha() == 255 and core.red() > core.blue() + 40, (size, core.name())


def _differs(a: QColor, b: QColor) -> bool:
    pairs = ((a.red(), b.red()), (a.green(), b.green()), (a.blue(), b.blue()))
    return max(abs(x - y) for x, y in (*pairs, (a.alpha(), b.alpha()))) > 10


def test_pngs_are_rendered_from_the_current_svg(qapp: QApplication, tmp_path: Path) -> None:
    fresh = make_icons.render(resources.icon_svg(), tmp_path)
    for path in fresh:
        size = int(path.stem.split("-")[1])
        new, kept = QImage(str(path)), QImage(str(resources.icon_pngs()[size]))
        total = sum(
            _differs(new.pixelColor(x, y), kept.pixelColor(x, y))
            for x in range(size)
            for y in range(size)
        )
        assert total <= size * size // 100, f"run packaging/make_icons.py ({size} px differs)"


def test_qt_resource_file_lists_every_icon_and_compiles(tmp_path: Path) -> None:
    qrc = ROOT / "resources" / "rekindle.qrc"
    listed = {f.text for f in ET.parse(qrc).getroot().iter("file")}
    on_disk = {"rekindle.svg"} | {f"icons/{p.name}" for p in resources.icon_pngs().values()}
    assert listed == on_disk
    rcc = Path(sys.executable).parent / "pyside6-rcc"
    compiled = subprocess.run(
        [str(rcc), str(qrc), "-o", str(tmp_path / "rekindle_rc.py")],
        capture_output=True,
        text=True,
    )
    assert compiled.returncode == 0, compiled.stderr
    assert "qInitResources" in (tmp_path / "rekindle_rc.py").read_text()
