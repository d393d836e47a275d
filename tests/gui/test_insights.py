"""The insights view shows exactly the domain's figures, in shapes and words; the report dialog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.consistency import current_score, explain, weekly_summaries
from rekindle_desktop.domain.entries import Outcome
from rekindle_desktop.domain.feelings import FeelingRating
from rekindle_desktop.domain.insights import FEW_OUTCOMES, DayState, outcomes_in_words
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access, report
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.demo import write_demo
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.ui.insights_view import SCORE_COLOUR, InsightsView
from rekindle_desktop.ui.report_dialog import ReportDialog
from rekindle_desktop.ui.style import apply_look
from tests.conftest import PASSPHRASE

ZONE = ZoneInfo("Europe/Dublin")
NOW = datetime(2026, 11, 25, 19, 30, tzinfo=ZONE)
TODAY = NOW.date()


@pytest.fixture
def demo_log(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[JournalLog]:
    created = access.create_journal(tmp_path / "j", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    with created.journal as journal:
        write_demo(journal, days=120, seed=3, clock=Clock(ZONE, NOW))
        yield JournalLog(journal, Clock(ZONE, NOW))


def make_view(qtbot: QtBot, log: JournalLog, feelings: list[FeelingRating]) -> InsightsView:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)
    ledger = log.ledger
    view = InsightsView(ledger.commitments(ZONE, NOW), ledger.pauses(), feelings, TODAY)
    qtbot.addWidget(view)
    view.resize(1000, 1100)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_score_and_ratio_shown_are_the_domain_values(
    qtbot: QtBot, demo_log: JournalLog
) -> None:
    view = make_view(qtbot, demo_log, [])
    commitments = demo_log.ledger.commitments(ZONE, NOW)
    pauses = demo_log.ledger.pauses()
    score = current_score(commitments, pauses)
    summaries = weekly_summaries(commitments, pauses)
    latest = next(w for w in reversed(summaries) if w.tally.resolved)
    assert latest.tally.ratio is not None

    assert view.headline.text() == f"Trend: {round(score * 100)} out of 100"
    assert outcomes_in_words(latest.tally) in view.latest_week.text()
    if latest.tally.resolved >= FEW_OUTCOMES:
        assert (
            f"{latest.tally.kept} of {latest.tally.resolved} kept or changed with notice, "
            f"{round(latest.tally.ratio * 100)}%" in view.latest_week.text()
        )
    assert view.explanation.text() == explain(score)
    # Every plotted week carries the domain's own score and kept ratio.
    by_week = {w.starts: w for w in summaries}
    plotted = view.chart.weeks
    assert plotted and plotted[-1].score == score
    for week in plotted:
        if week.starts in by_week:
            assert week.score == by_week[week.starts].score
            assert week.ratio == by_week[week.starts].tally.ratio
    # A screen reader hears the same numbers.
    assert f"trend {round(score * 100)}" in view.chart.accessibleDescription()
    assert f"The trend is at {round(score * 100)} out of 100" in view.accessibleDescription()
    assert view.summary.text() == view.accessibleDescription()


def test_the_chart_is_drawn_in_the_calm_accent_and_never_in_red(
    qtbot: QtBot, demo_log: JournalLog
) -> None:
    view = make_view(qtbot, demo_log, [])
    image = view.grab().toImage()
    colours = {
        image.pixelColor(x, y).rgb()
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    }
    assert SCORE_COLOUR().rgb() in colours
    reddish = [
        c for c in map(QColor, colours) if c.red() > 180 and c.green() < 110 and c.blue() < 110
    ]
    assert reddish == []


def test_feelings_appear_beside_the_trend_only_when_rated(
    qtbot: QtBot, demo_log: JournalLog
) -> None:
    view = make_view(qtbot, demo_log, [])
    assert not view.feelings_chart.isVisible()
    ratings = [
        FeelingRating(TODAY - timedelta(days=14), safety=2, trust=2, connection=3),
        FeelingRating(TODAY - timedelta(days=1), safety=4, trust=3, connection=4),
    ]
    ledger = demo_log.ledger
    view.set_data(ledger.commitments(ZONE, NOW), ledger.pauses(), ratings, TODAY)
    assert view.feelings_chart.isVisible()
    words = view.feelings_chart.accessibleDescription()
    assert "Safety 4.0, Trust 3.0, Connection 4.0" in words
    assert "Safety 4.0, Trust 3.0, Connection 4.0" in view.summary.text()


def test_each_day_says_what_happened_when_pointed_at(qtbot: QtBot, demo_log: JournalLog) -> None:
    view = make_view(qtbot, demo_log, [])
    strip = view.calendar
    assert strip.cells[-1].day == TODAY
    assert len(strip.cells) == 7 * 7 + TODAY.weekday() + 1
    index = next(i for i, c in enumerate(strip.cells) if c.state is DayState.PARTLY_KEPT)
    cell = strip.cells[index]
    centre = strip.cell_rect(index).center().toPoint()
    qtbot.mouseMove(strip, centre)
    qtbot.waitUntil(lambda: strip.toolTip() == cell.describe())
    assert f"partly kept ({cell.tally.kept} of {cell.tally.resolved} kept" in strip.toolTip()
    # The strip in words, week by week, for a screen reader.
    monday = strip.cells[0].day
    assert f"Week of {monday.day} {monday:%b}:" in strip.accessibleDescription()


def test_an_empty_record_gets_a_gentle_word_not_a_zero(qtbot: QtBot, demo_log: JournalLog) -> None:
    view = make_view(qtbot, demo_log, [])
    view.set_data([], [], [], TODAY)
    assert view.headline.text() == "No trend yet"
    assert view.summary.text().startswith("Nothing to show yet")
    assert all(c.state is DayState.NOTHING_DUE for c in view.calendar.cells)
    assert view.chart.weeks == []
    view.grab()  # paints the empty state without a Qt warning


def test_a_day_with_a_miss_among_kept_ones_reads_partly_kept(qtbot: QtBot) -> None:
    from rekindle_desktop.domain.consistency import Commitment

    day = TODAY - timedelta(days=1)
    found = [Commitment(1, day, Outcome.KEPT), Commitment(2, day, Outcome.NOT_KEPT)]
    view = InsightsView(found, [], [], TODAY)
    qtbot.addWidget(view)
    cell = next(c for c in view.calendar.cells if c.day == day)
    assert cell.state is DayState.PARTLY_KEPT
    assert "1 day partly kept" in view.summary.text()


# --- the report dialog ----------------------------------------------------------------


def test_the_report_dialog_saves_the_chosen_pdf(
    qtbot: QtBot, demo_log: JournalLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ReportDialog(report.sharer_source(demo_log.journal, Clock(ZONE, NOW)))
    qtbot.addWidget(dialog)
    asked: list[str] = []

    def choose(parent: object, title: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(tmp_path / "for-counselling"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    dialog.sections[report.Section.AGREEMENT].setChecked(False)
    dialog.sections[report.Section.ENTRIES].setChecked(False)
    assert not dialog.kinds[report.EntryKind.DISCLOSURE].isEnabled()
    with qtbot.waitSignal(dialog.saved, timeout=10_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "for-counselling.pdf"  # .pdf added when left off
    assert saved.args == [path]
    assert dialog.result() == ReportDialog.DialogCode.Accepted
    assert path.read_bytes().startswith(b"%PDF")
    assert asked == [
        f"rekindle-report-{TODAY - timedelta(days=83):%Y-%m-%d}-to-{TODAY:%Y-%m-%d}.pdf"
    ]


def test_the_report_dialog_explains_an_impossible_range(
    qtbot: QtBot, demo_log: JournalLog, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ReportDialog(report.sharer_source(demo_log.journal, Clock(ZONE, NOW)))
    qtbot.addWidget(dialog)
    dialog.show()

    def never(*_: object) -> tuple[str, str]:
        raise AssertionError("no file is asked for when the choices can't make a report")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", never)
    dialog.first_day.setDate(dialog.last_day.date().addDays(1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.note.isVisible()
    assert "starts after it ends" in dialog.note.text()
    assert dialog.isVisible()


def test_dates_shown_in_the_dialog_are_the_default_range(
    qtbot: QtBot, demo_log: JournalLog
) -> None:
    dialog = ReportDialog(report.sharer_source(demo_log.journal, Clock(ZONE, NOW)))
    qtbot.addWidget(dialog)
    first, last = report.default_range(TODAY)
    assert dialog.first_day.date().toPython() == first
    assert dialog.last_day.date().toPython() == last
    assert isinstance(first, date)
