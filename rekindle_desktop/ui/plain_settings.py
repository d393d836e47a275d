"""Rekindle's few settings kept outside any journal, in plain QSettings.

Only how the window sits on the screen and which files were opened lately (their
paths, never what they hold). Everything from a journal stays inside it, encrypted.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from rekindle_desktop import APP_NAME


def plain_settings() -> QSettings:
    """The per-user settings file (on Linux ~/.config/Rekindle/Rekindle.conf).

    Named by path, not by QSettings' organisation and application names: Qt reads those
    folders once per process, and this follows XDG_CONFIG_HOME wherever it points now.
    """
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return QSettings(str(Path(folder) / APP_NAME / f"{APP_NAME}.conf"), QSettings.Format.IniFormat)
