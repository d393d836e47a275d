"""Check-in talks: the next one follows the local day the last one was held on."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.check_ins import DEFAULT_EVERY_DAYS
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access, conversation
from tests.conftest import PASSPHRASE


def test_a_late_evening_talk_counts_on_its_local_day(
    tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    journal = access.create_journal(tmp_path, PASSPHRASE, Role.SHARING, argon2=fast_argon2).journal
    try:
        # 23:30 in Los Angeles is already the next morning in UTC.
        local = datetime(2026, 11, 25, 23, 30, tzinfo=ZoneInfo("America/Los_Angeles"))
        assert local.astimezone(UTC).date() == date(2026, 11, 26)
        conversation.add_agenda_item(journal, "How the evenings feel")
        talk = conversation.hold_talk(journal, " Calm. ", local.date(), local)

        assert talk.notes == "Calm."
        assert talk.held == "2026-11-26T07:30:00+00:00"
        assert conversation.open_agenda(journal) == []
        due = conversation.talk_due(journal, local.date(), None)
        assert due.day == local.date() + timedelta(days=DEFAULT_EVERY_DAYS)
        assert due.overdue_days == 0
    finally:
        journal.close()
