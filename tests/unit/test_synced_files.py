"""Conflict copies are told apart by the names sync tools give them, and nothing else is."""

from __future__ import annotations

from pathlib import Path

import pytest

from rekindle_desktop.services.synced_files import conflict_copies, is_conflict_copy


@pytest.mark.parametrize(
    "name",
    [
        "timeline.sync-conflict-20261202-071324-CLDQYLE.rekindle",  # Syncthing
        "timeline (conflicted copy 2026-12-02 071324).rekindle",  # Nextcloud
        "timeline (Sam's conflicted copy 2026-12-02).rekindle",  # Dropbox
        "timeline_conflict-20261202-071324.rekindle",  # older Nextcloud, ownCloud
    ],
)
def test_conflict_copies_are_recognised(name: str) -> None:
    assert is_conflict_copy(Path("/synced") / name)


@pytest.mark.parametrize(
    "name",
    [
        "timeline.rekindle",
        ".syncthing.timeline.rekindle.tmp",  # Syncthing's temporary file: not a copy
        "conflict.rekindle",
        "our conflicted week.rekindle",
        "timeline.sync-conflict.rekindle",
    ],
)
def test_other_names_are_not(name: str) -> None:
    assert not is_conflict_copy(Path("/synced") / name)


def test_only_copies_of_this_file_beside_it_are_listed(tmp_path: Path) -> None:
    for name in (
        "timeline.rekindle",
        "timeline.sync-conflict-20261202-071324-CLDQYLE.rekindle",
        "timeline (conflicted copy 2026-12-02 071324).rekindle",
        "reply.sync-conflict-20261202-071324-CLDQYLE.rekindle-reply",
        ".syncthing.timeline.rekindle.tmp",
    ):
        (tmp_path / name).write_bytes(b"")
    assert [p.name for p in conflict_copies(tmp_path / "timeline.rekindle")] == [
        "timeline (conflicted copy 2026-12-02 071324).rekindle",
        "timeline.sync-conflict-20261202-071324-CLDQYLE.rekindle",
    ]
    assert conflict_copies(tmp_path / "gone" / "timeline.rekindle") == []
