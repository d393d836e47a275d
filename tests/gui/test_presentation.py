"""Presentation mode is read from a sofa: the timeline takes the width, the text is
larger, rows grow with it, and Esc or the button leaves."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from rekindle_desktop.services.demo import create_demo_journal
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.main_window import RekindleWindow
from rekindle_desktop.ui.presentation_view import SCALE, PresentationView
from rekindle_desktop.ui.timeline_delegate import Spacing
from rekindle_desktop.ui.timeline_model import FIRST_OF_DAY_ROLE
from rekindle_desktop.ui.timeline_panel import TimelinePanel
from tests.gui.conftest import MakeWindow, visible_text, wait_active


@pytest.fixture
def demo_window(qtbot: QtBot, tmp_path: Path, make_window: MakeWindow) -> RekindleWindow:
    journal = create_demo_journal(parent=tmp_path)
    window = make_window(journal.folder.path, demo=True)
    window.open_journal(JournalSession(journal))
    return window


def _sized(qtbot: QtBot, window: RekindleWindow, width: int, height: int) -> None:
    window.resize(width, height)
    # A window keeps its minimum width (about 1000 pixels with the demo's journal page).
    qtbot.waitUntil(lambda: width <= window.width() <= width + 60 and window.height() == height)


def _present(qtbot: QtBot, window: RekindleWindow) -> PresentationView:
    window.present_action.setChecked(True)
    view = window.stack.currentWidget()
    assert isinstance(view, PresentationView)
    qtbot.waitUntil(lambda: view.timeline.view.isVisible())
    return view


def _normal_timeline(window: RekindleWindow) -> TimelinePanel:
    page = window.stack.currentWidget()
    assert isinstance(page, JournalView) and page.sharer is not None
    panel = page.sharer.findChild(TimelinePanel)
    assert panel is not None
    return panel


def _left_and_right(widget: QWidget, within: QWidget) -> tuple[int, int]:
    """The space to the left and to the right of `widget` inside `within`."""
    left = widget.mapTo(within, QPoint(0, 0)).x()
    return left, within.width() - left - widget.width()


def _row_height(panel: TimelinePanel, row: int) -> int:
    view = panel.view
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.font = view.font()  # as the view hands it to the delegate
    return view.itemDelegate().sizeHint(option, view.model().index(row, 0)).height()


def test_the_timeline_takes_the_width_centred(qtbot: QtBot, demo_window: RekindleWindow) -> None:
    view = _present(qtbot, demo_window)
    timeline = view.timeline
    widest = view.column.maximumWidth()
    for width in (1000, 1400, 1900):  # narrower and wider than the column's widest
        _sized(qtbot, demo_window, width, 900)
        qtbot.waitUntil(lambda: timeline.width() >= min(0.8 * view.width(), widest))
        left, right = _left_and_right(timeline, view)
        assert abs(left - right) <= 2, (width, left, right)  # centred, not pushed aside
        if timeline.width() < widest:
            assert timeline.width() >= 0.9 * view.width(), width


def test_the_words_and_rows_are_larger_and_not_cut_off(
    qtbot: QtBot, demo_window: RekindleWindow
) -> None:
    _sized(qtbot, demo_window, 1400, 900)
    normal = _normal_timeline(demo_window)
    normal_points = normal.view.font().pointSizeF()
    normal_first = _row_height(normal, 0)
    view = _present(qtbot, demo_window)
    rows = view.timeline.view
    assert rows.font().pointSizeF() >= 1.4 * normal_points
    assert rows.font().pointSizeF() == pytest.approx(SCALE * normal_points, abs=0.1)
    assert view.consistency.trend.font().pointSizeF() > rows.font().pointSizeF()  # a heading
    assert view.leave_button.font().pointSizeF() == rows.font().pointSizeF()
    assert _row_height(view.timeline, 0) >= 1.3 * normal_first

    line = QFontMetrics(rows.font()).height()
    space = Spacing.of(rows.font())
    assert space.header >= 2 * line  # the day's heading, a little larger than the rows
    assert space.icon >= line  # the outcome's shape as tall as the words beside it
    model = rows.model()
    for row in range(min(model.rowCount(), 40)):
        index = model.index(row, 0)
        needed = space.height(1) + (space.header if index.data(FIRST_OF_DAY_ROLE) else 0)
        assert rows.visualRect(index).height() >= needed, row

    demo_window.present_action.setChecked(False)  # the journal's rows are as they were
    assert _row_height(_normal_timeline(demo_window), 0) == normal_first


def test_esc_leaves_presentation_mode_from_the_rows_or_the_search(
    qtbot: QtBot, demo_window: RekindleWindow
) -> None:
    for where in ("rows", "search"):
        view = _present(qtbot, demo_window)
        wait_active(qtbot, demo_window)
        target: QWidget = view.timeline.search if where == "search" else view.timeline.view
        target.setFocus()
        qtbot.keyClick(target, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: isinstance(demo_window.stack.currentWidget(), JournalView))
        assert not demo_window.present_action.isChecked(), where


def test_the_button_leaves_and_the_trend_is_explained_on_request(
    qtbot: QtBot, demo_window: RekindleWindow
) -> None:
    view = _present(qtbot, demo_window)
    assert "read-only" in visible_text(view)
    card = view.consistency
    assert card.explain is not None
    assert not card.trend_words.isVisible()  # the timeline keeps the room
    qtbot.mouseClick(card.explain, Qt.MouseButton.LeftButton)
    assert card.trend_words.isVisible() and card.trend_words.text()
    assert view.leave_button.isVisible()
    assert "Esc" in view.leave_button.toolTip()
    qtbot.mouseClick(view.leave_button, Qt.MouseButton.LeftButton)
    assert isinstance(demo_window.stack.currentWidget(), JournalView)
    assert not demo_window.present_action.isChecked()
