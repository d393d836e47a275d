"""A failing disk for tests, in the spirit of KeePassXC's tests/FailDevice.cpp.

Every file Rekindle keeps is written by `store.files.write_atomically`. `failing_disk`
swaps the `os` module that function sees for one whose write, fsync or rename raises
ENOSPC or EIO at the Nth call (or, with `short_writes`, whose writes land a few bytes
at a time; with `garbles`, whose writes land changed without a word). Only that module
is affected, so SQLite, pytest and the rest of the process keep their real disk.
`disk.injected` says whether the fault actually fired, which also proves the writer
under test went through write_atomically.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from rekindle_desktop.store import files

OPERATIONS = ("write", "fsync", "replace")


@dataclass
class FailingDisk:
    """Stands in for `os` inside rekindle_desktop.store.files."""

    operation: str | None  # "write", "fsync", "replace", or None for no failure
    at: int = 1  # fail the Nth call of that operation (1 = the first)
    error: int = 0
    short_writes: int = 0  # when > 0, each write lands at most this many bytes
    garbles: bool = False  # each write lands its last byte changed, and says all went well
    calls: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OPERATIONS, 0))
    injected: int = 0

    def __getattr__(self, name: str) -> Any:
        return getattr(os, name)

    def _maybe_fail(self, operation: str) -> None:
        self.calls[operation] += 1
        if operation == self.operation and self.calls[operation] == self.at:
            self.injected += 1
            raise OSError(self.error, os.strerror(self.error))

    def write(self, fd: int, data: Any) -> int:
        self._maybe_fail("write")
        if self.short_writes:
            data = memoryview(data)[: self.short_writes]
        if self.garbles and len(data):
            self.injected += 1
            changed = bytearray(data)
            changed[-1] ^= 0x01
            return os.write(fd, changed)
        return os.write(fd, data)

    def fsync(self, fd: int) -> None:
        self._maybe_fail("fsync")
        os.fsync(fd)

    def replace(self, source: Any, target: Any) -> None:
        self._maybe_fail("replace")
        os.replace(source, target)


@contextmanager
def failing_disk(
    operation: str | None,
    *,
    at: int = 1,
    error: int = 0,
    short_writes: int = 0,
    garbles: bool = False,
) -> Iterator[FailingDisk]:
    disk = FailingDisk(operation, at, error, short_writes, garbles=garbles)
    real: ModuleType = files.os
    files.os = disk  # type: ignore[assignment]
    try:
        yield disk
    finally:
        files.os = real


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes, to compare before and after a fault."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def leftovers(folder: Path) -> list[str]:
    """Temp files a writer left behind (write_atomically's and the backup's snapshot)."""
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob(".*")
        if p.name.endswith((".tmp", ".snapshot")) or ".snapshot-" in p.name
    )
