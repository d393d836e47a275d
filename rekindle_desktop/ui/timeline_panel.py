"""The timeline with its filters and search: one list view, one model, one delegate.

Used by the sharer's page and by review mode alike.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from datetime import date

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLineEdit,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.entries import LOGGABLE_KINDS, EntryKind, Outcome
from rekindle_desktop.domain.timeline import TimelineRow
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.reflow import FlowLayout
from rekindle_desktop.ui.timeline_delegate import TimelineDelegate
from rekindle_desktop.ui.timeline_model import (
    TimelineFilter,
    TimelineModel,
    describe,
    first_upper,
    outcome_words,
)
from rekindle_desktop.ui.widgets import label, named, uncut

NO_MATCH = QT_TRANSLATE_NOOP(
    "TimelinePanel", "Nothing matches these filters. Clear the search or choose “All kinds”."
)
# Each kind a person logs, as the filter lists it.
KINDS_SHOWN = {
    EntryKind.PLAN: QT_TRANSLATE_NOOP("TimelinePanel", "Plans"),
    EntryKind.CHECK_IN: QT_TRANSLATE_NOOP("TimelinePanel", "Check-ins"),
    EntryKind.PROMISE: QT_TRANSLATE_NOOP("TimelinePanel", "Promises"),
    EntryKind.DISCLOSURE: QT_TRANSLATE_NOOP("TimelinePanel", "Disclosures"),
    EntryKind.APPRECIATION: QT_TRANSLATE_NOOP("TimelinePanel", "Appreciations"),
    EntryKind.NOTE: QT_TRANSLATE_NOOP("TimelinePanel", "Notes"),
    EntryKind.CONTACT: QT_TRANSLATE_NOOP("TimelinePanel", "Contact disclosures"),
}
Search = Callable[[str], Collection[int]]


class TimelinePanel(QFrame):
    def __init__(
        self, today: date, empty_text: str, search: Search | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setObjectName("card")
        self._search_entries = search
        self._empty_text = empty_text
        self._rows: Sequence[TimelineRow] = ()
        self.kind_filter = named(QComboBox(), translate("TimelinePanel", "Show kind"))
        self.kind_filter.addItem(translate("TimelinePanel", "All kinds"), None)
        for kind in LOGGABLE_KINDS:
            self.kind_filter.addItem(translate("TimelinePanel", KINDS_SHOWN[kind]), kind)
        self.outcome_filter = named(QComboBox(), translate("TimelinePanel", "Show outcome"))
        self.outcome_filter.addItem(translate("TimelinePanel", "Any outcome"), None)
        for outcome in Outcome:
            self.outcome_filter.addItem(first_upper(outcome_words(outcome)), outcome)
        self.search = named(uncut(QLineEdit()), translate("TimelinePanel", "Search"))
        # Shown in the empty field and said after its name: words that add to "Search".
        self.search.setPlaceholderText(translate("TimelinePanel", "Words, places, people…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._search_timer.start)
        self.kind_filter.currentIndexChanged.connect(self.apply_filter)
        self.outcome_filter.currentIndexChanged.connect(self.apply_filter)

        self.model = TimelineModel(self)
        self.view = QListView()
        self.view.setObjectName("timeline")
        self.view.setAccessibleName(translate("TimelinePanel", "Timeline"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(TimelineDelegate(today, self.view))
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.empty = label(empty_text, "muted")
        self.empty.setMargin(24)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        # On a narrow window the search moves under the filters instead of shrinking away.
        filters = FlowLayout(spacing=8)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.outcome_filter)
        filters.addWidget(self.search)  # it takes the rest of its line
        inside = QVBoxLayout(self)
        inside.setContentsMargins(8, 10, 8, 8)
        inside.addLayout(filters)
        inside.addWidget(self.stack, 1)

    def set_rows(self, rows: Sequence[TimelineRow]) -> None:
        self._rows = rows
        self.model.set_rows(rows)
        self.apply_filter()

    def apply_filter(self) -> None:
        # Qt hands enum members back as their plain string values.
        kind = self.kind_filter.currentData()
        outcome = self.outcome_filter.currentData()
        typed = self.search.text().strip()
        self.model.set_filter(
            TimelineFilter(
                kinds=frozenset({EntryKind(kind)}) if kind else frozenset(),
                outcomes=frozenset({Outcome(outcome)}) if outcome else frozenset(),
                matching=self._matching(typed) if typed else None,
            )
        )
        if self.model.total:
            self.stack.setCurrentWidget(self.view)
            return
        filtered = self.kind_filter.currentIndex() or self.outcome_filter.currentIndex() or typed
        self.empty.setText(translate("TimelinePanel", NO_MATCH) if filtered else self._empty_text)
        self.stack.setCurrentWidget(self.empty)

    def _matching(self, typed: str) -> frozenset[int]:
        if self._search_entries is not None:
            return frozenset(self._search_entries(typed))
        # Review mode has no full-text index of its own: the rows are in memory already.
        words = typed.casefold().split()
        return frozenset(
            row.entry_id
            for row in self._rows
            if all(word in describe(row).casefold() for word in words)
        )
