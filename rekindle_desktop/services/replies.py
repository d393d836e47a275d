"""The reviewer's reply: "I have read up to here", questions, agenda items, and, only if
they choose, how they feel. Signed by the reviewer, encrypted to the sharer."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path

from rekindle_desktop.crypto import merkle
from rekindle_desktop.crypto.signed_note import NoteError, open_signed
from rekindle_desktop.domain.voice import Request
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.exchange import outgoing, reply_file, timeline_file
from rekindle_desktop.exchange.reply_file import ReplyBody
from rekindle_desktop.services import conversation, requests, sharing
from rekindle_desktop.store import replies as reply_store
from rekindle_desktop.store import settings
from rekindle_desktop.store import sharing as store
from rekindle_desktop.store.database import transaction
from rekindle_desktop.store.journal import Journal


@dataclass(frozen=True)
class ReplyMade:
    path: Path
    read_up_to: int
    questions: int
    agenda: int
    feelings_included: bool
    requests: int = 0


@dataclass(frozen=True)
class ReplyPreview:
    read_up_to: int
    questions: tuple[str, ...]
    requests: tuple[Request, ...] = ()  # made and not sent yet: this reply carries them


def reply_origin(journal: Journal) -> str:
    return f"rekindle-reply/{journal.journal_id}"


def preview_reply(journal: Journal) -> ReplyPreview:
    checkpoints = store.accepted_checkpoints(journal.conn)
    questions = reply_store.unsent_questions(journal.conn)
    return ReplyPreview(
        checkpoints[-1].size if checkpoints else 0, questions, tuple(requests.to_send(journal))
    )


def make_reply(
    journal: Journal,
    out: Path,
    *,
    agenda: tuple[str, ...] = (),
    share_feelings: bool = False,
    ended: bool = False,
    agree_to: int | None = None,
) -> ReplyMade:
    """Write a reply acknowledging the latest accepted timeline file; `ended` makes it
    the last one, which tells the sharer that this reviewer has stopped reviewing."""
    sharer = store.partner(journal.conn, sharing.SHARER)
    checkpoints = store.accepted_checkpoints(journal.conn)
    if sharer is None or not checkpoints:
        raise UserFacingError(
            "There is nothing to reply to yet.",
            "Open your partner's timeline file first; a reply says how far you have read.",
        )
    latest = checkpoints[-1]
    about = latest.note.split("\n", 1)[0]
    preview = preview_reply(journal)
    ratings = conversation.feelings(journal) if share_feelings else []
    body = ReplyBody(
        about,
        preview.questions,
        tuple(a.strip() for a in agenda if a.strip()),
        ratings[-1] if ratings else None,
        datetime.now(UTC).isoformat(),
        ended,
        preview.requests,
        agree_to,
    )
    line = body.line()
    identity = store.own_identity(journal.conn)
    origin = reply_origin(journal)
    try:
        outgoing.write_signed(
            out,
            reply_file.note_text(origin, latest.size, latest.root, line),
            origin,
            identity,
            sharer.identity,
            reply_file.HEADER,
            line + b"\n",
        )
    except OSError as exc:
        raise UserFacingError(
            "The reply could not be written to {file} ({reason}).",
            "Check the folder and free space, then try again.",
            file=out,
            reason=exc.strerror or exc,
        ) from exc
    with transaction(journal.conn):
        reply_store.keep_reply_made(journal.conn, latest.size, latest.root, body.written)
        requests.mark_sent(journal, list(preview.requests))
        if agree_to is not None:
            journal.set(settings.AGREED_VERSION, agree_to)
    return ReplyMade(
        out,
        latest.size,
        len(body.questions),
        len(body.agenda),
        body.feelings is not None,
        len(body.requests),
    )


@dataclass(frozen=True)
class ReplyReceived:
    read_up_to: int
    body: ReplyBody
    new: bool  # False when this reply was already received
    new_requests: int = 0  # requests not received before
    # True when a newer reply was received before this one (delivered late): how far the
    # reviewer has read, and how they feel, stay as the newer one says.
    older: bool = False


def is_reply(journal: Journal, data: bytes) -> bool:
    """Whether `data` is a reply file made for this journal (decrypts to a reply)."""
    try:
        start = timeline_file.decrypt_start(
            data, store.own_identity(journal.conn).age(), len(reply_file.HEADER) + 1
        )
    except (timeline_file.FileUnreadable, timeline_file.FileTampered):
        return False
    return reply_file.is_reply(start)


class FileKind(StrEnum):
    """What a file given to review turns out to be, seen from this journal."""

    TIMELINE = "timeline file"  # not made here: the partner's, to review
    REPLY = "reply"  # from the partner
    OWN_TIMELINE = "own timeline file"  # made by this journal, for its reviewer
    OWN_REPLY = "own reply"  # written by this journal, for its sharer
    NOT_REKINDLE = "not a Rekindle file"
    UNOPENED = "not opened"  # made for another journal, or damaged at its start


_KIND_START = 512  # plaintext enough for either header and the origin line after it


def file_kind(journal: Journal, data: bytes) -> FileKind:
    """What `data` is, from the start of its plaintext alone: which kind of Rekindle file,
    and whether this journal made it (each is encrypted to its maker too)."""
    if not data.startswith(timeline_file.AGE_MAGIC):
        return FileKind.NOT_REKINDLE
    identity = store.own_identity(journal.conn).age()
    try:
        start = timeline_file.decrypt_start(data, identity, _KIND_START)
    except (timeline_file.FileUnreadable, timeline_file.FileTampered):
        return FileKind.UNOPENED
    header, _, rest = start.partition(b"\n")
    origin = rest.split(b"\n", 1)[0].decode("utf-8", "replace")
    if header == reply_file.HEADER:
        return FileKind.OWN_REPLY if origin == reply_origin(journal) else FileKind.REPLY
    if header == timeline_file.HEADER:
        ours = f"rekindle/{journal.journal_id}"  # sharing.origin_of, for any pairing
        own = origin == ours or origin.startswith(ours + "/")
        return FileKind.OWN_TIMELINE if own else FileKind.TIMELINE
    return FileKind.NOT_REKINDLE


def receive_reply(journal: Journal, data: bytes) -> ReplyReceived:
    """Check a reply from the paired reviewer and keep it; its questions join the agenda."""
    reviewer = store.partner(journal.conn, sharing.REVIEWER)
    if reviewer is None:
        if store.latest_pairing(journal.conn, sharing.REVIEWER) is not None:
            raise UserFacingError(
                "This is a reply from your partner. Sharing with them has ended, so it "
                "wasn't opened.",
                "Nothing was changed. If you both want to share again one day, pair "
                "again together, in person.",
            )
        raise UserFacingError(
            "This is a reply file, but this journal isn't paired with a reviewer, so it "
            "can't be opened here.",
            "Nothing was changed. If it is from your partner, pair with them first.",
        )
    identity = store.own_identity(journal.conn)
    try:
        plaintext = timeline_file.decrypt(data, identity.age())
        note, line = reply_file.split(plaintext)
        claimed = reply_file.parse_note(note.split("\n\n", 1)[0] + "\n")
        text = open_signed(note, claimed.origin, reviewer.identity.signing_key)
    except (timeline_file.FileUnreadable, timeline_file.FileTampered) as exc:
        raise UserFacingError.refused(exc, "Nothing was changed.") from exc
    except NoteError as exc:
        raise UserFacingError(
            "This reply isn't signed by the partner you paired with, or was changed.",
            "Nothing was changed.",
        ) from exc
    signed = reply_file.parse_note(text)
    try:
        body = reply_file.parse_body(line)
    except timeline_file.FileUnreadable as exc:
        raise UserFacingError.refused(exc, "Nothing was changed.") from exc
    if hashlib.sha256(line).digest() != signed.body_hash:
        raise UserFacingError("This reply was changed after it was signed.", "Nothing was changed.")
    written = _written_at(body.written)
    if written is None:  # Rekindle always writes one; without it a reply has no place in order
        raise UserFacingError("This reply's contents can't be read.", "Nothing was changed.")
    leaves = store.shared_leaves(journal.conn)
    if (
        body.about != sharing.origin_of(journal)
        or signed.size > len(leaves)
        or merkle.root(leaves[: signed.size]) != signed.root
    ):
        raise UserFacingError(
            "This reply is about a timeline this journal didn't share.",
            "Nothing was changed. It may belong to another journal.",
        )
    if reply_store.reply_received_before(journal.conn, signed.root, line.decode()):
        return ReplyReceived(signed.size, body, new=False)
    newest = _newest(journal)
    older = newest is not None and (signed.size, written) <= newest[:2]
    # Kept even when older, so that opening it again says so; latest_reply() goes by
    # order, not by arrival. Its questions and agenda items were never seen here (each
    # question travels in one reply only), so they still join the agenda.
    with transaction(journal.conn):  # the reply and its agenda items, or neither
        reply_store.keep_reply_received(
            journal.conn, reviewer.id, (signed.size, signed.root), body.written, line.decode()
        )
        for item in (*body.questions, *body.agenda):
            conversation.add_agenda_item(journal, item, from_partner=True)
        new_requests = requests.keep_received(journal, reviewer.id, list(body.requests))
        if body.agreed is not None and body.agreed > journal.get(settings.PARTNER_AGREED_VERSION):
            journal.set(settings.PARTNER_AGREED_VERSION, body.agreed)
        if body.ended:  # their last reply: this pairing has ended on their side
            store.end_pairing(journal.conn, reviewer.id, sharing.Ended.PARTNER_STOPPED)
    return ReplyReceived(signed.size, body, new=True, older=older, new_requests=new_requests)


def latest_reply(journal: Journal) -> ReplyReceived | None:
    """The newest reply received: the one that has read furthest, and of those the one
    written last, whatever order they arrived in."""
    newest = _newest(journal)
    if newest is None:
        return None
    size, body = reply_store.reply_received(journal.conn, newest[2])
    return ReplyReceived(size, reply_file.parse_body(body.encode()), new=False)


_NO_TIME = datetime.min.replace(tzinfo=UTC)


def _newest(journal: Journal) -> tuple[int, datetime, int] | None:
    """(size, written, id) of the newest reply received, or None.

    Size comes first: the reviewer's install only ever accepts a longer log, so a reply
    that has read further was made later, whatever its clock said. Between replies that
    read as far, the one written later is newer. A reply's time is the reviewer's clock,
    which can be wrong or changed; it only orders replies about the same checkpoint.
    """
    return max(
        (
            (reply.size, _written_at(reply.written) or _NO_TIME, reply.id)
            for reply in reply_store.replies_received(journal.conn)
        ),
        default=None,
    )


def _written_at(text: str) -> datetime | None:
    """A reply's `written` as a UTC time; None unless it is an ISO time with an offset."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None or moment.utcoffset() is None:
        return None
    try:
        return moment.astimezone(UTC)
    except OverflowError:  # 0001-01-01T00:00+01:00 has no UTC time
        return None
