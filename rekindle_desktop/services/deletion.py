"""Leaving: deleting your own journal on purpose, after typing that you mean it.

Only ever a choice a person makes from the Journal menu or `rekindle delete`, never a
way out of an error (SECURITY.md R8). It removes the files Rekindle made in the
journal's folder and the keyring entry that remembered it; backups, timeline files,
reports and anything else the person put elsewhere (or in the folder) are left alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from rekindle_desktop.crypto.keyslots import SlotKind
from rekindle_desktop.domain.words import ENGLISH, Words, fill
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import access
from rekindle_desktop.store.journal import KEYSLOTS_FILE, Journal, JournalFolder

DELETE_PHRASE = "delete my journal"


class NotConfirmed(UserFacingError):
    """The words typed were not the phrase: nothing was deleted."""


class DeletionIncomplete(UserFacingError):
    """Deleting stopped part-way; the message names what is left and where."""


@dataclass(frozen=True)
class ClosedForDeletion:
    """A journal closed because its owner confirmed deleting it: what is left to do."""

    folder: Path
    journal_id: str
    keyring_backend: str | None  # the keyring that remembered it, if one did


@dataclass(frozen=True)
class Deleted:
    folder: Path
    removed: tuple[str, ...]  # Rekindle's own files, by name
    folder_removed: bool
    left_alone: tuple[str, ...]  # other things in the folder, which were not touched
    keyring_note: str | None  # why a keyring entry may remain, in plain words


def confirms(typed: str, phrase: str = DELETE_PHRASE) -> bool:
    """Whether `typed` is the phrase: exactly its words, spaces around them aside."""
    return typed.strip() == phrase


def delete_journal(journal: Journal, confirmation: str, *, phrase: str = DELETE_PHRASE) -> Deleted:
    """Delete the unlocked `journal`, if `confirmation` is the phrase. Raises UserFacingError."""
    return remove_closed_journal(close_for_deletion(journal, confirmation, phrase=phrase))


def close_for_deletion(
    journal: Journal, confirmation: str, *, phrase: str = DELETE_PHRASE
) -> ClosedForDeletion:
    """Check the phrase and that `journal` is the one in its folder, then close it.

    Nothing is deleted yet. The window does this on its own thread (the database
    belongs to it) and the rest in the background.
    """
    if not confirms(confirmation, phrase):
        raise NotConfirmed(
            "Nothing was deleted: the words typed were not “{phrase}”.",
            "Your journal is just as it was.",
            phrase=phrase,
        )
    if not journal.is_open:
        raise UserFacingError(
            "Unlock your journal first: only the person who can open it may delete it.",
            "Nothing was deleted.",
        )
    where = journal.folder
    try:
        in_folder = where.read_keyslots().journal_id
    except UserFacingError:
        in_folder = None
    if in_folder != journal.journal_id:
        raise UserFacingError(
            "The journal in {folder} is no longer the one you unlocked.",
            "Nothing was deleted. Open the journal you mean to delete, then try again.",
            folder=where.path,
        )
    slot = journal.keyslots.get(SlotKind.KEYRING)
    closed = ClosedForDeletion(
        where.path, journal.journal_id, slot.backend if slot is not None else None
    )
    journal.close()
    return closed


def remove_closed_journal(closed: ClosedForDeletion, *, words: Words = ENGLISH) -> Deleted:
    """Forget the keyring entry, then remove Rekindle's files, key file first.

    Symbolic links are never followed: a link with one of Rekindle's names is left
    where it is, and so is whatever it points to. The folder goes only if it is empty.
    The keyring note is in `words`' language.
    """
    keyring_note = _forget_in_keyring(closed, words)
    where = JournalFolder(closed.folder)
    try:
        names = where.own_file_names()
    except OSError as exc:
        raise _incomplete(closed.folder, [], exc, keyring_note) from exc
    removed: list[str] = []
    for name in names:
        path = closed.folder / name
        if path.is_symlink() or not path.is_file():
            continue  # not a file Rekindle wrote: left, and reported below
        try:
            path.unlink()
        except FileNotFoundError:
            continue  # SQLite removed its -wal/-shm as the journal closed
        except OSError as exc:
            raise _incomplete(closed.folder, removed, exc, keyring_note) from exc
        removed.append(name)
    try:
        left = tuple(sorted(os.listdir(closed.folder)))
    except OSError:
        left = ()
    folder_removed = False
    if not left and not closed.folder.is_symlink():
        try:
            closed.folder.rmdir()
            folder_removed = True
        except OSError:
            pass  # an empty folder left behind holds nothing of the journal
    return Deleted(closed.folder, tuple(removed), folder_removed, left, keyring_note)


def _forget_in_keyring(closed: ClosedForDeletion, words: Words) -> str | None:
    if closed.keyring_backend is None:
        return None  # never remembered: the keyring is not even asked
    try:
        access.remove_from_keyring(closed.journal_id, closed.keyring_backend)
    except UserFacingError as exc:
        # Two sentences: why the keyring could not be changed, and what that means.
        may_remain = words.text(
            "The entry that remembered your journal there may remain; "
            "without the journal's files it opens nothing."
        )
        return f"{fill(exc.template, exc.fields, words)} {may_remain}"
    return None


def _incomplete(
    folder: Path, removed: list[str], exc: OSError, keyring_note: str | None
) -> DeletionIncomplete:
    try:
        left = JournalFolder(folder).own_file_names()
    except OSError:
        left = []
    # The keyring note (already in the reader's language) follows the next step.
    fields = {
        "reason": exc.strerror or str(exc),
        "folder": folder,
        "names": ", ".join(left),
        "keyring_note": keyring_note or "",
    }
    if left:
        what = (
            "Your journal was closed, but deleting it stopped part-way ({reason}). "
            "These of its files are still in {folder}: {names}."
        )
    else:
        what = (
            "Your journal was closed, but deleting it stopped part-way ({reason}). "
            "Rekindle could not look inside {folder} to see what is left."
        )
    gone = KEYSLOTS_FILE in removed
    if gone and keyring_note:
        then = (
            "Its key file is gone, so what is left can no longer be opened. "
            "You can delete those files yourself. {keyring_note}"
        )
    elif gone:
        then = (
            "Its key file is gone, so what is left can no longer be opened. "
            "You can delete those files yourself."
        )
    elif keyring_note:
        then = (
            "Your journal is still there and opens as before. Check that you may change "
            "files in that folder, then try again. {keyring_note}"
        )
    else:
        then = (
            "Your journal is still there and opens as before. Check that you may change "
            "files in that folder, then try again."
        )
    return DeletionIncomplete(what, then, **fields)
