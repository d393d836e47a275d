"""Opening the SQLCipher database with a raw 32-byte key (SECURITY.md R1, R4)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import cast

import sqlcipher3
from sqlcipher3 import dbapi2

from rekindle_desktop.crypto.wipe import wipe
from rekindle_desktop.errors import DiskFull
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
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, dbapi2.OperationalError) and "full" in str(exc):
            raise DiskFull(
                "There isn't enough free disk space to save this, so nothing was saved.",
                "Your journal is unchanged. Free some space on this computer, then try again.",
            ) from exc
        raise


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

    The key goes in as a hex blob literal built from bytes we generated, never as
    text a person typed (`x'<64 hex>'`, the text `PRAGMA key` takes, handed to
    `sqlite3_key` in a bytearray wiped at once rather than in SQL text, which Python
    would keep in an immutable str and its statement cache). A wrong key only shows
    at the first read, so we read at once.
    Every page's HMAC is checked unless `check_pages` is False, which is only for opening
    again a database another connection has just checked (it reads the whole file).
    """
    if len(key) != 32:
        raise ValueError("database keys are 32 bytes")
    if not create and not path.exists():
        raise FileNotFoundError(path)
    if create and not path.exists():
        # Owner-only from the first byte; SQLite gives -wal and -shm the same mode.
        os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    uri = f"{path.resolve().as_uri()}?mode={'ro' if read_only else 'rwc' if create else 'rw'}"
    conn = cast(
        Connection,
        sqlcipher3.connect(
            uri, uri=True, isolation_level=None, cached_statements=CACHED_STATEMENTS
        ),
    )
    try:
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
            raise NotADatabase(str(exc)) from exc
        if version > CURRENT_VERSION:
            raise SchemaTooNew(version)
        problems = (
            [row[0] for row in conn.execute("PRAGMA cipher_integrity_check")]
            if check_pages
            else []
        )
        if problems:
            raise IntegrityProblem("; ".join(problems[:5]))
        if not read_only:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            # 16 MiB of decrypted pages instead of 2: reading ten years of entries
            # decrypts each page once instead of several times.
            conn.execute("PRAGMA cache_size = -16384")
            _migrate(conn, version)
        else:
            conn.execute("PRAGMA query_only = ON")
    except BaseException:
        conn.close()
        raise
    return conn


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
