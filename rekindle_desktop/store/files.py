"""Atomic, verified writes for every file the user keeps (SECURITY.md R7)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash leaves either the old or the new file.

    Temp file in the same folder, write, fsync, rename over, fsync the folder, then
    read back and compare. Mode 0600. Raises OSError (ENOSPC, EIO, …) with the old
    file untouched and no temp file left behind.
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
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_folder(folder)
    if path.read_bytes() != data:
        raise OSError(f"{path.name} did not read back as written")


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to fsync; rename is durable there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
