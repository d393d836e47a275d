"""What an unlocked journal shows: the sharer's page, review mode, or both as tabs.

Everything in here is journal content: the window drops this widget when it locks.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import timedelta
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.drafts import KeptDraft, Where
from rekindle_desktop.domain.entries import EntryKind
from rekindle_desktop.domain.insights import contacts_told, first_calendar_day
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import conversation
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.services.records import Records, newest_reviewed_rows, read_lent
from rekindle_desktop.services.session import JournalHandoff
from rekindle_desktop.ui.background import Deliver, outcome_of, wait_without, way_back_to
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.newest_weeks_view import (
    NEWEST_WEEKS,
    NewestReviewedView,
    NewestWeeksView,
)
from rekindle_desktop.ui.service_words import said_error
from rekindle_desktop.ui.widgets import label, named
from rekindle_desktop.ui.words import WINDOW_WORDS

if TYPE_CHECKING:
    from rekindle_desktop.ui.review_view import ReviewView
    from rekindle_desktop.ui.sharer_view import SharerView
    from rekindle_desktop.ui.voice_view import VoiceView

# Entries, own and reviewed: below this a journal is read in well under a tenth of a second.
READ_IN_BACKGROUND_FROM = 5_000
DEMO_NOTE = QT_TRANSLATE_NOOP(
    "JournalView",
    "This is a demo journal. Nothing in it is real, and it is set aside when you close Rekindle.",
)


def _nothing() -> None:
    pass


class JournalView(QWidget):
    """The unlocked journal. Its object name marks it as content the lock must hide.

    A long journal is read on a worker thread after the window has appeared; until then
    its newest weeks are shown: a sharer's own, to log in at once, or a reviewer's record,
    read-only. `ready` is emitted once the pages are shown.
    """

    CONTENT = "journalContent"
    ready = Signal()

    def __init__(
        self,
        opened: JournalSession,
        clock: Clock,
        *,
        demo: bool = False,
        read_in_background_from: int = READ_IN_BACKGROUND_FROM,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(self.CONTENT)
        self.session = opened
        self.clock = clock
        self.role = opened.role
        self.records: Records | None = None
        self.sharer: SharerView | None = None
        self.review: ReviewView | None = None
        self.voice: VoiceView | None = None
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        if demo:
            banner = QFrame()
            banner.setObjectName("banner")
            row = QHBoxLayout(banner)
            row.setContentsMargins(24, 8, 24, 8)
            row.addWidget(label(translate("JournalView", DEMO_NOTE)))
            self._column.addWidget(banner)
        records = Records(opened.journal, clock, words=WINDOW_WORDS)
        self._unread: JournalHandoff | None = None  # lent, to read the years before
        self._building: Iterator[bool] | None = None  # the pages, a turn at a time
        self.newest: NewestWeeksView | None = None  # a sharer's, to log in meanwhile
        self.newest_reviewed: NewestReviewedView | None = None  # a reviewer's, read-only
        if records.size() < read_in_background_from:
            self._show_pages(records)
            return
        # Its newest weeks now, the years before on a worker.
        if records.log is not None:
            newest = JournalLog.newest_weeks(
                opened.journal, clock, NEWEST_WEEKS, words=WINDOW_WORDS
            )
            self.newest = NewestWeeksView(newest)
            shown: NewestWeeksView | NewestReviewedView = self.newest
        else:
            _since, rows = newest_reviewed_rows(
                opened.journal, clock, NEWEST_WEEKS, words=WINDOW_WORDS
            )
            today = clock.now_utc().astimezone(clock.zone).date()
            shown = self.newest_reviewed = NewestReviewedView(today, rows)
        self._opening = self._tabs_with(shown)
        self._column.addWidget(self._opening, 1)
        self._unread = opened.lend()
        # Start once the window has been drawn, so the reading does not slow that down.
        shown.timeline.view.viewport().installEventFilter(self)
        QTimer.singleShot(500, self, self._start_reading)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._unread is not None:
            QTimer.singleShot(0, self, self._start_reading)
        return False

    def _start_reading(self) -> None:
        handoff, self._unread = self._unread, None
        if handoff is not None and self.session.is_open:  # not once locked
            # Not a daemon: quitting waits for the read to end, so SQLCipher and OpenSSL
            # are never torn down under it (a daemon thread crashed the process at exit).
            threading.Thread(
                target=_read_on_worker,
                args=(handoff, self.clock, way_back_to(self, self._read_or_not)),
                name="read journal",
            ).start()

    def never_shown(self) -> None:
        """Built but not to be shown (its journal failed its check): it reads nothing
        more, and goes."""
        self._unread = None
        self.deleteLater()

    def loaded(self) -> bool:
        return self.records is not None

    @Slot(object, object)
    def _read_or_not(self, records: Records | None, problem: Any) -> None:
        if problem is not None:
            self._not_read(problem[1])
        else:
            assert records is not None
            self._read(records)

    def _read(self, records: Records) -> None:
        if not self.session.is_open:
            return  # locked meanwhile: this view is on its way out
        records.rebind(self.session)  # the worker's connection is closed; carry on with ours
        # A page per turn of the event loop, built hidden while the newest weeks stay in
        # use: all at once, building them held the window 0.2 s at ten years.
        self._building = self._pages(records)
        self._build_a_page(records)

    def _build_a_page(self, records: Records) -> None:
        """The next page of a long journal; once all are built, they take the newest
        weeks' place, with what was logged and typed there meanwhile."""
        if not self.session.is_open:
            self._building = None
            return  # locked meanwhile: nothing more is built from the closed journal
        if self._building is not None and next(self._building, False):
            QTimer.singleShot(0, self, lambda: self._build_a_page(records))
            return
        self._building = None
        newest, sharer = self.newest, self.sharer
        typed, typing = [], False
        if newest is not None:
            assert records.log is not None
            records.log.catch_up()  # what was logged in the newest weeks after the worker's read
            typed, typing = newest.unsaved(), newest.quick_log.text.hasFocus()
        self.newest = self.newest_reviewed = None
        self._opening.hide()
        self._opening.deleteLater()
        self.records = records
        self._column.addWidget(self.tabs, 1)
        if newest is not None:
            assert sharer is not None
            for draft in typed:  # the words typed meanwhile, where they were
                sharer.restore(draft)
            if typing:
                sharer.quick_log.text.setFocus()
            if newest.logged:  # shown, and what follows a change: the shared folder's file
                sharer.changed()
        self.ready.emit()

    def _not_read(self, error: Exception) -> None:
        if not isinstance(error, UserFacingError):
            raise error  # the crash reporter takes it from here
        said = "\n".join(said_error(error))
        # What is typed in a sharer's newest weeks stays there, and can be saved.
        shown = self.newest if self.newest is not None else self.newest_reviewed
        if shown is not None:
            shown.reading.setText(said)

    def _tabs_with(self, newest: QWidget) -> QTabWidget:
        """The pages' tabs, with only the newest weeks in them yet: nothing moves when
        the pages take their place."""
        tabs = QTabWidget()
        tabs.setDocumentMode(True)
        for place, title in enumerate(_titles(self.role.shares, self.role.reviews)):
            tabs.addTab(newest if place == 0 else QWidget(), title)
            tabs.setTabEnabled(place, place == 0)
        return tabs

    def _show_pages(self, records: Records) -> None:
        self.records = records
        for _page in self._pages(records):
            pass
        self._column.addWidget(self.tabs, 1)
        self.ready.emit()

    def _pages(self, records: Records) -> Iterator[bool]:
        """Build the pages and their tabs, hidden (children of this view, so a lock
        takes them too), yielding after each step: each takes 15-45 ms at ten years."""
        # Imported here: a long journal's window appears before these are needed.
        from rekindle_desktop.ui.check_in_view import CheckInView
        from rekindle_desktop.ui.insights_view import InsightsView
        from rekindle_desktop.ui.review_view import ReviewView
        from rekindle_desktop.ui.sharer_view import SharerView
        from rekindle_desktop.ui.voice_view import VoiceView

        yield True  # their imports took a turn's worth
        if records.log is not None:
            self.sharer = SharerView(records.log, self)
            yield True
        if self.role.reviews:
            self.review = ReviewView(records, self)
            yield True
            self.voice = VoiceView(records, records.clock, self)
            yield True
        self.check_ins = CheckInView(records, self)
        if self.review is not None:
            self.review.reply_wanted.connect(self.check_ins.send_reply)
            self.check_ins.replied.connect(self.review.result_note.say_done)
        yield True
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.insights = InsightsView()
        insights_scroll = named(QScrollArea(), translate("JournalView", "Insights"))
        insights_scroll.setWidget(self.insights)
        insights_scroll.setWidgetResizable(True)
        insights_scroll.setFrameShape(QFrame.Shape.NoFrame)
        pages = [self.sharer, self.review, self.voice, self.check_ins, insights_scroll]
        titles = _titles(self.sharer is not None, self.review is not None)
        for page, title in zip([p for p in pages if p is not None], titles, strict=True):
            self.tabs.addTab(page, title)
        self._insights_tab = insights_scroll
        self.tabs.currentChanged.connect(self._tab_changed)
        yield True  # and showing them takes a turn of its own

    # --- words not yet saved, through a lock -----------------------------------------
    def unsaved(self) -> list[KeptDraft]:
        """Every page's words typed and not saved, with any form open over them."""
        if not self.loaded():
            return self.newest.unsaved() if self.newest is not None else []
        found = self.sharer.unsaved() if self.sharer is not None else []
        found += self.check_ins.unsaved()
        for page in (self.review, self.voice):
            draft = page.unsaved() if page is not None else None
            if draft is not None:
                found.append(draft)
        return found

    def restore(self, drafts: Sequence[KeptDraft], then: Callable[[], None] = _nothing) -> None:
        """Put kept drafts back where they were typed: now, or once the pages are shown.

        `then` runs once they are back (not at all if the window locks before that).
        """
        if not self.loaded():
            if self.newest is not None:  # the quick-log bar's own words go back now
                for draft in drafts:
                    if draft.where in _QUICK_LOG:
                        self.newest.restore(draft)
                drafts = [draft for draft in drafts if draft.where not in _QUICK_LOG]
            self.ready.connect(lambda: self.restore(drafts, then))
            return
        # Page fields first, then at most one form over them (they are window-modal).
        for draft in sorted(drafts, key=lambda d: d.where in _FORMS):
            if draft.where in (Where.CHECK_IN_PAGE, Where.REPLY):
                self.check_ins.restore(draft)
            elif draft.where is Where.REVIEW_NOTES:
                if self.review is not None:
                    self.review.restore(draft)
            elif draft.where is Where.TRIGGER:
                if self.voice is not None:
                    self.voice.restore(draft)
            elif self.sharer is not None:
                self.sharer.restore(draft)
        then()

    def _tab_changed(self, _index: int) -> None:
        # Each page reads the journal afresh when shown: another page may have changed it.
        page = self.tabs.currentWidget()
        if page is self._insights_tab:
            self.show_insights()
            return
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def show_insights(self) -> None:
        """The sharer's own record, or for a reviewer the accepted one, with own feelings."""
        records = self.records
        if records is None:
            return
        work_out = records.insights_to_work_out()
        if work_out is not None:  # ten years of commitments, worked out beside the window
            wait_without(self.insights, work_out)
            if not shiboken6.isValid(self) or not self.session.is_open:
                return  # locked meanwhile
        if records.log is not None:
            commitments, ledger = records.log.commitments(), records.log.ledger
        else:
            commitments, ledger = records.reviewed_commitments(), records.reviewed_ledger()
        today = self.clock.now_utc().astimezone(self.clock.zone).date()
        told = contacts_told(
            ledger.standing(EntryKind.CONTACT),
            first_calendar_day(today, self.insights.calendar_weeks),
            timedelta(minutes=records.late_after_minutes),
        )
        self.insights.set_data(
            commitments, ledger.pauses(), conversation.feelings(records.journal), today, told
        )


def _titles(shares: bool, reviews: bool) -> list[str]:
    """The pages' tab titles, in order, for a journal that shares, reviews, or both."""
    titles = [translate("JournalView", "My journal")] if shares else []
    if reviews:
        titles.append(
            translate("JournalView", "Review my partner's timeline")
            if shares
            else translate("JournalView", "Review")
        )
        titles.append(translate("JournalView", "Triggers and requests"))
    return [*titles, translate("JournalView", "Check-ins"), translate("JournalView", "Insights")]


_QUICK_LOG = frozenset({Where.QUICK_LOG, Where.ENTRY_FORM})
_FORMS = frozenset(
    {
        Where.ENTRY_FORM,
        Where.CORRECTION,
        Where.AGREEMENT,
        Where.PAUSE,
        Where.REPLY,
        Where.STOP_SHARING,
        Where.ANSWER,
    }
)


def _read_on_worker(handoff: JournalHandoff, clock: Clock, deliver: Deliver) -> None:
    """Read a journal on this worker thread, through a connection of its own, and hand
    back the records, everything worked out and ready to rebind, or why not."""
    # Ten years of entries and rows: the cyclic collector waits meanwhile, and what
    # was read is set aside after, as `wait_responsively` does for its work.
    collecting = gc.isenabled()
    gc.disable()
    try:
        outcome = outcome_of(lambda: read_lent(handoff, clock, words=WINDOW_WORDS))
    finally:
        gc.freeze()
        if collecting:
            gc.enable()
    # If the window was locked meanwhile, the view is gone and nobody is told.
    deliver(*outcome)
