"""`rekindle report`: the counsellor report as a PDF, from the command line. Thin over services/."""

from __future__ import annotations

import argparse
from datetime import timedelta
from pathlib import Path
from typing import TypeVar

from rekindle_desktop.cli_parse import parse_day
from rekindle_desktop.domain.entries import LOGGABLE_KINDS, EntryKind
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import report
from rekindle_desktop.services.clock import system_clock
from rekindle_desktop.store import settings

ALL_SECTIONS = ",".join(s.value for s in report.Section)
DEFAULT_KINDS = ",".join(k.value for k in LOGGABLE_KINDS if k in report.DEFAULT_KINDS)


def add_report_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    unlock_parent: argparse.ArgumentParser,
) -> None:
    """Add `report` to the subcommands; `unlock_parent` gives --journal and --passphrase-file."""
    parser = commands.add_parser(
        "report",
        parents=[unlock_parent],
        help="save a PDF report for a counselling session (private entries never included)",
    )
    parser.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    parser.add_argument(
        "--from",
        dest="first_day",
        metavar="DAY",
        help=f"first day (default: {report.DEFAULT_WEEKS} weeks before --to)",
    )
    parser.add_argument("--to", dest="last_day", default="today", metavar="DAY")
    parser.add_argument(
        "--sections",
        default=ALL_SECTIONS,
        metavar="LIST",
        help=f"which parts, comma-separated (default: {ALL_SECTIONS})",
    )
    parser.add_argument(
        "--kinds",
        default=DEFAULT_KINDS,
        metavar="LIST",
        help="entry kinds for the entries part: "
        + ",".join(k.value for k in LOGGABLE_KINDS)
        + f" (default: {DEFAULT_KINDS})",
    )
    parser.add_argument(
        "--partner",
        action="store_true",
        help="report on your partner's timeline as you accepted it (the default for a "
        "journal that only reviews)",
    )
    parser.set_defaults(run=make_report)


def make_report(args: argparse.Namespace) -> int:
    from rekindle_desktop.cli_journal import unlock  # only when a report is made

    sections = _choices(args.sections, report.Section, "part")
    kinds = _choices(args.kinds, EntryKind, "kind of entry", allowed=LOGGABLE_KINDS)
    clock = system_clock()
    today = clock.now_utc().astimezone(clock.zone).date()
    last_day = parse_day(args.last_day, today)
    first_day = (
        parse_day(args.first_day, today)
        if args.first_day
        else last_day - timedelta(days=7 * report.DEFAULT_WEEKS - 1)
    )
    with unlock(args) as journal:
        reviewed = args.partner or not journal.get(settings.ROLE).shares
        source = (
            report.reviewer_source(journal, clock)
            if reviewed
            else report.sharer_source(journal, clock)
        )
        content = report.build_report(
            source, first_day=first_day, last_day=last_day, sections=sections, kinds=kinds
        )
    # Qt is loaded only now, and only to lay out the PDF: no window opens.
    from rekindle_desktop.ui.report_pdf import ensure_gui, save_report_pdf

    app = ensure_gui()
    save_report_pdf(content, args.out)
    del app
    print(
        f"Saved the report on {content.whose}, {first_day:%d %b %Y} to {last_day:%d %b %Y}, "
        f"to {args.out}. Private entries are not in it."
    )
    return 0


E = TypeVar("E", report.Section, EntryKind)


def _choices(text: str, enum: type[E], what: str, allowed: tuple[E, ...] | None = None) -> list[E]:
    found = []
    for word in (w.strip().lower() for w in text.split(",")):
        if not word:
            continue
        value = next((v for v in enum if v.value == word), None)
        if value is None or (allowed is not None and value not in allowed):
            names = ", ".join(v.value for v in (allowed or tuple(enum)))
            raise UserFacingError(f"'{word}' isn't a {what} Rekindle knows.", f"Use: {names}.")
        found.append(value)
    return found


def main(argv: list[str] | None = None) -> int:
    """`python -m rekindle_desktop.cli_report report …`: the command on its own, until
    cli.py adds it (the same options and the same way of saying what went wrong)."""
    import sys

    journal = argparse.ArgumentParser(add_help=False)
    journal.add_argument("--journal", type=Path, metavar="PATH")
    journal.add_argument("--passphrase-file", type=Path, metavar="FILE")
    parser = argparse.ArgumentParser(prog="rekindle")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    add_report_command(commands, journal)
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except UserFacingError as exc:
        print(f"rekindle: {exc.message}", file=sys.stderr)
        if exc.next_step:
            print(f"  {exc.next_step}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
