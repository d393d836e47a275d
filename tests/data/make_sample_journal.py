"""Writes tests/data/journal-vN: a journal as this version of Rekindle leaves it.

Run once per schema version and commit the folder; the test suite checks that every
sample still opens, so a migration that breaks old journals fails a test.
    python tests/data/make_sample_journal.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from rekindle_desktop.crypto.kdf import FLOOR_ARGON2
from rekindle_desktop.domain.drafts import KeptDraft, Where
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import drafts, requests, sharing, stopping
from rekindle_desktop.services.access import create_journal
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.demo import write_demo
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.store import entries as entry_store
from rekindle_desktop.store import settings
from rekindle_desktop.store import sharing as sharing_store
from rekindle_desktop.store.journal import Journal
from rekindle_desktop.store.schema import CURRENT_VERSION

PASSPHRASE = "sample journal passphrase, not secret"


def main() -> int:
    folder = Path(__file__).parent / f"journal-v{CURRENT_VERSION}"
    if folder.exists():
        print(f"{folder} exists; sample journals are never rewritten", file=sys.stderr)
        return 1
    created = create_journal(folder, PASSPHRASE, Role.BOTH, argon2=FLOOR_ARGON2)
    with created.journal as journal:
        journal.set(settings.AUTO_LOCK_MINUTES, 7)
        # A short story with every kind of entry, so later versions must still read them.
        count = write_demo(journal, days=21, seed=5, clock=Clock(UTC, datetime(2026, 11, 25, 18)))
        shared = _share_once(journal, folder.parent)
        # Words typed but not saved when it locked (schema 5), to be restored at unlock.
        kept = [
            KeptDraft(Where.QUICK_LOG, {"kind": "note", "text": "Half-typed when it locked"}),
            KeptDraft(Where.ENTRY_FORM, {"kind": "plan", "purpose": "Dinner", "place": "Home"}),
        ]
        drafts.keep(journal, kept)
        if CURRENT_VERSION >= 7:  # schema 7: a trigger kept privately, and a request
            moment = requests.log_trigger(journal, "A song on the radio", strength=2)
            requests.ask_about(journal, moment)
        pairings = len(sharing_store.pairings(journal.conn))
        count = entry_store.count(journal.conn)  # the demo's, and an ending (schema 6)
        journal.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    facts = {
        "schema_version": CURRENT_VERSION,
        "passphrase": PASSPHRASE,
        "recovery_code": created.recovery_code,
        "role": "both",
        "auto_lock_minutes": 7,
        "entries": count,
        "shared_leaves": shared,
        "kept_drafts": len(kept),
        "pairings": pairings,
    }
    (folder.parent / f"journal-v{CURRENT_VERSION}.json").write_text(json.dumps(facts, indent=2))
    print(f"wrote {folder}")
    return 0


def _share_once(journal: Journal, scratch: Path) -> int:
    """Pair with a throwaway partner and export once, so sharing tables hold data too."""
    with tempfile.TemporaryDirectory(dir=scratch) as tmp:
        partner = create_journal(
            Path(tmp) / "partner", PASSPHRASE, Role.REVIEWING, argon2=FLOOR_ARGON2
        ).journal
        for one, other in ((journal, partner), (partner, journal)):
            sharing.confirm_pairing(one, sharing.preview_pairing(one, sharing.pairing_code(other)))
        sharing.export(journal, Path(tmp) / "timeline.rekindle")
        partner.close()
        # Schema 6: that pairing ends with a last file, and a new one starts a new log.
        stopping.stop_sharing(
            JournalLog(journal, Clock(UTC, datetime(2026, 11, 25, 19))),
            last_file=Path(tmp) / "last.rekindle",
            words="Stopping for now.",
        )
        again = create_journal(
            Path(tmp) / "again", PASSPHRASE, Role.REVIEWING, argon2=FLOOR_ARGON2
        ).journal
        for one, other in ((journal, again), (again, journal)):
            keys = sharing.read_partner_code(one, sharing.pairing_code(other), new_pairing=True)
            sharing.confirm_pairing(one, keys.preview())
        result = sharing.export(journal, Path(tmp) / "again.rekindle")
        again.close()
    return result.size


if __name__ == "__main__":
    raise SystemExit(main())
