"""A large timeline file is encrypted and decrypted in many calls back into Python, so
the window's thread gets its turns meanwhile (pyrage holds every other thread off
while it runs)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
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

    def read_parts(self: timeline_file._PartsInTurns, size: int | None = -1) -> bytes:
        calls.append("read")
        return reading_parts(self, size)

    reading_parts = timeline_file._PartsInTurns.read
    monkeypatch.setattr(timeline_file._InTurns, "read", read)
    monkeypatch.setattr(timeline_file._PartsInTurns, "read", read_parts)
    monkeypatch.setattr(timeline_file._InTurns, "write", write)
    identity = x25519.Identity.generate()
    plaintext = b"".join(b"%08d an entry, one line of the log\n" % n for n in range(100_000))

    sealed = timeline_file.encrypt(plaintext, [identity.to_public()])
    assert calls.count("read") > 50 and calls.count("write") > 50  # 4 MB in 64 KiB chunks
    calls.clear()
    # A plaintext in parts (as a timeline file's is written) reads as the whole would.
    half = len(plaintext) // 2
    in_parts = timeline_file._InTurns(b"")
    parts = [plaintext[:half], b"", plaintext[half:]]
    timeline_file.encrypt_into(parts, [identity.to_public()], in_parts)
    assert calls.count("read") > 50 and calls.count("write") > 50
    assert timeline_file.decrypt(in_parts.getvalue(), identity) == plaintext
    calls.clear()
    assert timeline_file.decrypt(sealed, identity) == plaintext
    assert calls.count("read") > 50 and calls.count("write") > 50


leaf = st.binary(min_size=0, max_size=40).map(lambda b: b.replace(b"\n", b" "))


@given(note=st.text(max_size=30), leaves=st.lists(leaf, max_size=20))
def test_the_plaintext_is_the_header_the_note_and_a_line_for_each_leaf(
    note: str, leaves: list[bytes]
) -> None:
    by_format = b"".join(
        [timeline_file.HEADER, b"\n", note.encode(), b"\n", *(x + b"\n" for x in leaves)]
    )
    assert timeline_file.compose(note, leaves) == by_format


@settings(max_examples=60)
@given(
    parts=st.lists(st.binary(max_size=300), max_size=6),
    sizes=st.lists(st.integers(-1, 400).filter(bool), min_size=1, max_size=8),
)
def test_parts_read_as_their_join_whatever_sizes_are_asked(
    parts: list[bytes], sizes: list[int]
) -> None:
    reader = timeline_file._PartsInTurns(parts)
    read = b""
    for size in itertools.cycle(sizes):
        assert reader.read(0) == b""  # as a file's is
        chunk = reader.read(size)
        if not chunk:
            break
        assert size < 0 or len(chunk) <= size
        read += chunk
    assert read == b"".join(parts)
    assert reader.read(10) == b""
