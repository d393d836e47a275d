"""Starting the real things tests and benchmarks lean on: a Secret Service and an X server.

Plain functions (no pytest), so the benchmark scripts start them the same way the tests do.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class ServiceMissing(Exception):
    """A program is not installed or did not start; the message says which."""


def require(program: str) -> str:
    found = shutil.which(program)
    if found is None:
        raise ServiceMissing(
            f"{program} is not installed; .ci/run and the README list the packages needed"
        )
    return found


@contextmanager
def secret_service(home: Path) -> Iterator[str]:
    """A real Secret Service (gnome-keyring), unlocked, on a D-Bus session of its own.

    Yields the bus address; whoever uses it sets DBUS_SESSION_BUS_ADDRESS to it.
    """
    (home / "data").mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_RUNTIME_DIR": str(home),
    }
    env.pop("DISPLAY", None)  # the unlock prompt must never try to open a window
    with message_bus(env) as address:
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        # --daemonize returns once the daemon has claimed its bus name, so no polling;
        # the daemon exits by itself when its D-Bus session goes away.
        started = subprocess.run(
            [require("gnome-keyring-daemon"), "--daemonize", "--unlock", "--components=secrets"],
            input=b"test keyring password",
            capture_output=True,
            env=env,
            timeout=30,
        )
        if started.returncode != 0:
            raise ServiceMissing(f"gnome-keyring-daemon did not start: {started.stderr!r}")
        yield address


@contextmanager
def x_server() -> Iterator[str]:
    """A real X server (Xvfb); yields its display name, e.g. ":99"."""
    server = subprocess.Popen(
        [require("Xvfb"), "-displayfd", "1", "-screen", "0", "1100x760x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        number = server.stdout.readline().strip()
        if not number:
            raise ServiceMissing("Xvfb did not start")
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@contextmanager
def message_bus(env: dict[str, str] | None = None) -> Iterator[str]:
    """A private D-Bus daemon (session config, so any name may be owned); yields its address.

    Two of them stand in for a session bus and a system bus side by side.
    """
    bus = subprocess.Popen(
        [require("dbus-daemon"), "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().strip()
        if not address:
            raise ServiceMissing("dbus-daemon did not start")
        yield address
    finally:
        bus.terminate()
        bus.wait(timeout=10)
