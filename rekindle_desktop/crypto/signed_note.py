"""Checkpoints as C2SP signed notes (c2sp.org/signed-note, c2sp.org/tlog-checkpoint).

    <origin>\\n<tree size>\\n<base64 root hash>\\n      <- the note text, which is signed
    \\n
    — <key name> <base64(key hash[4] || Ed25519 signature[64])>\\n

key hash = SHA-256(key name || 0x0A || 0x01 || public key)[:4]; 0x01 names Ed25519.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

ED25519 = b"\x01"
DASH = "\u2014"  # the em dash that starts every signature line
MAX_NOTE = 64 * 1024


class NoteError(ValueError):
    """The note is malformed, or its signature does not verify."""


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes

    def text(self) -> str:
        return f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode()}\n"


def key_hash(name: str, public: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + ED25519 + public).digest()[:4]


def sign(checkpoint: Checkpoint, name: str, key: Ed25519PrivateKey) -> str:
    """The checkpoint as a signed note."""
    return sign_text(checkpoint.text(), name, key)


def open_note(note: str, name: str, public: bytes) -> Checkpoint:
    """The checkpoint, if `note` carries a valid signature by (`name`, `public`)."""
    return parse_checkpoint(open_signed(note, name, public))


def sign_text(text: str, name: str, key: Ed25519PrivateKey) -> str:
    """Any note text (lines ending in newlines) as a signed note."""
    _check_name(name)
    if not text.endswith("\n") or "\n\n" in text:
        raise ValueError("a note's text is non-empty lines, each ending in a newline")
    public = key.public_key().public_bytes_raw()
    signature = key.sign(text.encode())
    blob = base64.b64encode(key_hash(name, public) + signature).decode()
    return f"{text}\n{DASH} {name} {blob}\n"


def open_signed(note: str, name: str, public: bytes) -> str:
    """The note's text, if it carries a valid signature by (`name`, `public`)."""
    if len(note) > MAX_NOTE:
        raise NoteError("the checkpoint is too long")
    text, sep, signatures = note.partition("\n\n")
    if not sep or not text:
        raise NoteError("the checkpoint has no signature block")
    text += "\n"
    wanted = key_hash(name, public)
    verifier = Ed25519PublicKey.from_public_bytes(public)
    found_ours = False
    for line in signatures.split("\n"):
        if not line:
            continue
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != DASH:
            raise NoteError("a signature line is malformed")
        try:
            blob = base64.b64decode(parts[2], validate=True)
        except binascii.Error as exc:
            raise NoteError("a signature is not base64") from exc
        if parts[1] != name or blob[:4] != wanted or len(blob) != 68:
            continue
        found_ours = True
        try:
            verifier.verify(blob[4:], text.encode())
        except InvalidSignature as exc:
            raise NoteError("the checkpoint signature does not verify") from exc
        return text
    if not found_ours:
        raise NoteError("the checkpoint is not signed by the expected key")
    raise NoteError("unreachable")  # pragma: no cover


def parse_checkpoint(text: str) -> Checkpoint:
    lines = text.split("\n")
    if len(lines) < 4 or lines[-1] != "":
        raise NoteError("a checkpoint has an origin, a size and a root hash")
    origin, size_text, root_text = lines[0], lines[1], lines[2]
    if not origin or not size_text.isdigit() or (size_text != "0" and size_text[0] == "0"):
        raise NoteError("the checkpoint's origin or size is malformed")
    try:
        root = base64.b64decode(root_text, validate=True)
    except binascii.Error as exc:
        raise NoteError("the checkpoint's root hash is not base64") from exc
    if len(root) != 32:
        raise NoteError("the checkpoint's root hash has the wrong length")
    return Checkpoint(origin, int(size_text), root)


def _check_name(name: str) -> None:
    if not name or any(ch.isspace() for ch in name) or "+" in name:
        raise ValueError("key names have no spaces or plus signs")
