"""Every reader of outside bytes, fuzzed: any input gives a clear answer, never a crash.

Readers: the timeline file (arbitrary bytes, damaged real files, and arbitrary or
forged plaintext encrypted to the reviewer), the reply file, pairing codes, key slot
files, backup files, and leaves. In CI (CI set: the `fuzz-ci` profile registered in
tests/conftest.py) each test runs 10,000 examples, about three minutes in all on one
core; locally 300 each keeps it quick. For longer runs see
tests/fuzz/atheris_readers.py.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rekindle_desktop.crypto import merkle
from rekindle_desktop.crypto.identity import (
    PAIRING_PREFIX,
    PairingCodeError,
    PublicIdentity,
    read_pairing_code,
)
from rekindle_desktop.crypto.kdf import FLOOR_ARGON2
from rekindle_desktop.crypto.keyslots import KeySlots, KeySlotsUnreadable
from rekindle_desktop.crypto.signed_note import (
    Checkpoint,
    NoteError,
    open_signed,
    parse_checkpoint,
    sign_text,
)
from rekindle_desktop.crypto.signed_note import sign as sign_note
from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind, Words
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.exchange import reply_file, timeline_file
from rekindle_desktop.exchange.acceptance import Accepted, Refusal, check_extends
from rekindle_desktop.exchange.leaves import (
    LeafError,
    canonical,
    entry_to_leaf,
    leaf_to_entry,
    number_and_kind,
)
from rekindle_desktop.services import backup, replies, sharing
from rekindle_desktop.services.backup import BackupUnreadable
from rekindle_desktop.store import sharing as store
from tests.unit.test_sharing import Pair, at, make_pair

FUZZ = settings.get_profile("fuzz-ci") if os.environ.get("CI") else settings(max_examples=300)


# --- one real pair of journals for the whole module (fuzzing needs speed, not isolation) --


@dataclass(frozen=True)
class Samples:
    pair: Pair
    timeline: bytes  # a real timeline file, already accepted by the reviewer
    reply: bytes  # a real reply, already received by the sharer
    backup: bytes
    keyslots: bytes
    leaves: tuple[bytes, ...]
    code: str  # the sharer's pairing code


@pytest.fixture(scope="module")
def samples(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Samples]:
    folder = tmp_path_factory.mktemp("fuzz")
    pair = make_pair(folder, FLOOR_ARGON2)
    pair.log.add(Draft(EntryKind.CHECK_IN, at(9), CheckIn("Office")))
    pair.log.add(Draft(EntryKind.DISCLOSURE, at(10), Words("An old friend wrote; I said no.")))
    timeline = pair.export("real.rekindle")
    assert sharing.review(pair.reviewer, timeline).verdict.accepted
    replies.make_reply(pair.reviewer, folder / "reply.rekindle")
    reply = (folder / "reply.rekindle").read_bytes()
    replies.receive_reply(pair.sharer, reply)
    backup.make_backup(pair.sharer, folder / "real.rekindle-backup")
    yield Samples(
        pair,
        timeline,
        reply,
        (folder / "real.rekindle-backup").read_bytes(),
        pair.sharer.keyslots.to_bytes(),
        tuple(store.shared_leaves(pair.sharer.conn)),
        sharing.pairing_code(pair.sharer),
    )
    pair.sharer.close()
    pair.reviewer.close()


# --- strategies ----------------------------------------------------------------------

json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values = st.recursive(
    json_scalars,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def mutated(draw: st.DrawFn, original: bytes) -> bytes:
    """A real file, damaged the ways disks and people damage files."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 3))):
        at_ = draw(st.integers(0, max(len(data) - 1, 0)))
        how = draw(st.sampled_from(["flip", "cut", "insert", "delete", "overwrite"]))
        if how == "flip" and data:
            data[at_] ^= 1 << draw(st.integers(0, 7))
        elif how == "cut":
            del data[at_:]
        elif how == "insert":
            data[at_:at_] = draw(st.binary(min_size=1, max_size=16))
        elif how == "delete":
            del data[at_ : at_ + draw(st.integers(1, 64))]
        else:
            chunk = draw(st.binary(min_size=1, max_size=16))
            data[at_ : at_ + len(chunk)] = chunk
    return bytes(data)


def _mutations_of(original: bytes) -> st.SearchStrategy[bytes]:
    return mutated(original).filter(lambda b: b != original)


lines = st.binary(max_size=80).map(lambda b: b.replace(b"\n", b""))


# --- the timeline file ---------------------------------------------------------------


def _assert_kept_or_extended(pair: Pair, before: tuple[list[bytes], Any], accepted: bool) -> None:
    after = pair.accepted()
    if accepted:
        assert after[0][: len(before[0])] == before[0], "an accepted file rewrote history"
    else:
        assert after == before, "a refused file changed what was accepted"


@FUZZ
@given(
    data=st.one_of(
        st.binary(max_size=4096),
        st.binary(max_size=4096).map(lambda b: timeline_file.AGE_MAGIC + b),
    )
)
def test_any_bytes_given_as_a_timeline_file_are_refused_cleanly(
    samples: Samples, data: bytes
) -> None:
    before = samples.pair.accepted()
    result = sharing.review(samples.pair.reviewer, data)
    assert not result.verdict.accepted and result.message
    _assert_kept_or_extended(samples.pair, before, accepted=False)


@FUZZ
@given(data=st.data())
def test_a_damaged_real_timeline_file_is_refused_cleanly(
    samples: Samples, data: st.DataObject
) -> None:
    damaged = data.draw(_mutations_of(samples.timeline))
    before = samples.pair.accepted()
    result = sharing.review(samples.pair.reviewer, damaged)
    assert not result.verdict.accepted and result.message
    _assert_kept_or_extended(samples.pair, before, accepted=False)


@st.composite
def timeline_plaintexts(draw: st.DrawFn, samples: Samples) -> bytes:
    """Arbitrary bytes, or something shaped like a timeline file: the header, a note
    (sometimes truly signed by the sharer over its leaves), and leaves that are real,
    damaged or arbitrary."""
    if draw(st.booleans()):
        return draw(st.binary(max_size=3000))
    real = list(samples.leaves)
    leaves = draw(
        st.lists(
            st.one_of(
                st.sampled_from(real),
                lines,
                _mutations_of(real[0]).map(lambda b: b.replace(b"\n", b"")),
            ),
            max_size=8,
        )
    )
    if draw(st.booleans()):
        leaves = real + leaves  # an "extension" of what was accepted
    origin = sharing.origin_of(samples.pair.sharer)
    size = draw(st.sampled_from([len(leaves), len(leaves) + 1, 0]))
    checkpoint = Checkpoint(
        origin, size, merkle.root(leaves[:size]) if size <= len(leaves) else b"\0" * 32
    )
    key = store.own_identity(samples.pair.sharer.conn).signing_key()
    note = sign_note(checkpoint, origin, key)
    if draw(st.booleans()):
        note = note.replace(str(size), str(draw(st.integers(0, 99))), 1)  # no longer matches
    head = draw(st.sampled_from([timeline_file.HEADER, b"REKINDLE-TIMELINE-2", b""]))
    body = b"".join(leaf + b"\n" for leaf in leaves)
    return head + b"\n" + note.encode() + b"\n" + body


@FUZZ
@given(data=st.data())
def test_any_plaintext_encrypted_to_the_reviewer_is_refused_or_extends_history(
    samples: Samples, data: st.DataObject
) -> None:
    plaintext = data.draw(timeline_plaintexts(samples))
    recipient = store.own_identity(samples.pair.reviewer.conn).public().recipient()
    before = samples.pair.accepted()
    result = sharing.review(samples.pair.reviewer, timeline_file.encrypt(plaintext, [recipient]))
    assert result.message
    _assert_kept_or_extended(samples.pair, before, result.verdict.accepted)


# --- the reply file ------------------------------------------------------------------


@st.composite
def reply_plaintexts(draw: st.DrawFn, samples: Samples) -> bytes:
    if draw(st.booleans()):
        return draw(st.binary(max_size=2000))
    body = draw(
        st.one_of(
            lines,
            json_values.map(lambda v: json.dumps(v).encode()),
            st.fixed_dictionaries(
                {
                    "v": st.just(1) | json_values,
                    "about": st.just(sharing.origin_of(samples.pair.sharer)) | json_values,
                    "questions": st.lists(st.text(max_size=10), max_size=3) | json_values,
                    "agenda": st.lists(st.text(max_size=10), max_size=3) | json_values,
                    "feelings": st.none() | json_values,
                    "written": st.text(max_size=30) | json_values,
                }
            ).map(lambda d: json.dumps(d).encode()),
        )
    )
    leaves = list(samples.leaves)
    size = draw(st.integers(0, len(leaves) + 1))
    origin = replies.reply_origin(samples.pair.reviewer)
    text = reply_file.note_text(origin, size, merkle.root(leaves[:size]), body)
    key = store.own_identity(samples.pair.reviewer.conn).signing_key()
    return reply_file.compose(sign_text(text, origin, key), body)


@FUZZ
@given(data=st.data())
def test_any_reply_is_received_or_refused_with_a_clear_message(
    samples: Samples, data: st.DataObject
) -> None:
    recipient = store.own_identity(samples.pair.sharer.conn).public().recipient()
    raw = data.draw(
        st.one_of(
            st.binary(max_size=2000),
            _mutations_of(samples.reply),
            reply_plaintexts(samples).map(lambda p: timeline_file.encrypt(p, [recipient])),
        )
    )
    try:
        received = replies.receive_reply(samples.pair.sharer, raw)
    except UserFacingError as exc:
        assert exc.message and exc.next_step
    else:
        assert received.read_up_to <= len(samples.leaves)


# --- pairing codes -------------------------------------------------------------------


def _check(body: str) -> str:
    return hashlib.sha256(body.encode()).hexdigest()[:8]


@st.composite
def pairing_texts(draw: st.DrawFn, samples: Samples) -> str:
    choice = draw(st.integers(0, 2))
    if choice == 0:
        return draw(st.text(max_size=500))
    if choice == 1:  # a real code, mistyped
        code = list(samples.code)
        for _ in range(draw(st.integers(1, 3))):
            at_ = draw(st.integers(0, len(code) - 1))
            code[at_ : at_ + draw(st.integers(0, 2))] = draw(st.text(max_size=3))
        return "".join(code)
    # Well-formed around arbitrary keys, with a correct check, to reach the key parsers.
    signing = draw(
        st.text(
            alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=",
            max_size=50,
        )
    )
    recipient = draw(st.sampled_from([samples.code.split(":")[2], ""]) | st.text(max_size=70))
    body = f"{PAIRING_PREFIX}:{signing}:{recipient}"
    return f"{body}:{_check(body)}"


@FUZZ
@given(data=st.data())
def test_any_text_as_a_pairing_code_is_read_or_refused_with_a_reason(
    samples: Samples, data: st.DataObject
) -> None:
    text = data.draw(pairing_texts(samples))
    try:
        identity = read_pairing_code(text)
    except PairingCodeError as exc:
        assert str(exc).endswith(".")
    else:
        assert isinstance(identity, PublicIdentity) and len(identity.signing_key) == 32
        assert read_pairing_code(identity.pairing_code()) == identity


# --- key slot files ------------------------------------------------------------------


@st.composite
def keyslot_files(draw: st.DrawFn, samples: Samples) -> bytes:
    choice = draw(st.integers(0, 2))
    if choice == 0:
        return draw(st.binary(max_size=2048))
    if choice == 1:
        return draw(_mutations_of(samples.keyslots))
    document = json.loads(samples.keyslots)
    target = document
    path = draw(
        st.lists(st.sampled_from(["slots", 0, 1, "kdf", "salt", "kind", "version"]), max_size=3)
    )
    for step in path[:-1]:
        if (isinstance(target, dict) and isinstance(step, str) and step in target) or (
            isinstance(target, list) and isinstance(step, int) and step < len(target)
        ):
            target = target[step]
    if path and isinstance(target, dict) and isinstance(path[-1], str):
        target[path[-1]] = draw(json_values)
    return json.dumps(document).encode()


@FUZZ
@given(data=st.data())
def test_any_key_slot_file_is_read_or_refused(samples: Samples, data: st.DataObject) -> None:
    raw = data.draw(keyslot_files(samples))
    try:
        slots = KeySlots.from_bytes(raw)
    except KeySlotsUnreadable as exc:
        assert str(exc)
    else:
        assert KeySlots.from_bytes(slots.to_bytes()) == slots


# --- backup files --------------------------------------------------------------------


@st.composite
def backup_files(draw: st.DrawFn, samples: Samples) -> bytes:
    choice = draw(st.integers(0, 3))
    if choice == 0:
        return draw(st.binary(max_size=2048))
    if choice == 1:
        return backup.MAGIC + draw(st.binary(max_size=2048))
    if choice == 2:
        return draw(_mutations_of(samples.backup))
    # A header with arbitrary values around parts whose sizes and hashes are right.
    parts = [draw(st.binary(max_size=64)), draw(st.binary(max_size=64))]
    if draw(st.booleans()):
        parts[0] = samples.keyslots
    header: dict[str, Any] = {
        "format": draw(st.just(backup.FORMAT) | json_values),
        "version": draw(st.just(1) | json_values),
        "journal_id": draw(st.just(samples.pair.sharer.journal_id) | json_values),
        "made": draw(st.just("2026-11-25T19:00:00+00:00") | st.text(max_size=30) | json_values),
        "files": [
            {"name": name, "size": len(raw), "sha256": hashlib.sha256(raw).hexdigest()}
            for name, raw in zip(backup.FILES, parts, strict=True)
        ],
    }
    if draw(st.booleans()):
        header["files"] = draw(json_values)
    return backup.MAGIC + json.dumps(header).encode() + b"\n" + b"".join(parts)


@FUZZ
@given(data=st.data())
def test_any_backup_file_is_read_whole_or_refused(samples: Samples, data: st.DataObject) -> None:
    raw = data.draw(backup_files(samples))
    real = backup.read_backup(samples.backup)
    try:
        read = backup.read_backup(raw)
    except BackupUnreadable as exc:
        assert exc.message and exc.next_step
    else:
        assert KeySlots.from_bytes(read.keyslots).journal_id == read.journal_id
        if raw[: len(backup.MAGIC) + 40] == samples.backup[: len(backup.MAGIC) + 40]:
            # Damage that got through can only have touched the header's words,
            # never the journal inside: its bytes are checked by hash.
            assert (read.keyslots, read.database) == (real.keyslots, real.database)


# --- leaves ----------------------------------------------------------------------------


@st.composite
def leaf_bytes(draw: st.DrawFn, samples: Samples) -> bytes:
    choice = draw(st.integers(0, 2))
    if choice == 0:
        return draw(st.binary(max_size=1000))
    real = draw(st.sampled_from(samples.leaves))
    if choice == 1:
        return draw(mutated(real))
    document = json.loads(real)
    target = document
    if draw(st.booleans()) and isinstance(document.get("body"), dict) and document["body"]:
        target = document["body"]
    key = draw(st.sampled_from(sorted(target)) | st.text(max_size=6))
    target[key] = draw(json_values)
    return json.dumps(document).encode()


@FUZZ
@given(data=st.data())
def test_any_leaf_is_an_entry_or_a_leaf_error(samples: Samples, data: st.DataObject) -> None:
    raw = data.draw(leaf_bytes(samples))
    try:
        entry = leaf_to_entry(raw)
    except LeafError as exc:
        assert str(exc)
    else:
        assert leaf_to_entry(entry_to_leaf(entry)) == entry


# --- the signed note, the checkpoint and the acceptance rule ---------------------------

unicode_lines = st.text(max_size=60).map(lambda t: t.replace("\n", ""))
digits_of_the_world = st.text(
    alphabet=st.characters(categories=["Nd"]) | st.sampled_from("0123456789+- "), max_size=14
)


@st.composite
def note_texts(draw: st.DrawFn, samples: Samples) -> str:
    """Checkpoints and signed notes: arbitrary Unicode, or real ones with a line swapped."""
    key = store.own_identity(samples.pair.sharer.conn).signing_key()
    origin = sharing.origin_of(samples.pair.sharer)
    real = sign_note(Checkpoint(origin, 3, merkle.root(list(samples.leaves))), origin, key)
    if draw(st.booleans()):
        return draw(st.text(max_size=400))
    lines = real.split("\n")
    at_ = draw(st.integers(0, len(lines) - 1))
    lines[at_] = draw(unicode_lines | digits_of_the_world)
    return "\n".join(lines)


@FUZZ
@given(data=st.data())
def test_any_text_as_a_signed_note_or_checkpoint_is_read_or_refused(
    samples: Samples, data: st.DataObject
) -> None:
    text = data.draw(note_texts(samples))
    public = store.own_identity(samples.pair.sharer.conn).public().signing_key
    for read in (
        lambda: parse_checkpoint(text),
        lambda: open_signed(text, sharing.origin_of(samples.pair.sharer), public),
        lambda: open_signed(text, data.draw(unicode_lines), public),
    ):
        try:
            read()
        except NoteError as exc:
            assert str(exc)
    try:
        checkpoint = parse_checkpoint(text)
    except NoteError:
        return
    assert checkpoint.text().isascii() and parse_checkpoint(checkpoint.text()) == checkpoint


@FUZZ
@given(text=st.text(max_size=300) | digits_of_the_world)
def test_any_text_as_a_reply_note_is_read_or_refused(text: str) -> None:
    try:
        note = reply_file.parse_note(text)
    except timeline_file.FileUnreadable as exc:
        assert str(exc)
    else:
        assert note.size >= 0 and len(note.root) == 32


@st.composite
def leaf_documents(draw: st.DrawFn, samples: Samples) -> bytes:
    """Leaves shaped like entries, with numbers, kinds and links a dishonest sharer picks."""
    document = json.loads(draw(st.sampled_from(samples.leaves)))
    document["entry"] = draw(st.integers(-2, 12) | st.sampled_from([True, 1.0, "3", 2**70]))
    document["kind"] = draw(st.sampled_from([k.value for k in EntryKind] + ["x"]))
    if draw(st.booleans()):
        document["body"] = {
            "target": draw(st.integers(-1, 12)),
            "outcome": "kept",
            "occurrence": draw(st.none() | st.sampled_from(["2026-11-25", "٢٠٢٦-11-25"])),
            "why": draw(st.text(max_size=10)),
            "kind": draw(st.sampled_from([k.value for k in EntryKind])),
            "replacement": draw(st.sampled_from([{}, {"place": "Home", "note": ""}])),
        }
    if draw(st.booleans()):
        return canonical(document)
    return json.dumps(document, ensure_ascii=draw(st.booleans())).encode()


# Each example draws whole entries and signs a file: 2,000 in CI keep it about a minute.
@settings(FUZZ, max_examples=min(FUZZ.max_examples, 2_000))
@given(data=st.data())
def test_any_file_signed_with_the_real_key_is_accepted_only_as_an_extension(
    samples: Samples, data: st.DataObject
) -> None:
    """check_extends, straight: a Refusal or an extension, never another exception."""
    origin = sharing.origin_of(samples.pair.sharer)
    key = store.own_identity(samples.pair.sharer.conn).signing_key()
    public = store.own_identity(samples.pair.sharer.conn).public().signing_key
    kept = list(samples.leaves)
    leaves = kept + data.draw(st.lists(leaf_documents(samples), max_size=5))
    note = sign_note(Checkpoint(origin, len(leaves), merkle.root(leaves)), origin, key)
    try:
        extension = check_extends(
            timeline_file.compose(note, leaves), public, Accepted(kept, origin)
        )
    except Refusal as refused:
        assert refused.reason and refused.verdict.exit_code in (1, 2)
        return
    numbers = [number_and_kind(leaf)[0] for leaf in extension.leaves]
    assert numbers == sorted(set(numbers))
