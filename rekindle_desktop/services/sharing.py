"""Pairing, exporting a timeline file, and reviewing one: the use cases of sharing.

The sharer's side appends shareable entries to an append-only shared log and signs a
checkpoint over it. The reviewer's side accepts a file only if it extends everything
accepted before; otherwise it says plainly what happened and keeps what it had.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from rekindle_desktop.crypto import merkle
from rekindle_desktop.crypto.identity import (
    PairingCodeError,
    PublicIdentity,
    pair_phrase,
    read_pairing_code,
)
from rekindle_desktop.crypto.signed_note import Checkpoint
from rekindle_desktop.domain.entries import (
    Agreement,
    Amend,
    Ending,
    Entry,
    EntryKind,
    OutcomeRecord,
    Retract,
)
from rekindle_desktop.domain.ledger import Ledger
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.role import Role
from rekindle_desktop.domain.words import ENGLISH, Refusal, Words, fill
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.exchange import acceptance, incoming, outgoing, timeline_file
from rekindle_desktop.exchange.acceptance import Verdict
from rekindle_desktop.exchange.leaves import (
    LeafError,
    entry_to_leaf,
    kept_entry,
    number_and_kind,
    shared_form,
)
from rekindle_desktop.services import requests
from rekindle_desktop.store import entries as entry_store
from rekindle_desktop.store import replies as reply_store
from rekindle_desktop.store import settings
from rekindle_desktop.store import sharing as store
from rekindle_desktop.store.database import transaction
from rekindle_desktop.store.files import write_atomically
from rekindle_desktop.store.journal import Journal

SHARER = "sharer"
REVIEWER = "reviewer"
# Shared whatever the agreement lists: its own terms, pauses, and answers to requests
# the reviewer chose to send.
ALWAYS_SHARED = (EntryKind.PAUSE, EntryKind.AGREEMENT, EntryKind.ANSWER)
RECORDS = (EntryKind.OUTCOME, EntryKind.AMEND, EntryKind.RETRACT)


Partner = store.Partner  # one pairing, lasting or ended, as the pages show it


class Ended(StrEnum):
    """How a pairing ended, on this side. Kept with the pairing, and said in plain words."""

    STOPPED = "stopped"  # this side stopped sharing or stopped reviewing
    UNPAIRED = "unpaired"  # this side unpaired, without a last file
    PARTNER_STOPPED = "partner stopped"  # the partner's last file or reply said so
    PAIRED_AGAIN = "paired again"  # the partner's keys changed and a new pairing began


# --- pairing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PairingPreview:
    partner: PublicIdentity
    phrase: str
    sides: tuple[str, ...]  # which roles the partner takes for this journal
    already_paired: bool
    new_pairing: bool = False  # it replaces a pairing with this partner's earlier keys


@dataclass(frozen=True)
class PartnerKeys:
    """This journal's public keys and a partner's: all the safety phrase needs."""

    mine: PublicIdentity
    partner: PublicIdentity
    sides: tuple[str, ...]  # which roles the partner takes (or took) for this journal
    already_paired: bool
    new_pairing: bool = False

    def safety_phrase(self) -> str:
        """Slow on purpose (about a quarter second, 64 MiB; SECURITY.md R12): call it
        off the GUI thread. It reads no journal, so any thread may."""
        return pair_phrase(self.mine, self.partner)

    def preview(self) -> PairingPreview:
        return PairingPreview(
            self.partner, self.safety_phrase(), self.sides, self.already_paired, self.new_pairing
        )


def pairing_code(journal: Journal) -> str:
    return store.own_identity(journal.conn).public().pairing_code()


class KeysChanged(UserFacingError):
    """The code's keys differ from the ones this journal is paired with."""


KEYS_CHANGED = (
    "These keys are different from the ones you paired with before.",
    "This can mean your partner set Rekindle up again, or that someone else made this "
    "code. Nothing was changed. Talk to your partner in person. If they did set it up "
    "again, you can pair again as a new pairing: what you have now is kept, marked as "
    "from the earlier pairing.",
)


def read_partner_code(journal: Journal, code: str, *, new_pairing: bool = False) -> PartnerKeys:
    """Read a partner's code and check it against any keys pinned before. Quick; the
    safety phrase comes after (PartnerKeys.preview). Nothing is saved.

    Different keys are refused (KeysChanged) unless `new_pairing`: then the pairing they
    make replaces the lasting one, whose record stays as the earlier pairing's."""
    try:
        theirs = read_pairing_code(code)
    except PairingCodeError as exc:
        raise UserFacingError.refused(exc, "Ask your partner to copy their code again.") from exc
    mine = store.own_identity(journal.conn).public()
    if theirs == mine:
        raise UserFacingError(
            "That is this journal's own pairing code.",
            "Use the code from your partner's Rekindle instead.",
        )
    sides = _partner_sides(journal.get(settings.ROLE))
    already, replaces = True, False
    for side in sides:
        pinned = store.partner(journal.conn, side)
        if pinned is None:
            already = False
        elif pinned.identity != theirs:
            if not new_pairing:
                raise KeysChanged(*KEYS_CHANGED)
            already, replaces = False, True
    return PartnerKeys(mine, theirs, sides, already, replaces)


def preview_pairing(journal: Journal, code: str) -> PairingPreview:
    """Read a partner's code and work out the safety phrase (slow). Nothing is saved yet."""
    return read_partner_code(journal, code).preview()


def confirm_pairing(journal: Journal, preview: PairingPreview) -> None:
    """Pin the partner's keys after both people said the safety phrases match."""
    # Check the keys again against the journal as it is now; the phrase was derived
    # from these very keys, so it is not worked out a second time.
    fresh = read_partner_code(
        journal, preview.partner.pairing_code(), new_pairing=preview.new_pairing
    )
    with transaction(journal.conn):
        for side in fresh.sides:
            pinned = store.partner(journal.conn, side)
            if pinned is not None and pinned.identity != fresh.partner:
                store.end_pairing(journal.conn, pinned.id, Ended.PAIRED_AGAIN)
                pinned = None
            if pinned is None:
                store.pin_partner(journal.conn, side, fresh.partner, preview.phrase)


def paired_partners(journal: Journal) -> list[PartnerKeys]:
    """Each partner pinned in this journal (one entry per set of keys, with every side
    they take), to see the safety phrase again. Quick; the phrase itself is slow.

    The phrase is worked out afresh from the pinned keys, never read back from the
    journal: a pairing made by an earlier version showed a shorter phrase.
    """
    found: dict[PublicIdentity, list[str]] = {}
    for side in (REVIEWER, SHARER):
        pinned = store.partner(journal.conn, side)
        if pinned is not None:
            found.setdefault(pinned.identity, []).append(side)
    if not found:
        return []
    mine = store.own_identity(journal.conn).public()
    return [PartnerKeys(mine, partner, tuple(sides), True) for partner, sides in found.items()]


def paired_with(journal: Journal, side: str) -> store.Partner | None:
    """The lasting pairing on this side, if there is one."""
    return store.partner(journal.conn, side)


def latest_pairing(journal: Journal, side: str) -> store.Partner | None:
    """The newest pairing on this side, lasting or ended."""
    return store.latest_pairing(journal.conn, side)


def _partner_sides(role: Role) -> tuple[str, ...]:
    sides = []
    if role.shares:
        sides.append(REVIEWER)
    if role.reviews:
        sides.append(SHARER)
    return tuple(sides)


# --- exporting -------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportPreview:
    new: tuple[Entry, ...]  # entries this export adds to the shared log
    total: int  # entries in the file
    counts: dict[EntryKind, int]  # by kind, for the whole file
    first_day: date | None
    last_day: date | None
    private_left_out: int
    not_agreed_left_out: int


def export_preview(journal: Journal) -> ExportPreview:
    """What an export would add and what the file would hold.

    Only entries not shared yet are read in full; the shared log is summed up in SQL,
    so a ten-year journal previews as fast as a new one.
    """
    conn = journal.conn
    already = store.shared_entry_ids(conn)
    agreements = Ledger.of(
        entry_store.of_kinds(conn, (EntryKind.AGREEMENT, EntryKind.AMEND, EntryKind.RETRACT))
    ).agreements()
    new, private, not_agreed = _shareable(
        entry_store.not_yet_shared(conn), agreements[-1] if agreements else None, already
    )
    summary = entry_store.shared_summary(conn)
    counts = Counter(summary.counts)
    counts.update(e.kind for e in new)
    moments = [m for m in (summary.first, summary.last) if m is not None]
    moments += [e.happened for e in new]
    return ExportPreview(
        new=tuple(new),
        total=len(already) + len(new),
        counts=dict(counts),
        first_day=min(moments).utc.date() if moments else None,
        last_day=max(moments).utc.date() if moments else None,
        private_left_out=private,
        not_agreed_left_out=not_agreed,
    )


def _shareable(
    unshared: Iterable[Entry], agreement: Agreement | None, already: set[int]
) -> tuple[list[Entry], int, int]:
    agreed = set(agreement.shared_kinds) if agreement is not None else None
    shared = set(already)
    new: list[Entry] = []
    private = not_agreed = 0
    for entry in unshared:
        if entry.kind is EntryKind.ENDING:
            continue  # only stop_sharing shares one, as a log's last entry
        if entry.private:
            private += 1
            continue
        if entry.kind in RECORDS:
            body = entry.body
            assert isinstance(body, OutcomeRecord | Amend | Retract)
            if body.target not in shared:
                continue  # about something that is not shared
        elif entry.kind not in ALWAYS_SHARED and agreed is not None and entry.kind not in agreed:
            not_agreed += 1
            continue
        new.append(entry)
        shared.add(entry.id)
    return new, private, not_agreed


def _as_leaves(journal: Journal, new: Sequence[Entry]) -> list[tuple[int, bytes]]:
    """(journal id, leaf) for entries joining the shared log, numbered on from its end.

    Shared numbers count shared entries only, so gaps can't tell how many stayed private.
    """
    last = store.last_shared_leaf(journal.conn)
    number = number_and_kind(last)[0] if last is not None else 0
    targets = [e.body.target for e in new if isinstance(e.body, OutcomeRecord | Amend | Retract)]
    numbers = {
        entry_id: number_and_kind(leaf)[0]
        for entry_id, leaf in store.shared_leaves_of(journal.conn, targets).items()
    }
    leaves = []
    for entry in new:
        number += 1
        numbers[entry.id] = number
        leaves.append((entry.id, entry_to_leaf(shared_form(entry, number, numbers))))
    return leaves


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    added: int
    root: bytes


def origin_of(journal: Journal) -> str:
    """The shared log's origin: one per pairing with a reviewer. The first pairing's is
    `rekindle/<journal id>`; a later one adds its number (`rekindle/<id>/2`), so a new
    pairing's log never reads as a continuation of an earlier one."""
    origin = f"rekindle/{journal.journal_id}"
    reviewer = store.latest_pairing(journal.conn, REVIEWER)
    number = store.pairing_number(journal.conn, reviewer) if reviewer is not None else 1
    return origin if number == 1 else f"{origin}/{number}"


def export(journal: Journal, out: Path, preview: ExportPreview | None = None) -> ExportResult:
    reviewer = lasting_reviewer(journal)
    _refuse_after_the_agreement_ended(journal)
    preview = preview or export_preview(journal)
    if preview.new:
        store.append_shared(journal.conn, _as_leaves(journal, preview.new))
    return write_timeline(journal, reviewer, out, len(preview.new))


def latest_agreement(journal: Journal) -> Agreement | None:
    """The latest version, read without the rest of the journal."""
    agreements = Ledger.of(
        entry_store.of_kinds(
            journal.conn, (EntryKind.AGREEMENT, EntryKind.AMEND, EntryKind.RETRACT)
        )
    ).agreements()
    return agreements[-1] if agreements else None


def _refuse_after_the_agreement_ended(journal: Journal) -> None:
    latest = latest_agreement(journal)
    today = datetime.now().astimezone().date()
    if latest is not None and latest.ends_on is not None and latest.ends_on < today:
        raise UserFacingError(
            "Your agreement (version {version}) ended on {day} without a new version, so "
            "sharing has stopped, as you set it up together.",
            "If you both want to go on, write the next version together (Agreement…); "
            "then files can be shared again.",
            version=latest.version,
            day=latest.ends_on,
        )


def lasting_reviewer(journal: Journal) -> store.Partner:
    reviewer = store.partner(journal.conn, REVIEWER)
    if reviewer is None:
        latest = store.latest_pairing(journal.conn, REVIEWER)
        if latest is not None:
            raise UserFacingError(
                "Sharing has ended: this journal isn't paired with a reviewer any more.",
                "To share again, pair again together: Pair again and share… on your page.",
            )
        raise UserFacingError(
            "There is no reviewer to make a timeline file for yet.",
            "Pair with your partner first: exchange pairing codes and compare the safety phrase.",
        )
    return reviewer


def share_ending(journal: Journal, ending: Entry) -> None:
    """Put `ending` at the end of the shared log, and nothing else new: the last entry a
    reviewer will accept from this pairing (docs/FORMAT.md §6)."""
    store.append_shared(journal.conn, _as_leaves(journal, [ending]))


def shared_ending(journal: Journal) -> bool:
    """Whether the current shared log already ends with an ending."""
    last = store.last_shared_leaf(journal.conn)
    return last is not None and number_and_kind(last)[1] is EntryKind.ENDING


def write_timeline(
    journal: Journal, reviewer: store.Partner, out: Path, added: int
) -> ExportResult:
    """Sign the current shared log, encrypt it to the reviewer, and write it to `out`."""
    identity = store.own_identity(journal.conn)
    checkpoint, lines = _shared_log(journal)
    try:
        digest = outgoing.write_signed(
            out,
            checkpoint.text(),
            checkpoint.origin,
            identity,
            reviewer.identity,
            timeline_file.HEADER,
            lines,
        )
    except OSError as exc:
        raise UserFacingError(
            "The timeline file could not be written to {file} ({reason}).",
            "Check the folder and free space, then export again. "
            "Any earlier file there is unchanged.",
            file=out,
            reason=exc.strerror or exc,
        ) from exc
    del lines  # ten years of entries: not held while the file is read back
    # Read back what landed on disk and check it opens to exactly what was meant.
    try:
        written = timeline_file.decrypted_digest(out.read_bytes(), identity.age())
    except (OSError, Refusal):
        written = b""
    if written != digest:
        raise UserFacingError(
            "The timeline file did not read back as written.",
            "Export again, perhaps to another folder or disk.",
        )
    journal.set(settings.LAST_SHARED, f"{datetime.now(UTC).isoformat()}\t{out}")
    return ExportResult(out, checkpoint.size, added, checkpoint.root)


def _shared_log(journal: Journal) -> tuple[Checkpoint, bytearray]:
    """The shared log's checkpoint, and its leaves as the file holds them after it, one
    a line. Read a row at a time: ten years of leaves are never 91,000 objects at once."""
    hashes: list[bytes] = []
    lines = bytearray()
    for leaf in store.each_shared_leaf(journal.conn):
        hashes.append(merkle.leaf_hash(leaf))
        lines += leaf
        lines += b"\n"
    return Checkpoint(origin_of(journal), len(hashes), merkle.root_of_hashes(hashes)), lines


# --- reviewing -------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewResult:
    verdict: Verdict
    message: str
    next_step: str = ""
    new_entries: int = 0
    total: int = 0
    differences: tuple[str, ...] = field(default=())
    answers: tuple[requests.AnswerSeen, ...] = ()  # to this reviewer's requests, new in it


def read_incoming(path: Path) -> bytes:
    """A file from the partner, read only if it is a regular file of a sane size."""
    try:
        return incoming.read_incoming(path)
    except timeline_file.FileUnreadable as exc:
        raise UserFacingError.refused(exc, "Nothing was changed.") from exc


def review(journal: Journal, data: bytes, *, words: Words = ENGLISH) -> ReviewResult:
    """Check a timeline file against everything accepted before; keep it only if it extends it.

    The rule itself is exchange.acceptance.check_extends; this keeps its result or says,
    in plain words (in `words`' language), why it was refused.
    """
    sharer = _sharer_to_review(journal)
    identity = store.own_identity(journal.conn)
    try:
        plaintext = timeline_file.decrypt(data, identity.age())
    except timeline_file.FileTampered as exc:
        return _refused(
            Verdict.TAMPERED,
            fill(exc.template, exc.fields, words),
            words.text(
                "It was not accepted, and nothing you reviewed before changed. "
                "Your partner can share it again."
            ),
            words,
        )
    except timeline_file.FileUnreadable as exc:
        return _refused(Verdict.UNREADABLE, fill(exc.template, exc.fields, words), "", words)
    before = _accepted_before(journal)
    try:
        extension = acceptance.check_extends(plaintext, sharer.identity.signing_key, before)
    except acceptance.Refusal as refusal:
        return _refusal(refusal, before, words)
    total = len(extension.leaves)
    if extension.start == total:
        return ReviewResult(
            Verdict.ALREADY_SEEN,
            words.text("You have already reviewed everything in this file."),
            total=total,
        )
    checkpoint = extension.checkpoint
    ending = number_and_kind(extension.leaves[-1])[1] is EntryKind.ENDING
    store.accept(
        journal.conn,
        sharer,
        extension.new_leaves,
        extension.about,
        extension.start,
        (extension.note, checkpoint.size, checkpoint.root),
        ends_as=Ended.PARTNER_STOPPED if ending else None,
    )
    added = total - extension.start
    answers = tuple(requests.answers_among(journal, extension.new_leaves))
    if ending:
        last = kept_entry(extension.leaves[-1]).body
        assert isinstance(last, Ending)
        if last.words:
            stopped = words.text(
                'Your partner has stopped sharing. In their words: "{said}"'
            ).format(said=last.words[:500])
        else:
            stopped = words.text("Your partner has stopped sharing.")
        return ReviewResult(
            Verdict.ENDED,
            stopped,
            words.text(
                "Everything you reviewed stays here, and you can read it whenever you like. "
                "Nothing more will arrive from this pairing. If you both want to share again "
                "one day, pair again together."
            ),
            new_entries=added,
            total=total,
            answers=answers,
        )
    if added == 1:
        accepted = words.text(
            "Accepted: 1 new entry, {total} in all. The record extends what you reviewed before."
        )
    else:
        accepted = words.text(
            "Accepted: {added} new entries, {total} in all. The record extends what you "
            "reviewed before."
        )
    return ReviewResult(
        Verdict.ACCEPTED,
        accepted.format(added=added, total=total),
        new_entries=added,
        total=total,
        answers=answers,
    )


def _sharer_to_review(journal: Journal) -> store.Partner:
    """The pairing whose files this journal checks: the lasting one, or one the sharer
    ended (so their last file opens again as already seen)."""
    sharer = store.latest_pairing(journal.conn, SHARER)
    if sharer is None:
        raise UserFacingError(
            "This journal isn't paired with a sharer yet.",
            "Pair first: exchange pairing codes and compare the safety phrase in person.",
        )
    if sharer.ended is not None and sharer.how != Ended.PARTNER_STOPPED:
        raise UserFacingError(
            "You stopped reviewing, so this journal isn't paired with a sharer any more.",
            "Nothing was changed. What you reviewed before is kept. To review again, "
            "pair again together, in person.",
        )
    return sharer


def _accepted_before(journal: Journal) -> acceptance.Accepted | None:
    checkpoints = store.accepted_checkpoints(journal.conn)
    if not checkpoints:
        return None
    last = checkpoints[-1]
    origin = last.note.split("\n", 1)[0]
    # The root was checked against these leaves when they were accepted, in the same
    # transaction that kept them: rule 8 compares it, and reads the leaves only to refuse.
    leaves = store.AcceptedLeaves(journal.conn, last.size)
    return acceptance.Accepted(leaves, origin, last.root)


UNCHANGED = "It was not accepted, and nothing you reviewed before changed."


def _reason(refusal: acceptance.Refusal, words: Words) -> str:
    """Why the file was refused, in `words`' language; a field that is itself a refusal
    (an entry that can't be read) is said in them too."""
    fields = {
        name: fill(value.template, value.fields, words) if isinstance(value, Refusal) else value
        for name, value in refusal.fields.items()
    }
    return fill(refusal.reason, fields, words)


def _refusal(
    refusal: acceptance.Refusal, before: acceptance.Accepted | None, words: Words
) -> ReviewResult:
    verdict, leaves = refusal.verdict, refusal.leaves
    kept = list(before.leaves) if before is not None else []
    # The reason follows a colon, as a clause of its own (templates in exchange/acceptance).
    reason = _reason(refusal, words)
    match verdict:
        case Verdict.REWRITTEN:
            return _rewritten(kept, leaves, words)
        case Verdict.OLDER:
            return _refused(
                verdict,
                words.text(
                    "This is an older timeline file: it has {count} entries, and "
                    "you have already reviewed {reviewed}."
                ).format(count=len(leaves), reviewed=len(kept)),
                words.text("Nothing was changed. Ask for the latest file if you want to see more."),
                words,
            )
        case Verdict.WRONG_SIGNER:
            return _refused(
                verdict,
                words.text(
                    "This file was signed by someone other than the partner you paired with."
                ),
                words.text(
                    "It was not accepted. If your partner set Rekindle up again, pair again "
                    "together, in person."
                ),
                words,
            )
        case Verdict.OTHER_RECORD:
            return _refused(
                verdict,
                words.text(
                    "This file continues a different record from the one you have been reviewing."
                ),
                words.text(
                    "It was not accepted, and nothing you reviewed before changed. "
                    "If your partner started a new journal, talk about it together."
                ),
                words,
            )
        case Verdict.OUT_OF_ORDER if refusal.reason == "it goes on after sharing ended":
            return _refused(
                verdict,
                words.text("This file goes on after your partner ended sharing."),
                words.text(
                    "It was not accepted, and nothing you reviewed before changed. "
                    "If you both want to share again, pair again together first."
                ),
                words,
            )
        case Verdict.OUT_OF_ORDER:
            return _refused(
                verdict,
                words.text(
                    "This file doesn't hold together: {reason}. Rekindle never writes "
                    "a file like this, and accepting it could change what you already saw."
                ).format(reason=reason),
                words.text(
                    "It was not accepted, and nothing you reviewed before changed. "
                    "This is worth talking about together, calmly."
                ),
                words,
            )
        case Verdict.UNREADABLE if refusal.reason.startswith("entry "):
            return _refused(
                verdict,
                words.text("This file can't be read by this version: {reason}.").format(
                    reason=reason
                ),
                words.text("Update Rekindle and open it again. Nothing was changed."),
                words,
            )
        case Verdict.UNREADABLE:
            return _refused(
                verdict,
                words.text("This timeline file can't be read: {reason}.").format(reason=reason),
                "",
                words,
            )
        case _:
            return _refused(
                Verdict.TAMPERED,
                words.text("This file was changed after it was signed: {reason}.").format(
                    reason=reason
                ),
                "",
                words,
            )


def _refused(verdict: Verdict, message: str, next_step: str, words: Words) -> ReviewResult:
    return ReviewResult(verdict, message, next_step or words.text(UNCHANGED))


def _rewritten(kept: list[bytes], leaves: list[bytes], words: Words) -> ReviewResult:
    differences: list[str] = []
    for index, old in enumerate(kept):
        if index >= len(leaves):
            differences.append(
                words.text("{count} entries you reviewed are missing.").format(
                    count=len(kept) - index
                )
            )
            break
        if leaves[index] != old:
            differences.append(
                words.text("Entry {number}: {was} — now: {now}").format(
                    number=index + 1,
                    was=_describe_leaf(old, words),
                    now=_describe_leaf(leaves[index], words),
                )
            )
        if len(differences) >= 20:
            differences.append(words.text("…and possibly more."))
            break
    return ReviewResult(
        Verdict.REWRITTEN,
        words.text(
            "This file doesn't extend what you reviewed before: part of the history you "
            "already saw is different in it."
        ),
        words.text(
            "It was not accepted, and what you reviewed before is kept. This is worth "
            "talking about together, calmly. A restored backup on your partner's side can "
            "cause it too."
        ),
        total=len(leaves),
        differences=tuple(differences),
    )


def _describe_leaf(leaf: bytes, words: Words) -> str:
    try:
        entry = kept_entry(leaf)
    except LeafError:
        return words.text("an unreadable entry")
    return words.text(
        "{kind} of {day}: {summary}"
    ).format(
        kind=words.text(entry.kind.label),  # marked with the domain's words
        day=words.short_day(entry.happened.as_recorded().date(), year=True),
        summary=entry.body.summary(words=words)[:80],
    )


def reviewed_entries(journal: Journal) -> list[Entry]:
    """Everything accepted from the sharer, in log order."""
    return [kept_entry(leaf) for leaf in store.accepted_leaves(journal.conn)]


def export_age_identity(journal: Journal, out: Path) -> None:
    identity = store.own_identity(journal.conn)
    text = (
        "# Rekindle: this journal's age identity. Anyone with this file can read every\n"
        "# timeline file made for this journal. Keep it private; delete it when done.\n"
        f"# public key: {identity.public().age_recipient}\n"
        f"{identity.age_identity}\n"
    )
    try:
        write_atomically(out, text.encode())
    except OSError as exc:
        raise UserFacingError(
            "Could not write {file} ({reason}).",
            "Choose another folder, or free some space, and try again.",
            file=out,
            reason=exc.strerror or exc,
        ) from exc


# --- what the reviewer sees ----------------------------------------------------------


@dataclass(frozen=True)
class ReviewState:
    entries: tuple[Entry, ...]
    files_accepted: int
    last_accepted_at: str | None
    new_since_last_review: frozenset[int]  # entry ids the latest file added
    recorded_late: frozenset[int]  # of those, dated before the review before it


def review_state(journal: Journal) -> ReviewState:
    """The accepted record, and what the latest accepted file added to it."""
    checkpoints = store.accepted_checkpoints(journal.conn)
    leaves = store.accepted_leaves(journal.conn)
    return _state(tuple(kept_entry(leaf) for leaf in leaves), checkpoints)


def review_state_after(journal: Journal, before: ReviewState) -> ReviewState | None:
    """`review_state`, when one more file has been accepted since `before` was read from
    the same record: only the entries that file added are read. None if the record has
    changed in any other way (read it whole)."""
    checkpoints = store.accepted_checkpoints(journal.conn)
    if len(checkpoints) != before.files_accepted + 1:
        return None
    previous = checkpoints[-2] if len(checkpoints) > 1 else None
    start = previous.size if previous is not None else 0
    last_look = previous.accepted_at if previous is not None else None
    if start != len(before.entries) or last_look != before.last_accepted_at:
        return None
    added = store.newest_accepted_leaves(journal.conn, checkpoints[-1].size - start)
    return _state(before.entries + tuple(kept_entry(leaf) for leaf in added), checkpoints)


def recent_review_state(journal: Journal, start: Moment) -> ReviewState:
    """`review_state` of part of the record, read on its own in a moment however long the
    record: the entries that happened from `start` on, and what lasts beyond its own day
    (`store.recent_accepted`). Its marks are those of the whole record, for these entries."""
    checkpoints = store.accepted_checkpoints(journal.conn)
    recent = store.recent_accepted(journal.conn, start.to_text())
    entries = tuple(kept_entry(leaf) for _place, leaf in recent)
    return _state(entries, checkpoints, [place for place, _leaf in recent])


def _state(
    entries: tuple[Entry, ...],
    checkpoints: list[store.AcceptedCheckpoint],
    places: list[int] | None = None,
) -> ReviewState:
    """The record of `entries`: all of it, or those at `places` in it."""
    if not checkpoints:
        return ReviewState(entries, 0, None, frozenset(), frozenset())
    previous = checkpoints[-2] if len(checkpoints) > 1 else None
    start = previous.size if previous else 0
    if places is None:
        added = entries[start:]
    else:
        added = tuple(e for e, place in zip(entries, places, strict=True) if place >= start)
    new = frozenset(e.id for e in added) if previous else frozenset()
    late: frozenset[int] = frozenset()
    if previous is not None:
        # Shared times are to the minute: only a minute before the review's is "before".
        reviewed_at = datetime.fromisoformat(previous.accepted_at).replace(second=0, microsecond=0)
        late = frozenset(e.id for e in added if e.happened.utc < reviewed_at)
    return ReviewState(entries, len(checkpoints), checkpoints[-1].accepted_at, new, late)


ReviewerNote = reply_store.ReviewerNote


def reviewer_notes(journal: Journal) -> list[ReviewerNote]:
    return reply_store.reviewer_notes(journal.conn)


def add_reviewer_note(journal: Journal, text: str, *, question: bool) -> None:
    """A private note or a question for the next check-in; it never leaves this computer."""
    cleaned = text.strip()
    if not cleaned:
        raise UserFacingError("Write a few words first.")
    if len(cleaned) > 20_000:
        raise UserFacingError("That note is very long; please split it.")
    reply_store.add_reviewer_note(journal.conn, cleaned, question=question)


AUTO_EXPORT_NAME = "timeline.rekindle"


def last_shared(journal: Journal) -> tuple[datetime, Path] | None:
    """When and where a timeline file was last written, if ever."""
    when, _tab, where = journal.get(settings.LAST_SHARED).partition("\t")
    try:
        return (datetime.fromisoformat(when), Path(where)) if where else None
    except ValueError:
        return None


def auto_export(journal: Journal) -> ExportResult | None:
    """After a change: refresh the timeline file in the chosen folder, if there is one.

    Only when a reviewer is paired and something new would be added.
    """
    folder = journal.get(settings.AUTO_EXPORT_FOLDER)
    if not folder or store.partner(journal.conn, REVIEWER) is None:
        return None
    # Entries join the shared log before the file is written, so a write that failed
    # is caught up on by comparing with the size last written here.
    preview = export_preview(journal)
    if not preview.new and journal.get(settings.AUTO_EXPORTED_SIZE) == preview.total:
        return None
    result = export(journal, Path(folder) / AUTO_EXPORT_NAME, preview)
    journal.set(settings.AUTO_EXPORTED_SIZE, result.size)
    return result


def accepted_count(journal: Journal) -> int:
    """How many timeline files the current record has accepted (cheap: no entries read)."""
    return store.accepted_checkpoint_count(journal.conn)


def record_version(journal: Journal) -> tuple[int, int]:
    """Changes whenever the reviewed record does: a file accepted, or a new pairing."""
    latest = store.latest_pairing(journal.conn, SHARER)
    return (latest.id if latest is not None else 0, accepted_count(journal))
