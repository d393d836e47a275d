"""Plans that have ended and promises that fell due, each resolved with one click."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from rekindle_desktop.domain.consistency import Commitment
from rekindle_desktop.domain.entries import Outcome
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.ui.domain_words import outcome_name
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, short_day_words, translate
from rekindle_desktop.ui.reflow import FlowLayout
from rekindle_desktop.ui.widgets import GentleNote, label

SHOWN = 6
BUTTONS = (
    (Outcome.KEPT, QT_TRANSLATE_NOOP("NeedsOutcome", "Kept")),
    (Outcome.KEPT_WITH_NOTICE, QT_TRANSLATE_NOOP("NeedsOutcome", "Changed, told before")),
    (Outcome.CHANGED_AFTER, QT_TRANSLATE_NOOP("NeedsOutcome", "Changed, told after")),
    (Outcome.NOT_KEPT, QT_TRANSLATE_NOOP("NeedsOutcome", "Not kept")),
)

Resolve = Callable[[Commitment, Outcome], None]


class NeedsOutcomePanel(QFrame):
    resolved = Signal()

    def __init__(self, resolve: Resolve, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self._resolve = resolve
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(18, 14, 18, 14)
        self._layout.setSpacing(8)
        self._layout.addWidget(label(translate("NeedsOutcome", "Needs an outcome"), "subheading"))
        self.summary = label("", "muted")
        self._layout.addWidget(self.summary)
        self._items = QVBoxLayout()
        self._items.setSpacing(10)
        self._layout.addLayout(self._items)
        self.note = GentleNote()
        self._layout.addWidget(self.note)
        self._shown: tuple[list[Commitment], list[str], int] | None = None

    def show_commitments(
        self, commitments: Sequence[Commitment], title_of: Callable[[Commitment], str]
    ) -> None:
        newest = list(reversed(commitments))[:SHOWN]
        titles = [title_of(commitment) for commitment in newest]
        more = len(commitments) - len(newest)
        if self._shown == (newest, titles, more):
            return  # as shown: building the same cards again took a page's refresh 40 ms
        self._shown = (newest, titles, more)
        while self._items.count():
            item = self._items.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not commitments:
            self.summary.setText(
                translate(
                    "NeedsOutcome",
                    "Nothing is waiting. When a plan ends or a promise falls due, "
                    "it appears here so you can say how it went.",
                )
            )
            return
        self.summary.setText(
            translate(
                "NeedsOutcome",
                "How did these go? Saying so honestly, either way, is what builds trust.",
            )
            + (
                translate("NeedsOutcome", " ({count} more from earlier days.)").format(count=more)
                if more > 0
                else ""
            )
        )
        for commitment, title in zip(newest, titles, strict=True):
            self._items.addWidget(self._item(commitment, title))

    def _item(self, commitment: Commitment, title: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addWidget(label(f"{short_day_words(commitment.day)} · {title}"))
        # Two by two when there is room, one under the other when there is not.
        grid = FlowLayout(spacing=4, uniform=True)
        for outcome, source in BUTTONS:
            words = translate("NeedsOutcome", source)
            button = QPushButton(words)
            button.setObjectName("outcomeChoice")  # narrower padding (ui/style.py)
            said = outcome_name(outcome)
            if said.casefold() != words.casefold():  # never its name said twice
                button.setToolTip(said[:1].upper() + said[1:])
            button.setAccessibleName(
                translate("NeedsOutcome", "{outcome}: {entry}").format(outcome=words, entry=title)
            )
            button.clicked.connect(lambda _=False, c=commitment, o=outcome: self._choose(c, o))
            grid.addWidget(button)
        column.addLayout(grid)
        return box

    def _choose(self, commitment: Commitment, outcome: Outcome) -> None:
        try:
            self._resolve(commitment, outcome)
        except UserFacingError as exc:
            self.note.say_error(exc)
            return
        self.note.clear()
        self.resolved.emit()
