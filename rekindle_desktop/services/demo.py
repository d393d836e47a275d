"""A demo journal, so a new person can look around before setting up their own."""

from __future__ import annotations

import tempfile
from pathlib import Path

from rekindle_desktop.crypto.kdf import FLOOR_ARGON2
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services.access import create_journal
from rekindle_desktop.store.journal import Journal

# Printed in the README and shown in the window: the demo holds nothing private.
DEMO_PASSPHRASE = "demo journal - nothing real here"


def create_demo_journal(parent: Path | None = None) -> Journal:
    """A fresh, unlocked demo journal in a new temporary folder."""
    folder = Path(tempfile.mkdtemp(prefix="rekindle-demo-", dir=parent)) / "journal"
    return create_journal(folder, DEMO_PASSPHRASE, Role.BOTH, argon2=FLOOR_ARGON2).journal
