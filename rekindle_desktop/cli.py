"""The `rekindle` command: opens the app, or does one job from the command line.

A thin face over services/. Qt is imported only when a window is wanted. What each
command takes is in cli_commands; each runs from its own cli_* module, read only then.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rekindle_desktop import __version__
from rekindle_desktop.big_buffers import give_back_big_buffers
from rekindle_desktop.cli_commands import COMMANDS, add_commands
from rekindle_desktop.cli_commands import OUTCOMES as OUTCOMES  # also read as cli.OUTCOMES
from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.hardening import harden_process

if TYPE_CHECKING:
    from rekindle_desktop.ui.single_instance import InstanceGuard

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    harden_process()  # no core dumps, before any key exists (SECURITY.md R13)
    give_back_big_buffers()  # a freed timeline file's memory leaves the process
    try:
        args = _parse(list(sys.argv[1:] if argv is None else argv))
    except UserFacingError as exc:  # a word the command doesn't take: not understood
        _tell(exc)
        return EXIT_USAGE
    try:
        if args.command == "init":
            return _init(args)
        if args.command is not None:
            return int(args.run(args))
        return _open_app(args, started)
    except UserFacingError as exc:
        _tell(exc)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return EXIT_USER_ERROR
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away; stop quietly, as other tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_USER_ERROR


def _tell(exc: UserFacingError) -> None:
    print(f"rekindle: {exc.message}", file=sys.stderr)
    if exc.next_step:
        print(f"  {exc.next_step}", file=sys.stderr)


def _parse(argv: list[str]) -> argparse.Namespace:
    """Opening the window is what most starts are: its few options are read without
    building every command's parser, which would take as long as the first frame's paint."""
    commands = COMMANDS.intersection(argv)
    if not commands and not {"-h", "--help", "--version"}.intersection(argv):
        args, rest = _window_parser(_journal_parser(), with_file=True).parse_known_args(argv)
        if not rest and not _mistyped_command(args.file):
            args.command = None
            return args
    # A command, or something to explain. FILE is shown only in the window's own help:
    # beside the commands it would take the place of a command's name.
    window_help = not commands and bool({"-h", "--help"}.intersection(argv))
    return _parser(with_file=window_help).parse_args(argv)


def _mistyped_command(file: Path | None) -> bool:
    """`rekindle lsit`: a bare word that names no file is a command mistyped, and
    argparse explains it best, naming the commands there are."""
    if file is None or os.path.exists(file):
        return False
    return not file.suffix and len(file.parts) == 1


def _journal_parser() -> argparse.ArgumentParser:
    journal = argparse.ArgumentParser(add_help=False)
    journal.add_argument(
        "--journal",
        type=Path,
        metavar="PATH",
        help="the journal folder (default: your user data folder)",
    )
    return journal


def _window_parser(
    journal: argparse.ArgumentParser, *, with_file: bool = False
) -> argparse.ArgumentParser:
    """`rekindle` with no command: the window's options (and, `with_file`, a file to open)."""
    parser = argparse.ArgumentParser(
        prog="rekindle",
        parents=[journal],
        description="Rekindle: voluntary transparency to help rebuild trust. "
        "With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"rekindle {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="open a demo journal (nothing real, nothing saved)"
    )
    parser.add_argument(
        "--lang",
        choices=("de", "en"),
        help="the window's language: de (Deutsch) or en (English); by default the one "
        "chosen in Help > Language, else the system's",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="unlock with the passphrase in the file named by REKINDLE_PASSPHRASE_FILE, "
        "paint the main window, print startup timings as one JSON line and exit",
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="PNG", help="with --smoke-test: save a screenshot"
    )
    if with_file:
        parser.add_argument(
            "file",
            nargs="?",
            type=Path,
            metavar="FILE",
            help="a timeline file to review, or a reply to read, once the journal is unlocked",
        )
    return parser


def _parser(*, with_file: bool = False) -> argparse.ArgumentParser:
    """Everything `rekindle` understands: the window's options and every command."""
    journal = _journal_parser()
    parser = _window_parser(journal, with_file=with_file)
    add_commands(parser.add_subparsers(dest="command", metavar="COMMAND"), journal)
    if with_file:  # a file or a command, never both: the usage line says so
        usage = _parser().format_usage().removeprefix("usage: ").rstrip()
        parser.usage = usage.replace("COMMAND ...", "[FILE | COMMAND ...]")
    return parser


def _init(args: argparse.Namespace) -> int:
    from rekindle_desktop.cli_parse import journal_folder, read_passphrase_file
    from rekindle_desktop.services import access

    passphrase = read_passphrase_file(args.passphrase_file)
    folder = journal_folder(args.journal)
    created = access.create_journal(folder, passphrase, Role(args.role))
    created.journal.close()
    print(f"Your journal is ready in {folder}.")
    print()
    print("Recovery code (shown only this once):")
    print(f"    {created.recovery_code}")
    print()
    print("Write it down and keep it somewhere safe. It opens your journal if you")
    print("ever forget your passphrase. Rekindle does not keep a copy.")
    return EXIT_OK


def _open_app(args: argparse.Namespace, started: float) -> int:
    # Qt is imported here, never for the other commands. A calm first frame goes up
    # before the rest of Rekindle is read, so a click on the launcher is answered at once.
    # First, the system libraries Qt needs: without one, Qt would end with a misleading word.
    from rekindle_desktop.window_libraries import check_window_libraries

    check_window_libraries()
    from rekindle_desktop.ui.first_frame import FirstFrame, application

    app = application(args.lang)
    frame = FirstFrame()
    frame.show_now(app)
    from rekindle_desktop.cli_parse import journal_folder, read_passphrase_file
    from rekindle_desktop.services import access, session

    folder = journal_folder(args.journal)
    smoke_passphrase: str | None = None
    early: session.EarlyUnlock | None = None
    claimed: InstanceGuard | None = None
    if not args.demo:  # the demo journal is new, and opens without a passphrase
        # The journal is claimed first: a second launch only asks the first window to come
        # forward, and never reads the keyring.
        from rekindle_desktop.ui.single_instance import claim_journal

        taken = claim_journal(folder, _file_to_open(args), quietly=args.smoke_test)
        if isinstance(taken, int):
            frame.close()
            return taken
        claimed = taken
        name = os.environ.get("REKINDLE_PASSPHRASE_FILE") if args.smoke_test else None
        if name:
            smoke_passphrase = read_passphrase_file(Path(name))
        elif access.is_remembered(folder):
            early = session.EarlyUnlock(folder)  # while the window's code loads
        elif args.smoke_test:
            claimed.release()
            raise UserFacingError(
                "--smoke-test needs a passphrase, or a journal remembered on this computer.",
                "Set REKINDLE_PASSPHRASE_FILE to a file that holds the passphrase.",
            )
    from rekindle_desktop.ui.app import GuiOptions, run_gui

    return run_gui(
        GuiOptions(
            journal_folder=folder,
            demo=args.demo,
            smoke_test=args.smoke_test,
            smoke_passphrase=smoke_passphrase,
            early_unlock=early,
            claimed=claimed,
            screenshot=args.screenshot,
            process_started=started,
            open_file=_file_to_open(args),
        ),
        first_frame=frame,
    )


def _file_to_open(args: argparse.Namespace) -> Path | None:
    """FILE made absolute here: a window already open for the journal, started
    elsewhere, may be the one handed it."""
    file: Path | None = getattr(args, "file", None)
    return Path(os.path.abspath(file)) if file is not None else None


if __name__ == "__main__":
    raise SystemExit(main())
