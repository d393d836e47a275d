"""Reminders in the app: inside the window without a tray, once each, and off when asked."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import Draft, EntryKind, Plan
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.journal_session import JournalSession
from rekindle_desktop.services.records import Records
from rekindle_desktop.store import settings
from rekindle_desktop.store.journal import Journal
from rekindle_desktop.ui.reminders import NO_TRAY, ReminderCenter, RemindersDialog
from tests.conftest import PASSPHRASE

ZONE = ZoneInfo("Europe/Oslo")
EVENING = Clock(ZONE, datetime(2026, 11, 25, 20, 30, tzinfo=ZONE))


@pytest.fixture
def journal(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[Journal]:
    created = access.create_journal(tmp_path / "j", PASSPHRASE, Role.SHARING, argon2=fast_argon2)
    log = JournalLog(created.journal, EVENING)
    start = Moment.from_local(datetime(2026, 11, 25, 17, tzinfo=ZONE))
    end = Moment.from_local(datetime(2026, 11, 25, 19, tzinfo=ZONE))
    log.add(Draft(EntryKind.PLAN, start, Plan(start, end, "Aunt Mira's flat", "", "Secret dinner")))
    yield created.journal
    created.journal.close()


def test_without_a_tray_reminders_appear_in_the_window_once(qtbot: QtBot, journal: Journal) -> None:
    said: list[str] = []
    center = ReminderCenter(lambda: Records(journal, EVENING), said.append, use_tray=False)
    assert center.inside_window
    with qtbot.waitSignal(center.shown):
        center.start()
    center.stop()
    assert said and said[0].startswith("A plan has ended")
    assert all("Mira" not in s and "Secret" not in s for s in said)  # no private words
    assert center.check() == []  # never twice
    assert len(said) == 2  # the plan, and the first check-in talk (due any day)


def test_turned_off_nothing_is_said(qtbot: QtBot, journal: Journal) -> None:
    dialog = RemindersDialog(JournalSession(journal), inside_window=True)
    qtbot.addWidget(dialog)
    assert any(NO_TRAY in w.text() for w in dialog.findChildren(QLabel))
    dialog.enabled.setChecked(False)
    dialog.quiet_from.setValue(21)
    dialog.save()
    assert journal.get(settings.REMINDERS_ON) is False
    assert journal.get(settings.QUIET_FROM_HOUR) == 21
    said: list[str] = []
    center = ReminderCenter(lambda: Records(journal, EVENING), said.append, use_tray=False)
    assert center.check() == [] and said == []


def test_a_locked_journal_reminds_of_nothing(qtbot: QtBot, journal: Journal) -> None:
    said: list[str] = []
    center = ReminderCenter(lambda: None, said.append, use_tray=False)
    assert center.check() == [] and said == []
