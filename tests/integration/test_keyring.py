"""The keyring matrix on a real Secret Service (gnome-keyring), as SECURITY.md R3 asks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import secretstorage
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.crypto.keyslots import SlotKind
from rekindle_desktop.crypto.os_keyring import SERVICE
from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import KeyringUnavailable
from rekindle_desktop.services import access, deletion, session
from rekindle_desktop.services.clock import system_clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.store.journal import DATABASE_FILE
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.main_window import RekindleWindow
from rekindle_desktop.ui.unlock_view import UnlockView
from tests.conftest import PASSPHRASE, fingerprint


@pytest.fixture
def folder(tmp_path: Path, fast_argon2: Argon2Params) -> Path:
    where = tmp_path / "journal"
    access.create_journal(where, PASSPHRASE, Role.SHARING, argon2=fast_argon2).journal.close()
    return where


def _stored_secrets() -> list[str]:
    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        return [item.get_label() for item in collection.search_items({"service": SERVICE})]
    finally:
        connection.close()


def test_remember_then_forget_round_trip(secret_service: str, folder: Path) -> None:
    assert access.keyring_status() is None
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        backend = access.remember_on_this_computer(journal)
    assert backend == "keyring.backends.SecretService.Keyring"
    assert access.is_remembered(folder)
    assert len(_stored_secrets()) == 1
    with access.unlock_with_keyring(folder) as journal:
        assert journal.keyslots.get(SlotKind.KEYRING) is not None
        access.forget_on_this_computer(journal)
    assert not access.is_remembered(folder)
    assert _stored_secrets() == []
    with pytest.raises(KeyringUnavailable) as caught:
        access.unlock_with_keyring(folder)
    assert "not remembered" in caught.value.message


def test_deleting_a_remembered_journal_removes_its_keyring_entry(
    secret_service: str, folder: Path
) -> None:
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        access.remember_on_this_computer(journal)
    assert len(_stored_secrets()) == 1
    deleted = deletion.delete_journal(access.unlock_with_keyring(folder), deletion.DELETE_PHRASE)
    assert deleted.keyring_note is None
    assert _stored_secrets() == []
    assert not folder.exists()


def test_the_keyring_holds_a_wrapping_secret_not_the_database_key(
    secret_service: str, folder: Path
) -> None:
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        access.remember_on_this_computer(journal)
        db_key = journal.db_key
    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.get_default_collection(connection)
        (item,) = collection.search_items({"service": SERVICE})
        stored = item.get_secret()
    finally:
        connection.close()
    assert db_key not in stored
    assert db_key.hex().encode() not in stored


def test_entry_deleted_behind_the_apps_back_falls_back_to_passphrase(
    secret_service: str, folder: Path
) -> None:
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        access.remember_on_this_computer(journal)
    connection = secretstorage.dbus_init()
    try:
        for item in secretstorage.get_default_collection(connection).search_items(
            {"service": SERVICE}
        ):
            item.delete()
    finally:
        connection.close()
    with pytest.raises(KeyringUnavailable) as caught:
        access.unlock_with_keyring(folder)
    assert "no longer holds" in caught.value.message
    assert "passphrase" in caught.value.next_step
    access.unlock_with_passphrase(folder, PASSPHRASE).close()


def test_a_locked_keyring_is_named_and_the_passphrase_still_works(
    secret_service: str, folder: Path
) -> None:
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        access.remember_on_this_computer(journal)
    connection = secretstorage.dbus_init()
    try:
        secretstorage.get_default_collection(connection).lock()
    finally:
        connection.close()
    with pytest.raises(KeyringUnavailable) as caught:
        access.unlock_with_keyring(folder)
    assert "locked" in caught.value.message
    access.unlock_with_passphrase(folder, PASSPHRASE).close()


def test_no_dbus_means_passphrase_only_said_gently(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path}/no-bus-here")
    status = access.keyring_status()
    assert status is not None
    assert "passphrase" in status
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        with pytest.raises(KeyringUnavailable):
            access.remember_on_this_computer(journal)
        assert journal.keyslots.get(SlotKind.KEYRING) is None
    assert not access.is_remembered(folder)


def test_a_forced_plaintext_backend_is_refused(
    secret_service: str, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    status = access.keyring_status()
    assert status is not None and "without strong encryption" in status
    with (
        access.unlock_with_passphrase(folder, PASSPHRASE) as journal,
        pytest.raises(KeyringUnavailable),
    ):
        access.remember_on_this_computer(journal)
    # Nothing was written by the plaintext backend either.
    assert not list(Path.home().rglob("keyring_pass.cfg"))
    assert not access.is_remembered(folder)


def test_a_remembered_journal_from_another_keyring_is_not_trusted(
    secret_service: str, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        access.remember_on_this_computer(journal)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    with pytest.raises(KeyringUnavailable):
        access.unlock_with_keyring(folder)


def test_a_remembered_journal_opens_its_window_from_the_keyring_without_a_passphrase(
    secret_service: str, folder: Path
) -> None:
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        access.remember_on_this_computer(journal)
    env = {k: v for k, v in os.environ.items() if k != "REKINDLE_PASSPHRASE_FILE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-m", "rekindle_desktop", "--journal", str(folder), "--smoke-test"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1])["first_paint_ms"] > 0


PAGE = 4096


@pytest.mark.parametrize("damaged", ["a page only the check reads", "the entries' page"])
def test_a_damaged_remembered_journal_is_refused_before_any_of_it_is_shown(
    secret_service: str, folder: Path, qtbot: QtBot, damaged: str
) -> None:
    """The early unlock hands the journal to the window before every page is checked
    (the check goes on beside the window's building of it): a damaged page must still
    be refused as damaged, with nothing of the journal shown and nothing changed."""
    clock = system_clock()
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        access.remember_on_this_computer(journal)
        JournalLog(journal, clock).add(
            Draft(EntryKind.CHECK_IN, Moment.now(clock.zone), CheckIn("At the library"))
        )
        # Pages at the end of the file that opening never reads, only the check does.
        journal.conn.execute("INSERT INTO journal_meta VALUES ('padding', ?)", ("x" * 40_000,))
        (root,) = journal.conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'entry'"
        ).fetchone()
        journal.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = folder / DATABASE_FILE
    raw = bytearray(db.read_bytes())
    page = len(raw) // PAGE if damaged == "a page only the check reads" else root
    raw[(page - 1) * PAGE + 1000] ^= 0x01
    db.write_bytes(bytes(raw))
    before = fingerprint(folder)

    early = session.EarlyUnlock(folder)
    window = RekindleWindow(folder, clock=clock)
    qtbot.addWidget(window)
    shown: list[type] = []
    window.stack.currentChanged.connect(
        lambda _index: shown.append(type(window.stack.currentWidget()))
    )
    window.start(early)
    view = window.stack.currentWidget()
    assert isinstance(view, UnlockView)
    with qtbot.waitSignal(view.keyring_refused, timeout=20_000):
        pass
    said = view.passphrase_note.text()
    assert "damaged" in said
    # Its own next step: the passphrase would meet the same damaged page.
    assert "backup" in said
    assert "passphrase" not in said
    assert window.stack.currentWidget() is view
    assert JournalView not in shown
    assert not window.findChildren(JournalView) or all(
        not child.isVisible() for child in window.findChildren(JournalView)
    )
    window.close_journal()
    assert fingerprint(folder) == before
