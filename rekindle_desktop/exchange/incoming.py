"""Reading a file a partner sent: only a regular file, only up to a size, never a hang.

A path may name a pipe that never ends, a device, a folder, or a file far larger than
any Rekindle file. Each is refused before a byte is read (docs/FORMAT.md §6).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from rekindle_desktop.exchange.timeline_file import MAX_FILE, FileUnreadable

# Opening a pipe for reading waits for a writer unless told not to.
_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)


def read_incoming(path: Path, limit: int = MAX_FILE) -> bytes:
    """The whole file, or FileUnreadable saying plainly why not."""
    try:
        fd = os.open(path, _FLAGS | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise FileUnreadable(
            "{name} could not be read ({reason}).", name=path.name, reason=exc.strerror or exc
        ) from exc
    mode = os.fstat(fd)
    if not stat.S_ISREG(mode.st_mode) or mode.st_size > limit:
        os.close(fd)
        if mode.st_size > limit:
            raise FileUnreadable("{name} is far larger than any Rekindle file.", name=path.name)
        raise FileUnreadable(
            "{name} is not a file Rekindle can open: it is a folder, a device or a pipe.",
            name=path.name,
        )
    with os.fdopen(fd, "rb", buffering=0) as stream:
        chunks: list[bytes] = []
        size = 0
        try:
            while size <= limit:
                chunk = stream.read(limit + 1 - size)
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
        except OSError as exc:
            raise FileUnreadable(
                "{name} could not be read ({reason}).", name=path.name, reason=exc.strerror or exc
            ) from exc
    if size > limit:  # it grew while being read
        raise FileUnreadable("{name} is far larger than any Rekindle file.", name=path.name)
    return b"".join(chunks)
