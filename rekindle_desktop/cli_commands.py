"""What each command of `rekindle` takes: one function per group of commands.

Building these parsers imports nothing of the journal: each command's own module
(cli_journal, cli_voice, cli_sharing, cli_report, cli_backup, cli_stopping) is read only
when that command runs. The groups are added in the order `rekindle --help` lists them.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

from rekindle_desktop.domain.role import Role

# The outcomes a person records (values of domain.entries.Outcome, which is not imported
# here: opening the window should not wait for the journal's code).
OUTCOMES = ("kept", "notice", "after", "not-kept")
# The other words the parser checks; cli_parse.refuse_word explains them from the domain.
ROLES = ("sharing", "reviewing", "both")
WANTS = ("reassurance", "answer", "space", "talk")
NOTE_ABOUT = ("check-in", "counselling", "other")
CONTACT_HOW = ("contacted", "ran-into", "got-in-touch")
STRENGTHS = ("1", "2", "3", "4", "5")

# The commands' names, so that opening the window need not build their parsers (a test
# holds this to the parser).
COMMANDS = frozenset({
    "init", "add", "outcome", "list", "pairing-code", "pair", "export", "review", "reply",
    "report", "identity", "backup", "restore", "demo", "export-readable",
    "delete", "stop-sharing", "stop-reviewing", "unpair", "trigger", "ask", "requests",
    "answer", "agreement",
})  # fmt: skip

Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def add_commands(commands: Commands, journal: argparse.ArgumentParser) -> None:
    """Every command, in the order --help lists them; `journal` gives --journal."""
    init_command(commands, journal)
    unlock = _unlock_parser(journal)
    entry_commands(commands, unlock)
    voice_commands(commands, unlock)
    record_commands(commands, unlock)
    sharing_commands(commands, unlock)
    report_command(commands, unlock)
    keeping_commands(commands, unlock, journal)
    ending_commands(commands, unlock)
    demo_command(commands)


# --- what the commands share --------------------------------------------------------------


def _one_of(words: tuple[str, ...], what: str) -> Callable[[str], str]:
    """An argparse `type` that takes one of `words` (in any case), or refuses in plain
    words, naming what each means: argparse's own "invalid choice" is not for people."""

    def word(text: str) -> str:
        cleaned = text.strip().lower()
        if cleaned in words:
            return cleaned
        from rekindle_desktop.cli_parse import refuse_word  # only for a mistake

        raise refuse_word(text, what, words)

    return word


def _strength(text: str) -> int:
    return int(_one_of(STRENGTHS, "strength")(text))


def _later(module: str, name: str) -> Callable[[argparse.Namespace], int]:
    """A command's function, imported only when that command runs: opening the window
    should not wait for every command's imports."""

    def run(args: argparse.Namespace) -> int:
        command: Callable[[argparse.Namespace], int] = getattr(
            importlib.import_module(f"rekindle_desktop.{module}"), name
        )
        return command(args)

    return run


def _unlock_parser(journal: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The options of every command that opens the journal."""
    unlock = argparse.ArgumentParser(add_help=False, parents=[journal])
    unlock.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="read the passphrase from FILE (else REKINDLE_PASSPHRASE_FILE, the keyring "
        "if remembered, or a prompt)",
    )
    return unlock


# --- init (run by cli.py itself) ----------------------------------------------------------


def init_command(commands: Commands, journal: argparse.ArgumentParser) -> None:
    init = commands.add_parser(
        "init",
        parents=[journal],
        help="set up a new journal without the app (prints the recovery code once)",
    )
    init.add_argument("--passphrase-file", type=Path, required=True, metavar="FILE")
    init.add_argument(
        "--role",
        type=_one_of(ROLES, "role"),
        default=Role.SHARING.value,
        metavar="ROLE",
        help="how you will use this journal: sharing, reviewing or both (default: sharing)",
    )


# --- add: the journal's entries (cli_journal) ---------------------------------------------


def entry_commands(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    """`add`, with one command for each kind of entry."""
    add = commands.add_parser("add", help="log an entry")
    kinds = add.add_subparsers(dest="kind", metavar="KIND", required=True)
    common = argparse.ArgumentParser(add_help=False, parents=[unlock])
    common.add_argument("--private", action="store_true", help="keep it on this computer only")
    _add_plan(kinds, common)
    _add_check_in(kinds, common)
    _add_promise(kinds, common)
    _add_words(kinds, common)
    _add_contact(kinds, common)


def _add_plan(kinds: Commands, common: argparse.ArgumentParser) -> None:
    plan = kinds.add_parser("plan", parents=[common], help="what you will do, where, with whom")
    plan.add_argument("--from", dest="starts", required=True, metavar="TIME")
    plan.add_argument("--to", dest="ends", required=True, metavar="TIME")
    plan.add_argument("--place", required=True)
    plan.add_argument("--with", dest="with_whom", default="", metavar="WHO")
    plan.add_argument("--text", default="", help="what for")
    plan.set_defaults(run=_later("cli_journal", "add_plan"))


def _add_check_in(kinds: Commands, common: argparse.ArgumentParser) -> None:
    checkin = kinds.add_parser("checkin", parents=[common], help="where you are now")
    checkin.add_argument("--place", required=True)
    checkin.add_argument("--at", default="now", metavar="TIME")
    checkin.add_argument("--text", default="", help="an optional note")
    checkin.set_defaults(run=_later("cli_journal", "add_checkin"))


def _add_promise(kinds: Commands, common: argparse.ArgumentParser) -> None:
    promise = kinds.add_parser("promise", parents=[common], help="a promise, once or repeating")
    promise.add_argument("--text", required=True)
    promise.add_argument(
        "--every", metavar="RULE", help="day, weekday, N (days), or days like mon,thu"
    )
    promise.add_argument("--from", dest="starts", default="today", metavar="DAY")
    promise.add_argument("--until", dest="ends", metavar="DAY")
    promise.set_defaults(run=_later("cli_journal", "add_promise"))


def _add_words(kinds: Commands, common: argparse.ArgumentParser) -> None:
    """The entries that are words and a time: disclosure, appreciation and note."""
    for name, about in (
        ("disclosure", "something you are choosing to be open about"),
        ("appreciation", "something you are grateful for"),
        ("note", "a note on a check-in conversation or counselling"),
    ):
        words = kinds.add_parser(name, parents=[common], help=about)
        words.add_argument("--text", required=True)
        words.add_argument("--at", default="now", metavar="TIME")
        if name == "note":
            words.add_argument(
                "--about",
                type=_one_of(NOTE_ABOUT, "about"),
                default="other",
                metavar="WHAT",
                help="check-in, counselling or other (default: other)",
            )
        words.set_defaults(run=_later("cli_journal", "add_words"))


def _add_contact(kinds: Commands, common: argparse.ArgumentParser) -> None:
    contact = kinds.add_parser(
        "contact", parents=[common], help="tell about a contact, soon: no names needed"
    )
    contact.add_argument("--text", required=True, help="as much as you choose to say")
    contact.add_argument("--at", default="now", metavar="TIME", help="when it happened")
    contact.add_argument(
        "--how",
        type=_one_of(CONTACT_HOW, "how"),
        default="contacted",
        metavar="HOW",
        help="contacted (I was contacted by), ran-into (I ran into) or got-in-touch "
        "(I got in touch with); default: contacted",
    )
    contact.set_defaults(run=_later("cli_journal", "add_contact"))


# --- the hurt partner's voice (cli_voice) -------------------------------------------------


def voice_commands(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    """trigger, ask, requests, answer and agreement."""
    _trigger(commands, unlock)
    _ask(commands, unlock)
    listing = commands.add_parser(
        "requests", parents=[unlock], help="requests made or received, and how soon answered"
    )
    listing.add_argument("--json", action="store_true", help="one JSON document, for scripts")
    listing.set_defaults(run=_later("cli_voice", "list_requests"))
    _answer(commands, unlock)
    _agreement(commands, unlock)


def _trigger(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    trigger = commands.add_parser(
        "trigger",
        parents=[unlock],
        help="keep a moment that brought it all back (yours alone unless you --send it)",
    )
    trigger.add_argument("--text", required=True, help="what brought it up")
    trigger.add_argument(
        "--strength",
        type=_strength,
        default=3,
        metavar="1-5",
        help="1 a passing moment … 5 overwhelming (default 3, hard)",
    )
    trigger.add_argument(
        "--wants",
        type=_one_of(WANTS, "wants"),
        default="reassurance",
        metavar="WHAT",
        help="what would help: reassurance, answer, space or talk (default: reassurance)",
    )
    trigger.add_argument("--at", default="now", metavar="TIME", help="when it came up")
    trigger.add_argument(
        "--send", action="store_true", help="ask your partner: your next reply carries it"
    )
    trigger.set_defaults(run=_later("cli_voice", "trigger"))


def _ask(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    ask = commands.add_parser(
        "ask", parents=[unlock], help="ask your partner something; your next reply carries it"
    )
    ask.add_argument("--text", required=True)
    ask.add_argument(
        "--wants",
        type=_one_of(WANTS, "wants"),
        default="answer",
        metavar="WHAT",
        help="what would help: reassurance, answer, space or talk (default: answer)",
    )
    ask.set_defaults(run=_later("cli_voice", "ask"))


def _answer(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    answer = commands.add_parser(
        "answer", parents=[unlock], help="answer your partner's request, in words"
    )
    answer.add_argument("request_id", type=int, metavar="REQUEST_ID")
    how = answer.add_mutually_exclusive_group(required=True)
    how.add_argument("--text", help="your answer")
    how.add_argument(
        "--at-check-in", action="store_true", help="talk about it at your next check-in"
    )
    answer.set_defaults(run=_later("cli_voice", "answer"))


def _agreement(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    agreement = commands.add_parser(
        "agreement",
        parents=[unlock],
        help="write the next version of your agreement (it needs an end: --until DAY)",
    )
    agreement.add_argument(
        "--until", metavar="DAY", help="sharing stops then, unless you agree a new version"
    )
    agreement.add_argument(
        "--review-on", metavar="DAY", help="when to look at it again (default: --until)"
    )
    agreement.add_argument(
        "--every", type=int, default=7, metavar="DAYS", help="check-in talks (default 7)"
    )
    agreement.add_argument(
        "--share", metavar="KINDS", help="what is shared, comma-separated (default: all)"
    )
    agreement.add_argument("--boundaries", default="", metavar="TEXT")
    agreement.add_argument(
        "--step",
        action="append",
        default=[],
        metavar="W;T;CHANGE",
        help="a step down: after W weeks with the trend at T or more, e.g. "
        '"8;70;daily check-ins become a weekly summary" (repeatable)',
    )
    agreement.add_argument(
        "--yes", action="store_true", help="you have both talked it through and agree"
    )
    agreement.set_defaults(run=_later("cli_voice", "agreement"))


# --- outcomes and the list (cli_journal) --------------------------------------------------


def record_commands(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    """outcome and list: how things turned out, and what the journal holds."""
    outcome = commands.add_parser(
        "outcome", parents=[unlock], help="say how a plan or promise turned out"
    )
    outcome.add_argument("entry_id", type=int, metavar="ENTRY_ID")
    outcome.add_argument(
        "result",
        type=_one_of(OUTCOMES, "outcome"),
        metavar="OUTCOME",
        help="kept, notice (changed, with notice beforehand), after (changed, told "
        "afterwards) or not-kept",
    )
    outcome.add_argument("--day", metavar="DAY", help="which day of a promise (default: today)")
    outcome.add_argument("--why", default="", metavar="TEXT")
    outcome.set_defaults(run=_later("cli_journal", "record_outcome"))

    listing = commands.add_parser("list", parents=[unlock], help="show the journal's entries")
    listing.add_argument("--json", action="store_true", help="one JSON document, for scripts")
    listing.set_defaults(run=_later("cli_journal", "list_entries"))


# --- sharing (cli_sharing) ----------------------------------------------------------------


def sharing_commands(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    """pairing-code, pair, export, review and reply."""
    code = commands.add_parser(
        "pairing-code", parents=[unlock], help="show this journal's pairing code"
    )
    code.set_defaults(run=_later("cli_sharing", "show_pairing_code"))
    _pair(commands, unlock)
    _export(commands, unlock)
    _review(commands, unlock)
    _reply(commands, unlock)


def _pair(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    pair = commands.add_parser("pair", parents=[unlock], help="pair with your partner's code")
    pair.add_argument("code", metavar="CODE")
    pair.add_argument(
        "--yes",
        action="store_true",
        help="you have both compared the safety phrase in person and it matches",
    )
    pair.add_argument(
        "--new-pairing",
        action="store_true",
        help="your partner's keys changed (a new install): pair again as a new pairing; "
        "what you have from the earlier pairing is kept, marked as earlier",
    )
    pair.set_defaults(run=_later("cli_sharing", "pair"))


def _export(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    export = commands.add_parser("export", parents=[unlock], help="write a timeline file")
    export.add_argument("--out", type=Path, required=True, metavar="FILE")
    export.add_argument("--show", action="store_true", help="list every entry that is added")
    export.set_defaults(run=_later("cli_sharing", "export"))


def _review(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    review = commands.add_parser(
        "review", parents=[unlock], help="check and accept your partner's timeline file"
    )
    review.add_argument("file", type=Path, metavar="FILE")
    review.add_argument("--json", action="store_true", help="the verdict as JSON, for scripts")
    review.set_defaults(run=_later("cli_sharing", "review"))


def _reply(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    reply = commands.add_parser(
        "reply", parents=[unlock], help="tell your partner how far you have read"
    )
    reply.add_argument("--out", type=Path, required=True, metavar="FILE")
    reply.add_argument(
        "--agenda",
        action="append",
        default=[],
        metavar="TEXT",
        help="an item for the next check-in (repeatable)",
    )
    reply.add_argument(
        "--share-feelings",
        action="store_true",
        help="include your latest Safety/Trust/Connection ratings (off unless you ask)",
    )
    reply.add_argument(
        "--agree",
        action="store_true",
        help="agree to the latest version of your agreement in the record you reviewed",
    )
    reply.set_defaults(run=_later("cli_sharing", "reply"))


# --- the counsellor report (cli_report) ---------------------------------------------------


def report_command(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    report = commands.add_parser(
        "report",
        parents=[unlock],
        help="save a PDF report for a counselling session (private entries never included)",
    )
    report.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    report.add_argument(
        "--from", dest="first_day", metavar="DAY", help="first day (default: 12 weeks before --to)"
    )
    report.add_argument("--to", dest="last_day", default="today", metavar="DAY")
    report.add_argument(
        "--sections", metavar="LIST", help="which parts, comma-separated (default: all of them)"
    )
    report.add_argument(
        "--kinds",
        metavar="LIST",
        help="entry kinds for the entries part, comma-separated (default: disclosures, "
        "appreciations, notes and contact disclosures; a name Rekindle doesn't know lists "
        "the others)",
    )
    report.add_argument(
        "--partner",
        action="store_true",
        help="report on your partner's timeline as you accepted it (the default for a "
        "journal that only reviews)",
    )
    report.set_defaults(run=_later("cli_report", "make_report"))


# --- keeping a journal: its keys, backups, a readable copy (cli_sharing, cli_backup) -------


def keeping_commands(
    commands: Commands, unlock: argparse.ArgumentParser, journal: argparse.ArgumentParser
) -> None:
    """identity, backup, export-readable and restore."""
    identity = commands.add_parser("identity", parents=[unlock], help="this journal's keys")
    identity.add_argument(
        "--export-age-identity",
        type=Path,
        required=True,
        metavar="FILE",
        help="write the age identity, to read your timeline files with the age tool",
    )
    identity.set_defaults(run=_later("cli_sharing", "export_identity"))

    backup = commands.add_parser(
        "backup", parents=[unlock], help="write an encrypted, checked backup of the journal"
    )
    backup.add_argument("--out", type=Path, required=True, metavar="FILE")
    backup.set_defaults(run=_later("cli_backup", "make_backup"))
    _readable_copy(commands, unlock)
    _restore(commands, journal)


def _readable_copy(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    readable = commands.add_parser(
        "export-readable",
        parents=[unlock],
        help="write a readable, unencrypted copy of your own entries (JSON and a web page)",
    )
    readable.add_argument("--out", type=Path, required=True, metavar="DIR")
    readable.add_argument(
        "--include-private", action="store_true", help="include private entries (off unless asked)"
    )
    readable.set_defaults(run=_later("cli_backup", "make_readable_copy"))


def _restore(commands: Commands, journal: argparse.ArgumentParser) -> None:
    """Into a folder without a journal: no passphrase to ask for first."""
    restore = commands.add_parser(
        "restore", parents=[journal], help="restore a backup into a folder without a journal"
    )
    restore.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")
    restore.add_argument(
        "--beside",
        action="store_true",
        help="if the folder holds a journal, leave it as it is and restore next to it",
    )
    restore.set_defaults(run=_later("cli_backup", "restore"))


# --- ending: deleting, stopping, unpairing (cli_journal, cli_stopping) --------------------


def ending_commands(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    """delete, stop-sharing, stop-reviewing and unpair."""
    delete = commands.add_parser(
        "delete",
        parents=[unlock],
        help="delete your own journal for good (backups are not touched)",
    )
    delete.add_argument(
        "--confirm",
        metavar="WORDS",
        help='the words "delete my journal", for when there is no terminal to type them in',
    )
    delete.set_defaults(run=_later("cli_journal", "delete_journal"))
    _stop_sharing(commands, unlock)
    _stop_reviewing(commands, unlock)
    unpair = commands.add_parser(
        "unpair", parents=[unlock], help="end pairing on your side, without a last file"
    )
    unpair.add_argument("--yes", action="store_true", help="don't ask first")
    unpair.set_defaults(run=_later("cli_stopping", "unpair"))


def _stop_sharing(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    stop = commands.add_parser(
        "stop-sharing",
        parents=[unlock],
        help="stop sharing with your partner, now (a last file tells them, if you wish)",
    )
    stop.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="write a last timeline file there that says sharing has ended (default: your "
        "automatic sharing folder if you chose one, else no file)",
    )
    stop.add_argument("--message", default="", metavar="TEXT", help="a few words of your own")
    stop.add_argument("--yes", action="store_true", help="don't ask first")
    stop.set_defaults(run=_later("cli_stopping", "stop_sharing"))


def _stop_reviewing(commands: Commands, unlock: argparse.ArgumentParser) -> None:
    stop_reviewing = commands.add_parser(
        "stop-reviewing",
        parents=[unlock],
        help="stop reviewing your partner's timeline (what you reviewed stays)",
    )
    stop_reviewing.add_argument(
        "--reply", type=Path, metavar="FILE", help="write a last reply there that tells them"
    )
    stop_reviewing.add_argument("--yes", action="store_true", help="don't ask first")
    stop_reviewing.set_defaults(run=_later("cli_stopping", "stop_reviewing"))


# --- the demo (cli_journal) ---------------------------------------------------------------


def demo_command(commands: Commands) -> None:
    demo = commands.add_parser("demo", help="write a made-up pair of journals to try things out")
    demo.add_argument("path", type=Path, metavar="PATH")
    demo.add_argument("--days", type=int, default=120)
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--busy", action="store_true", help="errands all day: ~25 entries a day (for benchmarks)"
    )
    demo.add_argument("--passphrase-file", type=Path, metavar="FILE")
    demo.set_defaults(run=_later("cli_journal", "write_demo"))
