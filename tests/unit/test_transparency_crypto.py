"""The log's tree hash, signed checkpoints, identities and pairing codes."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st

from rekindle_desktop.crypto import merkle
from rekindle_desktop.crypto.identity import (
    Identity,
    PairingCodeError,
    pair_phrase,
    read_pairing_code,
)
from rekindle_desktop.crypto.signed_note import Checkpoint, NoteError, open_note, sign


def test_known_answers_from_rfc_6962() -> None:
    # Certificate Transparency's test vectors for the empty tree and the empty leaf.
    assert merkle.root([]).hex() == (
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    )
    assert merkle.root([b""]).hex() == (
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"
    )


@given(st.lists(st.binary(max_size=8), max_size=70))
def test_the_fast_root_is_the_rfc_root(leaves: list[bytes]) -> None:
    assert merkle.root(leaves) == merkle.root_by_definition(leaves)


@given(st.lists(st.binary(max_size=8), max_size=70))
def test_the_root_of_each_prefix_is_the_rfc_root_of_those_leaves(leaves: list[bytes]) -> None:
    tree = merkle.levels(merkle.leaf_hashes(leaves))
    for size in range(len(leaves) + 1):
        assert merkle.prefix_root(tree, size) == merkle.root_by_definition(leaves[:size])
    with pytest.raises(ValueError):
        merkle.prefix_root(tree, len(leaves) + 1)


@given(st.lists(st.binary(max_size=8), min_size=1, max_size=40), st.data())
def test_changing_any_leaf_changes_the_root(leaves: list[bytes], data: st.DataObject) -> None:
    index = data.draw(st.integers(0, len(leaves) - 1))
    changed = list(leaves)
    changed[index] = changed[index] + b"!"
    assert merkle.root(changed) != merkle.root(leaves)


KEY = Ed25519PrivateKey.generate()
PUBLIC = KEY.public_key().public_bytes_raw()
CHECKPOINT = Checkpoint("rekindle.app/journal/abc", 7, hashlib.sha256(b"x").digest())


def test_signed_checkpoint_round_trip_and_format() -> None:
    note = sign(CHECKPOINT, "rekindle.app/journal/abc", KEY)
    text, signature = note.split("\n\n")
    assert text == f"rekindle.app/journal/abc\n7\n{base64.b64encode(CHECKPOINT.root).decode()}"
    assert signature.startswith("\u2014 rekindle.app/journal/abc ")
    assert open_note(note, "rekindle.app/journal/abc", PUBLIC) == CHECKPOINT


def test_a_changed_checkpoint_or_a_stranger_key_is_refused() -> None:
    note = sign(CHECKPOINT, "name", KEY)
    other = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    with pytest.raises(NoteError, match="not signed by the expected key"):
        open_note(note, "name", other)
    with pytest.raises(NoteError, match="does not verify"):
        open_note(note.replace("\n7\n", "\n8\n"), "name", PUBLIC)
    resigned = sign(Checkpoint("name", 8, CHECKPOINT.root), "name", Ed25519PrivateKey.generate())
    with pytest.raises(NoteError):
        open_note(resigned, "name", PUBLIC)


@given(st.text(max_size=300))
def test_any_note_text_gives_a_clear_error_or_a_checkpoint(text: str) -> None:
    with contextlib.suppress(NoteError):
        open_note(text, "name", PUBLIC)


def test_openssl_verifies_the_checkpoint_signature(tmp_path: Path) -> None:
    note = sign(CHECKPOINT, "name", KEY)
    text = note.split("\n\n")[0] + "\n"
    blob = base64.b64decode(note.split("\n\n")[1].split(" ")[2])
    (tmp_path / "text").write_bytes(text.encode())
    (tmp_path / "sig").write_bytes(blob[4:])
    (tmp_path / "pub.pem").write_bytes(
        KEY.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )
    command = [
        "openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "pub.pem", "-rawin",
        "-in", "text", "-sigfile", "sig",
    ]  # fmt: skip
    good = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert good.returncode == 0, good.stdout + good.stderr
    (tmp_path / "text").write_bytes(text.replace("\n7\n", "\n8\n").encode())
    bad = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True)
    assert bad.returncode != 0


def test_pairing_codes_round_trip_and_survive_line_breaks() -> None:
    me = Identity.generate().public()
    code = me.pairing_code()
    assert read_pairing_code(code) == me
    assert read_pairing_code(code[:40] + "\n  " + code[40:]) == me
    for broken in (code[:-1], code.replace("REKINDLE-PAIR-1", "REKINDLE-PAIR-2"), "hello"):
        with pytest.raises(PairingCodeError):
            read_pairing_code(broken)


@given(st.text(max_size=500))
def test_any_text_as_a_pairing_code_gives_a_clear_error(text: str) -> None:
    with contextlib.suppress(PairingCodeError):
        read_pairing_code(text)


def test_both_partners_see_the_same_safety_phrase() -> None:
    sharer, reviewer = Identity.generate().public(), Identity.generate().public()
    phrase = pair_phrase(sharer, reviewer)
    assert phrase == pair_phrase(reviewer, sharer)
    assert len(phrase.split()) == 9  # 99 bits: SECURITY.md R12
    assert phrase != pair_phrase(sharer, Identity.generate().public())


def test_private_keys_never_show_in_reprs() -> None:
    identity = Identity.generate()
    assert identity.age_identity not in repr(identity)
    assert "AGE-SECRET-KEY" not in repr(identity)
