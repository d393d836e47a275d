"""Messages from below the window that carry a value (a file, a number, a day) are said
in the window's language with the value in place (issue 14, item 6): the services keep
the words and the values apart, and the window translates the words before filling in
the values."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import access, backup, sharing
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.records import Records
from rekindle_desktop.store.journal import Journal
from rekindle_desktop.ui.review_view import ReviewView
from rekindle_desktop.ui.service_words import said_error
from rekindle_desktop.ui.widgets import GentleNote
from tests.conftest import PASSPHRASE
from tests.gui.test_review import CLOCK, NOW, pair_in_dialogs


@pytest.fixture
def journals(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[tuple[Journal, Journal]]:
    sharer = access.create_journal(tmp_path / "s", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    reviewer = access.create_journal(tmp_path / "r", PASSPHRASE, Role.REVIEWING, argon2=fast_argon2)
    yield sharer.journal, reviewer.journal
    sharer.journal.close()
    reviewer.journal.close()


def test_a_backup_that_cant_be_written_is_told_in_german_with_its_file(
    german: None, qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path
) -> None:
    sharer, _ = journals
    out = tmp_path / "gone" / "rekindle.rekindle-backup"  # its folder isn't there
    with pytest.raises(UserFacingError) as refused:
        backup.make_backup(sharer, out)
    # The command line and the logs keep the English.
    assert refused.value.message.startswith(f"The backup could not be written to {out} (")
    note = GentleNote()
    qtbot.addWidget(note)
    note.say_error(refused.value)
    message, next_step = note.text().split("\n")
    assert message.startswith(f"Die Sicherung konnte nicht in {out} geschrieben werden (")
    assert next_step == (
        "Schaffen Sie Platz oder wählen Sie einen anderen Ordner und versuchen Sie "
        "es dann noch einmal. Ihr Tagebuch und eine frühere Sicherung dort sind unverändert."
    )


def test_a_folder_chosen_as_the_backup_file_is_named_in_german(
    german: None, journals: tuple[Journal, Journal], tmp_path: Path
) -> None:
    sharer, _ = journals
    with pytest.raises(UserFacingError) as refused:
        backup.make_backup(sharer, tmp_path)
    assert said_error(refused.value)[0] == f"{tmp_path} ist ein Ordner."


def test_a_promise_day_and_an_entry_number_are_filled_into_german(german: None) -> None:
    error = UserFacingError("This promise wasn't due on {day}.", day=date(2026, 12, 2))
    assert error.message == "This promise wasn't due on 2 December 2026."
    assert said_error(error)[0] == "Dieses Versprechen war am 2. Dezember 2026 nicht fällig."
    missing = UserFacingError("There is no entry {number} in this journal.", number=7)
    assert said_error(missing) == ("In diesem Tagebuch gibt es keinen Eintrag 7.", "")


def test_a_reviewed_file_says_how_many_entries_it_added_in_german(
    german: None, qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path
) -> None:
    sharer, reviewer = journals
    pair_in_dialogs(qtbot, sharer, reviewer)
    log = JournalLog(sharer, CLOCK)
    for place in ("Office", "Gym", "Library"):
        log.add(Draft(EntryKind.CHECK_IN, Moment.from_local(NOW.replace(hour=9)), CheckIn(place)))
    path = tmp_path / "timeline.rekindle"
    sharing.export(sharer, path)
    view = ReviewView(Records(reviewer, CLOCK))
    qtbot.addWidget(view)
    result = view.open_file(path)
    assert result is not None and result.verdict.accepted
    assert view.result_note.text().startswith(
        "Angenommen: 3 neue Einträge, insgesamt 3. Die Aufzeichnungen setzen fort, was "
        "Sie zuvor durchgesehen haben."
    )
    # The same file again: nothing new, said in German too.
    view.open_file(path)
    assert view.result_note.text().startswith("Sie haben schon alles in dieser Datei durchgesehen.")


def test_a_file_that_is_not_a_timeline_is_refused_in_german_with_its_name(
    german: None, qtbot: QtBot, journals: tuple[Journal, Journal], tmp_path: Path
) -> None:
    sharer, reviewer = journals
    pair_in_dialogs(qtbot, sharer, reviewer)
    view = ReviewView(Records(reviewer, CLOCK))
    qtbot.addWidget(view)
    folder = tmp_path / "a-folder.rekindle"
    folder.mkdir()
    assert view.open_file(folder) is None
    assert view.result_note.text().startswith(
        "a-folder.rekindle ist keine Datei, die Rekindle öffnen kann: Es ist ein Ordner, "
        "ein Gerät oder eine Pipe.\nEs wurde nichts verändert."
    )


def test_what_a_reviewed_file_brought_is_counted_in_german(german: None) -> None:
    from rekindle_desktop.domain.entries import Outcome
    from rekindle_desktop.services.review_summary import SinceLastReview
    from rekindle_desktop.ui.words import WINDOW_WORDS

    summary = SinceLastReview(4, {Outcome.KEPT: 2, Outcome.NOT_KEPT: 1}, 1, 0)
    assert summary.words() == (
        "4 new entries. Outcomes told: 2 kept as said, 1 not kept. 1 answer to your requests."
    )
    assert summary.words(WINDOW_WORDS) == (
        "4 neue Einträge. Mitgeteilte Ergebnisse: 2 eingehalten wie gesagt, 1 nicht "
        "eingehalten. 1 Antwort auf Ihre Bitten."
    )
    years = SinceLastReview(91_487, {Outcome.KEPT: 20_970}, 0, 0)
    assert years.words(WINDOW_WORDS) == (
        "91.487 neue Einträge. Mitgeteilte Ergebnisse: 20.970 eingehalten wie gesagt."
    )
