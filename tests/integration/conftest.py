"""Real services for integration tests: a private D-Bus session with gnome-keyring, and Xvfb."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


def _require(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        pytest.fail(f"{program} is not installed; .ci/run and the README list the packages needed")
    return found


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A real Secret Service (gnome-keyring), unlocked, on a D-Bus session of its own.

    Returns the bus address, which is also set in the environment for the test.
    """
    home = tmp_path / "keyring-home"
    (home / "data").mkdir(parents=True)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(home),
    }
    env.pop("DISPLAY", None)  # the unlock prompt must never try to open a window
    bus = subprocess.Popen(
        [_require("dbus-daemon"), "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    env["DBUS_SESSION_BUS_ADDRESS"] = address
    # --daemonize returns once the daemon has claimed its bus name, so no polling;
    # the daemon exits by itself when its D-Bus session goes away.
    started = subprocess.run(
        [
            _require("gnome-keyring-daemon"),
            "--daemonize",
            "--unlock",
            "--components=secrets",
        ],
        input=b"test keyring password",
        capture_output=True,
        env=env,
        timeout=30,
    )
    if started.returncode != 0:
        bus.kill()
        pytest.fail(f"gnome-keyring-daemon did not start: {started.stderr!r}")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    try:
        yield address
    finally:
        bus.terminate()
        bus.wait(timeout=10)


@pytest.fixture(scope="session")
def x_display() -> Iterator[str]:
    """A real X server (Xvfb) for tests that open a real window."""
    server = subprocess.Popen(
        [
            _require("Xvfb"),
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1100x760x24",
            "-nolisten",
            "tcp",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert server.stdout is not None
    number = server.stdout.readline().strip()
    if not number:
        server.kill()
        pytest.fail("Xvfb did not start")
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)
