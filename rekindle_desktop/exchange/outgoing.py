"""Writing a file for the partner: a timeline file or a reply (docs/FORMAT.md).

Both are made the same way: the maker signs a note, the note heads the plaintext, and
the whole is encrypted with age to the partner and to the maker (so each side can read
what it sent), then written whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rekindle_desktop.crypto.identity import Identity, PublicIdentity
from rekindle_desktop.crypto.signed_note import sign_text
from rekindle_desktop.exchange import timeline_file
from rekindle_desktop.store.files import write_atomically

# The file's plaintext around its signed note: timeline_file.compose or reply_file.compose.
Compose = Callable[[str], bytes]


def write_signed(
    out: Path,
    text: str,
    origin: str,
    maker: Identity,
    partner: PublicIdentity,
    compose: Compose,
) -> bytes:
    """Sign `text` as `origin` with the maker's key, make the plaintext around that note
    with `compose`, encrypt it to `partner` and the maker, and write it to `out`
    atomically. Returns the plaintext written.

    OSError if it could not be written; a file already at `out` is then unchanged.
    """
    note = sign_text(text, origin, maker.signing_key())
    plaintext = compose(note)
    data = timeline_file.encrypt(plaintext, [partner.recipient(), maker.public().recipient()])
    write_atomically(out, data)
    return plaintext
