"""The counsellor report: choose the days and the parts, then save a PDF. Only on request."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.entries import LOGGABLE_KINDS, EntryKind
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services.report import (
    DEFAULT_KINDS,
    ReportSource,
    Section,
    build_report,
    default_range,
)
from rekindle_desktop.ui.background import wait_without
from rekindle_desktop.ui.entry_forms import pydate, qdate
from rekindle_desktop.ui.i18n import QT_TRANSLATE_NOOP, translate
from rekindle_desktop.ui.report_pdf import save_report_pdf
from rekindle_desktop.ui.widgets import (
    GentleNote,
    heading,
    label,
    name_form_fields,
    primary_button,
)
from rekindle_desktop.ui.words import WINDOW_WORDS

T = TypeVar("T")

_KIND_WORDS = {
    EntryKind.PLAN: QT_TRANSLATE_NOOP("ReportDialog", "Plans"),
    EntryKind.CHECK_IN: QT_TRANSLATE_NOOP("ReportDialog", "Check-ins"),
    EntryKind.PROMISE: QT_TRANSLATE_NOOP("ReportDialog", "Promises"),
    EntryKind.DISCLOSURE: QT_TRANSLATE_NOOP("ReportDialog", "Disclosures"),
    EntryKind.APPRECIATION: QT_TRANSLATE_NOOP("ReportDialog", "Appreciation"),
    EntryKind.NOTE: QT_TRANSLATE_NOOP("ReportDialog", "Notes"),
    EntryKind.CONTACT: QT_TRANSLATE_NOOP("ReportDialog", "Contact disclosures"),
}
# The report's parts, as services/report.py names them (Section.label), for translators.
_SECTION_WORDS = {
    Section.TREND: QT_TRANSLATE_NOOP("ReportDialog", "Consistency over time"),
    Section.OUTCOMES: QT_TRANSLATE_NOOP("ReportDialog", "How plans and promises turned out"),
    Section.AGREEMENT: QT_TRANSLATE_NOOP("ReportDialog", "The transparency agreement"),
    Section.ENTRIES: QT_TRANSLATE_NOOP("ReportDialog", "Selected entries"),
}


class ReportDialog(QDialog):
    """Give it a ReportSource: services.report.sharer_source(journal, clock) for a journal's
    own record, or reviewer_source(journal, clock) for the partner's accepted record."""

    saved = Signal(Path)

    def __init__(self, source: ReportSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.saved_path: Path | None = None
        self.setWindowTitle(translate("ReportDialog", "Report for a counselling session"))
        self.setMinimumWidth(560)

        first, last = default_range(source.today, source.begins)
        self.first_day = QDateEdit(qdate(first))
        self.last_day = QDateEdit(qdate(last))
        for edit, name in (
            (self.first_day, translate("ReportDialog", "First day")),
            (self.last_day, translate("ReportDialog", "Last day")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(translate("Days", "d MMMM yyyy"))  # as the report writes days
            edit.setMinimumDate(qdate(source.begins))  # nothing to report before the record
            edit.setAccessibleName(name)

        self.sections: dict[Section, QCheckBox] = {}
        parts = QVBoxLayout()
        for section in Section:
            box = QCheckBox(translate("ReportDialog", _SECTION_WORDS[section]))
            box.setChecked(True)
            self.sections[section] = box
            parts.addWidget(box)
        self.kinds: dict[EntryKind, QCheckBox] = {}
        kinds = QGridLayout()
        kinds.setContentsMargins(28, 0, 0, 0)
        for i, kind in enumerate(LOGGABLE_KINDS):
            box = QCheckBox(translate("ReportDialog", _KIND_WORDS[kind]))
            box.setStyleSheet("font-weight: normal;")
            box.setChecked(kind in DEFAULT_KINDS)
            self.kinds[kind] = box
            kinds.addWidget(box, i // 3, i % 3)
        parts.addLayout(kinds)
        self.sections[Section.ENTRIES].toggled.connect(self._entries_toggled)

        dates = QFormLayout()
        dates.addRow(translate("ReportDialog", "From"), self.first_day)
        dates.addRow(translate("ReportDialog", "To"), self.last_day)
        name_form_fields(dates)

        self.note = GentleNote()
        self.save_button = primary_button(translate("ReportDialog", "Save report…"))
        self.save_button.clicked.connect(self.choose_and_save)
        cancel = QPushButton(translate("ReportDialog", "Not now"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading(translate("ReportDialog", "A report to bring to counselling")))
        layout.addWidget(
            label(
                translate(
                    "ReportDialog",
                    "A PDF of your partner's shared timeline, as you accepted it, for the "
                    "days and parts you choose. It is made only when you press Save, and "
                    "private entries are never in it. It shows that shared entries were not "
                    "changed after they were shared; it cannot show that they are true.",
                )
                if source.reviewed
                else translate(
                    "ReportDialog",
                    "A PDF of your own journal, for the days and parts you choose. It is made "
                    "only when you press Save, and private entries are never in it. It shows "
                    "that shared entries were not changed after they were shared; it cannot "
                    "show that they are true.",
                ),
                "muted",
            )
        )
        layout.addLayout(dates)
        layout.addWidget(label(translate("ReportDialog", "Include"), "subheading"))
        layout.addLayout(parts)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def _beside_the_window(self, work: Callable[[], T]) -> T:
        """`work()` on a worker, the window answering meanwhile and this dialog waiting."""
        return wait_without(self.save_button, work)

    def _entries_toggled(self, on: bool) -> None:
        for box in self.kinds.values():
            box.setEnabled(on)

    def chosen_sections(self) -> frozenset[Section]:
        return frozenset(s for s, box in self.sections.items() if box.isChecked())

    def chosen_kinds(self) -> frozenset[EntryKind]:
        return frozenset(k for k, box in self.kinds.items() if box.isChecked())

    def choose_and_save(self) -> None:
        self.note.clear()
        chosen = partial(
            build_report,
            self.source,
            first_day=pydate(self.first_day.date()),
            last_day=pydate(self.last_day.date()),
            sections=self.chosen_sections(),
            kinds=self.chosen_kinds(),
            words=WINDOW_WORDS,  # the report in the window's language
        )
        try:
            report = self._beside_the_window(chosen)  # years of commitments to add up
        except UserFacingError as exc:
            self.note.say_error(exc)
            return
        suggested = translate("ReportDialog", "rekindle-report-{first}-to-{last}.pdf").format(
            first=f"{report.first_day:%Y-%m-%d}", last=f"{report.last_day:%Y-%m-%d}"
        )
        name, _filter = QFileDialog.getSaveFileName(
            self,
            translate("ReportDialog", "Save the report"),
            suggested,
            translate("ReportDialog", "PDF document (*.pdf)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            self._beside_the_window(partial(save_report_pdf, report, path, WINDOW_WORDS))
        except UserFacingError as exc:
            self.note.say_error(exc)
            return
        self.saved_path = path
        self.saved.emit(path)
        self.accept()
