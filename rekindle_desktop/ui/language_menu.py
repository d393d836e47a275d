"""Help ▸ Language: the window's language, kept in the plain settings file and used from
the next start (`rekindle --lang` chooses for one start only)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from rekindle_desktop.ui.i18n import LANGUAGES, save_language, saved_language, translate


class LanguageMenu(QMenu):
    """Follow the system, or one of LANGUAGES by its own name; says when it takes effect."""

    def __init__(self, say: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(translate("LanguageMenu", "Language"), parent)
        self._say = say
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self.choices: dict[str, QAction] = {}
        self._add("", translate("LanguageMenu", "Follow the system"))
        self.addSeparator()
        for code, own_name in LANGUAGES.items():
            self._add(code, own_name)  # a language's own name is never translated
        self.aboutToShow.connect(self._show_saved)
        self._show_saved()

    def _add(self, code: str, words: str) -> None:
        action = self.addAction(words)
        action.setCheckable(True)
        action.setData(code)
        self._group.addAction(action)
        action.triggered.connect(lambda _checked=False, code=code: self.choose(code))
        self.choices[code] = action

    def _show_saved(self) -> None:
        self.choices[saved_language()].setChecked(True)

    def choose(self, code: str) -> None:
        if code == saved_language():
            return
        save_language(code)
        self.choices[code].setChecked(True)
        if code:
            note = translate(
                "LanguageMenu", "Rekindle will use {language} from the next time it starts."
            ).format(language=LANGUAGES[code])
        else:
            note = translate(
                "LanguageMenu",
                "Rekindle will follow the system's language from the next time it starts.",
            )
        self._say(note)
