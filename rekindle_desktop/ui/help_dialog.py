"""Help, from every screen: getting support, how sharing works, sharing through a synced
folder, keyboard shortcuts, and about Rekindle.

F1 opens it wherever the keyboard is, in the window or any of its dialogs. It shows no
journal content, so it is safe on the lock screen and before setup.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.services.sharing import AUTO_EXPORT_NAME
from rekindle_desktop.ui import texts
from rekindle_desktop.ui.app_events import AppEvents
from rekindle_desktop.ui.i18n import translate

SUPPORT, SHARING, SYNCED, SHORTCUTS, ABOUT = range(5)
HELP_KEYS = QKeySequence.StandardKey.HelpContents  # F1 (Ctrl+? on macOS)


def shortcut_rows() -> list[tuple[str, str]]:
    """(keys, what they do), in the order a person is likely to need them."""
    return [
        ("F1", translate("HelpDialog", "Open this help, from any screen or dialog")),
        (
            "Ctrl+L",
            translate("HelpDialog", "Lock now: hide everything at once (works in dialogs too)"),
        ),
        (
            "Ctrl+1 … Ctrl+7",
            translate("HelpDialog", "Choose the kind of entry in the quick-log bar"),
        ),
        ("Enter", translate("HelpDialog", "Log what you typed, or go on to the next step")),
        ("Tab, Shift+Tab", translate("HelpDialog", "Move to the next or previous control")),
        (
            "Ctrl+Tab, Ctrl+Shift+Tab",
            translate("HelpDialog", "Show the next or previous page of the journal"),
        ),
        ("Space", translate("HelpDialog", "Press the button or tick the box that has focus")),
        (
            translate("HelpDialog", "Menu key, Shift+F10"),
            translate(
                "HelpDialog",
                "Open the menu for an entry: correct it, withdraw it, or change its outcome",
            ),
        ),
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


def _menu_item(menu: str, item: str) -> str:
    """A menu item as the window names it: "Journal ▸ Safety phrase…"."""
    return translate("HelpDialog", "{menu} ▸ {item}").format(
        menu=translate("MainWindow", menu).replace("&", ""), item=translate("MainWindow", item)
    )


def sharing_steps() -> list[tuple[str, str]]:
    """(what, how) for each step of sharing, for both partners, in the window's own words.

    Every label in quotes is the real text of a button or menu item (translated in the
    context of the screen it is on, so it matches that screen in every language);
    tests/gui/test_help.py checks them against the window.
    """
    share = translate("SharerView", "Share a timeline file…")
    return [
        (
            translate("HelpDialog", "Pair, once."),
            translate(
                "HelpDialog",
                "The reviewer chooses “{pair}”, the sharer “{share}”. Each of you copies "
                "your pairing code to the other (a message is fine: it holds nothing "
                "secret). Then read the safety phrase aloud together. If the words differ, "
                "don’t pair.",
            ).format(pair=translate("ReviewView", "Pair with your partner…"), share=share),
        ),
        (
            translate("HelpDialog", "Share."),
            translate(
                "HelpDialog",
                "The sharer chooses “{share}”, sees exactly what the file holds, and saves "
                "it. Hand it over by a folder you both sync (Syncthing, Nextcloud, Dropbox), "
                "a USB stick, or an email attachment. It is encrypted: only the two of you "
                "can read it. “{auto}” keeps a copy in a synced folder up to date.",
            ).format(
                share=share,
                auto=translate("SharerView", "Also save it to a folder after each change"),
            ),
        ),
        (
            translate("HelpDialog", "Open and read."),
            translate(
                "HelpDialog",
                "The reviewer chooses “{open}”. Rekindle checks that the file comes from "
                "the partner you paired with, and that nothing already seen was changed. "
                "If not, it says why, calmly, and changes nothing.",
            ).format(open=translate("ReviewView", "Open a timeline file…")),
        ),
        (
            translate("HelpDialog", "Reply, if you like."),
            translate(
                "HelpDialog",
                "Beside the timeline they reviewed, the reviewer can choose “{reply}”. The "
                "reply travels back the same way; the sharer opens it with “{open_reply}” "
                "on the Check-ins page.",
            ).format(
                reply=translate("ReviewView", "Reply to your partner…"),
                open_reply=translate("CheckInView", "Open your partner's reply…"),
            ),
        ),
        (
            translate("HelpDialog", "Stop, any time."),
            translate(
                "HelpDialog",
                "Either of you can, on your own: “{stop_sharing}” on My journal, "
                "“{stop_reviewing}” on the review page, or {safety_exit}. What you each "
                "have stays with you.",
            ).format(
                stop_sharing=translate("SharerView", "Stop sharing…"),
                stop_reviewing=translate("ReviewView", "Stop reviewing…"),
                safety_exit=_menu_item("&Help", "Safety exit…"),
            ),
        ),
    ]


def sharing_html() -> str:
    intro = translate(
        "HelpDialog",
        "Rekindle never sends anything by itself: you carry the file across, your own way.",
    )
    honest = translate(
        "HelpDialog",
        "The checks show that nothing was changed after sharing, not that every word is "
        "true: that is what your talks are for.",
    )
    exit_item = escape(_menu_item("&Help", "Safety exit…"))
    steps = "".join(
        f"<li style='margin-bottom:8px'><b>{escape(what)}</b> "
        + escape(how).replace(exit_item, f"<a href='{texts.SAFETY_EXIT_URL}'>{exit_item}</a>")
        + "</li>"
        for what, how in sharing_steps()
    )
    return (
        f"<p>{escape(intro)}</p><ol style='margin-left:-14px'>{steps}</ol><p>{escape(honest)}</p>"
    )


def synced_folder_points() -> list[tuple[str, str]]:
    """(what, how) for sharing through a folder a sync tool keeps on both computers."""
    return [
        (
            translate("HelpDialog", "Set it up once."),
            translate(
                "HelpDialog",
                "Share one folder between your two computers with the sync tool you already "
                "use. On the sharer's computer, tick “{auto}” and choose that folder. On the "
                "reviewer's computer, choose “{open}” once and pick {name} from that folder. "
                "From then on, Rekindle looks at it again by itself whenever it changes.",
            ).format(
                auto=translate("SharerView", "Also save it to a folder after each change"),
                open=translate("ReviewView", "Open a timeline file…"),
                name=AUTO_EXPORT_NAME,
            ),
        ),
        (
            translate("HelpDialog", "Syncthing."),
            translate(
                "HelpDialog",
                "On each computer, add the other one as a remote device, then share one "
                "folder between them. On the reviewer's computer the folder can be Receive "
                "Only, so the file only ever travels one way.",
            ),
        ),
        (
            translate("HelpDialog", "Nextcloud."),
            translate(
                "HelpDialog",
                "Make a folder in your Nextcloud and share it with your partner's account. "
                "The Nextcloud desktop app keeps it on both computers.",
            ),
        ),
        (
            translate("HelpDialog", "Dropbox."),
            translate(
                "HelpDialog",
                "Make a folder in Dropbox and share it with your partner. The Dropbox app "
                "keeps it on both computers.",
            ),
        ),
        (
            translate("HelpDialog", "Private on the way."),
            translate(
                "HelpDialog",
                "The file is encrypted for your partner, so the sync service can store it "
                "but cannot read it. It can see the file's name, its size and when it "
                "changes. Rekindle itself never connects to anything: the sync tool carries "
                "the file.",
            ),
        ),
        (
            translate("HelpDialog", "Spare copies."),
            translate(
                "HelpDialog",
                "If the file changes on both computers before they next meet, the sync tool "
                "keeps a second copy with conflict in its name. Rekindle only ever watches "
                "the file itself, so those copies are safe to delete.",
            ),
        ),
    ]


def synced_folder_html() -> str:
    heading = translate("HelpDialog", "Sharing through a synced folder")
    intro = translate(
        "HelpDialog",
        "A folder that both your computers keep in step is the easiest way to share: the "
        "sharer's Rekindle saves the timeline file there after each change, and the "
        "reviewer's Rekindle notices when it arrives.",
    )
    points = "".join(
        f"<li style='margin-bottom:8px'><b>{escape(what)}</b> {escape(how)}</li>"
        for what, how in synced_folder_points()
    )
    return f"<h3>{escape(heading)}</h3><p>{escape(intro)}</p><ul>{points}</ul>"


def sharing_action(window: QWidget) -> QAction:
    """Help ▸ How sharing works, for `window`'s Help menu."""
    action = QAction(translate("HelpDialog", "How sharing works"), window)
    action.triggered.connect(lambda: open_help(window, SHARING))
    return action


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
    """Five pages of help; not modal, so it can stay open beside the window."""

    def __init__(self, parent: QWidget | None = None, page: int = SUPPORT) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(translate("HelpDialog", "Help — Rekindle"))  # the name once, at the end
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("HelpDialog", "Help pages"))
        support = _page(texts.support_html(), translate("HelpDialog", "Getting support"))
        support.anchorClicked.connect(self._link)
        self.tabs.addTab(support, translate("HelpDialog", "Getting support"))
        sharing = _page(sharing_html(), translate("HelpDialog", "How sharing works"))
        sharing.anchorClicked.connect(self._link)
        self.tabs.addTab(sharing, translate("HelpDialog", "How sharing works"))
        self.tabs.addTab(
            _page(synced_folder_html(), translate("HelpDialog", "Sharing through a synced folder")),
            translate("HelpDialog", "Synced folders"),
        )
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
        # Room for a few paragraphs at the reading width of the body text, and for the
        # five steps of "How sharing works" without scrolling.
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 96, metrics.height() * 36)

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

    It listens to the whole application (ui/app_events.py), because a shortcut on the
    main window is not heard while one of its modal dialogs has the keyboard.
    """

    def __init__(self, owner: QWidget) -> None:
        super().__init__(owner)
        self._owner = owner
        app = QApplication.instance()
        if app is not None:
            AppEvents.of(app).listen(self, (QEvent.Type.KeyPress,), self._heard)

    def _heard(self, watched: QObject, event: QEvent) -> bool:
        """A key pressed anywhere in the app (ui/app_events.py)."""
        if (
            isinstance(event, QKeyEvent)
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
