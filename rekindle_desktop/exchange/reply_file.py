"""The reviewer's reply file (docs/FORMAT.md, "The reply file").

    REKINDLE-REPLY-1
    rekindle-reply/<reviewer journal id>   \\
    <tree size read>                        | signed note text: a countersignature of the
    <base64 root hash read>                 | sharer's checkpoint, plus the body's hash
    body <base64 SHA-256 of the body line> /
                                            <- empty
    — rekindle-reply/<…> <signature>
                                            <- empty
    <body: one canonical JSON line>

Encrypted with age to the sharer (and the reviewer), like a timeline file.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from rekindle_desktop.crypto.signed_note import (
    DASH,
    MAX_SIZE_DIGITS,
    NoteError,
    base64_exactly,
    is_decimal,
    is_key_name,
)
from rekindle_desktop.domain.feelings import FeelingRating
from rekindle_desktop.domain.voice import Request, Wants
from rekindle_desktop.exchange.leaves import canonical
from rekindle_desktop.exchange.timeline_file import FileUnreadable

HEADER = b"REKINDLE-REPLY-1"
BODY_VERSION = 1
MAX_ITEMS = 200
MAX_ITEM = 5_000


@dataclass(frozen=True)
class ReplyBody:
    about: str  # the sharer's log origin
    questions: tuple[str, ...]
    agenda: tuple[str, ...]
    feelings: FeelingRating | None
    written: str
    ended: bool = False  # the reviewer has stopped reviewing: their last reply
    requests: tuple[Request, ...] = ()  # what the reviewer asks the sharer for
    agreed: int | None = None  # the agreement version the reviewer agrees to

    def line(self) -> bytes:
        document: dict[str, Any] = {
            "v": BODY_VERSION,
            "about": self.about,
            "questions": list(self.questions),
            "agenda": list(self.agenda),
            "feelings": None,
            "written": self.written,
        }
        if self.ended:  # only then, so replies from before stay as they were
            document["ended"] = True
        if self.agreed is not None:  # likewise
            document["agreed"] = self.agreed
        if self.requests:  # likewise
            document["requests"] = [
                {
                    "asked": r.asked.isoformat(),
                    "id": r.id,
                    "text": r.text,
                    "wants": r.wants.value,
                }
                for r in self.requests
            ]
        if self.feelings is not None:
            document["feelings"] = {
                "day": self.feelings.day.isoformat(),
                "safety": self.feelings.safety,
                "trust": self.feelings.trust,
                "connection": self.feelings.connection,
            }
        return canonical(document)


@dataclass(frozen=True)
class ReplyNote:
    origin: str
    size: int
    root: bytes
    body_hash: bytes


def note_text(origin: str, size: int, root: bytes, body: bytes) -> str:
    digest = base64.b64encode(hashlib.sha256(body).digest()).decode()
    return f"{origin}\n{size}\n{base64.b64encode(root).decode()}\nbody {digest}\n"


def compose(note: str, body: bytes) -> bytes:
    return HEADER + b"\n" + note.encode("utf-8") + b"\n" + body + b"\n"


def is_reply(plaintext: bytes) -> bool:
    return plaintext.startswith(HEADER + b"\n")


def split(plaintext: bytes) -> tuple[str, bytes]:
    """(signed note, body line) from a reply's plaintext."""
    lines = plaintext.split(b"\n", 9)  # never more pieces than a reply has lines
    dash = DASH.encode("utf-8") + b" "
    if (
        len(lines) != 10
        or lines[0] != HEADER
        or lines[5] != b""
        or not lines[6].startswith(dash)
        or lines[7] != b""
        or lines[9] != b""
    ):
        raise FileUnreadable("This isn't a Rekindle reply file.")
    try:
        note = "\n".join(line.decode("utf-8") for line in lines[1:7]) + "\n"
    except UnicodeDecodeError as exc:
        raise FileUnreadable("This isn't a Rekindle reply file.") from exc
    return note, lines[8]


def parse_note(text: str) -> ReplyNote:
    lines = text.split("\n")
    if len(lines) != 5:
        raise FileUnreadable("This reply's signed part is malformed.")
    origin, size_text, root_text, body_text, end = lines
    if end or not is_key_name(origin) or not is_decimal(size_text, MAX_SIZE_DIGITS):
        raise FileUnreadable("This reply's signed part is malformed.")
    try:
        root = base64_exactly(root_text, "the root")
        body_hash = base64_exactly(body_text.removeprefix("body "), "the body hash")
    except NoteError as exc:
        raise FileUnreadable("This reply's signed part is malformed.") from exc
    if not body_text.startswith("body ") or len(root) != 32 or len(body_hash) != 32:
        raise FileUnreadable("This reply's signed part is malformed.")
    return ReplyNote(origin, int(size_text), root, body_hash)


def parse_body(line: bytes) -> ReplyBody:
    try:
        document = json.loads(line.decode("utf-8"))
        if not isinstance(document, dict) or document.get("v") != BODY_VERSION:
            raise ValueError("not a version 1 reply")
        questions = _texts(document.get("questions"))
        agenda = _texts(document.get("agenda"))
        about, written = document["about"], document["written"]
        ended = document.get("ended", False)
        if not isinstance(about, str) or not isinstance(written, str) or type(ended) is not bool:
            raise ValueError("missing fields")
        raw = document.get("feelings")
        feelings = None
        if raw is not None:
            if not isinstance(raw, dict):
                raise ValueError("feelings")
            feelings = FeelingRating(
                date.fromisoformat(raw["day"]),
                _rating(raw.get("safety")),
                _rating(raw.get("trust")),
                _rating(raw.get("connection")),
            )
        requests = _requests(document.get("requests", []))
        agreed = document.get("agreed")
        if agreed is not None and (type(agreed) is not int or not 1 <= agreed < 10**6):
            raise ValueError("an agreement version is a whole number")
    except (UnicodeDecodeError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise FileUnreadable("This reply's contents can't be read.") from exc
    return ReplyBody(about, questions, agenda, feelings, written, ended, requests, agreed)


REQUEST_KEYS = frozenset({"asked", "id", "text", "wants"})


def _requests(value: object) -> tuple[Request, ...]:
    """Each request exactly as written: its four keys, a whole number from 1, short words,
    a known wish, and an ISO time with its offset. Numbers never repeat."""
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise ValueError("expected a list of requests")
    found = []
    for item in value:
        if not isinstance(item, dict) or item.keys() != REQUEST_KEYS:
            raise ValueError("a request has exactly its four fields")
        number, text, asked = item["id"], item["text"], item["asked"]
        if type(number) is not int or not 1 <= number < 10**12:
            raise ValueError("a request's number is a whole number")
        if not isinstance(text, str) or not 0 < len(text) <= MAX_ITEM:
            raise ValueError("a request's words are short text")
        text.encode("utf-8")  # a lone surrogate raises, a ValueError
        if not isinstance(asked, str) or not asked.isascii():
            raise ValueError("a request's time is ISO text")
        when = datetime.fromisoformat(asked)
        if when.tzinfo is None or when.utcoffset() is None:
            raise ValueError("a request's time has its offset")
        found.append(Request(number, when, text, Wants(item["wants"])))
    if len({r.id for r in found}) != len(found):
        raise ValueError("a request's number appears once")
    return tuple(found)


def _texts(value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        raise ValueError("expected a list of texts")
    if not all(isinstance(v, str) and 0 < len(v) <= MAX_ITEM for v in value):
        raise ValueError("expected short texts")
    for text in value:
        text.encode("utf-8")  # a lone surrogate from "\ud800" raises, a ValueError
    return tuple(value)


def _rating(value: object) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 5:
        raise ValueError("ratings are whole numbers from 1 to 5")
    return value
