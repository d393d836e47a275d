"""The counsellor report: a real PDF from a demo journal, read back with pdftotext and
rasterised with pdftoppm; the reviewer's version; a failing disk; the command line."""

from __future__ import annotations

import errno
import itertools
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.consistency import current_score
from rekindle_desktop.domain.entries import LOGGABLE_KINDS, Draft, EntryKind, Plan, Words
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import access, report
from rekindle_desktop.services.clock import Clock, system_clock
from rekindle_desktop.services.demo import DISCLOSURES, create_demo, write_demo
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.store import files
from rekindle_desktop.ui.report_pdf import (
    laid_out,
    page_of,
    pdf_writer,
    render_pdf,
    save_report_pdf,
)
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


# --- the page: times, headings, days -------------------------------------------------------

TIME = re.compile(r"\d\d:\d\d(–\d\d:\d\d)?")
MONTHS = "January February March April May June July August September October November December"
MONTH = re.compile(  # any month, written out or cut short
    rf"\b({'|'.join(MONTHS.split())}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b"
)
# '1 December 2026'; the trend's sentence from domain.insights leaves the year off.
ONE_WAY = re.compile(rf"(?<!\d)([1-9]|[12]\d|3[01]) ({'|'.join(MONTHS.split())})( \d{{4}})?\b")


@dataclass(frozen=True)
class Laid:
    """One block of the report as render_pdf lays it out on A4."""

    text: str
    lines: int
    page: int
    heading: bool
    in_table: bool


def laid_blocks(content: report.Report) -> list[Laid]:
    """Every block of the PDF's own layout (ui.report_pdf.laid_out on a real QPdfWriter),
    as plain data; the document goes before the writer it is laid out on."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = pdf_writer(buffer, content.title)
    document = laid_out(content, writer)
    found = []
    block = document.begin()
    while block.isValid():
        found.append(
            Laid(
                block.text().replace("\xa0", " "),  # nowrap cells have no-break spaces
                block.layout().lineCount(),
                page_of(block),
                block.blockFormat().headingLevel() > 0,
                QTextCursor(block).currentTable() is not None,
            )
        )
        block = block.next()
    del document
    del writer
    return found


def everything(source: report.ReportSource, first_day: date = FIRST) -> report.Report:
    return report.build_report(
        source,
        first_day=first_day,
        last_day=LAST,
        sections=set(report.Section),
        kinds=set(LOGGABLE_KINDS),
    )


def pdf_pages(path: Path) -> list[list[str]]:
    """Each page's lines of text, in pdftotext's reading order, the page number left off."""
    out = subprocess.run(
        [_tool("pdftotext"), str(path), "-"], capture_output=True, text=True, check=True
    )
    pages = []
    for page in out.stdout.split("\f"):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if lines and lines[-1].isdigit():
            lines.pop()
        if lines:
            pages.append(lines)
    return pages


def test_a_time_or_a_kind_never_wraps_in_the_pdf(sharer: JournalLog, tmp_path: Path) -> None:
    content = everything(report.sharer_source(sharer.journal, CLOCK))
    assert content.entries is not None
    times = {line.time_text for line in content.entries.lines if line.time_text}
    assert any("–" in t for t in times), "plans have a start and an end"

    # In Qt's layout of the A4 page: each time and each kind is one line of its cell.
    cells = [b for b in laid_blocks(content) if b.in_table]
    kinds = {k.label for k in LOGGABLE_KINDS}
    time_cells = [b for b in cells if TIME.fullmatch(b.text)]
    kind_cells = [b for b in cells if b.text in kinds]
    assert {b.text for b in time_cells} == times
    assert {b.text for b in kind_cells} >= {"Plan", "Appreciation", "Contact disclosure"}
    assert [b for b in time_cells + kind_cells if b.lines != 1] == []

    # And in the PDF itself: every time and kind reads whole, never split over two lines.
    out = tmp_path / "report.pdf"
    save_report_pdf(content, out)
    lines = [line for page in pdf_pages(out) for line in page]
    text = "\n".join(lines)
    assert all(t in text for t in times)
    assert not [line for line in lines if re.match(r"\d\d:\d\d–\d\d:( |$)", line)]
    assert "Appreciation" in text and "Contact disclosure" in text


@pytest.mark.parametrize("later", [0, 2, 5])
def test_no_heading_is_left_alone_at_the_foot_of_a_page(
    sharer: JournalLog, tmp_path: Path, later: int
) -> None:
    # Ranges that start on different days break into pages at different places.
    content = everything(report.sharer_source(sharer.journal, CLOCK), FIRST + timedelta(later))
    blocks = laid_blocks(content)
    assert blocks[-1].page >= 5, "long enough to span many pages"
    assert all(b.lines for b in blocks if b.heading), "every heading is laid out, so printed"
    alone = [
        (b.text, b.page)
        for b, following in itertools.pairwise(blocks)
        if b.heading and following.page > b.page
    ]
    assert alone == []

    # The PDF as read back: no page ends with a heading, and every heading is there.
    assert content.entries is not None
    days = {report.day_heading(line.day) for line in content.entries.lines if not line.beside}
    headings = days | {s.label for s in report.Section} | {content.title}
    out = tmp_path / "report.pdf"
    save_report_pdf(content, out)
    pages = pdf_pages(out)
    assert [(n, page[-1]) for n, page in enumerate(pages, 1) if page[-1] in headings] == []
    printed = {line for page in pages for line in page}
    assert days <= printed


def test_the_range_starts_no_earlier_than_a_fresh_journal(
    tmp_path: Path, fast_argon2: Argon2Params, qapp: object
) -> None:
    clock = Clock(ZONE)  # the journal notes the real day it was made
    created = access.create_journal(tmp_path / "new", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    with created.journal as journal:
        source = report.sharer_source(journal, clock)
        today = source.today
        assert source.begins == today
        assert report.default_range(source.today, source.begins) == (today, today)
        twelve_weeks = today - timedelta(days=7 * report.DEFAULT_WEEKS - 1)
        content = report.build_report(
            source, first_day=twelve_weeks, last_day=today, sections=set(report.Section)
        )
        assert content.first_day == today
        page = report.report_html(content)
        assert f"from {report.day_text(today)} to {report.day_text(today)}" in page
        monday = today - timedelta(days=today.weekday())
        assert content.trend is not None
        assert all(week.starts >= monday for week in content.trend.weeks)
        assert report.day_text(twelve_weeks) not in page

        # Written down today about three days ago: the record begins then. A private
        # entry never shows, so it does not move the start either.
        log = JournalLog(journal, clock)
        now = clock.now_utc().astimezone(ZONE)
        told = Words("I should have told you on the day.")
        log.add(Draft(EntryKind.DISCLOSURE, Moment.from_local(now - timedelta(days=3)), told))
        mine = Words(PRIVATE_WORDS)
        log.add(Draft(EntryKind.DISCLOSURE, Moment.from_local(now - timedelta(days=9)), mine, True))
        source = report.sharer_source(journal, clock)
        assert source.begins == today - timedelta(days=3)
        content = report.build_report(
            source, first_day=twelve_weeks, last_day=today, sections={report.Section.ENTRIES}
        )
        assert content.first_day == today - timedelta(days=3)
        with pytest.raises(UserFacingError, match="before this record begins"):
            report.build_report(
                source,
                first_day=twelve_weeks,
                last_day=today - timedelta(days=4),
                sections={report.Section.ENTRIES},
            )


def test_the_dialog_offers_no_day_before_the_journal(
    tmp_path: Path, fast_argon2: Argon2Params, qtbot: QtBot
) -> None:
    from rekindle_desktop.ui.report_dialog import ReportDialog

    created = access.create_journal(tmp_path / "new", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    with created.journal as journal:
        source = report.sharer_source(journal, Clock(ZONE))
    dialog = ReportDialog(source)
    qtbot.addWidget(dialog)
    assert dialog.first_day.date().toPython() == source.today
    assert dialog.first_day.minimumDate().toPython() == source.begins


def test_the_command_line_starts_on_a_fresh_journals_first_day(
    tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    folder = tmp_path / "journal"
    created = access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    created.journal.close()
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\n")
    out = tmp_path / "fresh.pdf"
    env = {**os.environ, "REKINDLE_PASSPHRASE_FILE": str(secret)}
    result = subprocess.run(
        [sys.executable, "-m", "rekindle_desktop", "report", "--journal", str(folder),
         "--out", str(out)],
        capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    clock = system_clock()
    today = report.day_text(clock.now_utc().astimezone(clock.zone).date())
    assert f"your own journal, {today} to {today}," in result.stdout
    assert f"from {today} to {today}" in pdf_text(out)


def test_every_day_in_the_report_is_written_one_way(sharer: JournalLog) -> None:
    # A plan over midnight is where a second way of writing days used to creep in.
    starts = datetime(2026, 11, 20, 22, 0, tzinfo=ZONE)
    plan = Plan(Moment.from_local(starts), Moment.from_local(starts + timedelta(hours=3)), "Home")
    sharer.add(Draft(EntryKind.PLAN, Moment.from_local(starts - timedelta(hours=1)), plan))
    content = everything(report.sharer_source(sharer.journal, CLOCK))
    assert content.entries is not None
    overnight = [line for line in content.entries.lines if line.time_text == "22:00–01:00"]
    assert overnight and "ends on 21 November 2026" in overnight[0].detail

    page = report.report_html(content)
    words = re.sub(r"<[^>]+>", " ", page)
    dates = [m.group(0) for m in ONE_WAY.finditer(words)]
    assert len(dates) > 50
    assert MONTH.findall(ONE_WAY.sub("", words)) == [], "every month named is in a whole day"
    assert f"made on request on {report.day_text(LAST)}" in words
    assert "25 November 2026" in dates and "Wednesday 25 November 2026" in words
    assert not re.search(r"\b\d{4}-\d\d-\d\d\b|\b0\d [A-Z]", words)
