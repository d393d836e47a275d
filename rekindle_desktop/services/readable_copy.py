"""A readable copy of a journal's own entries: one JSON file and one HTML page, unencrypted.

Made only when the person asks, for them to keep ("take your words with you"). Private
entries go in only when they choose. docs/FORMAT.md, "Readable copies", describes the
folder, and says that this is not a timeline file and is not encrypted. Its words are in
the reader's language (`words`, see domain/words.py), marked for translators in
ui/report_words.py; the JSON's keys and values are the format's, the same in every language.
"""

from __future__ import annotations

import contextlib
import html
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from pathlib import Path
from typing import Any

from rekindle_desktop.domain.entries import (
    Agreement,
    Amend,
    Entry,
    EntryKind,
    OutcomeRecord,
    Plan,
    Retract,
    body_to_json,
)
from rekindle_desktop.domain.entries import Words as Written
from rekindle_desktop.domain.ledger import Ledger
from rekindle_desktop.domain.safe_text import EXPLICIT_BIDI, for_window
from rekindle_desktop.domain.words import ENGLISH, Words
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.records import Records
from rekindle_desktop.services.report_html import language_of
from rekindle_desktop.store import entries
from rekindle_desktop.store.files import write_atomically
from rekindle_desktop.store.journal import Journal

FORMAT = "rekindle-readable-copy"
VERSION = 1
JSON_NAME = "rekindle-journal.json"
HTML_NAME = "rekindle-journal.html"
NOT_ENCRYPTED = (
    "This copy is not encrypted. Anyone who can open these files can read every word "
    "in them. Keep them somewhere only you can reach, and delete them when you no "
    "longer need them."
)
# The HTML page says what made it, so a later copy knows it may replace it.
_HTML_MARK = f'<meta name="generator" content="{FORMAT}">'
# Characters JSON allows raw in a string that could reorder or hide text in an editor
# or a terminal: written as \\u escapes instead, which read back as the same text.
_JSON_ESCAPED = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

_NO_ISOLATES = dict.fromkeys(map(ord, EXPLICIT_BIDI))


@dataclass(frozen=True)
class ReadableCopy:
    folder: Path
    json_path: Path
    html_path: Path
    entries: int
    private_included: bool
    replaced: bool  # an earlier readable copy in the folder was replaced


def write_readable_copy(
    journal: Journal,
    folder: Path,
    clock: Clock,
    *,
    include_private: bool = False,
    words: Words = ENGLISH,
) -> ReadableCopy:
    """Write JSON and HTML into `folder`, atomically and 0600; private entries only if asked."""
    own = list(entries.all_entries(journal.conn))
    return write_entries_copy(
        journal.journal_id, own, folder, clock, include_private=include_private, words=words
    )


def own_entries(records: Records) -> list[Entry]:
    """A journal's own entries, for write_entries_copy on another thread: the sharer's
    are already read; a journal that only reviews has few or none to read."""
    if records.log is not None:
        return list(records.log.ledger.entries.values())
    return list(entries.all_entries(records.journal.conn))


def write_entries_copy(
    journal_id: str,
    own: Iterable[Entry],
    folder: Path,
    clock: Clock,
    *,
    include_private: bool = False,
    words: Words = ENGLISH,
) -> ReadableCopy:
    """`write_readable_copy` for entries already read (in log order): touches no journal.
    `words`: the reader's language, for the page (and the JSON's warning).

    The folder is created if missing. Other files in it are never touched; a file of
    ours that is not a readable copy of this journal is never replaced.
    """
    if folder.exists() and not folder.is_dir():
        raise UserFacingError(
            words.text("{folder} is a file, not a folder.").format(folder=folder),
            "Choose a folder for the readable copy.",
        )
    json_path, html_path = folder / JSON_NAME, folder / HTML_NAME
    earlier = _earlier_copy(journal_id, json_path, html_path, words)
    chosen = [e for e in own if include_private or not e.private]
    made = clock.now_utc()
    document = copy_document(journal_id, chosen, made, include_private, words=words)
    json_bytes = dump_json(document).encode("utf-8")
    html_bytes = copy_html(chosen, clock.zone, made, include_private, words=words).encode("utf-8")
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_atomically(html_path, html_bytes)
    except OSError as exc:
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise _not_written(folder, exc, earlier is not None, words) from exc
    try:
        write_atomically(json_path, json_bytes)
    except OSError as exc:
        # Put back what was there, so the two files always belong together.
        with contextlib.suppress(OSError):
            if earlier is None:
                html_path.unlink()
                if created:
                    folder.rmdir()
            else:
                write_atomically(html_path, earlier)
        raise _not_written(folder, exc, earlier is not None, words) from exc
    return ReadableCopy(
        folder, json_path, html_path, len(chosen), include_private, earlier is not None
    )


def _earlier_copy(journal_id: str, json_path: Path, html_path: Path, words: Words) -> bytes | None:
    """The HTML of an earlier readable copy of this journal that may be replaced, or None
    if there is none; UserFacingError if a file of ours is in the way."""
    there = [p for p in (json_path, html_path) if p.exists() or p.is_symlink()]
    if not there:
        return None
    try:
        if any(p.is_symlink() or not p.is_file() for p in there) or len(there) != 2:
            raise ValueError("not both files")
        page = html_path.read_bytes()
        found = json.loads(json_path.read_text(encoding="utf-8"))
        ours = (
            isinstance(found, dict)
            and found.get("format") == FORMAT
            and found.get("journal_id") == journal_id
            and _HTML_MARK.encode() in page[:4096]
        )
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        ours = False
    if not ours:
        if len(there) == 2:
            holds = words.text(
                "{folder} already holds {first} and {second}, and it isn't an earlier "
                "readable copy of this journal, so nothing was written."
            )
        else:
            holds = words.text(
                "{folder} already holds {first}, and it isn't an earlier readable copy of "
                "this journal, so nothing was written."
            )
        names = [p.name for p in there]
        raise UserFacingError(
            holds.format(folder=json_path.parent, first=names[0], second=names[-1]),
            "Choose another folder, or an empty one. Rekindle never replaces files it "
            "did not write.",
        )
    return page


def _not_written(folder: Path, exc: OSError, replacing: bool, words: Words) -> UserFacingError:
    reason = exc.strerror or str(exc)
    said = (
        words.text(
            "The readable copy could not be written to {folder} ({reason}). The earlier "
            "copy there is unchanged."
        )
        if replacing
        else words.text("The readable copy could not be written to {folder} ({reason}).")
    )
    return UserFacingError(
        said.format(folder=folder, reason=reason),
        "Free some space or choose another folder you can write to, then try again. "
        "Your journal is unchanged.",
    )


# --- JSON ------------------------------------------------------------------------------


def copy_document(
    journal_id: str,
    chosen: list[Entry],
    made: datetime,
    include_private: bool,
    *,
    words: Words = ENGLISH,
) -> dict[str, Any]:
    """The JSON document: every chosen entry in log order, and what each one means now."""
    ledger = Ledger.of(chosen)
    return {
        "format": FORMAT,
        "version": VERSION,
        "not_encrypted": words.text(NOT_ENCRYPTED),
        "journal_id": journal_id,
        "made": made.isoformat(),
        "private_included": include_private,
        "entries": [_entry_json(entry, ledger) for entry in chosen],
        "agreements": [
            {
                "entry": entry.id,
                "agreed": entry.happened.as_recorded().isoformat(),
                "current": body_to_json(ledger.current_body(entry.id)),
            }
            for entry in ledger.standing(EntryKind.AGREEMENT)
        ],
    }


def _entry_json(entry: Entry, ledger: Ledger) -> dict[str, Any]:
    body = entry.body
    refers_to = body.target if isinstance(body, OutcomeRecord | Amend | Retract) else None
    corrections = ledger.amendments.get(entry.id, [])
    return {
        "id": entry.id,
        "kind": entry.kind.value,
        "happened": entry.happened.as_recorded().isoformat(),
        "logged": entry.logged.as_recorded().isoformat(),
        "private": entry.private,
        "body": body_to_json(body),
        "refers_to": refers_to,
        "corrected_by": [a for a in corrections if not ledger.is_retracted(a)],
        "withdrawn_by": ledger.retracted.get(entry.id),
    }


def dump_json(document: dict[str, Any]) -> str:
    text = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False)
    return _JSON_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n"


# --- HTML ------------------------------------------------------------------------------

_CSS = """
body { font-family: system-ui, sans-serif; color: #2e3336; background: #fbfaf8;
       max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.45; }
h1 { font-size: 1.5em; font-weight: 600; margin-bottom: 0.2em; }
h2 { font-size: 1.1em; font-weight: 600; margin-top: 1.8em; border-bottom: 1px solid #e4e0d8; }
.warning { background: #fff4e0; border: 1px solid #e9c98f; padding: 0.8em 1em; }
.muted { color: #5f676b; font-size: 0.92em; }
.entry { margin: 0.6em 0; }
.beside { margin-left: 2em; color: #4d5558; }
.kind { font-weight: 600; }
"""


def copy_html(
    chosen: list[Entry],
    zone: tzinfo,
    made: datetime,
    include_private: bool,
    *,
    words: Words = ENGLISH,
) -> str:
    """One self-contained page: no scripts, no links, nothing fetched from anywhere."""
    e = html.escape
    ledger = Ledger.of(chosen)
    title = words.text("Your Rekindle journal: a readable copy")
    private = (
        words.text("Private entries are included, as you chose: they are marked “private”.")
        if include_private
        else words.text("Private entries are not included.")
    )
    local = made.astimezone(zone)
    holds = words.text(
        "What it holds: every entry of this journal, {count} in all, day by day, in the "
        "order things happened: plans, check-ins, promises, disclosures, appreciation, "
        "notes, pauses and agreements. Corrections, withdrawals and outcomes are shown "
        "beside what they change."
    ).format(count=len(chosen))
    beside = words.text(
        "The same entries, exactly as the journal holds them, are in {file} next to this "
        "page. This is not a timeline file: your partner's Rekindle cannot open it, and "
        "nothing here can be checked as unchanged."
    ).format(file=JSON_NAME)
    out = [
        "<!DOCTYPE html>",
        f"<html lang='{e(language_of(words))}'><head><meta charset='utf-8'>",
        _HTML_MARK,
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        "<p class='muted'>"
        + e(
            words.text("Made on {day}, at {time}.").format(
                day=words.weekday_day(local.date(), year=True), time=words.clock(local)
            )
        )
        + "</p>",
        f"<p class='warning'><b>{e(words.text(NOT_ENCRYPTED))}</b></p>",
        f"<p>{e(holds)} {e(private)}</p>",
        "<p>"
        + e(
            words.text(
                "What it does not hold: a partner's timeline you accepted in review mode, "
                "notes kept in review mode, check-in agendas and ratings. Numbers such as "
                "#12 are the journal's own."
            )
        )
        + "</p>",
        f"<p class='muted'>{e(beside)}</p>",
    ]
    out.extend(_days_html(chosen, ledger, zone, words))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _days_html(chosen: list[Entry], ledger: Ledger, zone: tzinfo, words: Words) -> list[str]:
    e = html.escape
    if not chosen:
        return [
            f"<h2>{e(words.text('No entries yet'))}</h2>",
            f"<p>{e(words.text('This journal has no entries of its own yet.'))}</p>",
        ]
    ordered = sorted(chosen, key=lambda x: (x.happened.utc, x.id))
    out: list[str] = []
    day: date | None = None
    for entry in ordered:
        local = entry.happened.local(zone)
        if local.date() != day:
            day = local.date()
            out.append(f"<h2>{e(words.weekday_day(day, year=True))}</h2>")
        beside = isinstance(entry.body, OutcomeRecord | Amend | Retract)
        css = "entry beside" if beside else "entry"
        out.append(
            f"<div class='{css}'><span class='muted'>{e(words.clock(local))}</span> "
            f"<span class='kind'>{e(words.text(entry.kind.label))}</span> "
            f"<span class='muted'>#{entry.id}</span><br>{_body_html(entry, zone, words)}"
            f"<br><span class='muted'>{e(_notes(entry, ledger, zone, words))}</span></div>"
        )
    return out


def _body_html(entry: Entry, zone: tzinfo, words: Words) -> str:
    body = entry.body
    text = body.text if isinstance(body, Written) else body.summary(words=words)
    shown = _words(text)
    if isinstance(body, Plan):
        starts, ends = body.starts.local(zone), body.ends.local(zone)
        if ends.date() == starts.date():
            span = words.text("{start} to {end}").format(
                start=words.clock(starts), end=words.clock(ends)
            )
        else:
            span = words.text("{start_day}, {start} to {end_day}, {end}").format(
                start_day=words.short_day(starts.date()),
                start=words.clock(starts),
                end_day=words.short_day(ends.date(), year=True),
                end=words.clock(ends),
            )
        shown += f"<br><span class='muted'>{html.escape(span)}</span>"
    elif isinstance(body, Agreement) and body.boundaries.strip():
        shown += "<br>" + html.escape(words.text("Boundaries:")) + " " + _words(body.boundaries)
    return shown


def _notes(entry: Entry, ledger: Ledger, zone: tzinfo, words: Words) -> str:
    body = entry.body
    logged = entry.logged.local(zone)
    notes = [
        words.text("written {day}, {time}").format(
            day=words.short_day(logged.date(), year=True), time=words.clock(logged)
        )
    ]
    if isinstance(body, OutcomeRecord | Amend | Retract):
        if isinstance(body, OutcomeRecord) and body.occurrence is not None:
            about = words.text("about #{entry}, the day {day}").format(
                entry=body.target, day=words.long_day(body.occurrence)
            )
        else:
            about = words.text("about #{entry}").format(entry=body.target)
        notes.append(about)
    if entry.private:
        notes.append(words.text("private"))
    corrected = [a for a in ledger.amendments.get(entry.id, []) if not ledger.is_retracted(a)]
    if corrected:
        notes.append(
            words.text("corrected by {entries}").format(
                entries=", ".join(f"#{a}" for a in corrected)
            )
        )
    if ledger.is_retracted(entry.id):
        notes.append(words.text("withdrawn by #{entry}").format(entry=ledger.retracted[entry.id]))
    return " · ".join(notes)


def _words(text: str) -> str:
    """A person's words as HTML: escaped, with no control or bidi character left raw,
    and isolated (<bdi>) so that their direction cannot reorder the page around them."""
    # for_window drops every embedding, override and isolate a person typed; the one it
    # may add around right-to-left text is dropped too, as <bdi> does that job here.
    lines = for_window(text).translate(_NO_ISOLATES).splitlines() or [""]
    return "<br>".join(f"<bdi>{html.escape(line)}</bdi>" for line in lines)
