"""What replies keep: the reviewer's notes and questions, the replies they made, and, on
the sharer's side, the replies received (each belongs to one shared log)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from rekindle_desktop.store.database import Connection
from rekindle_desktop.store.sharing import SHARED_LOG


@dataclass(frozen=True)
class ReviewerNote:
    id: int
    written: str
    text: str
    question: bool
    sent: bool = False  # a question a reply has carried


@dataclass(frozen=True)
class ReceivedReply:
    """A reply kept on the sharer's side, without its body."""

    id: int
    size: int
    written: str


# --- the reviewer's side ---------------------------------------------------------------


def reviewer_notes(conn: Connection) -> list[ReviewerNote]:
    """Newest first."""
    return [
        ReviewerNote(int(r[0]), str(r[1]), str(r[2]), bool(r[3]), bool(r[4]))
        for r in conn.execute(
            "SELECT id, written, text, question, sent FROM reviewer_note ORDER BY id DESC"
        )
    ]


def add_reviewer_note(conn: Connection, text: str, *, question: bool) -> None:
    conn.execute(
        "INSERT INTO reviewer_note (written, text, question) VALUES (?, ?, ?)",
        (datetime.now(UTC).isoformat(), text, int(question)),
    )


def unsent_questions(conn: Connection) -> tuple[str, ...]:
    """The questions no reply has carried yet, oldest first."""
    return tuple(
        str(r[0])
        for r in conn.execute(
            "SELECT text FROM reviewer_note WHERE question = 1 AND sent = 0 ORDER BY id"
        )
    )


def keep_reply_made(conn: Connection, size: int, root: bytes, made: str) -> None:
    """Remember a reply made about the checkpoint (size, root), and that every question
    not sent before went with it."""
    conn.execute("INSERT INTO reply_made (size, root, made) VALUES (?, ?, ?)", (size, root, made))
    conn.execute("UPDATE reviewer_note SET sent = 1 WHERE question = 1 AND sent = 0")


# --- the sharer's side -----------------------------------------------------------------


def reply_received_before(conn: Connection, root: bytes, body: str) -> bool:
    """Whether this very reply was received for the current shared log."""
    seen = conn.execute(
        f"SELECT 1 FROM reply_received WHERE pairing = {SHARED_LOG} AND root = ? AND body = ?",
        (root, body),
    ).fetchone()
    return bool(seen)


def keep_reply_received(
    conn: Connection, pairing: int, checkpoint: tuple[int, bytes], written: str, body: str
) -> None:
    """Keep a reply from the pairing `pairing` about the checkpoint (size, root)."""
    size, root = checkpoint
    conn.execute(
        "INSERT INTO reply_received (pairing, size, root, written, received, body) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (pairing, size, root, written, datetime.now(UTC).isoformat(), body),
    )


def replies_received(conn: Connection) -> list[ReceivedReply]:
    """The replies received for the current shared log."""
    return [
        ReceivedReply(int(row_id), int(size), str(written))
        for size, written, row_id in conn.execute(
            f"SELECT size, written, id FROM reply_received WHERE pairing = {SHARED_LOG}"
        )
    ]


def reply_received(conn: Connection, reply_id: int) -> tuple[int, str]:
    """The size read up to and the body of one reply received."""
    row = conn.execute("SELECT size, body FROM reply_received WHERE id = ?", (reply_id,)).fetchone()
    return int(row[0]), str(row[1])
