"""When Rekindle itself gets something wrong: a calm crash dialog via sys.excepthook.

The details hold where in Rekindle's code it happened and the kind of error, never
local variables and never the error's own words (Python puts values in those, and a
value could be a passphrase).
"""

from __future__ import annotations

import platform
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import PySide6
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop import __version__
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.service_words import said_error
from rekindle_desktop.ui.widgets import heading, label, primary_button

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]

_PACKAGE_ROOT = Path(__file__).resolve().parents[1]


def _where(filename: str) -> str:
    path = Path(filename)
    try:
        return str(path.resolve().relative_to(_PACKAGE_ROOT.parent))
    except (ValueError, OSError):
        return path.name  # outside Rekindle: the file name is enough, not the user's folders


def describe_bug(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None
) -> str:
    """A traceback for the crash report: frames and error types only."""
    lines = [
        f"Rekindle {__version__} · Python {platform.python_version()} · "
        f"PySide6 {PySide6.__version__} · {platform.system()}",
        "",
    ]
    te: traceback.TracebackException | None = traceback.TracebackException(
        exc_type,
        exc,  # type: ignore[arg-type]
        tb,
        capture_locals=False,
    )
    chain: list[traceback.TracebackException] = []
    while te is not None and len(chain) < 10:
        chain.append(te)
        te = te.__cause__ or (None if te.__suppress_context__ else te.__context__)
    for index, part in enumerate(reversed(chain)):
        if index:
            lines += ["", "While handling that, another problem happened:", ""]
        lines.append("Traceback (most recent call last):")
        for frame in part.stack:
            lines.append(f'  File "{_where(frame.filename)}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
        lines.append(
            f"{_type_name(part)} (its message is left out, in case it held something private)"
        )
    return "\n".join(lines)


def _type_name(te: traceback.TracebackException) -> str:
    qualified = getattr(te, "exc_type_str", None)  # Python 3.13+
    if isinstance(qualified, str):
        return qualified
    exc_type = te.exc_type
    if exc_type is None:
        return "Exception"
    return f"{exc_type.__module__}.{exc_type.__qualname__}"


class CrashDialog(QDialog):
    """What happened, in plain words; the details to copy; keep working or quit."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(translate("Crash", "Something went wrong — Rekindle"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(560)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("details")
        self.details.setReadOnly(True)
        self.details.setTabChangesFocus(True)
        self.details.setAccessibleName(translate("Crash", "Details for a bug report"))
        self.details.setMinimumHeight(160)
        self.copy = QPushButton(translate("Crash", "Copy details"))
        self.keep = primary_button(translate("Crash", "Keep working"))
        self.quit = QPushButton(translate("Crash", "Quit Rekindle"))
        self.copy.clicked.connect(self._copy)
        self.keep.clicked.connect(self.accept)
        self.quit.clicked.connect(self._quit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(translate("Crash", "Something went wrong")))
        layout.addWidget(
            label(
                translate(
                    "Crash",
                    "Rekindle ran into a problem it did not expect. This is a mistake in Rekindle, "
                    "not something you did. Everything saved in your journal before this moment "
                    "is still there.",
                )
            )
        )
        layout.addWidget(
            label(
                translate(
                    "Crash",
                    "If you would like to tell the people who make Rekindle, copy the details "
                    "below. They say only where in Rekindle's code it happened: nothing from your "
                    "journal and no passphrase.",
                ),
                "muted",
            )
        )
        layout.addWidget(self.details)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy)
        buttons.addStretch(1)
        buttons.addWidget(self.quit)
        buttons.addWidget(self.keep)
        layout.addLayout(buttons)

    def add_details(self, details: str) -> None:
        self.details.appendPlainText("\n" + details)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy.setText(translate("Crash", "Copied"))

    def _quit(self) -> None:
        self.accept()
        app = QApplication.instance()
        if app is not None:
            for window in QApplication.topLevelWidgets():
                window.close()  # the main window closes its journal as it goes
            app.exit(1)


class CrashReporter:
    """Installs itself as sys.excepthook for as long as the GUI runs."""

    def __init__(
        self,
        parent_window: Callable[[], QWidget | None] = lambda: None,
        *,
        smoke_test: bool = False,
    ) -> None:
        self._parent_window = parent_window
        self._smoke_test = smoke_test
        self._previous: ExceptHook | None = None
        self.dialog: CrashDialog | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self.hook:
            sys.excepthook = self._previous
        self._previous = None

    def hook(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        app = QApplication.instance()
        if issubclass(exc_type, KeyboardInterrupt) and app is not None:
            app.exit(130)
            return
        if app is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        if self._smoke_test:
            print("Rekindle hit a problem it did not expect:", file=sys.stderr)
            print(describe_bug(exc_type, exc, tb), file=sys.stderr)
            app.exit(2)
            return
        if isinstance(exc, UserFacingError):
            # Known and recoverable, even if no one caught it on the way: a gentle note.
            QMessageBox.information(
                self._parent_window(),
                translate("Crash", "Rekindle"),
                "\n\n".join(said_error(exc)).strip(),
            )
            return
        details = describe_bug(exc_type, exc, tb)
        if self.dialog is not None:
            try:
                self.dialog.add_details(details)
                return
            except RuntimeError:
                self.dialog = None  # it was closed and deleted
        self.dialog = CrashDialog(details, self._parent_window())
        self.dialog.finished.connect(self._forget_dialog)
        self.dialog.show()
        self.dialog.activateWindow()

    def _forget_dialog(self) -> None:
        self.dialog = None
