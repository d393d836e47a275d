"""The quick-log bar: choose a kind, type, press Enter. Saved places check in with one click."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.drafts import KeptDraft, Where
from rekindle_desktop.domain.entries import (
    LOGGABLE_KINDS,
    CheckIn,
    Draft,
    Entry,
    EntryKind,
    NoteAbout,
    Words,
)
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.ui.domain_words import kind_name
from rekindle_desktop.ui.entry_forms import EntryDialog
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.reflow import FlowLayout
from rekindle_desktop.ui.widgets import GentleNote, label, link_button, uncut

PLACEHOLDERS = {
    EntryKind.PLAN: QT_TRANSLATE_NOOP(
        "QuickLog", "What's the plan? Press Enter to add the time and place"
    ),
    EntryKind.CHECK_IN: QT_TRANSLATE_NOOP("QuickLog", "Where are you now? e.g. Office"),
    EntryKind.PROMISE: QT_TRANSLATE_NOOP(
        "QuickLog", "What are you promising? Press Enter to say when"
    ),
    EntryKind.DISCLOSURE: QT_TRANSLATE_NOOP(
        "QuickLog", "Something you're choosing to share openly"
    ),
    EntryKind.APPRECIATION: QT_TRANSLATE_NOOP("QuickLog", "Something you're grateful for"),
    EntryKind.NOTE: QT_TRANSLATE_NOOP("QuickLog", "A note on a check-in or counselling"),
    EntryKind.CONTACT: QT_TRANSLATE_NOOP(
        "QuickLog", "A contact you're telling about. Press Enter to say when it happened"
    ),
}
# These need more than one line of text, so Enter opens their form.
NEEDS_FORM = (EntryKind.PLAN, EntryKind.PROMISE, EntryKind.CONTACT)


class QuickLogBar(QWidget):
    saved = Signal(object)  # Entry
    places_changed = Signal()

    def __init__(
        self,
        save: Callable[[Draft], Entry],
        places: Callable[[], list[str]],
        save_place: Callable[[str], None],
        zone: tzinfo,
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._places = places
        self._save_place = save_place
        self.zone = zone
        self._now = now
        self.form: EntryDialog | None = None  # the full form, while it is open
        self.kind = QComboBox()
        self.kind.setAccessibleName(translate("QuickLog", "Kind of entry"))
        for kind in LOGGABLE_KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.text = uncut(QLineEdit())
        self.text.setAccessibleName(translate("QuickLog", "Entry text"))
        self.text.setClearButtonEnabled(True)
        self.text.returnPressed.connect(self.submit)
        self.more = QPushButton(translate("QuickLog", "More…"))
        self.more.setToolTip(translate("QuickLog", "Open the full form for this kind of entry"))
        self.more.clicked.connect(lambda: self.open_form(self.text.text()))
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.note = GentleNote()
        self.done = label("", "muted")  # what was just saved, so a click is never silent
        self.done.hide()
        # Saved places wrap onto another line rather than widen the window.
        self.place_row = FlowLayout(spacing=6)

        line = QHBoxLayout()
        line.setSpacing(8)
        line.addWidget(self.kind)
        line.addWidget(self.text, 1)
        line.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(line)
        layout.addLayout(self.place_row)
        layout.addWidget(self.note)
        layout.addWidget(self.done)
        # Ctrl+1..7 choose the kind without leaving the keyboard.
        for number, kind in enumerate(LOGGABLE_KINDS, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda k=kind: self.choose(k))
        self._kind_changed()
        self.refresh_places()

    def choose(self, kind: EntryKind) -> None:
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.text.setFocus()

    def current_kind(self) -> EntryKind:
        # Qt hands enum members back as their plain string values.
        return EntryKind(self.kind.currentData())

    def refresh_places(self) -> None:
        while self.place_row.count():
            item = self.place_row.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        places = self._places()
        if places:
            for place in places[:8]:
                button = QPushButton(translate("QuickLog", "At {place}").format(place=place))
                check_in = translate("QuickLog", "Check in now at {place}").format(place=place)
                button.setToolTip(check_in)  # a screen reader says it after "At …"
                button.clicked.connect(lambda _=False, p=place: self.check_in(p))
                self.place_row.addWidget(button)
        keep = link_button(translate("QuickLog", "Save as a place"))
        keep.setToolTip(
            translate("QuickLog", "Keep what you typed as a saved place for one-click check-ins")
        )
        keep.clicked.connect(self._keep_place)
        self.place_row.addWidget(keep)

    def submit(self) -> None:
        kind = self.current_kind()
        text = self.text.text().strip()
        if kind in NEEDS_FORM:
            self.open_form(text)
            return
        if not text:
            self.note.say(translate("QuickLog", "Type a few words first, then press Enter."))
            return
        now = Moment.from_local(self._now().astimezone(self.zone))
        if kind is EntryKind.CHECK_IN:
            body: CheckIn | Words = CheckIn(text)
        else:
            body = Words(text, NoteAbout.OTHER if kind is EntryKind.NOTE else None)
        self._commit(Draft(kind, now, body))

    def check_in(self, place: str) -> None:
        now = Moment.from_local(self._now().astimezone(self.zone))
        self._commit(Draft(EntryKind.CHECK_IN, now, CheckIn(place)))

    def open_form(self, text: str = "", restored: KeptDraft | None = None) -> EntryDialog:
        """The full form for the current kind (or for a kept draft's kind), window-modal.

        It does not wait: the window stays free to lock, and locking closes it.
        """
        if restored is not None:
            self.choose(_kind_of(restored))
        dialog = EntryDialog(
            self.current_kind(),
            self._save,
            zone=self.zone,
            now=self._now(),
            places=self._places(),
            text=text,
            parent=self,
        )
        if restored is not None:
            dialog.restore(restored)
        dialog.finished.connect(lambda _result: self._form_closed(dialog))
        self.form = dialog
        dialog.open()
        return dialog

    def _form_closed(self, dialog: EntryDialog) -> None:
        if self.form is dialog:
            self.form = None
        dialog.deleteLater()
        if dialog.saved is not None:
            self.text.clear()
            self.note.clear()
            self.saved.emit(dialog.saved)

    # --- through a lock ------------------------------------------------------------------
    def unsaved(self) -> list[KeptDraft]:
        """What the bar and its open form hold and has not been saved."""
        found = []
        if self.text.text().strip():
            fields = {"kind": self.current_kind().value, "text": self.text.text()}
            found.append(KeptDraft(Where.QUICK_LOG, fields))
        if self.form is not None and self.form.isVisible():
            form = self.form.unsaved()
            if form is not None:
                found.append(form)
        return found

    def restore(self, draft: KeptDraft) -> None:
        """Put a kept draft back: the bar's kind and text, or its form, open again."""
        if draft.where is Where.QUICK_LOG:
            self.choose(_kind_of(draft))
            self.text.setText(draft.get("text"))
        elif draft.where is Where.ENTRY_FORM:
            self.open_form(restored=draft)

    def _commit(self, draft: Draft) -> None:
        try:
            entry = self._save(draft)
        except UserFacingError as exc:
            self.note.say_error(exc)
            return
        self.text.clear()
        self.note.clear()
        at = entry.happened.local(self.zone)
        if isinstance(entry.body, CheckIn):
            said = translate("QuickLog", "Checked in at {place}, {time}. It's in your journal.")
            said = said.format(place=entry.body.place, time=f"{at:%H:%M}")
        else:
            said = translate("QuickLog", "Saved at {time}. It's in your journal.").format(
                time=f"{at:%H:%M}"
            )
        self.done.setText(said)
        self.done.show()
        self.saved.emit(entry)

    def _keep_place(self) -> None:
        try:
            self._save_place(self.text.text())
        except UserFacingError:
            self.note.say(
                translate(
                    "QuickLog",
                    "Type the place's name in the box first, then choose Save as a place.",
                )
            )
            return
        self.text.clear()
        self.refresh_places()
        self.places_changed.emit()

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self.text.setPlaceholderText(translate("QuickLog", PLACEHOLDERS[kind]))
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)


def quick_log_bar(log: JournalLog) -> QuickLogBar:
    """The bar that saves into `log`, at its clock's time and zone."""
    clock = log.clock
    return QuickLogBar(
        log.add,
        log.saved_places,
        log.save_place,
        clock.zone,
        lambda: clock.now_utc().astimezone(clock.zone),
    )


def _kind_of(draft: KeptDraft) -> EntryKind:
    """The kind a draft was typed as; a note if this version does not know it."""
    kind = draft.get("kind")
    return EntryKind(kind) if kind in set(LOGGABLE_KINDS) else EntryKind.NOTE
