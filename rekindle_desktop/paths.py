"""Where a journal lives when the user does not say."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def default_journal_folder() -> Path:
    """The per-user data folder each platform expects, plus `Rekindle/journal`."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "Rekindle" / "journal"
