"""Reading and appending entries. There is no update and no delete, by design and by trigger."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from operator import itemgetter

from rekindle_desktop.domain.entries import (
    Amend,
    Body,
    Draft,
    Entry,
    EntryKind,
    InvalidEntry,
    OutcomeRecord,
    Retract,
    body_from_json,
    body_to_json,
)
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.errors import JournalDamaged
from rekindle_desktop.store.database import Connection, transaction
from rekindle_desktop.store.sharing import SHARED_LOG

MAX_SEARCH_TERMS = 12


def append(conn: Connection, draft: Draft, logged: Moment) -> Entry:
    """Save a validated draft at the end of the log, with its search text, in one transaction."""
    (entry,) = append_many(conn, [(draft, logged)])
    return entry


def append_many(conn: Connection, drafts: Iterable[tuple[Draft, Moment]]) -> list[Entry]:
    """Save validated drafts at the end of the log, in order, all or none."""
    saved: list[Entry] = []
    with transaction(conn):
        for draft, logged in drafts:
            cursor = conn.execute(
                "INSERT INTO entry (kind, happened, logged, private, target, body) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    draft.kind.value,
                    draft.happened.to_text(),
                    logged.to_text(),
                    int(draft.private),
                    _target(draft.body),
                    json.dumps(body_to_json(draft.body), ensure_ascii=False, sort_keys=True),
                ),
            )
            entry_id = cursor.lastrowid
            assert entry_id is not None
            conn.execute(
                "INSERT INTO entry_text (rowid, text) VALUES (?, ?)",
                (entry_id, search_text(draft.body)),
            )
            saved.append(
                Entry(entry_id, draft.kind, draft.happened, logged, draft.body, draft.private)
            )
    return saved


ENTRY_ROWS = "SELECT id, kind, happened, logged, private, body FROM entry"


def all_entries(conn: Connection) -> Iterator[Entry]:
    for row in conn.execute(f"{ENTRY_ROWS} ORDER BY id"):
        yield _entry(row)


def after(conn: Connection, last_id: int) -> Iterator[Entry]:
    """Entries saved after entry `last_id`, in log order."""
    for row in conn.execute(f"{ENTRY_ROWS} WHERE id > ? ORDER BY id", (last_id,)):
        yield _entry(row)


# What lasts beyond its own day: every promise and pause; every correction and withdrawal
# (they are few), and every entry ever corrected, since a correction may move it to
# another day, with the outcomes of those that are plans. Each part reads through an index
# ("+kind" asks SQLite to find outcomes by their target, not among all outcomes).
_LASTING = """
    UNION ALL SELECT id FROM entry WHERE kind IN ('promise', 'pause', 'amend', 'retract')
    UNION ALL SELECT target FROM entry WHERE kind = 'amend'
    UNION ALL SELECT id FROM entry WHERE +kind = 'outcome' AND target IN (
        SELECT target FROM entry WHERE kind = 'amend'
        EXCEPT SELECT id FROM entry WHERE kind = 'promise')
"""


def recent(conn: Connection, start: Moment) -> Iterator[Entry]:
    """What the newest weeks of a long journal show, read without the years before:
    every entry that happened from `start` on, and what lasts (see `_LASTING`), in log
    order. Some outcomes and corrections in it are about older entries not in it:
    `Ledger.of_whole` leaves those out."""
    for row in conn.execute(
        f"{ENTRY_ROWS} WHERE id IN (SELECT id FROM entry WHERE happened >= ? {_LASTING}) "
        "ORDER BY id",
        (start.to_text(),),
    ):
        yield _entry(row)


def not_yet_shared(conn: Connection) -> Iterator[Entry]:
    """Entries not in the shared log yet, in log order."""
    for row in conn.execute(
        f"{ENTRY_ROWS} WHERE id NOT IN "
        f"(SELECT entry_id FROM shared_leaf WHERE pairing = {SHARED_LOG}) ORDER BY id"
    ):
        yield _entry(row)


def of_kinds(conn: Connection, kinds: Iterable[EntryKind]) -> Iterator[Entry]:
    """Entries of these kinds only, in log order."""
    wanted = [kind.value for kind in kinds]
    marks = ", ".join("?" * len(wanted))
    for row in conn.execute(
        f"{ENTRY_ROWS} WHERE kind IN ({marks}) ORDER BY id",
        wanted,
    ):
        yield _entry(row)


@dataclass(frozen=True)
class SharedSummary:
    counts: dict[EntryKind, int]
    first: Moment | None
    last: Moment | None


def shared_summary(conn: Connection) -> SharedSummary:
    """What the shared log holds, by kind and span, without reading a single body.

    Moments are stored as sortable text (UTC first), so SQL's min and max are the
    earliest and latest.
    """
    counts: dict[EntryKind, int] = {}
    first = last = None
    for kind, number, earliest, latest in conn.execute(
        "SELECT kind, count(*), min(happened), max(happened) FROM entry "
        f"WHERE id IN (SELECT entry_id FROM shared_leaf WHERE pairing = {SHARED_LOG}) "
        "GROUP BY kind"
    ):
        counts[EntryKind(kind)] = int(number)
        first = earliest if first is None else min(first, earliest)
        last = latest if last is None else max(last, latest)
    return SharedSummary(
        counts,
        None if first is None else Moment.from_text(first),
        None if last is None else Moment.from_text(last),
    )


def count(conn: Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM entry").fetchone()[0])


def search(conn: Connection, typed: str) -> frozenset[int]:
    """Ids of entries whose words start with every word typed (case and accents ignored)."""
    query = fts_query(typed)
    if not query:
        return frozenset()
    rows = conn.execute("SELECT rowid FROM entry_text WHERE entry_text MATCH ?", (query,))
    return frozenset(map(itemgetter(0), rows))


def fts_query(typed: str) -> str:
    """Each typed word as a quoted prefix term, so no input is read as FTS5 syntax."""
    words = [w for w in typed.split() if w.strip('"')][:MAX_SEARCH_TERMS]
    return " ".join('"' + w.replace('"', '""') + '"*' for w in words)


def search_text(body: Body) -> str:
    """Every piece of text a person wrote in the body, for the full-text index."""
    data = body_to_json(body)
    parts: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            parts.append(value)
        elif isinstance(value, dict):
            for key, inner in value.items():
                if key not in ("starts", "ends", "kind", "repeat", "outcome", "occurrence"):
                    walk(inner)

    walk(data)
    return "\n".join(p for p in parts if p)


def saved_places(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT name FROM place ORDER BY position, name")]


def save_place(conn: Connection, name: str) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO place (name, position) "
        "VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM place))",
        (name,),
    )


def forget_place(conn: Connection, name: str) -> None:
    conn.execute("DELETE FROM place WHERE name = ?", (name,))


def _target(body: Body) -> int | None:
    if isinstance(body, Amend | Retract | OutcomeRecord):
        return body.target
    return None


def _entry(row: tuple[int, str, str, str, int, str]) -> Entry:
    entry_id, kind_text, happened, logged, private, body_json = row
    try:
        kind = EntryKind(kind_text)
        body = body_from_json(kind, json.loads(body_json))
        happened_at = Moment.from_text(happened)
        # Most entries are logged as they happen (check-ins, outcomes): one Moment for both.
        logged_at = happened_at if logged == happened else Moment.from_text(logged)
        return Entry(entry_id, kind, happened_at, logged_at, body, bool(private))
    except (ValueError, InvalidEntry) as exc:
        raise JournalDamaged(
            "Entry {number} in this journal could not be read.",
            "Your other entries are safe. Please report this; a backup can restore it.",
            number=entry_id,
        ) from exc
