"""The sharing commands of `rekindle`: pairing-code, pair, export, review, identity."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TextIO

from rekindle_desktop.cli_journal import unlock
from rekindle_desktop.domain.safe_text import for_terminal
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.exchange.acceptance import Verdict
from rekindle_desktop.services import agreements, replies, sharing
from rekindle_desktop.services.replies import FileKind
from rekindle_desktop.store.journal import Journal

EXIT_UNREADABLE = 2


def show_pairing_code(args: argparse.Namespace) -> int:
    with unlock(args) as journal:
        code = sharing.pairing_code(journal)
    print("Give this pairing code to your partner (it holds only public keys):")
    print(f"    {code}")
    return 0


def pair(args: argparse.Namespace) -> int:
    with unlock(args) as journal:
        try:
            keys = sharing.read_partner_code(journal, args.code, new_pairing=args.new_pairing)
        except sharing.KeysChanged as exc:
            raise UserFacingError(
                exc.message,
                exc.next_step + " To do that, run this again with --new-pairing, and "
                "compare the safety phrase together as you did the first time.",
            ) from exc
        preview = keys.preview()
        if preview.already_paired:
            print("You are already paired with this partner. Nothing changed.")
            return 0
        print("Safety phrase — read it aloud together; both screens must show the same words:")
        print(f"    {preview.phrase}")
        if not args.yes:
            if not sys.stdin.isatty():
                raise UserFacingError(
                    "Pairing needs you both to confirm the safety phrase.",
                    "Compare it in person, then run this again with --yes.",
                )
            answer = input("Do the words match on both screens? [y/N] ").strip().lower()
            if answer not in ("y", "yes"):
                print("Not paired. Nothing was saved.")
                return 1
        sharing.confirm_pairing(journal, preview)
    if preview.new_pairing:
        print("Paired again, as a new pairing. What you had from the earlier pairing is kept.")
    print(("" if preview.new_pairing else "Paired. ") + _pair_roles(preview.sides))
    return 0


def _pair_roles(sides: tuple[str, ...]) -> str:
    parts = []
    if sharing.REVIEWER in sides:
        parts.append("Your timeline files will be made for this partner.")
    if sharing.SHARER in sides:
        parts.append("You can now review this partner's timeline files.")
    return " ".join(parts)


def export(args: argparse.Namespace) -> int:
    with unlock(args) as journal:
        preview = sharing.export_preview(journal)
        print(f"This timeline file will hold {preview.total} entries ({len(preview.new)} new).")
        if preview.first_day and preview.last_day:
            print(f"From {preview.first_day:%d %b %Y} to {preview.last_day:%d %b %Y}.")
        for kind, count in sorted(preview.counts.items()):
            print(f"    {kind.label}: {count}")
        if preview.private_left_out:
            print(f"{preview.private_left_out} private entries stay on this computer.")
        if preview.not_agreed_left_out:
            print(
                f"{preview.not_agreed_left_out} entries of kinds outside your agreement "
                "are left out."
            )
        if args.show:
            for entry in preview.new:
                _say(f"    + #{entry.id} {entry.kind.label}: ", entry.body.summary()[:100])
        result = sharing.export(journal, args.out)
    print(f"Wrote {result.path} ({result.size} entries, signed and encrypted for your partner).")
    return 0


def review(args: argparse.Namespace) -> int:
    try:
        data = sharing.read_incoming(args.file)
        with unlock(args) as journal:
            kind = replies.file_kind(journal, data)
            if kind is FileKind.REPLY:
                return _receive_reply(journal, data, as_json=args.json)
            result = _review_timeline(journal, data, kind, args.file.name)
    except UserFacingError as exc:  # not paired, wrong passphrase: usage, not integrity
        _say("rekindle: ", exc.message, sys.stderr)
        if exc.next_step:
            _say("  ", exc.next_step, sys.stderr)
        return EXIT_UNREADABLE
    if args.json:
        json.dump(
            {
                "verdict": result.verdict.value,
                "accepted": result.verdict.accepted,
                "message": result.message,
                "next_step": result.next_step,
                "new_entries": result.new_entries,
                "total": result.total,
                "differences": list(result.differences),
                "answers": [
                    {
                        "request": a.request,
                        "text": a.text,
                        "talk": a.talk,
                        "answered_after_minutes": a.after_minutes,
                    }
                    for a in result.answers
                ],
            },
            sys.stdout,
            ensure_ascii=True,  # partner text as \u escapes: no raw control reaches a terminal
        )
        print()
    else:
        stream = sys.stdout if result.verdict.accepted else sys.stderr
        _say("", result.message, stream)
        if result.next_step:
            _say("  ", result.next_step, stream)
        for difference in result.differences:  # they quote the sharer's entries
            _say("    ", difference, stream)
        for seen in result.answers:
            soon = f" ({seen.how_soon})" if seen.how_soon else ""
            _say(f"    An answer to your request {seen.request}{soon}: ", seen.text, stream)
    return result.verdict.exit_code


def _review_timeline(
    journal: Journal, data: bytes, kind: FileKind, name: str
) -> sharing.ReviewResult:
    """A timeline file from the partner is reviewed; any other file is named for what
    it is, and left alone."""
    if kind is FileKind.NOT_REKINDLE:
        return sharing.ReviewResult(
            Verdict.UNREADABLE,
            f"{name} isn't a Rekindle timeline file or a reply.",
            "Nothing was changed. Check that you chose the file your partner sent you.",
        )
    if kind is FileKind.OWN_REPLY:
        raise UserFacingError(
            f"{name} is a reply you wrote for your partner, not a file from them.",
            "Nothing was changed. Send it to your partner: they open it with "
            "'rekindle review FILE' in their own journal.",
        )
    if kind is FileKind.OWN_TIMELINE:
        raise UserFacingError(
            f"{name} is a timeline file this journal made for your partner, not a file from them.",
            "Nothing was changed. Send it to your partner: they review it in their own "
            "journal. When their reply comes, open it here with 'rekindle review FILE'.",
        )
    if kind is FileKind.UNOPENED and sharing.latest_pairing(journal, sharing.SHARER) is None:
        raise UserFacingError(
            f"{name} can't be opened here: it was made for another journal, or it was "
            "damaged on the way.",
            "Nothing was changed. Check that --journal names your own journal; if your "
            "partner sent the file, ask them to send it again.",
        )
    return sharing.review(journal, data)


def _receive_reply(journal: Journal, data: bytes, *, as_json: bool) -> int:
    received = replies.receive_reply(journal, data)
    if as_json:
        json.dump(
            {
                "verdict": "older reply" if received.older else "reply",
                "accepted": True,  # signed by the reviewer and kept, even when older
                "new": received.new,
                "read_up_to": received.read_up_to,
                "questions": list(received.body.questions),
                "agenda": list(received.body.agenda),
                "feelings_shared": received.body.feelings is not None,
                "ended": received.body.ended,
                "agreed": received.body.agreed,
                "requests": [
                    {
                        "id": r.id,
                        "text": r.text,
                        "wants": r.wants.value,
                        "asked": r.asked.isoformat(),
                    }
                    for r in received.body.requests
                ],
            },
            sys.stdout,
            ensure_ascii=True,
        )
        print()
        return 0
    if not received.new:
        print("You have already opened this reply.")
        return 0
    if received.older:
        if not (received.body.questions or received.body.agenda):
            print("This reply is older than one you already opened; nothing changed.")
            return 0
        print(
            "This reply is older than one you already opened, so how far your partner has "
            "read stays as it was. What it asks, not seen before, joins the agenda:"
        )
    else:
        print(f"Your partner has read the first {received.read_up_to} shared entries.")
    if received.body.ended and not received.older:
        print(
            "Your partner has stopped reviewing. Nothing more will be shared with them "
            "from this journal unless you both pair again. Your journal stays as it is."
        )
    for question in received.body.questions:
        _say("    Question: ", question)
    for item in received.body.agenda:
        _say("    For the next check-in: ", item)
    for request in received.body.requests:
        _say(f"    Request {request.id}, they would like {request.wants.label}: ", request.text)
    if received.body.requests:
        print("    Answer with `rekindle answer REQUEST_ID --text …` (or --at-check-in).")
    if received.body.agreed is not None:
        print(f"    They agree to version {received.body.agreed} of your agreement.")
    if received.body.feelings is not None and not received.older:
        print("    They chose to share how they feel; see Check-ins in the app.")
    return 0


def _say(lead: str, text: str, stream: TextIO | None = None) -> None:
    """Print `lead` (our words) and then `text`, which may come from a partner's file:
    every control in it shown as an escape, and any line after its first indented, so
    it can never pass for a line of ours."""
    shown = for_terminal(text).replace("\n", "\n" + " " * len(lead) + "  ")
    print(lead + shown, file=stream or sys.stdout)


def reply(args: argparse.Namespace) -> int:
    with unlock(args) as journal:
        agree_to = None
        if args.agree:
            version = agreements.to_agree(journal)
            if version is None:
                raise UserFacingError(
                    "There is no new agreement version to agree to. Nothing was written.",
                    "A new version reaches you in your partner's next timeline file.",
                )
            agree_to = version.version
        made = replies.make_reply(
            journal,
            args.out,
            agenda=tuple(args.agenda),
            share_feelings=args.share_feelings,
            agree_to=agree_to,
        )
    print(
        f"Wrote {made.path}: you have read {made.read_up_to} entries; "
        f"{made.questions} questions, {made.requests} requests and {made.agenda} agenda items"
        + (", and how you feel." if made.feelings_included else ".")
    )
    return 0


def export_identity(args: argparse.Namespace) -> int:
    with unlock(args) as journal:
        sharing.export_age_identity(journal, args.export_age_identity)
    print(f"Wrote {args.export_age_identity}.")
    print("Anyone with this file can read every timeline file made for this journal.")
    print("Keep it private, and delete it when you no longer need it.")
    return 0
