"""The review page and a file a sync tool keeps up to date: what Syncthing showed
(tests/integration/test_syncthing.py), checked here without a sync tool.

Conflict copies are written under the names Syncthing, Nextcloud and Dropbox give them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from rekindle_desktop.services import sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.records import Records
from rekindle_desktop.ui.review_view import ReviewView
from tests.unit.test_sharing import NOW, ZONE, Pair, log_some

SYNCTHING_COPY = "timeline.sync-conflict-20261202-071324-CLDQYLE.rekindle"


def watching(qtbot: QtBot, pair: Pair, file: Path) -> ReviewView:
    """The review page, after the reviewer opened `file` once."""
    view = ReviewView(Records(pair.reviewer, Clock(ZONE, NOW)))
    qtbot.addWidget(view)
    result = view.open_file(file)
    assert result is not None and result.verdict.accepted
    return view


@pytest.fixture
def synced(tmp_path: Path) -> Path:
    folder = tmp_path / "Synced"
    folder.mkdir()
    return folder


def test_a_file_taken_away_and_brought_back_later_is_reviewed_again(
    qtbot: QtBot, pair: Pair, synced: Path
) -> None:
    log_some(pair, 1)
    file = synced / "timeline.rekindle"
    sharing.export(pair.sharer, file)
    view = watching(qtbot, pair, file)
    file.unlink()  # a sync tool sometimes deletes before it brings the new one
    qtbot.waitUntil(lambda: not view._settle.isActive() and str(file) not in view.watcher.files())
    log_some(pair, 1)
    with qtbot.waitSignal(view.reviewed, timeout=15_000) as seen:
        sharing.export(pair.sharer, file)
    assert seen.args[0].new_entries == 1
    assert "timeline file was updated" in view.result_note.text()
    assert view.timeline.model.rowCount() == 2


def test_a_file_written_in_place_in_pieces_is_reviewed_once_whole(
    qtbot: QtBot, pair: Pair, synced: Path
) -> None:
    """Syncthing, Nextcloud and Dropbox rename a finished file into place; a tool that
    writes in place, with a pause between pieces, is never read half-way."""
    log_some(pair, 1)
    file = synced / "timeline.rekindle"
    sharing.export(pair.sharer, file)
    view = watching(qtbot, pair, file)
    log_some(pair, 1)
    whole = sharing.export(pair.sharer, synced / "elsewhere.rekindle").path.read_bytes()
    half = len(whole) // 2
    seen: list[sharing.ReviewResult] = []
    view.reviewed.connect(seen.append)
    with file.open("r+b") as out:
        out.truncate(0)
        out.write(whole[:half])

    def rest() -> None:
        with file.open("ab") as out:
            out.write(whole[half:])

    QTimer.singleShot(700, rest)  # a pause between pieces, shorter than the settling
    qtbot.waitUntil(lambda: bool(seen), timeout=15_000)
    qtbot.waitUntil(lambda: not view._settle.isActive())
    assert [(r.verdict, r.new_entries) for r in seen] == [(sharing.Verdict.ACCEPTED, 1)]
    assert "timeline file was updated" in view.result_note.text()


def test_a_conflict_copy_opened_by_hand_is_looked_at_once_and_never_watched(
    qtbot: QtBot, pair: Pair, synced: Path
) -> None:
    log_some(pair, 1)
    file = synced / "timeline.rekindle"
    sharing.export(pair.sharer, file)
    view = watching(qtbot, pair, file)
    log_some(pair, 1)
    copy = synced / SYNCTHING_COPY
    sharing.export(pair.sharer, copy)  # by Syncthing's naming rule, not by Syncthing

    result = view.open_file(copy)  # the reviewer's own choice: reviewed as any file is
    assert result is not None and result.new_entries == 1
    assert "This is a conflict copy" in view.result_note.text()
    assert view.watched == file
    assert view.watcher.files() == [str(file)]

    log_some(pair, 1)
    with qtbot.waitSignal(view.reviewed, timeout=15_000) as seen:
        sharing.export(pair.sharer, file)  # the real file still comes first
    assert seen.args[0].new_entries == 1 and seen.args[0].total == 3


@pytest.mark.parametrize(
    "copy",
    [
        SYNCTHING_COPY,
        "timeline (conflicted copy 2026-12-02 071324).rekindle",  # Nextcloud
        "timeline (Sam's conflicted copy 2026-12-02).rekindle",  # Dropbox
    ],
)
def test_a_conflict_copy_beside_the_file_is_named_as_safe_to_delete(
    qtbot: QtBot, pair: Pair, synced: Path, copy: str
) -> None:
    log_some(pair, 1)
    file = synced / "timeline.rekindle"
    sharing.export(pair.sharer, synced / copy)
    sharing.export(pair.sharer, file)
    view = watching(qtbot, pair, file)
    said = view.result_note.text()
    assert said.startswith("Accepted: 1 new entry")
    assert f"your sync tool kept a conflict copy ({copy})" in said
    assert "the copy is safe to delete" in said
    assert view.watched == file
