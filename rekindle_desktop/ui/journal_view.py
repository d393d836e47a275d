"""What an unlocked journal shows. For now: calm, role-aware first steps.

Everything in here is journal content: the window drops this widget when it locks.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from rekindle_desktop.domain.role import Role
from rekindle_desktop.ui import texts
from rekindle_desktop.ui.widgets import card, heading, label

SHARING_NEXT = (
    "Your journal is ready",
    "Next comes logging, in your own words: plans, ideally before they happen; "
    "check-ins about where you are; and the promises you make, with how each one went.",
    "The quick-log bar for this arrives with the next part of Rekindle. There is no "
    "rush. Small, steady steps are what rebuild trust.",
)

REVIEWING_NEXT = (
    "When you're ready",
    "Next comes pairing with your partner, so that the timeline file they share can "
    "only be opened here. Then you'll open their file and look through it in your own "
    "time, with nothing to change or approve.",
    "Pairing and the timeline arrive with the next part of Rekindle. Take the time you "
    "need.",
)


class JournalView(QWidget):
    """The unlocked journal. Its object name marks it as content the lock must hide."""

    CONTENT = "journalContent"

    def __init__(self, role: Role, *, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(self.CONTENT)
        self.role = role

        column = QVBoxLayout()
        column.setSpacing(16)
        if demo:
            banner = QFrame()
            banner.setObjectName("banner")
            row = QHBoxLayout(banner)
            row.setContentsMargins(16, 10, 16, 10)
            row.addWidget(label("This is a demo journal. Nothing in it is real, and it is "
                                "removed when you close Rekindle."))
            column.addWidget(banner)
        column.addWidget(heading(self._greeting()))
        column.addWidget(label(f"Only your passphrase opens this journal. "
                               f"{texts.NOTHING_LEAVES}", "muted"))
        if role.shares:
            column.addWidget(self._next_steps(SHARING_NEXT, "sharing"))
        if role.reviews:
            column.addWidget(self._next_steps(REVIEWING_NEXT, "reviewing"))
        column.addWidget(card(
            label("Looking after yourselves", "subheading"),
            label("Trust comes back slowly, and healing is rarely a straight line. "
                  "Regular check-in conversations help, and so can a counsellor. "
                  "Help \u203a Where to find help lists people to talk to."),
        ))
        column.addStretch(1)

        inner = QWidget()
        inner.setObjectName("page")
        inner.setLayout(column)
        inner.setMaximumWidth(720)
        holder = QWidget()
        holder.setObjectName("page")
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(32, 24, 32, 24)
        centre.addStretch(1)
        centre.addWidget(inner, 6)
        centre.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _greeting(self) -> str:
        if self.role is Role.REVIEWING:
            return "Your review space"
        return "Your journal"

    def _next_steps(self, words: tuple[str, str, str], which: str) -> QFrame:
        title, what, when = words
        box = card(label(title, "subheading"), label(what), label(when, "muted"))
        box.setProperty("nextSteps", which)
        return box
