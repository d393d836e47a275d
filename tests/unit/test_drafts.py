"""Drafts kept through a lock: typed plainly, stored only inside the encrypted journal,
all or none, and removed once they are back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.drafts import (
    KeptDraft,
    UnreadableDraft,
    Where,
    draft_from_json,
    draft_to_json,
)
from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import DiskFull
from rekindle_desktop.services import access, drafts
from rekindle_desktop.store.journal import Journal
from tests.conftest import PASSPHRASE

WORDS = "Half-typed: dinner with Jo, then — I'll say more ✓"


@pytest.fixture
def journal(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[Journal]:
    created = access.create_journal(
        tmp_path / "journal", PASSPHRASE, Role.SHARING, argon2=fast_argon2
    )
    yield created.journal
    created.journal.close()


def test_a_draft_reads_back_as_it_was_written() -> None:
    draft = KeptDraft(Where.CORRECTION, {"kind": "plan", "purpose": WORDS}, about=7)
    again = draft_from_json(draft_to_json(draft))
    assert again == draft
    assert again.get("purpose") == WORDS and again.get("missing") == ""


@pytest.mark.parametrize(
    "text",
    [
        "",
        "[]",
        '{"where": "somewhere else", "fields": {}}',
        '{"where": "quick-log", "fields": {"text": 3}}',
        '{"where": "quick-log", "fields": []}',
        '{"where": "correction", "fields": {}, "about": "seven"}',
        '{"where": "correction", "fields": {}, "about": true}',
    ],
)
def test_what_is_not_a_draft_is_refused(text: str) -> None:
    with pytest.raises(UnreadableDraft):
        draft_from_json(text)


def test_drafts_are_kept_until_forgotten(journal: Journal) -> None:
    assert drafts.kept(journal) == []
    bar = KeptDraft(Where.QUICK_LOG, {"kind": "note", "text": WORDS})
    form = KeptDraft(Where.ENTRY_FORM, {"kind": "plan", "purpose": "Gym"})
    drafts.keep(journal, [bar, form])
    assert drafts.kept(journal) == [bar, form]
    drafts.keep(journal, [form])  # the next lock keeps what is typed then, no more
    assert drafts.kept(journal) == [form]
    drafts.forget(journal)
    assert drafts.kept(journal) == []


def test_a_draft_from_a_newer_version_is_skipped_not_a_crash(journal: Journal) -> None:
    bar = KeptDraft(Where.QUICK_LOG, {"kind": "note", "text": WORDS})
    drafts.keep(journal, [bar])
    journal.conn.execute('INSERT INTO kept_draft (body) VALUES (\'{"where": "hologram"}\')')
    assert drafts.kept(journal) == [bar]


def test_a_full_disk_keeps_nothing_new_and_says_so(journal: Journal) -> None:
    earlier = KeptDraft(Where.QUICK_LOG, {"kind": "note", "text": "earlier"})
    drafts.keep(journal, [earlier])
    conn = journal.conn
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    conn.execute(f"PRAGMA max_page_count = {pages}")  # SQLite's own "database or disk is full"
    long = KeptDraft(Where.QUICK_LOG, {"kind": "note", "text": WORDS * 4000})
    with pytest.raises(DiskFull, match="free disk space"):
        drafts.keep(journal, [long])
    assert drafts.kept(journal) == [earlier]  # all or none: the earlier ones are intact


def test_kept_words_are_not_in_the_journal_files_in_plain_text(journal: Journal) -> None:
    drafts.keep(journal, [KeptDraft(Where.QUICK_LOG, {"kind": "note", "text": WORDS})])
    folder = journal.folder.path
    open_files = {p.name: p.read_bytes() for p in folder.iterdir()}
    journal.close()
    closed_files = {p.name: p.read_bytes() for p in folder.iterdir()}
    for files in (open_files, closed_files):
        for name, content in files.items():
            for needle in (WORDS.encode(), WORDS.encode("utf-16-le"), b"kept_draft"):
                assert needle not in content, f"{needle!r} in {name}"


def test_words_a_full_disk_kept_out_are_sealed_for_this_journal_alone(
    journal: Journal, tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    drafts.kept(journal)  # at unlock: the journal's own keys exist from here on
    words = [KeptDraft(Where.QUICK_LOG, {"kind": "note", "text": WORDS})]
    sealed = drafts.seal(journal, words)
    assert sealed is not None and sealed.count == 1
    assert WORDS.encode() not in sealed.ciphertext
    assert drafts.unseal(journal, sealed) == words
    other = access.create_journal(
        tmp_path / "other", PASSPHRASE, Role.SHARING, argon2=fast_argon2
    ).journal
    assert drafts.unseal(other, sealed) == []
    other.close()
