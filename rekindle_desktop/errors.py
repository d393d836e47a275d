"""The one error type a person can cause and recover from.

Anything that is not a `UserFacingError` is a bug and goes to the crash dialog.
"""

from __future__ import annotations


class UserFacingError(Exception):
    """Something the user can understand and act on.

    `message` says what happened; `next_step` says what to do about it.
    Neither may contain a secret.
    """

    def __init__(self, message: str, next_step: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.next_step = next_step

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
