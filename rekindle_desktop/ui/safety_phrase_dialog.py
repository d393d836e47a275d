"""See the safety phrase again: both partners open it together and read the words aloud.

The words are worked out afresh from the keys this journal pinned (slow on purpose,
so off the GUI thread), never read back from what was shown at pairing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rekindle_desktop.services import sharing
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.services.sharing import PartnerKeys
from rekindle_desktop.ui.background import run_in_background
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.widgets import heading, label

WORDS_PER_ROW = 3


def in_rows(phrase: str) -> str:
    """Three words to a line: easier to read aloud and to follow on the other screen."""
    words = phrase.split()
    rows = [words[i : i + WORDS_PER_ROW] for i in range(0, len(words), WORDS_PER_ROW)]
    return "\n".join(" ".join(row) for row in rows)


def phrase_label() -> QLabel:
    shown = label(translate("SafetyPhraseDialog", "Working out the words…"))
    shown.setObjectName("recoveryCode")
    shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    shown.setAccessibleName(translate("SafetyPhraseDialog", "Safety phrase"))
    return shown


class SafetyPhraseDialog(QDialog):
    """The safety phrase for each partner this journal is paired with."""

    phrases_ready = Signal()

    def __init__(self, opened: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("SafetyPhraseDialog", "Safety phrase"))
        self.setMinimumWidth(520)
        self.phrases: list[str] = []
        self.shown: list[QLabel] = []
        partners = sharing.paired_partners(opened.journal)
        column = QVBoxLayout(self)
        column.addWidget(heading(translate("SafetyPhraseDialog", "Compare the safety phrase")))
        if partners:
            self._explain(column)
            for keys in partners:
                if len(partners) > 1:
                    column.addWidget(label(self._who(keys), "subheading"))
                shown = phrase_label()
                column.addWidget(shown)
                self.shown.append(shown)
            self._after(column)
            run_in_background(
                self, lambda: [keys.safety_phrase() for keys in partners], success=self._show
            )
        else:
            column.addWidget(
                label(
                    translate(
                        "SafetyPhraseDialog",
                        "You haven't paired with your partner yet. When you pair, Rekindle "
                        "shows the safety phrase for you to compare together.",
                    ),
                    "muted",
                )
            )
        close = QPushButton(translate("SafetyPhraseDialog", "Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        column.addLayout(buttons)

    def _explain(self, column: QVBoxLayout) -> None:
        column.addWidget(
            label(
                translate(
                    "SafetyPhraseDialog",
                    "Open this at the same time as your partner, each on your own "
                    "computer, sitting together or on the phone, and read the words aloud "
                    "to each other. If every word is the same, in the same order, your "
                    "Rekindles are still paired with each other and nobody in between.",
                ),
                "muted",
            )
        )

    def _after(self, column: QVBoxLayout) -> None:
        column.addWidget(
            label(
                translate(
                    "SafetyPhraseDialog",
                    "If you paired with an earlier version of Rekindle, these words are "
                    "longer than the ones you compared then. That is expected: what matters "
                    "is that both screens show the same words now.",
                ),
                "muted",
            )
        )
        column.addWidget(
            label(
                translate(
                    "SafetyPhraseDialog",
                    "If any word differs, first check that you both have the latest "
                    "Rekindle. If they still differ, stop exchanging timeline files for now "
                    "and talk in person before doing anything else.",
                ),
                "muted",
            )
        )

    def _who(self, keys: PartnerKeys) -> str:
        if len(keys.sides) > 1:
            return translate("SafetyPhraseDialog", "Your partner (you share both ways)")
        if keys.sides == (sharing.REVIEWER,):
            return translate("SafetyPhraseDialog", "Your partner, who reviews your timeline")
        return translate("SafetyPhraseDialog", "Your partner, whose timeline you review")

    def _show(self, phrases: list[str]) -> None:
        self.phrases = phrases
        for shown, phrase in zip(self.shown, phrases, strict=True):
            shown.setText(in_rows(phrase))
        self.adjustSize()  # three rows where "Working out the words…" took one
        self.phrases_ready.emit()
