"""`rekindle report`: the counsellor report as a PDF, from the command line. Thin over services/.

The command's options are in cli_commands.py, so that building the parser imports none of this.
"""

from __future__ import annotations

import argparse
from datetime import timedelta

from rekindle_desktop.cli_parse import parse_choices, parse_day
from rekindle_desktop.domain.entries import LOGGABLE_KINDS, EntryKind
from rekindle_desktop.services import report
from rekindle_desktop.services.clock import system_clock
from rekindle_desktop.store import settings


def make_report(args: argparse.Namespace) -> int:
    from rekindle_desktop.cli_journal import unlock  # only when a report is made

    sections = (
        parse_choices(args.sections, report.Section, "part")
        if args.sections
        else list(report.Section)
    )
    kinds = (
        parse_choices(args.kinds, EntryKind, "kind of entry", allowed=LOGGABLE_KINDS)
        if args.kinds
        else [k for k in LOGGABLE_KINDS if k in report.DEFAULT_KINDS]
    )
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
    # The report's own days: it starts no earlier than the record does.
    days = f"{report.day_text(content.first_day)} to {report.day_text(content.last_day)}"
    print(
        f"Saved the report on {content.whose}, {days}, to {args.out}. "
        "Private entries are not in it."
    )
    return 0
