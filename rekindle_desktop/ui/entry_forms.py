"""One form per kind of entry. The form builds a draft; the journal decides if it can be saved.

A refusal (an end before a start, an empty text) is shown inside the form, and
nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.drafts import KeptDraft, Where
from rekindle_desktop.domain.entries import (
    Body,
    CheckIn,
    Contact,
    ContactHow,
    Draft,
    Entry,
    EntryKind,
    NoteAbout,
    Plan,
    Promise,
    Words,
)
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.recurrence import Repeat, Rule, weekday_name
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.widgets import GentleNote, label, name_form_fields, save_cancel, uncut
from rekindle_desktop.ui.words import WINDOW_WORDS

REPEAT_CHOICES = (
    (Repeat.ONCE, QT_TRANSLATE_NOOP("EntryForms", "Once, by a day")),
    (Repeat.DAILY, QT_TRANSLATE_NOOP("EntryForms", "Every day")),
    (Repeat.WEEKDAYS, QT_TRANSLATE_NOOP("EntryForms", "Every weekday")),
    (Repeat.CHOSEN_DAYS, QT_TRANSLATE_NOOP("EntryForms", "On chosen days of the week")),
    (Repeat.EVERY_N_DAYS, QT_TRANSLATE_NOOP("EntryForms", "Every few days")),
)
ABOUT_CHOICES = (
    (NoteAbout.CHECK_IN_TALK, QT_TRANSLATE_NOOP("EntryForms", "A check-in conversation")),
    (NoteAbout.COUNSELLING, QT_TRANSLATE_NOOP("EntryForms", "A counselling session")),
    (NoteAbout.OTHER, QT_TRANSLATE_NOOP("EntryForms", "Something else")),
)
TITLES = {
    EntryKind.PLAN: QT_TRANSLATE_NOOP("EntryForms", "Log a plan"),
    EntryKind.CHECK_IN: QT_TRANSLATE_NOOP("EntryForms", "Check in"),
    EntryKind.PROMISE: QT_TRANSLATE_NOOP("EntryForms", "Make a promise"),
    EntryKind.DISCLOSURE: QT_TRANSLATE_NOOP("EntryForms", "Share something openly"),
    EntryKind.APPRECIATION: QT_TRANSLATE_NOOP("EntryForms", "Note an appreciation"),
    EntryKind.NOTE: QT_TRANSLATE_NOOP("EntryForms", "Write a note"),
    EntryKind.CONTACT: QT_TRANSLATE_NOOP("EntryForms", "Tell about a contact"),
}
CONTACT_CHOICES = (
    (ContactHow.CONTACTED, QT_TRANSLATE_NOOP("EntryForms", "I was contacted by")),
    (ContactHow.RAN_INTO, QT_TRANSLATE_NOOP("EntryForms", "I ran into")),
    (ContactHow.GOT_IN_TOUCH, QT_TRANSLATE_NOOP("EntryForms", "I got in touch with")),
)
HINTS = {
    EntryKind.PLAN: QT_TRANSLATE_NOOP(
        "EntryForms", "Ideally logged before it happens: when, where, with whom, and what for."
    ),
    EntryKind.CHECK_IN: QT_TRANSLATE_NOOP("EntryForms", "Where you are now."),
    EntryKind.PROMISE: QT_TRANSLATE_NOOP(
        "EntryForms",
        "Something you will do, once or on a rhythm. Each time it falls due, "
        "you'll be asked how it went.",
    ),
    EntryKind.DISCLOSURE: QT_TRANSLATE_NOOP(
        "EntryForms", "Something you are choosing to be open about, before being asked."
    ),
    EntryKind.APPRECIATION: QT_TRANSLATE_NOOP(
        "EntryForms", "Something you noticed and are grateful for."
    ),
    EntryKind.NOTE: QT_TRANSLATE_NOOP(
        "EntryForms", "Notes on a check-in conversation or a counselling session."
    ),
    EntryKind.CONTACT: QT_TRANSLATE_NOOP(
        "EntryForms",
        "Telling soon, before being asked, is what rebuilds trust. Say when it happened; "
        "no names are needed, only as much as you choose.",
    ),
}

Save = Callable[[Draft], Entry]
# A kept draft's times: the wall-clock time shown in the form, as the person chose it.
WALL_TIME = "yyyy-MM-ddTHH:mm"


def to_qt(moment_local: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment_local.year, moment_local.month, moment_local.day),
        QTime(moment_local.hour, moment_local.minute),
    )


def from_qt(value: QDateTime, zone: tzinfo) -> Moment:
    d, t = value.date(), value.time()
    local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=zone)
    return Moment.from_local(local)


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


# As the window writes a short day ("Wed 2 Dec 2026"); its shape is translated in "Days",
# where ui/i18n.short_day_words marks it (German: "Mi., 2. Dez. 2026").
DAY_FORMAT = "ddd d MMM yyyy"


def day_edit(day: date) -> QDateEdit:
    """A day to choose, shown as days are shown everywhere else, with a calendar."""
    edit = QDateEdit(qdate(day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(translate("Days", DAY_FORMAT))
    return edit


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class EntryDialog(QDialog):
    """A form for one kind; `save` is called with the draft and may refuse it.

    `unsaved()` and `restore()` carry what was typed through a lock (see domain.drafts).
    """

    def __init__(
        self,
        kind: EntryKind,
        save: Save,
        *,
        zone: tzinfo,
        now: datetime,
        places: list[str],
        text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.zone = zone
        self.now = now.astimezone(zone)
        self._save = save
        self.saved: Entry | None = None
        self.correcting: int | None = None  # the entry this form corrects, if it does
        self.setWindowTitle(translate("EntryForms", TITLES[kind]))
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.note = GentleNote()
        self._build(kind, places, text)
        name_form_fields(self.form)
        self.private = QCheckBox(
            translate("EntryForms", "Private: keep this on this computer only")
        )
        self.private.setToolTip(
            translate("EntryForms", "Private entries are never included in a timeline file.")
        )
        buttons = save_cancel(self, self._try_save)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(label(translate("EntryForms", HINTS[kind]), "muted"))
        layout.addLayout(self.form)
        layout.addWidget(self.private)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    # --- building ------------------------------------------------------------------------
    def _when(self, value: datetime) -> QDateTimeEdit:
        edit = QDateTimeEdit(to_qt(value))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(translate("Days", DAY_FORMAT) + "  HH:mm")
        edit.setTimeZone(QTimeZone.systemTimeZone())
        return edit

    def _place(self, places: list[str], text: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        line = combo.lineEdit()
        assert line is not None  # an editable combo box always has one
        uncut(line)
        combo.addItems(places)
        combo.setCurrentText(text)
        combo.lineEdit().setPlaceholderText(
            translate("EntryForms", "Type a place, or choose a saved one")
        )
        return combo

    def _build(self, kind: EntryKind, places: list[str], text: str) -> None:
        start = (self.now + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        if kind is EntryKind.PLAN:
            self.starts = self._when(start)
            self.ends = self._when(start + timedelta(hours=2))
            self.place = self._place(places, "")
            self.with_whom = uncut(QLineEdit())
            self.purpose = uncut(QLineEdit())
            self.purpose.setText(text)
            self.purpose.setPlaceholderText(translate("EntryForms", "e.g. Dinner, Work, Gym"))
            self.form.addRow(translate("EntryForms", "What for"), self.purpose)
            self.form.addRow(translate("EntryForms", "From"), self.starts)
            self.form.addRow(translate("EntryForms", "Until"), self.ends)
            self.form.addRow(translate("EntryForms", "Where"), self.place)
            self.form.addRow(translate("EntryForms", "With whom"), self.with_whom)
        elif kind is EntryKind.CHECK_IN:
            self.at = self._when(self.now)
            self.place = self._place(places, text)
            self.text = uncut(QLineEdit())
            self.text.setPlaceholderText(translate("EntryForms", "Optional"))
            self.form.addRow(translate("EntryForms", "Now at"), self.place)
            self.form.addRow(translate("EntryForms", "Time"), self.at)
            self.form.addRow(translate("EntryForms", "Note"), self.text)
        elif kind is EntryKind.PROMISE:
            self.promise = uncut(QLineEdit())
            self.promise.setText(text)
            self.promise.setPlaceholderText(
                translate("EntryForms", "e.g. Text you when I leave work")
            )
            self.repeat = QComboBox()
            for repeat, words in REPEAT_CHOICES:
                self.repeat.addItem(translate("EntryForms", words), repeat)
            self.first_day = day_edit(self.now.date())
            self.has_end = QCheckBox(translate("EntryForms", "Until"))
            self.last_day = day_edit(self.now.date() + timedelta(days=30))
            self.last_day.setEnabled(False)
            self.has_end.toggled.connect(self.last_day.setEnabled)
            self.days = [QCheckBox(weekday_name(day, WINDOW_WORDS)) for day in range(7)]
            day_row = QHBoxLayout()
            for box in self.days:
                day_row.addWidget(box)
            self.every = QSpinBox()
            self.every.setRange(2, 366)
            self.every.setSuffix(translate("EntryForms", " days"))
            end_row = QHBoxLayout()
            end_row.addWidget(self.has_end)
            end_row.addWidget(self.last_day, 1)
            self.form.addRow(translate("EntryForms", "Promise"), self.promise)
            self.form.addRow(translate("EntryForms", "When"), self.repeat)
            self.form.addRow(translate("EntryForms", "Starting"), self.first_day)
            self.form.addRow("", end_row)
            self.form.addRow(translate("EntryForms", "Days"), day_row)
            self.form.addRow(translate("EntryForms", "Every"), self.every)
            self.repeat.currentIndexChanged.connect(self._repeat_changed)
            self._repeat_changed()
        else:
            self.at = self._when(self.now)
            self.words = QPlainTextEdit(text)
            self.words.setTabChangesFocus(True)
            self.words.setMinimumHeight(120)
            if kind is EntryKind.NOTE:
                self.about = QComboBox()
                for about, words in ABOUT_CHOICES:
                    self.about.addItem(translate("EntryForms", words), about)
                self.form.addRow(translate("EntryForms", "About"), self.about)
            if kind is EntryKind.CONTACT:
                self.how = QComboBox()
                for how, words in CONTACT_CHOICES:
                    self.how.addItem(translate("EntryForms", words), how)
                self.words.setPlaceholderText(
                    translate("EntryForms", "e.g. someone from before, by message")
                )
                self.form.addRow(translate("EntryForms", "What happened"), self.how)
                self.form.addRow(translate("EntryForms", "When it happened"), self.at)
            else:
                self.form.addRow(translate("EntryForms", "When"), self.at)
            self.form.addRow(translate("EntryForms", "In your words"), self.words)

    def _repeat_changed(self) -> None:
        repeat = Repeat(self.repeat.currentData())
        self.form.setRowVisible(self.every, repeat is Repeat.EVERY_N_DAYS)
        # The chosen-days row sits just above the "every N days" row.
        position = self.form.getWidgetPosition(self.every)
        every_row: int = position[0]  # type: ignore[index]
        self.form.setRowVisible(every_row - 1, repeat is Repeat.CHOSEN_DAYS)
        self.has_end.setEnabled(repeat is not Repeat.ONCE)
        starting = self.form.labelForField(self.first_day)
        if isinstance(starting, QLabel):
            starting.setText(
                translate("EntryForms", "Due by")
                if repeat is Repeat.ONCE
                else translate("EntryForms", "Starting")
            )

    def prefill(self, body: Body, zone: tzinfo) -> None:
        """Show an existing entry's content, for writing a correction."""
        match body:
            case Plan():
                self.starts.setDateTime(to_qt(body.starts.local(zone)))
                self.ends.setDateTime(to_qt(body.ends.local(zone)))
                self.place.setCurrentText(body.place)
                self.with_whom.setText(body.with_whom)
                self.purpose.setText(body.purpose)
            case CheckIn():
                self.place.setCurrentText(body.place)
                self.text.setText(body.note)
            case Promise():
                rule = body.rule
                self.promise.setText(body.text)
                self.repeat.setCurrentIndex(self.repeat.findData(rule.repeat))
                self.first_day.setDate(qdate(rule.starts))
                self.has_end.setChecked(rule.ends is not None)
                if rule.ends is not None:
                    self.last_day.setDate(qdate(rule.ends))
                for number, box in enumerate(self.days):
                    box.setChecked(number in rule.weekdays)
                self.every.setValue(max(rule.every_days, 2))
            case Words():
                self.words.setPlainText(body.text)
                if body.about is not None:
                    self.about.setCurrentIndex(self.about.findData(body.about))
            case Contact():
                self.words.setPlainText(body.text)
                self.how.setCurrentIndex(self.how.findData(body.how))

    # --- through a lock ------------------------------------------------------------------
    def unsaved(self) -> KeptDraft | None:
        """Everything the form holds, as text; None when no words were typed in it."""
        iso = Qt.DateFormat.ISODate
        fields = {"kind": self.kind.value, "private": _flag(self.private.isChecked())}
        if self.kind is EntryKind.PLAN:
            words = [self.purpose.text(), self.place.currentText(), self.with_whom.text()]
            fields |= {
                "purpose": self.purpose.text(),
                "starts": self.starts.dateTime().toString(WALL_TIME),
                "ends": self.ends.dateTime().toString(WALL_TIME),
                "place": self.place.currentText(),
                "with_whom": self.with_whom.text(),
            }
        elif self.kind is EntryKind.CHECK_IN:
            words = [self.place.currentText(), self.text.text()]
            fields |= {
                "at": self.at.dateTime().toString(WALL_TIME),
                "place": self.place.currentText(),
                "note": self.text.text(),
            }
        elif self.kind is EntryKind.PROMISE:
            words = [self.promise.text()]
            fields |= {
                "promise": self.promise.text(),
                "repeat": str(Repeat(self.repeat.currentData()).value),
                "first_day": self.first_day.date().toString(iso),
                "has_end": _flag(self.has_end.isChecked()),
                "last_day": self.last_day.date().toString(iso),
                "days": ",".join(str(i) for i, box in enumerate(self.days) if box.isChecked()),
                "every": str(self.every.value()),
            }
        else:
            words = [self.words.toPlainText()]
            fields |= {
                "at": self.at.dateTime().toString(WALL_TIME),
                "words": self.words.toPlainText(),
            }
            if self.kind is EntryKind.NOTE:
                fields["about"] = str(NoteAbout(self.about.currentData()).value)
            if self.kind is EntryKind.CONTACT:
                fields["how"] = str(ContactHow(self.how.currentData()).value)
        if not any(word.strip() for word in words):
            return None
        where = Where.ENTRY_FORM if self.correcting is None else Where.CORRECTION
        return KeptDraft(where, fields, self.correcting)

    def restore(self, draft: KeptDraft) -> None:
        """Fill the form again with what `unsaved()` kept; a field it cannot read stays."""
        iso = Qt.DateFormat.ISODate

        def when(edit: QDateTimeEdit, name: str) -> None:
            value = QDateTime.fromString(draft.get(name), WALL_TIME)
            if value.isValid():
                edit.setDateTime(value)

        def day(edit: QDateEdit, name: str) -> None:
            value = QDate.fromString(draft.get(name), iso)
            if value.isValid():
                edit.setDate(value)

        def choose(combo: QComboBox, name: str) -> None:
            index = combo.findData(draft.get(name))
            if index >= 0:
                combo.setCurrentIndex(index)

        self.private.setChecked(draft.get("private") == "1")
        if self.kind is EntryKind.PLAN:
            self.purpose.setText(draft.get("purpose"))
            when(self.starts, "starts")
            when(self.ends, "ends")
            self.place.setCurrentText(draft.get("place"))
            self.with_whom.setText(draft.get("with_whom"))
        elif self.kind is EntryKind.CHECK_IN:
            when(self.at, "at")
            self.place.setCurrentText(draft.get("place"))
            self.text.setText(draft.get("note"))
        elif self.kind is EntryKind.PROMISE:
            self.promise.setText(draft.get("promise"))
            choose(self.repeat, "repeat")
            day(self.first_day, "first_day")
            self.has_end.setChecked(draft.get("has_end") == "1")
            day(self.last_day, "last_day")
            chosen = {int(n) for n in draft.get("days").split(",") if n.isdigit()}
            for number, box in enumerate(self.days):
                box.setChecked(number in chosen)
            if draft.get("every").isdigit():
                self.every.setValue(int(draft.get("every")))
        else:
            when(self.at, "at")
            self.words.setPlainText(draft.get("words"))
            if self.kind is EntryKind.NOTE:
                choose(self.about, "about")
            if self.kind is EntryKind.CONTACT:
                choose(self.how, "how")

    # --- saving --------------------------------------------------------------------------
    def draft(self) -> Draft:
        """The draft the form describes; raises UserFacingError for what a form can't say."""
        happened, body = self._body()
        return Draft(self.kind, happened, body, self.private.isChecked())

    def _body(self) -> tuple[Moment, Body]:
        if self.kind is EntryKind.PLAN:
            if not self.purpose.text().strip():
                raise UserFacingError(
                    translate("EntryForms", "Say what the plan is for, in a word or two."),
                    translate("EntryForms", "For example: Dinner with my sister, Work, Gym."),
                )
            starts = from_qt(self.starts.dateTime(), self.zone)
            ends = from_qt(self.ends.dateTime(), self.zone)
            plan = Plan(
                starts,
                ends,
                self.place.currentText().strip(),
                self.with_whom.text().strip(),
                self.purpose.text().strip(),
            )
            return starts, plan
        if self.kind is EntryKind.CHECK_IN:
            at = from_qt(self.at.dateTime(), self.zone)
            return at, CheckIn(self.place.currentText().strip(), self.text.text().strip())
        if self.kind is EntryKind.PROMISE:
            repeat = Repeat(self.repeat.currentData())
            last_day = pydate(self.last_day.date()) if self.has_end.isChecked() else None
            try:
                rule = Rule(
                    repeat,
                    pydate(self.first_day.date()),
                    last_day if repeat is not Repeat.ONCE else None,
                    frozenset(i for i, box in enumerate(self.days) if box.isChecked()),
                    self.every.value() if repeat is Repeat.EVERY_N_DAYS else 1,
                )
            except ValueError as exc:
                raise UserFacingError(f"{str(exc).capitalize()}.") from exc
            now = Moment.from_local(self.now)
            return now, Promise(self.promise.text().strip(), rule)
        at = from_qt(self.at.dateTime(), self.zone)
        if self.kind is EntryKind.CONTACT:
            return at, Contact(ContactHow(self.how.currentData()), self.words.toPlainText().strip())
        about = NoteAbout(self.about.currentData()) if self.kind is EntryKind.NOTE else None
        return at, Words(self.words.toPlainText().strip(), about)

    def _try_save(self) -> None:
        try:
            self.saved = self._save(self.draft())
        except UserFacingError as exc:
            self.note.say_error(exc)
            return
        self.accept()


def _flag(on: bool) -> str:
    return "1" if on else "0"
