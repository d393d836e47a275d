"""The backup commands of `rekindle`: backup, restore and export-readable.

Thin over services/backup.py and services/readable_copy.py."""

from __future__ import annotations

import argparse

from rekindle_desktop.cli_journal import unlock
from rekindle_desktop.cli_parse import journal_folder
from rekindle_desktop.services import backup, readable_copy
from rekindle_desktop.services.clock import system_clock


def make_backup(args: argparse.Namespace) -> int:
    with unlock(args) as journal:
        made = backup.make_backup(journal, args.out)
    entries = "1 entry" if made.entries == 1 else f"{made.entries} entries"
    print(f"Backed up {entries} to {made.path}.")
    print("It was checked by reading it back. It opens with the passphrase or recovery")
    print("code your journal has now, so keep it somewhere safe, away from this computer.")
    return 0


def restore(args: argparse.Namespace) -> int:
    folder = journal_folder(args.journal)
    try:
        restored = backup.restore(args.source, folder, beside=args.beside)
    except backup.JournalInTheWay as exc:
        exc.next_step += " Add --beside to restore it into a new folder next to this one."
        raise
    if restored.beside is not None:
        print(f"The journal in {restored.beside} was left exactly as it was.")
        print(restored.comparison or "")
    print(f"Restored the backup made {backup.when_text(restored.made)} into {restored.folder}.")
    print("It opens with the passphrase or recovery code the journal had back then.")
    print("Anything written after the backup was made is not in it. If you share timeline")
    print("files, your partner's Rekindle will see that the history changed, and say so.")
    return 0


def make_readable_copy(args: argparse.Namespace) -> int:
    with unlock(args) as journal:
        made = readable_copy.write_readable_copy(
            journal, args.out, system_clock(), include_private=args.include_private
        )
    entries = "1 entry" if made.entries == 1 else f"{made.entries} entries"
    if made.replaced:
        print("The earlier readable copy there was replaced.")
    print(f"Wrote {entries} to {made.html_path} (open it in any browser)")
    print(f"and {made.json_path}.")
    print("Private entries are included." if made.private_included else "Private entries are not.")
    print("This copy is not encrypted: anyone who can open these files can read them.")
    print("Keep them somewhere only you can reach, and delete them when you are done.")
    return 0
