"""The man page and the shell completion: current with the parser, readable, and working."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.packaging.conftest import PACKAGING

sys.path.insert(0, str(PACKAGING))
import make_manpage


def _commands(parser: argparse.ArgumentParser, prefix: str = "rekindle") -> list[str]:
    """Every command as typed, `rekindle add plan` included."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, command in action.choices.items():
                found.append(f"{prefix} {name}")
                found.extend(_commands(command, f"{prefix} {name}"))
    return found


def _options(parser: argparse.ArgumentParser) -> set[str]:
    found = {option for action in parser._actions for option in action.option_strings}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                found |= _options(command)
    return found


def test_the_committed_files_are_made_from_the_current_parser() -> None:
    stale = [
        path.name
        for path, text in make_manpage.written().items()
        if not make_manpage.is_current(path, text)
    ]
    assert not stale, f"out of date: {stale}; run: python packaging/make_manpage.py"


def _rendered() -> subprocess.CompletedProcess[str]:
    man = shutil.which("man")
    assert man, "man (man-db) renders the page; .ci/run installs it"
    return subprocess.run(
        [man, "--warnings", "-l", str(make_manpage.MANPAGE)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "LC_ALL": "C.UTF-8", "MANWIDTH": "100", "MAN_KEEP_FORMATTING": ""},
    )


def test_man_shows_every_command_and_option_without_a_warning() -> None:
    shown = _rendered()
    assert shown.returncode == 0 and shown.stderr == "", shown.stderr
    page = re.sub(".\b", "", shown.stdout)  # bold and underline, if man kept them
    text = " ".join(page.split())
    assert "rekindle - an encrypted journal two partners keep to rebuild trust" in text
    parser = make_manpage.the_parser()
    for command in _commands(parser):
        assert command in text, command
    for option in _options(parser) - {"-h", "--help"}:  # help is for the terminal
        assert option in text, option
    for section in ("SYNOPSIS", "COMMANDS", "OPTIONS", "FILES", "EXIT STATUS"):
        assert f"\n{section}\n" in page, section
    assert "Rekindle/journal/" in text  # where the journal is when --journal isn't given


def _complete(words: list[str], cwd: Path) -> list[str]:
    """What bash offers after typing `words` (the last one unfinished), as a person would."""
    script = (
        f"source {make_manpage.BASH}\n"
        'function_name=$(complete -p rekindle | sed -E "s/.*-F ([^ ]+) .*/\\1/")\n'
        'COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))\n'
        'COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}\n'
        '"$function_name" rekindle "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"\n'
        'printf "%s\\n" "${COMPREPLY[@]}"\n'
    )
    bash = shutil.which("bash")
    assert bash
    done = subprocess.run(
        [bash, "--norc", "--noprofile", "-c", script, "bash", *words],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=cwd,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_bash_completes_commands_options_and_files(tmp_path: Path) -> None:
    assert _complete(["rekindle", "rev"], tmp_path) == ["review"]
    assert _complete(["rekindle", "add", "pl"], tmp_path) == ["plan"]
    assert "--demo" in _complete(["rekindle", "--d"], tmp_path)
    (tmp_path / "from-alex.rekindle").touch()
    (tmp_path / "journals").mkdir()
    assert _complete(["rekindle", "review", "from"], tmp_path) == ["from-alex.rekindle"]
    assert _complete(["rekindle", "--journal", "jo"], tmp_path) == ["journals"]


def test_zsh_takes_the_completion_for_rekindle_and_lists_every_command(tmp_path: Path) -> None:
    zsh = shutil.which("zsh")
    assert zsh, "zsh checks its completion file; .ci/run installs it"
    # compinit reads the #compdef line of each file on fpath, as on a real system
    registered = subprocess.run(
        [
            zsh,
            "-f",
            "-c",
            f"fpath=({make_manpage.ZSH.parent} $fpath); autoload -Uz compinit; "
            f"compinit -u -d {tmp_path / 'zcompdump'}; print -r -- ${{_comps[rekindle]}}",
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert registered.stdout.strip() == "_rekindle", registered.stderr
    text = make_manpage.ZSH.read_text(encoding="utf-8")
    for command in _commands(make_manpage.the_parser()):  # with its help, for zsh's menu
        assert f"\n    {command.split()[-1]}:'" in text, command
