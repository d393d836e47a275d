"""The OS keyring, used only through backends that keep secrets encrypted (SECURITY.md R3).

The backend is looked up afresh on every call (no cached global), so a keyring that
locks, disappears or is swapped while the app runs is noticed.
"""

from __future__ import annotations

import base64
import binascii
import importlib
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the library itself loads on first use: it takes a while to import
    from keyring.backend import KeyringBackend

SERVICE = "Rekindle"

# Backends that store secrets encrypted by the OS. Anything else (keyrings.alt's
# plaintext or "encrypted" file backends, the null backend, …) is refused.
ALLOWED_BACKENDS = (
    "keyring.backends.SecretService.Keyring",
    "keyring.backends.libsecret.Keyring",
    "keyring.backends.macOS.Keyring",
    "keyring.backends.Windows.WinVaultKeyring",
    "keyring.backends.kwallet.DBusKeyring",
)


class KeyringProblem(Exception):
    """The keyring cannot be used; `reason` is a plain sentence for the person."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class OsKeyring:
    """One usable, allow-listed keyring backend."""

    backend: KeyringBackend

    @property
    def name(self) -> str:
        return backend_name(self.backend)

    def store(self, account: str, secret: bytes) -> None:
        import keyring.errors  # already loaded along with the backend

        try:
            self.backend.set_password(SERVICE, account, base64.b64encode(secret).decode())
        except keyring.errors.KeyringLocked as exc:
            raise KeyringProblem("The keyring on this computer is locked.") from exc
        except keyring.errors.KeyringError as exc:
            raise KeyringProblem("The keyring on this computer refused to save.") from exc

    def fetch(self, account: str) -> bytes | None:
        """The stored secret, or None if it is no longer there."""
        import keyring.errors

        try:
            value = self.backend.get_password(SERVICE, account)
        except keyring.errors.KeyringLocked as exc:
            raise KeyringProblem("The keyring on this computer is locked.") from exc
        except keyring.errors.KeyringError as exc:
            raise KeyringProblem("The keyring on this computer could not be read.") from exc
        if value is None:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            return None

    def delete(self, account: str) -> None:
        import keyring.errors

        try:
            self.backend.delete_password(SERVICE, account)
        except keyring.errors.PasswordDeleteError:
            pass  # already gone: that is what we wanted
        except keyring.errors.KeyringError as exc:
            raise KeyringProblem("The keyring on this computer could not be changed.") from exc


def backend_name(backend: KeyringBackend) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def find_os_keyring() -> OsKeyring:
    """The secure keyring to use now, or `KeyringProblem` saying why there is none."""
    forced = _forced_backend()
    if forced is not None:
        if backend_name(forced) not in ALLOWED_BACKENDS:
            raise KeyringProblem(
                "The keyring chosen for this computer keeps secrets without strong "
                "encryption, so Rekindle will not use it."
            )
        return OsKeyring(forced)
    for name in ALLOWED_BACKENDS:
        backend = _viable(name)
        if backend is not None:
            return OsKeyring(backend)
    raise KeyringProblem("No secure keyring is available on this computer right now.")


def _forced_backend() -> KeyringBackend | None:
    """A backend named by PYTHON_KEYRING_BACKEND or keyringrc, as the keyring library reads them."""
    import keyring.core

    try:
        if os.environ.get("PYTHON_KEYRING_BACKEND"):
            return keyring.core.load_env()
        return keyring.core.load_config()
    except Exception as exc:  # a misconfigured name; the library raises various types
        raise KeyringProblem("The keyring set up for this computer could not be loaded.") from exc


def _viable(qualified: str) -> KeyringBackend | None:
    module_name, _, class_name = qualified.rpartition(".")
    try:
        cls = getattr(importlib.import_module(module_name), class_name)
        # `priority` raises when the backend cannot work here (no D-Bus, wrong OS).
        if cls.priority <= 0:
            return None
        backend: KeyringBackend = cls()
    except Exception:  # each backend signals "not here" its own way
        return None
    return backend
