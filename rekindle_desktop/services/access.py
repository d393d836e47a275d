"""Setting up, unlocking and re-keying a journal: the use cases the UI and CLI share."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeAlias, TypeVar

from rekindle_desktop.crypto import keyslots as ks
from rekindle_desktop.crypto.kdf import DEFAULT_ARGON2, KEY_BYTES, Argon2Params
from rekindle_desktop.crypto.keyslots import KeySlots, SlotKind
from rekindle_desktop.crypto.os_keyring import KeyringProblem, OsKeyring, find_os_keyring
from rekindle_desktop.crypto.recovery_code import new_recovery_code, normalize_code
from rekindle_desktop.crypto.wipe import wipe
from rekindle_desktop.domain.passphrase import assess_passphrase
from rekindle_desktop.domain.role import Role
from rekindle_desktop.domain.words import ENGLISH, Words
from rekindle_desktop.errors import (
    JournalDamaged,
    KeyringUnavailable,
    UserFacingError,
    WrongSecret,
)
from rekindle_desktop.store import settings
from rekindle_desktop.store.journal import (
    Journal,
    JournalFolder,
    create_database,
    new_journal_id,
    open_unlocked,
)

T = TypeVar("T")

# How hard unlocking is: the Argon2id cost a new passphrase slot is sealed with (crypto's
# own parameters, named here for the window, which takes them whole and passes them on;
# tests choose the floor, to be fast). Unlocking reads the cost from the slot itself.
UnlockCost: TypeAlias = Argon2Params
DEFAULT_UNLOCK_COST: UnlockCost = DEFAULT_ARGON2


@dataclass(frozen=True)
class NewJournal:
    journal: Journal
    recovery_code: str  # shown once, never stored


def create_journal(
    folder: Path, passphrase: str, role: Role, *, argon2: Argon2Params = DEFAULT_ARGON2
) -> NewJournal:
    """A new journal in `folder` (created if needed), with passphrase and recovery slots."""
    check_new_passphrase(passphrase)
    where = JournalFolder(folder)
    if where.exists():
        raise UserFacingError(
            "There is already a journal in {folder}.",
            "Open it instead, or choose an empty folder for a new one.",
            folder=folder,
        )
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        where.set_aside_interrupted_setup()
        journal_id = new_journal_id()
        db_key = bytearray(os.urandom(KEY_BYTES))
        code = new_recovery_code()
        try:
            conn = create_database(where, journal_id, db_key)
            slots = KeySlots(
                journal_id,
                (
                    ks.seal_with_passphrase(db_key, passphrase, journal_id, argon2),
                    ks.seal_with_secret(SlotKind.RECOVERY, db_key, _code_secret(code), journal_id),
                ),
            )
            journal = Journal(where, slots, conn, db_key)  # keeps its own copy
        finally:
            wipe(db_key)
        journal.set(settings.ROLE, role)
        # The key file is written last: its presence is what makes the journal exist.
        where.write_keyslots(slots)
    except OSError as exc:
        raise _disk_error(folder, exc) from exc
    return NewJournal(journal, code)


def unlock_with_passphrase(folder: Path, passphrase: str) -> Journal:
    where = JournalFolder(folder)
    slots = where.read_keyslots()
    slot = slots.get(SlotKind.PASSPHRASE)
    assert slot is not None  # KeySlots.from_bytes guarantees it
    db_key = ks.open_with_passphrase(slot, passphrase, slots.journal_id)
    if db_key is None:
        raise WrongSecret(
            "That passphrase doesn't open this journal.",
            "Check Caps Lock and try again. If it's lost, your recovery code can open it.",
        )
    return _open_and_wipe(where, slots, db_key)


def unlock_with_recovery_code(folder: Path, typed_code: str) -> Journal:
    where = JournalFolder(folder)
    slots = where.read_keyslots()
    code = normalize_code(typed_code)
    slot = slots.get(SlotKind.RECOVERY)
    if slot is None:
        raise JournalDamaged(
            "This journal has no recovery code slot.",
            "Unlock it with your passphrase instead.",
        )
    db_key = None if code is None else ks.open_with_secret(slot, code.encode(), slots.journal_id)
    if db_key is None:
        raise WrongSecret(
            "That recovery code doesn't open this journal.",
            "Check each group of characters against your saved copy and try again.",
        )
    return _open_and_wipe(where, slots, db_key)


def is_remembered(folder: Path) -> bool:
    """Whether this journal has a keyring slot (the keyring itself is not asked)."""
    try:
        return JournalFolder(folder).read_keyslots().get(SlotKind.KEYRING) is not None
    except UserFacingError:
        return False


def unlock_with_keyring(folder: Path, *, check_pages: bool = True) -> Journal:
    """The remembered journal, opened with the key its keyring slot unwraps. With
    `check_pages` False, the caller checks every page itself (`Journal.check_every_page`,
    SECURITY.md R4) before anything of the journal is shown or written."""
    where = JournalFolder(folder)
    slots = where.read_keyslots()
    slot = slots.get(SlotKind.KEYRING)
    if slot is None:
        raise KeyringUnavailable(
            "This journal is not remembered on this computer.",
            "Unlock it with your passphrase.",
        )
    keyring = _keyring()
    if keyring.name != slot.backend:
        raise KeyringUnavailable(
            "The keyring this journal was remembered in is not the one available now.",
            "Unlock with your passphrase; you can choose to remember it again afterwards.",
        )
    secret = _keyring_call(lambda: keyring.fetch(_account(slots.journal_id)))
    db_key = None if secret is None else ks.open_with_secret(slot, secret, slots.journal_id)
    if db_key is None:
        raise KeyringUnavailable(
            "This computer's keyring no longer holds the key to this journal.",
            "Unlock with your passphrase; you can choose to remember it again afterwards.",
        )
    return _open_and_wipe(where, slots, db_key, check_pages=check_pages)


def _open_and_wipe(
    where: JournalFolder, slots: KeySlots, db_key: bytearray, *, check_pages: bool = True
) -> Journal:
    """The journal opened with an unwrapped key, whose buffer is zeroed either way
    (the journal keeps its own copy until it is locked)."""
    try:
        return open_unlocked(where, slots, db_key, check_pages=check_pages)
    finally:
        wipe(db_key)


def change_passphrase(
    journal: Journal, new_passphrase: str, *, argon2: Argon2Params = DEFAULT_ARGON2
) -> None:
    """Re-wrap the database key under a new passphrase. The database is not rekeyed."""
    check_new_passphrase(new_passphrase)
    slot = journal.with_key(
        lambda key: ks.seal_with_passphrase(key, new_passphrase, journal.journal_id, argon2)
    )
    try:
        journal.save_keyslots(journal.keyslots.with_slot(slot))
    except OSError as exc:
        raise _disk_error(journal.folder.path, exc) from exc


def remember_on_this_computer(journal: Journal) -> str:
    """Add a keyring slot; returns the keyring's name. Raises KeyringUnavailable."""
    keyring = _keyring()
    secret = os.urandom(KEY_BYTES)
    _keyring_call(lambda: keyring.store(_account(journal.journal_id), secret))
    slot = journal.with_key(
        lambda key: ks.seal_with_secret(
            SlotKind.KEYRING, key, secret, journal.journal_id, backend=keyring.name
        )
    )
    try:
        journal.save_keyslots(journal.keyslots.with_slot(slot))
    except OSError as exc:
        raise _disk_error(journal.folder.path, exc) from exc
    return keyring.name


def forget_on_this_computer(journal: Journal) -> None:
    """Remove the keyring slot first (so nothing trusts the keyring), then its secret."""
    if journal.keyslots.get(SlotKind.KEYRING) is None:
        return
    try:
        journal.save_keyslots(journal.keyslots.without(SlotKind.KEYRING))
    except OSError as exc:
        raise _disk_error(journal.folder.path, exc) from exc
    try:
        keyring = find_os_keyring()
        keyring.delete(_account(journal.journal_id))
    except KeyringProblem:
        pass  # the slot is gone, so a stranded keyring secret opens nothing


def remove_from_keyring(journal_id: str, backend: str) -> None:
    """Delete this journal's secret from the keyring named `backend` (gone already is
    fine). Raises KeyringUnavailable when that keyring cannot be reached or changed."""
    keyring = _keyring()
    if keyring.name != backend:
        raise KeyringUnavailable(
            "The keyring that remembered this journal is not the one available now."
        )
    _keyring_call(lambda: keyring.delete(_account(journal_id)))


def keyring_status(*, words: Words = ENGLISH) -> str | None:
    """None if a secure keyring can be used now, else gentle sentences (in `words`'
    language) on why not: the keyring's reason, then what that means."""
    try:
        find_os_keyring()
    except KeyringProblem as exc:
        safest = words.text("Rekindle will ask for your passphrase each time, which is safest.")
        return f"{words.text(exc.reason)} {safest}"
    return None


def check_new_passphrase(passphrase: str) -> None:
    strength = assess_passphrase(passphrase)
    if not strength.acceptable:
        if not strength.advice:
            raise UserFacingError("That passphrase is too easy to guess.")
        raise UserFacingError(
            "That passphrase is too easy to guess. {advice}", advice=strength.advice
        )


def _code_secret(code: str) -> bytes:
    normalized = normalize_code(code)
    assert normalized is not None
    return normalized.encode()


def _account(journal_id: str) -> str:
    return f"journal-{journal_id}"


def _keyring() -> OsKeyring:
    try:
        return find_os_keyring()
    except KeyringProblem as exc:
        raise KeyringUnavailable(exc.reason, "Your passphrase still works.") from exc


def _keyring_call(call: Callable[[], T]) -> T:
    try:
        return call()
    except KeyringProblem as exc:
        raise KeyringUnavailable(exc.reason, "Your passphrase still works.") from exc


def _disk_error(folder: Path, exc: OSError) -> UserFacingError:
    return UserFacingError(
        "Rekindle could not write to {folder} ({reason}).",
        "Free some space or check the folder's permissions, then try again. "
        "Nothing already saved was changed.",
        folder=folder,
        reason=exc.strerror or exc,
    )
