"""Key slots: every way of unlocking wraps the same key, and nothing else opens it."""

from __future__ import annotations

import contextlib
import json
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rekindle_desktop.crypto import keyslots as ks
from rekindle_desktop.crypto.kdf import FLOOR_ARGON2, Argon2Params
from rekindle_desktop.crypto.keyslots import KeySlots, KeySlotsTooNew, KeySlotsUnreadable, SlotKind
from rekindle_desktop.crypto.recovery_code import LENGTH, new_recovery_code, normalize_code

DB_KEY = bytes(range(32))
JOURNAL_ID = "0123456789abcdef0123456789abcdef"


def _slots() -> KeySlots:
    return KeySlots(
        JOURNAL_ID,
        (
            ks.seal_with_passphrase(DB_KEY, "a passphrase", JOURNAL_ID, FLOOR_ARGON2),
            ks.seal_with_secret(SlotKind.RECOVERY, DB_KEY, b"CODE", JOURNAL_ID),
        ),
    )


def test_passphrase_slot_opens_only_with_the_passphrase() -> None:
    slot = ks.seal_with_passphrase(DB_KEY, "a passphrase", JOURNAL_ID, FLOOR_ARGON2)
    assert ks.open_with_passphrase(slot, "a passphrase", JOURNAL_ID) == DB_KEY
    assert ks.open_with_passphrase(slot, "a passphrasE", JOURNAL_ID) is None
    assert DB_KEY not in slot.wrapped_key


def test_slot_is_bound_to_its_journal_and_kind() -> None:
    slot = ks.seal_with_secret(SlotKind.RECOVERY, DB_KEY, b"secret", JOURNAL_ID)
    assert ks.open_with_secret(slot, b"secret", JOURNAL_ID) == DB_KEY
    assert ks.open_with_secret(slot, b"secret", "another-journal") is None
    as_keyring = ks.KeySlot(SlotKind.KEYRING, slot.salt, slot.nonce, slot.wrapped_key)
    assert ks.open_with_secret(as_keyring, b"secret", JOURNAL_ID) is None


def test_file_round_trip_keeps_every_slot() -> None:
    slots = _slots().with_slot(
        ks.seal_with_secret(SlotKind.KEYRING, DB_KEY, b"k", JOURNAL_ID, backend="x.Keyring")
    )
    again = KeySlots.from_bytes(slots.to_bytes())
    assert again == slots
    assert ks.open_with_passphrase(again.slots[0], "a passphrase", JOURNAL_ID) == DB_KEY


def test_argon2_parameters_are_stored_with_the_slot() -> None:
    params = Argon2Params(memory_kib=32 * 1024, time_cost=3, parallelism=2)
    slot = ks.seal_with_passphrase(DB_KEY, "pw", JOURNAL_ID, params)
    doc = json.loads(KeySlots(JOURNAL_ID, (slot,)).to_bytes())
    assert doc["slots"][0]["kdf"] == {
        "name": "argon2id",
        "memory_kib": 32 * 1024,
        "time_cost": 3,
        "parallelism": 2,
    }


def test_a_newer_file_version_is_named_as_such() -> None:
    doc = json.loads(_slots().to_bytes())
    doc["version"] = 2
    with pytest.raises(KeySlotsTooNew):
        KeySlots.from_bytes(json.dumps(doc).encode())


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["slots"][0]["kdf"].update(memory_kib=1024),  # below OWASP's floor
        lambda d: d["slots"][0]["kdf"].update(time_cost=1),
        lambda d: d["slots"][0]["kdf"].update(memory_kib=2**40),  # would exhaust memory
        lambda d: d["slots"].pop(0),  # no passphrase slot
        lambda d: d["slots"].append(d["slots"][0]),  # repeated slot
        lambda d: d["slots"][0].update(salt="not base64!"),
        lambda d: d["slots"][0].update(nonce="AAAA"),  # wrong length
        lambda d: d.update(format="something-else"),
        lambda d: d.update(version=True),
    ],
)
def test_tampered_files_are_refused(change: object) -> None:
    doc = json.loads(_slots().to_bytes())
    change(doc)  # type: ignore[operator]
    with pytest.raises(KeySlotsUnreadable):
        KeySlots.from_bytes(json.dumps(doc).encode())


@given(st.binary(max_size=2048))
def test_any_bytes_give_a_clear_error_or_a_valid_file(raw: bytes) -> None:
    with contextlib.suppress(KeySlotsUnreadable):
        KeySlots.from_bytes(raw)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=20,
)


@given(st.sampled_from(["format", "version", "journal_id", "slots"]), json_values)
def test_any_field_value_gives_a_clear_error_or_a_valid_file(field: str, value: object) -> None:
    doc = json.loads(_slots().to_bytes())
    doc[field] = value
    with contextlib.suppress(KeySlotsUnreadable):
        KeySlots.from_bytes(json.dumps(doc).encode())


@given(st.sampled_from(["kind", "salt", "nonce", "wrapped_key", "kdf", "backend"]), json_values)
def test_any_slot_field_gives_a_clear_error_or_a_valid_file(field: str, value: object) -> None:
    doc = json.loads(_slots().to_bytes())
    doc["slots"][1][field] = value
    with contextlib.suppress(KeySlotsUnreadable):
        KeySlots.from_bytes(json.dumps(doc).encode())


def test_recovery_codes_carry_130_random_bits() -> None:
    codes = {new_recovery_code() for _ in range(200)}
    assert len(codes) == 200
    for code in codes:
        assert normalize_code(code) is not None
        assert len(normalize_code(code) or "") == LENGTH


@given(st.text(alphabet="0123456789ABCDEFGHJKMNPQRSTVWXYZ", min_size=LENGTH, max_size=LENGTH))
def test_a_code_typed_loosely_still_reads_the_same(raw: str) -> None:
    from rekindle_desktop.crypto.recovery_code import format_code

    typed = " ".join(format_code(raw).lower().split("-"))
    assert normalize_code(typed) == raw


def test_misread_letters_map_to_what_was_meant() -> None:
    code = "0" * 25 + "1"
    assert normalize_code("o" * 25 + "l") == code
    assert normalize_code("0" * 25) is None
    assert normalize_code("0" * 25 + "!") is None


def test_database_keys_must_be_32_bytes() -> None:
    with pytest.raises(ValueError):
        ks.seal_with_secret(SlotKind.RECOVERY, os.urandom(16), b"x", JOURNAL_ID)
