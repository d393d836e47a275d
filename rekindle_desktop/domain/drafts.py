"""Words typed but not yet saved, kept through a lock (SECURITY.md R13).

A draft is what one part of the window held: the quick-log bar, an open form, a page's
note field. Each field is kept as text; the window that made it knows how to read it back.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class Where(StrEnum):
    """The part of the window a draft was typed in."""

    QUICK_LOG = "quick-log"
    ENTRY_FORM = "entry-form"  # a new plan, promise, check-in … in its full form
    CORRECTION = "correction"  # the form correcting entry `about`
    AGREEMENT = "agreement"
    PAUSE = "pause"
    CHECK_IN_PAGE = "check-in-page"  # the agenda line and the talk's notes
    REVIEW_NOTES = "review-notes"  # the reviewer's own note
    REPLY = "reply"  # the reviewer's reply, while its form is open
    STOP_SHARING = "stop-sharing"  # the sharer's last words, while Stop sharing is open
    TRIGGER = "trigger"  # the reviewer's hard moment, typed and not kept yet
    ANSWER = "answer"  # the sharer's answer to request `about`, while its form is open
    WITHDRAW = "withdraw"  # why the sharer withdraws entry `about`, while its form is open


@dataclass(frozen=True)
class KeptDraft:
    where: Where
    fields: Mapping[str, str] = field(default_factory=dict)
    about: int | None = None  # the entry a correction is for

    def __post_init__(self) -> None:
        object.__setattr__(self, "fields", MappingProxyType(dict(self.fields)))

    def get(self, name: str, default: str = "") -> str:
        return self.fields.get(name, default)


class UnreadableDraft(ValueError):
    """Stored text that is not a draft this version knows."""


def draft_to_json(draft: KeptDraft) -> str:
    return json.dumps(
        {"where": draft.where.value, "fields": dict(draft.fields), "about": draft.about},
        ensure_ascii=False,
        sort_keys=True,
    )


def draft_from_json(text: str) -> KeptDraft:
    try:
        data = json.loads(text)
        where = Where(data["where"])
        fields = data["fields"]
        about = data.get("about")
    except (ValueError, KeyError, TypeError) as exc:
        raise UnreadableDraft(str(exc)) from exc
    if not isinstance(fields, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in fields.items()
    ):
        raise UnreadableDraft("fields must map names to text")
    if about is not None and (not isinstance(about, int) or isinstance(about, bool)):
        raise UnreadableDraft("about must be an entry id")
    return KeptDraft(where, fields, about)
