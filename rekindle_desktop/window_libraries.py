"""Whether the system libraries Qt's window needs can be loaded, asked before Qt is read.

Without one of them Qt either fails to import (a traceback about libglib-2.0.so.0) or
ends the program with "xcb-cursor0 or libxcb-cursor0 is needed", even when another
library is the one missing. Asking the system's loader first lets Rekindle name the
packages that are really missing. Plain Python, no Qt: it runs before Qt is imported.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from rekindle_desktop.errors import UserFacingError


@dataclass(frozen=True)
class Library:
    """A shared library by the name the loader looks for, and the package that ships it."""

    soname: str
    package: str  # on Debian and Ubuntu; apt picks the renamed "t64" package by itself


# What libQt6Core, libQt6Gui, libQt6Widgets and libQt6DBus link (readelf -d on PySide6's
# wheel), except what the wheel carries itself and the C and C++ runtime. Any window
# needs them, on every platform, offscreen too: without them PySide6 cannot be imported.
FOR_ANY_WINDOW = (
    Library("libglib-2.0.so.0", "libglib2.0-0"),
    Library("libgthread-2.0.so.0", "libglib2.0-0"),
    Library("libEGL.so.1", "libegl1"),
    Library("libGL.so.1", "libgl1"),
    Library("libfontconfig.so.1", "libfontconfig1"),
    Library("libfreetype.so.6", "libfreetype6"),
    Library("libxkbcommon.so.0", "libxkbcommon0"),
    Library("libdbus-1.so.3", "libdbus-1-3"),
    Library("libX11.so.6", "libx11-6"),
    Library("libz.so.1", "zlib1g"),
    Library("libzstd.so.1", "libzstd1"),
)

# What Qt's X11 window system adds (plugins/platforms/libqxcb.so and libQt6XcbQpa).
FOR_X11 = (
    Library("libxcb.so.1", "libxcb1"),
    Library("libX11-xcb.so.1", "libx11-xcb1"),
    Library("libxcb-cursor.so.0", "libxcb-cursor0"),
    Library("libxcb-icccm.so.4", "libxcb-icccm4"),
    Library("libxcb-image.so.0", "libxcb-image0"),
    Library("libxcb-keysyms.so.1", "libxcb-keysyms1"),
    Library("libxcb-randr.so.0", "libxcb-randr0"),
    Library("libxcb-render.so.0", "libxcb-render0"),
    Library("libxcb-render-util.so.0", "libxcb-render-util0"),
    Library("libxcb-shape.so.0", "libxcb-shape0"),
    Library("libxcb-shm.so.0", "libxcb-shm0"),
    Library("libxcb-sync.so.1", "libxcb-sync1"),
    Library("libxcb-util.so.1", "libxcb-util1"),
    Library("libxcb-xfixes.so.0", "libxcb-xfixes0"),
    Library("libxcb-xkb.so.1", "libxcb-xkb1"),
    Library("libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)

NAMED_FILES = 4  # more missing libraries are counted, not listed

# Qt tries Wayland first in a Wayland session, and falls back to X11 if it can't.
WAYLAND_CLIENT = "libwayland-client.so.0"


def loads(soname: str) -> bool:
    """True if the system's loader finds and loads the library (as Qt would), or the
    frozen app carries it beside itself (PyInstaller copies some of them)."""
    carried = getattr(sys, "_MEIPASS", None)
    names = [soname]
    if isinstance(carried, str) and (Path(carried) / soname).is_file():
        names.insert(0, str(Path(carried) / soname))
    for name in names:
        try:
            ctypes.CDLL(name)
        except OSError:
            continue
        return True
    return False


def uses_x11(environ: Mapping[str, str], can_load: Callable[[str], bool] = loads) -> bool:
    """True if Qt would open its window through X11 (its xcb platform) here."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith("xcb"):
        return False  # offscreen, wayland, vnc…: chosen on purpose, and tried first
    if not environ.get("DISPLAY"):
        return False
    return bool(platform) or not _wayland_usable(environ, can_load)


def _wayland_usable(environ: Mapping[str, str], can_load: Callable[[str], bool]) -> bool:
    if environ.get("XDG_SESSION_TYPE") != "wayland":
        return False
    socket = Path(environ.get("WAYLAND_DISPLAY") or "wayland-0")
    if not socket.is_absolute():
        socket = Path(environ.get("XDG_RUNTIME_DIR", "/nonexistent")) / socket
    return socket.exists() and can_load(WAYLAND_CLIENT)


def missing_libraries(
    environ: Mapping[str, str], can_load: Callable[[str], bool] = loads
) -> list[Library]:
    """The libraries Qt's window would need here and the loader can't find or load."""
    if not sys.platform.startswith("linux"):
        return []  # Windows and macOS get Qt's libraries with the app
    wanted = FOR_ANY_WINDOW + (FOR_X11 if uses_x11(environ, can_load) else ())
    return [library for library in wanted if not can_load(library.soname)]


def missing_message(missing: Sequence[Library]) -> UserFacingError:
    """What to tell a person whose system lacks some of the window's libraries."""
    # Said before Qt can load, so in English only; written as templates all the same.
    packages = " ".join(dict.fromkeys(library.package for library in missing))
    then = (
        "On Debian or Ubuntu, this installs them:\n"
        "    sudo apt-get install {packages}\n"
        "  Then start Rekindle again. Your journal is not touched."
    )
    if len(missing) <= NAMED_FILES:
        return UserFacingError(
            "The window can't open yet: some system libraries it needs are not installed "
            "({files}).",
            then,
            files=", ".join(library.soname for library in missing),
            packages=packages,
        )
    # A system without any of them: the package line says it all.
    return UserFacingError(
        "The window can't open yet: {count} system libraries it needs are not installed.",
        then,
        count=len(missing),
        packages=packages,
    )


def check_window_libraries(environ: Mapping[str, str] | None = None) -> None:
    """Raise a plain `UserFacingError` naming the packages if Qt's window can't load."""
    missing = missing_libraries(os.environ if environ is None else environ)
    if missing:
        raise missing_message(missing)
