"""The timeline as one list model: rows come from the domain, filtered and paged in.

All rows live in memory (they are small frozen dataclasses); the view is fed in pages
through canFetchMore/fetchMore so a ten-year journal lays out as fast as a new one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from rekindle_desktop.domain.entries import EntryKind, Outcome
from rekindle_desktop.domain.timeline import Marker, RowsByEntry, TimelineRow
from rekindle_desktop.ui.background import let_go
from rekindle_desktop.ui.days import weekday_words
from rekindle_desktop.ui.domain_words import kind_name
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.words import WINDOW_WORDS

PAGE = 200
ROOT = QModelIndex()
Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
FIRST_OF_DAY_ROLE = Qt.ItemDataRole.UserRole + 2

# The words shown for an outcome and for each marker, on the row and to a screen reader.
# In English they are the domain's own words (a test keeps them in step).
OUTCOME_WORDS = {
    Outcome.KEPT: QT_TRANSLATE_NOOP("TimelineModel", "kept as said"),
    Outcome.KEPT_WITH_NOTICE: QT_TRANSLATE_NOOP("TimelineModel", "changed, with notice beforehand"),
    Outcome.CHANGED_AFTER: QT_TRANSLATE_NOOP("TimelineModel", "changed, told afterwards"),
    Outcome.NOT_KEPT: QT_TRANSLATE_NOOP("TimelineModel", "not kept"),
    Outcome.UNCONFIRMED: QT_TRANSLATE_NOOP("TimelineModel", "not yet confirmed"),
}
MARKER_WORDS = {
    Marker.LOGGED_LATE: QT_TRANSLATE_NOOP("TimelineModel", "logged late"),
    Marker.AMENDED: QT_TRANSLATE_NOOP("TimelineModel", "corrected"),
    Marker.RETRACTED: QT_TRANSLATE_NOOP("TimelineModel", "withdrawn"),
    Marker.PRIVATE: QT_TRANSLATE_NOOP("TimelineModel", "private"),
    Marker.PAUSED: QT_TRANSLATE_NOOP("TimelineModel", "paused"),
    Marker.DUE: QT_TRANSLATE_NOOP("TimelineModel", "due today"),
    Marker.NEW: QT_TRANSLATE_NOOP("TimelineModel", "new since your last review"),
    Marker.RECORDED_LATE: QT_TRANSLATE_NOOP("TimelineModel", "recorded after your last review"),
    Marker.TOLD_EARLY: QT_TRANSLATE_NOOP("TimelineModel", "told early"),
}


def outcome_words(outcome: Outcome) -> str:
    return translate("TimelineModel", OUTCOME_WORDS[outcome])


def marker_words(marker: Marker) -> str:
    return translate("TimelineModel", MARKER_WORDS[marker])


def first_upper(words: str) -> str:
    """`words` starting with a capital, the rest as written (unlike str.capitalize,
    which would lower-case a German noun)."""
    return words[:1].upper() + words[1:]


@dataclass(frozen=True)
class TimelineFilter:
    kinds: frozenset[EntryKind] = frozenset()  # empty: every kind
    outcomes: frozenset[Outcome] = frozenset()  # empty: any, including none
    matching: frozenset[int] | None = None  # entry ids from a search; None: no search

    def keeps(self, row: TimelineRow) -> bool:
        if (
            self.kinds
            and row.kind not in self.kinds
            and not (row.beside is not None and EntryKind.AMEND in self.kinds)
        ):
            return False
        if self.outcomes and row.outcome not in self.outcomes:
            return False
        return (
            self.matching is None
            or row.entry_id in self.matching
            or (row.beside is not None and row.beside in self.matching)
        )


class TimelineModel(QAbstractListModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._all: list[TimelineRow] = []
        self._shown: list[TimelineRow] = []
        self._loaded = 0
        self._filter = TimelineFilter()
        self._by_entry: RowsByEntry | None = None  # made at the first search of these rows

    # --- feeding -------------------------------------------------------------------
    def set_rows(self, rows: Iterable[TimelineRow]) -> None:
        before = [self._all, self._shown, self._by_entry]
        self.beginResetModel()
        self._all = list(rows)
        self._by_entry = None
        self._apply()
        self.endResetModel()
        let_go(before)  # ten years of old rows, freed beside the window

    def set_filter(self, timeline_filter: TimelineFilter) -> None:
        self.beginResetModel()
        self._filter = timeline_filter
        self._apply()
        self.endResetModel()

    @property
    def total(self) -> int:
        """Rows that match the filter, loaded or not."""
        return len(self._shown)

    def _apply(self) -> None:
        chosen = self._filter
        if chosen == TimelineFilter():
            self._shown = self._all
        elif not chosen.kinds and not chosen.outcomes and chosen.matching is not None:
            # Search alone, the common case: only the rows of the entries found (an index
            # made once per set of rows). A correction shows when it or its entry matches.
            if self._by_entry is None:
                self._by_entry = RowsByEntry(self._all)
            self._shown = self._by_entry.matching(chosen.matching)
        else:
            keeps = chosen.keeps
            self._shown = [r for r in self._all if keeps(r)]
        self._loaded = min(PAGE, len(self._shown))

    # --- Qt model interface -----------------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else self._loaded

    def canFetchMore(self, parent: Index = ROOT) -> bool:
        return not parent.isValid() and self._loaded < len(self._shown)

    def fetchMore(self, parent: Index = ROOT) -> None:
        if parent.isValid():
            return
        start = self._loaded
        count = min(PAGE, len(self._shown) - start)
        if count <= 0:
            return
        # The last row is inclusive: start + count - 1.
        self.beginInsertRows(QModelIndex(), start, start + count - 1)
        self._loaded += count
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._loaded:
            return None
        row = self._shown[index.row()]
        if role == ROW_ROLE:
            return row
        if role == FIRST_OF_DAY_ROLE:
            return index.row() == 0 or self._shown[index.row() - 1].day != row.day
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return describe(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.logged_said(WINDOW_WORDS) or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def row_at(self, position: int) -> TimelineRow:
        return self._shown[position]

    def position_of_day(self, day: date) -> int | None:
        for i, row in enumerate(self._shown):
            if row.day <= day:
                return i
        return None


def describe(row: TimelineRow) -> str:
    """The row as one plain sentence (screen readers, copy, tests): never colour alone."""
    parts = [weekday_words(row.day, year=True), row.time_text, kind_name(row.kind), row.title]
    if row.detail:
        parts.append(row.detail)
    if row.outcome is not None:
        parts.append(
            translate("TimelineModel", "outcome: {outcome}").format(
                outcome=outcome_words(row.outcome)
            )
        )
        if row.outcome_why:
            parts.append(row.outcome_why)
    if row.markers:
        parts.append(", ".join(marker_words(m) for m in sorted(row.markers)))
    return ". ".join(p for p in parts if p)
