"""The few timeline files and replies opened lately (their paths only, in plain settings),
and the menu that lists them."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu, QWidget

from rekindle_desktop.ui.i18n import translate

MOST = 5
_KEY = "recent/files"


class RecentFiles:
    """Newest first, at most MOST, and only files that are still there."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings

    def paths(self) -> list[Path]:
        return [p for p in self._stored() if p.is_file()][:MOST]

    def add(self, path: Path) -> None:
        path = Path(os.path.abspath(path))
        kept = [path, *(p for p in self._stored() if p != path and p.is_file())]
        self._settings.setValue(_KEY, [str(p) for p in kept[:MOST]])
        self._settings.sync()

    def clear(self) -> None:
        self._settings.remove(_KEY)
        self._settings.sync()

    def _stored(self) -> list[Path]:
        value = self._settings.value(_KEY, [])
        names = [value] if isinstance(value, str) else value  # a list of one reads as text
        if not isinstance(names, list):
            return []
        return [Path(name) for name in names if isinstance(name, str) and name]


class RecentMenu(QMenu):
    """Journal ▸ Recent files: filled each time it opens, so it never shows a file
    that has gone. The window disables it while the journal is locked."""

    def __init__(
        self, recent: RecentFiles, open_file: Callable[[Path], None], parent: QWidget
    ) -> None:
        super().__init__(translate("RecentFiles", "Recent files"), parent)
        self.setObjectName("recentFiles")
        self.setToolTipsVisible(True)
        self._recent = recent
        self._open_file = open_file
        self.aboutToShow.connect(self.fill)

    def fill(self) -> None:
        self.clear()
        paths = self._recent.paths()
        for number, path in enumerate(paths, 1):
            action = self.addAction(f"&{number} {path.name.replace('&', '&&')}")
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self._open_file(p))
        if not paths:
            self.addAction(translate("RecentFiles", "No files opened yet")).setEnabled(False)
            return
        self.addSeparator()
        self.addAction(translate("RecentFiles", "Clear this list")).triggered.connect(
            self._recent.clear
        )
