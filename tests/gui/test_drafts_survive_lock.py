"""Never lose words: what was typed and not saved survives Ctrl+L and the idle lock.

While locked it is kept inside the encrypted journal (never in a widget, never in a
plaintext file) and at unlock it is back where it was typed: the quick-log bar, an
open form, a page's note field. No field cuts a long text short: a text over the
journal's limit is refused with a message naming the limit, and stays in the field.
"""

from __future__ import annotations

import gc
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtWidgets import QAbstractSpinBox, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.drafts import KeptDraft, Where
from rekindle_desktop.domain.entries import MAX_LABEL, MAX_TEXT, EntryKind, Words
from rekindle_desktop.domain.recurrence import Repeat
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access, drafts
from rekindle_desktop.ui.entry_forms import EntryDialog
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.main_window import RekindleWindow
from rekindle_desktop.ui.sharer_view import SharerView
from rekindle_desktop.ui.unlock_view import UnlockView
from tests.conftest import PASSPHRASE
from tests.gui.conftest import MakeWindow, unlock_through_window, wait_active
from tests.gui.test_lock_really_locks import everything_held

DRAFT = "Half-typed: dinner with Jo at the canal"
PURPOSE = "Dinner with Jo"
PLACE = "Marigold Street"
WHO = "Jo and her sister"
PROMISE = "Text you when I leave work"
NOTES = "We talked about Saturday and it went"
AGENDA = "The phone call on the"
OWN_NOTE = "A knot in my stomach when"


@pytest.fixture
def both_sides(tmp_path: Path, fast_argon2: Argon2Params) -> Path:
    """A journal that shares and reviews, so every page with a note field is there."""
    folder = tmp_path / "journal"
    access.create_journal(folder, PASSPHRASE, Role.BOTH, argon2=fast_argon2).journal.close()
    return folder


@pytest.fixture
def window(qtbot: QtBot, both_sides: Path, make_window: MakeWindow) -> Iterator[RekindleWindow]:
    made = make_window(both_sides)
    made.start()
    unlock_through_window(qtbot, made, PASSPHRASE)
    yield made
    for dialog in made.findChildren(QDialog):  # a restored form left open by a test
        if dialog.isVisible():
            dialog.reject()


def journal_view(window: RekindleWindow) -> JournalView:
    view = window.stack.currentWidget()
    assert isinstance(view, JournalView) and view.loaded()
    return view


def sharer(window: RekindleWindow) -> SharerView:
    page = journal_view(window).sharer
    assert page is not None
    return page


def lock_with_ctrl_l(qtbot: QtBot, window: RekindleWindow, inside: QWidget | None = None) -> None:
    """Ctrl+L in the window, or in a field of one of its dialogs."""
    target = inside if inside is not None else window
    wait_active(qtbot, target)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        qtbot.keyClick(target, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def assert_held_nowhere(window: RekindleWindow, *words: str) -> None:
    """No widget, model, dialog or Python object of the app holds `words` while locked."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.journal is None
    assert isinstance(window.stack.currentWidget(), UnlockView)
    held = everything_held()
    assert [w for w in words if w in held] == []
    assert [d for d in window.findChildren(QDialog) if d.isVisible()] == []
    assert [o for o in gc.get_objects() if isinstance(o, KeptDraft)] == []


def assert_seen(*words: str) -> None:
    """Before locking: the search finds the words, so finding none later means something."""
    held = everything_held()
    assert [w for w in words if w not in held] == []


def stored_drafts(folder: Path) -> list[KeptDraft]:
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        return drafts.kept(journal)


def restored_form(qtbot: QtBot, window: RekindleWindow) -> EntryDialog:
    """The quick-log bar's form, open again after unlocking."""

    def form_open() -> bool:
        form = sharer(window).quick_log.form
        return form is not None and form.isVisible()

    qtbot.waitUntil(form_open, timeout=5_000)
    form = sharer(window).quick_log.form
    assert form is not None
    return form


# --- the quick-log bar and the forms, through Ctrl+L and the idle lock ---------------------


def test_a_half_typed_quick_log_entry_survives_ctrl_l(
    qtbot: QtBot, window: RekindleWindow, both_sides: Path
) -> None:
    bar = sharer(window).quick_log
    bar.choose(EntryKind.DISCLOSURE)
    qtbot.keyClicks(bar.text, DRAFT)
    assert_seen(DRAFT)

    lock_with_ctrl_l(qtbot, window)
    assert_held_nowhere(window, DRAFT)
    assert [d.get("text") for d in stored_drafts(both_sides)] == [DRAFT]

    unlock_through_window(qtbot, window, PASSPHRASE)
    bar = sharer(window).quick_log
    assert bar.text.text() == DRAFT
    assert bar.current_kind() is EntryKind.DISCLOSURE
    assert window.journal is not None
    assert drafts.kept(window.journal) == []  # back in the bar, so gone from the journal


def test_an_open_plan_form_survives_ctrl_l_pressed_inside_it(
    qtbot: QtBot, window: RekindleWindow
) -> None:
    bar = sharer(window).quick_log
    bar.choose(EntryKind.PLAN)
    form = bar.open_form(PURPOSE)
    qtbot.waitUntil(form.isVisible)
    starts = QDateTime(QDate(2026, 12, 24), QTime(19, 0))
    form.starts.setDateTime(starts)
    form.ends.setDateTime(starts.addSecs(3 * 3600))
    form.place.setCurrentText(PLACE)
    qtbot.keyClicks(form.with_whom, WHO)
    form.private.setChecked(True)
    assert_seen(PURPOSE, PLACE, WHO)

    lock_with_ctrl_l(qtbot, window, inside=form.with_whom)
    del form, bar
    assert_held_nowhere(window, PURPOSE, PLACE, WHO)

    unlock_through_window(qtbot, window, PASSPHRASE)
    form = restored_form(qtbot, window)
    assert form.kind is EntryKind.PLAN
    assert form.purpose.text() == PURPOSE
    assert form.place.currentText() == PLACE
    assert form.with_whom.text() == WHO
    assert form.starts.dateTime() == starts
    assert form.ends.dateTime() == starts.addSecs(3 * 3600)
    assert form.private.isChecked()
    form._try_save()  # and it saves as if the lock had never happened
    qtbot.waitUntil(lambda: not form.isVisible())
    assert "Dinner with Jo" in sharer(window).timeline.model.index(0).data()


def test_the_idle_lock_keeps_the_bar_and_an_open_promise_form(
    qtbot: QtBot, window: RekindleWindow
) -> None:
    bar = sharer(window).quick_log
    bar.text.setText(DRAFT)  # typed first, then the form opened for a promise
    bar.choose(EntryKind.PROMISE)
    form = bar.open_form(PROMISE)
    qtbot.waitUntil(form.isVisible)
    form.repeat.setCurrentIndex(form.repeat.findData(Repeat.CHOSEN_DAYS))
    form.days[0].setChecked(True)
    form.days[3].setChecked(True)
    assert_seen(DRAFT, PROMISE)

    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.idle.start(300)  # as if the chosen minutes had passed; nobody touches anything
    del form, bar
    assert_held_nowhere(window, DRAFT, PROMISE)

    unlock_through_window(qtbot, window, PASSPHRASE)
    form = restored_form(qtbot, window)
    assert form.kind is EntryKind.PROMISE
    assert form.promise.text() == PROMISE
    assert Repeat(form.repeat.currentData()) is Repeat.CHOSEN_DAYS
    assert [box.isChecked() for box in form.days] == [True, False, False, True] + [False] * 3
    assert sharer(window).quick_log.text.text() == DRAFT


def test_a_correction_form_survives_a_lock(qtbot: QtBot, window: RekindleWindow) -> None:
    page = sharer(window)
    bar = page.quick_log
    bar.choose(EntryKind.CHECK_IN)
    bar.text.setText("Office")
    bar.submit()
    entry_id = page.log.ledger.entries[max(page.log.ledger.entries)].id
    form = page.correct(entry_id)
    qtbot.waitUntil(form.isVisible)
    form.place.setCurrentText(PLACE)
    assert_seen(PLACE)

    window.lock()  # the lock button, the tray's Lock, or a reminder's: all call this
    del form, page, bar
    assert_held_nowhere(window, PLACE)

    unlock_through_window(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: isinstance(sharer(window).form, EntryDialog), timeout=5_000)
    form = sharer(window).form
    assert isinstance(form, EntryDialog) and form.isVisible()
    assert form.correcting == entry_id
    assert form.place.currentText() == PLACE


def test_every_page_keeps_its_unsaved_words(qtbot: QtBot, window: RekindleWindow) -> None:
    view = journal_view(window)
    assert view.review is not None
    view.check_ins.agenda_text.setText(AGENDA)
    view.check_ins.notes.setPlainText(NOTES)
    view.review.note_text.setText(OWN_NOTE)
    view.review.as_question.setChecked(True)
    agreement = sharer(window).edit_agreement()
    agreement.boundaries.setPlainText(WHO)
    assert_seen(AGENDA, NOTES, OWN_NOTE, WHO)

    lock_with_ctrl_l(qtbot, window, inside=agreement.boundaries)
    del view, agreement
    assert_held_nowhere(window, AGENDA, NOTES, OWN_NOTE, WHO)

    unlock_through_window(qtbot, window, PASSPHRASE)
    view = journal_view(window)
    assert view.review is not None
    assert view.check_ins.agenda_text.text() == AGENDA
    assert view.check_ins.notes.toPlainText() == NOTES
    assert view.review.note_text.text() == OWN_NOTE
    assert view.review.as_question.isChecked()
    qtbot.waitUntil(lambda: sharer(window).form is not None, timeout=5_000)
    restored = sharer(window).form
    assert restored is not None and restored.unsaved() is not None
    assert restored.unsaved().get("boundaries") == WHO  # type: ignore[union-attr]


def test_presentation_mode_sets_the_words_aside_and_gives_them_back(
    qtbot: QtBot, window: RekindleWindow
) -> None:
    sharer(window).quick_log.text.setText(DRAFT)
    window.present_action.setChecked(True)
    assert not isinstance(window.stack.currentWidget(), JournalView)
    window.present_action.setChecked(False)
    assert sharer(window).quick_log.text.text() == DRAFT
    window.present_action.setChecked(True)
    lock_with_ctrl_l(qtbot, window)  # locked while presenting: still kept
    assert_held_nowhere(window, DRAFT)
    assert not window.stack.currentWidget().passphrase_note.isVisible()  # type: ignore[attr-defined]
    unlock_through_window(qtbot, window, PASSPHRASE)
    assert sharer(window).quick_log.text.text() == DRAFT


# --- kept inside the encrypted journal, and nowhere else -----------------------------------


def _files_under(folder: Path, since: float) -> Iterator[Path]:
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            try:
                if path.is_file() and not path.is_symlink() and path.stat().st_mtime >= since:
                    yield path
            except OSError:
                continue  # gone meanwhile (another process's temp file)


def test_kept_words_are_only_inside_the_encrypted_journal(
    qtbot: QtBot, window: RekindleWindow, both_sides: Path, isolated_home: Path
) -> None:
    started = time.time() - 1
    words = f"{DRAFT} {os.getpid()}-{time.monotonic_ns()}"  # found nowhere by chance
    sharer(window).quick_log.text.setText(words)
    lock_with_ctrl_l(qtbot, window)

    needles = (words.encode(), words.encode("utf-16-le"), words.encode("utf-16-be"))
    looked = set()
    for folder in (isolated_home, both_sides, Path(tempfile.gettempdir())):
        for path in _files_under(folder, since=started if folder != both_sides else 0):
            looked.add(path.name)
            try:
                content = path.read_bytes()
            except OSError:
                continue
            assert not any(n in content for n in needles), f"the draft is readable in {path}"
    assert "journal.db" in looked  # the journal was searched too: no plaintext in it
    # …and yet it is in there, encrypted: the passphrase opens it.
    assert [d.get("text") for d in stored_drafts(both_sides)] == [words]


def test_a_full_disk_still_locks_and_the_words_come_back_sealed(
    qtbot: QtBot, window: RekindleWindow, both_sides: Path
) -> None:
    journal = window.journal
    assert journal is not None
    pages = int(journal.conn.execute("PRAGMA page_count").fetchone()[0])
    journal.conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "disk is full"
    long_words = DRAFT + " and more" * 20_000
    sharer(window).quick_log.text.setText(long_words)

    lock_with_ctrl_l(qtbot, window)
    assert_held_nowhere(window, DRAFT)  # R13 comes first: nothing stays in a widget
    assert not journal.is_open
    lock_screen = window.stack.currentWidget()
    assert isinstance(lock_screen, UnlockView)
    told = lock_screen.passphrase_note.text()
    assert lock_screen.passphrase_note.isVisible()
    assert "held, sealed" in told and "free disk space" in told
    assert stored_drafts(both_sides) == []
    sealed = window._sealed
    assert sealed is not None and DRAFT.encode() not in sealed.ciphertext

    unlock_through_window(qtbot, window, PASSPHRASE)  # a new connection: room again
    assert sharer(window).quick_log.text.text() == long_words
    assert window._sealed is None


# --- no silent cut ---------------------------------------------------------------------


def test_no_field_for_words_cuts_a_long_text_short(qtbot: QtBot, window: RekindleWindow) -> None:
    view = journal_view(window)
    forms = [sharer(window).quick_log.open_form()]
    forms[0].reject()
    for kind in (EntryKind.PLAN, EntryKind.CHECK_IN, EntryKind.PROMISE):
        sharer(window).quick_log.choose(kind)
        forms.append(sharer(window).quick_log.open_form())
        forms[-1].reject()
    forms.append(sharer(window).plan_pause())
    forms[-1].reject()
    fields = [  # a spin box's or date's own line holds digits, not words
        f
        for w in (view, *forms)
        for f in w.findChildren(QLineEdit)
        if not isinstance(f.parentWidget(), QAbstractSpinBox)
    ]
    assert len(fields) > 10
    short = [f.accessibleName() or f.objectName() for f in fields if f.maxLength() <= MAX_TEXT]
    assert short == []


def test_a_100_kb_note_is_saved_whole_or_refused_never_cut(
    qtbot: QtBot, window: RekindleWindow
) -> None:
    page = sharer(window)
    note = ("A long counselling note, written out with care. " * 2_100)[:100_000] + "THE END"
    page.quick_log.choose(EntryKind.NOTE)
    page.quick_log.text.setText(note)
    assert page.quick_log.text.text() == note  # the field took all of it (Qt's default: 32,767)
    before = len(page.log.ledger.entries)
    page.quick_log.submit()
    if len(note) <= MAX_TEXT:
        saved = page.log.ledger.entries[max(page.log.ledger.entries)].body
        assert isinstance(saved, Words) and saved.text == note
        assert page.quick_log.text.text() == ""
    else:
        assert len(page.log.ledger.entries) == before
        assert f"{MAX_TEXT:,}" in page.quick_log.note.text()
        assert page.quick_log.text.text() == note


def test_a_text_over_the_limit_is_refused_with_the_limit_named_and_stays(
    qtbot: QtBot, window: RekindleWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = sharer(window)
    too_long = "x" * MAX_TEXT + "y"
    page.quick_log.choose(EntryKind.APPRECIATION)
    page.quick_log.text.setText(too_long)
    page.quick_log.submit()
    assert len(page.log.ledger.entries) == 0  # nothing saved, nothing cut
    assert page.quick_log.note.isVisible()
    assert f"{MAX_TEXT:,} characters" in page.quick_log.note.text()
    assert page.quick_log.text.text() == too_long

    page.quick_log.choose(EntryKind.PLAN)
    form = page.quick_log.open_form("Gym")
    qtbot.waitUntil(form.isVisible)
    form.place.setCurrentText("Gym")
    long_name = "Jo" * MAX_LABEL
    form.with_whom.setText(long_name)
    form._try_save()
    assert form.isVisible() and form.saved is None
    assert f"under {MAX_LABEL} characters" in form.note.text()
    assert form.with_whom.text() == long_name
    form.reject()


def test_quitting_keeps_the_words_for_the_next_unlock_too(
    qtbot: QtBot, window: RekindleWindow, both_sides: Path, make_window: MakeWindow
) -> None:
    sharer(window).quick_log.text.setText(DRAFT)
    window.close()  # as Ctrl+Q, or the session ending (SIGTERM closes the window the same way)
    assert window.journal is None
    again = make_window(both_sides)
    again.start()
    unlock_through_window(qtbot, again, PASSPHRASE)
    assert sharer(again).quick_log.text.text() == DRAFT


def test_a_long_journal_gets_its_words_back_once_read_and_keeps_them_till_then(
    qtbot: QtBot, both_sides: Path, make_window: MakeWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = KeptDraft(Where.QUICK_LOG, {"kind": "note", "text": DRAFT})
    with access.unlock_with_passphrase(both_sides, PASSPHRASE) as journal:
        drafts.keep(journal, [kept])
    # Read on a worker thread, as a journal of years is: the pages come a little later.
    monkeypatch.setitem(JournalView.__init__.__kwdefaults__, "read_in_background_from", 0)
    window = make_window(both_sides)
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)
    assert not journal_view_now(window).loaded()
    window.lock()  # before the pages were shown: the words stay kept
    assert stored_drafts(both_sides) == [kept]

    unlock_through_window(qtbot, window, PASSPHRASE)
    qtbot.waitUntil(lambda: journal_view_now(window).loaded(), timeout=10_000)
    assert sharer(window).quick_log.text.text() == DRAFT
    assert window.journal is not None and drafts.kept(window.journal) == []


def journal_view_now(window: RekindleWindow) -> JournalView:
    view = window.stack.currentWidget()
    assert isinstance(view, JournalView)
    return view


def test_an_open_reply_keeps_its_agenda_through_a_lock(
    qtbot: QtBot, window: RekindleWindow
) -> None:
    reply = journal_view(window).check_ins.send_reply()
    qtbot.waitUntil(reply.isVisible)
    reply.agenda.setPlainText(AGENDA)
    reply.feelings.setChecked(True)
    assert_seen(AGENDA)

    lock_with_ctrl_l(qtbot, window, inside=reply.agenda)
    del reply
    assert_held_nowhere(window, AGENDA)

    unlock_through_window(qtbot, window, PASSPHRASE)
    check_ins = journal_view(window).check_ins
    qtbot.waitUntil(lambda: check_ins.reply_form is not None, timeout=5_000)
    reply = check_ins.reply_form
    assert reply is not None and reply.isVisible()
    assert reply.agenda.toPlainText() == AGENDA
    assert reply.feelings.isChecked()
