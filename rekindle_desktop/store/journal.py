"""One journal: a folder holding the key slot file and the encrypted database."""

from __future__ import annotations

import contextlib
import os
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar

from sqlcipher3 import dbapi2

from rekindle_desktop.crypto.keyslots import KeySlots, KeySlotsTooNew, KeySlotsUnreadable
from rekindle_desktop.crypto.wipe import wipe
from rekindle_desktop.errors import (
    DiskFull,
    DiskUnreadable,
    FolderReadOnly,
    JournalDamaged,
    JournalNotFound,
    JournalTooNew,
    UserFacingError,
)
from rekindle_desktop.store import database
from rekindle_desktop.store.files import write_atomically
from rekindle_desktop.store.settings import Setting

T = TypeVar("T")

KEYSLOTS_FILE = "keyslots.json"
DATABASE_FILE = "journal.db"

# Every other name Rekindle itself gives a file in a journal folder: SQLite's rollback
# journal, what set_aside_interrupted_setup moves aside, and write_atomically's temp
# files (".<name>.<random>.tmp", left only by a crash mid-write).
_OWN_FILE_NAMES = re.compile(
    r"journal\.db-journal"
    r"|journal\.db(?:-wal|-shm)?\.interrupted-\d{8}-\d{6}"
    r"|\.(?:keyslots\.json|journal\.db)\.[A-Za-z0-9_]+\.tmp"
)


def disk_refused(folder: Path, trouble: database.DiskTrouble) -> UserFacingError:
    """Plain words for a disk that would not let the journal open: never "damaged"."""
    if trouble is database.DiskTrouble.READ_ONLY:
        return FolderReadOnly(
            "Rekindle can't write to your journal in {folder}.",
            "Check that the disk is connected and that you may write to that folder and its "
            "files, then open Rekindle again. Nothing in your journal was changed.",
            folder=folder,
        )
    if trouble is database.DiskTrouble.FULL:
        return DiskFull(
            "The disk that holds your journal is full ({folder}).",
            "Free some space, then open Rekindle again. Nothing in your journal was changed.",
            folder=folder,
        )
    return DiskUnreadable(
        "The disk that holds your journal could not be read or written ({folder}).",
        "Check that the disk is connected and working, then open Rekindle again. "
        "Nothing in your journal was changed.",
        folder=folder,
    )


@dataclass(frozen=True)
class JournalFolder:
    path: Path

    @property
    def keyslots_path(self) -> Path:
        return self.path / KEYSLOTS_FILE

    @property
    def database_path(self) -> Path:
        return self.path / DATABASE_FILE

    def exists(self) -> bool:
        return self.keyslots_path.is_file()

    def read_keyslots(self) -> KeySlots:
        try:
            raw = self.keyslots_path.read_bytes()
        except FileNotFoundError as exc:
            raise JournalNotFound(
                "There is no Rekindle journal in {folder}.",
                "Check the folder, or set up a new journal.",
                folder=self.path,
            ) from exc
        except OSError as exc:
            raise JournalDamaged(
                "The journal in {folder} could not be read ({reason}).",
                "Check that the folder is available and readable, then try again.",
                folder=self.path,
                reason=exc.strerror,
            ) from exc
        try:
            return KeySlots.from_bytes(raw)
        except KeySlotsTooNew as exc:
            raise JournalTooNew(
                "This journal was set up by a newer version of Rekindle.",
                "Install the newer version to open it. Your journal's files have not been changed.",
            ) from exc
        except KeySlotsUnreadable as exc:
            raise JournalDamaged(
                "The journal's key file is damaged, so it cannot be unlocked here.",
                "Restore the folder from a backup. Your journal's files have not been changed.",
            ) from exc

    def write_keyslots(self, slots: KeySlots) -> None:
        write_atomically(self.keyslots_path, slots.to_bytes())

    def own_file_names(self) -> list[str]:
        """The names of the files Rekindle made in this folder that are there now: the
        key file first (its presence is what makes the journal exist), then the
        database and its companions. Anything else in the folder is the person's."""
        main = [KEYSLOTS_FILE, DATABASE_FILE, f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm"]
        present = set(os.listdir(self.path))
        others = sorted(n for n in present if n not in main and _OWN_FILE_NAMES.fullmatch(n))
        return [n for n in main if n in present] + others

    def set_aside_interrupted_setup(self) -> None:
        """A database with no key file is left from a setup that never finished.

        Its key was never saved, so it cannot hold anything readable; we still move
        it aside rather than delete it.
        """
        if self.database_path.exists() and not self.exists():
            stamp = time.strftime("%Y%m%d-%H%M%S")
            for suffix in ("", "-wal", "-shm"):
                old = self.path / f"{DATABASE_FILE}{suffix}"
                if old.exists():
                    old.rename(self.path / f"{DATABASE_FILE}{suffix}.interrupted-{stamp}")


class Journal:
    """An unlocked journal. Holds the open database and the key until `close()`."""

    def __init__(
        self,
        folder: JournalFolder,
        keyslots: KeySlots,
        conn: database.Connection,
        db_key: bytes | bytearray,
    ) -> None:
        self.folder = folder
        self.keyslots = keyslots
        self.conn = conn
        self._db_key = bytearray(db_key)

    @property
    def journal_id(self) -> str:
        return self.keyslots.journal_id

    @property
    def db_key(self) -> bytes:
        """A copy of the key as `bytes`, which Python cannot wipe: prefer `with_key`."""
        if not self._db_key:
            raise RuntimeError("the journal is locked")
        return bytes(self._db_key)

    def with_key(self, use: Callable[[bytearray], T]) -> T:
        """What `use` makes of the key, lent without a copy; `use` must not keep it."""
        if not self._db_key:
            raise RuntimeError("the journal is locked")
        return use(self._db_key)

    @property
    def is_open(self) -> bool:
        return bool(self._db_key)

    def save_keyslots(self, keyslots: KeySlots) -> None:
        self.folder.write_keyslots(keyslots)
        self.keyslots = keyslots

    def get(self, setting: Setting[T]) -> T:
        row = self.conn.execute(
            "SELECT value FROM setting WHERE key = ?", (setting.key,)
        ).fetchone()
        if row is None:
            return setting.default
        try:
            return setting.parse(row[0])
        except ValueError:
            return setting.default

    def set(self, setting: Setting[T], value: T) -> None:
        text = setting.dump(value)
        setting.parse(text)  # refuse what we could not read back
        self.conn.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (setting.key, text),
        )

    def set_read_only(self, read_only: bool) -> None:
        """Refuse every write through this connection (presentation mode), or allow them
        again. Other connections to the journal are not affected."""
        self.conn.execute(f"PRAGMA query_only = {'ON' if read_only else 'OFF'}")

    def keep_pages(self, kib: int) -> None:
        """Keep up to `kib` KiB of decrypted pages in memory on this connection."""
        self.conn.execute(f"PRAGMA cache_size = -{int(kib)}")

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM journal_meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def check_every_page(self) -> None:
        """What opening checks unless told it is done beside (`open_unlocked`): every
        page's HMAC. Raises JournalDamaged."""
        try:
            database.check_every_page(self.conn)
        except (database.IntegrityProblem, dbapi2.DatabaseError) as exc:
            raise _damaged() from exc

    def close(self) -> None:
        """Forget the key and close the database (what "lock" means)."""
        wipe(self._db_key)
        self._db_key = bytearray()
        with contextlib.suppress(Exception):
            self.conn.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def create_database(
    folder: JournalFolder, journal_id: str, db_key: bytes | bytearray
) -> database.Connection:
    try:
        conn = database.open_database(folder.database_path, db_key, create=True)
    except database.DiskRefused as exc:
        raise disk_refused(folder.path, exc.trouble) from exc
    with database.transaction(conn):
        conn.executemany(
            "INSERT INTO journal_meta (key, value) VALUES (?, ?)",
            [("journal_id", journal_id), ("created_at", datetime.now(UTC).isoformat())],
        )
    return conn


def open_unlocked(
    folder: JournalFolder,
    keyslots: KeySlots,
    db_key: bytes | bytearray,
    *,
    check_pages: bool = True,
) -> Journal:
    """Open the database with a key already unwrapped from a slot."""
    try:
        conn = database.open_database(folder.database_path, db_key, check_pages=check_pages)
    except FileNotFoundError as exc:
        raise JournalDamaged(
            "The journal's key file is here, but its database is missing.",
            "Restore the folder from a backup, or check whether journal.db was moved.",
        ) from exc
    except database.DiskRefused as exc:
        raise disk_refused(folder.path, exc.trouble) from exc
    except database.SchemaTooNew as exc:
        raise JournalTooNew(
            "This journal was last used by a newer version of Rekindle.",
            "Install the newer version to open it. Your journal's files have not been changed.",
        ) from exc
    except (database.NotADatabase, database.IntegrityProblem) as exc:
        raise _damaged() from exc
    stored_id = conn.execute("SELECT value FROM journal_meta WHERE key = 'journal_id'").fetchone()
    if stored_id is None or stored_id[0] != keyslots.journal_id:
        conn.close()
        raise JournalDamaged(
            "The key file and the database in this folder belong to different journals.",
            "Restore the folder from a backup. Your journal's files have not been changed.",
        )
    return Journal(folder, keyslots, conn, db_key)


def _damaged() -> JournalDamaged:
    return JournalDamaged(
        "Rekindle could unlock this journal, but its database is damaged.",
        "Restore it from a backup. Your journal's files have not been changed.",
    )


def new_journal_id() -> str:
    return uuid.uuid4().hex
