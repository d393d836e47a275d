"""Key slots: the journal's database key, wrapped once per way of unlocking (SECURITY.md R3).

The database key never changes; a slot is an AES-256-GCM encryption of it under a
key-encryption key (KEK) that comes from a passphrase, a recovery code or a secret
held by the OS keyring. Changing the passphrase replaces one slot and nothing else.
"""

from __future__ import annotations

import base64
import json
import os
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from rekindle_desktop.crypto.kdf import (
    KEY_BYTES,
    SALT_BYTES,
    Argon2Params,
    high_entropy_kek,
    passphrase_kek,
)
from rekindle_desktop.crypto.wipe import wipe

FORMAT = "rekindle-keyslots"
VERSION = 1
NONCE_BYTES = 12


class SlotKind(StrEnum):
    PASSPHRASE = "passphrase"
    RECOVERY = "recovery"
    KEYRING = "keyring"


class KeySlotsUnreadable(ValueError):
    """The key slot file is not one this version can read."""


class KeySlotsTooNew(KeySlotsUnreadable):
    """The key slot file was written by a newer version."""


@dataclass(frozen=True)
class KeySlot:
    kind: SlotKind
    salt: bytes
    nonce: bytes
    wrapped_key: bytes
    argon2: Argon2Params | None = None  # passphrase slots only
    backend: str | None = None  # keyring slots: which keyring holds the secret

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind.value,
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }
        if self.argon2 is not None:
            data["kdf"] = self.argon2.to_json()
        else:
            data["kdf"] = {"name": "hkdf-sha256"}
        if self.backend is not None:
            data["backend"] = self.backend
        return data

    @classmethod
    def from_json(cls, data: Any) -> KeySlot:
        if not isinstance(data, dict):
            raise KeySlotsUnreadable("a key slot is not an object")
        try:
            kind = SlotKind(str(data.get("kind")))
        except ValueError as exc:
            raise KeySlotsUnreadable("unknown key slot kind") from exc
        kdf = data.get("kdf")
        if not isinstance(kdf, dict):
            raise KeySlotsUnreadable("key slot has no kdf")
        argon2: Argon2Params | None = None
        if kind is SlotKind.PASSPHRASE:
            try:
                argon2 = Argon2Params.from_json(kdf)
            except ValueError as exc:
                raise KeySlotsUnreadable(f"passphrase slot: {exc}") from exc
        elif kdf.get("name") != "hkdf-sha256":
            raise KeySlotsUnreadable("unknown kdf for this key slot")
        backend = data.get("backend")
        if kind is SlotKind.KEYRING and not isinstance(backend, str):
            raise KeySlotsUnreadable("keyring slot does not name its backend")
        slot = cls(
            kind=kind,
            salt=_unb64(data, "salt", SALT_BYTES),
            nonce=_unb64(data, "nonce", NONCE_BYTES),
            wrapped_key=_unb64(data, "wrapped_key", KEY_BYTES + 16),
            argon2=argon2,
            backend=backend if kind is SlotKind.KEYRING else None,
        )
        return slot


@dataclass(frozen=True)
class KeySlots:
    """All slots of one journal. Immutable: changes return a new value to be saved."""

    journal_id: str
    slots: tuple[KeySlot, ...]

    def get(self, kind: SlotKind) -> KeySlot | None:
        return next((s for s in self.slots if s.kind is kind), None)

    def with_slot(self, slot: KeySlot) -> KeySlots:
        others = tuple(s for s in self.slots if s.kind is not slot.kind)
        return replace(self, slots=(*others, slot))

    def without(self, kind: SlotKind) -> KeySlots:
        return replace(self, slots=tuple(s for s in self.slots if s.kind is not kind))

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "journal_id": self.journal_id,
            "slots": [s.to_json() for s in self.slots],
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeySlots:
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            raise KeySlotsUnreadable("the key slot file is not valid JSON") from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise KeySlotsUnreadable("not a Rekindle key slot file")
        version = doc.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise KeySlotsUnreadable("the key slot file has no valid version")
        if version > VERSION:
            raise KeySlotsTooNew(f"key slot file version {version} is newer than {VERSION}")
        journal_id = doc.get("journal_id")
        raw_slots = doc.get("slots")
        if not isinstance(journal_id, str) or not journal_id or not isinstance(raw_slots, list):
            raise KeySlotsUnreadable("the key slot file is incomplete")
        slots = tuple(KeySlot.from_json(s) for s in raw_slots)
        kinds = [s.kind for s in slots]
        if len(set(kinds)) != len(kinds):
            raise KeySlotsUnreadable("the key slot file repeats a slot")
        if SlotKind.PASSPHRASE not in kinds:
            raise KeySlotsUnreadable("the key slot file has no passphrase slot")
        return cls(journal_id=journal_id, slots=slots)


# Every key-encryption key is wiped once it has wrapped or unwrapped the database key.
# An unwrapped database key comes back as a bytearray: the caller wipes it after use.


def seal_with_passphrase(
    db_key: bytes | bytearray, passphrase: str, journal_id: str, params: Argon2Params
) -> KeySlot:
    salt = os.urandom(SALT_BYTES)
    kek = passphrase_kek(passphrase, salt, params)
    try:
        return _seal(SlotKind.PASSPHRASE, db_key, kek, salt, journal_id, argon2=params)
    finally:
        wipe(kek)


def seal_with_secret(
    kind: SlotKind,
    db_key: bytes | bytearray,
    secret: bytes,
    journal_id: str,
    backend: str | None = None,
) -> KeySlot:
    """Wrap under a high-entropy secret: the recovery code or a keyring-held secret."""
    salt = os.urandom(SALT_BYTES)
    kek = high_entropy_kek(secret, salt, kind.value)
    try:
        return _seal(kind, db_key, kek, salt, journal_id, backend=backend)
    finally:
        wipe(kek)


def open_with_passphrase(slot: KeySlot, passphrase: str, journal_id: str) -> bytearray | None:
    """The database key, or None if the passphrase is not the right one."""
    assert slot.argon2 is not None, "passphrase slot without Argon2 parameters"
    kek = passphrase_kek(passphrase, slot.salt, slot.argon2)
    try:
        return _open(slot, kek, journal_id)
    finally:
        wipe(kek)


def open_with_secret(slot: KeySlot, secret: bytes, journal_id: str) -> bytearray | None:
    kek = high_entropy_kek(secret, slot.salt, slot.kind.value)
    try:
        return _open(slot, kek, journal_id)
    finally:
        wipe(kek)


def _aad(kind: SlotKind, journal_id: str) -> bytes:
    # Binds a slot to its journal and its kind: a slot copied elsewhere will not open.
    return f"{FORMAT}/v{VERSION}/{journal_id}/{kind.value}".encode()


def _seal(
    kind: SlotKind,
    db_key: bytes | bytearray,
    kek: bytearray,
    salt: bytes,
    journal_id: str,
    *,
    argon2: Argon2Params | None = None,
    backend: str | None = None,
) -> KeySlot:
    if len(db_key) != KEY_BYTES:
        raise ValueError("database keys are 32 bytes")
    nonce = os.urandom(NONCE_BYTES)
    wrapped = AESGCM(kek).encrypt(nonce, db_key, _aad(kind, journal_id))
    return KeySlot(kind, salt, nonce, wrapped, argon2=argon2, backend=backend)


def _open(slot: KeySlot, kek: bytearray, journal_id: str) -> bytearray | None:
    # Decrypted straight into our own buffer: `decrypt` would return bytes nobody can wipe.
    db_key = bytearray(KEY_BYTES)
    try:
        AESGCM(kek).decrypt_into(slot.nonce, slot.wrapped_key, _aad(slot.kind, journal_id), db_key)
    except InvalidTag:
        wipe(db_key)  # whatever an unauthenticated decryption left there
        return None
    return db_key


def _b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def _unb64(data: dict[str, Any], key: str, length: int) -> bytes:
    value = data.get(key)
    if not isinstance(value, str):
        raise KeySlotsUnreadable(f"key slot field {key} is missing")
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError as exc:
        raise KeySlotsUnreadable(f"key slot field {key} is not base64") from exc
    if len(raw) != length:
        raise KeySlotsUnreadable(f"key slot field {key} has the wrong length")
    return raw
