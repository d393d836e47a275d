"""A timeline file or a reply handed to the window: by `rekindle FILE` (a double-click in
the file manager), by a second launch, dropped on the window, or from Recent files.

It waits for the journal to be unlocked, then goes where a person would open it: a
timeline file into review on the review page, a reply to the check-ins page, where the
sharer reads replies. A file this journal can't take is named for what it is, plainly.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox

from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import replies, sharing
from rekindle_desktop.services.replies import FileKind
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.journal_view import JournalView
from rekindle_desktop.ui.recent_files import RecentFiles
from rekindle_desktop.ui.service_words import said_error

if TYPE_CHECKING:
    from rekindle_desktop.ui.main_window import RekindleWindow

TIMELINE_SUFFIX = ".rekindle"
REPLY_SUFFIX = ".rekindle-reply"  # replies made before it was theirs end in .rekindle


class FileOpening(QObject):
    """The window's one way to open a file it is given; it owns the recent-files list."""

    def __init__(self, window: RekindleWindow, recent: RecentFiles) -> None:
        super().__init__(window)
        self._window = window
        self.recent = recent
        self._waiting: Path | None = None
        window.unlocked.connect(self._unlocked)
        window.setAcceptDrops(True)
        window.installEventFilter(self)

    @property
    def waiting(self) -> Path | None:
        """A file given while the journal was locked, to open once it is unlocked."""
        return self._waiting

    def give(self, path: Path) -> None:
        """Open `path` now if the journal is open, or as soon as it is unlocked."""
        self._waiting = path
        if self._window.session is None:
            self._window.say(
                translate("FileOpening", "{name} opens once your journal is unlocked.").format(
                    name=path.name
                ),
                60_000,
            )
            return
        # Never inside the event that brought it (a drop, a socket's read).
        QTimer.singleShot(0, self, self._open_waiting)

    def open_recent(self, path: Path) -> None:
        """Recent files ▸ a file: only ever while the journal is open."""
        if self._window.session is not None:
            self.give(path)

    # --- once the journal is open ----------------------------------------------------
    def _unlocked(self) -> None:
        view = self._window.stack.currentWidget()
        if isinstance(view, JournalView):
            if view.loaded():
                self._follow(view)
            else:
                view.ready.connect(lambda: self._follow(view))
        if self._waiting is not None:
            QTimer.singleShot(0, self, self._open_waiting)

    def _follow(self, view: JournalView) -> None:
        """A file opened with the review page's own button is a recent file too."""
        page = view.review
        if page is None:
            return

        def reviewed(_result: object) -> None:
            if page.watched is not None:
                self.recent.add(page.watched)

        page.reviewed.connect(reviewed)

    def _open_waiting(self) -> None:
        view = self._window.stack.currentWidget()
        if self._waiting is None or self._window.session is None:
            return
        if not isinstance(view, JournalView):  # presentation mode shows no page to open it on
            path, self._waiting = self._waiting, None
            self._tell(
                path,
                translate(
                    "FileOpening", "{name} wasn't opened while presentation mode is on."
                ).format(name=path.name),
                translate("FileOpening", "Leave presentation mode, then open it again."),
            )
            return
        if not view.loaded():  # a long journal is still being read
            view.ready.connect(self._open_waiting)
            return
        path, self._waiting = self._waiting, None
        try:
            self._open(view, path)
        except UserFacingError as error:
            self._tell(path, *said_error(error))

    def _open(self, view: JournalView, path: Path) -> None:
        name = path.name
        if not path.exists():
            raise UserFacingError(
                translate("FileOpening", "Rekindle can't find {name}.").format(name=name),
                translate(
                    "FileOpening",
                    "It may have been moved, renamed or deleted. Nothing was changed.",
                ),
            )
        if path.is_dir():
            raise UserFacingError(
                translate(
                    "FileOpening", "{name} is a folder, not a timeline file or a reply."
                ).format(name=name),
                translate("FileOpening", "Nothing was changed."),
            )
        data = sharing.read_incoming(path)
        kind = replies.file_kind(view.session.journal, data)
        if kind is FileKind.UNOPENED:  # made for another journal, or damaged: its page says
            if path.suffix == REPLY_SUFFIX and view.role.shares:
                kind = FileKind.REPLY
            elif path.suffix != REPLY_SUFFIX and view.role.reviews:
                kind = FileKind.TIMELINE
        if kind is FileKind.TIMELINE and view.review is not None:
            view.tabs.setCurrentWidget(view.review)
            self.recent.add(path)
            view.review.open_file(path)
            return
        if kind is FileKind.REPLY and view.role.shares:
            view.tabs.setCurrentWidget(view.check_ins)
            self.recent.add(path)
            view.check_ins.open_reply(path)
            return
        raise _not_for_this_journal(name, kind)

    def _tell(self, path: Path, message: str, next_step: str) -> None:
        QMessageBox.information(
            self._window,
            translate("FileOpening", "Opening {name}").format(name=path.name),
            f"{message}\n\n{next_step}".strip(),
        )

    # --- dropped on the window -------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and isinstance(event, QDropEvent | QDragEnterEvent):
            if not event.mimeData().hasUrls():
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self._dropped(event)
            return True
        return False

    def _dropped(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if len(urls) != 1:
            self._window.say(translate("FileOpening", "Drop one file at a time."))
        elif not urls[0].isLocalFile():
            self._window.say(
                translate("FileOpening", "Rekindle opens only files on this computer.")
            )
        else:
            self.give(Path(urls[0].toLocalFile()))


def _not_for_this_journal(name: str, kind: FileKind) -> UserFacingError:
    """What the file is, and why this journal leaves it alone."""
    if kind is FileKind.OWN_TIMELINE:
        said = (
            translate(
                "FileOpening", "{name} is a timeline file this journal made for your partner."
            ),
            translate(
                "FileOpening",
                "Nothing was changed. Send it to your partner: they review it in their Rekindle.",
            ),
        )
    elif kind is FileKind.OWN_REPLY:
        said = (
            translate("FileOpening", "{name} is a reply you wrote for your partner."),
            translate(
                "FileOpening",
                "Nothing was changed. Send it to your partner: they read it in their own Rekindle.",
            ),
        )
    elif kind is FileKind.TIMELINE:
        said = (
            translate(
                "FileOpening",
                "{name} is a timeline file to review, and this journal doesn't review a "
                "partner's timeline.",
            ),
            translate(
                "FileOpening",
                "Nothing was changed. It opens in the Rekindle of the partner who reviews.",
            ),
        )
    elif kind is FileKind.REPLY:
        said = (
            translate(
                "FileOpening",
                "{name} is a reply, and this journal shares no journal of its own, so no "
                "reply is meant for it.",
            ),
            translate(
                "FileOpening",
                "Nothing was changed. It opens in the Rekindle of the partner who shares.",
            ),
        )
    elif kind is FileKind.UNOPENED:
        said = (
            translate(
                "FileOpening",
                "{name} can't be opened in this journal: it was made for another journal, "
                "or it was damaged on the way.",
            ),
            translate(
                "FileOpening",
                "Nothing was changed. If your partner sent it, ask them to send it again.",
            ),
        )
    else:
        said = (
            translate("FileOpening", "{name} isn't a Rekindle timeline file or a reply."),
            translate(
                "FileOpening",
                "Nothing was changed. Check that it is the file your partner sent you.",
            ),
        )
    return UserFacingError(said[0].format(name=name), said[1])
