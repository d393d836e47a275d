"""docs/FORMAT.md is true: its own commands check a fresh file with the real age and openssl."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind, Outcome, Plan, Words
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access, sharing
from rekindle_desktop.services.clock import system_clock
from rekindle_desktop.services.journal_log import JournalLog
from tests.conftest import PASSPHRASE

FORMAT = Path(__file__).parent.parent.parent / "docs" / "FORMAT.md"


def block(tag: str) -> str:
    match = re.search(rf"```{tag}\n(.*?)```", FORMAT.read_text(), re.S)
    assert match, f"FORMAT.md has no ```{tag} block"
    return match.group(1)


@pytest.fixture
def exported(tmp_path: Path, fast_argon2: Argon2Params) -> tuple[Path, Path, str]:
    sharer = access.create_journal(
        tmp_path / "s", PASSPHRASE, Role.SHARING, argon2=fast_argon2
    ).journal
    reviewer_folder = tmp_path / "r"
    reviewer = access.create_journal(
        reviewer_folder, PASSPHRASE, Role.REVIEWING, argon2=fast_argon2
    ).journal
    for mine, theirs in ((sharer, reviewer), (reviewer, sharer)):
        sharing.confirm_pairing(mine, sharing.preview_pairing(mine, sharing.pairing_code(theirs)))
    log = JournalLog(sharer, system_clock())
    now = log.clock.now()
    plan = log.add(Draft(EntryKind.PLAN, now, Plan(now, now, "Café Zoë", "Sam", "Lunch")))
    log.add(Draft(EntryKind.CHECK_IN, now, CheckIn("שלום 💛")))
    log.add(Draft(EntryKind.DISCLOSURE, now, Words("line one\nline two")))
    log.record_outcome(plan.id, Outcome.KEPT)
    code = sharing.pairing_code(sharer)
    sharing.export(sharer, tmp_path / "timeline.rekindle")
    sharer.close()
    reviewer.close()
    return tmp_path / "timeline.rekindle", reviewer_folder, code


def test_format_md_commands_verify_a_real_file(
    exported: tuple[Path, Path, str], tmp_path: Path
) -> None:
    file, reviewer_folder, code = exported
    (tmp_path / "pass.txt").write_text(PASSPHRASE)
    work = tmp_path / "check"
    work.mkdir()
    identity = work / "me.txt"
    cli = subprocess.run(
        [sys.executable, "-m", "rekindle_desktop", "identity", "--journal", str(reviewer_folder),
         "--passphrase-file", str(tmp_path / "pass.txt"), "--export-age-identity", str(identity)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert cli.returncode == 0, cli.stderr
    assert identity.stat().st_mode & 0o077 == 0
    env = {**os.environ, "FILE": str(file), "IDENTITY": str(identity), "PAIRING_CODE": code}
    shell = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", block("sh verify-signature")],
        cwd=work, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert shell.returncode == 0, shell.stdout + shell.stderr
    assert "Signature Verified Successfully" in shell.stdout
    assert shell.stdout.startswith("REKINDLE-TIMELINE-1")
    root = subprocess.run(
        [sys.executable, "-c", block("python verify-root")],
        cwd=work, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert root.returncode == 0, root.stderr
    assert "root hash matches" in root.stdout and "over 4 entries" in root.stdout


def test_the_same_commands_reject_a_tampered_leaf(
    exported: tuple[Path, Path, str], tmp_path: Path
) -> None:
    file, reviewer_folder, _code = exported
    work = tmp_path / "check"
    work.mkdir()
    with access.unlock_with_passphrase(reviewer_folder, PASSPHRASE) as reviewer:
        sharing.export_age_identity(reviewer, work / "me.txt")
    subprocess.run(
        ["age", "-d", "-i", "me.txt", "-o", "timeline.txt", str(file)], cwd=work, check=True
    )
    text = (work / "timeline.txt").read_bytes().replace(b"Lunch", b"Dinner")
    (work / "timeline.txt").write_bytes(text)
    root = subprocess.run(
        [sys.executable, "-c", block("python verify-root")],
        cwd=work, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert root.returncode != 0
    assert "root hash does not match" in root.stderr


def test_the_worked_example_in_format_md_is_consistent(tmp_path: Path) -> None:
    example = re.search(r"reviewer's `age -d` gives:\n\n```\n(.*?)```", FORMAT.read_text(), re.S)
    assert example
    (tmp_path / "timeline.txt").write_text(example.group(1))
    root = subprocess.run(
        [sys.executable, "-c", block("python verify-root")],
        cwd=tmp_path, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert root.returncode == 0, root.stderr
    code = re.search(r"`(REKINDLE-PAIR-1:[^`]+)`", FORMAT.read_text())
    assert code
    from rekindle_desktop.crypto.identity import read_pairing_code
    from rekindle_desktop.crypto.signed_note import open_note

    lines = example.group(1).split("\n")
    note = "\n".join(lines[1:6]) + "\n"
    checkpoint = open_note(note, lines[1], read_pairing_code(code.group(1)).signing_key)
    assert checkpoint.size == 3
