"""The transparency agreement (versioned, each version confirmed) and planned pauses."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.drafts import KeptDraft, Where
from rekindle_desktop.domain.entries import (
    LOGGABLE_KINDS,
    Agreement,
    Draft,
    Entry,
    EntryKind,
    Pause,
)
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services.agreements import StepsUnreadable, read_steps
from rekindle_desktop.ui.domain_words import kind_plural
from rekindle_desktop.ui.entry_forms import day_edit, pydate
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.widgets import GentleNote, label, name_form_fields, save_cancel, uncut

Save = Callable[[Draft], Entry]


class AgreementDialog(QDialog):
    """Write the next version of the agreement. Earlier versions stay in the record."""

    def __init__(
        self,
        current: Agreement | None,
        save: Save,
        now: Moment,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AgreementDialog", "Transparency agreement"))
        self.setMinimumWidth(520)
        self._save = save
        self._now = now
        self.version = (current.version + 1) if current else 1
        self.saved: Entry | None = None
        shared = current.shared_kinds if current else frozenset(LOGGABLE_KINDS)
        self.kinds = {kind: QCheckBox(kind_plural(kind)) for kind in LOGGABLE_KINDS}
        for kind, box in self.kinds.items():
            box.setChecked(kind in shared)
        self.cadence = QSpinBox()
        self.cadence.setRange(1, 366)
        self.cadence.setSuffix(translate("AgreementDialog", " days"))
        self.cadence.setValue(current.check_in_every_days if current else 7)
        self.boundaries = QPlainTextEdit(current.boundaries if current else "")
        self.boundaries.setTabChangesFocus(True)
        self.boundaries.setPlaceholderText(
            translate(
                "AgreementDialog",
                "What each of you needs, in your own words. For example: no contact with a "
                "certain person; either of us can pause a hard conversation and come back to it.",
            )
        )
        self.review_on = day_edit(current.review_on if current else today + timedelta(days=90))
        self.has_end = QCheckBox(translate("AgreementDialog", "This version ends on"))
        self.has_end.setToolTip(
            translate(
                "AgreementDialog",
                "Sharing stops that day unless you agree a new version: no one has to "
                "remember to end it",
            )
        )
        ends = current.ends_on if current and current.ends_on else None
        self.ends_on = day_edit(ends or today + timedelta(days=180))
        self.has_end.setChecked(ends is not None)
        self.ends_on.setEnabled(ends is not None)
        self.has_end.toggled.connect(self.ends_on.setEnabled)
        self.steps = QPlainTextEdit(
            "\n".join(
                f"{s.after_weeks}; {s.trend_above}; {s.change}"
                for s in (current.steps if current else ())
            )
        )
        self.steps.setTabChangesFocus(True)
        self.steps.setMaximumHeight(80)
        self.steps.setPlaceholderText(
            translate(
                "AgreementDialog",
                "Optional, one per line: weeks; trend; what changes. For example:\n"
                "8; 70; daily check-ins become a weekly summary",
            )
        )
        self.confirm = QCheckBox(
            translate("AgreementDialog", "We have talked this through, and I confirm this version")
        )
        self.note = GentleNote()

        intro = (
            translate("AgreementDialog", "This will be version {version}. ").format(
                version=self.version
            )
            + (
                translate(
                    "AgreementDialog",
                    "Earlier versions stay in the record; nothing is changed silently. ",
                )
                if current
                else ""
            )
            + translate(
                "AgreementDialog",
                "Transparency is scaffolding, not a life sentence: choose a date to look at "
                "this again together.",
            )
        )
        form = QFormLayout()
        kinds_box = QVBoxLayout()
        for box in self.kinds.values():
            kinds_box.addWidget(box)
        form.addRow(translate("AgreementDialog", "What is shared"), kinds_box)
        form.addRow(translate("AgreementDialog", "Check-in talks every"), self.cadence)
        form.addRow(translate("AgreementDialog", "Boundaries"), self.boundaries)
        form.addRow(translate("AgreementDialog", "Look at this again on"), self.review_on)
        form.addRow(self.has_end, self.ends_on)
        form.addRow(translate("AgreementDialog", "Steps down"), self.steps)
        name_form_fields(form)
        buttons = save_cancel(self, self._try_save)
        layout = QVBoxLayout(self)
        layout.addWidget(label(intro, "muted"))
        layout.addLayout(form)
        layout.addWidget(self.confirm)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def unsaved(self) -> KeptDraft:
        """The whole form, as text: an agreement is worked out together, keep all of it."""
        return KeptDraft(
            Where.AGREEMENT,
            {
                "version": str(self.version),
                "kinds": ",".join(k.value for k, box in self.kinds.items() if box.isChecked()),
                "cadence": str(self.cadence.value()),
                "boundaries": self.boundaries.toPlainText(),
                "review_on": self.review_on.date().toString(Qt.DateFormat.ISODate),
                "has_end": "1" if self.has_end.isChecked() else "0",
                "ends_on": self.ends_on.date().toString(Qt.DateFormat.ISODate),
                "steps": self.steps.toPlainText(),
                "confirm": "1" if self.confirm.isChecked() else "0",
            },
        )

    def restore(self, draft: KeptDraft) -> None:
        """Fill the form again from `unsaved()`; nothing if another version was written since."""
        if draft.get("version") != str(self.version):
            return
        shared = set(draft.get("kinds").split(","))
        for kind, box in self.kinds.items():
            box.setChecked(kind.value in shared)
        if draft.get("cadence").isdigit():
            self.cadence.setValue(int(draft.get("cadence")))
        self.boundaries.setPlainText(draft.get("boundaries"))
        review_on = QDate.fromString(draft.get("review_on"), Qt.DateFormat.ISODate)
        if review_on.isValid():
            self.review_on.setDate(review_on)
        self.has_end.setChecked(draft.get("has_end") == "1")
        ends_on = QDate.fromString(draft.get("ends_on"), Qt.DateFormat.ISODate)
        if ends_on.isValid():
            self.ends_on.setDate(ends_on)
        self.steps.setPlainText(draft.get("steps"))
        self.confirm.setChecked(draft.get("confirm") == "1")

    def _try_save(self) -> None:
        if not self.confirm.isChecked():
            self.note.say(
                translate(
                    "AgreementDialog",
                    "Please confirm this version first; an agreement is made together.",
                )
            )
            return
        try:
            steps = read_steps(self.steps.toPlainText())
        except StepsUnreadable as exc:
            self.note.say(
                translate(
                    "AgreementDialog",
                    "Step {number} can't be read. Write it as: weeks; trend; what changes "
                    "(for example: 8; 70; weekly check-ins).",
                ).format(number=exc.line)
            )
            return
        body = Agreement(
            self.version,
            frozenset(kind for kind, box in self.kinds.items() if box.isChecked()),
            self.cadence.value(),
            self.boundaries.toPlainText().strip(),
            pydate(self.review_on.date()),
            pydate(self.ends_on.date()) if self.has_end.isChecked() else None,
            steps,
        )
        try:
            self.saved = self._save(Draft(EntryKind.AGREEMENT, self._now, body))
        except UserFacingError as exc:
            self.note.say_error(exc)
            return
        self.accept()


class PauseDialog(QDialog):
    """A planned pause (holiday, illness): its days are shown as a pause, never as misses."""

    def __init__(self, save: Save, now: Moment, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("AgreementDialog", "Plan a pause"))
        self.setMinimumWidth(460)
        self._save = save
        self._now = now
        self.saved: Entry | None = None
        self.first_day = day_edit(today)
        self.last_day = day_edit(today + timedelta(days=7))
        self.reason = uncut(QLineEdit())
        self.reason.setPlaceholderText(
            translate("AgreementDialog", "e.g. Family holiday, agreed together")
        )
        self.note = GentleNote()
        form = QFormLayout()
        form.addRow(translate("AgreementDialog", "From"), self.first_day)
        form.addRow(translate("AgreementDialog", "Until"), self.last_day)
        form.addRow(translate("AgreementDialog", "Reason"), self.reason)
        name_form_fields(form)
        buttons = save_cancel(self, self._try_save)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                translate(
                    "AgreementDialog",
                    "Days in a pause don't count toward consistency, and your partner sees "
                    "them as a pause.",
                ),
                "muted",
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)

    def unsaved(self) -> KeptDraft | None:
        """The form as text, if a reason was typed (dates alone are quickly chosen again)."""
        if not self.reason.text().strip():
            return None
        iso = Qt.DateFormat.ISODate
        return KeptDraft(
            Where.PAUSE,
            {
                "first_day": self.first_day.date().toString(iso),
                "last_day": self.last_day.date().toString(iso),
                "reason": self.reason.text(),
            },
        )

    def restore(self, draft: KeptDraft) -> None:
        for edit, name in ((self.first_day, "first_day"), (self.last_day, "last_day")):
            day = QDate.fromString(draft.get(name), Qt.DateFormat.ISODate)
            if day.isValid():
                edit.setDate(day)
        self.reason.setText(draft.get("reason"))

    def _try_save(self) -> None:
        body = Pause(
            pydate(self.first_day.date()), pydate(self.last_day.date()), self.reason.text().strip()
        )
        try:
            self.saved = self._save(Draft(EntryKind.PAUSE, self._now, body))
        except UserFacingError as exc:
            self.note.say_error(exc)
            return
        self.accept()
