"""The timeline file's plaintext and its age encryption (docs/FORMAT.md has the details).

    REKINDLE-TIMELINE-1
    <origin>                         \\
    <tree size>                       | the checkpoint: a C2SP signed note
    <base64 root hash>                |
                                      |
    — <origin> <base64 signature>    /
                                     <- one empty line
    <leaf 0>                         <- one canonical JSON entry per line
    …
    <leaf n-1>

The whole is then encrypted with age to the reviewer (and to the sharer, so they
can read their own exports).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass

import pyrage
from pyrage import x25519

from rekindle_desktop.crypto.signed_note import DASH, MAX_NOTE
from rekindle_desktop.domain.words import Refusal

HEADER = b"REKINDLE-TIMELINE-1"
AGE_MAGIC = b"age-encryption.org/v1\n"
# 256 MiB: ten years of busy days make about 30 MB, and a reader may need a few times
# the file's size in memory while it checks one.
MAX_FILE = 256 << 20
# The shortest leaf any entry can be (a check-in at "x" is about 150 bytes): a file
# can't claim millions of empty entries to make a reader build millions of objects.
MIN_LEAF = 64


class FileUnreadable(Refusal):
    """Not a timeline file, or not one encrypted for us."""


class FileTampered(Refusal):
    """The file was encrypted for us but changed or cut short afterwards."""


@dataclass(frozen=True)
class TimelinePlaintext:
    """A timeline file's plaintext, split only as far as its signed note.

    The leaves stay in `plaintext` until the signature has been checked: `leaf_count`
    costs no memory, and `leaves()` is called only when the count matches the signed size.
    """

    note: str  # the signed checkpoint, exactly as signed
    plaintext: bytes
    leaves_start: int

    @property
    def leaf_count(self) -> int:
        return self.plaintext.count(b"\n", self.leaves_start)

    def leaves(self) -> list[bytes]:
        if self.leaves_start == len(self.plaintext):
            return []
        return self.plaintext[self.leaves_start : -1].split(b"\n")


def compose(note: str, leaves: Sequence[bytes]) -> bytes:
    """The whole plaintext. (The app encrypts it from its parts instead, never joined:
    see outgoing.write_signed.)"""
    return b"\n".join([HEADER, note.encode("utf-8"), *leaves, b""])


def parse(plaintext: bytes) -> TimelinePlaintext:
    """The header and signed note; bounded work and memory whatever the bytes are."""
    if not plaintext.startswith(HEADER + b"\n"):
        raise FileUnreadable("This isn't a Rekindle timeline file.")
    note_start = len(HEADER) + 1
    limit = note_start + MAX_NOTE
    text_end = plaintext.find(b"\n\n", note_start, limit)  # the note text's last line
    note_end = plaintext.find(b"\n\n", text_end + 2, limit) if text_end >= 0 else -1
    signature_line = DASH.encode("utf-8") + b" "
    if note_end < 0 or not plaintext.startswith(signature_line, text_end + 2):
        raise FileUnreadable("This timeline file's checkpoint is malformed.")
    try:
        note = plaintext[note_start : note_end + 1].decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FileUnreadable("This timeline file's checkpoint is malformed.") from exc
    leaves_start = note_end + 2
    if leaves_start < len(plaintext) and not plaintext.endswith(b"\n"):
        raise FileUnreadable("This timeline file ends in the middle of an entry.")
    return TimelinePlaintext(note, plaintext, leaves_start)


def encrypt(plaintext: bytes, recipients: Sequence[x25519.Recipient]) -> bytes:
    out = _InTurns(b"")
    encrypt_into([plaintext], recipients, out)
    return out.getvalue()


def encrypt_into(
    parts: Sequence[bytes | bytearray], recipients: Sequence[x25519.Recipient], out: object
) -> None:
    """Encrypt `parts`, as if joined (they never are), to `out`, whose `write` takes the
    file a chunk at a time: a ten-year plaintext is not held again, nor is its file."""
    pyrage.encrypt_io(_PartsInTurns(parts), out, list(recipients))


class _InTurns(io.BytesIO):
    """Bytes read and written through a method of our own, a chunk per call. pyrage
    keeps every other Python thread waiting while it runs, but a call back into Python
    lets them have their turn: the window paints between chunks of a ten-year file
    instead of stopping for its whole encryption or decryption (100+ ms)."""

    def read(self, size: int | None = -1) -> bytes:
        return super().read(size)

    def write(self, chunk: bytes) -> int:  # type: ignore[override]
        return super().write(chunk)


class _PartsInTurns:
    """Reads `parts` one after the other, as if joined, a chunk per call (as _InTurns)."""

    def __init__(self, parts: Sequence[bytes | bytearray]) -> None:
        self._parts = [memoryview(part) for part in reversed(parts) if part]

    def read(self, size: int | None = -1) -> bytes:
        if not self._parts:
            return b""
        part = self._parts.pop()
        if size is not None and 0 <= size < len(part):
            self._parts.append(part[size:])
            part = part[:size]
        return part.tobytes()


def decrypt(data: bytes, identity: x25519.Identity) -> bytes:
    """The whole plaintext. Streamed into one buffer: about the file's size in memory."""
    plaintext = _InTurns(b"")
    _decrypt_into(data, identity, plaintext)
    return plaintext.getvalue()


def decrypted_digest(data: bytes, identity: x25519.Identity) -> bytes:
    """SHA-256 of the plaintext, which is decrypted a chunk at a time and never held."""
    digest = _Digest()
    _decrypt_into(data, identity, digest)
    return digest.hash.digest()


class _Digest:
    def __init__(self) -> None:
        self.hash = hashlib.sha256()

    def write(self, chunk: bytes) -> int:
        self.hash.update(chunk)
        return len(chunk)


def decrypt_start(data: bytes, identity: x25519.Identity, size: int) -> bytes:
    """The first `size` bytes of the plaintext (fewer if it is shorter), decrypting no
    further than the age chunk that holds them: enough to tell what kind of file it is."""
    start = _Start(size)
    with contextlib.suppress(_Enough):
        _decrypt_into(data, identity, start)
    return bytes(start.data)


class _Enough(Exception):
    pass


class _Start:
    def __init__(self, size: int) -> None:
        self.size = size
        self.data = bytearray()

    def write(self, chunk: bytes) -> int:
        self.data += chunk[: self.size - len(self.data)]
        if len(self.data) >= self.size:
            raise _Enough
        return len(chunk)


def _decrypt_into(data: bytes, identity: x25519.Identity, out: object) -> None:
    if len(data) > MAX_FILE:
        raise FileUnreadable("This file is far larger than any timeline file.")
    if not data.startswith(AGE_MAGIC):
        raise FileUnreadable("This isn't a Rekindle timeline file.")
    try:
        pyrage.decrypt_io(_InTurns(data), out, [identity])
    except (pyrage.DecryptError, OSError) as exc:  # streaming reports damage as OSError
        if "No matching keys" in str(exc):
            raise FileUnreadable(
                "This file can't be opened here: it wasn't made for this journal, "
                "or its beginning is damaged."
            ) from exc
        raise FileTampered(
            "This file is damaged: part of it is missing or was changed after it was "
            "made, which can happen when a copy stops half-way. Rekindle reads only "
            "files that are whole."
        ) from exc
