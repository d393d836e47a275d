"""Help, from every screen: getting support, keyboard shortcuts, and about Rekindle.

F1 opens it wherever the keyboard is, in the window or any of its dialogs. It shows no
journal content, so it is safe on the lock screen and before setup.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.ui import texts
from rekindle_desktop.ui.i18n import translate

SUPPORT, SHORTCUTS, ABOUT = range(3)
HELP_KEYS = QKeySequence.StandardKey.HelpContents  # F1 (Ctrl+? on macOS)


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do), in the order a person is likely to need them."""
    return [
        ("F1", translate("HelpDialog", "Open this help, from any screen or dialog")),
        ("Ctrl+L", translate("HelpDialog", "Lock now: hide everything at once (works in "
                                           "dialogs too)")),
        ("Ctrl+1 … Ctrl+7", translate("HelpDialog", "Choose the kind of entry in the "
                                                    "quick-log bar")),
        ("Enter", translate("HelpDialog", "Log what you typed, or go on to the next step")),
        ("Tab, Shift+Tab", translate("HelpDialog", "Move to the next or previous control")),
        ("Ctrl+Tab, Ctrl+Shift+Tab", translate("HelpDialog", "Show the next or previous page "
                                                             "of the journal")),
        ("Space", translate("HelpDialog", "Press the button or tick the box that has focus")),
        (translate("HelpDialog", "Menu key, Shift+F10"),
         translate("HelpDialog", "Open the menu for an entry: correct it, withdraw it, or "
                                 "change its outcome")),
        ("Alt+J, Alt+H", translate("HelpDialog", "Open the Journal or Help menu")),
        ("Esc", translate("HelpDialog", "Close a dialog without changing anything")),
        ("Ctrl+Q", translate("HelpDialog", "Quit Rekindle")),
    ]


def shortcuts_html() -> str:
    intro = translate(
        "HelpDialog",
        "Everything in Rekindle can be done with the keyboard. Keys that may help:",
    )
    rows = "".join(
        f"<tr><td style='padding:4px 16px 4px 0'><b>{escape(keys)}</b></td>"
        f"<td style='padding:4px 0'>{escape(what)}</td></tr>"
        for keys, what in shortcut_rows()
    )
    return f"<p>{escape(intro)}</p><table>{rows}</table>"


def _page(html: str, name: str) -> QTextBrowser:
    page = QTextBrowser()
    page.setOpenLinks(False)  # nothing here goes to the network
    page.setHtml(html)
    page.setAccessibleName(name)
    page.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard
        | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    return page


class HelpDialog(QDialog):
    """Three pages of help; not modal, so it can stay open beside the window."""

    def __init__(self, parent: QWidget | None = None, page: int = SUPPORT) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(translate("HelpDialog", "Rekindle help"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("HelpDialog", "Help pages"))
        support = _page(texts.support_html(), translate("HelpDialog", "Getting support"))
        support.anchorClicked.connect(self._link)
        self.tabs.addTab(support, translate("HelpDialog", "Getting support"))
        self.tabs.addTab(
            _page(shortcuts_html(), translate("HelpDialog", "Keyboard shortcuts")),
            translate("HelpDialog", "Keyboard shortcuts"),
        )
        self.tabs.addTab(
            _page(texts.about_html(), translate("HelpDialog", "About Rekindle")),
            translate("HelpDialog", "About"),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(translate("HelpDialog", "Close help"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.show_page(page)
        # Room for a few paragraphs at the reading width of the body text.
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 96, metrics.height() * 34)

    def _link(self, url: QUrl) -> None:
        """The only link here opens the safety exit of the window this help belongs to."""
        if url.toString() != texts.SAFETY_EXIT_URL:
            return
        owner = self.parentWidget()
        while owner is not None and not hasattr(owner, "open_safety_exit"):
            owner = owner.parentWidget()
        if owner is not None:
            owner.open_safety_exit()

    def show_page(self, page: int) -> None:
        self.tabs.setCurrentIndex(page)
        self.tabs.currentWidget().setFocus(Qt.FocusReason.OtherFocusReason)

    def page_text(self, page: int) -> str:
        widget = self.tabs.widget(page)
        assert isinstance(widget, QTextBrowser)
        return widget.toPlainText()


def open_help(near: QWidget, page: int = SUPPORT) -> HelpDialog:
    """Show help above `near`'s window (above a dialog, if one is open), or bring the one
    already open there forward."""
    window = near.window()
    for existing in window.findChildren(HelpDialog):
        if existing.isVisible():
            existing.show_page(page)
            _bring_forward(existing)
            return existing
    if isinstance(window, HelpDialog):
        window.show_page(page)
        return window
    dialog = HelpDialog(window, page)
    dialog.show()
    _bring_forward(dialog)
    return dialog


def _bring_forward(dialog: HelpDialog) -> None:
    if QGuiApplication.platformName() != "offscreen":  # it has no stacking order
        dialog.raise_()
    dialog.activateWindow()


class HelpKey(QObject):
    """F1 anywhere in `owner` or its dialogs opens help there.

    A filter on the application, because a shortcut on the main window is not heard while
    one of its modal dialogs has the keyboard.
    """

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and event.matches(HELP_KEYS)
            and self._belongs_to_owner(watched)
        ):
            open_help(watched)
            return True
        return False

    def _belongs_to_owner(self, widget: QWidget) -> bool:
        window: QWidget | None = widget.window()
        while window is not None:
            if window is self._owner:
                return True
            parent = window.parentWidget()
            window = parent.window() if parent is not None else None
        return False
