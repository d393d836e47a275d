"""The commands that end sharing: stop-sharing, stop-reviewing and unpair.

Each works alone, for the person who runs it, and says exactly what it did and what it
did not do (whether the partner will be told).
"""

from __future__ import annotations

import argparse
import sys

from rekindle_desktop.cli_journal import unlock
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import stopping
from rekindle_desktop.services.clock import system_clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.sharing import AUTO_EXPORT_NAME


def stop_sharing(args: argparse.Namespace) -> int:
    with unlock(args) as journal:
        if not stopping.is_sharing(journal):
            print("You aren't sharing with anyone at the moment. Nothing changed.")
            return 0
        out = args.out
        folder = stopping.last_file_folder(journal)
        if out is None and folder is not None:
            out = folder / AUTO_EXPORT_NAME  # where the partner already picks files up
        if not _confirmed(
            args,
            "Stop sharing now? "
            + (
                f"A last file for your partner will be written to {out}."
                if out
                else "No file will be written, so your partner won't be told by Rekindle."
            ),
        ):
            print("Nothing changed: you are still sharing.")
            return 1
        stopped = stopping.stop_sharing(
            JournalLog(journal, system_clock()), last_file=out, words=args.message
        )
    print(stopped.message)
    return 0


def stop_reviewing(args: argparse.Namespace) -> int:
    with unlock(args) as journal:
        if not stopping.is_reviewing(journal):
            print("You aren't reviewing anyone's timeline at the moment. Nothing changed.")
            return 0
        question = "Stop reviewing now? " + (
            f"A last reply for your partner will be written to {args.reply}."
            if args.reply
            else "No reply will be written, so your partner won't be told by Rekindle."
        )
        if not _confirmed(args, question):
            print("Nothing changed: you are still reviewing.")
            return 1
        stopped = stopping.stop_reviewing(journal, last_reply=args.reply)
    print(stopped.message)
    return 0


def unpair(args: argparse.Namespace) -> int:
    with unlock(args) as journal:
        if not (stopping.is_sharing(journal) or stopping.is_reviewing(journal)):
            print("This journal isn't paired with anyone. Nothing changed.")
            return 0
        if not _confirmed(
            args,
            "Unpair now? No file is written, so your partner won't be told by Rekindle. "
            "What each of you has stays.",
        ):
            print("Nothing changed: you are still paired.")
            return 1
        said = stopping.unpair(journal)
    for line in said:
        print(line)
    print("What you had stays here. To share or review again one day, pair again.")
    return 0


def _confirmed(args: argparse.Namespace, question: str) -> bool:
    print(question)
    if args.yes:
        return True
    if not sys.stdin.isatty():
        raise UserFacingError(
            "Nothing changed: this needs a yes from you.",
            "Run it at a terminal to answer, or add --yes.",
        )
    return input("Go ahead? [y/N] ").strip().lower() in ("y", "yes")
