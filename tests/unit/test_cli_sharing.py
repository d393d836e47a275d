"""Pairing, export and review from the command line, with the documented exit codes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access
from tests.conftest import PASSPHRASE


def run(*args: str, folder: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "REKINDLE_PASSPHRASE_FILE": str(folder / "pass.txt")}
    return subprocess.run(
        [sys.executable, "-m", "rekindle_desktop", *args],
        capture_output=True, text=True, timeout=60, env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip


@pytest.fixture
def folders(tmp_path: Path, fast_argon2: Argon2Params) -> tuple[Path, Path]:
    (tmp_path / "pass.txt").write_text(PASSPHRASE)
    for name, role in (("s", Role.SHARING), ("r", Role.REVIEWING)):
        access.create_journal(tmp_path / name, PASSPHRASE, role, argon2=fast_argon2).journal.close()
    return tmp_path / "s", tmp_path / "r"


def code_of(journal: Path) -> str:
    out = run("pairing-code", "--journal", str(journal), folder=journal.parent).stdout
    found = re.search(r"REKINDLE-PAIR-1:\S+", out)
    assert found, out
    return found.group(0)


def test_pair_export_review_and_refuse(folders: tuple[Path, Path]) -> None:
    sharer, reviewer = folders
    base = sharer.parent
    unconfirmed = run("pair", "--journal", str(reviewer), code_of(sharer), folder=base)
    assert unconfirmed.returncode == 1 and "--yes" in unconfirmed.stderr
    phrases = []
    for mine, theirs in ((sharer, reviewer), (reviewer, sharer)):
        paired = run("pair", "--journal", str(mine), code_of(theirs), "--yes", folder=base)
        assert paired.returncode == 0, paired.stderr
        phrases.append(paired.stdout.splitlines()[1].strip())
    assert phrases[0] == phrases[1] and len(phrases[0].split()) == 9

    not_yet = run("review", "--journal", str(reviewer), str(base / "none.rekindle"), folder=base)
    assert not_yet.returncode == 2 and "could not be read" in not_yet.stderr
    run("add", "checkin", "--journal", str(sharer), "--place", "Office", folder=base)
    run("add", "disclosure", "--journal", str(sharer), "--text", "mine", "--private", folder=base)
    made = run("export", "--journal", str(sharer), "--out", str(base / "one.rekindle"), folder=base)
    assert made.returncode == 0, made.stderr
    assert "1 entries (1 new)" in made.stdout and "1 private entries stay" in made.stdout
    ok = run(
        "review", "--journal", str(reviewer), str(base / "one.rekindle"), "--json", folder=base
    )
    assert ok.returncode == 0, ok.stderr
    assert json.loads(ok.stdout)["verdict"] == "accepted"

    run("add", "checkin", "--journal", str(sharer), "--place", "Gym", folder=base)
    run("export", "--journal", str(sharer), "--out", str(base / "two.rekindle"), folder=base)
    assert (
        run(
            "review", "--journal", str(reviewer), str(base / "two.rekindle"), folder=base
        ).returncode
        == 0
    )
    older = run(
        "review", "--journal", str(reviewer), str(base / "one.rekindle"), "--json", folder=base
    )
    assert older.returncode == 1
    assert json.loads(older.stdout)["verdict"] == "older than what you reviewed"
    (base / "junk.rekindle").write_bytes(b"\x00" * 100)
    junk = run("review", "--journal", str(reviewer), str(base / "junk.rekindle"), folder=base)
    assert junk.returncode == 2 and "isn't a Rekindle timeline file" in junk.stderr
    assert "Traceback" not in junk.stderr + older.stderr


def pair_both(sharer: Path, reviewer: Path) -> None:
    for mine, theirs in ((sharer, reviewer), (reviewer, sharer)):
        paired = run("pair", "--journal", str(mine), code_of(theirs), "--yes",
                     folder=sharer.parent)  # fmt: skip
        assert paired.returncode == 0, paired.stderr


def test_stop_sharing_with_a_last_file_gives_the_reviewer_the_verdict_ended(
    folders: tuple[Path, Path],
) -> None:
    sharer, reviewer = folders
    base = sharer.parent
    pair_both(sharer, reviewer)
    run("add", "checkin", "--journal", str(sharer), "--place", "Office", folder=base)
    last = base / "last.rekindle"
    asked = run("stop-sharing", "--journal", str(sharer), "--out", str(last), folder=base)
    assert asked.returncode == 1 and "--yes" in asked.stderr and not last.exists()

    stopped = run("stop-sharing", "--journal", str(sharer), "--out", str(last),
                  "--message", "I need to stop for now.", "--yes", folder=base)  # fmt: skip

    assert stopped.returncode == 0, stopped.stderr
    assert "Sharing has stopped" in stopped.stdout and str(last) in stopped.stdout
    seen = run("review", "--journal", str(reviewer), str(last), "--json", folder=base)
    assert seen.returncode == 0, seen.stderr
    verdict = json.loads(seen.stdout)
    assert verdict["verdict"] == "ended" and verdict["accepted"] is True
    assert "I need to stop for now." in verdict["message"]
    again = run("export", "--journal", str(sharer), "--out", str(base / "x.rekindle"), folder=base)
    assert again.returncode == 1 and "Sharing has ended" in again.stderr
    listed = run("list", "--journal", str(sharer), "--json", folder=base)
    assert '"kind": "ending"' in listed.stdout


def test_stop_reviewing_unpair_and_pairing_again_after_a_new_install(
    folders: tuple[Path, Path], fast_argon2: Argon2Params
) -> None:
    sharer, reviewer = folders
    base = sharer.parent
    pair_both(sharer, reviewer)
    run("add", "checkin", "--journal", str(sharer), "--place", "Office", folder=base)
    run("export", "--journal", str(sharer), "--out", str(base / "one.rekindle"), folder=base)
    run("review", "--journal", str(reviewer), str(base / "one.rekindle"), folder=base)

    # The reviewer stops, with a last reply; the sharer's app hears it.
    reply = base / "last-reply.rekindle"
    stopped = run("stop-reviewing", "--journal", str(reviewer), "--reply", str(reply), "--yes",
                  folder=base)  # fmt: skip
    assert stopped.returncode == 0 and "stopped reviewing" in stopped.stdout, stopped.stderr
    heard = run("review", "--journal", str(sharer), str(reply), folder=base)
    assert heard.returncode == 0 and "Your partner has stopped reviewing" in heard.stdout
    nothing = run("unpair", "--journal", str(sharer), "--yes", folder=base)
    assert "isn't paired with anyone" in nothing.stdout

    # The reviewer sets Rekindle up again: new keys. Pairing refuses, then pairs on purpose.
    access.create_journal(
        base / "r2", PASSPHRASE, Role.REVIEWING, argon2=fast_argon2
    ).journal.close()
    fresh = base / "r2"
    run("pair", "--journal", str(fresh), code_of(sharer), "--yes", folder=base)
    # The sharer had no lasting pairing any more, so this is an ordinary pairing.
    assert run("pair", "--journal", str(sharer), code_of(fresh), "--yes",
               folder=base).returncode == 0  # fmt: skip

    newer = base / "r3"
    access.create_journal(newer, PASSPHRASE, Role.REVIEWING, argon2=fast_argon2).journal.close()
    refused = run("pair", "--journal", str(sharer), code_of(newer), "--yes", folder=base)
    assert refused.returncode == 1 and "--new-pairing" in refused.stderr
    again = run("pair", "--journal", str(sharer), code_of(newer), "--yes", "--new-pairing",
                folder=base)  # fmt: skip
    assert again.returncode == 0 and "new pairing" in again.stdout, again.stderr

    unpaired = run("unpair", "--journal", str(sharer), "--yes", folder=base)
    assert unpaired.returncode == 0 and "no longer share" in unpaired.stdout


def test_the_voice_round_trip_by_the_command_line_alone(folders: tuple[Path, Path]) -> None:
    """trigger --send → reply → the sharer sees the request → answer → timeline file →
    the reviewer sees the answer and how soon, as JSON."""
    sharer, reviewer = folders
    base = sharer.parent
    pair_both(sharer, reviewer)
    run("add", "contact", "--journal", str(sharer), "--text", "an old colleague, by message",
        "--how", "contacted", folder=base)  # fmt: skip
    run("export", "--journal", str(sharer), "--out", str(base / "one.rekindle"), folder=base)
    first = run("review", "--journal", str(reviewer), str(base / "one.rekindle"), folder=base)
    assert first.returncode == 0, first.stderr

    kept = run("trigger", "--journal", str(reviewer), "--text", "The hotel on the ring road",
               "--strength", "4", folder=base)  # fmt: skip
    assert "Nothing was sent" in kept.stdout
    sent = run("trigger", "--journal", str(reviewer), "--text", "Her name on a parcel",
               "--wants", "answer", "--send", folder=base)  # fmt: skip
    assert "request 1" in sent.stdout, sent.stderr
    made = run("reply", "--journal", str(reviewer), "--out", str(base / "reply.rekindle"),
               folder=base)  # fmt: skip
    assert "1 requests" in made.stdout, made.stderr

    heard = run("review", "--journal", str(sharer), str(base / "reply.rekindle"), "--json",
                folder=base)  # fmt: skip
    [request] = json.loads(heard.stdout)["requests"]
    assert request["text"] == "Her name on a parcel" and request["wants"] == "answer"
    assert "hotel" not in heard.stdout  # the private moment never left
    listed = json.loads(run("requests", "--journal", str(sharer), "--json", folder=base).stdout)
    assert [r["open"] for r in listed["received"]] == [True]
    answered = run("answer", "--journal", str(sharer), "1", "--text", "A delivery for the "
                   "old flat; I sent it back.", folder=base)  # fmt: skip
    assert answered.returncode == 0, answered.stderr
    nothing = run("answer", "--journal", str(sharer), "9", "--text", "x", folder=base)
    assert nothing.returncode == 1 and "no request number 9" in nothing.stderr

    run("export", "--journal", str(sharer), "--out", str(base / "two.rekindle"), folder=base)
    seen = run("review", "--journal", str(reviewer), str(base / "two.rekindle"), "--json",
               folder=base)  # fmt: skip
    [answer] = json.loads(seen.stdout)["answers"]
    assert answer["request"] == 1 and answer["text"].startswith("A delivery")
    assert isinstance(answer["answered_after_minutes"], int)
    assert answer["answered_after_minutes"] >= 0
    mine = json.loads(run("requests", "--journal", str(reviewer), "--json", folder=base).stdout)
    assert mine["made"][0]["state"].startswith("answered")


def test_an_agreement_needs_an_end_and_stops_sharing_when_it_ends_unrenewed(
    folders: tuple[Path, Path],
) -> None:
    sharer, reviewer = folders
    base = sharer.parent
    pair_both(sharer, reviewer)
    endless = run("agreement", "--journal", str(sharer), "--yes", folder=base)
    assert endless.returncode == 1 and "needs an end" in endless.stderr
    unagreed = run("agreement", "--journal", str(sharer), "--until", "2027-06-01", folder=base)
    assert unagreed.returncode == 1 and "made together" in unagreed.stderr
    bad_step = run("agreement", "--journal", str(sharer), "--until", "2027-06-01", "--yes",
                   "--step", "eight weeks", folder=base)  # fmt: skip
    assert bad_step.returncode == 1 and "Step 1 can't be read" in bad_step.stderr

    made = run("agreement", "--journal", str(sharer), "--until", "2020-01-02",
               "--review-on", "2020-01-01", "--step", "8;70;weekly check-ins", "--yes",
               folder=base)  # fmt: skip
    assert made.returncode == 0 and "version 1" in made.stdout, made.stderr
    stopped = run("export", "--journal", str(sharer), "--out", str(base / "x.rekindle"),
                  folder=base)  # fmt: skip
    assert stopped.returncode == 1 and "without a new version" in stopped.stderr
    assert "as you set it up together" in stopped.stderr  # said plainly, no blame
    renewed = run("agreement", "--journal", str(sharer), "--until", "2099-01-01", "--yes",
                  folder=base)  # fmt: skip
    assert "version 2" in renewed.stdout, renewed.stderr
    again = run("export", "--journal", str(sharer), "--out", str(base / "x.rekindle"),
                folder=base)  # fmt: skip
    assert again.returncode == 0, again.stderr
