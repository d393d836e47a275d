"""The counsellor report, the readable copy and the insights in words, in the window's
language: in a German window they say German sentences and German days, and every one of
their templates is marked for translators (ui/report_words.py, ui/insights_words.py)."""

from __future__ import annotations

import ast
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.consistency import STARTING_SCORE, Commitment
from rekindle_desktop.domain.entries import LOGGABLE_KINDS, EntryKind, Outcome, Pause
from rekindle_desktop.domain.feelings import FeelingRating
from rekindle_desktop.domain.insights import calendar, describe, trend_weeks
from rekindle_desktop.domain.role import Role
from rekindle_desktop.domain.timeline import Marker
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import access, readable_copy, report, report_html, sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.demo import write_demo
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.records import Records
from rekindle_desktop.ui.background import _Relay
from rekindle_desktop.ui.domain_words import day_cell_said
from rekindle_desktop.ui.insights_view import InsightsView
from rekindle_desktop.ui.insights_words import INSIGHTS_WORDS
from rekindle_desktop.ui.readable_copy_dialog import ReadableCopyDialog
from rekindle_desktop.ui.report_dialog import ReportDialog
from rekindle_desktop.ui.report_words import REPORT_DOMAIN_WORDS, REPORT_WORDS
from rekindle_desktop.ui.words import WINDOW_WORDS
from tests.conftest import PASSPHRASE

ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 2, 19, 30, tzinfo=ZONE)  # a Wednesday
CLOCK = Clock(ZONE, NOW)
GERMAN_DAY = re.compile(
    r"(Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag), \d{1,2}\. "
    r"(Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember) "
    r"\d{4}"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# A day written the English way ("2 December 2026", "Wed 2 Dec"): German puts a full stop
# after the day's number. (The journal's own words may name a weekday; they stay as written.)
ENGLISH_DAY = re.compile(
    rf"\b\d{{1,2}} ({_MONTHS})\b|\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{{1,2}} [A-Z][a-z]{{2}}\b"
)


@pytest.fixture
def sharer(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[JournalLog]:
    created = access.create_journal(tmp_path / "j", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    with created.journal as journal:
        write_demo(journal, days=70, seed=3, clock=CLOCK)
        yield JournalLog(journal, CLOCK)


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.fail("pdftotext is not installed (Debian package poppler-utils)")
    out = subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


# --- the report ----------------------------------------------------------------------------


def test_in_a_german_window_the_report_dialog_saves_a_german_pdf(
    german: None,
    qtbot: QtBot,
    sharer: JournalLog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = report.sharer_source(sharer.journal, CLOCK)
    dialog = ReportDialog(source)
    qtbot.addWidget(dialog)
    out = tmp_path / "bericht.pdf"
    suggested: list[str] = []

    def choose(parent: object, title: str, name: str, filters: str) -> tuple[str, str]:
        suggested.append(name)
        return str(out), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    text = pdf_text(out)
    first, _last = report.default_range(NOW.date(), source.begins)
    assert suggested == [f"rekindle-bericht-{first:%Y-%m-%d}-bis-2026-12-02.pdf"]
    assert first.month == 9  # the record's first day, in September
    assert "Rekindle: ein Bericht für eine Beratungssitzung" in text
    assert (
        f"eine Zusammenfassung Ihres eigenen Tagebuchs vom {first.day}. September 2026 "
        "bis zum 2. Dezember 2026, auf Wunsch erstellt am 2. Dezember 2026" in text
    )
    assert "Ein unversehrtes Protokoll zeigt" in text
    assert "Private Einträge sind nie enthalten." in text
    for heading in (
        "Beständigkeit über die Zeit",
        "Wie Pläne und Versprechen ausgegangen sind",
        "Die Vereinbarung zur Transparenz",
        "Ausgewählte Einträge",
    ):
        assert heading in text
    assert "Der Trend steht bei" in text and "Woche ab" in text
    assert "Eingehalten wie gesagt" in text  # an outcome's row, capitalised
    assert GERMAN_DAY.search(text)  # a day's heading over its entries
    for english in ("What this is", "Private entries are never included", "Week from"):
        assert english not in text
    assert not ENGLISH_DAY.search(text)


def test_in_a_german_window_the_report_html_says_german_and_is_marked_german(
    german: None, sharer: JournalLog
) -> None:
    accepted = sharing.ReviewState(
        tuple(sharer.ledger.entries.values()), 1, None, frozenset(), frozenset()
    )
    source = report.reviewer_source(sharer.journal, CLOCK, (accepted, sharer.ledger))
    content = report.build_report(
        source,
        first_day=date(2026, 11, 1),
        last_day=NOW.date(),
        sections=set(report.Section),
        kinds=set(LOGGABLE_KINDS),
        words=WINDOW_WORDS,
    )
    page = report.report_html(content, words=WINDOW_WORDS)
    assert page.startswith("<html lang='de'>")
    assert "Die geteilte Zeitleiste Ihres Partners, so wie Sie sie angenommen haben: " in page
    assert "1. November 2026 bis 2. Dezember 2026" in page
    assert "<th>Woche ab</th>" in page and "<th>Pausierte Tage</th>" in page
    assert "Gewählte Arten: Pläne, Check-ins, Versprechen, Offenlegungen" in page
    assert "<h3>Mittwoch, 2. Dezember 2026</h3>" in page
    # The reviewed record says nothing about the sharer's own timeline files.
    assert "Zeitleisten-Datei geteilt" not in page
    assert not ENGLISH_DAY.search(page)


def test_the_report_in_english_says_so_in_its_html(sharer: JournalLog) -> None:
    source = report.sharer_source(sharer.journal, CLOCK)
    content = report.build_report(
        source, first_day=date(2026, 11, 1), last_day=NOW.date(), sections=set(report.Section)
    )
    page = report.report_html(content)  # the command line's: plain English
    assert page.startswith("<html lang='en'>")
    assert "What this is: a summary of your own journal from 1 November 2026" in page
    assert re.search(r"<h3>[A-Z][a-z]+day \d+ (November|December) 2026</h3>", page)
    assert ENGLISH_DAY.search(page)  # the German tests' check would find English days


def test_in_a_german_window_a_report_that_ends_before_the_record_says_so_in_german(
    german: None, sharer: JournalLog
) -> None:
    source = report.sharer_source(sharer.journal, CLOCK)
    with pytest.raises(UserFacingError) as refused:
        report.build_report(
            source,
            first_day=date(2020, 1, 1),
            last_day=date(2020, 1, 31),
            sections=set(report.Section),
            words=WINDOW_WORDS,
        )
    assert refused.value.message.startswith("Die gewählten Tage enden, bevor diese")
    assert "Wählen Sie als letzten Tag den " in refused.value.next_step


# --- the insights in words -----------------------------------------------------------------

MONDAY = date(2026, 11, 30)
SUNDAY = MONDAY + timedelta(days=6)


def _week() -> tuple[list[Commitment], list[Pause], list[FeelingRating]]:
    found = [Commitment(1, MONDAY + timedelta(days=d), Outcome.KEPT) for d in range(5)]
    found.append(Commitment(2, MONDAY + timedelta(days=4), Outcome.NOT_KEPT))
    pauses = [Pause(MONDAY + timedelta(days=5), SUNDAY, "Away")]
    return found, pauses, [FeelingRating(SUNDAY, trust=4)]


def test_in_a_german_window_the_insights_say_themselves_in_german(german: None) -> None:
    found, pauses, ratings = _week()
    weeks = trend_weeks(found, pauses, ratings, SUNDAY)
    cells = calendar(found, pauses, SUNDAY, weeks=1)
    said = describe(weeks, cells, 0.6, words=WINDOW_WORDS)
    assert said == (
        f"Der Trend steht bei 60 von 100 (er beginnt bei {round(STARTING_SCORE * 100)}). "
        "In der Woche ab 30. November: eingehalten wie gesagt: 5; nicht eingehalten: 1 "
        "(5 von 6 eingehalten oder mit Bescheid vorher geändert, 83 %). "
        "2 Tage in diesen Wochen waren pausiert und zählen nicht. "
        "Tag für Tag seit dem 30. November: eingehalten wie gesagt: 4 Tage; "
        "teilweise eingehalten: 1 Tag; pausiert: 2 Tage. "
        "Gefühle in der Woche ab 30. November, von 5: Vertrauen 4,0."
    )
    assert describe([], [], 0.5, words=WINDOW_WORDS).startswith("Noch nichts zu zeigen.")
    friday = cells[4]
    assert (
        friday.describe(WINDOW_WORDS) == "Fr., 4. Dez.: teilweise eingehalten (1 von 2 eingehalten)"
    )
    # The calendar's tooltip (ui/domain_words.py) and the domain say a day the same way.
    assert friday.describe(WINDOW_WORDS) == day_cell_said(friday)


def test_in_english_the_insights_say_what_they_always_said() -> None:
    found, pauses, ratings = _week()
    weeks = trend_weeks(found, pauses, ratings, SUNDAY)
    cells = calendar(found, pauses, SUNDAY, weeks=1)
    assert describe(weeks, cells, 0.6) == (
        f"The trend is at 60 out of 100 (it starts at {round(STARTING_SCORE * 100)}). "
        "In the week of 30 November: 5 kept as said; 1 not kept "
        "(5 of 6 kept or changed with notice, 83%). "
        "2 days in these weeks were paused and do not count. "
        "Day by day since 30 November: 4 days kept as said; 1 day partly kept; "
        "2 days paused. Feelings in the week of 30 November, out of 5: Trust 4.0."
    )
    assert cells[4].describe() == "Fri 4 Dec: partly kept (1 of 2 kept)"


def test_in_a_german_window_the_insights_page_reads_out_german(german: None, qtbot: QtBot) -> None:
    found, pauses, ratings = _week()
    view = InsightsView(found, pauses, ratings, SUNDAY)
    qtbot.addWidget(view)
    assert view.summary.text().startswith("Der Trend steht bei ")
    assert "In der Woche ab 30. November: eingehalten wie gesagt: 5" in view.summary.text()
    assert "Tag für Tag seit dem" in view.accessibleDescription()


# --- the readable copy ---------------------------------------------------------------------


def test_in_a_german_window_the_readable_copy_is_german(
    german: None, sharer: JournalLog, tmp_path: Path
) -> None:
    own = list(sharer.ledger.entries.values())
    made = readable_copy.write_entries_copy(
        sharer.journal.journal_id, own, tmp_path / "kopie", CLOCK, words=WINDOW_WORDS
    )
    page = made.html_path.read_text(encoding="utf-8")
    assert "<html lang='de'>" in page
    assert "<h1>Ihr Rekindle-Tagebuch: eine lesbare Kopie</h1>" in page
    assert "Erstellt am Mittwoch, 2. Dezember 2026 um 19:30." in page
    assert "Diese Kopie ist nicht verschlüsselt." in page
    assert "Private Einträge sind nicht enthalten." in page
    assert re.search(r"<h2>" + GERMAN_DAY.pattern + "</h2>", page)
    assert re.search(r"geschrieben am \w\w\., \d{1,2}\. \w+\.? 2026, \d\d:\d\d", page)
    assert not ENGLISH_DAY.search(page)
    document = json.loads(made.json_path.read_text(encoding="utf-8"))
    assert document["not_encrypted"].startswith("Diese Kopie ist nicht verschlüsselt.")
    assert document["format"] == readable_copy.FORMAT  # the format's own words stay


def test_in_a_german_window_the_readable_copy_dialog_writes_a_german_page(
    german: None,
    qtbot: QtBot,
    sharer: JournalLog,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = ReadableCopyDialog(Records(sharer.journal, CLOCK, words=WINDOW_WORDS))
    qtbot.addWidget(dialog)
    chosen = tmp_path / "meine kopie"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(chosen))
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        dialog.save_button.click()
    # The worker's relay deletes itself once it has delivered; let it go before the dialog
    # does (a dialog closed with the relay's deletion still pending crashes the test run).
    qtbot.waitUntil(lambda: not dialog.findChildren(_Relay))
    page = (chosen / readable_copy.HTML_NAME).read_text(encoding="utf-8")
    assert "<html lang='de'>" in page and "Diese Kopie ist nicht verschlüsselt." in page
    assert "Erstellt am Mittwoch, 2. Dezember 2026 um 19:30." in page


# --- every template is marked ------------------------------------------------------------

PACKAGE = Path(report.__file__).resolve().parents[1]


def _templates(path: Path) -> set[str]:
    """Every template written out at a words.text("…") call in `path`."""
    return {
        node.args[0].value
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "text"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }


def test_every_template_of_the_report_and_the_readable_copy_is_marked() -> None:
    written = set().union(
        *(
            _templates(PACKAGE / "services" / name)
            for name in ("report.py", "report_html.py", "readable_copy.py")
        )
    )
    assert len(written) > 50  # the check really finds them
    assert written - REPORT_WORDS - REPORT_DOMAIN_WORDS == set()
    # Words given to words.text from a constant or a table, not written at the call.
    kept = {
        report.TITLE,
        readable_copy.NOT_ENCRYPTED,
        report_html.LANGUAGE,
        *(section.label for section in report.Section),
        *report_html.KIND_PLURALS.values(),
        *(m.value for m in Marker if m not in (Marker.DUE, Marker.PRIVATE)),
    }
    assert kept - REPORT_WORDS == set()
    assert set(report_html.KIND_PLURALS) == set(EntryKind)


def test_every_template_of_the_insights_is_marked() -> None:
    written = _templates(PACKAGE / "domain" / "insights.py")
    assert len(written) > 15
    assert written - INSIGHTS_WORDS == set()
