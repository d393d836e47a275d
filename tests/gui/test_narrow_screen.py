"""A 1440x900 screen at 150% text is 960x600 for Qt (issue 15, "Calm and clear").

Every page of the journal fits 960 wide, in English and in German: rows of buttons wrap,
columns give way, and a page that needs more height than the window has scrolls, while
the Lock button and the status line stay in view. On the sharer's page, the agreement
and Share come first, so neither is below the fold.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QPushButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.services.demo import create_demo_journal
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.ui.i18n import install_translator, remove_translators
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.main_window import RekindleWindow
from rekindle_desktop.ui.reflow import FlowLayout, StatusLine, WrappingCheckBox
from rekindle_desktop.ui.style import apply_look
from tests.gui.conftest import MakeWindow

SMALL = (960, 600)  # 1440x900 at 150%
ROOM_FOR_A_TITLE_BAR = 40
DEFAULT = (1320, 860)  # what an open journal asks for on a large screen


@pytest.fixture(params=["en", "de"])
def demo_window(
    request: pytest.FixtureRequest, qtbot: QtBot, tmp_path: Path, make_window: MakeWindow
) -> Iterator[RekindleWindow]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    installed = []
    if request.param == "de":
        installed = install_translator(
            app, QLocale(QLocale.Language.German, QLocale.Country.Germany)
        )
        assert installed, "the German catalogue should load"
    try:
        journal = create_demo_journal(parent=tmp_path)
        window = make_window(journal.folder.path, demo=True, use_tray=False)
        window.open_journal(JournalSession(journal))
        assert _page(window).sharer is not None and _page(window).review is not None
        yield window
    finally:
        remove_translators(app, installed)


def _page(window: RekindleWindow) -> JournalView:
    page = window.stack.currentWidget()
    assert isinstance(page, JournalView)
    return page


def _each_tab(qtbot: QtBot, window: RekindleWindow) -> Iterator[str]:
    tabs = _page(window).tabs
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(60)  # the layouts, and the window's look at the page on show
        yield tabs.tabText(index)


def _in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def shown_whole(widget: QWidget, window: QWidget) -> bool:
    """On show, all of it: inside the window and not scrolled away in any scroll area."""
    if not widget.isVisible():
        return False
    rect = _in_window(widget, window)
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and not _in_window(
            parent.viewport(), window
        ).contains(rect):
            return False
        parent = parent.parentWidget()
    return window.rect().contains(rect)


def _scrolls_sideways(area: QScrollArea) -> bool:
    inner = area.widget()
    too_wide = inner is not None and inner.width() > area.viewport().width()
    return too_wide or area.horizontalScrollBar().isVisible()


def _status_line(window: RekindleWindow) -> StatusLine:
    line = window.statusBar().findChild(StatusLine)
    assert line is not None
    return line


def test_every_page_fits_a_960_wide_window(qtbot: QtBot, demo_window: RekindleWindow) -> None:
    width, height = SMALL
    for tab in _each_tab(qtbot, demo_window):
        hint = demo_window.minimumSizeHint()
        assert hint.width() <= width, f"{tab!r} needs {hint.width()} px"
        assert demo_window.minimumWidth() <= width, tab
        assert hint.height() <= height - ROOM_FOR_A_TITLE_BAR, tab
        assert _page(demo_window).minimumSizeHint().width() <= width, tab


def test_at_960_by_600_lock_and_the_status_line_are_in_view_on_every_page(
    qtbot: QtBot, demo_window: RekindleWindow
) -> None:
    demo_window.resize(*SMALL)
    qtbot.waitUntil(lambda: (demo_window.width(), demo_window.height()) == SMALL)
    status = _status_line(demo_window)
    assert status.text()  # the demo says how it locks and its passphrase
    for tab in _each_tab(qtbot, demo_window):
        assert shown_whole(demo_window.lock_button, demo_window), tab
        assert shown_whole(status, demo_window), tab
        # Every word of the status line: it wraps, and its line grows to show them.
        assert status.height() >= status.heightForWidth(status.width()), tab
        page = _page(demo_window).tabs.currentWidget()
        assert _in_window(page, demo_window).right() < demo_window.width(), tab  # no cut side
        areas = [page, *page.findChildren(QScrollArea)]
        sideways = [a for a in areas if isinstance(a, QScrollArea) and _scrolls_sideways(a)]
        assert not sideways, f"{tab!r}: a part is wider than the window"


def test_the_status_line_is_as_tall_as_its_words_need_now_not_once(qtbot: QtBot) -> None:
    """Made tall while narrow (as when its words are set before the window is laid
    out), the line comes back to one line once wide: QLabel never answers a height below
    its minimum, so a minimum set from a narrow width used to keep it tall for good, an
    empty band between the pages and the words."""
    line = StatusLine()
    qtbot.addWidget(line)
    line.setContentsMargins(8, 0, 8, 4)
    line.setText("Demo journal: it doesn't lock by itself. Ctrl+L locks it. F1 for help")
    one_line = line.fontMetrics().height() + 4
    line.resize(100, 30)
    line.show()
    qtbot.waitExposed(line)
    qtbot.waitUntil(lambda: line.sizeHint().height() > 3 * one_line)  # narrow: many lines
    line.resize(1300, 30)
    qtbot.waitUntil(lambda: line.width() == 1300)
    assert line.sizeHint().height() < 2 * one_line  # wide: one line again
    assert line.minimumSizeHint().height() < 2 * one_line


def test_words_said_before_the_window_is_laid_out_leave_no_band_below_the_pages(
    qtbot: QtBot, tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    """As on a real start: the status line gets its words while still unlaid (100 px
    wide). Once the window is up, it is one line, and the pages reach down to it."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_look(app)
    journal = create_demo_journal(parent=tmp_path)
    window = RekindleWindow(journal.folder.path, demo=True, use_tray=False, argon2=fast_argon2)
    qtbot.addWidget(window)
    window.say("Opening with this computer's keyring, while the window is built", 5000)
    window.resize(*DEFAULT)
    window.show()
    qtbot.waitExposed(window)
    window.open_journal(JournalSession(journal))
    line = _status_line(window).fontMetrics().height()
    qtbot.waitUntil(lambda: window.statusBar().height() < 3 * line, timeout=3_000)
    window.close_journal()


def test_share_and_the_agreement_are_in_view_without_scrolling(
    qtbot: QtBot, demo_window: RekindleWindow
) -> None:
    sharer = _page(demo_window).sharer
    assert sharer is not None
    agreement = next(
        button
        for button in sharer.findChildren(QPushButton)
        if button.text() in ("Agreement…", "Vereinbarung…")
    )
    for size in (SMALL, DEFAULT):
        demo_window.resize(*size)
        qtbot.waitUntil(lambda s=size: (demo_window.width(), demo_window.height()) == s)
        qtbot.wait(60)
        assert shown_whole(sharer.share_button, demo_window), size
        assert shown_whole(agreement, demo_window), size


def test_a_row_of_buttons_wraps_instead_of_widening(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    row = FlowLayout(holder, spacing=6)
    buttons = [QPushButton(f"At place number {n}") for n in range(6)]
    for button in buttons:
        row.addWidget(button)
    widest = max(b.sizeHint().width() for b in buttons)
    line = max(b.sizeHint().height() for b in buttons)
    assert row.minimumSize().width() == widest
    assert row.heightForWidth(row.sizeHint().width()) == line  # room: one line
    assert row.heightForWidth(widest) == 6 * line + 5 * 6  # no room: one under another
    holder.resize(widest * 2 + 6, row.heightForWidth(widest * 2 + 6))
    holder.show()
    qtbot.waitExposed(holder)
    assert buttons[1].y() == buttons[0].y() and buttons[2].y() > buttons[0].y()
    assert all(holder.rect().contains(b.geometry()) for b in buttons)


def test_a_wrapping_check_box_ticks_from_its_words_and_is_named_by_them(qtbot: QtBot) -> None:
    words = "Also save it to a folder after each change"
    box = WrappingCheckBox(words)
    qtbot.addWidget(box)
    box.resize(160, box.heightForWidth(160))
    box.show()
    qtbot.waitExposed(box)
    assert box.text() == words and box.words.text() == words and box.accessibleName() == words
    assert box.minimumSizeHint().width() < box.sizeHint().width()  # its words can wrap
    assert box.heightForWidth(160) > box.heightForWidth(box.sizeHint().width())
    qtbot.mouseClick(box, _left(), pos=box.words.geometry().center())
    assert box.isChecked()


def _left():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
