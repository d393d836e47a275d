"""Atomic, verified writes for every file the user keeps (SECURITY.md R7)."""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

READ_BACK_CHUNK = 1 << 20


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file.

    Temp file in the same folder, write, fsync, read back and compare, rename over,
    fsync the folder. Mode 0600. Whenever it raises OSError (ENOSPC, EIO, …), the old
    file is untouched and no temp file is left behind.
    """
    with written_atomically(path) as file:
        file.write(data)


@contextlib.contextmanager
def written_atomically(path: Path) -> Iterator[AtomicFile]:
    """`write_atomically` for what is written a chunk at a time, to the file this yields
    (a timeline file as it is encrypted): nothing need be held whole. `path` is replaced
    once the block ends without raising; the read-back compares SHA-256 digests."""
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    file = AtomicFile(fd)
    try:
        try:
            os.fchmod(fd, 0o600)
            try:
                yield file
            except Exception as exc:
                # A write that failed under a library's call comes back as that
                # library's error (pyrage's): the disk's own says what happened.
                if file.failed is not None and file.failed is not exc:
                    raise file.failed from exc
                raise
            if file.failed is not None:  # and a library may go on as if it had not
                raise file.failed
            os.fsync(fd)
        finally:
            os.close(fd)
        # Checked before the rename, so a bad read-back still leaves the old file in place.
        if _digest_of(tmp) != file.digest.digest():
            raise OSError(errno.EIO, f"{path.name} did not read back as written")
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    # The new file is complete, synced and in place: raising now would tell the person
    # that the old file is unchanged when it is not. Only the rename's durability across
    # a power cut is left to the file system.
    with contextlib.suppress(OSError):
        fsync_folder(folder)


class AtomicFile:
    """The temp file being written, with the digest of everything written to it."""

    def __init__(self, fd: int) -> None:
        self._fd = fd
        self.digest = hashlib.sha256()
        self.failed: OSError | None = None

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        try:
            while view:
                view = view[os.write(self._fd, view) :]
        except OSError as exc:
            self.failed = exc
            raise
        self.digest.update(data)
        return len(data)


def _digest_of(path: Path) -> bytes:
    digest = hashlib.sha256()
    with path.open("rb") as written:
        while chunk := written.read(READ_BACK_CHUNK):
            digest.update(chunk)
    return digest.digest()


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to fsync; rename is durable there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
