"""`rekindle FILE`: the file a double-click or the file manager hands the app."""

from __future__ import annotations

import argparse
import contextlib
import io
from pathlib import Path

import pytest

from rekindle_desktop import cli


def test_a_file_alone_opens_the_window_with_it() -> None:
    args = cli._parse(["timeline.rekindle"])
    assert args.command is None and args.file == Path("timeline.rekindle")
    args = cli._parse(["--journal", "/j", "/home/a/reply.rekindle-reply"])
    assert args.command is None
    assert (args.journal, args.file) == (Path("/j"), Path("/home/a/reply.rekindle-reply"))
    assert cli._parse([]).file is None  # no file: the window as always


def test_an_existing_file_without_a_suffix_is_still_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "fromemail").write_bytes(b"x")
    assert cli._parse(["fromemail"]).file == Path("fromemail")


def test_a_mistyped_command_is_still_explained_as_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        cli._parse(["exprot"])
    assert stopped.value.code == 2
    assert "invalid choice: 'exprot'" in capsys.readouterr().err


def test_a_command_takes_its_own_file_not_the_window() -> None:
    args = cli._parse(["review", "--journal", "/j", "timeline.rekindle"])
    assert args.command == "review" and args.file == Path("timeline.rekindle")


def test_the_file_is_made_absolute_for_a_window_started_elsewhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli._file_to_open(cli._parse(["in/here.rekindle"])) == tmp_path / "in/here.rekindle"
    assert cli._file_to_open(cli._parse(["--demo"])) is None


def _help(argv: list[str]) -> str:
    """The help `argv` prints, its words one space apart (wrapping follows the terminal)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.suppress(SystemExit):
        cli._parse(argv)
    return " ".join(out.getvalue().split())


def test_only_the_windows_help_names_file() -> None:
    window = _help(["--help"])
    assert "[FILE | COMMAND ...]" in window
    assert "FILE a timeline file to review, or a reply to read, once the journal is unlocked" in (
        window
    )
    assert "export" in window  # the commands are all still listed
    commands = next(a for a in cli._parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name in commands.choices:
        assert "once the journal is unlocked" not in _help([name, "--help"])
