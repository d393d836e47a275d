"""The timeline file and the reply as file types: `rekindle FILE`, a second launch, drag
and drop, and Recent files all open them where a person would, once unlocked."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest
from pyrage import x25519
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access, replies, sharing
from rekindle_desktop.services.clock import system_clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.main_window import RekindleWindow
from rekindle_desktop.ui.recent_files import MOST, RecentFiles
from rekindle_desktop.ui.single_instance import MAX_LINE, InstanceGuard, InstanceStatus
from tests.conftest import PASSPHRASE
from tests.gui.conftest import MakeWindow, unlock_through_window

ROOT = Path(__file__).parent.parent.parent


@dataclass
class Pair:
    sharer: Path
    reviewer: Path
    timeline: Path  # the sharer's export, not yet reviewed
    inbox: Path


@pytest.fixture
def pair(tmp_path: Path, fast_argon2: Argon2Params) -> Pair:
    made = Pair(
        tmp_path / "sharer",
        tmp_path / "reviewer",
        tmp_path / "in/timeline.rekindle",
        tmp_path / "in",
    )
    made.inbox.mkdir()
    with (
        access.create_journal(
            made.sharer, PASSPHRASE, Role.SHARING, argon2=fast_argon2
        ).journal as sharer,
        access.create_journal(
            made.reviewer, PASSPHRASE, Role.REVIEWING, argon2=fast_argon2
        ).journal as reviewer,
    ):
        for mine, theirs in ((sharer, reviewer), (reviewer, sharer)):
            sharing.confirm_pairing(
                mine, sharing.preview_pairing(mine, sharing.pairing_code(theirs))
            )
        log = JournalLog(sharer, system_clock())
        log.add(Draft(EntryKind.CHECK_IN, log.clock.now(), CheckIn("At the office")))
        sharing.export(sharer, made.timeline)
    return made


def reply_from_reviewer(pair: Pair, fast_argon2: Argon2Params) -> Path:
    """The reviewer reviews the timeline file and replies, in their own journal."""
    reply = pair.inbox / "reply.rekindle-reply"
    with access.unlock_with_passphrase(pair.reviewer, PASSPHRASE) as reviewer:
        sharing.review(reviewer, pair.timeline.read_bytes())
        replies.make_reply(reviewer, reply)
    return reply


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the window said in a message box, instead of a real one."""
    said: list[str] = []

    def information(_parent: object, title: str, text: str, *_rest: object) -> object:
        said.append(f"{title}\n{text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", staticmethod(information))
    return said


def opened_window(qtbot: QtBot, make_window: MakeWindow, folder: Path) -> RekindleWindow:
    window = make_window(folder)
    window.start()
    unlock_through_window(qtbot, window, PASSPHRASE)
    view = window.stack.currentWidget()
    assert isinstance(view, JournalView)
    qtbot.waitUntil(view.loaded)
    return window


def journal_view(window: RekindleWindow) -> JournalView:
    view = window.stack.currentWidget()
    assert isinstance(view, JournalView)
    return view


# --- rekindle FILE -------------------------------------------------------------------


def test_a_timeline_file_given_at_start_is_reviewed_once_the_journal_is_unlocked(
    qtbot: QtBot, make_window: MakeWindow, pair: Pair, told: list[str]
) -> None:
    window = make_window(pair.reviewer)
    window.start()
    window.files.give(pair.timeline)  # what `rekindle FILE` does, before any unlock
    assert "timeline.rekindle opens once your journal is unlocked." in window.status_text()
    assert not window.recent_menu.menuAction().isEnabled()  # locked: nothing opens

    unlock_through_window(qtbot, window, PASSPHRASE)
    view = journal_view(window)
    qtbot.waitUntil(lambda: view.loaded() and view.tabs.currentWidget() is view.review)
    assert view.review is not None
    qtbot.waitUntil(lambda: "1 entries reviewed" in view.review.status.text(), timeout=10_000)
    assert view.review.result_note.tone == "done"  # accepted, said in the calm colour
    assert told == []
    assert window.files.recent.paths() == [pair.timeline]

    # This journal's own reply is not for it: named for what it is, nothing opened.
    reply = pair.inbox / "mine.rekindle-reply"
    replies.make_reply(view.session.journal, reply)
    window.files.give(reply)
    qtbot.waitUntil(lambda: len(told) == 1)
    assert "mine.rekindle-reply is a reply you wrote for your partner." in told[0]
    assert "Nothing was changed." in told[0]
    assert window.files.recent.paths() == [pair.timeline]

    # A file opened with the page's own button joins the list too.
    later = pair.inbox / "later.rekindle"
    with access.unlock_with_passphrase(pair.sharer, PASSPHRASE) as sharer:
        sharing.export(sharer, later)
    assert view.review.open_file(later) is not None
    assert window.files.recent.paths() == [later, pair.timeline]


def test_a_reply_dropped_on_the_window_opens_where_the_sharer_reads_replies(
    qtbot: QtBot, make_window: MakeWindow, pair: Pair, fast_argon2: Argon2Params, told: list[str]
) -> None:
    reply = reply_from_reviewer(pair, fast_argon2)
    window = opened_window(qtbot, make_window, pair.sharer)
    view = journal_view(window)

    assert drop(window, [QUrl.fromLocalFile(str(reply))])
    qtbot.waitUntil(lambda: view.check_ins.reply_note.text() == "Reply received.")
    assert view.tabs.currentWidget() is view.check_ins
    assert window.files.recent.paths() == [reply]

    # One file at a time, and only files on this computer: a short note, nothing opened.
    assert drop(window, [QUrl.fromLocalFile(str(reply)), QUrl.fromLocalFile(str(pair.timeline))])
    assert window.status_text() == "Drop one file at a time."
    assert drop(window, [QUrl("https://example.org/timeline.rekindle")])
    assert window.status_text() == "Rekindle opens only files on this computer."
    assert told == []


def drop(window: RekindleWindow, urls: list[QUrl]) -> bool:
    """Drag `urls` over the window and drop them, as a file manager would; True if the
    window took the drag."""
    data = QMimeData()
    data.setUrls(urls)
    middle = window.rect().center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(middle), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(QPointF(middle), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, dropped)
    return dropped.isAccepted()


def test_files_a_sharing_journal_cannot_take_are_refused_plainly(
    qtbot: QtBot, make_window: MakeWindow, pair: Pair, told: list[str]
) -> None:
    window = opened_window(qtbot, make_window, pair.sharer)
    not_rekindle = pair.inbox / "holiday.rekindle"
    not_rekindle.write_text("Photos from the lake.\n")
    stranger = pair.inbox / "stranger.rekindle"  # made for some other journal
    stranger.write_bytes(
        pyrage.encrypt(b"REKINDLE-REPLY-1\n", [x25519.Identity.generate().to_public()])
    )
    given = [
        (pair.timeline, "timeline.rekindle is a timeline file this journal made for your partner."),
        (not_rekindle, "holiday.rekindle isn't a Rekindle timeline file or a reply."),
        (stranger, "stranger.rekindle can't be opened in this journal: it was made for"),
        (pair.inbox / "gone.rekindle", "Rekindle can't find gone.rekindle."),
        (pair.inbox, "in is a folder, not a timeline file or a reply."),
    ]
    for number, (path, words) in enumerate(given, 1):
        window.files.give(path)
        qtbot.waitUntil(lambda n=number: len(told) == n)
        assert words in told[-1] and "Nothing was changed." in told[-1]
        assert "Traceback" not in told[-1]
    assert window.files.recent.paths() == []  # nothing was opened


# --- recent files ----------------------------------------------------------------------


def test_recent_files_keeps_five_that_still_exist_and_opens_only_while_unlocked(
    qtbot: QtBot,
    make_window: MakeWindow,
    pair: Pair,
    fast_argon2: Argon2Params,
    told: list[str],
) -> None:
    window = make_window(pair.sharer)
    window.start()
    recent = window.files.recent
    others = [pair.inbox / f"old-{n}.rekindle" for n in range(MOST + 1)]
    for path in others:
        path.write_bytes(b"x")
        recent.add(path)
    others[-2].unlink()  # moved away since: not listed
    reply = reply_from_reviewer(pair, fast_argon2)
    recent.add(reply)
    listed = RecentFiles(window.files.recent._settings).paths()  # as the next start reads it
    assert listed == [reply, others[-1], *others[-3:0:-1]][:MOST] and len(listed) == MOST

    # Locked: the menu is off, and even a stray trigger opens nothing.
    assert not window.recent_menu.menuAction().isEnabled()
    window.files.open_recent(reply)
    assert window.files.waiting is None

    unlock_through_window(qtbot, window, PASSPHRASE)
    view = journal_view(window)
    qtbot.waitUntil(view.loaded)
    assert window.recent_menu.menuAction().isEnabled()
    window.recent_menu.fill()
    names = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert names[0] == "&1 reply.rekindle-reply" and "Clear this list" in names
    window.recent_menu.actions()[0].trigger()
    qtbot.waitUntil(lambda: view.check_ins.reply_note.text() == "Reply received.")
    assert told == []


# --- a second launch ---------------------------------------------------------------------


def test_a_second_launch_hands_its_file_to_the_window_already_open(
    qtbot: QtBot, pair: Pair
) -> None:
    first = InstanceGuard(pair.reviewer)
    assert first.acquire() is InstanceStatus.FIRST
    script = (
        "import sys; from pathlib import Path; "
        "from rekindle_desktop.ui.app import GuiOptions, run_gui; "
        "raise SystemExit(run_gui(GuiOptions(Path(sys.argv[1]), open_file=Path(sys.argv[2]))))"
    )
    with (
        qtbot.waitSignal(first.asked_to_come_forward, timeout=20_000),
        qtbot.waitSignal(first.asked_to_open, timeout=20_000) as handed,
    ):
        result = subprocess.run(
            [sys.executable, "-c", script, str(pair.reviewer), str(pair.timeline)],
            capture_output=True,
            text=True,
            timeout=60,
            env=os.environ.copy(),
        )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        "Rekindle is already open for this journal; that window has been brought to the "
        "front and opens the file."
    )
    assert handed.args == [pair.timeline]

    # A line longer than any path is dropped, and the next launch is still heard.
    flood = QLocalSocket()
    flood.connectToServer(first.server_name)
    assert flood.waitForConnected(2_000)
    flood.write(b"open-file file:///" + b"a" * (2 * MAX_LINE))
    flood.waitForBytesWritten(2_000)
    qtbot.waitUntil(lambda: flood.state() == QLocalSocket.LocalSocketState.UnconnectedState)
    with qtbot.waitSignal(first.asked_to_open, timeout=5_000) as handed_again:
        assert InstanceGuard(pair.reviewer).acquire(pair.timeline) is InstanceStatus.FORWARDED
    assert handed_again.args == [pair.timeline]
    first.release()


# --- the system's file types ---------------------------------------------------------------


def test_the_desktop_knows_both_file_types_by_name(tmp_path: Path) -> None:
    """A real shared-mime-info database, built by update-mime-database from our XML and
    read by QMimeDatabase in a process of its own (it reads the database once)."""
    mime = tmp_path / "share/mime"
    (mime / "packages").mkdir(parents=True)
    xml = (ROOT / "packaging/org.rekindle.Rekindle.mime.xml").read_bytes()
    (mime / "packages/org.rekindle.Rekindle.xml").write_bytes(xml)
    shared = str(tmp_path / "share")
    built = subprocess.run(
        ["update-mime-database", str(mime)],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_DATA_HOME": shared},  # else it notes the folder isn't searched
    )
    assert built.returncode == 0 and not built.stderr, built.stderr
    files = {
        "partner.rekindle": "application/x-rekindle-timeline Rekindle timeline file",
        "reply.rekindle-reply": "application/x-rekindle-reply Rekindle reply",
    }
    for name in files:
        (tmp_path / name).write_bytes(b"age-encryption.org/v1\n\x00")
    script = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "for name in sys.argv[1:]:\n"
        "    found = QMimeDatabase().mimeTypeForFile(name)\n"
        "    print(found.name(), found.comment(), found.iconName(), *found.parentMimeTypes())\n"
    )
    seen = subprocess.run(
        [sys.executable, "-c", script, *(str(tmp_path / n) for n in files)],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **os.environ,
            "XDG_DATA_HOME": shared,
            "XDG_DATA_DIRS": f"{shared}:/usr/share",
            "LANGUAGE": "en",
        },
    )
    assert seen.returncode == 0, seen.stderr
    assert seen.stdout.splitlines() == [
        f"{said} org.rekindle.Rekindle application/octet-stream" for said in files.values()
    ]
