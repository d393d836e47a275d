"""Keyboard and screen reader: every page of the demo journal can be walked with Tab,
every stop says what it is, focus reaches the main actions and never gets caught, and
text grows with the system font."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QFont
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget
from pytestqt.qtbot import QtBot

from rekindle_desktop.services.demo import create_demo_journal
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.ui import style
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.main_window import RekindleWindow
from tests.gui.conftest import MakeWindow, wait_active

OWNERS = ("SharerView", "ReviewView", "CheckInView", "InsightsView", "JournalView")


def spoken_name(widget: QWidget) -> str:
    """What a screen reader calls `widget`: its accessible name, or a button's words."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton | QTabBar):
        interface = QAccessible.queryAccessibleInterface(widget)
        return interface.text(QAccessible.Text.Name) if interface is not None else ""
    return ""


def owner_of(widget: QWidget) -> str:
    parent: QWidget | None = widget
    while parent is not None:
        if type(parent).__name__ in OWNERS:
            return type(parent).__name__
        parent = parent.parentWidget()
    return ""


def walk_tab_order(qtbot: QtBot, start: QWidget) -> list[QWidget]:
    """Press Tab from `start` until focus comes back to it; every widget on the way."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    stops: list[QWidget] = []
    for _ in range(150):
        here = QApplication.focusWidget()
        assert here is not None
        if stops and here is stops[0]:
            return stops
        stops.append(here)
        qtbot.keyClick(here, Qt.Key.Key_Tab)
    pytest.fail(
        "Tab never came back round: the keyboard is caught somewhere: "
        f"{[type(w).__name__ for w in stops[-5:]]}"
    )


@pytest.fixture
def demo_window(qtbot: QtBot, tmp_path: Path, make_window: MakeWindow) -> Iterator[RekindleWindow]:
    journal = create_demo_journal(parent=tmp_path)
    window = make_window(journal.folder.path, demo=True, use_tray=False)
    window.open_journal(JournalSession(journal))
    wait_active(qtbot, window)
    yield window


def _page(window: RekindleWindow) -> JournalView:
    page = window.stack.currentWidget()
    assert isinstance(page, JournalView)
    return page


def _walk_tab(qtbot: QtBot, window: RekindleWindow, title: str) -> list[QWidget]:
    page = _page(window)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    page.tabs.setCurrentIndex(titles.index(title))
    return walk_tab_order(qtbot, page.tabs.tabBar())


def _words(stops: list[QWidget]) -> list[str]:
    return [spoken_name(w) for w in stops]


@pytest.mark.parametrize(
    ("tab", "must_reach"),
    [
        (
            "My journal",
            [
                "Kind of entry",
                "Entry text",
                "Timeline",
                "Share a timeline file…",
                "Agreement…",
                "Plan a pause…",
            ],
        ),
        ("Review my partner's timeline", ["Open a timeline file…", "Timeline", "Search"]),
        (
            "Check-ins",
            [
                "Agenda",
                "Add to the agenda",
                "Notes from the check-in talk",
                "We had our check-in",
                "Safety",
                "Trust",
                "Connection",
            ],
        ),
        ("Insights", []),
    ],
)
def test_every_focus_stop_on_each_page_has_a_name_and_the_main_actions_are_reached(
    qtbot: QtBot, demo_window: RekindleWindow, tab: str, must_reach: list[str]
) -> None:
    stops = _walk_tab(qtbot, demo_window, tab)
    assert all(w.window() is demo_window for w in stops)  # focus stays in the window
    unnamed = {(owner_of(w), type(w).__name__) for w in stops if not spoken_name(w)}
    assert not unnamed, f"focus stops a screen reader cannot name: {unnamed}"
    words = _words(stops)
    for action in must_reach:
        assert action in words, f"{action!r} cannot be reached with Tab on {tab!r}"


def test_the_reviewers_own_notes_and_the_insights_page_say_what_they_are(
    qtbot: QtBot, demo_window: RekindleWindow
) -> None:
    review = _walk_tab(qtbot, demo_window, "Review my partner's timeline")
    assert {"Your own note", "Your own notes"} <= set(_words(review))
    insights = _walk_tab(qtbot, demo_window, "Insights")
    assert "Insights" in _words(insights)


def test_each_outcome_button_says_which_entry_it_is_for(
    qtbot: QtBot, demo_window: RekindleWindow
) -> None:
    words = _words(_walk_tab(qtbot, demo_window, "My journal"))
    outcome_buttons = [w for w in words if w.startswith(("Kept: ", "Not kept: "))]
    assert outcome_buttons, "the outcome buttons can be reached with Tab"
    assert all(len(w.split(": ", 1)[1]) > 0 for w in outcome_buttons)


def test_ctrl_tab_moves_between_pages_of_the_journal(
    qtbot: QtBot, demo_window: RekindleWindow
) -> None:
    page = _page(demo_window)
    page.tabs.tabBar().setFocus()
    qtbot.waitUntil(page.tabs.tabBar().hasFocus)
    before = page.tabs.currentIndex()
    qtbot.keyClick(page.tabs.tabBar(), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert page.tabs.currentIndex() == (before + 1) % page.tabs.count()


def test_text_grows_with_the_system_font(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before_font, before_points = QFont(app.font()), app.property("rekindleSystemPoints")
    try:
        big = QFont(app.font())
        big.setPointSizeF(18.0)
        app.setFont(big)
        app.setProperty("rekindleSystemPoints", None)  # as if the system font had changed
        style.apply_look(app)
        assert app.font().pointSizeF() == pytest.approx(18.0)
        heading = QLabel("Welcome")
        heading.setObjectName("heading")
        qtbot.addWidget(heading)
        heading.ensurePolished()
        assert heading.font().pointSizeF() == pytest.approx(18.0 * style.HEADING_SCALE, abs=0.1)
    finally:
        app.setFont(before_font)
        app.setProperty("rekindleSystemPoints", before_points)
        style.apply_look(app)
