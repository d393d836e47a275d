"""A disk that fails (ENOSPC, EIO) at every write, fsync and rename of every file Rekindle
keeps: the earlier file is intact, no temp file is left, and the person is told plainly.

Each writer is first run on a healthy disk to count its calls; then each call in turn
is made to fail. A failure after the rename (the folder's fsync) must leave the new,
complete file and no error, since the old one is already gone by then.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pyrage import x25519

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.exchange import timeline_file
from rekindle_desktop.services import access, backup, replies, sharing
from rekindle_desktop.store import files
from rekindle_desktop.store.journal import KEYSLOTS_FILE
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE
from tests.faults import OPERATIONS, failing_disk, leftovers, snapshot
from tests.unit.test_sharing import Pair, at, make_pair

ERRORS = (errno.ENOSPC, errno.EIO)


@dataclass(frozen=True)
class Writer:
    """One way Rekindle writes a file, and what a person must be told when it fails."""

    run: Callable[[], object]
    folder: Path  # where the file lands (checked for leftovers and changes)
    says: tuple[str, ...]  # words the message (what happened + what to do) must hold


@pytest.fixture
def pair(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[Pair]:
    made = make_pair(tmp_path, fast_argon2)
    made.log.add(Draft(EntryKind.CHECK_IN, at(9), CheckIn("Office")))
    sharing.review(made.reviewer, made.export("first.rekindle"))
    yield made
    made.sharer.close()
    made.reviewer.close()


def writers(pair: Pair, argon2: Argon2Params) -> dict[str, Writer]:
    out = pair.folder / "out"
    out.mkdir(exist_ok=True)
    previous_backup = out / "journal.rekindle-backup"
    backup.make_backup(pair.sharer, previous_backup)
    passphrases = iter([OTHER_PASSPHRASE, PASSPHRASE] * 100)
    return {
        "key slots (change passphrase)": Writer(
            lambda: access.change_passphrase(pair.sharer, next(passphrases), argon2=argon2),
            pair.sharer.folder.path,
            ("could not write", "Nothing already saved was changed"),
        ),
        "timeline file (export)": Writer(
            lambda: sharing.export(pair.sharer, out / "timeline.rekindle"),
            out,
            ("could not be written to", "Any earlier file there is unchanged"),
        ),
        "age identity (identity export)": Writer(
            lambda: sharing.export_age_identity(pair.sharer, out / "identity.txt"),
            out,
            ("Could not write", "identity.txt"),
        ),
        "reply file": Writer(
            lambda: replies.make_reply(pair.reviewer, out / "reply.rekindle"),
            out,
            ("could not be written to", "free space"),
        ),
        "backup": Writer(
            lambda: backup.make_backup(pair.sharer, previous_backup),
            out,
            ("could not be written to", "any earlier backup there are unchanged"),
        ),
        "restore": Writer(
            lambda: backup.restore(previous_backup, out / "restored"),
            out,
            ("could not be restored into", "Nothing was changed"),
        ),
    }


def ours(folder: Path) -> dict[str, bytes]:
    """The files in `folder` that Rekindle itself writes (SQLite's -wal and -shm aside)."""
    return {k: v for k, v in snapshot(folder).items() if not k.endswith(("-wal", "-shm"))}


def _reset(name: str, pair: Pair) -> None:
    if name == "restore":  # restore needs an empty place each time
        for path in sorted((pair.folder / "out" / "restored").glob("*")):
            path.unlink()
        if (pair.folder / "out" / "restored").exists():
            (pair.folder / "out" / "restored").rmdir()


WRITERS = (
    "key slots (change passphrase)",
    "timeline file (export)",
    "age identity (identity export)",
    "reply file",
    "backup",
    "restore",
)


@pytest.mark.parametrize("error", ERRORS, ids=["ENOSPC", "EIO"])
@pytest.mark.parametrize("name", WRITERS)
def test_every_write_fsync_and_rename_can_fail_without_losing_anything(
    pair: Pair, fast_argon2: Argon2Params, name: str, error: int
) -> None:
    writer = writers(pair, fast_argon2)[name]
    writer.run()  # a first, healthy run leaves an earlier file to protect
    _reset(name, pair)
    with failing_disk(None) as healthy:
        writer.run()
    calls = dict(healthy.calls)
    assert calls["write"] >= 1 and calls["fsync"] >= 2 and calls["replace"] >= 1
    injected = 0
    for operation in OPERATIONS:
        for nth in range(1, calls[operation] + 1):
            _reset(name, pair)
            before = ours(writer.folder)
            after_rename = operation == "fsync" and nth % 2 == 0  # the folder's fsync
            with failing_disk(operation, at=nth, error=error) as disk:
                if after_rename:
                    writer.run()
                else:
                    with pytest.raises(UserFacingError) as caught:
                        writer.run()
            assert disk.injected == 1, f"{name}: {operation} #{nth} never reached the disk"
            injected += 1
            assert leftovers(pair.folder) == [], f"{name}: {operation} #{nth} left temp files"
            if after_rename:
                continue  # the new file is in place; checked by opening things below
            said = f"{caught.value.message} {caught.value.next_step}"
            assert os.strerror(error) in said, said
            for words in writer.says:
                assert words in said, said
            assert "Traceback" not in said and "Errno" not in said
            assert ours(writer.folder) == before, f"{name}: {operation} #{nth} changed files"
    assert injected == sum(calls.values())
    # Whatever happened, the key file on disk is the one each open journal believes in.
    for journal in (pair.sharer, pair.reviewer):
        folder = journal.folder.path
        slots = (folder / KEYSLOTS_FILE).read_bytes()
        assert slots == journal.keyslots.to_bytes()


@pytest.mark.parametrize("name", WRITERS)
def test_writes_that_land_a_few_bytes_at_a_time_still_make_whole_files(
    pair: Pair, fast_argon2: Argon2Params, name: str
) -> None:
    writer = writers(pair, fast_argon2)[name]
    _reset(name, pair)
    with failing_disk(None, short_writes=7) as disk:
        writer.run()
    assert disk.calls["write"] > 1
    assert leftovers(pair.folder) == []
    out = pair.folder / "out"
    if name == "restore":
        access.unlock_with_passphrase(out / "restored", PASSPHRASE).close()
    elif name == "backup":
        assert backup.read_backup((out / "journal.rekindle-backup").read_bytes()).journal_id
    elif name == "timeline file (export)":
        verdict = sharing.review(pair.reviewer, (out / "timeline.rekindle").read_bytes()).verdict
        assert verdict.accepted
    elif name == "reply file":
        assert replies.receive_reply(pair.sharer, (out / "reply.rekindle").read_bytes())
    elif name == "age identity (identity export)":
        assert "AGE-SECRET-KEY-1" in (out / "identity.txt").read_text()
    else:
        with access.unlock_with_passphrase(pair.sharer.folder.path, OTHER_PASSPHRASE):
            pass


@pytest.mark.parametrize("name", WRITERS)
def test_a_disk_that_changes_what_it_was_given_is_caught_before_any_file_is_replaced(
    pair: Pair, fast_argon2: Argon2Params, name: str
) -> None:
    writer = writers(pair, fast_argon2)[name]
    writer.run()  # a first, healthy run leaves an earlier file to protect
    _reset(name, pair)
    before = ours(writer.folder)
    with failing_disk(None, garbles=True) as disk, pytest.raises(UserFacingError) as caught:
        writer.run()
    assert disk.injected >= 1
    said = f"{caught.value.message} {caught.value.next_step}"
    for words in writer.says:
        assert words in said, said
    assert "read back as written" in said, said
    assert leftovers(pair.folder) == []
    assert ours(writer.folder) == before


@pytest.mark.parametrize("error", ERRORS, ids=["ENOSPC", "EIO"])
def test_a_big_file_failing_half_way_says_the_disks_own_error_and_keeps_the_old_one(
    tmp_path: Path, error: int
) -> None:
    out = tmp_path / "timeline.rekindle"
    out.write_bytes(b"the earlier file")
    recipient = x25519.Identity.generate().to_public()
    with (
        failing_disk("write", at=3, error=error) as disk,
        pytest.raises(OSError) as caught,
        files.written_atomically(out) as file,  # as a timeline file is written
    ):
        timeline_file.encrypt_into([os.urandom(1 << 20)], [recipient], file)
    assert disk.injected == 1
    assert caught.value.errno == error  # not pyrage's EncryptError around it
    assert out.read_bytes() == b"the earlier file"
    assert leftovers(tmp_path) == []
