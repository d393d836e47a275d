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
MAX_NAME = 256
MAX_SIZE_DIGITS = 12  # a trillion entries: far beyond any journal, far below int's limits


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
    try:
        signed = text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: no file decodes to one
        raise NoteError("the checkpoint is not valid UTF-8") from exc
    if not is_key_name(name):
        raise NoteError("the key name is malformed")
    wanted = key_hash(name, public)
    verifier = Ed25519PublicKey.from_public_bytes(public)
    found_ours = False
    for line in signatures.split("\n"):
        if not line:
            continue
        parts = line.split(" ")
        if len(parts) != 3 or parts[0] != DASH:
            raise NoteError("a signature line is malformed")
        blob = base64_exactly(parts[2], "a signature is not base64")
        if parts[1] != name or blob[:4] != wanted or len(blob) != 68:
            continue
        found_ours = True
        try:
            verifier.verify(blob[4:], signed)
        except InvalidSignature as exc:
            raise NoteError("the checkpoint signature does not verify") from exc
        return text
    if not found_ours:
        raise NoteError("the checkpoint is not signed by the expected key")
    raise NoteError("unreachable")  # pragma: no cover


def parse_checkpoint(text: str) -> Checkpoint:
    """Origin, size and root, each in the one spelling the format allows (ASCII only)."""
    lines = text.split("\n")
    if len(lines) < 4 or lines[-1] != "":
        raise NoteError("a checkpoint has an origin, a size and a root hash")
    origin, size_text, root_text = lines[0], lines[1], lines[2]
    if not is_key_name(origin) or not is_decimal(size_text, MAX_SIZE_DIGITS):
        raise NoteError("the checkpoint's origin or size is malformed")
    root = base64_exactly(root_text, "the checkpoint's root hash is not base64")
    if len(root) != 32:
        raise NoteError("the checkpoint's root hash has the wrong length")
    return Checkpoint(origin, int(size_text), root)


def is_decimal(text: str, max_digits: int) -> bool:
    """ASCII digits only, no sign, no spaces, no leading zero (str.isdigit allows '١٢')."""
    return (
        0 < len(text) <= max_digits
        and text.isascii()
        and text.isdigit()
        and (text == "0" or text[0] != "0")
    )


def is_key_name(name: str) -> bool:
    """Printable ASCII without spaces or plus signs, as C2SP key names are."""
    return 0 < len(name) <= MAX_NAME and all("!" <= ch <= "~" and ch != "+" for ch in name)


def base64_exactly(text: str, problem: str) -> bytes:
    """Standard base64 in its one canonical spelling, or NoteError."""
    try:
        decoded = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error) as exc:
        raise NoteError(problem) from exc
    if base64.b64encode(decoded).decode("ascii") != text:
        raise NoteError(problem)
    return decoded


def _check_name(name: str) -> None:
    if not is_key_name(name):
        raise ValueError("key names have no spaces or plus signs")
