"""Drafts kept through a lock: rows of JSON in the encrypted journal, nowhere else."""

from __future__ import annotations

from collections.abc import Sequence

from sqlcipher3 import dbapi2

from rekindle_desktop.store.database import Connection, transaction


class NotKept(Exception):
    """SQLite refused the write for a reason other than a full disk (see DiskFull)."""


def replace_all(conn: Connection, bodies: Sequence[str]) -> None:
    """Keep exactly `bodies`, in order, in one transaction (all of them or none).

    A full disk raises DiskFull (from `transaction`); any other refusal NotKept.
    """
    try:
        with transaction(conn):
            conn.execute("DELETE FROM kept_draft")
            conn.executemany("INSERT INTO kept_draft (body) VALUES (?)", [(b,) for b in bodies])
    except dbapi2.Error as exc:
        raise NotKept(str(exc)) from exc


def all_bodies(conn: Connection) -> list[str]:
    return [str(row[0]) for row in conn.execute("SELECT body FROM kept_draft ORDER BY id")]


def forget_all(conn: Connection) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM kept_draft")
