"""Each journal's identity: an Ed25519 signing key and an age X25519 identity (SECURITY.md R5).

Both private halves live only inside the encrypted journal. The public halves travel
in a *pairing code* a person can copy, and are compared in person as a safety phrase.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from dataclasses import dataclass

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from rekindle_desktop.crypto.safety_phrase import safety_phrase
from rekindle_desktop.domain.words import Refusal

PAIRING_PREFIX = "REKINDLE-PAIR-1"
MAX_CODE = 400


class PairingCodeError(Refusal):
    """The text is not a pairing code this version can read; the message says why."""


@dataclass(frozen=True)
class PublicIdentity:
    signing_key: bytes  # Ed25519, 32 raw bytes
    age_recipient: str  # "age1…"

    def pairing_code(self) -> str:
        body = f"{PAIRING_PREFIX}:{_b64(self.signing_key)}:{self.age_recipient}"
        return f"{body}:{_check(body)}"

    def recipient(self) -> x25519.Recipient:
        return x25519.Recipient.from_str(self.age_recipient)

    def key_material(self) -> bytes:
        return self.signing_key + self.age_recipient.encode("ascii")


@dataclass(frozen=True)
class Identity:
    signing_seed: bytes  # the Ed25519 private key, 32 raw bytes
    age_identity: str  # "AGE-SECRET-KEY-1…"

    @classmethod
    def generate(cls) -> Identity:
        key = Ed25519PrivateKey.generate()
        return cls(key.private_bytes_raw(), str(x25519.Identity.generate()))

    def signing_key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(self.signing_seed)

    def age(self) -> x25519.Identity:
        return x25519.Identity.from_str(self.age_identity)

    def public(self) -> PublicIdentity:
        return PublicIdentity(
            self.signing_key().public_key().public_bytes_raw(), str(self.age().to_public())
        )

    def __repr__(self) -> str:  # never print private keys, even in a crash report
        return "Identity(<private>)"


def pair_phrase(mine: PublicIdentity, theirs: PublicIdentity) -> str:
    """The safety phrase both partners should see: the same on both computers."""
    return safety_phrase(mine.key_material(), theirs.key_material())


def read_pairing_code(text: str) -> PublicIdentity:
    cleaned = "".join(text.split())  # codes survive line breaks from chat apps and email
    if len(cleaned) > MAX_CODE:
        raise PairingCodeError("That is much longer than a pairing code.")
    parts = cleaned.split(":")
    if len(parts) != 4 or parts[0] != PAIRING_PREFIX:
        raise PairingCodeError("That doesn't look like a Rekindle pairing code.")
    prefix, signing, recipient, check = parts
    if check != _check(f"{prefix}:{signing}:{recipient}"):
        raise PairingCodeError(
            "Part of the pairing code is missing or mistyped. Copy it again in full."
        )
    try:
        key = base64.urlsafe_b64decode(signing + "=" * (-len(signing) % 4))
        x25519.Recipient.from_str(recipient)
    except (binascii.Error, ValueError, pyrage.RecipientError) as exc:
        raise PairingCodeError("The keys in that pairing code can't be read.") from exc
    if len(key) != 32:
        raise PairingCodeError("The keys in that pairing code can't be read.")
    return PublicIdentity(key, recipient)


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _check(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()[:8]
