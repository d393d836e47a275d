"""The journal's schema and its forward migrations.

`PRAGMA user_version` holds the schema version. A migration is appended, never
edited; a journal from a newer version is refused before anything is written.
"""

from __future__ import annotations

from collections.abc import Sequence

MIGRATIONS: Sequence[str] = (
    # 1: the journal's own facts and typed settings.
    """
    CREATE TABLE journal_meta (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;
    CREATE TABLE setting (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT;
    """,
)

CURRENT_VERSION = len(MIGRATIONS)
