"""The encrypted journal: setup, unlock, recovery, re-wrap, and refusing what it cannot read."""

from __future__ import annotations

import errno
import json
import os
import shutil
from pathlib import Path

import pytest

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import EntryKind
from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import (
    JournalDamaged,
    JournalNotFound,
    JournalTooNew,
    UserFacingError,
    WrongSecret,
)
from rekindle_desktop.services import access, drafts
from rekindle_desktop.store import entries, settings
from rekindle_desktop.store import sharing as sharing_store
from rekindle_desktop.store.journal import DATABASE_FILE, KEYSLOTS_FILE
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE, fingerprint

DATA = Path(__file__).parent.parent / "data"


@pytest.fixture
def journal_folder(tmp_path: Path, fast_argon2: Argon2Params) -> tuple[Path, str]:
    folder = tmp_path / "journal"
    created = access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    created.journal.close()
    return folder, created.recovery_code


def test_a_new_journal_unlocks_with_its_passphrase(journal_folder: tuple[Path, str]) -> None:
    folder, _ = journal_folder
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        assert journal.get(settings.ROLE) is Role.SHARING
        assert journal.get(settings.AUTO_LOCK_MINUTES) == 10
    assert sorted(p.name for p in folder.iterdir()) == [DATABASE_FILE, KEYSLOTS_FILE]


def test_journal_files_are_for_the_owner_only(journal_folder: tuple[Path, str]) -> None:
    folder, _ = journal_folder
    for path in folder.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path.name


def test_no_plaintext_reaches_the_disk(journal_folder: tuple[Path, str]) -> None:
    folder, code = journal_folder
    canary = "PLAINTEXT-CANARY-the-office-at-six"
    journal = access.unlock_with_passphrase(folder, PASSPHRASE)
    journal.set(settings.AUTO_LOCK_MINUTES, 23)
    journal.conn.execute("INSERT INTO journal_meta VALUES ('note', ?)", (canary,))
    # Look while the database is open too: the -wal and -shm files exist now.
    files_open = {p.name: p.read_bytes() for p in folder.iterdir()}
    journal.close()
    files_closed = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert {"journal.db-wal"} <= set(files_open)
    needles = [
        canary.encode(),
        PASSPHRASE.encode(),
        code.encode(),
        code.replace("-", "").encode(),
        b"auto_lock_minutes",
        b"journal_meta",
        b"SQLite format 3",
    ]
    for files in (files_open, files_closed):
        for name, content in files.items():
            for needle in needles:
                assert needle not in content, f"{needle!r} found in {name}"


def test_wrong_passphrase_says_so_and_changes_nothing(journal_folder: tuple[Path, str]) -> None:
    folder, _ = journal_folder
    before = fingerprint(folder)
    with pytest.raises(WrongSecret) as caught:
        access.unlock_with_passphrase(folder, PASSPHRASE.upper())
    assert "passphrase doesn't open" in caught.value.message
    assert "recovery code" in caught.value.next_step
    assert fingerprint(folder) == before


def test_recovery_code_opens_and_a_new_passphrase_can_be_set(
    journal_folder: tuple[Path, str], fast_argon2: Argon2Params
) -> None:
    folder, code = journal_folder
    database_before = (folder / DATABASE_FILE).read_bytes()
    with access.unlock_with_recovery_code(folder, code.lower().replace("-", " ")) as journal:
        access.change_passphrase(journal, OTHER_PASSPHRASE, argon2=fast_argon2)
    # Re-wrapping the key never touches (or rekeys) the database.
    assert (folder / DATABASE_FILE).read_bytes() == database_before
    with pytest.raises(WrongSecret):
        access.unlock_with_passphrase(folder, PASSPHRASE)
    access.unlock_with_passphrase(folder, OTHER_PASSPHRASE).close()
    access.unlock_with_recovery_code(folder, code).close()  # the code still works


def test_a_wrong_recovery_code_is_refused_kindly(journal_folder: tuple[Path, str]) -> None:
    folder, code = journal_folder
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    for typed in (wrong, "not a code at all"):
        with pytest.raises(WrongSecret) as caught:
            access.unlock_with_recovery_code(folder, typed)
        assert "recovery code doesn't open" in caught.value.message


def test_weak_passphrases_are_refused(tmp_path: Path, fast_argon2: Argon2Params) -> None:
    for weak in ("", "password", "qwerty123", "letmein2024"):
        with pytest.raises(UserFacingError) as caught:
            access.create_journal(tmp_path / "j", weak, Role.SHARING, argon2=fast_argon2)
        assert "too easy to guess" in caught.value.message
    assert not (tmp_path / "j" / KEYSLOTS_FILE).exists()


def test_an_existing_journal_is_never_overwritten(
    journal_folder: tuple[Path, str], fast_argon2: Argon2Params
) -> None:
    folder, _ = journal_folder
    before = fingerprint(folder)
    with pytest.raises(UserFacingError) as caught:
        access.create_journal(folder, OTHER_PASSPHRASE, Role.BOTH, argon2=fast_argon2)
    assert "already a journal" in caught.value.message
    assert fingerprint(folder) == before


def test_a_missing_journal_is_named_plainly(tmp_path: Path) -> None:
    with pytest.raises(JournalNotFound) as caught:
        access.unlock_with_passphrase(tmp_path / "nowhere", PASSPHRASE)
    assert "no Rekindle journal" in caught.value.message


def test_a_journal_from_a_newer_version_is_refused_untouched(
    journal_folder: tuple[Path, str],
) -> None:
    folder, _ = journal_folder
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        journal.conn.execute("PRAGMA user_version = 99")
        journal.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = fingerprint(folder)
    with pytest.raises(JournalTooNew) as caught:
        access.unlock_with_passphrase(folder, PASSPHRASE)
    assert "newer version" in caught.value.message
    assert "not been changed" in caught.value.next_step
    assert fingerprint(folder) == before


def test_a_key_file_from_a_newer_version_is_refused_untouched(
    journal_folder: tuple[Path, str],
) -> None:
    folder, _ = journal_folder
    doc = json.loads((folder / KEYSLOTS_FILE).read_text())
    doc["version"] = 9
    (folder / KEYSLOTS_FILE).write_text(json.dumps(doc))
    before = fingerprint(folder)
    with pytest.raises(JournalTooNew):
        access.unlock_with_passphrase(folder, PASSPHRASE)
    assert fingerprint(folder) == before


@pytest.mark.parametrize("offset", [5, 4096 + 200, 8192 + 1000])
def test_a_flipped_byte_in_the_database_is_reported_not_crashed(
    journal_folder: tuple[Path, str], offset: int
) -> None:
    folder, _ = journal_folder
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        journal.conn.execute("INSERT INTO journal_meta VALUES ('padding', ?)", ("x" * 9000,))
        journal.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = folder / DATABASE_FILE
    raw = bytearray(db.read_bytes())
    raw[offset] ^= 0x01
    db.write_bytes(bytes(raw))
    before = fingerprint(folder)
    with pytest.raises(JournalDamaged) as caught:
        access.unlock_with_passphrase(folder, PASSPHRASE)
    assert "damaged" in caught.value.message
    assert "backup" in caught.value.next_step
    assert fingerprint(folder) == before


def test_a_damaged_key_file_is_reported(journal_folder: tuple[Path, str]) -> None:
    folder, _ = journal_folder
    (folder / KEYSLOTS_FILE).write_bytes(b"\x00garbage")
    with pytest.raises(JournalDamaged) as caught:
        access.unlock_with_passphrase(folder, PASSPHRASE)
    assert "key file is damaged" in caught.value.message


def test_key_file_and_database_from_different_journals(
    journal_folder: tuple[Path, str], tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    folder, _ = journal_folder
    other = tmp_path / "other"
    access.create_journal(other, PASSPHRASE, Role.BOTH, argon2=fast_argon2).journal.close()
    shutil.copy(other / DATABASE_FILE, folder / DATABASE_FILE)
    with pytest.raises(JournalDamaged):
        access.unlock_with_passphrase(folder, PASSPHRASE)


@pytest.mark.parametrize("failing", ["write", "fsync", "replace"])
@pytest.mark.parametrize("error", [errno.ENOSPC, errno.EIO])
def test_a_failing_disk_while_changing_passphrase_loses_nothing(
    journal_folder: tuple[Path, str],
    fast_argon2: Argon2Params,
    monkeypatch: pytest.MonkeyPatch,
    failing: str,
    error: int,
) -> None:
    folder, _ = journal_folder
    journal = access.unlock_with_passphrase(folder, PASSPHRASE)
    key_file = (folder / KEYSLOTS_FILE).read_bytes()

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr(f"rekindle_desktop.store.files.os.{failing}", fail)
    with pytest.raises(UserFacingError) as caught:
        access.change_passphrase(journal, OTHER_PASSPHRASE, argon2=fast_argon2)
    monkeypatch.undo()
    journal.close()
    assert "could not write" in caught.value.message
    assert "Nothing already saved was changed" in caught.value.next_step
    assert (folder / KEYSLOTS_FILE).read_bytes() == key_file
    assert sorted(p.name for p in folder.iterdir()) == [DATABASE_FILE, KEYSLOTS_FILE]
    access.unlock_with_passphrase(folder, PASSPHRASE).close()


def test_settings_are_typed_and_survive_a_bad_stored_value(
    journal_folder: tuple[Path, str],
) -> None:
    folder, _ = journal_folder
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        journal.set(settings.AUTO_LOCK_MINUTES, 3)
        journal.set(settings.ROLE, Role.REVIEWING)
    with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
        assert journal.get(settings.AUTO_LOCK_MINUTES) == 3
        assert journal.get(settings.ROLE) is Role.REVIEWING
        with pytest.raises(ValueError):
            journal.set(settings.AUTO_LOCK_MINUTES, 0)
        journal.conn.execute("UPDATE setting SET value = 'soon' WHERE key = 'auto_lock_minutes'")
        assert journal.get(settings.AUTO_LOCK_MINUTES) == 10


@pytest.mark.parametrize("sample", sorted(DATA.glob("journal-v*.json")), ids=lambda p: p.stem)
def test_every_older_journal_still_opens(sample: Path, tmp_path: Path) -> None:
    facts = json.loads(sample.read_text())
    folder = tmp_path / "journal"
    shutil.copytree(sample.with_suffix(""), folder)
    with access.unlock_with_passphrase(folder, facts["passphrase"]) as journal:
        assert journal.get(settings.ROLE).value == facts["role"]
        assert journal.get(settings.AUTO_LOCK_MINUTES) == facts["auto_lock_minutes"]
        stored = list(entries.all_entries(journal.conn))
        assert len(stored) == facts.get("entries", 0)
        assert {e.kind for e in stored} >= (
            {EntryKind.PLAN, EntryKind.OUTCOME} if stored else set()
        )
        assert len(drafts.kept(journal)) == facts.get("kept_drafts", 0)
        # What was shared is still the current log, and every pairing is still there.
        assert len(sharing_store.shared_leaves(journal.conn)) == facts.get("shared_leaves", 0)
        if "pairings" in facts:
            assert len(sharing_store.pairings(journal.conn)) == facts["pairings"]
    access.unlock_with_recovery_code(folder, facts["recovery_code"]).close()


def test_locking_forgets_the_key(journal_folder: tuple[Path, str]) -> None:
    folder, _ = journal_folder
    journal = access.unlock_with_passphrase(folder, PASSPHRASE)
    journal.close()
    assert not journal.is_open
    with pytest.raises(RuntimeError):
        _ = journal.db_key
