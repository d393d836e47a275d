"""Consent you can take back: stop sharing, stop reviewing, unpair, and what came before.

Either partner can stop alone, at any time, without the other's consent. Stopping is
said plainly to the person who stops, and, if they choose, to the other in a last
signed file: an ending entry at the end of the timeline (the sharer) or a last reply
(the reviewer). Nothing either side accepted is lost: an ended pairing stays, with
its record, as an earlier pairing, and a new pairing starts a new record.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rekindle_desktop.domain.entries import Draft, Ending, Entry, EntryKind
from rekindle_desktop.domain.words import ENGLISH, Words, fill
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.exchange.leaves import kept_entry
from rekindle_desktop.services import replies, sharing
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.sharing import REVIEWER, SHARER, Ended
from rekindle_desktop.store import settings
from rekindle_desktop.store import sharing as store
from rekindle_desktop.store.journal import Journal

MAX_WORDS = 2_000  # "a few words": a last message, not a letter


@dataclass(frozen=True)
class Stopped:
    """What stopping did, for the person who stopped: an English `template` with
    {named} `fields`, so the window can say it in its own language."""

    last_file: Path | None  # the file written for the partner, if one was
    template: str
    fields: Mapping[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        """What stopping did, in English."""
        return fill(self.template, self.fields)


def is_sharing(journal: Journal) -> bool:
    return store.partner(journal.conn, REVIEWER) is not None


def is_reviewing(journal: Journal) -> bool:
    return store.partner(journal.conn, SHARER) is not None


def has_reviewed(journal: Journal) -> bool:
    """Whether anything was accepted in the current record: a last reply needs it."""
    return store.accepted_checkpoint_count(journal.conn) > 0


def last_file_folder(journal: Journal) -> Path | None:
    """Where timeline files go by themselves, if a folder was chosen: the natural place
    for the last one, since the partner already looks there."""
    folder = journal.get(settings.AUTO_EXPORT_FOLDER)
    return Path(folder) if folder else None


def stop_sharing(log: JournalLog, *, last_file: Path | None, words: str = "") -> Stopped:
    """End sharing with the paired reviewer, now.

    With `last_file`, a last timeline file is written there: everything shared before,
    then one ending entry with `words` (nothing else new is added). Without it, the
    partner is not told by Rekindle. Either way the sharer's own journal records the
    ending, and no further timeline file can be made until the two pair again.
    """
    journal = log.journal
    reviewer = store.partner(journal.conn, REVIEWER)
    if reviewer is None:
        raise UserFacingError("You aren't sharing with anyone at the moment.", "Nothing changed.")
    words = _words(words)
    if last_file is not None:
        # A last file that could not be written before already holds its ending.
        if not sharing.shared_ending(journal):
            sharing.share_ending(journal, _ending(log, words))
        sharing.write_timeline(journal, reviewer, last_file, 1)
    else:
        _ending(log, words)
    store.end_pairing(journal.conn, reviewer.id, Ended.STOPPED)
    if last_file is not None and words:
        said = (
            "Sharing has stopped. A last timeline file is in {file}. When your partner opens "
            "it, their Rekindle will say that sharing has ended, with your words. Your "
            "journal stays yours, as it is, and what your partner already has stays with "
            "them. To share again one day, pair again."
        )
    elif last_file is not None:
        said = (
            "Sharing has stopped. A last timeline file is in {file}. When your partner opens "
            "it, their Rekindle will say that sharing has ended. Your journal stays yours, "
            "as it is, and what your partner already has stays with them. To share again "
            "one day, pair again."
        )
    else:
        said = (
            "Sharing has stopped. No file was written, so Rekindle won't tell your partner. "
            "Tell them yourself if and when it feels safe to. Your journal stays yours, as "
            "it is, and what your partner already has stays with them. To share again one "
            "day, pair again."
        )
    return Stopped(last_file, said, {"file": last_file} if last_file is not None else {})


def stop_reviewing(journal: Journal, *, last_reply: Path | None) -> Stopped:
    """End reviewing the paired sharer's files, now.

    With `last_reply`, a last reply is written there that tells the sharer so (and, like
    every reply, how far this side has read). Everything accepted stays, read-only.
    """
    sharer = store.partner(journal.conn, SHARER)
    if sharer is None:
        raise UserFacingError(
            "You aren't reviewing anyone's timeline at the moment.", "Nothing changed."
        )
    if last_reply is not None:
        replies.make_reply(journal, last_reply, ended=True)
    store.end_pairing(journal.conn, sharer.id, Ended.STOPPED)
    if last_reply is not None:
        return Stopped(
            last_reply,
            "You have stopped reviewing. A last reply is in {file}. When your partner opens "
            "it, their Rekindle will say that you have stopped reviewing. Everything you "
            "reviewed stays here, read-only. To review again one day, pair again.",
            {"file": last_reply},
        )
    return Stopped(
        None,
        "You have stopped reviewing. No reply was written, so Rekindle won't tell your "
        "partner. Tell them yourself if and when it feels safe to. Everything you reviewed "
        "stays here, read-only. To review again one day, pair again.",
    )


def unpair(journal: Journal) -> list[str]:
    """End every lasting pairing here, without a last file. What each side keeps stays.
    Returns what ended, in plain words (empty if nothing was paired)."""
    said = []
    for side in (REVIEWER, SHARER):
        pairing = store.partner(journal.conn, side)
        if pairing is not None:
            store.end_pairing(journal.conn, pairing.id, Ended.UNPAIRED)
            said.append(
                "You no longer share your timeline with your partner."
                if side == REVIEWER
                else "You no longer review your partner's timeline files."
            )
    return said


@dataclass(frozen=True)
class Pairing:
    """One pairing, as the person who had it may look back on it."""

    id: int
    side: str
    number: int  # 1 for the first pairing on this side
    paired: str  # ISO time
    ended: str | None
    how: Ended | None
    accepted: int  # entries accepted in it (the reviewer's side)

    @property
    def lasting(self) -> bool:
        return self.ended is None

    def describe(self, words: Words = ENGLISH) -> str:
        """One plain line (in `words`' language): who stopped, never who failed."""
        match self.how:
            case None if self.side == REVIEWER:
                return words.text("You are sharing with your partner.")
            case None:
                return words.text("You are reviewing your partner.")
            case Ended.STOPPED:
                return words.text("You stopped this pairing.")
            case Ended.UNPAIRED:
                return words.text("You unpaired.")
            case Ended.PARTNER_STOPPED:
                return words.text("Your partner stopped this pairing.")
            case Ended.PAIRED_AGAIN:
                return words.text("You paired again after your partner's keys changed.")


def pairings(journal: Journal, *, count_latest: bool = True) -> list[Pairing]:
    """Every pairing this journal has had, oldest first (quick: no entry is read).
    Without `count_latest`, the latest pairing with a sharer counts 0 accepted entries:
    counting a ten-year record takes a while."""
    found = []
    numbers = {REVIEWER: 0, SHARER: 0}
    rows = store.pairings(journal.conn)
    latest = max((p.id for p in rows if p.side == SHARER), default=None)
    for pairing in rows:
        numbers[pairing.side] += 1
        counts = pairing.side == SHARER and (count_latest or pairing.id != latest)
        accepted = store.accepted_leaf_count(journal.conn, pairing.id) if counts else 0
        found.append(
            Pairing(
                pairing.id,
                pairing.side,
                numbers[pairing.side],
                pairing.paired,
                pairing.ended,
                Ended(pairing.how) if pairing.how else None,
                accepted,
            )
        )
    return found


def earlier_records(journal: Journal) -> list[Pairing]:
    """Pairings before the current one in which the reviewer accepted entries: kept as
    they were, shown apart and marked as from an earlier pairing."""
    reviewed = [p for p in pairings(journal, count_latest=False) if p.side == SHARER]
    return [p for p in reviewed[:-1] if p.accepted]


def accepted_in(journal: Journal, pairing: Pairing) -> tuple[Entry, ...]:
    """Everything accepted in one pairing, in log order, as it was accepted."""
    return tuple(kept_entry(leaf) for leaf in store.accepted_leaves(journal.conn, pairing.id))


def _words(words: str) -> str:
    words = words.strip()
    if len(words) > MAX_WORDS:
        raise UserFacingError(
            "Those words are longer than {count:,} characters.",
            "Keep the last message short; nothing was changed.",
            count=MAX_WORDS,
        )
    return words


def _ending(log: JournalLog, words: str) -> Entry:
    return log.add(Draft(EntryKind.ENDING, log.clock.now(), Ending(words)))
