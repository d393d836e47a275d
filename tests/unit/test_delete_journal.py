"""Leaving: a person deletes their own journal on purpose (services/deletion.py and
`rekindle delete`). Only Rekindle's own files and keyring entry go; backups, the
person's other files and whatever a link points at are left exactly as they were."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import keyring.errors
import pytest

from rekindle_desktop.crypto import os_keyring
from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import Draft, EntryKind, Words
from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import access, backup, deletion
from rekindle_desktop.services.clock import system_clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.store.journal import Journal
from tests.conftest import PASSPHRASE, fingerprint
from tests.unit.test_cli_journal import rekindle

PHRASE = "delete my journal"


class MemoryKeyring:
    """A keyring backend that keeps secrets in a dict (the unit tests ask no real one)."""

    def __init__(self) -> None:
        self.secrets: dict[tuple[str, str], str] = {}
        self.locked = False

    def set_password(self, service: str, account: str, password: str) -> None:
        self.secrets[(service, account)] = password

    def get_password(self, service: str, account: str) -> str | None:
        return self.secrets.get((service, account))

    def delete_password(self, service: str, account: str) -> None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        if (service, account) not in self.secrets:
            raise keyring.errors.PasswordDeleteError("not there")
        del self.secrets[(service, account)]


@pytest.fixture
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    found = os_keyring.OsKeyring(backend)  # type: ignore[arg-type]
    monkeypatch.setattr(access, "find_os_keyring", lambda: found)
    return backend


@pytest.fixture
def folder(tmp_path: Path, fast_argon2: Argon2Params) -> Path:
    where = tmp_path / "journal"
    with access.create_journal(where, PASSPHRASE, Role.SHARING, argon2=fast_argon2).journal as j:
        draft = Draft(EntryKind.DISCLOSURE, system_clock().now(), Words("I was contacted."))
        JournalLog(j, system_clock()).add(draft)
    return where


def unlocked(folder: Path) -> Journal:
    return access.unlock_with_passphrase(folder, PASSPHRASE)


def test_deleting_removes_the_files_the_keyring_entry_and_the_folder(
    folder: Path, memory_keyring: MemoryKeyring
) -> None:
    with unlocked(folder) as journal:
        access.remember_on_this_computer(journal)
    assert access.is_remembered(folder)
    assert len(memory_keyring.secrets) == 1

    journal = access.unlock_with_keyring(folder)
    deleted = deletion.delete_journal(journal, PHRASE)

    assert not journal.is_open
    assert not folder.exists()
    assert deleted.folder_removed
    assert deleted.removed[0] == "keyslots.json"  # the key file goes first
    assert "journal.db" in deleted.removed
    assert deleted.keyring_note is None
    assert memory_keyring.secrets == {}
    assert not access.is_remembered(folder)


def test_a_backup_made_before_is_untouched(folder: Path, tmp_path: Path) -> None:
    saved = tmp_path / "elsewhere" / "before.rekindle-backup"
    saved.parent.mkdir()
    with unlocked(folder) as journal:
        backup.make_backup(journal, saved)
    before = saved.read_bytes()

    deletion.delete_journal(unlocked(folder), PHRASE)

    assert not folder.exists()
    assert saved.read_bytes() == before
    restored = backup.restore(saved, tmp_path / "back again")
    with access.unlock_with_passphrase(restored.folder, PASSPHRASE) as journal:
        assert len(JournalLog(journal, system_clock()).ledger.entries) == 1


@pytest.mark.parametrize(
    "typed", ["", "delete", "Delete my journal", "delete my  journal", "delete my journal now"]
)
def test_anything_but_the_phrase_changes_nothing(folder: Path, typed: str) -> None:
    before = fingerprint(folder)
    journal = unlocked(folder)
    try:
        with pytest.raises(deletion.NotConfirmed) as refused:
            deletion.delete_journal(journal, typed)
        assert "Nothing was deleted" in refused.value.message
        assert journal.is_open  # still the person's to use
    finally:
        journal.close()
    assert fingerprint(folder) == before


def test_spaces_around_the_phrase_do_not_matter() -> None:
    assert deletion.confirms("  delete my journal\n")
    assert not deletion.confirms("delete my journal.")


def test_a_locked_journal_cannot_be_deleted(folder: Path) -> None:
    journal = unlocked(folder)
    journal.close()
    before = fingerprint(folder)
    with pytest.raises(UserFacingError, match="Unlock your journal first"):
        deletion.delete_journal(journal, PHRASE)
    assert fingerprint(folder) == before


def test_the_persons_own_files_stay_and_so_does_the_folder(folder: Path) -> None:
    (folder / "notes.txt").write_text("mine")
    (folder / "journal.db.bak").write_bytes(b"a copy I made myself")
    (folder / "photos").mkdir()
    (folder / "photos" / "us.jpg").write_bytes(b"\xff\xd8")
    (folder / "kept.rekindle-backup").write_bytes(b"a backup saved here")
    # What Rekindle itself leaves in a journal folder now and then goes with the rest.
    (folder / "journal.db.interrupted-20260101-120000").write_bytes(b"set aside")
    (folder / ".keyslots.json.abc123_z.tmp").write_bytes(b"a crash mid-write")
    theirs = {
        name: digest
        for name, digest in fingerprint(folder).items()
        if name in ("notes.txt", "journal.db.bak", "photos/us.jpg", "kept.rekindle-backup")
    }

    deleted = deletion.delete_journal(unlocked(folder), PHRASE)

    assert not deleted.folder_removed
    assert set(deleted.left_alone) == {
        "notes.txt",
        "journal.db.bak",
        "photos",
        "kept.rekindle-backup",
    }
    assert fingerprint(folder) == theirs
    assert "journal.db.interrupted-20260101-120000" in deleted.removed
    assert ".keyslots.json.abc123_z.tmp" in deleted.removed


def test_links_are_not_followed_out_of_the_folder(folder: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    (outside / "inner").mkdir(parents=True)
    (outside / "precious.db").write_bytes(b"not the journal")
    (outside / "inner" / "letter.txt").write_text("keep me")
    before = fingerprint(outside)
    # Links that carry Rekindle's names, and one to a whole folder.
    (folder / "journal.db.interrupted-20260101-120000").symlink_to(outside / "precious.db")
    (folder / ".journal.db.abcdefgh.tmp").symlink_to(outside / "inner")
    (folder / "linked").symlink_to(outside)

    deleted = deletion.delete_journal(unlocked(folder), PHRASE)

    assert fingerprint(outside) == before
    assert sorted(os.listdir(folder)) == [
        ".journal.db.abcdefgh.tmp",
        "journal.db.interrupted-20260101-120000",
        "linked",
    ]
    assert all((folder / name).is_symlink() for name in os.listdir(folder))
    assert not deleted.folder_removed


def test_a_locked_keyring_is_mentioned_and_the_files_still_go(
    folder: Path, memory_keyring: MemoryKeyring
) -> None:
    with unlocked(folder) as journal:
        access.remember_on_this_computer(journal)
    memory_keyring.locked = True

    deleted = deletion.delete_journal(unlocked(folder), PHRASE)

    assert not folder.exists()
    assert deleted.keyring_note is not None
    assert "could not be changed" in deleted.keyring_note
    assert "opens nothing" in deleted.keyring_note


def test_no_keyring_at_all_is_mentioned_for_a_remembered_journal(
    folder: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    with unlocked(folder) as journal:
        access.remember_on_this_computer(journal)

    def none_here() -> os_keyring.OsKeyring:
        raise os_keyring.KeyringProblem("No secure keyring is available on this computer.")

    monkeypatch.setattr(access, "find_os_keyring", none_here)
    deleted = deletion.delete_journal(unlocked(folder), PHRASE)
    assert not folder.exists()
    assert deleted.keyring_note is not None
    assert deleted.keyring_note.startswith("No secure keyring is available")


def test_a_journal_never_remembered_does_not_ask_the_keyring(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def must_not_be_asked() -> os_keyring.OsKeyring:
        raise AssertionError("the keyring was asked")

    monkeypatch.setattr(access, "find_os_keyring", must_not_be_asked)
    deleted = deletion.delete_journal(unlocked(folder), PHRASE)
    assert deleted.keyring_note is None
    assert not folder.exists()


def test_stopping_part_way_says_what_is_left_and_where(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_unlink = Path.unlink

    def refuse_the_database(self: Path, missing_ok: bool = False) -> None:
        if self.name == "journal.db":
            raise PermissionError(13, "Permission denied", str(self))
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse_the_database)
    journal = unlocked(folder)
    with pytest.raises(deletion.DeletionIncomplete) as stopped:
        deletion.delete_journal(journal, PHRASE)
    said = str(stopped.value)
    assert not journal.is_open
    assert f"still in {folder}: journal.db" in said
    assert "Permission denied" in said
    assert "key file is gone" in said
    assert sorted(os.listdir(folder)) == ["journal.db"]


def test_a_key_file_that_will_not_go_leaves_the_journal_openable(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_unlink = Path.unlink

    def refuse_the_key_file(self: Path, missing_ok: bool = False) -> None:
        if self.name == "keyslots.json":
            raise PermissionError(13, "Permission denied", str(self))
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", refuse_the_key_file)
    with pytest.raises(deletion.DeletionIncomplete) as stopped:
        deletion.delete_journal(unlocked(folder), PHRASE)
    assert "opens as before" in str(stopped.value)
    monkeypatch.undo()
    unlocked(folder).close()


# --- the command line ---------------------------------------------------------------------


@pytest.fixture
def cli_folder(folder: Path) -> Path:
    (folder.parent / "pass.txt").write_text(PASSPHRASE + "\n")
    return folder


def test_cli_without_a_terminal_or_confirm_refuses_and_says_how(cli_folder: Path) -> None:
    before = fingerprint(cli_folder)
    result = rekindle(cli_folder, "delete", "--journal", str(cli_folder))
    assert result.returncode == 1
    assert "Nothing was deleted" in result.stderr
    assert '--confirm "delete my journal"' in result.stderr
    assert fingerprint(cli_folder) == before


def test_cli_with_the_wrong_words_deletes_nothing(cli_folder: Path) -> None:
    before = fingerprint(cli_folder)
    result = rekindle(cli_folder, "delete", "--journal", str(cli_folder), "--confirm", "yes")
    assert result.returncode == 1
    assert "Nothing was deleted" in result.stderr
    assert fingerprint(cli_folder) == before


def test_cli_with_a_wrong_passphrase_deletes_nothing(cli_folder: Path) -> None:
    (cli_folder.parent / "pass.txt").write_text("not it\n")
    before = fingerprint(cli_folder)
    result = rekindle(cli_folder, "delete", "--journal", str(cli_folder), "--confirm", PHRASE)
    assert result.returncode == 1
    assert "doesn't open this journal" in result.stderr
    assert fingerprint(cli_folder) == before


def test_cli_deletes_with_confirm_and_leaves_a_backup_as_it_was(
    cli_folder: Path, tmp_path: Path
) -> None:
    saved = tmp_path / "before.rekindle-backup"
    made = rekindle(cli_folder, "backup", "--journal", str(cli_folder), "--out", str(saved))
    assert made.returncode == 0, made.stderr
    before = saved.read_bytes()

    result = rekindle(cli_folder, "delete", "--journal", str(cli_folder), "--confirm", PHRASE)

    assert result.returncode == 0, result.stderr
    assert f"Your journal in {cli_folder} is deleted." in result.stdout
    assert not cli_folder.exists()
    assert saved.read_bytes() == before


def test_cli_asks_for_the_words_at_a_terminal(cli_folder: Path) -> None:
    controller, terminal = os.openpty()
    try:
        env = {**os.environ, "REKINDLE_PASSPHRASE_FILE": str(cli_folder.parent / "pass.txt")}
        process = subprocess.Popen(
            [sys.executable, "-m", "rekindle_desktop", "delete", "--journal", str(cli_folder)],
            stdin=terminal,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        os.write(controller, f"{PHRASE}\n".encode())
        out, err = process.communicate(timeout=60)
    finally:
        os.close(controller)
        os.close(terminal)
    assert process.returncode == 0, err
    assert "every entry, the pairing" in out
    assert "Backups and files you already shared are not touched" in out
    assert 'type "delete my journal"' in out
    assert not cli_folder.exists()
