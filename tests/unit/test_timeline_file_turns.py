"""A large timeline file is encrypted and decrypted in many calls back into Python, so
the window's thread gets its turns meanwhile (pyrage holds every other thread off
while it runs)."""

from __future__ import annotations

import pytest
from pyrage import x25519

from rekindle_desktop.exchange import timeline_file


def test_a_large_file_goes_through_pyrage_a_chunk_at_a_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    reading, writing = timeline_file._InTurns.read, timeline_file._InTurns.write

    def read(self: timeline_file._InTurns, size: int | None = -1) -> bytes:
        calls.append("read")
        return reading(self, size)

    def write(self: timeline_file._InTurns, chunk: bytes) -> int:
        calls.append("write")
        return writing(self, chunk)

    monkeypatch.setattr(timeline_file._InTurns, "read", read)
    monkeypatch.setattr(timeline_file._InTurns, "write", write)
    identity = x25519.Identity.generate()
    plaintext = b"".join(b"%08d an entry, one line of the log\n" % n for n in range(100_000))

    sealed = timeline_file.encrypt(plaintext, [identity.to_public()])
    assert calls.count("read") > 50 and calls.count("write") > 50  # 4 MB in 64 KiB chunks
    calls.clear()
    assert timeline_file.decrypt(sealed, identity) == plaintext
    assert calls.count("read") > 50 and calls.count("write") > 50
