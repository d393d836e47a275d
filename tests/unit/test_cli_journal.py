"""Logging from the command line: add, outcome, list, demo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access
from rekindle_desktop.store import entries
from tests.conftest import PASSPHRASE


@pytest.fixture
def journal(tmp_path: Path, fast_argon2: Argon2Params) -> Path:
    folder = tmp_path / "journal"
    access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=fast_argon2).journal.close()
    (tmp_path / "pass.txt").write_text(PASSPHRASE + "\n")
    return folder


def rekindle(
    journal: Path, *args: str, passphrase: bool = True
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "REKINDLE_PASSPHRASE_FILE"}
    if passphrase:
        env["REKINDLE_PASSPHRASE_FILE"] = str(journal.parent / "pass.txt")
    return subprocess.run(
        [sys.executable, "-m", "rekindle_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        stdin=subprocess.DEVNULL,
    )


def test_log_resolve_and_list(journal: Path) -> None:
    j = str(journal)
    steps = [
        [
            "add",
            "plan",
            "--journal",
            j,
            "--from",
            "2026-11-20 09:00",
            "--to",
            "2026-11-20 17:00",
            "--place",
            "Office",
            "--text",
            "Work",
        ],
        ["add", "checkin", "--journal", j, "--place", "Office", "--at", "2026-11-20 09:05"],
        [
            "add",
            "promise",
            "--journal",
            j,
            "--text",
            "Call at lunch",
            "--every",
            "mon,thu",
            "--from",
            "2026-11-16",
        ],
        ["add", "disclosure", "--journal", j, "--text", "J. messaged; I didn't reply."],
        ["add", "appreciation", "--journal", j, "--text", "Thank you 💛", "--private"],
        ["add", "note", "--journal", j, "--text", "Session on triggers", "--about", "counselling"],
        ["outcome", "--journal", j, "1", "notice", "--why", "meeting moved; told you at 8"],
        ["outcome", "--journal", j, "3", "not-kept", "--day", "2026-11-19"],
    ]
    for step in steps:
        result = rekindle(journal, *step)
        assert result.returncode == 0, (step, result.stderr)
    listed = rekindle(journal, "list", "--journal", j, "--json")
    document = json.loads(listed.stdout)
    assert [e["kind"] for e in document] == [
        "plan",
        "check-in",
        "promise",
        "disclosure",
        "appreciation",
        "note",
        "outcome",
        "outcome",
    ]
    assert document[4]["private"] is True
    assert document[6]["body"] == {
        "target": 1,
        "outcome": "notice",
        "occurrence": None,
        "why": "meeting moved; told you at 8",
    }
    assert document[7]["body"]["occurrence"] == "2026-11-19"
    human = rekindle(journal, "list", "--journal", j).stdout
    assert "changed, with notice beforehand" in human
    assert "Thursday 19 November 2026" in human and "not kept" in human


@pytest.mark.parametrize(
    "args, message",
    [
        (["add", "plan", "--from", "18:00", "--to", "17:00", "--place", "Gym"], "can't end before"),
        (["add", "checkin", "--place", "Home", "--at", "soonish"], "isn't a time"),
        (["add", "promise", "--text", "x", "--every", "mon,funday"], "days of the week"),
        (["add", "disclosure", "--text", "   "], "is empty"),
        (["outcome", "42", "kept"], "no entry 42"),
    ],
)
def test_mistakes_get_a_clear_message_and_save_nothing(
    journal: Path, args: list[str], message: str
) -> None:
    result = rekindle(journal, *args[:2], "--journal", str(journal), *args[2:])
    if args[0] == "outcome":
        result = rekindle(journal, args[0], "--journal", str(journal), *args[1:])
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    with access.unlock_with_passphrase(journal, PASSPHRASE) as opened:
        assert entries.count(opened.conn) == 0


def test_without_a_passphrase_it_says_how_to_give_one(journal: Path) -> None:
    result = rekindle(journal, "list", "--journal", str(journal), passphrase=False)
    assert result.returncode == 1
    assert "--passphrase-file" in result.stderr


def test_a_wrong_passphrase_file_is_refused(journal: Path, tmp_path: Path) -> None:
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("a different passphrase entirely")
    result = rekindle(journal, "list", "--journal", str(journal), "--passphrase-file", str(wrong))
    assert result.returncode == 1
    assert "passphrase doesn't open" in result.stderr


def test_demo_writes_the_same_story_for_the_same_seed(tmp_path: Path) -> None:
    kinds = []
    for name in ("a", "b"):
        sharer = tmp_path / name / "sharer"
        made = rekindle(sharer, "demo", str(tmp_path / name), "--days", "40", "--seed", "7")
        assert made.returncode == 0, made.stderr
        assert "nothing real here" in made.stdout  # the demo passphrase is printed
        (tmp_path / name / "pass.txt").write_text("demo journal - nothing real here")
        listed = rekindle(sharer, "list", "--journal", str(sharer), "--json")
        kinds.append([(e["kind"], e["body"].get("text")) for e in json.loads(listed.stdout)])
    assert kinds[0] == kinds[1]
    assert len(kinds[0]) > 100
    assert {"plan", "check-in", "promise", "outcome", "pause", "agreement"} <= {
        k for k, _ in kinds[0]
    }
