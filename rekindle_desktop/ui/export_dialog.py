"""Export: the sharer sees exactly what a timeline file holds before it leaves."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.domain.entries import Entry
from rekindle_desktop.domain.safe_text import for_window
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import session, sharing
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.ui.background import wait_responsively
from rekindle_desktop.ui.days import day_words
from rekindle_desktop.ui.domain_words import kind_count, kind_name
from rekindle_desktop.ui.i18n import short_day_words, translate
from rekindle_desktop.ui.widgets import GentleNote, card, heading, label, named, primary_button
from rekindle_desktop.ui.words import WINDOW_WORDS


def holds_words(total: int, new: int) -> str:
    """What the file will hold, with the counts said as a person would say them."""
    holds = (
        translate("ExportDialog", "This file will hold 1 entry")
        if total == 1
        else translate("ExportDialog", "This file will hold {total} entries").format(total=total)
    )
    if new == 0:
        fresh = translate("ExportDialog", "; nothing in it is new since your last file.")
    elif new == total:
        fresh = translate("ExportDialog", ", all of it new.")
    elif new == 1:
        fresh = translate("ExportDialog", "; 1 of them is new.")
    else:
        fresh = translate("ExportDialog", "; {new} of them are new.").format(new=new)
    return holds + fresh


def _entry_line(entry: Entry) -> str:
    when = entry.happened.as_recorded()
    return (
        f"{short_day_words(when.date(), year=True)}, {when:%H:%M} · {kind_name(entry.kind)}: "
        f"{for_window(entry.body.summary(words=WINDOW_WORDS), one_line=True)}"
    )


class ExportDialog(QDialog):
    def __init__(self, opened: JournalSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        journal = self.journal = opened.journal  # passed on to services
        self.result_path: Path | None = None
        self.setWindowTitle(translate("ExportDialog", "Share a timeline file"))
        self.setMinimumWidth(560)
        preview = sharing.export_preview(journal)
        self.preview = preview
        lines = [holds_words(preview.total, len(preview.new))]
        if preview.first_day and preview.last_day:
            lines.append(
                translate("ExportDialog", "They run from {first} to {last}.").format(
                    first=day_words(preview.first_day), last=day_words(preview.last_day)
                )
            )
        counts = ", ".join(
            kind_count(kind, count) for kind, count in sorted(preview.counts.items())
        )
        if counts:
            lines.append(translate("ExportDialog", "In it: {counts}.").format(counts=counts))
        if preview.private_left_out:
            lines.append(
                translate(
                    "ExportDialog",
                    "1 private entry stays on this computer and is not in the file.",
                )
                if preview.private_left_out == 1
                else translate(
                    "ExportDialog",
                    "{count} private entries stay on this computer and are not in the file.",
                ).format(count=preview.private_left_out)
            )
        if preview.not_agreed_left_out:
            lines.append(
                translate(
                    "ExportDialog",
                    "{count} entries of kinds outside your agreement are left out.",
                ).format(count=preview.not_agreed_left_out)
            )
        self.summary = label("\n".join(lines))
        self.entries = named(QListWidget(), translate("ExportDialog", "New entries in this file"))
        self.entries.addItems([_entry_line(e) for e in preview.new])
        self.entries.setWordWrap(True)  # every word of what leaves can be read
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.entries.setMinimumHeight(260)
        self.entries.setVisible(False)
        self.show_entries = QPushButton(translate("ExportDialog", "Show every new entry"))
        self.show_entries.setCheckable(True)
        self.show_entries.toggled.connect(self.entries.setVisible)
        self.note = GentleNote()
        save = primary_button(translate("ExportDialog", "Save the file…"))
        save.clicked.connect(self.choose_and_save)
        cancel = QPushButton(translate("ExportDialog", "Not now"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.show_entries)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 22, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading(translate("ExportDialog", "What this file holds")))
        layout.addWidget(card(self.summary, spacing=6))
        layout.addWidget(
            label(
                translate(
                    "ExportDialog",
                    "The file is signed by you and encrypted so only your partner (and you) "
                    "can read it. Entries already shared stay exactly as they were; "
                    "corrections appear as new entries.",
                ),
                "muted",
            )
        )
        layout.addWidget(self.entries)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def choose_and_save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            translate("ExportDialog", "Save timeline file"),
            "timeline.rekindle",
            translate("ExportDialog", "Rekindle timeline (*.rekindle)"),
        )
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        lent = session.lend(self.journal)
        self.setEnabled(False)  # one file at a time; the window behind stays responsive
        self.note.say(translate("ExportDialog", "Writing the file…"))
        try:
            result = wait_responsively(
                lambda: session.on_own_connection(lent, lambda j: sharing.export(j, path))
            )
        except UserFacingError as exc:
            if shiboken6.isValid(self):
                self.setEnabled(True)
                self.note.say_error(exc)
            return
        if not shiboken6.isValid(self):
            return  # locked meanwhile: the file is written, the dialog is gone
        self.setEnabled(True)
        self.result_path = result.path
        self.accept()
