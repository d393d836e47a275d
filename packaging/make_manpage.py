"""The manual page and the bash and zsh completions, made from the `rekindle` parser itself.

Run after changing a command or an option:  python packaging/make_manpage.py
It writes packaging/rekindle.1 and packaging/completions/ (rekindle.bash, _rekindle).
They are committed, so building the .deb never needs this step; a test fails while
they are out of date. argparse-manpage and shtab come with the test extra.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import shtab
from argparse_manpage.manpage import Manpage  # type: ignore[import-untyped]

from rekindle_desktop import __version__, cli

HERE = Path(__file__).resolve().parent
MANPAGE = HERE / "rekindle.1"
BASH = HERE / "completions" / "rekindle.bash"
ZSH = HERE / "completions" / "_rekindle"

NAME = "an encrypted journal two partners keep to rebuild trust"

ABOUT = r"""Rekindle helps two partners rebuild trust after a betrayal. The partner who
broke trust chooses to log plans, check\-ins and promises in an encrypted journal and
shares it as a signed timeline file; the other partner reviews that file, read\-only,
on their own computer. Rekindle never opens a network connection.
.PP
With no command, \fBrekindle\fR opens the app; \fBrekindle\fR \fIFILE\fR opens it on a
timeline file to review, or a reply to read, once the journal is unlocked. With a
\fICOMMAND\fR, it does that one job in the terminal and the app does not open."""

FILES = r""".TP
\fI$XDG_DATA_HOME/Rekindle/journal/\fR
The journal folder when \fB\-\-journal\fR is not given (\fI~/.local/share/Rekindle/journal/\fR
when \fBXDG_DATA_HOME\fR is not set). It holds the encrypted journal.
.TP
\fI*.rekindle\fR
A timeline file: signed by the sharer and encrypted for the paired reviewer."""

ENVIRONMENT = r""".TP
\fBREKINDLE_PASSPHRASE_FILE\fR
A file holding the journal's passphrase, read when \fB\-\-passphrase\-file\fR is not given.
.TP
\fBXDG_DATA_HOME\fR
Where the default journal folder is (see \fBFILES\fR)."""

EXIT_STATUS = rf""".TP
{cli.EXIT_OK}
Done. For \fBreview\fR: the timeline file was accepted (or was already seen).
.TP
{cli.EXIT_USER_ERROR}
Rekindle stopped with a plain message saying what to do (a wrong passphrase, no journal
in the folder, system libraries the window needs not installed, ...). For \fBreview\fR:
the file was read but not accepted (its history changed, or another person signed it).
.TP
{cli.EXIT_USAGE}
The command line was not understood. For \fBreview\fR: the file could not be read at all."""


def the_parser() -> argparse.ArgumentParser:
    """The one parser `rekindle` reads its window options and every command with."""
    parser = cli._parser()
    parser._positionals.title = "commands"  # the heading the man page lists them under
    return parser


def manpage(parser: argparse.ArgumentParser) -> str:
    parser.description = None  # --help's one line; ABOUT says it at a man page's length
    page = Manpage(parser, format="single-commands-section")
    page.description = NAME
    page.source = f"rekindle {__version__}"
    page.manual = "User Commands"
    # The synopsis names FILE, which only the window's own parser takes.
    usage = cli._parser(with_file=True).format_usage().split(":", 1)[-1]
    page.synopsis = [word.replace("-", r"\-") for word in usage.split()]
    page.add_section("description", "=", ABOUT)
    page.add_section("files", "=", FILES)
    page.add_section("environment", "=", ENVIRONMENT)
    page.add_section("exit status", "=", EXIT_STATUS)
    page.add_section("see also", "=", r"The project's README.md and FORMAT.md.")
    return _ascii(str(page))


# Typography in the help texts, as roff's own names: a page in plain ASCII reads the same
# in any locale (man in a C locale would warn about "…" itself).
ROFF_NAMES = {
    "…": "...",
    "—": r"\(em",
    "–": r"\(en",
    "‘": r"\(oq",
    "’": r"\(cq",
    "“": r"\(lq",
    "”": r"\(rq",
}


def _ascii(page: str) -> str:
    return "".join(
        ROFF_NAMES.get(char, f"\\[u{ord(char):04X}]") if ord(char) > 127 else char for char in page
    )


def _mark_paths(parser: argparse.ArgumentParser) -> None:
    """Tell shtab which arguments name a file or a folder, so the shell offers them."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in set(action.choices.values()):
                _mark_paths(command)
        elif action.type is Path:
            folder = action.metavar in ("PATH", "FOLDER", "DIR")
            action.complete = shtab.DIRECTORY if folder else shtab.FILE  # type: ignore[attr-defined]


def completion(parser: argparse.ArgumentParser, shell: str) -> str:
    _mark_paths(parser)
    return str(shtab.complete(parser, shell))


def _without_date(page: str) -> str:
    return "\n".join(line for line in page.splitlines() if not line.startswith(".TH "))


def written() -> dict[Path, str]:
    """Each generated file and what it should hold now."""
    return {
        MANPAGE: manpage(the_parser()),
        BASH: completion(the_parser(), "bash"),
        ZSH: completion(the_parser(), "zsh"),
    }


def is_current(path: Path, text: str) -> bool:
    """The man page's date line changes every day; the rest must match."""
    if not path.exists():
        return False
    kept = path.read_text(encoding="utf-8")
    return _without_date(kept) == _without_date(text) if path == MANPAGE else kept == text


def main() -> int:
    for path, text in written().items():
        if is_current(path, text):
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(HERE.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
