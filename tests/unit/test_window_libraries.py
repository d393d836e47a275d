"""The check before Qt: which libraries it asks for, when, and what it tells a person."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path

import pytest

from rekindle_desktop import window_libraries
from rekindle_desktop.window_libraries import (
    FOR_ANY_WINDOW,
    FOR_X11,
    Library,
    missing_libraries,
    missing_message,
    uses_x11,
)


def _qt() -> Path:
    spec = find_spec("PySide6")  # found, not imported: unit tests read no Qt
    assert spec is not None and spec.submodule_search_locations
    return Path(next(iter(spec.submodule_search_locations))) / "Qt"


QT = _qt()
# The C and C++ runtime: there on every system that runs Python at all.
RUNTIME = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "ld-linux-x86-64.so.2"}


def _needed(library: Path) -> set[str]:
    readelf = shutil.which("readelf")
    assert readelf, "readelf (binutils) is needed to read what Qt links"
    out = subprocess.run(
        [readelf, "-d", str(library)], capture_output=True, text=True, check=True
    ).stdout
    return {line.split("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line}


def _from_the_system(*libraries: Path) -> set[str]:
    bundled = {path.name for path in (QT / "lib").iterdir()}
    names = set().union(*(_needed(library) for library in libraries))
    return names - bundled - RUNTIME


def test_every_system_library_qt_links_is_asked_for() -> None:
    # If a PySide6 update links a new system library, the check must learn about it.
    lib = QT / "lib"
    any_window = _from_the_system(
        lib / "libQt6Core.so.6",
        lib / "libQt6Gui.so.6",
        lib / "libQt6Widgets.so.6",
        lib / "libQt6DBus.so.6",
    )
    x11 = _from_the_system(QT / "plugins" / "platforms" / "libqxcb.so", lib / "libQt6XcbQpa.so.6")
    asked_any = {library.soname for library in FOR_ANY_WINDOW}
    asked_x11 = {library.soname for library in FOR_X11}
    assert any_window <= asked_any, f"not asked for: {sorted(any_window - asked_any)}"
    assert x11 <= asked_any | asked_x11, f"not asked for: {sorted(x11 - asked_any - asked_x11)}"


def test_the_message_names_the_packages_and_the_line_to_install_them() -> None:
    missing = [
        Library("libxcb-icccm.so.4", "libxcb-icccm4"),
        Library("libxcb-keysyms.so.1", "libxcb-keysyms1"),
        Library("libglib-2.0.so.0", "libglib2.0-0"),
        Library("libgthread-2.0.so.0", "libglib2.0-0"),
    ]
    error = missing_message(missing)
    assert "libxcb-icccm.so.4" in error.message
    assert "libgthread-2.0.so.0" in error.message
    # one package once, in the order found, ready to paste
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libglib2.0-0\n" in error.next_step
    assert "Debian or Ubuntu" in error.next_step
    # calm words, not Qt's: nothing about a plugin, an abort or reinstalling
    words = f"{error.message} {error.next_step}".lower()
    for alarming in ("plugin", "abort", "fatal", "reinstall", "xcb-cursor0 or"):
        assert alarming not in words


def test_a_system_without_any_of_them_hears_the_count_and_every_package() -> None:
    error = missing_message(FOR_ANY_WINDOW + FOR_X11)
    assert f"{len(FOR_ANY_WINDOW + FOR_X11)} system libraries" in error.message
    assert "libxcb-icccm.so.4" not in error.message  # the line to paste is what matters
    packages = error.next_step.split("sudo apt-get install ", 1)[1].split("\n")[0].split()
    assert packages[0] == "libglib2.0-0" and "libxcb-icccm4" in packages
    assert len(packages) == len(set(packages))


def test_nothing_is_missing_on_this_machine() -> None:
    # The tests' own machine has every library (.ci/run installs them): the check is quiet.
    assert missing_libraries({"DISPLAY": ":0"}) == []


def _file_of(soname: str) -> Path:
    """The file the loader opened for `soname` (loaded first if need be)."""
    ctypes.CDLL(soname)
    maps = Path("/proc/self/maps").read_text().splitlines()
    return next(Path(m.split()[-1]) for m in maps if Path(m.split()[-1]).name.startswith(soname))


def test_the_frozen_app_finds_the_libraries_it_carries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A real library under a name no system has, in the folder the frozen app runs from.
    carried = "librekindle-carried-only.so.1"
    shutil.copy(_file_of("libz.so.1"), tmp_path / carried)
    assert not window_libraries.loads(carried)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert window_libraries.loads(carried)


def test_only_what_the_chosen_window_system_needs_is_asked_for() -> None:
    asked: list[str] = []

    def can_load(soname: str) -> bool:
        asked.append(soname)
        return soname != "libxcb-cursor.so.0"

    assert missing_libraries({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, can_load) == []
    assert "libxcb-cursor.so.0" not in asked
    assert "libglib-2.0.so.0" in asked  # any window reads glib, offscreen too
    found = missing_libraries({"DISPLAY": ":0"}, can_load)
    assert [library.package for library in found] == ["libxcb-cursor0"]


def test_x11_is_what_qt_would_use_here(tmp_path: Path) -> None:
    def loads(_soname: str) -> bool:
        return True

    assert uses_x11({"DISPLAY": ":0"}, loads)
    assert uses_x11({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb:nograb"}, loads)
    assert not uses_x11({}, loads)  # no display: Qt stops with its own words about that
    assert not uses_x11({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"}, loads)
    assert not uses_x11({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, loads)
    socket = tmp_path / "wayland-1"
    socket.touch()
    wayland = {
        "DISPLAY": ":0",
        "XDG_SESSION_TYPE": "wayland",
        "XDG_RUNTIME_DIR": str(tmp_path),
        "WAYLAND_DISPLAY": "wayland-1",
    }
    assert not uses_x11(wayland, loads)  # a Wayland session: Qt tries Wayland first
    assert uses_x11({**wayland, "WAYLAND_DISPLAY": "wayland-9"}, loads)  # no such socket
    assert uses_x11(wayland, lambda soname: soname != window_libraries.WAYLAND_CLIENT)
    assert uses_x11({**wayland, "QT_QPA_PLATFORM": "xcb"}, loads)
