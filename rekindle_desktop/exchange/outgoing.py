"""Writing a file for the partner: a timeline file or a reply (docs/FORMAT.md).

Both are made the same way: the format's header line, a note the maker signs, an empty
line and the body make the plaintext, which is encrypted with age to the partner and to
the maker (so each side can read what it sent), then written whole or not at all.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from rekindle_desktop.crypto.identity import Identity, PublicIdentity
from rekindle_desktop.crypto.signed_note import sign_text
from rekindle_desktop.exchange import timeline_file
from rekindle_desktop.store.files import written_atomically


def write_signed(
    out: Path,
    text: str,
    origin: str,
    maker: Identity,
    partner: PublicIdentity,
    header: bytes,
    body: bytes | bytearray,
) -> bytes:
    """Sign `text` as `origin` with the maker's key; encrypt the plaintext, which is the
    `header` line, that signed note, an empty line and `body` (in both formats), to
    `partner` and the maker; and write it to `out` atomically. Returns the plaintext's
    SHA-256. The parts are encrypted as they are, straight into the file: the plaintext
    is never joined, nor the file held.

    OSError if it could not be written; a file already at `out` is then unchanged.
    """
    note = sign_text(text, origin, maker.signing_key())
    parts = (header + b"\n" + note.encode("utf-8") + b"\n", body)
    recipients = [partner.recipient(), maker.public().recipient()]
    with written_atomically(out) as file:
        timeline_file.encrypt_into(parts, recipients, file)
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part)
    return digest.digest()
