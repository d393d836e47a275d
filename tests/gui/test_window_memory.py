"""The window comes back at the size and place it was left, and always on the screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, QSize, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter
from pytestqt.qtbot import QtBot

from rekindle_desktop.ui.plain_settings import plain_settings
from rekindle_desktop.ui.window_memory import WindowMemory
from tests.conftest import PASSPHRASE
from tests.gui.conftest import MakeWindow, unlock_through_window


def test_the_window_opens_again_at_the_size_and_place_it_was_left(
    qtbot: QtBot, make_window: MakeWindow, existing_journal: tuple[Path, str]
) -> None:
    folder, _code = existing_journal
    window = make_window(folder)
    window.start()
    window.resize(700, 480)
    window.move(10, 30)
    qtbot.waitUntil(lambda: window.size() == QSize(700, 480))
    window.close()

    again = make_window(folder)
    assert again.memory.restored
    assert (again.size(), again.pos()) == (QSize(700, 480), QPoint(10, 30))
    again.start()
    unlock_through_window(qtbot, again, PASSPHRASE)
    # The journal doesn't grow a size chosen before, beyond the width its pages need
    # (770 px; the offscreen screen is 800 px wide, so no kept width can be above that).
    needed = again.minimumSizeHint().width()
    assert again.size() == QSize(max(700, needed), 480)

    # Only the window's place is kept outside the journal: no words from it.
    kept = Path(plain_settings().fileName()).read_bytes()
    assert b"geometry" in kept and PASSPHRASE.encode() not in kept


def test_a_window_larger_than_the_screen_is_pulled_back_within_it(
    qtbot: QtBot, make_window: MakeWindow, existing_journal: tuple[Path, str]
) -> None:
    folder, _code = existing_journal
    window = make_window(folder)
    screen = window.screen().availableGeometry()
    window.resize(screen.width() + 900, screen.height() + 700)  # a bigger screen, last time
    window.move(screen.right() - 100, screen.bottom() - 100)
    qtbot.waitUntil(lambda: window.width() > screen.width())
    window.close()

    again = make_window(folder)
    assert again.memory.restored
    assert screen.contains(again.geometry())
    assert again.width() <= screen.width() - 40 and again.height() <= screen.height() - 60


def test_named_splitters_keep_where_they_were_dragged(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "plain.conf"), QSettings.Format.IniFormat)

    def window_with_splitter() -> tuple[QMainWindow, QSplitter, WindowMemory]:
        window = QMainWindow()
        qtbot.addWidget(window)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("timelineAndNotes")
        splitter.addWidget(QLabel("timeline"))
        splitter.addWidget(QLabel("notes"))
        window.setCentralWidget(splitter)
        window.resize(600, 400)
        memory = WindowMemory(window, settings)
        window.show()
        qtbot.waitExposed(window)
        return window, splitter, memory

    window, splitter, _memory = window_with_splitter()
    splitter.setSizes([420, 170])
    dragged = splitter.sizes()
    window.close()

    _again, splitter_again, memory = window_with_splitter()
    assert splitter_again.sizes() != dragged
    memory.restore_splitters()
    assert splitter_again.sizes() == dragged
