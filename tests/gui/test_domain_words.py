"""The domain's words (kind names, outcomes, day states, feelings) reach the window in its
language: domain/ writes them in English and knows nothing of Qt; ui/domain_words.py
translates them where they are shown."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from rekindle_desktop.domain.consistency import Commitment, Tally, explain
from rekindle_desktop.domain.entries import LOGGABLE_KINDS, EntryKind, Outcome
from rekindle_desktop.domain.feelings import Feeling
from rekindle_desktop.domain.insights import DayCell, DayState, outcomes_in_words
from rekindle_desktop.ui.domain_words import (
    DOMAIN_WORDS,
    KIND_COUNTS,
    KIND_PLURALS,
    day_cell_said,
    outcomes_said,
    trend_explained,
)
from rekindle_desktop.ui.needs_outcome import NeedsOutcomePanel
from rekindle_desktop.ui.quick_log import QuickLogBar


def test_every_word_domain_gives_as_a_label_is_marked_for_translators() -> None:
    labels = {
        *(kind.label for kind in EntryKind),
        *(outcome.label for outcome in Outcome),
        *(state.label for state in DayState),
        *(feeling.label for feeling in Feeling),
    }
    assert labels - DOMAIN_WORDS == set(), "mark these in ui/domain_words.py"
    assert set(KIND_PLURALS) == set(EntryKind) == set(KIND_COUNTS)


def quick_log(qtbot: QtBot) -> QuickLogBar:
    def refuse(_draft: object) -> object:
        raise AssertionError("nothing is saved here")

    bar = QuickLogBar(
        refuse,  # type: ignore[arg-type]
        lambda: [],
        lambda _place: None,
        UTC,
        lambda: datetime(2026, 12, 2, 9, 0, tzinfo=UTC),
    )
    qtbot.addWidget(bar)
    return bar


def test_in_german_the_quick_log_offers_its_kinds_in_german(german: None, qtbot: QtBot) -> None:
    bar = quick_log(qtbot)
    kinds = [bar.kind.itemText(i) for i in range(bar.kind.count())]
    assert kinds == [
        "Plan",
        "Check-in",
        "Versprechen",
        "Offenlegung",
        "Wertschätzung",
        "Notiz",
        "Kontakt",
    ]
    assert [bar.kind.itemData(i) for i in range(bar.kind.count())] == list(LOGGABLE_KINDS)


def test_in_english_the_quick_log_offers_the_domain_words(qtbot: QtBot) -> None:
    bar = quick_log(qtbot)
    kinds = [bar.kind.itemText(i) for i in range(bar.kind.count())]
    assert kinds == [kind.label for kind in LOGGABLE_KINDS]


def test_in_german_an_outcome_button_says_its_outcome_in_german(german: None, qtbot: QtBot) -> None:
    panel = NeedsOutcomePanel(lambda _commitment, _outcome: None)
    qtbot.addWidget(panel)
    panel.show_commitments([Commitment(1, date(2026, 12, 1))], lambda _c: "Abendessen")
    buttons = {b.text(): b for b in panel.findChildren(QPushButton)}
    assert "Nicht eingehalten" in buttons
    # The short button names the outcome the domain calls "kept as said", in full on hover.
    assert buttons["Eingehalten"].toolTip() == "Eingehalten wie gesagt"


TALLIES = [
    Tally(kept=1, resolved=1),
    Tally(kept=2, resolved=4, unconfirmed=1, with_notice=1, told_after=1),
    Tally(kept=5, resolved=6, with_notice=2, told_after=1),
    Tally(unconfirmed=2),
]


def test_in_english_days_and_weeks_are_said_as_the_domain_says_them() -> None:
    for score in (0.0, 0.5, 0.734, 1.0):
        assert trend_explained(score) == explain(score)
    for tally in TALLIES:
        assert outcomes_said(tally) == outcomes_in_words(tally)
        for state in DayState:
            cell = DayCell(date(2026, 11, 4), state, tally)
            assert day_cell_said(cell) == cell.describe()


def test_in_german_a_week_and_a_day_are_said_in_german(german: None) -> None:
    tally = Tally(kept=5, resolved=6, with_notice=2, told_after=1)
    assert outcomes_said(tally).startswith("eingehalten wie gesagt: 3; ")
    cell = DayCell(date(2026, 11, 4), DayState.PARTLY_KEPT, Tally(kept=3, resolved=4))
    assert day_cell_said(cell) == "Mi., 4. Nov.: teilweise eingehalten (3 von 4 eingehalten)"


def test_the_report_dialog_names_the_reports_parts_as_the_report_does() -> None:
    from rekindle_desktop.services.report import Section
    from rekindle_desktop.ui import report_dialog

    assert {s: s.label for s in Section} == report_dialog._SECTION_WORDS


def test_in_german_an_error_from_below_ui_is_told_in_german(german: None, qtbot: QtBot) -> None:
    from rekindle_desktop.errors import WrongSecret
    from rekindle_desktop.ui.widgets import GentleNote

    note = GentleNote()
    qtbot.addWidget(note)
    note.say_error(
        WrongSecret(
            "That passphrase doesn't open this journal.",
            "Check Caps Lock and try again. If it's lost, your recovery code can open it.",
        )
    )
    assert note.text().startswith("Diese Passphrase öffnet dieses Tagebuch nicht.\n")
