"""Pairing, exporting and review mode through the windows a person uses."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind, Words
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.role import Role
from rekindle_desktop.domain.timeline import Marker
from rekindle_desktop.services import access, sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.services.records import Records
from rekindle_desktop.store.journal import Journal
from rekindle_desktop.ui.export_dialog import ExportDialog
from rekindle_desktop.ui.pairing_dialog import PairingDialog
from rekindle_desktop.ui.review_view import ReviewView
from rekindle_desktop.ui.timeline_model import ROW_ROLE
from tests.conftest import PASSPHRASE
from tests.gui.test_safety_phrase import settle

ZONE = ZoneInfo("America/New_York")
NOW = datetime(2026, 11, 25, 20, 0, tzinfo=ZONE)
CLOCK = Clock(ZONE, NOW)


@pytest.fixture
def journals(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[tuple[Journal, Journal]]:
    sharer = access.create_journal(tmp_path / "s", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    reviewer = access.create_journal(tmp_path / "r", PASSPHRASE, Role.REVIEWING, argon2=fast_argon2)
    yield sharer.journal, reviewer.journal
    sharer.journal.close()
    reviewer.journal.close()


def pair_in_dialogs(qtbot: QtBot, sharer: Journal, reviewer: Journal) -> str:
    phrases = []
    for mine, theirs in ((sharer, reviewer), (reviewer, sharer)):
        dialog = PairingDialog(mine)
        qtbot.addWidget(dialog)
        dialog.their_code.setPlainText(sharing.pairing_code(theirs))
        with qtbot.waitSignal(dialog.phrase_ready) as ready:
            dialog.read_code()  # the phrase is worked out off the GUI thread
        settle()
        assert dialog.pages.currentIndex() == 1
        phrases.append(ready.args[0])
        dialog.confirm()
        assert dialog.result() == dialog.DialogCode.Accepted
    assert phrases[0] == phrases[1]
    return phrases[0]


def test_pairing_refuses_nonsense_and_mismatches_save_nothing(
    qtbot: QtBot, journals: tuple[Journal, Journal]
) -> None:
    sharer, reviewer = journals
    dialog = PairingDialog(reviewer)
    qtbot.addWidget(dialog)
    assert "REKINDLE-PAIR-1:" in dialog.own_code.toPlainText()
    dialog.their_code.setPlainText("hello there")
    dialog.read_code()
    assert "doesn't look like a Rekindle pairing code" in dialog.code_note.text()
    dialog.their_code.setPlainText(sharing.pairing_code(sharer))
    with qtbot.waitSignal(dialog.phrase_ready):
        dialog.read_code()
    settle()
    dialog.mismatch()
    assert "Nothing was saved" in dialog.phrase_note.text()
    assert sharing.paired_with(reviewer, sharing.SHARER) is None


def test_export_preview_then_review_in_review_mode(
    qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path
) -> None:
    sharer, reviewer = journals
    pair_in_dialogs(qtbot, sharer, reviewer)
    log = JournalLog(sharer, CLOCK)
    moment = Moment.from_local(NOW.replace(hour=9))
    log.add(Draft(EntryKind.CHECK_IN, moment, CheckIn("Office")))
    log.add(Draft(EntryKind.DISCLOSURE, moment, Words("just for me"), private=True))
    dialog = ExportDialog(JournalSession(sharer))
    qtbot.addWidget(dialog)
    assert "This file will hold 1 entry, all of it new." in dialog.summary.text()
    assert "1 private entry stays on this computer" in dialog.summary.text()
    path = tmp_path / "timeline.rekindle"
    dialog.save_to(path)
    assert dialog.result_path == path

    view = ReviewView(Records(reviewer, CLOCK))
    qtbot.addWidget(view)
    assert "Nothing reviewed yet" in view.status.text()
    result = view.open_file(path)
    assert result is not None and result.verdict.accepted
    assert "Accepted: 1 new entry" in view.result_note.text()
    assert view.timeline.model.rowCount() == 1
    assert "just for me" not in view.timeline.model.index(0).data()

    # A second file: what it adds is marked, and so is what is dated earlier.
    log.add(Draft(EntryKind.CHECK_IN, Moment.from_local(NOW.replace(hour=7)), CheckIn("Gym")))
    sharing.export(sharer, path)
    view.open_file(path)
    rows = [
        view.timeline.model.index(i).data(ROW_ROLE) for i in range(view.timeline.model.rowCount())
    ]
    gym = next(r for r in rows if "Gym" in r.title)
    assert Marker.NEW in gym.markers
    assert "1 new since your last review" in view.status.text()


def test_review_mode_offers_no_way_to_change_the_record(
    qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path
) -> None:
    sharer, reviewer = journals
    pair_in_dialogs(qtbot, sharer, reviewer)
    JournalLog(sharer, CLOCK).add(
        Draft(EntryKind.CHECK_IN, Moment.from_local(NOW), CheckIn("Office"))
    )
    sharing.export(sharer, tmp_path / "t.rekindle")
    view = ReviewView(Records(reviewer, CLOCK))
    qtbot.addWidget(view)
    view.open_file(tmp_path / "t.rekindle")
    assert "read-only" in view.banner.text()
    labels = " ".join(b.text() for b in view.findChildren(type(view.pair_button)))
    for word in ("Correct", "Withdraw", "Delete", "Edit", "Save"):
        assert word not in labels
    assert (
        view.timeline.view.contextMenuPolicy()
        != view.timeline.view.contextMenuPolicy().CustomContextMenu
    )


def test_a_refused_file_is_explained_and_changes_nothing(
    qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path
) -> None:
    sharer, reviewer = journals
    pair_in_dialogs(qtbot, sharer, reviewer)
    view = ReviewView(Records(reviewer, CLOCK))
    qtbot.addWidget(view)
    junk = tmp_path / "junk.rekindle"
    junk.write_bytes(b"age-encryption.org/v1\n-> nonsense")
    result = view.open_file(junk)
    assert result is not None and not result.verdict.accepted
    assert "nothing you reviewed before changed" in view.result_note.text()
    assert view.timeline.model.rowCount() == 0


def test_own_notes_stay_in_the_reviewers_journal(
    qtbot: QtBot, journals: tuple[Journal, Journal]
) -> None:
    _sharer, reviewer = journals
    view = ReviewView(Records(reviewer, CLOCK))
    qtbot.addWidget(view)
    view.add_note()
    assert "Write a few words" in view.notes_note.text()
    view.note_text.setText("Why was Tuesday so late?")
    view.as_question.setChecked(True)
    view.add_note()
    assert view.notes.item(0).text() == "Question · Why was Tuesday so late?"
    assert sharing.reviewer_notes(reviewer)[0].question


def test_a_synced_file_that_changes_is_reviewed_again(
    qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path
) -> None:
    sharer, reviewer = journals
    pair_in_dialogs(qtbot, sharer, reviewer)
    log = JournalLog(sharer, CLOCK)
    log.add(Draft(EntryKind.CHECK_IN, Moment.from_local(NOW), CheckIn("Office")))
    path = tmp_path / "synced.rekindle"
    sharing.export(sharer, path)
    view = ReviewView(Records(reviewer, CLOCK))
    qtbot.addWidget(view)
    view.open_file(path)
    log.add(Draft(EntryKind.CHECK_IN, Moment.from_local(NOW), CheckIn("Library")))
    with qtbot.waitSignal(view.reviewed, timeout=15_000):
        sharing.export(sharer, path)  # written by rename, as a sync tool would
    assert "timeline file was updated" in view.result_note.text()
    assert view.timeline.model.rowCount() == 2


def test_automatic_export_keeps_a_shared_folder_up_to_date(
    qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from rekindle_desktop.ui.sharer_view import SharerView

    sharer, reviewer = journals
    pair_in_dialogs(qtbot, sharer, reviewer)
    synced = tmp_path / "Synced"
    synced.mkdir()
    monkeypatch.setattr(
        "rekindle_desktop.ui.sharer_view.QFileDialog.getExistingDirectory",
        lambda *a, **k: str(synced),
    )
    view = SharerView(JournalLog(sharer, CLOCK))
    qtbot.addWidget(view)
    view.auto_share.setChecked(True)
    view.quick_log.choose(EntryKind.CHECK_IN)
    view.quick_log.text.setText("Office")
    view.quick_log.submit()
    assert "Saved to" in view.share_note.text()
    result = sharing.review(reviewer, (synced / "timeline.rekindle").read_bytes())
    assert result.verdict.accepted and result.total == 1
    view.auto_share.setChecked(False)
    view.quick_log.text.setText("Gym")
    view.quick_log.submit()
    again = sharing.review(reviewer, (synced / "timeline.rekindle").read_bytes())
    assert again.verdict is sharing.Verdict.ALREADY_SEEN  # nothing written once it is off
