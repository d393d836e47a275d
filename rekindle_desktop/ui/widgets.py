"""Small building blocks shared by the setup flow, the unlock screen and dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.passphrase import assess_passphrase
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.ui import style
from rekindle_desktop.ui.days import day_words
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.reflow import VerticalScroll
from rekindle_desktop.ui.service_words import said, said_error
from rekindle_desktop.ui.words import WINDOW_WORDS

W = TypeVar("W", bound=QWidget)


def label(text: str = "", name: str | None = None, *, rich: bool = False) -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if name:
        widget.setObjectName(name)
    return widget


def heading(text: str) -> QLabel:
    return label(text, "heading")


def primary_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("primary")
    button.setDefault(True)
    button.setAutoDefault(True)
    return button


def link_button(text: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("link")
    button.setFlat(True)
    button.setCursor(Qt.CursorShape.PointingHandCursor)
    return button


def card(*widgets: QWidget, spacing: int = 10) -> QFrame:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(22, 18, 22, 18)
    layout.setSpacing(spacing)
    for widget in widgets:
        layout.addWidget(widget)
    return frame


# A QLineEdit keeps at most 32,767 characters unless told otherwise, and cuts a longer
# paste without a word. Fields for a person's words take any length instead: the
# journal's own limits (domain.entries.MAX_TEXT, MAX_LABEL) refuse too long a text with
# a message, and what was typed stays in the field.
UNCUT = 2**31 - 1


def uncut(field: QLineEdit) -> QLineEdit:
    """`field`, never silently shortening what is typed or pasted into it."""
    field.setMaxLength(UNCUT)
    return field


def passphrase_field(placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    # Secrets never go to the clipboard or into a drag.
    field.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    field.setDragEnabled(False)
    field.setMinimumWidth(320)
    return field


class GentleNote(QLabel):
    """A soft note saying what happened and what to do next; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def say(self, message: str, next_step: str = "") -> None:
        """Something to take care of: in the warm note colour."""
        self._say(message, next_step, "")

    def say_done(self, message: str, next_step: str = "") -> None:
        """Something that went well (a file accepted, a reply saved): in the calm colour,
        never in the colour used for problems."""
        self._say(message, next_step, "done")

    @property
    def tone(self) -> str:
        return str(self.property("tone") or "")

    def _say(self, message: str, next_step: str, tone: str) -> None:
        # Words from below ui/ (an error's message) are translated here, at last.
        self.setText(f"{said(message)}\n{said(next_step)}".strip())
        if self.tone != tone:
            self.setProperty("tone", tone)
            self.style().unpolish(self)
            self.style().polish(self)
        self.show()

    def say_error(self, error: UserFacingError) -> None:
        self.say(*said_error(error))

    def clear(self) -> None:
        super().clear()
        self.hide()


class NewPassphraseForm(QWidget):
    """A new passphrase typed twice, with a strength meter in plain words."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = passphrase_field(translate("Widgets", "New passphrase"))
        self.first.setAccessibleName(translate("Widgets", "New passphrase"))
        self.second = passphrase_field(translate("Widgets", "The same passphrase again"))
        self.second.setAccessibleName(translate("Widgets", "Confirm new passphrase"))
        self.show_typing = QCheckBox(translate("Widgets", "Show what I type"))
        self.show_typing.setStyleSheet("font-weight: normal;")
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setFixedHeight(8)
        self.strength = label("", "muted")
        self.match = label("", "muted")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(label(translate("Widgets", "Passphrase")))
        layout.addWidget(self.first)
        layout.addWidget(self.meter)
        layout.addWidget(self.strength)
        layout.addSpacing(6)
        layout.addWidget(label(translate("Widgets", "Type it once more")))
        layout.addWidget(self.second)
        layout.addWidget(self.match)
        layout.addWidget(self.show_typing)

        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self.show_typing.toggled.connect(self._show_typing)
        self._update()

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> tuple[str, str] | None:
        """(message, next step) if this passphrase cannot be used yet, else None."""
        strength = assess_passphrase(self.first.text(), words=WINDOW_WORDS)
        if not strength.acceptable:
            return (
                translate("Widgets", "That passphrase would be too easy to guess."),
                strength.advice,
            )
        if self.first.text() != self.second.text():
            return (
                translate("Widgets", "The two passphrases don't match yet."),
                translate("Widgets", "Type the same passphrase in both fields."),
            )
        return None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def focus(self) -> None:
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_typing(self, show: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        text = self.first.text()
        if text:
            strength = assess_passphrase(text, words=WINDOW_WORDS)
            self.meter.setValue(strength.score)
            colour = style.current().strength[strength.score]
            self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
            self.strength.setText(
                translate("Widgets", "Strength: {strength}. {advice}")
                .format(strength=strength.label, advice=strength.advice)
                .strip()
            )
        else:
            self.meter.setValue(0)
            self.strength.setText(
                translate(
                    "Widgets", "A few unrelated words are easy to remember and hard to guess."
                )
            )
        if not self.second.text():
            self.match.setText("")
        elif self.second.text() == text:
            self.match.setText(translate("Widgets", "These match."))
        else:
            self.match.setText(translate("Widgets", "These don't match yet."))
        self.changed.emit()


def named(widget: W, name: str, description: str = "") -> W:
    """`widget` with the name (and description) a screen reader says for it."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def name_form_fields(form: QFormLayout) -> None:
    """Each field of `form` is called by its row label, unless it has a name already.

    Some screen readers follow the label's buddy, others only read the field's own name.
    """
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        words = label_item.widget() if label_item is not None else None
        field = field_item.widget() if field_item is not None else None
        if isinstance(words, QLabel) and field is not None and not field.accessibleName():
            field.setAccessibleName(words.text().replace("&", "").rstrip(":"))


def text_area(placeholder: str, name: str) -> QPlainTextEdit:
    """Several lines of writing. Tab moves on to the next control instead of typing a tab,
    so the keyboard is never caught here."""
    area = QPlainTextEdit()
    area.setPlaceholderText(placeholder)
    area.setAccessibleName(name)
    area.setTabChangesFocus(True)
    return area


def logging_columns(bar: QWidget, timeline: QWidget, side: QWidget) -> QHBoxLayout:
    """The sharer's page: the quick-log bar over the timeline on the left, and `side`
    (a `side_column`) beside them. The newest weeks take the same shape, so nothing
    moves when the pages take their place."""
    left = QVBoxLayout()
    left.setSpacing(12)
    left.addWidget(bar)
    left.addWidget(timeline, 1)
    body = QHBoxLayout()
    body.setSpacing(16)
    body.addLayout(left, 3)
    body.addWidget(side, 2)
    return body


def side_column(*widgets: QWidget, width: int = 400, name: str | None = None) -> QScrollArea:
    """A column of cards beside the timeline, scrolling when it is tall.

    It asks for `width`, grown with the system font so larger text still fits, and on a
    narrow window gives way down to the width its cards need (their words wrap)."""
    column = QVBoxLayout()
    column.setSpacing(12)
    for widget in widgets:
        column.addWidget(widget)
    column.addStretch(1)
    inner = QWidget()
    inner.setObjectName("page")
    inner.setLayout(column)
    scale = max(1.0, QApplication.font().pointSizeF() / style.BODY_POINTS_AT_LEAST)
    # Room for the scroll bar too, so the cards' right edges are never cut off.
    bar = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
    scroll = VerticalScroll(inner, preferred=round(width * scale) + bar + 4)
    # Never wider than it asks for; narrower, down to what its cards need, when the
    # window is narrow (given a stretch, it gives way before the timeline does).
    scroll.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Expanding)
    scroll.setAccessibleName(name or translate("Widgets", "Beside the timeline"))
    return scroll


def save_cancel(dialog: QDialog, save: Callable[[], None]) -> QDialogButtonBox:
    """Save and Cancel for a form dialog; Save calls `save`, which accepts when it can."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def local_day(iso_time: str, zone: tzinfo) -> str:
    """An ISO time as the day it was where the person is, in words: "2 December 2026"."""
    day = datetime.fromisoformat(iso_time).astimezone(zone).date()
    return day_words(day)


def holding(layout: QLayout) -> QWidget:
    """A plain widget holding `layout`, to place a row or a form among widgets."""
    holder = QWidget()
    holder.setLayout(layout)
    return holder
