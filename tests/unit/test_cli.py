"""The command line as a person or a script uses it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rekindle_desktop import __version__
from rekindle_desktop.services import access
from tests.conftest import PASSPHRASE


def rekindle(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rekindle_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_version() -> None:
    result = rekindle("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"rekindle {__version__}"


def test_init_prints_a_recovery_code_that_opens_the_journal(tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    journal = tmp_path / "journal"
    result = rekindle("init", "--journal", str(journal), "--passphrase-file", str(secret))
    assert result.returncode == 0, result.stderr
    codes = re.findall(r"[0-9A-Z]{5}(?:-[0-9A-Z]{1,5}){5}", result.stdout)
    assert len(codes) == 1
    assert "shown only this once" in result.stdout
    access.unlock_with_passphrase(journal, PASSPHRASE).close()  # newline was not kept
    access.unlock_with_recovery_code(journal, codes[0]).close()


def test_init_never_overwrites_and_says_why(tmp_path: Path) -> None:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    journal = tmp_path / "journal"
    assert (
        rekindle("init", "--journal", str(journal), "--passphrase-file", str(secret)).returncode
        == 0
    )
    before = (journal / "keyslots.json").read_bytes()
    again = rekindle("init", "--journal", str(journal), "--passphrase-file", str(secret))
    assert again.returncode == 1
    assert "already a journal" in again.stderr
    assert "Traceback" not in again.stderr
    assert (journal / "keyslots.json").read_bytes() == before


def test_weak_passphrase_and_missing_file_get_clear_messages(tmp_path: Path) -> None:
    weak = tmp_path / "weak.txt"
    weak.write_text("password1")
    result = rekindle("init", "--journal", str(tmp_path / "j"), "--passphrase-file", str(weak))
    assert result.returncode == 1
    assert "too easy to guess" in result.stderr
    missing = rekindle(
        "init", "--journal", str(tmp_path / "j"), "--passphrase-file", str(tmp_path / "nope")
    )
    assert missing.returncode == 1
    assert "could not be read" in missing.stderr
    for outcome in (result, missing):
        assert "Traceback" not in outcome.stderr


def test_smoke_test_without_a_passphrase_file_says_what_to_set(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "REKINDLE_PASSPHRASE_FILE"}
    result = subprocess.run(
        [sys.executable, "-m", "rekindle_desktop", "--journal", str(tmp_path), "--smoke-test"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 1
    assert "REKINDLE_PASSPHRASE_FILE" in result.stderr


def test_the_parser_names_what_the_report_and_outcome_commands_really_use(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # The parser is built without importing the journal's code, so its words are
    # written out; they must stay what the code does.
    from rekindle_desktop import cli
    from rekindle_desktop.domain.entries import Outcome
    from rekindle_desktop.services import report

    assert set(cli.OUTCOMES) == {o.value for o in Outcome} - {Outcome.UNCONFIRMED.value}
    with pytest.raises(SystemExit):
        cli.main(["report", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert f"{report.DEFAULT_WEEKS} weeks before --to" in text
    assert all(kind.value in text for kind in report.DEFAULT_KINDS)


def test_opening_the_window_first_imports_nothing_of_the_journal() -> None:
    # What runs before the first frame is painted: the command line and the frame.
    code = (
        "import sys; from rekindle_desktop import cli; cli._parser(); "
        "import rekindle_desktop.ui.first_frame; "
        "print(sorted(m for m in sys.modules if m.startswith('rekindle_desktop.')))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    for heavy in ("services", "store", "crypto", "domain.entries", "exchange"):
        assert f"rekindle_desktop.{heavy}" not in loaded


def test_the_window_path_knows_every_command_and_still_explains_a_mistyped_one(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import argparse

    from rekindle_desktop import cli

    commands = next(a for a in cli._parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) == cli.COMMANDS
    window = cli._parse(["--journal", "/somewhere", "--demo"])
    assert (window.command, window.demo, window.journal) == (None, True, Path("/somewhere"))
    with pytest.raises(SystemExit) as stopped:
        cli._parse(["lsit"])
    assert stopped.value.code == 2
    assert "invalid choice: 'lsit'" in capsys.readouterr().err
