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

from collections.abc import Sequence
from dataclasses import dataclass

import pyrage
from pyrage import x25519

from rekindle_desktop.crypto.signed_note import DASH

HEADER = b"REKINDLE-TIMELINE-1"
AGE_MAGIC = b"age-encryption.org/v1\n"
MAX_FILE = 1 << 30  # 1 GiB: far above ten years of entries, far below this machine's memory


class FileUnreadable(ValueError):
    """Not a timeline file, or not one encrypted for us."""


class FileTampered(ValueError):
    """The file was encrypted for us but changed or cut short afterwards."""


@dataclass(frozen=True)
class TimelinePlaintext:
    note: str  # the signed checkpoint, exactly as signed
    leaves: tuple[bytes, ...]


def compose(note: str, leaves: Sequence[bytes]) -> bytes:
    parts = [HEADER + b"\n", note.encode("utf-8"), b"\n"]
    parts.extend(leaf + b"\n" for leaf in leaves)
    return b"".join(parts)


def parse(plaintext: bytes) -> TimelinePlaintext:
    lines = plaintext.split(b"\n")
    if len(lines) < 8 or lines[0] != HEADER or lines[-1] != b"":
        raise FileUnreadable("This isn't a Rekindle timeline file.")
    try:
        text_lines = [line.decode("utf-8") for line in lines[1:4]]
    except UnicodeDecodeError as exc:
        raise FileUnreadable("This isn't a Rekindle timeline file.") from exc
    if lines[4] != b"":
        raise FileUnreadable("This timeline file's checkpoint is malformed.")
    position = 5
    signatures = []
    dash = DASH.encode("utf-8") + b" "
    while position < len(lines) and lines[position].startswith(dash):
        signatures.append(lines[position].decode("utf-8", errors="replace"))
        position += 1
    if not signatures or position >= len(lines) or lines[position] != b"":
        raise FileUnreadable("This timeline file's checkpoint is malformed.")
    note = "\n".join(text_lines) + "\n\n" + "\n".join(signatures) + "\n"
    leaves = tuple(lines[position + 1 : -1])
    return TimelinePlaintext(note, leaves)


def encrypt(plaintext: bytes, recipients: Sequence[x25519.Recipient]) -> bytes:
    return bytes(pyrage.encrypt(plaintext, list(recipients)))


def decrypt(data: bytes, identity: x25519.Identity) -> bytes:
    if len(data) > MAX_FILE:
        raise FileUnreadable("This file is far larger than any timeline file.")
    if not data.startswith(AGE_MAGIC):
        raise FileUnreadable("This isn't a Rekindle timeline file.")
    try:
        return bytes(pyrage.decrypt(data, [identity]))
    except pyrage.DecryptError as exc:
        if "No matching keys" in str(exc):
            raise FileUnreadable(
                "This file can't be opened here: it wasn't made for this journal, "
                "or its beginning is damaged."
            ) from exc
        raise FileTampered(
            "This file was changed or cut short after it was made, so it can't be trusted."
        ) from exc
