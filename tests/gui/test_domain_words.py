"""The domain's words (kind names, outcomes, day states, feelings) reach the window in its
language: domain/ writes them in English and knows nothing of Qt; ui/domain_words.py
translates them where they are shown."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.check_ins import LISTENING, PROMPTS
from rekindle_desktop.domain.consistency import Commitment, Tally, explain
from rekindle_desktop.domain.entries import (
    LOGGABLE_KINDS,
    MAX_LABEL,
    Agreement,
    CheckIn,
    Contact,
    ContactHow,
    Draft,
    EntryKind,
    InvalidEntry,
    Outcome,
    Plan,
    Promise,
    validate,
)
from rekindle_desktop.domain.feelings import Feeling
from rekindle_desktop.domain.insights import DayCell, DayState, outcomes_in_words
from rekindle_desktop.domain.ledger import Ledger
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.recurrence import Repeat, Rule
from rekindle_desktop.domain.reminders import QuietHours, due_reminders
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.ui.domain_words import (
    CHECK_IN_PROMPTS,
    DOMAIN_WORDS,
    KIND_COUNTS,
    KIND_PLURALS,
    day_cell_said,
    domain_word,
    outcomes_said,
    trend_explained,
)
from rekindle_desktop.ui.entry_forms import EntryDialog
from rekindle_desktop.ui.needs_outcome import NeedsOutcomePanel
from rekindle_desktop.ui.quick_log import QuickLogBar
from rekindle_desktop.ui.sharer_view import SharerView
from rekindle_desktop.ui.widgets import NewPassphraseForm
from rekindle_desktop.ui.words import WINDOW_WORDS
from tests.conftest import PASSPHRASE

ZONE = ZoneInfo("Europe/Dublin")
NOW = datetime(2026, 11, 25, 19, 30, tzinfo=ZONE)


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


# --- words domain/ puts together with values ------------------------------------------


@pytest.fixture
def log_in_words(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[JournalLog]:
    """A sharer's journal whose rows are said as the window says them (WINDOW_WORDS)."""
    created = access.create_journal(tmp_path / "j", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    with created.journal as journal:
        yield JournalLog(journal, Clock(ZONE, NOW), words=WINDOW_WORDS)


def _at(hour: int, minute: int = 0) -> Moment:
    return Moment.from_local(datetime(2026, 11, 25, hour, minute, tzinfo=ZONE))


def test_in_german_the_timeline_says_its_rows_in_german_with_their_values(
    german: None, log_in_words: JournalLog, qtbot: QtBot
) -> None:
    log = log_in_words
    log.add(Draft(EntryKind.PLAN, _at(9), Plan(_at(9), _at(11), "Büro", "Sam")))
    log.add(Draft(EntryKind.CHECK_IN, _at(12), CheckIn("Bibliothek")))
    contacted = Contact(ContactHow.CONTACTED, "Jordan, per SMS")
    log.add(Draft(EntryKind.CONTACT, _at(17), contacted))  # told at 19:30
    promise = Promise("Abends anrufen", Rule(Repeat.DAILY, date(2026, 11, 20)))
    log.add(Draft(EntryKind.PROMISE, _at(8), promise))
    view = SharerView(log)
    qtbot.addWidget(view)
    rows = {row.entry_id: row for row in log.timeline() if row.occurrence is None}
    assert rows[1].title == "Plan: Büro" and rows[1].detail == "Ort: Büro · mit Sam"
    assert rows[2].title == "Jetzt: Bibliothek"
    assert rows[3].title == "Jemand hat sich bei mir gemeldet: Jordan, per SMS"
    assert rows[3].detail == "Bescheid gegeben: innerhalb von 3 Stunden"
    assert rows[4].detail == "jeden Tag ab 20. November 2026"
    shown = [view.timeline.model.index(i).data() for i in range(view.timeline.model.rowCount())]
    assert any("Plan: Büro" in line for line in shown)
    assert not any(" at " in line or "Told " in line for line in shown)
    # When it was written down, on hover: German day and time.
    tooltip = view.timeline.model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("geschrieben am Mi., 25. Nov. 2026, ")


def test_in_english_the_rows_say_what_they_always_said(
    log_in_words: JournalLog,
) -> None:
    log = log_in_words  # the window's words, but the window speaks English
    log.add(Draft(EntryKind.PLAN, _at(9), Plan(_at(9), _at(11), "Office", "Sam")))
    log.add(Draft(EntryKind.CONTACT, _at(17), Contact(ContactHow.RAN_INTO, "Jordan")))
    rows = {row.entry_id: row for row in log.timeline()}
    assert (rows[1].title, rows[1].detail) == ("Plan at Office", "at Office · with Sam")
    assert (rows[2].title, rows[2].detail) == ("I ran into Jordan", "Told within 3 hours")
    assert (
        rows[1].logged_said(WINDOW_WORDS) == rows[1].logged_text == "written Wed 25 Nov 2026, 19:30"
    )


def test_in_german_a_correction_says_what_changed_in_german(
    german: None, log_in_words: JournalLog
) -> None:
    log = log_in_words
    log.add(Draft(EntryKind.CHECK_IN, _at(12), CheckIn("Gym")))
    log.amend(1, CheckIn("Bibliothek"), "vertippt")
    change = next(row for row in log.timeline() if row.beside == 1)
    assert change.title == "Korrigiert zu: Jetzt: Bibliothek"
    assert change.detail == "Geändert: Ort (statt Gym jetzt Bibliothek) · vertippt"


def test_in_german_the_entry_form_refuses_in_german(
    german: None, log_in_words: JournalLog, qtbot: QtBot
) -> None:
    dialog = EntryDialog(EntryKind.CHECK_IN, log_in_words.add, zone=ZONE, now=NOW, places=[])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog._try_save()  # no place
    assert dialog.saved is None
    assert dialog.note.text().startswith("Bitte geben Sie den Ort an.")
    dialog.place.setCurrentText("x" * (MAX_LABEL + 1))
    dialog._try_save()  # a refusal with a value in it
    assert dialog.saved is None
    assert dialog.note.text().startswith(
        f"Der Ort ist sehr lang; bitte bleiben Sie unter {MAX_LABEL} Zeichen."
    )


def test_a_refusal_keeps_its_english_and_its_values_apart() -> None:
    with pytest.raises(InvalidEntry) as refused:
        validate(Draft(EntryKind.CHECK_IN, _at(12), CheckIn("x" * (MAX_LABEL + 1))))
    assert str(refused.value) == "The place is very long; please keep it under 500 characters."
    assert refused.value.template == (
        "The place is very long; please keep it under {limit} characters."
    )
    assert dict(refused.value.fields) == {"limit": MAX_LABEL}
    assert isinstance(refused.value, ValueError)


def test_in_german_choosing_a_passphrase_advises_in_german(german: None, qtbot: QtBot) -> None:
    form = NewPassphraseForm()
    qtbot.addWidget(form)
    form.first.setText("abc")
    assert form.strength.text().startswith("Stärke: Sehr schwach. Verwenden Sie mindestens 10")
    form.first.setText("abcdefghijk")  # zxcvbn's own warning, in German
    assert form.strength.text() == (
        "Stärke: Sehr schwach. Folgen wie „abc“ oder „6543“ sind leicht zu erraten."
    )
    assert form.problem() == (
        "Diese Passphrase wäre zu leicht zu erraten.",
        "Folgen wie „abc“ oder „6543“ sind leicht zu erraten.",
    )


def test_in_german_reminders_say_what_needs_a_moment_in_german(german: None) -> None:
    agreement = Agreement(1, frozenset(), 7, "", date(2026, 11, 1))
    due = due_reminders(
        Ledger(),
        ZONE,
        NOW,
        talk=None,
        agreement=agreement,
        already_sent=[],
        quiet=QuietHours(23, 7),
        words=WINDOW_WORDS,
    )
    assert [(r.title, r.text) for r in due] == [
        (
            "Es ist Zeit, Ihre Vereinbarung wieder anzusehen",
            "Ein gutes Gespräch für Sie beide, wenn Sie beide so weit sind.",
        )
    ]


def test_the_check_in_prompts_are_marked_and_said_in_german(german: None) -> None:
    prompts = [LISTENING, *(w for title, questions in PROMPTS for w in (title, *questions))]
    assert set(prompts) <= CHECK_IN_PROMPTS | DOMAIN_WORDS, "mark these in ui/domain_words.py"
    assert domain_word("What went well") == "Was gut lief"
    assert domain_word(LISTENING).startswith("Sprechen Sie abwechselnd.")
    assert all(domain_word(words) != words for words in prompts)
