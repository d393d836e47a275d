"""The journal commands of `rekindle`: add, outcome, list, demo. Thin over services/."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import shlex
import sys
from collections.abc import Callable
from pathlib import Path

from rekindle_desktop.cli_parse import (
    journal_folder,
    parse_day,
    parse_moment,
    parse_rule,
    read_passphrase_file,
)
from rekindle_desktop.domain.entries import (
    Body,
    CheckIn,
    Contact,
    ContactHow,
    Draft,
    EntryKind,
    NoteAbout,
    Outcome,
    Plan,
    Promise,
    Words,
    body_to_json,
)
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.errors import KeyringUnavailable, UserFacingError
from rekindle_desktop.services import access, deletion, demo, session
from rekindle_desktop.services.clock import Clock, system_clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.store.journal import Journal

NOTE_ABOUT = {
    "check-in": NoteAbout.CHECK_IN_TALK,
    "counselling": NoteAbout.COUNSELLING,
    "other": NoteAbout.OTHER,
}


def unlock(args: argparse.Namespace) -> Journal:
    """Passphrase file, then REKINDLE_PASSPHRASE_FILE, then the keyring, then a prompt;
    but first, a folder that holds no journal is said to, and nothing is asked."""
    folder = journal_folder(args.journal)
    require_journal(folder, named=args.journal is not None)
    given: Path | None = getattr(args, "passphrase_file", None)
    env = os.environ.get("REKINDLE_PASSPHRASE_FILE")
    if given or env:
        return access.unlock_with_passphrase(folder, read_passphrase_file(given or Path(env or "")))
    if access.is_remembered(folder):
        try:
            return access.unlock_with_keyring(folder)
        except KeyringUnavailable as exc:
            print(f"rekindle: {exc.message}", file=sys.stderr)
    if not sys.stdin.isatty():
        raise UserFacingError(
            "Rekindle needs your passphrase to open this journal.",
            "Pass --passphrase-file FILE or set REKINDLE_PASSPHRASE_FILE.",
        )
    return access.unlock_with_passphrase(folder, getpass.getpass("Passphrase: "))


def require_journal(folder: Path, *, named: bool) -> None:
    """Refuses, in plain words, a folder that holds no journal (`named`: given with
    --journal, rather than the usual folder), naming any journals one level down."""
    try:
        if session.journal_exists(folder):
            return
        inside = _journals_inside(folder)
    except OSError:
        return  # unlocking says what is wrong with the folder
    if inside:
        step = (
            "Journals are in " + " and ".join(str(p) for p in inside) + ": name one with --journal."
        )
    elif named:
        step = (
            f"Check the folder's name, or set up a new journal there with: "
            f"rekindle init --journal {shlex.quote(str(folder))} --passphrase-file FILE"
        )
    else:
        step = (
            "Set one up by opening Rekindle, or with: rekindle init --passphrase-file FILE. "
            "If your journal is in another folder, name it with --journal FOLDER."
        )
    raise UserFacingError(f"There is no Rekindle journal in {folder}.", step)


def _journals_inside(folder: Path, most: int = 3) -> list[Path]:
    if not folder.is_dir():
        return []
    found = sorted(p for p in folder.iterdir() if p.is_dir() and session.journal_exists(p))
    return found[:most]


Build = Callable[[Clock], tuple[Moment, Body]]


def _save(args: argparse.Namespace, kind: EntryKind, build: Build) -> int:
    clock = system_clock()
    happened, body = build(clock)
    with unlock(args) as journal:
        entry = JournalLog(journal, clock).add(Draft(kind, happened, body, args.private))
    print(f"Saved {kind.label.lower()} as entry {entry.id}.")
    return 0


def add_plan(args: argparse.Namespace) -> int:
    def build(clock: Clock) -> tuple[Moment, Body]:
        now = clock.now_utc()
        starts = parse_moment(args.starts, clock.zone, now)
        ends = parse_moment(args.ends, clock.zone, now)
        return starts, Plan(starts, ends, args.place, args.with_whom, args.text)

    return _save(args, EntryKind.PLAN, build)


def add_checkin(args: argparse.Namespace) -> int:
    def build(clock: Clock) -> tuple[Moment, Body]:
        return parse_moment(args.at, clock.zone, clock.now_utc()), CheckIn(args.place, args.text)

    return _save(args, EntryKind.CHECK_IN, build)


def add_promise(args: argparse.Namespace) -> int:
    def build(clock: Clock) -> tuple[Moment, Body]:
        today = clock.now_utc().astimezone(clock.zone).date()
        starts = parse_day(args.starts, today)
        ends = parse_day(args.ends, today) if args.ends else None
        return clock.now(), Promise(args.text, parse_rule(args.every, starts, ends))

    return _save(args, EntryKind.PROMISE, build)


def add_words(args: argparse.Namespace) -> int:
    kind = EntryKind(args.kind)
    about = NOTE_ABOUT[args.about] if kind is EntryKind.NOTE else None

    def build(clock: Clock) -> tuple[Moment, Body]:
        return parse_moment(args.at, clock.zone, clock.now_utc()), Words(args.text, about)

    return _save(args, kind, build)


def add_contact(args: argparse.Namespace) -> int:
    def build(clock: Clock) -> tuple[Moment, Body]:
        happened = parse_moment(args.at, clock.zone, clock.now_utc())
        return happened, Contact(ContactHow(args.how), args.text)

    return _save(args, EntryKind.CONTACT, build)


def record_outcome(args: argparse.Namespace) -> int:
    clock = system_clock()
    with unlock(args) as journal:
        log = JournalLog(journal, clock)
        target = log.ledger.entries.get(args.entry_id)
        day = None
        if target is not None and target.kind is EntryKind.PROMISE:
            today = clock.now_utc().astimezone(clock.zone).date()
            day = parse_day(args.day or "today", today)
        outcome = Outcome(args.result)
        entry = log.record_outcome(args.entry_id, outcome, day, args.why)
    print(f"Recorded '{outcome.label}' for entry {args.entry_id} (entry {entry.id}).")
    return 0


def list_entries(args: argparse.Namespace) -> int:
    clock = system_clock()
    with unlock(args) as journal:
        log = JournalLog(journal, clock)
        ledger = log.ledger
        if args.json:
            document = [
                {
                    "id": e.id,
                    "kind": e.kind.value,
                    "happened": e.happened.as_recorded().isoformat(),
                    "logged": e.logged.as_recorded().isoformat(),
                    "private": e.private,
                    "withdrawn": ledger.is_retracted(e.id),
                    "corrected": ledger.is_amended(e.id),
                    "body": body_to_json(e.body),
                }
                for e in ledger.entries.values()
            ]
            json.dump(document, sys.stdout, ensure_ascii=False, indent=1)
            print()
            return 0
        rows = log.timeline()
    if not rows:
        print("This journal has no entries yet. Add one with: rekindle add plan|checkin|…")
    day = None
    for row in rows:
        if row.day != day:
            day = row.day
            print(f"\n{row.day:%A %d %B %Y}")
        indent = "      ↳ " if row.beside else "  "
        outcome = f"  [{row.outcome.label}]" if row.outcome else ""
        markers = f"  ({', '.join(sorted(row.markers))})" if row.markers else ""
        print(f"{indent}#{row.entry_id:<5} {row.time_text:<12} {row.title}{outcome}{markers}")
    return 0


def write_demo(args: argparse.Namespace) -> int:
    passphrase = demo.DEMO_PASSPHRASE
    if args.passphrase_file:
        passphrase = read_passphrase_file(args.passphrase_file)
    if not 1 <= args.days <= 36500:
        raise UserFacingError("--days must be between 1 and 36500.")
    try:
        sharer, reviewer = demo.create_demo(
            args.path,
            passphrase,
            days=args.days,
            seed=args.seed,
            clock=system_clock(),
            busy=args.busy,
        )
    except demo.DemoInTheWay as exc:
        exc.next_step += " For example: rekindle demo ~/rekindle-demo"
        raise
    print(f"Demo journals written: {sharer} (sharing) and {reviewer} (reviewing).")
    print("They are paired, and the reviewer has accepted one timeline file.")
    if not args.passphrase_file:
        print(f"Their passphrase is: {demo.DEMO_PASSPHRASE}")
    print(f"Open one with: rekindle --journal {sharer}")
    return 0


def delete_journal(args: argparse.Namespace) -> int:
    """Delete your own journal, once you have unlocked it and typed that you mean it."""
    require_journal(journal_folder(args.journal), named=args.journal is not None)
    if args.confirm is None and not sys.stdin.isatty():
        raise UserFacingError(
            "Deleting a journal needs you to type that you mean it, and there is no "
            "terminal to type in. Nothing was deleted.",
            f'Run it in a terminal, or add --confirm "{deletion.DELETE_PHRASE}".',
        )
    with unlock(args) as journal:
        folder = journal.folder.path
        typed = args.confirm
        if typed is None:
            print(f"This deletes your journal in {folder}: every entry, the pairing with")
            print("your partner, what you accepted from them, and the key this computer")
            print("remembers. Backups and files you already shared are not touched, and your")
            print("partner's own copy stays theirs. It can't be undone without a backup.")
            print()
            try:
                typed = input(f'To delete it, type "{deletion.DELETE_PHRASE}": ')
            except EOFError:
                typed = ""
        deleted = deletion.delete_journal(journal, typed)
    print(f"Your journal in {folder} is deleted.")
    if deleted.left_alone:
        names = ", ".join(deleted.left_alone[:5]) + (", …" if len(deleted.left_alone) > 5 else "")
        print(f"The folder itself was kept, with what else you keep there: {names}.")
    if deleted.keyring_note:
        print(deleted.keyring_note)
    print("Backups you made are as they were. To start again: rekindle init, or open the app.")
    return 0
