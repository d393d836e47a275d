"""Real services for integration tests: a private D-Bus session with gnome-keyring, and Xvfb."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import real_services


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A real Secret Service (gnome-keyring), unlocked, on a D-Bus session of its own.

    Returns the bus address, which is also set in the environment for the test.
    """
    try:
        with real_services.secret_service(tmp_path / "keyring-home") as address:
            monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
            yield address
    except real_services.ServiceMissing as exc:
        pytest.fail(str(exc))


@pytest.fixture(scope="session")
def x_display() -> Iterator[str]:
    """A real X server (Xvfb) for tests that open a real window."""
    try:
        with real_services.x_server() as display:
            yield display
    except real_services.ServiceMissing as exc:
        pytest.fail(str(exc))
