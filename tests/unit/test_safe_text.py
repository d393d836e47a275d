"""R14: text from a partner's file reaches neither a terminal with raw control characters
nor the window with a bidi control that could disguise other text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import (
    LOGGABLE_KINDS,
    Agreement,
    CheckIn,
    Draft,
    EntryKind,
    Outcome,
    Plan,
    Words,
)
from rekindle_desktop.domain.ledger import Ledger
from rekindle_desktop.domain.safe_text import (
    BIDI_CONTROLS,
    EXPLICIT_BIDI,
    FSI,
    PDI,
    REPLACEMENT,
    for_terminal,
    for_window,
)
from rekindle_desktop.domain.timeline import timeline_rows
from rekindle_desktop.services import conversation, replies, report, sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.sharing import Verdict
from rekindle_desktop.store import sharing as store
from tests.conftest import PASSPHRASE
from tests.unit.test_sharing import NOW, ZONE, at, make_pair

# A window title, a cleared screen, a CSI in its one-byte C1 form, and a right-to-left
# override that would show what follows it backwards.
HOSTILE = "Gym\x1b]0;owned\x07 \x1b[2J \x9b31m \u202eXYZ"
RAW = ("\x1b", "\x07", "\x9b", "\u202e")
ANY_TEXT = st.text(st.characters(blacklist_categories=()))  # surrogates too


def _unsafe_on_a_terminal(ch: str) -> bool:
    category = unicodedata.category(ch)
    if ch == "\n" or ch in "\u200c\u200d":  # newline; the joiners Persian and emoji need
        return False
    return category in ("Cc", "Cf", "Cs", "Zl", "Zp") or ch in BIDI_CONTROLS


# --- the two functions -----------------------------------------------------------------


def test_controls_are_shown_not_obeyed() -> None:
    shown = for_terminal(HOSTILE + "\tend\r\n")
    assert shown == "Gym\\x1b]0;owned\\x07 \\x1b[2J \\x9b31m \\u202eXYZ\\tend\\r\n"
    assert for_terminal("plain words, café, 🙂\n") == "plain words, café, 🙂\n"
    assert for_terminal("\U000e0041") == "\\U000e0041"  # an invisible tag letter


@given(ANY_TEXT)
def test_nothing_unsafe_reaches_a_terminal(text: str) -> None:
    shown = for_terminal(text)
    assert not [ch for ch in shown if _unsafe_on_a_terminal(ch)]
    shown.encode("utf-8")  # no lone surrogate left to crash print()


def test_the_window_drops_overrides_and_marks_other_controls() -> None:
    assert for_window(HOSTILE) == f"Gym{REPLACEMENT}]0;owned{REPLACEMENT} {REPLACEMENT}[2J " \
        f"{REPLACEMENT}31m XYZ"  # fmt: skip
    assert for_window("Office") == "Office"
    assert for_window("two\nlines\u2028three", one_line=True) == "two lines three"
    assert for_window("two\nlines") == "two\nlines"


def test_right_to_left_text_is_isolated_so_it_moves_nothing_beside_it() -> None:
    hebrew = "\u05e9\u05dc\u05d5\u05dd"
    assert for_window(f"at {hebrew}") == f"{FSI}at {hebrew}{PDI}"
    assert for_window(f"\u202e{hebrew}\u202c") == f"{FSI}{hebrew}{PDI}"
    assert for_window(for_window(f"at {hebrew}")) == for_window(f"at {hebrew}")


@given(ANY_TEXT, st.booleans())
def test_no_bidi_control_can_reach_past_a_window_field(text: str, one_line: bool) -> None:
    shown = for_window(text, one_line=one_line)
    inner = shown[1:-1] if shown.startswith(FSI) and shown.endswith(PDI) else shown
    assert not EXPLICIT_BIDI.intersection(inner)
    assert not [ch for ch in shown if unicodedata.category(ch) == "Cs"]
    assert not [ch for ch in shown if unicodedata.category(ch) == "Cc" and ch not in "\n\t"]
    if one_line:
        assert "\n" not in shown and "\t" not in shown
    assert for_window(shown, one_line=one_line) == shown  # once is enough


@given(ANY_TEXT)
def test_the_window_keeps_letters_and_digits_in_order(text: str) -> None:
    def letters_and_digits(s: str) -> list[str]:
        return [ch for ch in s if unicodedata.category(ch)[0] in "LN"]

    assert letters_and_digits(for_window(text)) == letters_and_digits(text)


def test_every_right_to_left_character_is_isolated() -> None:
    """The ranges in safe_text cover bidi classes R, AL and AN as unicodedata knows them."""
    for code in range(0x110000):
        ch = chr(code)
        if unicodedata.bidirectional(ch) in ("R", "AL", "AN") and unicodedata.category(ch) != "Cf":
            assert for_window(ch).startswith(FSI), hex(code)


# --- a hostile file, end to end --------------------------------------------------------


def test_a_hostile_entry_cannot_disguise_a_timeline_row(
    tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    pair = make_pair(tmp_path, fast_argon2)
    agreement = Agreement(1, frozenset(LOGGABLE_KINDS), 7, HOSTILE, NOW.date())
    pair.log.add(Draft(EntryKind.AGREEMENT, at(7), agreement))
    plan = pair.log.add(Draft(EntryKind.PLAN, at(8), Plan(at(8), at(9), HOSTILE, HOSTILE, HOSTILE)))
    pair.log.record_outcome(plan.id, Outcome.NOT_KEPT, why=HOSTILE)
    pair.log.add(Draft(EntryKind.CHECK_IN, at(10), CheckIn(HOSTILE, HOSTILE)))
    pair.log.add(Draft(EntryKind.DISCLOSURE, at(11), Words(HOSTILE + "\n" + HOSTILE)))
    assert sharing.review(pair.reviewer, pair.export("one.rekindle")).verdict is Verdict.ACCEPTED
    ledger = Ledger.of(sharing.reviewed_entries(pair.reviewer))
    rows = timeline_rows(ledger, ZONE, NOW)
    assert len(rows) == 4
    for row in rows:
        for field in (row.title, row.detail, row.outcome_why):
            assert not [ch for ch in field if ch in RAW or ch in BIDI_CONTROLS], row
            assert "\n" not in field
        assert "owned" in row.title + row.detail and REPLACEMENT in row.title + row.detail
    assert rows[1].outcome is Outcome.NOT_KEPT and "XYZ" in rows[1].outcome_why
    # The counsellor report is built from the same rows, and escapes HTML on top.
    source = report.reviewer_source(pair.reviewer, Clock(ZONE, NOW))
    made = report.build_report(
        source,
        first_day=NOW.date(),
        last_day=NOW.date(),
        sections=report.Section,
        kinds=LOGGABLE_KINDS,
    )
    page = report.report_html(made)
    assert page.count("owned") == 9  # the boundaries, and all four rows' words
    assert not [ch for ch in page if ch in RAW or ch in BIDI_CONTROLS]
    pair.sharer.close()
    pair.reviewer.close()


def _review(journal: Path, file: Path, *extra: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "REKINDLE_PASSPHRASE_FILE": str(journal.parent / "pass.txt")}
    return subprocess.run(
        [sys.executable, "-m", "rekindle_desktop", "review", "--journal", str(journal), str(file),
         *extra],
        capture_output=True, timeout=60, env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def _no_raw_controls(output: bytes) -> str:
    text = output.decode("utf-8")  # strict: no lone surrogate made it out either
    assert not [ch for ch in text if _unsafe_on_a_terminal(ch)], text
    for raw in RAW:
        assert raw.encode("utf-8") not in output
    return text


def test_review_on_a_terminal_never_prints_a_partners_controls(
    tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    pair = make_pair(tmp_path, fast_argon2)
    (tmp_path / "pass.txt").write_text(PASSPHRASE)
    pair.log.add(Draft(EntryKind.CHECK_IN, at(10), CheckIn(HOSTILE)))
    pair.log.add(Draft(EntryKind.DISCLOSURE, at(11), Words(HOSTILE)))
    sharing.review(pair.reviewer, pair.export("one.rekindle"))
    # A rewrite: the refusal quotes the entries it changed, the hostile text included.
    leaves = store.shared_leaves(pair.sharer.conn)
    forged = tmp_path / "forged.rekindle"
    forged.write_bytes(pair.forge([leaves[0].replace(b"Gym", b"Gum"), *leaves[1:]]))
    # A reply whose question and agenda item carry the same text.
    sharing.add_reviewer_note(pair.reviewer, HOSTILE + "\nYour partner has read 99", question=True)
    reply = tmp_path / "reply.rekindle"
    replies.make_reply(pair.reviewer, reply, agenda=(HOSTILE,))
    pair.sharer.close()
    pair.reviewer.close()

    refused = _review(tmp_path / "r", forged)
    assert refused.returncode == 1
    said = _no_raw_controls(refused.stdout + refused.stderr)
    assert "Entry 1:" in said and "\\x1b]0;owned\\x07" in said and "\\u202eXYZ" in said

    received = _review(tmp_path / "s", reply)
    assert received.returncode == 0, received.stderr
    said = _no_raw_controls(received.stdout + received.stderr)
    assert "Question: Gym\\x1b]0;owned" in said
    # The question's second line is indented under it: it cannot pass for a line of ours.
    assert "\n      " + " " * len("Question: ") + "Your partner has read 99" in said
    assert "For the next check-in: Gym\\x1b" in said

    for journal, file in ((tmp_path / "r", forged), (tmp_path / "s", reply)):
        as_json = _review(journal, file, "--json")
        printed = as_json.stdout.decode("ascii")
        assert printed.endswith("\n") and printed[:-1].isprintable()
        document = json.loads(printed)  # and it still says exactly what was there
        quoted = document["differences"] if "differences" in document else document["agenda"]
        assert any(HOSTILE in item for item in quoted)


def test_a_reply_with_controls_reaches_the_agenda_as_it_was_written(
    tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    """The journal keeps the words exactly; only showing them makes them safe."""
    pair = make_pair(tmp_path, fast_argon2)
    pair.log.add(Draft(EntryKind.CHECK_IN, at(10), CheckIn("Office")))
    sharing.review(pair.reviewer, pair.export("one.rekindle"))
    out = tmp_path / "reply.rekindle"
    replies.make_reply(pair.reviewer, out, agenda=(HOSTILE,))
    replies.receive_reply(pair.sharer, out.read_bytes())
    assert [a.text for a in conversation.open_agenda(pair.sharer)] == [HOSTILE]
    pair.sharer.close()
    pair.reviewer.close()
