"""Take a readable copy: your own entries as a web page and a JSON file, unencrypted.

Private entries go in only if the person ticks the box, which starts unticked. The
copy is written away from the window (services/readable_copy.py does the work).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.services import readable_copy
from rekindle_desktop.services.records import Records
from rekindle_desktop.ui.background import run_in_background
from rekindle_desktop.ui.i18n import translate
from rekindle_desktop.ui.widgets import GentleNote, heading, label, primary_button
from rekindle_desktop.ui.words import WINDOW_WORDS


class ReadableCopyDialog(QDialog):
    saved = Signal(Path)  # the folder the copy is in

    def __init__(self, records: Records, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.made: readable_copy.ReadableCopy | None = None
        self.setWindowTitle(translate("ReadableCopyDialog", "Take a readable copy"))
        self.setMinimumWidth(540)

        self.warning = label(
            translate(
                "ReadableCopyDialog",
                "This copy is not encrypted. Anyone who can open these files can read "
                "every word in them. Keep them somewhere only you can reach, and delete "
                "them when you no longer need them.",
            ),
            "note",
        )
        self.include_private = QCheckBox(
            translate("ReadableCopyDialog", "Include my private entries")
        )
        self.include_private.setChecked(False)
        self.note = GentleNote()
        self.where = label("")
        self.where.hide()
        self.save_button = primary_button(translate("ReadableCopyDialog", "Choose a folder…"))
        self.save_button.clicked.connect(self.choose_and_save)
        self.close_button = QPushButton(translate("ReadableCopyDialog", "Not now"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading(translate("ReadableCopyDialog", "Take your words with you")))
        layout.addWidget(
            label(
                translate(
                    "ReadableCopyDialog",
                    "A copy of your own entries that you can open without Rekindle: a page "
                    "to read in any web browser, day by day, and the same entries as a JSON "
                    "file. It is made only when you choose a folder, and nothing else in "
                    "that folder is touched.",
                ),
                "muted",
            )
        )
        layout.addWidget(self.warning)
        layout.addWidget(self.include_private)
        layout.addWidget(self.note)
        layout.addWidget(self.where)
        layout.addLayout(buttons)

    def choose_and_save(self) -> None:
        self.note.clear()
        start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = QFileDialog.getExistingDirectory(
            self, translate("ReadableCopyDialog", "Choose a folder for the readable copy"), start
        )
        if not name:
            return
        journal_id, clock = self.records.journal_id, self.records.clock
        own = readable_copy.own_entries(self.records)
        include = self.include_private.isChecked()
        self.save_button.setEnabled(False)
        self.save_button.setText(translate("ReadableCopyDialog", "Writing…"))
        run_in_background(
            self,
            lambda: readable_copy.write_entries_copy(
                journal_id, own, Path(name), clock, include_private=include, words=WINDOW_WORDS
            ),
            success=self._saved,
            failure=self._not_saved,
            finished=self._done,
        )

    def _done(self) -> None:
        self.save_button.setEnabled(True)
        self.save_button.setText(translate("ReadableCopyDialog", "Choose a folder…"))

    def _not_saved(self, error: UserFacingError) -> None:
        self.note.say_error(error)

    def _saved(self, made: readable_copy.ReadableCopy) -> None:
        self.made = made
        private = (
            translate("ReadableCopyDialog", "Your private entries are in it.")
            if made.private_included
            else translate("ReadableCopyDialog", "Your private entries are not in it.")
        )
        self.where.setText(
            translate(
                "ReadableCopyDialog",
                "Saved in {folder}. Open {page} in any web browser to read it; {data} "
                "holds the same entries. {private}",
            ).format(
                folder=made.folder,
                page=made.html_path.name,
                data=made.json_path.name,
                private=private,
            )
        )
        self.where.show()
        self.close_button.setText(translate("ReadableCopyDialog", "Close"))
        self.saved.emit(made.folder)
