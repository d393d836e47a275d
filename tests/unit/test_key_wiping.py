"""The key buffers Rekindle holds itself are zeroed once used (SECURITY.md R13).

Each test keeps a reference to the very bytearray Rekindle made, then looks at it
after the operation: it must be all zeros (and 32 bytes long, so it was not simply
replaced by an empty one). What Python cannot wipe is listed in docs/SECURITY.md.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from argon2.low_level import Type, hash_secret_raw

from rekindle_desktop.crypto import keyslots as ks
from rekindle_desktop.crypto.kdf import KEY_BYTES, Argon2Params, passphrase_kek
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access
from rekindle_desktop.store import database
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

ZERO = bytearray(KEY_BYTES)


class Kept:
    """Wraps a function so that every bytearray it returns is kept for inspection."""

    def __init__(self) -> None:
        self.buffers: list[bytearray] = []

    def spy(self, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            result = real(*args, **kwargs)
            if isinstance(result, bytearray):
                self.buffers.append(result)
            return result

        return wrapper


@pytest.fixture
def made(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[access.NewJournal]:
    created = access.create_journal(tmp_path / "j", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    yield created
    created.journal.close()


def test_the_unwrapped_database_key_is_zeroed_after_unlock(
    made: access.NewJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    made.journal.close()
    unwrapped = Kept()
    monkeypatch.setattr(ks, "open_with_passphrase", unwrapped.spy(ks.open_with_passphrase))
    monkeypatch.setattr(ks, "open_with_secret", unwrapped.spy(ks.open_with_secret))
    folder = made.journal.folder.path
    for unlock in (
        lambda: access.unlock_with_passphrase(folder, PASSPHRASE),
        lambda: access.unlock_with_recovery_code(folder, made.recovery_code),
    ):
        with unlock() as journal:
            assert journal.meta("journal_id") == journal.journal_id  # the key worked
            held = journal._db_key
            assert held != ZERO
        assert held == ZERO  # locking zeroes the journal's own copy
    assert len(unwrapped.buffers) == 2
    assert all(buffer == ZERO for buffer in unwrapped.buffers)


def test_the_key_is_zeroed_even_when_the_database_will_not_open(
    made: access.NewJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    made.journal.close()
    made.journal.folder.database_path.write_bytes(b"not a database" * 512)
    unwrapped = Kept()
    monkeypatch.setattr(ks, "open_with_passphrase", unwrapped.spy(ks.open_with_passphrase))
    with pytest.raises(access.UserFacingError):
        access.unlock_with_passphrase(made.journal.folder.path, PASSPHRASE)
    assert unwrapped.buffers == [ZERO]


def test_every_key_encryption_key_is_zeroed_after_wrapping_or_unwrapping(
    tmp_path: Path, fast_argon2: Argon2Params, monkeypatch: pytest.MonkeyPatch
) -> None:
    keks = Kept()
    monkeypatch.setattr(ks, "passphrase_kek", keks.spy(ks.passphrase_kek))
    monkeypatch.setattr(ks, "high_entropy_kek", keks.spy(ks.high_entropy_kek))
    created = access.create_journal(tmp_path / "j", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    access.change_passphrase(created.journal, OTHER_PASSPHRASE, argon2=fast_argon2)
    created.journal.close()
    folder = created.journal.folder.path
    access.unlock_with_passphrase(folder, OTHER_PASSPHRASE).close()
    access.unlock_with_recovery_code(folder, created.recovery_code).close()
    with pytest.raises(access.WrongSecret):
        access.unlock_with_passphrase(folder, PASSPHRASE)  # the old one: a wrong key too
    # create: passphrase + recovery; change; then three unlocks
    assert len(keks.buffers) == 6
    assert all(kek == ZERO for kek in keks.buffers)


def test_the_key_text_given_to_sqlcipher_is_zeroed(
    made: access.NewJournal, monkeypatch: pytest.MonkeyPatch
) -> None:
    made.journal.close()
    literals = Kept()
    monkeypatch.setattr(database, "raw_key_literal", literals.spy(database.raw_key_literal))
    access.unlock_with_passphrase(made.journal.folder.path, PASSPHRASE).close()
    assert len(literals.buffers) == 1
    assert literals.buffers[0] == bytearray(2 * KEY_BYTES + 3)


def test_the_key_literal_is_the_one_pragma_key_takes() -> None:
    key = bytes(range(32))
    assert database.raw_key_literal(key) == f"x'{key.hex()}'".encode()


def test_argon2id_into_our_buffer_is_the_same_key_as_before(fast_argon2: Argon2Params) -> None:
    salt = bytes(range(16))
    expected = hash_secret_raw(
        secret=b"a passphrase",
        salt=salt,
        time_cost=fast_argon2.time_cost,
        memory_cost=fast_argon2.memory_kib,
        parallelism=fast_argon2.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )
    assert passphrase_kek("a passphrase", salt, fast_argon2) == expected
