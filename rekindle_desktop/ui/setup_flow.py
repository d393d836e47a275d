"""First run: what Rekindle is and is not, safety, how you'll use it, a passphrase,
the recovery code (shown once, then typed back), and "remember on this computer".
"""

from __future__ import annotations

import secrets
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.role import Role
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import access, session
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.services.session import JournalHandoff
from rekindle_desktop.ui import texts
from rekindle_desktop.ui.background import run_in_background
from rekindle_desktop.ui.help_dialog import open_help
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.service_words import said_refusal
from rekindle_desktop.ui.widgets import (
    GentleNote,
    NewPassphraseForm,
    card,
    heading,
    label,
    link_button,
    primary_button,
)
from rekindle_desktop.ui.words import WINDOW_WORDS

ROLE_CHOICES = (
    (
        Role.SHARING,
        QT_TRANSLATE_NOOP("SetupFlow", "I'm sharing"),
        QT_TRANSLATE_NOOP(
            "SetupFlow",
            "I want to be open about my plans, check-ins and promises, so my partner can "
            "see my actions match my words.",
        ),
    ),
    (
        Role.REVIEWING,
        QT_TRANSLATE_NOOP("SetupFlow", "I'm reviewing"),
        QT_TRANSLATE_NOOP(
            "SetupFlow",
            "My partner will share their journal with me, and I'll look through it in my own time.",
        ),
    ),
    (
        Role.BOTH,
        QT_TRANSLATE_NOOP("SetupFlow", "Both"),
        QT_TRANSLATE_NOOP(
            "SetupFlow",
            "We are sharing with each other. I'll keep my own journal and review my partner's.",
        ),
    ),
)

ASK_FOR_GROUP = (
    QT_TRANSLATE_NOOP("SetupFlow", "Type the first group of your recovery code"),
    QT_TRANSLATE_NOOP("SetupFlow", "Type the second group of your recovery code"),
    QT_TRANSLATE_NOOP("SetupFlow", "Type the third group of your recovery code"),
    QT_TRANSLATE_NOOP("SetupFlow", "Type the fourth group of your recovery code"),
    QT_TRANSLATE_NOOP("SetupFlow", "Type the fifth group of your recovery code"),
    QT_TRANSLATE_NOOP("SetupFlow", "Type the sixth group of your recovery code"),
)

# The steps, in order. Their index is the page's place in the stack.
WELCOME, SAFETY, ROLE, PASSPHRASE, CODE, CONFIRM, REMEMBER = range(7)
STEP_NAMES = (
    "welcome",
    "safety",
    "role",
    "passphrase",
    "recovery-code",
    "confirm-code",
    "remember",
)


def _page(*widgets: QWidget) -> QWidget:
    page = QWidget()
    page.setObjectName("page")
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(14)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return page


def _code_groups(code: str) -> list[str]:
    return code.split("-")


def _canonical(typed: str) -> str:
    # Same forgiving reading as recovery codes: case, spaces and look-alike letters.
    cleaned = "".join(ch for ch in typed.upper() if ch not in " -\t")
    return cleaned.translate(str.maketrans("ILOU", "110V"))


class SetupFlow(QWidget):
    """Emits `finished(session)` once the journal exists, is confirmed and open."""

    finished = Signal(object)

    def __init__(
        self,
        folder: Path,
        *,
        argon2: access.UnlockCost = access.DEFAULT_UNLOCK_COST,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setupFlow")
        self._folder = folder
        self._argon2 = argon2
        self._session: JournalSession | None = None
        self._code: str | None = None
        self._asked_group = 0

        self.pages = QStackedWidget()
        for build in (
            self._welcome,
            self._safety,
            self._role,
            self._passphrase,
            self._recovery_code,
            self._confirm_code,
            self._remember,
        ):
            self.pages.addWidget(build())

        self.step = label("", "step")
        self.back = QPushButton(translate("SetupFlow", "Back"))
        self.next = primary_button(translate("SetupFlow", "Continue"))
        self.back.clicked.connect(self.go_back)
        self.next.clicked.connect(self.go_next)
        self.help = link_button(translate("SetupFlow", "Help and support"))
        self.help.setToolTip(translate("SetupFlow", "Counselling, safety and keyboard keys (F1)"))
        self.help.clicked.connect(lambda: open_help(self))
        nav = QHBoxLayout()
        nav.addWidget(self.step)
        nav.addSpacing(12)
        nav.addWidget(self.help)
        nav.addStretch(1)
        nav.addWidget(self.back)
        nav.addWidget(self.next)

        scroll = QScrollArea()
        scroll.setAccessibleName(translate("SetupFlow", "Setting up Rekindle"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.pages)

        column = QVBoxLayout()
        column.setSpacing(16)
        column.addWidget(scroll, 1)
        column.addLayout(nav)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(700)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(32, 28, 32, 24)
        outer.addStretch(1)
        outer.addWidget(holder, 6)
        outer.addStretch(1)
        self._show(WELCOME)

    # --- pages -----------------------------------------------------------------------

    def _welcome(self) -> QWidget:
        return _page(
            heading(translate("SetupFlow", "Welcome to Rekindle")),
            label(texts.WHAT_IT_IS),
            card(
                label(translate("SetupFlow", "What Rekindle is not"), "subheading"),
                label(texts.WHAT_IT_IS_NOT),
            ),
            card(
                label(translate("SetupFlow", "You don't have to do this alone"), "subheading"),
                label(texts.COUNSELLING),
            ),
        )

    def _safety(self) -> QWidget:
        lines = "".join(f"<li style='margin-bottom:6px'>{line}</li>" for line in texts.HELP_LINES)
        return _page(
            heading(translate("SetupFlow", "Before you begin")),
            label(texts.FREE_CHOICE),
            card(
                label(translate("SetupFlow", "If something doesn't feel right"), "subheading"),
                label(texts.IF_UNSAFE),
                label(f"<ul style='margin-left:-20px'>{lines}</ul>", rich=True),
            ),
            label(
                translate(
                    "SetupFlow",
                    "You can find these again at any time: press F1, or choose "
                    "Help \u203a Getting support.",
                ),
                "muted",
            ),
        )

    def _role(self) -> QWidget:
        self.role_group = QButtonGroup(self)
        cards = []
        for role, title_source, detail_source in ROLE_CHOICES:
            title = translate("SetupFlow", title_source)
            detail = translate("SetupFlow", detail_source)
            button = QRadioButton(title)
            button.setProperty("role", role.value)
            button.setAccessibleDescription(detail)
            self.role_group.addButton(button)
            description = label(detail, "muted")
            description.setContentsMargins(30, 0, 0, 0)
            cards.append(card(button, description, spacing=4))
        self.role_group.buttonToggled.connect(lambda *_: self._update_next())
        return _page(
            heading(translate("SetupFlow", "How will you use Rekindle?")),
            label(translate("SetupFlow", "Choose what fits you today.")),
            *cards,
        )

    def _passphrase(self) -> QWidget:
        self.passphrase_form = NewPassphraseForm()
        self.passphrase_note = GentleNote()
        self.creating = QProgressBar()
        self.creating.setRange(0, 0)
        self.creating.setTextVisible(False)
        self.creating.hide()
        self.creating_label = label(
            translate("SetupFlow", "Setting up your journal. This takes a moment…"), "muted"
        )
        self.creating_label.hide()
        self.passphrase_form.second.returnPressed.connect(self.go_next)
        return _page(
            heading(translate("SetupFlow", "Choose a passphrase")),
            label(
                translate(
                    "SetupFlow",
                    "Your passphrase locks your journal. Only someone who knows it can open "
                    "it, so choose one only you know. Rekindle never stores it.",
                )
            ),
            label(
                translate(
                    "SetupFlow",
                    "If you ever forget it, the recovery code you'll see next opens your "
                    "journal too.",
                ),
                "muted",
            ),
            card(self.passphrase_form),
            self.passphrase_note,
            self.creating_label,
            self.creating,
        )

    def _recovery_code(self) -> QWidget:
        self.code_label = label("", "recoveryCode")
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Written down by hand, never copied: no selection, no clipboard.
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code_label.setAccessibleName(translate("SetupFlow", "Recovery code"))
        return _page(
            heading(translate("SetupFlow", "Your recovery code")),
            label(
                translate(
                    "SetupFlow",
                    "If you ever forget your passphrase, this code opens your journal. "
                    "Please write it down on paper now and keep it somewhere private and "
                    "safe.",
                )
            ),
            self.code_label,
            label(
                translate(
                    "SetupFlow",
                    "It is shown only this once, and Rekindle does not keep a copy it can "
                    "show you again. Anyone who has this code can open your journal, so keep "
                    "it as private as the journal itself.",
                ),
                "kind",
            ),
        )

    def _confirm_code(self) -> QWidget:
        self.confirm_prompt = label("", "subheading")
        self.confirm_field = QLineEdit()
        self.confirm_field.setAccessibleName(
            translate("SetupFlow", "One group of the recovery code")
        )
        self.confirm_field.setMaxLength(12)
        self.confirm_field.setMaximumWidth(220)
        self.confirm_field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.confirm_field.returnPressed.connect(self.go_next)
        self.confirm_note = GentleNote()
        return _page(
            heading(translate("SetupFlow", "Let's check your copy")),
            label(
                translate(
                    "SetupFlow",
                    "To be sure your recovery code is written down correctly, please look "
                    "at your copy and type one group of it. Groups are separated by dashes.",
                )
            ),
            card(self.confirm_prompt, self.confirm_field),
            self.confirm_note,
            label(
                translate("SetupFlow", "If you need to see the code again, choose Back."), "muted"
            ),
        )

    def _remember(self) -> QWidget:
        self.remember = QCheckBox(translate("SetupFlow", "Remember on this computer"))
        self.remember.setChecked(False)
        self.remember.setEnabled(False)
        self.remember_status = label(
            translate("SetupFlow", "Checking this computer's keyring…"), "muted"
        )
        self.remember_note = GentleNote()
        return _page(
            heading(translate("SetupFlow", "Open without typing your passphrase?")),
            label(
                translate(
                    "SetupFlow",
                    "Rekindle can keep a key in this computer's secure keyring, so your "
                    "journal opens without your passphrase. This is off unless you turn it on.",
                )
            ),
            card(
                self.remember,
                label(
                    translate(
                        "SetupFlow",
                        "If you turn this on, anyone who can use this computer account while "
                        "you are signed in could open your journal.",
                    ),
                    "muted",
                ),
                self.remember_status,
            ),
            self.remember_note,
            label(
                translate(
                    "SetupFlow",
                    "Whatever you choose, Rekindle locks itself when you are away for a while, "
                    "and Ctrl+L locks it at once.",
                ),
                "muted",
            ),
        )

    # --- navigation --------------------------------------------------------------------

    def current_step(self) -> int:
        return self.pages.currentIndex()

    def current_step_name(self) -> str:
        return STEP_NAMES[self.current_step()]

    def selected_role(self) -> Role | None:
        button = self.role_group.checkedButton()
        return None if button is None else Role(button.property("role"))

    def _show(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.step.setText(
            translate("SetupFlow", "Step {step} of {steps}").format(
                step=index + 1, steps=len(STEP_NAMES)
            )
        )
        self.next.setText(
            {
                PASSPHRASE: "Create my journal",
                CODE: "I've written it down",
                CONFIRM: "Check",
                REMEMBER: "Open my journal",
            }.get(index, "Continue")
        )
        # Once the journal exists, there is no going back to before it.
        self.back.setVisible(index in (SAFETY, ROLE, PASSPHRASE, CONFIRM))
        self._update_next()
        if index == PASSPHRASE:
            self.passphrase_form.focus()
        elif index == CONFIRM:
            self.confirm_field.setFocus(Qt.FocusReason.OtherFocusReason)
        elif index == REMEMBER:
            self._check_keyring()
        else:
            self.next.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_next(self) -> None:
        if self.current_step() == ROLE:
            self.next.setEnabled(self.selected_role() is not None)
        else:
            self.next.setEnabled(True)

    def go_back(self) -> None:
        index = self.current_step()
        if index == CONFIRM:
            self.confirm_note.clear()
            self._show(CODE)
        elif index in (SAFETY, ROLE, PASSPHRASE):
            self.passphrase_note.clear()
            self._show(index - 1)

    def go_next(self) -> None:
        if not self.next.isEnabled():
            return
        index = self.current_step()
        if index in (WELCOME, SAFETY, ROLE):
            self._show(index + 1)
        elif index == PASSPHRASE:
            self._create()
        elif index == CODE:
            self._ask_for_group()
        elif index == CONFIRM:
            self._check_group()
        elif index == REMEMBER:
            self._finish()

    # --- creating the journal ------------------------------------------------------------

    def _create(self) -> None:
        problem = self.passphrase_form.problem()
        if problem is not None:
            self.passphrase_note.say(*problem)
            self.passphrase_form.focus()
            return
        role = self.selected_role()
        assert role is not None  # the role step cannot be passed without one
        self.passphrase_note.clear()
        folder, passphrase, argon2 = self._folder, self.passphrase_form.passphrase(), self._argon2

        def work() -> tuple[JournalHandoff, str]:
            new = access.create_journal(folder, passphrase, role, argon2=argon2)
            return session.hand_off(new.journal), new.recovery_code

        self._busy(True)
        run_in_background(
            self,
            work,
            success=self._created,
            failure=self._not_created,
            finished=lambda: self._busy(False),
        )

    def _busy(self, busy: bool) -> None:
        self.creating.setVisible(busy)
        self.creating_label.setVisible(busy)
        self.passphrase_form.setEnabled(not busy)
        self.next.setEnabled(not busy)
        self.back.setEnabled(not busy)

    def is_busy(self) -> bool:
        return self.creating.isVisible()

    def _not_created(self, error: UserFacingError) -> None:
        self.passphrase_note.say_error(error)

    def _created(self, result: tuple[JournalHandoff, str]) -> None:
        handoff, code = result
        try:
            self._session = JournalSession.take_over(handoff)
        except UserFacingError as error:
            self.passphrase_note.say_error(error)
            return
        self.passphrase_form.clear()
        self._code = code
        self.code_label.setText(code)
        self._show(CODE)

    # --- confirming the recovery code ----------------------------------------------------

    def _ask_for_group(self) -> None:
        assert self._code is not None
        groups = _code_groups(self._code)
        full = [i for i, group in enumerate(groups) if len(group) == len(groups[0])]
        self._asked_group = full[secrets.randbelow(len(full))]
        self.confirm_prompt.setText(translate("SetupFlow", ASK_FOR_GROUP[self._asked_group]))
        self.confirm_field.clear()
        self.confirm_note.clear()
        self._show(CONFIRM)

    def asked_group(self) -> int:
        """Which group (0-based) the person is asked to type back."""
        return self._asked_group

    def _check_group(self) -> None:
        assert self._code is not None
        expected = _code_groups(self._code)[self._asked_group]
        if _canonical(self.confirm_field.text()) != expected:
            self.confirm_note.say(
                translate("SetupFlow", "That doesn't match your recovery code."),
                translate(
                    "SetupFlow",
                    "Look at your written copy and try again, or choose Back to see the code.",
                ),
            )
            self.confirm_field.selectAll()
            self.confirm_field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        # The code has been written down; it is not kept any longer than that.
        self._code = None
        self.code_label.clear()
        self.confirm_field.clear()
        self._show(REMEMBER)

    # --- remember on this computer ---------------------------------------------------

    def _check_keyring(self) -> None:
        run_in_background(
            self, lambda: access.keyring_status(words=WINDOW_WORDS), success=self._keyring_checked
        )

    def _keyring_checked(self, problem: str | None) -> None:
        if problem is None:
            self.remember.setEnabled(True)
            self.remember_status.setText(
                translate("SetupFlow", "This computer has a secure keyring Rekindle can use.")
            )
        else:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)
            self.remember_status.setText(problem)

    def _finish(self) -> None:
        assert self._session is not None
        journal = self._session.journal
        if not self.remember.isChecked():
            self._handed_on()
            return
        self.next.setEnabled(False)
        run_in_background(
            self,
            lambda: access.remember_on_this_computer(journal),
            success=lambda _name: self._handed_on(),
            failure=self._not_remembered,
            finished=lambda: self.next.setEnabled(True),
        )

    def _not_remembered(self, error: UserFacingError) -> None:
        self.remember.setChecked(False)
        self.remember.setEnabled(False)
        self.remember_note.say(
            said_refusal(error),
            translate("SetupFlow", "You can open your journal now; your passphrase always works."),
        )

    def _handed_on(self) -> None:
        opened, self._session = self._session, None
        if opened is not None:
            self.finished.emit(opened)

    def discard(self) -> None:
        """Close the journal if the flow is left before it finished."""
        if self._session is not None:
            self._session.close()
            self._session = None
        self._code = None
        self.code_label.clear()
        self.passphrase_form.clear()
