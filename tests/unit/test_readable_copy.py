"""The readable copy: every entry exactly, private ones only when asked, written like every
file a person keeps, and an HTML page that carries no raw control, no script, no link."""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import (
    Agreement,
    CheckIn,
    Draft,
    EntryKind,
    NoteAbout,
    Outcome,
    Plan,
    Words,
    body_from_json,
    body_to_json,
)
from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import access, readable_copy
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.store import entries
from rekindle_desktop.store.journal import Journal
from tests.conftest import PASSPHRASE
from tests.faults import OPERATIONS, failing_disk, leftovers, snapshot
from tests.unit.test_cli_journal import rekindle
from tests.unit.test_sharing import NOW, ZONE, at

SECRET = "canary-private-91c: I still think about it"
HOSTILE = "<script>alert(1)</script> \x1b[31mred\x00 \u202egnp.exe \u2066x\u2069 & 'q' \"d\""
JSON_NAME, HTML_NAME = readable_copy.JSON_NAME, readable_copy.HTML_NAME


@pytest.fixture
def journal(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[Journal]:
    created = access.create_journal(
        tmp_path / "journal", PASSPHRASE, Role.SHARING, argon2=fast_argon2
    )
    log = JournalLog(created.journal, Clock(ZONE, NOW))
    plan = log.add(Draft(EntryKind.PLAN, at(9), Plan(at(9), at(17), "Office", "", "Work")))
    log.add(Draft(EntryKind.CHECK_IN, at(10), CheckIn("Office", "in early")))
    log.add(Draft(EntryKind.DISCLOSURE, at(11), Words(HOSTILE)))
    private = log.add(Draft(EntryKind.NOTE, at(12), Words(SECRET, NoteAbout.OTHER), True))
    log.record_outcome(plan.id, Outcome.KEPT_WITH_NOTICE, why="told you at 8")
    log.amend(private.id, Words(SECRET + " (less so)", NoteAbout.OTHER))
    words = log.add(Draft(EntryKind.APPRECIATION, at(13), Words("Thank you 💛")))
    log.retract(words.id, "posted twice")
    agreement = Agreement(1, frozenset({EntryKind.PLAN}), 7, "No contact with X", date(2027, 1, 1))
    log.add(Draft(EntryKind.AGREEMENT, at(8), agreement))
    yield created.journal
    created.journal.close()


def write(journal: Journal, out: Path, *, include_private: bool = False) -> Path:
    readable_copy.write_readable_copy(
        journal, out, Clock(ZONE, NOW), include_private=include_private
    )
    return out


def test_the_json_holds_every_non_private_entry_exactly(journal: Journal, tmp_path: Path) -> None:
    out = write(journal, tmp_path / "copy")
    document = json.loads((out / JSON_NAME).read_text(encoding="utf-8"))
    assert document["format"] == "rekindle-readable-copy" and document["version"] == 1
    assert "not encrypted" in document["not_encrypted"]
    assert document["private_included"] is False
    shown = {e.id: e for e in entries.all_entries(journal.conn) if not e.private}
    assert [item["id"] for item in document["entries"]] == sorted(shown)  # log order
    for item in document["entries"]:
        entry = shown[item["id"]]
        assert item["kind"] == entry.kind.value and item["private"] is False
        assert body_from_json(EntryKind(item["kind"]), item["body"]) == entry.body
        assert item["body"] == body_to_json(entry.body)
        assert item["happened"] == entry.happened.as_recorded().isoformat()
        assert item["logged"] == entry.logged.as_recorded().isoformat()
    by_id = {item["id"]: item for item in document["entries"]}
    assert by_id[5]["refers_to"] == 1 and by_id[5]["body"]["outcome"] == "notice"
    assert by_id[7]["withdrawn_by"] == 8 and by_id[8]["refers_to"] == 7
    assert by_id[1]["refers_to"] is None and by_id[1]["withdrawn_by"] is None
    assert [a["current"]["boundaries"] for a in document["agreements"]] == ["No contact with X"]
    # Nothing of the private note or its correction, in either file.
    for name in (JSON_NAME, HTML_NAME):
        assert b"canary-private" not in (out / name).read_bytes()
    assert 4 not in by_id and 6 not in by_id


def test_private_entries_go_in_only_when_asked(journal: Journal, tmp_path: Path) -> None:
    out = write(journal, tmp_path / "copy", include_private=True)
    document = json.loads((out / JSON_NAME).read_text(encoding="utf-8"))
    assert document["private_included"] is True
    assert len(document["entries"]) == entries.count(journal.conn)
    by_id = {item["id"]: item for item in document["entries"]}
    assert by_id[4]["private"] is True and by_id[4]["body"]["text"] == SECRET
    assert by_id[4]["corrected_by"] == [6] and by_id[6]["refers_to"] == 4
    page = (out / HTML_NAME).read_text(encoding="utf-8")
    assert SECRET in page and "Private entries are included" in page


def test_files_are_0600_and_the_folder_holds_nothing_else(journal: Journal, tmp_path: Path) -> None:
    out = write(journal, tmp_path / "new" / "copy")
    assert sorted(p.name for p in out.iterdir()) == sorted([JSON_NAME, HTML_NAME])
    for name in (JSON_NAME, HTML_NAME):
        assert stat.S_IMODE((out / name).stat().st_mode) == 0o600


def test_the_page_escapes_what_a_person_typed_and_fetches_nothing(
    journal: Journal, tmp_path: Path
) -> None:
    out = write(journal, tmp_path / "copy")
    page = (out / HTML_NAME).read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "http" not in page.lower() and "src=" not in page and "url(" not in page
    for raw in ("\x1b", "\x00", "\u202e", "\u2066", "\u2069", "\u2068"):
        assert raw not in page
    assert "&amp; &#x27;q&#x27; &quot;d&quot;" in page
    assert "not encrypted" in page.split("<h2>")[0]  # said before any entry
    assert "Private entries are not included." in page
    assert "Thursday 26 November 2026" not in page and "Wednesday 25 November 2026" in page
    # The JSON keeps the words exactly but writes the controls as escapes.
    raw_json = (out / JSON_NAME).read_text(encoding="utf-8")
    assert "\u202e" not in raw_json and "\\u202e" in raw_json and "\\u001b" in raw_json


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("nth", [1, 2, 3])
def test_a_failing_write_leaves_no_half_copy(
    journal: Journal, tmp_path: Path, operation: str, nth: int
) -> None:
    out = tmp_path / "copy"
    out.mkdir()
    (out / "mine.txt").write_text("the person's own file")
    before = snapshot(out)
    refused = False
    with failing_disk(operation, at=nth, error=errno.ENOSPC) as disk:
        try:
            write(journal, out)
        except UserFacingError as exc:
            refused = True
            assert "could not be written" in exc.message and "space" in exc.next_step
    assert leftovers(out) == []
    if refused:
        assert disk.injected and snapshot(out) == before
    else:  # no fault, or only the folder's fsync after the rename: the copy is whole
        assert sorted(p.name for p in out.iterdir()) == sorted(["mine.txt", JSON_NAME, HTML_NAME])
        json.loads((out / JSON_NAME).read_text(encoding="utf-8"))
    if operation != "fsync":
        assert refused == bool(disk.injected)


def test_a_failing_write_keeps_the_earlier_copy_whole(journal: Journal, tmp_path: Path) -> None:
    out = write(journal, tmp_path / "copy")
    before = snapshot(out)
    JournalLog(journal, Clock(ZONE, NOW)).add(Draft(EntryKind.CHECK_IN, at(19), CheckIn("Home")))
    for nth in (1, 2):  # the page, then the JSON
        with (
            failing_disk("replace", at=nth, error=errno.EIO) as disk,
            pytest.raises(UserFacingError, match="earlier copy there is unchanged"),
        ):
            write(journal, out)
        assert disk.injected and snapshot(out) == before and leftovers(out) == []


def test_an_earlier_copy_of_this_journal_is_replaced_and_nothing_else_is(
    journal: Journal, tmp_path: Path
) -> None:
    out = write(journal, tmp_path / "copy")
    (out / "mine.txt").write_text("keep me")
    made = readable_copy.write_readable_copy(journal, out, Clock(ZONE, NOW), include_private=True)
    assert made.replaced and (out / "mine.txt").read_text() == "keep me"
    assert SECRET in (out / HTML_NAME).read_text(encoding="utf-8")


@pytest.mark.parametrize("which", [JSON_NAME, HTML_NAME, "both"])
def test_files_it_did_not_write_are_never_replaced(
    journal: Journal, tmp_path: Path, which: str
) -> None:
    out = tmp_path / "copy"
    out.mkdir()
    for name in (JSON_NAME, HTML_NAME) if which == "both" else (which,):
        (out / name).write_text('{"format": "something else"}')
    before = snapshot(out)
    with pytest.raises(UserFacingError, match="isn't an earlier readable copy") as caught:
        write(journal, out)
    assert "never replaces files it did not write" in caught.value.next_step
    assert snapshot(out) == before


def test_a_folder_it_cannot_write_to_is_a_plain_message(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    with monkeypatch.context() as patched:  # as a person without rights there (root has all)
        patched.setattr(Path, "mkdir", refuse)
        with pytest.raises(UserFacingError, match="could not be written") as caught:
            write(journal, tmp_path / "locked" / "copy")
    assert "Permission denied" in caught.value.message
    assert "choose another folder" in caught.value.next_step
    assert not (tmp_path / "locked").exists()
    (tmp_path / "file").write_text("")
    with pytest.raises(UserFacingError, match="is a file, not a folder"):
        write(journal, tmp_path / "file")


# --- the command line ---------------------------------------------------------------------


def test_export_readable_from_the_command_line(journal: Journal, tmp_path: Path) -> None:
    folder = journal.folder.path
    journal.close()
    (tmp_path / "pass.txt").write_text(PASSPHRASE + "\n")
    out = tmp_path / "readable"
    done = rekindle(folder, "export-readable", "--journal", str(folder), "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "not encrypted" in done.stdout and "Private entries are not." in done.stdout
    assert str(out / HTML_NAME) in done.stdout
    document = json.loads((out / JSON_NAME).read_text(encoding="utf-8"))
    assert all(not item["private"] for item in document["entries"])
    assert stat.S_IMODE((out / JSON_NAME).stat().st_mode) == 0o600

    again = rekindle(
        folder, "export-readable", "--journal", str(folder), "--out", str(out), "--include-private"
    )
    assert again.returncode == 0, again.stderr
    assert "replaced" in again.stdout and "Private entries are included." in again.stdout
    assert SECRET in (out / HTML_NAME).read_text(encoding="utf-8")

    (out / HTML_NAME).write_text("my own page")
    refused = rekindle(folder, "export-readable", "--journal", str(folder), "--out", str(out))
    assert refused.returncode == 1 and "isn't an earlier readable copy" in refused.stderr
    assert (out / HTML_NAME).read_text() == "my own page"

    usage = rekindle(folder, "export-readable", "--journal", str(folder))
    assert usage.returncode == 2 and "--out" in usage.stderr
