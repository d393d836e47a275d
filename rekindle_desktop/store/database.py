"""Opening the SQLCipher database with a raw 32-byte key (SECURITY.md R1, R4)."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import cast

import sqlcipher3
from sqlcipher3 import dbapi2

from rekindle_desktop.crypto.wipe import wipe
from rekindle_desktop.errors import DiskFull, FolderReadOnly
from rekindle_desktop.store.schema import CURRENT_VERSION, MIGRATIONS

# sqlcipher3 mirrors the standard library's sqlite3 API; we type it as such.
Connection = sqlite3.Connection

# The sqlcipher3 wheel we pin bundles this SQLCipher major version.
REQUIRED_CIPHER_MAJOR = 4

# Prepared statements kept per connection. Each one holds some of SQLite's small per-connection
# "lookaside" memory; once that runs out, every row written is a malloc that
# cipher_memory_security (R4) must mlock and munlock. With the default 128, accepting a
# ten-year timeline file took 1.9 s instead of 1.1 s: 188,000 mlock calls instead of 5,000.
CACHED_STATEMENTS = 4


@contextmanager
def transaction(conn: Connection) -> Iterator[None]:
    """What the block writes is saved whole or not at all (BEGIN IMMEDIATE … COMMIT).

    A full disk makes SQLite roll back by itself, so ROLLBACK runs only while the
    transaction is still open (else its own error would hide the real one); and a full
    disk is told as such, with nothing changed.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    except dbapi2.OperationalError as exc:
        trouble = _said_by_sqlite(exc)
        if trouble is DiskTrouble.FULL:
            raise DiskFull(
                "There isn't enough free disk space to save this, so nothing was saved.",
                "Your journal is unchanged. Free some space on this computer, then try again.",
            ) from exc
        if trouble is DiskTrouble.READ_ONLY:  # e.g. a disk the system made read-only
            raise FolderReadOnly(
                "Rekindle can't write to your journal's folder any more, so this wasn't saved.",
                "Check that the disk is connected and that you may write there, then open "
                "Rekindle again. Nothing already saved was changed.",
            ) from exc
        raise


class DiskTrouble(StrEnum):
    """Why the disk, not the journal's contents, stopped SQLite."""

    READ_ONLY = "read-only"  # a read-only disk, folder or file
    FULL = "full"
    UNREADABLE = "unreadable"  # an I/O error nothing else explains


class DiskRefused(Exception):
    """The disk would not let the journal be opened; nothing in it was changed."""

    def __init__(self, trouble: DiskTrouble, detail: str) -> None:
        super().__init__(f"{trouble.value}: {detail}")
        self.trouble = trouble


# Less free space than this is a full disk: opening needs room for SQLite's -wal and
# -shm files, and SQLite says "disk I/O error" when it cannot make them.
LOW_SPACE_BYTES = 1024 * 1024


def disk_trouble(exc: dbapi2.Error, path: Path) -> DiskTrouble | None:
    """What the disk has to do with SQLite's `exc` about `path`; None if nothing (then the
    error is about the file itself, e.g. a wrong key or damaged pages)."""
    said = _said_by_sqlite(exc)
    if said is not None:
        return said
    name = str(getattr(exc, "sqlite_errorname", ""))
    text = str(exc)
    if name in ("SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM") or any(
        words in text for words in ("unable to open", "disk I/O error", "access permission")
    ):
        return _look_at_disk(path) or DiskTrouble.UNREADABLE
    return None


def _said_by_sqlite(exc: dbapi2.Error) -> DiskTrouble | None:
    name = str(getattr(exc, "sqlite_errorname", ""))
    text = str(exc)
    if name == "SQLITE_FULL" or "database or disk is full" in text:
        return DiskTrouble.FULL
    if name == "SQLITE_READONLY" or "readonly database" in text:
        return DiskTrouble.READ_ONLY
    return None


def _look_at_disk(path: Path) -> DiskTrouble | None:
    """Asks the system, without writing anything: a read-only place, or no room left?"""
    folder = path.parent
    statvfs = getattr(os, "statvfs", None)  # not on Windows
    try:
        if statvfs is not None and statvfs(folder).f_flag & getattr(os, "ST_RDONLY", 1):
            return DiskTrouble.READ_ONLY
        if not _may_write(folder) or (path.exists() and not _may_write(path)):
            return DiskTrouble.READ_ONLY
        if free_bytes(folder) < LOW_SPACE_BYTES:
            return DiskTrouble.FULL
    except OSError:
        return None
    return None


def _may_write(path: Path) -> bool:
    # The effective user is the one the system checks (it differs under sudo -u and alike).
    return os.access(path, os.W_OK, effective_ids=os.access in os.supports_effective_ids)


def free_bytes(folder: Path) -> int:
    """Space left for an ordinary user on the disk that holds `folder`."""
    return shutil.disk_usage(folder).free


class NotADatabase(Exception):
    """The key does not open the file, or the file is damaged."""


class SchemaTooNew(Exception):
    def __init__(self, found: int) -> None:
        super().__init__(f"schema version {found} is newer than {CURRENT_VERSION}")
        self.found = found


class IntegrityProblem(Exception):
    """`cipher_integrity_check` found damaged pages."""


def open_database(
    path: Path,
    key: bytes | bytearray,
    *,
    create: bool = False,
    read_only: bool = False,
    check_pages: bool = True,
) -> Connection:
    """An open connection to the journal database, checked and migrated.

    Unless `read_only` (the backup's check of its own fresh copy, which reports any
    failure itself), a disk that refuses (read-only, full, failing) raises `DiskRefused`,
    never `NotADatabase`.

    The key goes in as a hex blob literal built from bytes we generated, never as
    text a person typed (`x'<64 hex>'`, the text `PRAGMA key` takes, handed to
    `sqlite3_key` in a bytearray wiped at once rather than in SQL text, which Python
    would keep in an immutable str and its statement cache). A wrong key only shows
    at the first read, so we read at once.
    Every page's HMAC is checked unless `check_pages` is False: for opening again a
    database another connection has just checked (it reads the whole file), or one whose
    pages are being checked beside (`check_every_page`), before anything of it is shown.
    A database that needs migrating is checked first all the same.
    """
    if len(key) != 32:
        raise ValueError("database keys are 32 bytes")
    if not create and not path.exists():
        raise FileNotFoundError(path)
    if create and not path.exists():
        # Owner-only from the first byte; SQLite gives -wal and -shm the same mode.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rwc' if create else 'rw'}"
    try:
        conn = cast(
            Connection,
            sqlcipher3.connect(
                uri, uri=True, isolation_level=None, cached_statements=CACHED_STATEMENTS
            ),
        )
    except dbapi2.OperationalError as exc:
        trouble = None if read_only else disk_trouble(exc, path)
        if trouble is None:
            raise
        raise DiskRefused(trouble, str(exc)) from exc
    try:
        _key_and_check(conn, path, key, read_only=read_only, check_pages=check_pages)
    except dbapi2.OperationalError as exc:
        conn.close()
        trouble = None if read_only else disk_trouble(exc, path)
        if trouble is None:
            raise
        raise DiskRefused(trouble, str(exc)) from exc
    except BaseException:
        conn.close()
        raise
    return conn


def check_every_page(conn: Connection) -> None:
    """Every page's HMAC (SECURITY.md R4); `IntegrityProblem` names what is damaged."""
    problems = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
    if problems:
        raise IntegrityProblem("; ".join(problems[:5]))


def _key_and_check(
    conn: Connection, path: Path, key: bytes | bytearray, *, read_only: bool, check_pages: bool
) -> None:
    literal = raw_key_literal(key)
    try:
        conn.set_key(literal)  # type: ignore[attr-defined]
    finally:
        wipe(literal)
    conn.execute("PRAGMA cipher_memory_security = ON")
    _check_cipher_version(conn)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi2.DatabaseError as exc:
        # A read-only folder, a full or failing disk also stop this first read: they
        # must never be told as a damaged journal (which sends people to their backups).
        trouble = None if read_only else disk_trouble(exc, path)
        if trouble is not None:
            raise DiskRefused(trouble, str(exc)) from exc
        raise NotADatabase(str(exc)) from exc
    if version > CURRENT_VERSION:
        raise SchemaTooNew(version)
    if check_pages or version < CURRENT_VERSION:  # a migration reads only checked pages
        check_every_page(conn)
    if read_only:
        conn.execute("PRAGMA query_only = ON")
        return
    conn.execute("PRAGMA journal_mode = WAL")
    # A worker's connection may be writing (a review, an export's record): wait for it.
    conn.execute("PRAGMA busy_timeout = 10000")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # 16 MiB of decrypted pages instead of 2: reading ten years of entries
    # decrypts each page once instead of several times.
    conn.execute("PRAGMA cache_size = -16384")
    _migrate(conn, version)
    _check_writable(conn)


def _check_writable(conn: Connection) -> None:
    """SQLite opens a file it may not write read-only, without a word. Writing the
    version it already has, in a transaction rolled back at once (nothing reaches the
    disk), finds that out now rather than at the first save. Busy means another
    connection is writing, so the disk takes writes."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(f"PRAGMA user_version = {version}")
    except dbapi2.OperationalError as exc:
        if _said_by_sqlite(exc) is not None:
            raise
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


_HEX = b"0123456789abcdef"


def raw_key_literal(key: bytes | bytearray) -> bytearray:
    """`x'<64 hex>'` in a bytearray, with no str or bytes copy of the key on the way.

    SQLCipher reads a key of exactly this form as a raw key, not a passphrase (R1).
    """
    literal = bytearray(len(key) * 2 + 3)
    literal[0:2] = b"x'"
    for i, byte in enumerate(key):
        literal[2 + 2 * i] = _HEX[byte >> 4]
        literal[3 + 2 * i] = _HEX[byte & 15]
    literal[-1] = ord("'")
    return literal


def _check_cipher_version(conn: Connection) -> None:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    if row is None:
        raise RuntimeError("this sqlite3 build has no SQLCipher in it")
    major = int(str(row[0]).split(".", 1)[0])
    if major != REQUIRED_CIPHER_MAJOR:
        raise RuntimeError(f"SQLCipher {row[0]} found, {REQUIRED_CIPHER_MAJOR}.x required")


def _migrate(conn: Connection, version: int) -> None:
    # One transaction per migration, so a crash mid-way leaves the last good version.
    for number in range(version, CURRENT_VERSION):
        try:
            script = MIGRATIONS[number]
            conn.executescript(
                f"BEGIN IMMEDIATE; {script}; PRAGMA user_version = {number + 1}; COMMIT;"
            )
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


class CopyFailed(Exception):
    """SQLite could not write the copy (disk full, I/O error, …)."""


def copy_into(conn: Connection, target: Path) -> None:
    """A consistent copy of the open database in `target` (which must be empty).

    `VACUUM INTO` reads one snapshot and writes it under the same key, so the copy is
    as encrypted as the journal itself.
    """
    try:
        conn.execute("VACUUM INTO ?", (str(target),))
    except dbapi2.Error as exc:
        raise CopyFailed(str(exc)) from exc


def row_counts(conn: Connection) -> dict[str, int]:
    """Rows in every ordinary table: a cheap way to compare a copy with its original."""
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
        )
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]) for name in names
    }
