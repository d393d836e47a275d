"""Backups: one encrypted file, checked by reading it back; restore never overwrites a journal."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from rekindle_desktop import cli
from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind, Words
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access, backup, sharing
from rekindle_desktop.services.backup import BackupUnreadable, JournalInTheWay
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.sharing import Verdict
from rekindle_desktop.store import entries
from rekindle_desktop.store.journal import DATABASE_FILE, KEYSLOTS_FILE, Journal
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE
from tests.faults import snapshot
from tests.unit.test_sharing import NOW, ZONE, Pair, at

SECRET = "canary-7f3a: met Sam at the lake house"


@pytest.fixture
def journal(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[tuple[Journal, str]]:
    created = access.create_journal(
        tmp_path / "journal", PASSPHRASE, Role.SHARING, argon2=fast_argon2
    )
    log = JournalLog(created.journal, Clock(ZONE, NOW))
    log.add(Draft(EntryKind.DISCLOSURE, at(9), Words(SECRET)))
    log.add(Draft(EntryKind.CHECK_IN, at(10), CheckIn("Office")))
    yield created.journal, created.recovery_code
    created.journal.close()


def texts(journal: Journal) -> list[str]:
    return [e.body.summary() for e in entries.all_entries(journal.conn)]


def test_a_backup_restores_into_an_empty_folder_exactly(
    journal: tuple[Journal, str], tmp_path: Path
) -> None:
    opened, code = journal
    out = tmp_path / "saved" / "journal.rekindle-backup"
    out.parent.mkdir()
    made = backup.make_backup(opened, out)
    assert made.entries == 2 and made.size == out.stat().st_size
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    raw = out.read_bytes()
    assert raw.startswith(backup.MAGIC)
    assert b"canary-7f3a" not in raw and opened.db_key.hex().encode() not in raw
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]  # no temp file left

    restored = backup.restore(out, tmp_path / "restored")
    assert restored.beside is None and restored.made == made.made
    with access.unlock_with_passphrase(restored.folder, PASSPHRASE) as again:
        assert texts(again) == texts(opened)
        assert again.journal_id == opened.journal_id
    access.unlock_with_recovery_code(restored.folder, code).close()
    assert sorted(p.name for p in restored.folder.iterdir()) == [DATABASE_FILE, KEYSLOTS_FILE]


def test_the_latest_entries_are_in_the_backup_even_before_sqlite_checkpoints(
    journal: tuple[Journal, str], tmp_path: Path
) -> None:
    opened, _ = journal
    JournalLog(opened, Clock(ZONE, NOW)).add(Draft(EntryKind.CHECK_IN, at(11), CheckIn("Gym")))
    assert (opened.folder.path / f"{DATABASE_FILE}-wal").stat().st_size > 0
    backup.make_backup(opened, tmp_path / "b.rekindle-backup")
    restored = backup.restore(tmp_path / "b.rekindle-backup", tmp_path / "restored")
    with access.unlock_with_passphrase(restored.folder, PASSPHRASE) as again:
        assert texts(again)[-1] == texts(opened)[-1] and len(texts(again)) == 3


def test_a_backup_made_after_a_new_passphrase_opens_with_the_new_one(
    journal: tuple[Journal, str], tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    opened, _ = journal
    access.change_passphrase(opened, OTHER_PASSPHRASE, argon2=fast_argon2)
    backup.make_backup(opened, tmp_path / "b.rekindle-backup")
    restored = backup.restore(tmp_path / "b.rekindle-backup", tmp_path / "restored")
    access.unlock_with_passphrase(restored.folder, OTHER_PASSPHRASE).close()


def test_restore_never_overwrites_a_journal_and_says_which_is_newer(
    journal: tuple[Journal, str], tmp_path: Path
) -> None:
    opened, _ = journal
    out = tmp_path / "b.rekindle-backup"
    backup.make_backup(opened, out)
    JournalLog(opened, Clock(ZONE, NOW)).add(Draft(EntryKind.CHECK_IN, at(12), CheckIn("Home")))
    folder = opened.folder.path
    before = snapshot(folder)
    with pytest.raises(JournalInTheWay) as caught:
        backup.restore(out, folder)
    assert f"There is already a journal in {folder}." in caught.value.message
    assert "the journal there is newer than the backup" in caught.value.message
    assert caught.value.next_step.startswith("Nothing was changed.")
    assert snapshot(folder) == before

    # The other way round: the journal there was last changed before the backup.
    long_ago = out.stat().st_mtime - 30 * 86400
    for path in folder.iterdir():
        os.utime(path, (long_ago, long_ago))
    with pytest.raises(JournalInTheWay, match="the backup is newer than the journal there"):
        backup.restore(out, folder)


def test_restore_beside_leaves_the_journal_alone_and_uses_a_new_folder(
    journal: tuple[Journal, str], tmp_path: Path
) -> None:
    opened, _ = journal
    out = tmp_path / "b.rekindle-backup"
    backup.make_backup(opened, out)
    folder = opened.folder.path
    before = snapshot(folder)
    first = backup.restore(out, folder, beside=True)
    second = backup.restore(out, folder, beside=True)
    assert snapshot(folder) == before
    assert first.beside == folder and first.comparison is not None
    assert first.folder != second.folder
    for restored in (first, second):
        assert restored.folder.parent == folder.parent
        assert restored.folder.name.startswith("journal-restored-")
        access.unlock_with_passphrase(restored.folder, PASSPHRASE).close()


@pytest.mark.parametrize(
    "damage",
    ["flip a byte of the database", "cut short", "append bytes", "swap the key file", "newer"],
)
def test_a_damaged_or_foreign_backup_is_refused_and_nothing_is_written(
    journal: tuple[Journal, str], tmp_path: Path, damage: str
) -> None:
    opened, _ = journal
    out = tmp_path / "b.rekindle-backup"
    backup.make_backup(opened, out)
    raw = bytearray(out.read_bytes())
    if damage == "flip a byte of the database":
        raw[-100] ^= 0x01
    elif damage == "cut short":
        del raw[-1:]
    elif damage == "append bytes":
        raw += b"\0"
    elif damage == "swap the key file":
        raw = bytearray(raw.replace(opened.journal_id.encode(), b"0" * 32, 1))
    else:
        raw = bytearray(raw.replace(b'"version":1', b'"version":2', 1))
    out.write_bytes(bytes(raw))
    with pytest.raises(BackupUnreadable) as caught:
        backup.restore(out, tmp_path / "restored")
    expected = "newer version" if damage == "newer" else "damaged or incomplete"
    assert expected in caught.value.message
    assert not (tmp_path / "restored").exists()


def test_a_file_that_is_not_a_backup_is_named_plainly(tmp_path: Path) -> None:
    other = tmp_path / "photo.jpg"
    other.write_bytes(b"\xff\xd8\xff\xe0 not a backup")
    with pytest.raises(BackupUnreadable, match="isn't a Rekindle backup"):
        backup.restore(other, tmp_path / "restored")
    with pytest.raises(backup.UserFacingError, match="could not be read"):
        backup.restore(tmp_path / "missing.rekindle-backup", tmp_path / "restored")


def test_a_backup_needs_a_file_name_not_a_folder(
    journal: tuple[Journal, str], tmp_path: Path
) -> None:
    opened, _ = journal
    with pytest.raises(backup.UserFacingError, match="is a folder"):
        backup.make_backup(opened, tmp_path)


# --- the reviewer is never fooled by a restored backup ---------------------------------


def test_restoring_an_old_backup_never_makes_the_reviewer_accept_a_rewrite(pair: Pair) -> None:
    for hour in (8, 9):
        pair.log.add(Draft(EntryKind.CHECK_IN, at(hour), CheckIn(f"Place {hour}")))
    assert sharing.review(pair.reviewer, pair.export("one.rekindle")).verdict.accepted
    old = pair.folder / "old.rekindle-backup"
    backup.make_backup(pair.sharer, old)  # knows about the first file only
    pair.log.add(Draft(EntryKind.CHECK_IN, at(10), CheckIn("Office")))
    assert sharing.review(pair.reviewer, pair.export("two.rekindle")).verdict.accepted
    accepted = pair.accepted()

    restored = backup.restore(old, pair.folder / "restored")
    with access.unlock_with_passphrase(restored.folder, PASSPHRASE) as back:
        # As it was: the reviewer already has more, so this is an older file.
        sharing.export(back, pair.folder / "as-restored.rekindle")
        as_restored = (pair.folder / "as-restored.rekindle").read_bytes()
        assert sharing.review(pair.reviewer, as_restored).verdict is Verdict.OLDER
        # Written on top of the old backup: a different third entry, a different history.
        JournalLog(back, Clock(ZONE, NOW)).add(
            Draft(EntryKind.CHECK_IN, at(10), CheckIn("Somewhere else entirely"))
        )
        sharing.export(back, pair.folder / "fork.rekindle")
    forked = sharing.review(pair.reviewer, (pair.folder / "fork.rekindle").read_bytes())
    assert forked.verdict is Verdict.REWRITTEN
    assert any("Somewhere else entirely" in d for d in forked.differences)
    assert "restored backup" in forked.next_step
    assert pair.accepted() == accepted


# --- the command line ------------------------------------------------------------------


def test_backup_and_restore_from_the_command_line(
    journal: tuple[Journal, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opened, _ = journal
    folder = opened.folder.path
    opened.close()
    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE + "\n")
    out = tmp_path / "b.rekindle-backup"
    args = ["backup", "--journal", str(folder), "--passphrase-file", str(secret), "--out", str(out)]
    assert cli.main(args) == 0
    assert "Backed up 2 entries" in capsys.readouterr().out

    assert cli.main(["restore", "--journal", str(folder), "--from", str(out)]) == 1
    refused = capsys.readouterr().err
    assert "There is already a journal" in refused and "--beside" in refused

    target = tmp_path / "new-home"
    assert cli.main(["restore", "--journal", str(target), "--from", str(out)]) == 0
    said = capsys.readouterr().out
    assert f"into {target}" in said and "history changed" in said
    with access.unlock_with_passphrase(target, PASSPHRASE) as again:
        assert SECRET in texts(again)
