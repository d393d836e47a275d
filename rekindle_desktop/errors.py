"""The one error type a person can cause and recover from.

Anything that is not a `UserFacingError` is a bug and goes to the crash dialog.
"""

from __future__ import annotations

from collections.abc import Mapping

from rekindle_desktop.domain.words import Refusal, fill


class UserFacingError(Exception):
    """Something the user can understand and act on.

    `message` says what happened; `next_step` says what to do about it. Both are
    written as plain English templates with {named} fields, the values given as keywords:

        UserFacingError("There is no entry {number} in this journal.", number=7)

    `message` and `next_step` are the English, filled in (for the command line and logs);
    `template`, `next_template` and `fields` keep the words and the values apart, so the
    window can say them in its own language (ui/service_words.said_error). Neither may
    contain a secret.
    """

    def __init__(self, message: str, next_step: str = "", **fields: object) -> None:
        self.template = message
        self.next_template = next_step
        self.fields: Mapping[str, object] = fields
        self.message = fill(message, fields) if fields else message
        self.next_step = fill(next_step, fields) if fields and next_step else next_step
        super().__init__(self.message)

    @classmethod
    def refused(cls, refusal: ValueError, next_step: str = "") -> UserFacingError:
        """A refusal from below (a `Refusal`: an entry that can't be kept, a file that
        can't be read) told as this error, its words and values still apart."""
        if isinstance(refusal, Refusal):
            return cls(refusal.template, next_step, **refusal.fields)
        return cls(str(refusal), next_step)

    def __str__(self) -> str:
        return f"{self.message} {self.next_step}".strip()


class WrongSecret(UserFacingError):
    """A passphrase or recovery code that does not open this journal."""


class JournalNotFound(UserFacingError):
    """No journal at the given folder."""


class JournalTooNew(UserFacingError):
    """The journal was written by a newer Rekindle; it is left untouched."""


class JournalDamaged(UserFacingError):
    """The journal's files cannot be read as they should be."""


class KeyringUnavailable(UserFacingError):
    """No secure OS keyring can be used right now; passphrase-only still works."""


class JournalInUse(UserFacingError):
    """Another Rekindle window already has this journal open."""


class DiskFull(UserFacingError):
    """There was no room on the disk to save; nothing was changed."""


class FolderReadOnly(UserFacingError):
    """The journal's disk, folder or files cannot be written to; nothing was changed."""


class DiskUnreadable(UserFacingError):
    """The disk failed to read or write (an I/O error); the journal is not known damaged."""
