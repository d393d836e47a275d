"""A read-only place or a full disk at opening is told in plain words (issue 12, item 9).

Never "the journal is damaged, restore from a backup" (that sends people to their
backups for nothing), never a traceback, and nothing in the journal changes.

Root ignores file permissions, so when the tests run as root the journal is handed to
`nobody` and opened with that effective user (seteuid, given back afterwards); as any
other user, chmod is enough. A full disk comes from the kernel refusing writes past a
size (RLIMIT_FSIZE: SQLite sees the same failed write as on a full disk) with the free
space reported as none. Where a mount namespace can be made (`unshare -rm`), the real
thing runs too: `rekindle list` on a full tmpfs and on a read-only one.
"""

from __future__ import annotations

import os
import resource
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from rekindle_desktop import cli
from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import DiskFull, DiskUnreadable, FolderReadOnly, UserFacingError
from rekindle_desktop.services import access
from rekindle_desktop.store import database
from rekindle_desktop.store.journal import DATABASE_FILE, KEYSLOTS_FILE
from tests.conftest import PASSPHRASE, fingerprint

ROOT = Path(__file__).parent.parent.parent
NOBODY = 65534
AS_ROOT = os.geteuid() == 0
NEVER_SAID = ("damaged", "backup", "Traceback", "Errno")


@pytest.fixture
def shared(fast_argon2: Argon2Params) -> Iterator[Path]:
    """A journal in a folder that the user the test opens it as can reach."""
    place = Path(tempfile.mkdtemp(prefix="rekindle-disk-"))
    place.chmod(0o755)
    folder = place / "journal"
    access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=fast_argon2).journal.close()
    (place / "passphrase.txt").write_text(PASSPHRASE)
    if AS_ROOT:
        for path in (folder, folder / KEYSLOTS_FILE, folder / DATABASE_FILE,
                     place / "passphrase.txt"):  # fmt: skip
            os.chown(path, NOBODY, NOBODY)
    yield folder
    folder.chmod(0o700)
    shutil.rmtree(place)


@contextmanager
def as_the_owner() -> Iterator[None]:
    """The journal's owner, for whom permissions count (not root)."""
    if not AS_ROOT:
        yield
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


def ours(folder: Path) -> dict[str, str]:
    """Rekindle's own files (SQLite may leave empty -wal and -shm files beside them)."""
    return {k: v for k, v in fingerprint(folder).items() if not k.endswith(("-wal", "-shm"))}


def told(error: UserFacingError) -> str:
    said = f"{error.message} {error.next_step}"
    for words in NEVER_SAID:
        assert words not in said, said
    assert "Nothing in your journal was changed." in said, said
    return said


def test_a_read_only_folder_says_so_and_changes_nothing(shared: Path) -> None:
    before = fingerprint(shared)
    shared.chmod(0o555)
    with as_the_owner(), pytest.raises(FolderReadOnly) as caught:
        access.unlock_with_passphrase(shared, PASSPHRASE)
    said = told(caught.value)
    assert f"Rekindle can't write to your journal in {shared}." in said
    assert "Check that the disk is connected and that you may write" in said
    assert fingerprint(shared) == before


def test_a_read_only_database_file_is_found_at_opening_not_at_the_first_save(
    shared: Path,
) -> None:
    before = ours(shared)
    (shared / DATABASE_FILE).chmod(0o400)
    with as_the_owner(), pytest.raises(FolderReadOnly) as caught:
        access.unlock_with_passphrase(shared, PASSPHRASE)
    told(caught.value)
    assert ours(shared) == before


def test_a_save_refused_as_read_only_is_told_not_a_crash(
    tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    made = access.create_journal(tmp_path / "j", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    with made.journal as journal:
        journal.conn.execute("PRAGMA query_only = ON")  # SQLite: "readonly database"
        with (
            pytest.raises(FolderReadOnly, match="can't write") as caught,
            database.transaction(journal.conn),
        ):
            journal.conn.execute("INSERT INTO setting (key, value) VALUES ('k', 'v')")
        assert "Nothing already saved was changed" in caught.value.next_step


@contextmanager
def writes_fail_past(size: int) -> Iterator[None]:
    """Every write that would make a file longer than `size` fails, as on a full disk.
    (Python ignores SIGXFSZ, so the write returns an error instead of ending the test.)"""
    was = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (size, was[1]))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, was)


def test_a_full_disk_at_opening_says_so_and_changes_nothing(
    shared: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = ours(shared)
    monkeypatch.setattr(database, "free_bytes", lambda _folder: 0)
    with writes_fail_past(4096), pytest.raises(DiskFull) as caught:
        access.unlock_with_passphrase(shared, PASSPHRASE)
    said = told(caught.value)
    assert "The disk that holds your journal is full" in said
    assert "Free some space, then open Rekindle again." in said
    assert ours(shared) == before
    access.unlock_with_passphrase(shared, PASSPHRASE).close()  # and with room, it opens


def test_a_failing_disk_is_not_called_a_damaged_journal(shared: Path) -> None:
    before = ours(shared)
    with writes_fail_past(4096), pytest.raises(DiskUnreadable) as caught:
        access.unlock_with_passphrase(shared, PASSPHRASE)
    said = told(caught.value)
    assert "could not be read or written" in said
    assert "Check that the disk is connected and working" in said
    assert ours(shared) == before


def test_the_command_line_says_it_too(shared: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import rekindle_desktop.cli_journal  # noqa: F401  (loaded now: nobody cannot read our Python)

    shared.chmod(0o555)
    with as_the_owner():
        code = cli.main(["list", "--journal", str(shared),
                         "--passphrase-file", str(shared.parent / "passphrase.txt")])  # fmt: skip
    err = capsys.readouterr().err
    assert code == cli.EXIT_USER_ERROR
    assert f"rekindle: Rekindle can't write to your journal in {shared}." in err
    assert "Nothing in your journal was changed." in err
    for words in NEVER_SAID:
        assert words not in err, err


# A real full disk and a real read-only disk, in a private mount namespace.
_REAL_DISK = r"""
set -e
mount -t tmpfs -o size=2m tmpfs "$MNT"
cp -a "$SRC" "$MNT/journal"
sums() { sha256sum "$MNT/journal/journal.db" "$MNT/journal/keyslots.json"; }
sums > "$OUT/before"
dd if=/dev/zero of="$MNT/filler" bs=4k 2>/dev/null || true
set +e
"$PY" -m rekindle_desktop list --journal "$MNT/journal" --passphrase-file "$PW" \
    2> "$OUT/full.err"
echo $? > "$OUT/full.code"
set -e
sums > "$OUT/after-full"
umount "$MNT"
mount -t tmpfs -o size=2m tmpfs "$MNT"
cp -a "$SRC" "$MNT/journal"
mount -o remount,ro "$MNT"
set +e
"$PY" -m rekindle_desktop list --journal "$MNT/journal" --passphrase-file "$PW" \
    2> "$OUT/ro.err"
echo $? > "$OUT/ro.code"
set -e
sums > "$OUT/after-ro"
"""


def _can_mount() -> bool:
    unshare = shutil.which("unshare")
    if unshare is None or not sys.platform.startswith("linux"):
        return False
    probe = subprocess.run(
        [unshare, "-rm", "sh", "-c", "mount -t tmpfs tmpfs /mnt"],
        capture_output=True, check=False,
    )  # fmt: skip
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount(), reason="no mount namespace here (unshare -rm)")
def test_a_real_full_disk_and_a_real_read_only_disk(
    tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    source = tmp_path / "journal"
    access.create_journal(source, PASSPHRASE, Role.SHARING, argon2=fast_argon2).journal.close()
    (tmp_path / "pw").write_text(PASSPHRASE)
    (tmp_path / "mnt").mkdir()
    out = tmp_path / "out"
    out.mkdir()
    env = {**os.environ, "MNT": str(tmp_path / "mnt"), "SRC": str(source), "OUT": str(out),
           "PW": str(tmp_path / "pw"), "PY": sys.executable}  # fmt: skip
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", _REAL_DISK],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    before = (out / "before").read_text().split()[::2]
    full, read_only = (out / "full.err").read_text(), (out / "ro.err").read_text()
    assert (out / "full.code").read_text().strip() == "1", full
    assert "The disk that holds your journal is full" in full
    assert "Free some space, then open Rekindle again." in full
    assert (out / "ro.code").read_text().strip() == "1", read_only
    assert "Rekindle can't write to your journal in" in read_only
    for said in (full, read_only):
        assert "Nothing in your journal was changed." in said
        for words in NEVER_SAID:
            assert words not in said, said
    assert (out / "after-full").read_text().split()[::2] == before
    assert (out / "after-ro").read_text().split()[::2] == before
