"""A system without two of the X libraries Qt needs: Rekindle names them, Qt's word is not seen.

The libraries are hidden for real: the app runs in a mount namespace of its own
(`unshare --mount --map-root-user`) where an empty file is bind-mounted over each one,
so the system's loader finds the file and cannot load it, as on a system without the
package. Nothing outside that namespace sees the change. A test-only library folder
on LD_LIBRARY_PATH could add libraries but never hide the system's own, so it would
not show what a person without the package sees. Needs root or user namespaces (CI
runs as root).
"""

from __future__ import annotations

import ctypes
import os
import shutil
import subprocess
import sys
from pathlib import Path

# The two that a fresh Debian 12 lacked while Qt blamed libxcb-cursor0 (issue 14).
HIDDEN = {"libxcb-icccm.so.4": "libxcb-icccm4", "libxcb-keysyms.so.1": "libxcb-keysyms1"}


def _file_loaded_for(soname: str) -> Path:
    """The real file the system's loader opens for `soname` (after symlinks)."""
    ctypes.CDLL(soname)
    for line in Path("/proc/self/maps").read_text().splitlines():
        path = line.split()[-1]
        if Path(path).name.startswith(soname):
            return Path(path)
    raise AssertionError(f"{soname} is loaded but not mapped from a file")


def _without_libraries(
    tmp_path: Path, display: str, *command: str
) -> subprocess.CompletedProcess[str]:
    unshare = shutil.which("unshare")
    assert unshare, "unshare (util-linux) runs the app with libraries hidden"
    empty = tmp_path / "empty"
    empty.touch()
    hide = " && ".join(f"mount --bind {empty} {_file_loaded_for(soname)}" for soname in HIDDEN)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE"}
    }
    env |= {"DISPLAY": display, "XDG_DATA_HOME": str(tmp_path / "data")}
    return subprocess.run(
        [unshare, "--mount", "--map-root-user", "sh", "-c", f'{hide} && exec "$@"', "sh", *command],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )


def test_rekindle_names_the_missing_packages_instead_of_qt(tmp_path: Path, x_display: str) -> None:
    # First, that the hiding is real: Qt itself cannot open a window, and says so in its words.
    qt = _without_libraries(
        tmp_path,
        x_display,
        sys.executable,
        "-c",
        "from PySide6.QtWidgets import QApplication; QApplication(['x'])",
    )
    assert qt.returncode != 0, "the libraries were not hidden from Qt"
    assert "xcb" in qt.stderr

    app = _without_libraries(
        tmp_path, x_display, sys.executable, "-m", "rekindle_desktop", "--demo"
    )
    assert app.returncode == 1
    assert "Traceback" not in app.stderr
    assert "xcb-cursor0 or libxcb-cursor0" not in app.stderr  # Qt's misleading word
    assert f"sudo apt-get install {' '.join(HIDDEN.values())}" in app.stderr
    for soname in HIDDEN:
        assert soname in app.stderr
    assert "libxcb-cursor" not in app.stderr  # it is there; only what is missing is named
