"""The `rekindle` command: opens the app, or does one job from the command line.

A thin face over services/. Qt is imported only when a window is wanted.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from rekindle_desktop import __version__
from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.paths import default_journal_folder
from rekindle_desktop.services import access

EXIT_OK = 0
EXIT_USER_ERROR = 1
EXIT_USAGE = 2


def main(argv: Sequence[str] | None = None) -> int:
    started = time.perf_counter()
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "init":
            return _init(args)
        return _open_app(args, started)
    except UserFacingError as exc:
        print(f"rekindle: {exc.message}", file=sys.stderr)
        if exc.next_step:
            print(f"  {exc.next_step}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return EXIT_USER_ERROR


def _parser() -> argparse.ArgumentParser:
    journal = argparse.ArgumentParser(add_help=False)
    journal.add_argument(
        "--journal",
        type=Path,
        metavar="PATH",
        help="the journal folder (default: your user data folder)",
    )
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
        "--smoke-test",
        action="store_true",
        help="unlock with the passphrase in the file named by REKINDLE_PASSPHRASE_FILE, "
        "paint the main window, print startup timings as one JSON line and exit",
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="PNG", help="with --smoke-test: save a screenshot"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    init = commands.add_parser(
        "init",
        parents=[journal],
        help="set up a new journal without the app (prints the recovery code once)",
    )
    init.add_argument("--passphrase-file", type=Path, required=True, metavar="FILE")
    init.add_argument(
        "--role",
        choices=[r.value for r in Role],
        default=Role.SHARING.value,
        help="how you will use this journal (default: sharing)",
    )
    return parser


def _journal_folder(args: argparse.Namespace) -> Path:
    folder: Path | None = args.journal
    return (folder or default_journal_folder()).expanduser()


def _init(args: argparse.Namespace) -> int:
    passphrase = read_passphrase_file(args.passphrase_file)
    folder = _journal_folder(args)
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
    smoke_passphrase: str | None = None
    if args.smoke_test:
        name = os.environ.get("REKINDLE_PASSPHRASE_FILE")
        if not name:
            raise UserFacingError(
                "--smoke-test needs a passphrase.",
                "Set REKINDLE_PASSPHRASE_FILE to a file that holds it.",
            )
        smoke_passphrase = read_passphrase_file(Path(name))
    # Imported here so the command line never loads Qt when it does not need it.
    from rekindle_desktop.ui.app import GuiOptions, run_gui

    return run_gui(
        GuiOptions(
            journal_folder=_journal_folder(args),
            demo=args.demo,
            smoke_test=args.smoke_test,
            smoke_passphrase=smoke_passphrase,
            screenshot=args.screenshot,
            process_started=started,
        )
    )


def read_passphrase_file(path: Path) -> str:
    """The passphrase in a file, without its final line break."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserFacingError(
            f"The passphrase file {path} could not be read.",
            "Check the file name and that it is plain text.",
        ) from exc
    return text.removesuffix("\n").removesuffix("\r")


if __name__ == "__main__":
    raise SystemExit(main())
