"""Copies a sync tool (Syncthing, Nextcloud, Dropbox) keeps beside a shared file.

When a synced file changes on both computers before they next meet, the tool keeps
both: one keeps the name, the other is renamed into a *conflict copy*. Such a copy is
never the file to keep watching; it is safe to delete.
"""

from __future__ import annotations

import re
from pathlib import Path

_CONFLICT_MARKS = (
    # Syncthing: timeline.sync-conflict-20261202-071324-CLDQYLE.rekindle
    re.compile(r"\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}(?:\.|$)"),
    # Nextcloud: "timeline (conflicted copy 2026-12-02 071324).rekindle";
    # Dropbox: "timeline (Sam's conflicted copy 2026-12-02).rekindle"
    re.compile(r" \([^()]*conflicted copy[^()]*\)", re.IGNORECASE),
    # Older Nextcloud and ownCloud clients: timeline_conflict-20261202-071324.rekindle
    re.compile(r"_conflict-\d{8}-\d{6}(?:\.|$)"),
)


def is_conflict_copy(path: Path) -> bool:
    """Whether `path` is named the way a sync tool names a conflict copy."""
    return any(mark.search(path.name) for mark in _CONFLICT_MARKS)


def conflict_copies(path: Path) -> list[Path]:
    """The conflict copies of `path` lying beside it, by name; none if it can't be read."""
    stem, suffix = path.stem, path.suffix
    try:
        beside = list(path.parent.iterdir())
    except OSError:
        return []
    return sorted(
        other
        for other in beside
        if other != path
        and other.name.startswith(stem)
        and other.suffix == suffix
        and is_conflict_copy(other)
    )
