"""Pairing, export and review from the command line, with the documented exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access
from tests.conftest import PASSPHRASE


def run(*args: str, folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REKINDLE_PASSPHRASE_FILE": str(folder / "pass.txt")}
    return subprocess.run(
        [sys.executable, "-m", "rekindle_desktop", *args],
        capture_output=True, text=True, timeout=60, env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.fixture
def folders(tmp_path: Path, fast_argon2: Argon2Params) -> tuple[Path, Path]:
    (tmp_path / "pass.txt").write_text(PASSPHRASE)
    for name, role in (("s", Role.SHARING), ("r", Role.REVIEWING)):
        access.create_journal(tmp_path / name, PASSPHRASE, role, argon2=fast_argon2).journal.close()
    return tmp_path / "s", tmp_path / "r"


def code_of(journal: Path) -> str:
    out = run("pairing-code", "--journal", str(journal), folder=journal.parent).stdout
    found = re.search(r"REKINDLE-PAIR-1:\S+", out)
    assert found, out
    return found.group(0)


def test_pair_export_review_and_refuse(folders: tuple[Path, Path]) -> None:
    sharer, reviewer = folders
    base = sharer.parent
    unconfirmed = run("pair", "--journal", str(reviewer), code_of(sharer), folder=base)
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr
    phrases = []
    for mine, theirs in ((sharer, reviewer), (reviewer, sharer)):
        paired = run("pair", "--journal", str(mine), code_of(theirs), "--yes", folder=base)
        assert paired.returncode == 0, paired.stderr
        phrases.append(paired.stdout.splitlines()[1].strip())
    assert phrases[0] == phrases[1] and len(phrases[0].split()) == 9

    not_yet = run("review", "--journal", str(reviewer), str(base / "none.rekindle"), folder=base)
    assert not_yet.returncode == 2 and "could not be read" in not_yet.stderr
    run("add", "checkin", "--journal", str(sharer), "--place", "Office", folder=base)
    run("add", "disclosure", "--journal", str(sharer), "--text", "mine", "--private", folder=base)
    made = run("export", "--journal", str(sharer), "--out", str(base / "one.rekindle"), folder=base)
    assert made.returncode == 0, made.stderr
    assert "1 entries (1 new)" in made.stdout and "1 private entries stay" in made.stdout
    ok = run(
        "review", "--journal", str(reviewer), str(base / "one.rekindle"), "--json", folder=base
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["verdict"] == "accepted"

    run("add", "checkin", "--journal", str(sharer), "--place", "Gym", folder=base)
    run("export", "--journal", str(sharer), "--out", str(base / "two.rekindle"), folder=base)
    assert (
        run(
            "review", "--journal", str(reviewer), str(base / "two.rekindle"), folder=base
        ).returncode
        == 0
    )
    older = run(
        "review", "--journal", str(reviewer), str(base / "one.rekindle"), "--json", folder=base
    )
    assert older.returncode == 1
    assert json.loads(older.stdout)["verdict"] == "older than what you reviewed"
    (base / "junk.rekindle").write_bytes(b"\x00" * 100)
    junk = run("review", "--journal", str(reviewer), str(base / "junk.rekindle"), folder=base)
    assert junk.returncode == 2 and "isn't a Rekindle timeline file" in junk.stderr
    assert "Traceback" not in junk.stderr + older.stderr
