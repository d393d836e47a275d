"""Backing up a journal into one file, and restoring it without ever overwriting a journal.

A backup holds the journal folder's key file and a consistent copy of its database,
made by SQLite on the open connection and still encrypted with the journal's key: it
opens only with the passphrase or recovery code the journal had when it was made.
docs/FORMAT.md, "Backup files", describes the layout.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeGuard

from rekindle_desktop.crypto.keyslots import KeySlots, KeySlotsTooNew, KeySlotsUnreadable
from rekindle_desktop.domain.days import long_day
from rekindle_desktop.domain.words import ENGLISH, Words, fill
from rekindle_desktop.errors import UserFacingError
from rekindle_desktop.store import database
from rekindle_desktop.store.files import write_atomically
from rekindle_desktop.store.journal import DATABASE_FILE, KEYSLOTS_FILE, Journal, JournalFolder

MAGIC = b"REKINDLE-BACKUP-1\n"
FORMAT = "rekindle-backup"
VERSION = 1
MAX_HEADER = 64 * 1024
MAX_BACKUP = 4 << 30  # 4 GiB: far above any journal, and we read it whole
FILES = (KEYSLOTS_FILE, DATABASE_FILE)  # in this order; the key file is written last
SUFFIX = ".rekindle-backup"
_SHA256 = re.compile(r"[0-9a-f]{64}")


class BackupUnreadable(UserFacingError):
    """Not a Rekindle backup, or one that was damaged or cut short."""


class JournalInTheWay(UserFacingError):
    """Restore found a journal in the target folder and changed nothing."""


@dataclass(frozen=True)
class Backup:
    journal_id: str
    made: datetime
    keyslots: bytes
    database: bytes


@dataclass(frozen=True)
class BackupMade:
    path: Path
    size: int  # bytes
    entries: int
    made: datetime


@dataclass(frozen=True)
class Restored:
    folder: Path
    made: datetime  # when the backup was made
    beside: Path | None  # the journal it was restored next to, if any
    comparison: str | None  # which of the two is newer, in words


# --- making a backup ------------------------------------------------------------------


def make_backup(journal: Journal, out: Path, *, now: datetime | None = None) -> BackupMade:
    """Write a verified backup of the open journal to `out`, atomically."""
    if out.is_dir():
        raise UserFacingError("{file} is a folder.", "Choose a file name for the backup.", file=out)
    made = (now or datetime.now(UTC)).astimezone(UTC)
    try:
        keyslots = journal.folder.keyslots_path.read_bytes()
    except OSError as exc:
        raise UserFacingError(
            "The journal's key file could not be read ({reason}).",
            "Check that the journal's folder is available, then try again.",
            reason=exc.strerror or exc,
        ) from exc
    try:
        same_journal = KeySlots.from_bytes(keyslots).journal_id == journal.journal_id
    except KeySlotsUnreadable:
        same_journal = False
    if not same_journal:
        raise UserFacingError(
            "The key file in the journal's folder can't be read, or is another journal's.",
            "Nothing was written. Check the journal's folder.",
        )
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".snapshot", dir=out.parent)
        os.close(fd)
    except OSError as exc:
        raise _not_written(out, exc) from exc
    snapshot = Path(name)
    try:
        try:
            database.copy_into(journal.conn, snapshot)
            copy = snapshot.read_bytes()
        except (database.CopyFailed, OSError) as exc:
            raise _not_written(out, exc) from exc
        counts = _check_copy(journal, snapshot)
        data = _compose(journal.journal_id, made, keyslots, copy)
        try:
            write_atomically(out, data)
            written = read_backup(out.read_bytes())
        except OSError as exc:
            raise _not_written(out, exc) from exc
        if (written.keyslots, written.database) != (keyslots, copy):
            raise UserFacingError(
                "The backup in {file} did not read back as written.",
                "Make the backup again, perhaps on another disk.",
                file=out,
            )
    finally:
        with contextlib.suppress(OSError):
            snapshot.unlink()
    return BackupMade(out, len(data), counts.get("entry", 0), made)


def _check_copy(journal: Journal, snapshot: Path) -> dict[str, int]:
    """Open the copy with the journal's key, check every page, and compare row counts."""
    try:
        conn = database.open_database(snapshot, journal.db_key, read_only=True)
    except (database.NotADatabase, database.IntegrityProblem) as exc:
        raise UserFacingError(
            "The copy of your journal did not check out, so no backup was written.",
            "Try again. If it happens again, your disk may be failing.",
        ) from exc
    try:
        copied = database.row_counts(conn)
    finally:
        conn.close()
    if copied != database.row_counts(journal.conn):
        raise UserFacingError(
            "Your journal changed while the backup was being made.",
            "Nothing was written. Make the backup again.",
        )
    return copied


def _compose(journal_id: str, made: datetime, keyslots: bytes, copy: bytes) -> bytes:
    header = {
        "format": FORMAT,
        "version": VERSION,
        "journal_id": journal_id,
        "made": made.isoformat(),
        "files": [
            {"name": name, "size": len(raw), "sha256": hashlib.sha256(raw).hexdigest()}
            for name, raw in zip(FILES, (keyslots, copy), strict=True)
        ],
    }
    line = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("ascii")
    return MAGIC + line + b"\n" + keyslots + copy


def _not_written(out: Path, exc: Exception) -> UserFacingError:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return UserFacingError(
        "The backup could not be written to {file} ({reason}).",
        "Free some space or choose another folder, then try again. "
        "Your journal and any earlier backup there are unchanged.",
        file=out,
        reason=reason,
    )


# --- reading a backup -----------------------------------------------------------------


def read_backup(data: bytes) -> Backup:
    """The parts of a backup file; BackupUnreadable says plainly what is wrong."""
    if len(data) > MAX_BACKUP:
        raise BackupUnreadable("This file is far larger than any Rekindle backup.")
    if not data.startswith(MAGIC):
        raise BackupUnreadable(
            "This isn't a Rekindle backup.", "Choose a file that ends in .rekindle-backup."
        )
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    if end < 0:
        raise _damaged()
    try:
        header = json.loads(data[len(MAGIC) : end].decode("ascii"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise _damaged() from exc
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise _damaged()
    version = header.get("version")
    if not _is_int(version) or version < 1:
        raise _damaged()
    if version > VERSION:
        raise BackupUnreadable(
            "This backup was made by a newer version of Rekindle.",
            "Install the newer version to restore it.",
        )
    journal_id, made = header.get("journal_id"), _moment(header.get("made"))
    files = header.get("files")
    if not isinstance(journal_id, str) or not journal_id or made is None:
        raise _damaged()
    if not isinstance(files, list) or len(files) != len(FILES):
        raise _damaged()
    parts: list[bytes] = []
    position = end + 1
    for name, described in zip(FILES, files, strict=True):
        if not isinstance(described, dict) or described.get("name") != name:
            raise _damaged()
        size, digest = described.get("size"), described.get("sha256")
        if not _is_int(size) or size < 0 or not isinstance(digest, str):
            raise _damaged()
        if not _SHA256.fullmatch(digest):
            raise _damaged()
        part = data[position : position + size]
        position += size
        if len(part) != size or hashlib.sha256(part).hexdigest() != digest:
            raise _damaged()
        parts.append(part)
    if position != len(data):
        raise _damaged()
    keyslots, copy = parts
    try:
        slots = KeySlots.from_bytes(keyslots)
    except KeySlotsTooNew as exc:
        raise BackupUnreadable(
            "This backup holds a journal from a newer version of Rekindle.",
            "Install the newer version to restore it.",
        ) from exc
    except KeySlotsUnreadable as exc:
        raise _damaged() from exc
    if slots.journal_id != journal_id:
        raise _damaged()
    return Backup(journal_id, made, keyslots, copy)


def read_backup_file(path: Path) -> Backup:
    try:
        with path.open("rb") as stream:
            if os.fstat(stream.fileno()).st_size > MAX_BACKUP:
                raise BackupUnreadable("This file is far larger than any Rekindle backup.")
            data = stream.read()
    except OSError as exc:
        raise UserFacingError(
            "{file} could not be read ({reason}).",
            "Check the file name and that the disk it is on is available.",
            file=path,
            reason=exc.strerror or exc,
        ) from exc
    return read_backup(data)


def _damaged() -> BackupUnreadable:
    return BackupUnreadable(
        "This backup is damaged or incomplete, so it can't be restored.",
        "Nothing was changed. Try another copy of the backup, if you have one.",
    )


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _moment(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        return None


# --- restoring --------------------------------------------------------------------------


def restore(
    source: Path, target: Path, *, beside: bool = False, now: datetime | None = None
) -> Restored:
    """Restore a backup into `target`, which must not hold a journal.

    With `beside`, a journal in `target` is left as it is and the backup goes into a
    new folder next to it. Either way nothing is ever overwritten.
    """
    backup = read_backup_file(source)
    comparison: str | None = None
    next_to: Path | None = None
    if holds_journal(target):
        comparison = which_is_newer(target, backup.made)
        if not beside:
            changed = _last_changed(target)
            fields = _when_fields(changed, backup.made)
            if changed > backup.made:
                raise JournalInTheWay(
                    "There is already a journal in {folder}. It was last changed "
                    "{changed_day} at {changed_time}; the backup was made {made_day} at "
                    "{made_time}, so the journal there is newer than the backup.",
                    "Nothing was changed. Restore into an empty folder, or next to this journal.",
                    folder=target,
                    **fields,
                )
            raise JournalInTheWay(
                "There is already a journal in {folder}. It was last changed "
                "{changed_day} at {changed_time}; the backup was made {made_day} at "
                "{made_time}, so the backup is newer than the journal there.",
                "Nothing was changed. Restore into an empty folder, or next to this journal.",
                folder=target,
                **fields,
            )
        next_to = target
        target = _folder_beside(target, now or datetime.now(UTC))
    if target.exists() and not target.is_dir():
        raise UserFacingError(
            "{folder} is a file, not a folder.",
            "Choose a folder to restore the backup into.",
            folder=target,
        )
    created = not target.exists()
    written: list[Path] = []
    try:
        target.mkdir(parents=True, exist_ok=True, mode=0o700)
        where = JournalFolder(target)
        # The key file goes last: its presence is what makes a journal exist.
        parts = ((where.database_path, backup.database), (where.keyslots_path, backup.keyslots))
        for path, raw in parts:
            write_atomically(path, raw)
            written.append(path)
    except OSError as exc:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink()
        if created:
            with contextlib.suppress(OSError):
                target.rmdir()
        raise UserFacingError(
            "The backup could not be restored into {folder} ({reason}).",
            "Free some space or choose another folder, then try again. Nothing was changed.",
            folder=target,
            reason=exc.strerror or exc,
        ) from exc
    return Restored(target, backup.made, next_to, comparison)


def holds_journal(folder: Path) -> bool:
    return any((folder / name).exists() for name in (*FILES, f"{DATABASE_FILE}-wal"))


def which_is_newer(folder: Path, made: datetime, *, words: Words = ENGLISH) -> str:
    """Compare the journal in `folder` (its last change on disk) with a backup's date."""
    changed = _last_changed(folder)
    fields = _when_fields(changed, made)
    if changed > made:
        return fill(
            "It was last changed {changed_day} at {changed_time}; the backup was made "
            "{made_day} at {made_time}, so the journal there is newer than the backup.",
            fields,
            words,
        )
    return fill(
        "It was last changed {changed_day} at {changed_time}; the backup was made "
        "{made_day} at {made_time}, so the backup is newer than the journal there.",
        fields,
        words,
    )


def _last_changed(folder: Path) -> datetime:
    """When the journal in `folder` last changed on disk."""
    changed_at = max(
        (
            (folder / name).stat().st_mtime
            for name in (*FILES, f"{DATABASE_FILE}-wal")
            if (folder / name).exists()
        ),
        default=0.0,
    )
    return datetime.fromtimestamp(changed_at, UTC)


def _when_fields(changed: datetime, made: datetime) -> dict[str, object]:
    """The day (local) and time of day of the journal's last change and of the backup."""
    return {
        "changed_day": changed.astimezone().date(),
        "changed_time": f"{changed.astimezone():%H:%M}",
        "made_day": made.astimezone().date(),
        "made_time": f"{made.astimezone():%H:%M}",
    }


def when_text(moment: datetime) -> str:
    return f"{long_day(moment.astimezone().date())} at {moment.astimezone():%H:%M}"


def _folder_beside(folder: Path, now: datetime) -> Path:
    stamp = f"{now.astimezone():%Y-%m-%d-%H%M%S}"
    candidate = folder.with_name(f"{folder.name}-restored-{stamp}")
    number = 2
    while candidate.exists():
        candidate = folder.with_name(f"{folder.name}-restored-{stamp}-{number}")
        number += 1
    return candidate
