"""The first hour with the command line: the mistakes a new person makes, and the plain
words that answer them (no prompt for a journal that isn't there, no argparse jargon,
no demo written over a journal, and a file named for what it is)."""

from __future__ import annotations

import io
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from rekindle_desktop import cli
from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import ContactHow, Outcome
from rekindle_desktop.domain.role import Role
from rekindle_desktop.domain.voice import STRENGTHS, Wants
from rekindle_desktop.services import access, replies, sharing
from tests.conftest import PASSPHRASE, fingerprint
from tests.unit.test_sharing import log_some, make_pair


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """A person at a terminal, with no passphrase file: any prompt fails the test."""

    def no_prompt(prompt: str = "") -> str:
        raise AssertionError(f"asked for a passphrase: {prompt!r}")

    monkeypatch.delenv("REKINDLE_PASSPHRASE_FILE", raising=False)
    monkeypatch.setattr(sys, "stdin", _Terminal())
    monkeypatch.setattr("getpass.getpass", no_prompt)


def said(capsys: pytest.CaptureFixture[str]) -> str:
    out, err = capsys.readouterr()
    return " ".join((out + err).split())


# 1. A folder that holds no journal -------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["add", "checkin", "--place", "Home"],
        ["outcome", "1", "kept"],
        ["export", "--out", "x.rekindle"],
        ["review", "x.rekindle"],
        ["pairing-code"],
        ["backup", "--out", "x.backup"],
        ["delete"],
    ],
)
def test_a_folder_without_a_journal_is_named_and_no_passphrase_is_asked(
    tmp_path: Path,
    at_a_terminal: None,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    empty = tmp_path / "empty"
    empty.mkdir()
    (tmp_path / "x.rekindle").write_bytes(b"anything")
    where = 2 if command[0] == "add" else 1
    args = [*command[:where], "--journal", str(empty), *command[where:]]
    code = cli.main(args)
    text = said(capsys)
    assert code != 0
    assert f"There is no Rekindle journal in {empty}." in text
    assert f"rekindle init --journal {empty}" in text
    assert "passphrase to open" not in text
    assert list(empty.iterdir()) == []


def test_a_missing_journal_is_named_even_with_a_passphrase_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    nowhere = tmp_path / "nowhere"
    code = cli.main(["list", "--journal", str(nowhere), "--passphrase-file", str(secret)])
    assert code == 1
    text = said(capsys)
    assert f"There is no Rekindle journal in {nowhere}." in text
    assert "rekindle init" in text
    assert not nowhere.exists()


def test_no_journal_in_the_usual_folder_says_how_to_set_one_up(
    at_a_terminal: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["list"]) == 1
    text = said(capsys)
    assert "There is no Rekindle journal in " in text
    assert "opening Rekindle, or with: rekindle init --passphrase-file FILE" in text
    assert "--journal FOLDER" in text


def test_a_folder_that_holds_journals_one_level_down_names_them(
    tmp_path: Path, fast_argon2: Argon2Params, at_a_terminal: None,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    # The folder a demo was written to holds two journals; the person named the folder.
    for name in ("sharer", "reviewer"):
        access.create_journal(
            tmp_path / name, PASSPHRASE, Role.SHARING, argon2=fast_argon2
        ).journal.close()
    assert cli.main(["list", "--journal", str(tmp_path)]) == 1
    text = said(capsys)
    assert f"There is no Rekindle journal in {tmp_path}." in text
    assert str(tmp_path / "reviewer") in text and str(tmp_path / "sharer") in text
    assert "rekindle init" not in text


# 2. Words the parser checks ---------------------------------------------------------


def test_a_wrong_outcome_word_names_the_outcomes_in_plain_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["outcome", "--journal", str(tmp_path), "3", "maybe"])
    text = said(capsys)
    assert code == 2  # not understood, as argparse's own refusals
    assert "invalid choice" not in text and "argument result" not in text
    assert "'maybe' isn't an outcome Rekindle knows." in text
    for outcome in Outcome:
        if outcome is not Outcome.UNCONFIRMED:
            assert outcome.value in text and outcome.label in text.replace("not-kept", "not kept")
    assert "kept (kept as said)" in text and "or not-kept." in text


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["add", "contact", "--text", "x", "--how", "met"], [h.label for h in ContactHow]),
        (["ask", "--text", "x", "--wants", "hug"], [w.label for w in Wants]),
        (["trigger", "--text", "x", "--wants", "hug"], [w.label for w in Wants]),
        (["trigger", "--text", "x", "--strength", "7"], list(STRENGTHS.values())),
        (["trigger", "--text", "x", "--strength", "hard"], list(STRENGTHS.values())),
        (["add", "note", "--text", "x", "--about", "therapy"], ["check-in", "counselling"]),
        (["init", "--passphrase-file", "p", "--role", "sharer"], ["sharing", "reviewing"]),
    ],
)
def test_every_word_the_parser_checks_is_refused_in_plain_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], expected: list[str]
) -> None:
    code = cli.main([*args, "--journal", str(tmp_path / "j")])
    text = said(capsys)
    assert code == 2
    assert "invalid choice" not in text and "invalid int value" not in text
    assert "Rekindle knows" in text
    for words in expected:
        assert words in text
    assert not (tmp_path / "j").exists()


def test_the_words_still_work_and_the_help_still_lists_them(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # argparse may wrap "not-kept" at its hyphen
    args = cli._parse(["outcome", "7", "Not-Kept"])
    assert args.result == "not-kept"
    args = cli._parse(["trigger", "--text", "x", "--strength", "5", "--wants", "talk"])
    assert (args.strength, args.wants) == (5, "talk")
    args = cli._parse(["trigger", "--text", "x"])
    assert (args.strength, args.wants) == (3, "reassurance")
    assert cli._parse(["add", "contact", "--text", "x"]).how == "contacted"
    assert cli._parse(["init", "--passphrase-file", "p"]).role == "sharing"
    with pytest.raises(SystemExit):
        cli.main(["outcome", "--help"])
    shown = capsys.readouterr().out
    assert all(word in shown for word in cli.OUTCOMES)


# 3. The demo never writes into a journal ---------------------------------------------


def test_the_demo_refuses_a_folder_that_holds_a_journal_and_leaves_it_as_it_was(
    tmp_path: Path, fast_argon2: Argon2Params, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "journal"
    access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=fast_argon2).journal.close()
    before = fingerprint(folder)
    listing = sorted(p.name for p in folder.iterdir())
    code = cli.main(["demo", str(folder), "--days", "3"])
    text = said(capsys)
    assert code == 1
    assert f"There is already a Rekindle journal in {folder}" in text
    assert "no demo was written" in text.lower()
    assert "rekindle demo" in text  # how to pick another folder
    assert fingerprint(folder) == before
    assert sorted(p.name for p in folder.iterdir()) == listing


@pytest.mark.parametrize("in_the_way", ["reviewer", "timeline.rekindle"])
def test_the_demo_writes_nothing_at_all_when_part_of_it_is_in_the_way(
    tmp_path: Path, fast_argon2: Argon2Params, capsys: pytest.CaptureFixture[str],
    in_the_way: str,
) -> None:  # fmt: skip
    # A journal, or a timeline file, where the demo would write: nothing half-written.
    if in_the_way == "reviewer":
        access.create_journal(
            tmp_path / "reviewer", PASSPHRASE, Role.REVIEWING, argon2=fast_argon2
        ).journal.close()
    else:
        (tmp_path / in_the_way).write_bytes(b"a real timeline file from a partner")
    before = fingerprint(tmp_path)
    assert cli.main(["demo", str(tmp_path), "--days", "3"]) == 1
    text = said(capsys)
    assert str(tmp_path / in_the_way) in text and "no demo was written" in text.lower()
    assert fingerprint(tmp_path) == before
    assert not (tmp_path / "sharer").exists()


def test_the_demo_still_writes_into_a_new_or_empty_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    for name in ("empty", "new"):
        assert cli.main(["demo", str(tmp_path / name), "--days", "3"]) == 0, said(capsys)
        assert (tmp_path / name / "sharer" / "keyslots.json").is_file()
        assert (tmp_path / name / "timeline.rekindle").is_file()


# 4. review names the file for what it is ---------------------------------------------


@dataclass(frozen=True)
class Files:
    sharer: Path
    reviewer: Path
    timeline: Path
    reply: Path
    secret: Path


@pytest.fixture
def files(tmp_path: Path, fast_argon2: Argon2Params) -> Files:
    """A paired sharer and reviewer (closed), a timeline file the reviewer accepted, and
    the reviewer's reply to it."""
    made = make_pair(tmp_path, fast_argon2)
    log_some(made)
    made.export("timeline.rekindle")
    assert sharing.review(
        made.reviewer, (tmp_path / "timeline.rekindle").read_bytes()
    ).verdict.accepted
    replies.make_reply(made.reviewer, tmp_path / "reply.rekindle")
    made.sharer.close()
    made.reviewer.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    return Files(
        tmp_path / "s", tmp_path / "r", tmp_path / "timeline.rekindle",
        tmp_path / "reply.rekindle", secret,
    )  # fmt: skip


def review(files: Files, journal: Path, file: Path, *extra: str) -> int:
    return cli.main(
        ["review", "--journal", str(journal), str(file), "--passphrase-file", str(files.secret),
         *extra]
    )  # fmt: skip


def test_the_reviewer_given_their_own_reply_is_told_it_is_for_their_partner(
    files: Files, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(files.reviewer)
    assert review(files, files.reviewer, files.reply) == 2
    text = said(capsys)
    assert "isn't paired with a reviewer" not in text
    assert "reply.rekindle is a reply you wrote for your partner" in text
    assert "they open it with 'rekindle review FILE' in their own journal" in text
    assert fingerprint(files.reviewer) == before


def test_the_sharer_given_their_own_timeline_file_is_told_it_is_for_their_partner(
    files: Files, capsys: pytest.CaptureFixture[str]
) -> None:
    before = fingerprint(files.sharer)
    assert review(files, files.sharer, files.timeline) == 2
    text = said(capsys)
    assert "isn't paired with a sharer" not in text
    assert "timeline.rekindle is a timeline file this journal made for your partner" in text
    assert fingerprint(files.sharer) == before


@pytest.mark.parametrize("content", [b"", b"hello\n" * 50, bytes(range(256)) * 4])
@pytest.mark.parametrize("side", ["sharer", "reviewer"])
def test_a_file_that_is_not_a_rekindle_file_is_named_so_for_either_journal(
    files: Files, capsys: pytest.CaptureFixture[str], side: str, content: bytes
) -> None:
    junk = files.secret.parent / "holiday.jpg"
    junk.write_bytes(content)
    journal = files.sharer if side == "sharer" else files.reviewer
    assert review(files, journal, junk) == 2
    text = said(capsys)
    assert "holiday.jpg isn't a Rekindle timeline file or a reply" in text
    assert "isn't paired" not in text
    assert review(files, journal, junk, "--json") == 2
    document = json.loads(capsys.readouterr().out)
    assert document["verdict"] == "unreadable" and "or a reply" in document["message"]


def test_a_file_made_for_another_journal_is_named_so_for_a_sharer(
    files: Files, fast_argon2: Argon2Params, capsys: pytest.CaptureFixture[str]
) -> None:
    # A timeline file made for another couple's reviewer: a sharer's journal used to
    # answer "isn't paired with a sharer yet".
    other = make_pair(files.secret.parent / "other", fast_argon2)
    log_some(other)
    stranger = other.folder / "theirs.rekindle"
    sharing.export(other.sharer, stranger)
    other.sharer.close()
    other.reviewer.close()
    assert review(files, files.sharer, stranger) == 2
    text = said(capsys)
    assert "can't be opened here" in text and "isn't paired" not in text


def test_the_usual_review_and_reply_still_work(
    files: Files, capsys: pytest.CaptureFixture[str]
) -> None:
    assert review(files, files.sharer, files.reply) == 0
    assert "Your partner has read the first 3 shared entries." in said(capsys)
    assert review(files, files.reviewer, files.timeline, "--json") == 0
    assert json.loads(capsys.readouterr().out)["verdict"] == "already seen"


def test_a_reply_that_comes_after_sharing_ended_says_so(
    files: Files, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--journal", str(files.sharer), "--passphrase-file", str(files.secret)]
    assert cli.main(["stop-sharing", *args, "--yes"]) == 0
    capsys.readouterr()
    assert review(files, files.sharer, files.reply) == 2
    text = said(capsys)
    assert "This is a reply from your partner. Sharing with them has ended" in text
    assert "Pair with your partner first" not in text
