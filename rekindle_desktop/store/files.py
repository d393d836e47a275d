"""Atomic, verified writes for every file the user keeps (SECURITY.md R7)."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

READ_BACK_CHUNK = 1 << 20


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file.

    Temp file in the same folder, write, fsync, read back and compare (a chunk at a
    time: a big file is not held twice), rename over, fsync the folder. Mode 0600.
    Whenever it raises OSError (ENOSPC, EIO, …), the old file is untouched and no temp
    file is left behind.
    """
    folder = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(tmp_name)
    try:
        try:
            os.fchmod(fd, 0o600)
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        # Checked before the rename, so a bad read-back still leaves the old file in place.
        if not _reads_back_as(tmp, data):
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


def _reads_back_as(path: Path, data: bytes) -> bool:
    offset = 0
    with path.open("rb") as written:
        while chunk := written.read(READ_BACK_CHUNK):
            if not data.startswith(chunk, offset):  # compared in place, nothing copied
                return False
            offset += len(chunk)
    return offset == len(data)


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to fsync; rename is durable there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
