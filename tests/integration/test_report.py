"""The counsellor report: a real PDF from a demo journal, read back with pdftotext and
rasterised with pdftoppm; the reviewer's version; a failing disk; the command line."""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.consistency import current_score
from rekindle_desktop.domain.entries import Draft, EntryKind, Words
from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import access, report
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.demo import DISCLOSURES, create_demo, write_demo
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.store import files
from rekindle_desktop.ui.report_pdf import render_pdf, save_report_pdf
from tests.conftest import PASSPHRASE

ZONE = ZoneInfo("Europe/Dublin")
NOW = datetime(2026, 11, 25, 19, 30, tzinfo=ZONE)
CLOCK = Clock(ZONE, NOW)
FIRST = date(2026, 9, 1)
LAST = date(2026, 11, 25)
PRIVATE_WORDS = "Only for me: I still think about the old messages some nights."
TRICKY_WORDS = "Told you about <b>the café</b> & the 10% discount code"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed (Debian package poppler-utils)")
    return found


def pdf_text(path: Path) -> str:
    """The PDF's words with the line breaks of its layout flattened to spaces."""
    out = subprocess.run(
        [_tool("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(out.stdout.split())


@pytest.fixture
def sharer(tmp_path: Path, fast_argon2: Argon2Params, qapp: object) -> Iterator[JournalLog]:
    created = access.create_journal(tmp_path / "j", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    with created.journal as journal:
        write_demo(journal, days=120, seed=3, clock=CLOCK)
        log = JournalLog(journal, CLOCK)
        happened = CLOCK.now()
        log.add(Draft(EntryKind.DISCLOSURE, happened, Words(PRIVATE_WORDS), private=True))
        log.add(Draft(EntryKind.DISCLOSURE, happened, Words(TRICKY_WORDS)))
        yield log


def test_the_pdf_says_what_it_is_and_holds_what_was_chosen(
    sharer: JournalLog, tmp_path: Path
) -> None:
    source = report.sharer_source(sharer.journal, CLOCK)
    content = report.build_report(
        source,
        first_day=FIRST,
        last_day=LAST,
        sections=set(report.Section),
        kinds={EntryKind.DISCLOSURE, EntryKind.NOTE},
    )
    out = tmp_path / "report.pdf"
    save_report_pdf(content, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert out.stat().st_mode & 0o777 == 0o600  # a file the user keeps (SECURITY R7)

    text = pdf_text(out)
    assert "a report for a counselling session" in text
    assert report.INTACT_LOG in text
    assert "Private entries are never included" in text
    for section in report.Section:
        assert section.label in text
    ledger = sharer.ledger
    commitments = ledger.commitments(ZONE, NOW)
    score = round(current_score(commitments, ledger.pauses()) * 100)
    assert f"The trend is at {score} out of 100" in text
    shown = [d for d in DISCLOSURES if d in text]
    assert shown, "a disclosure from the range appears word for word"
    assert TRICKY_WORDS in text  # user text is escaped, so it prints as typed
    assert "Counselling:" in text  # counselling notes were chosen
    assert "No contact with Jordan" in text  # the agreement's boundaries
    assert "Only for me" not in text and "old messages" not in text
    assert "FAIL" not in text.upper()

    page = tmp_path / "page"
    subprocess.run(
        [
            _tool("pdftoppm"),
            "-png",
            "-r",
            "40",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(out),
            str(page),
        ],
        check=True,
        capture_output=True,
    )
    png = page.with_suffix(".png").read_bytes()
    assert png.startswith(b"\x89PNG") and len(png) > 5_000


def test_only_the_chosen_parts_and_kinds_appear(sharer: JournalLog, tmp_path: Path) -> None:
    source = report.sharer_source(sharer.journal, CLOCK)
    content = report.build_report(
        source,
        first_day=LAST - timedelta(days=13),
        last_day=LAST,
        sections={report.Section.OUTCOMES, report.Section.ENTRIES},
        kinds={EntryKind.APPRECIATION},
    )
    out = tmp_path / "short.pdf"
    save_report_pdf(content, out)
    text = pdf_text(out)
    assert report.Section.OUTCOMES.label in text and report.Section.ENTRIES.label in text
    assert report.Section.TREND.label not in text
    assert report.Section.AGREEMENT.label not in text
    assert TRICKY_WORDS not in text  # a disclosure, and disclosures weren't chosen
    assert "Chosen kinds: appreciations" in text


def test_a_reviewer_reports_only_what_they_accepted(
    tmp_path: Path, fast_argon2: Argon2Params, qapp: object
) -> None:
    _sharer, reviewer_folder = create_demo(
        tmp_path, PASSPHRASE, days=120, seed=3, clock=CLOCK, argon2=fast_argon2
    )
    with access.unlock_with_passphrase(reviewer_folder, PASSPHRASE) as reviewer:
        source = report.reviewer_source(reviewer, CLOCK)
        content = report.build_report(
            source,
            first_day=FIRST,
            last_day=LAST,
            sections=set(report.Section),
            kinds=set(report.LOGGABLE_KINDS),
        )
    out = tmp_path / "reviewed.pdf"
    save_report_pdf(content, out)
    text = pdf_text(out)
    assert "your partner's shared timeline, as you accepted it" in text
    assert any(d in text for d in DISCLOSURES)
    # Notes are outside the demo's agreement, so they never reached the reviewer.
    assert "Counselling:" not in text


def test_a_failing_disk_leaves_the_old_report_as_it_was(
    sharer: JournalLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "report.pdf"
    out.write_bytes(b"%PDF the report from last month")
    content = report.build_report(
        report.sharer_source(sharer.journal, CLOCK),
        first_day=FIRST,
        last_day=LAST,
        sections={report.Section.TREND},
    )

    def disk_full(*_: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "replace", disk_full)
    with pytest.raises(UserFacingError) as caught:
        save_report_pdf(content, out)
    assert "No space left on device" in caught.value.message
    assert "any earlier file there is as it was" in caught.value.next_step
    assert out.read_bytes() == b"%PDF the report from last month"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["j", "report.pdf"]


def test_nonsense_choices_get_a_clear_message(sharer: JournalLog) -> None:
    source = report.sharer_source(sharer.journal, CLOCK)
    with pytest.raises(UserFacingError, match="starts after it ends"):
        report.build_report(source, first_day=LAST, last_day=FIRST, sections={"trend"})  # type: ignore[arg-type]
    with pytest.raises(UserFacingError, match="at least one part"):
        report.build_report(source, first_day=FIRST, last_day=LAST, sections=set())


def test_the_html_escapes_every_user_text(sharer: JournalLog) -> None:
    content = report.build_report(
        report.sharer_source(sharer.journal, CLOCK),
        first_day=FIRST,
        last_day=LAST,
        sections={report.Section.ENTRIES},
        kinds={EntryKind.DISCLOSURE},
    )
    page = report.report_html(content)
    assert "&lt;b&gt;the café&lt;/b&gt; &amp; the 10% discount code" in page
    assert "<b>the café</b>" not in page
    assert render_pdf(content).startswith(b"%PDF")


def test_the_command_line_writes_the_report(tmp_path: Path, fast_argon2: Argon2Params) -> None:
    folder = tmp_path / "journal"
    created = access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    with created.journal as journal:
        write_demo(journal, days=120, seed=3, clock=CLOCK)
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    out = tmp_path / "from-cli.pdf"
    env = {**os.environ, "REKINDLE_PASSPHRASE_FILE": str(secret), "QT_QPA_PLATFORM": ""}
    env.pop("DISPLAY", None)  # no display needed to make a PDF
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "rekindle_desktop",
            "report",
            "--journal",
            str(folder),
            "--out",
            str(out),
            "--from",
            FIRST.isoformat(),
            "--to",
            LAST.isoformat(),
            "--sections",
            "trend,entries",
            "--kinds",
            "disclosure",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert "Private entries are not in it" in result.stdout
    text = pdf_text(out)
    assert report.Section.TREND.label in text
    assert report.Section.AGREEMENT.label not in text
    assert any(d in text for d in DISCLOSURES)

    wrong = subprocess.run(
        [sys.executable, "-m", "rekindle_desktop", "report", "--journal", str(folder),
         "--out", str(out), "--sections", "trend,feelings"],
        capture_output=True, text=True, timeout=60, env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert wrong.returncode == 1
    assert "'feelings' isn't a part Rekindle knows" in wrong.stderr
