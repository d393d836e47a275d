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
    # 2: the append-only log of entries, its full-text index, and saved places.
    """
    CREATE TABLE entry (
        id       INTEGER PRIMARY KEY,          -- place in the log, from 1
        kind     TEXT NOT NULL,
        happened TEXT NOT NULL,                -- Moment text: UTC plus the local offset
        logged   TEXT NOT NULL,
        private  INTEGER NOT NULL DEFAULT 0,
        target   INTEGER REFERENCES entry (id), -- what an outcome/correction/withdrawal is about
        body     TEXT NOT NULL                 -- JSON, see domain.entries.body_to_json
    ) STRICT;
    CREATE INDEX entry_by_happened ON entry (happened);
    CREATE INDEX entry_by_target ON entry (target);
    CREATE TRIGGER entry_never_updated BEFORE UPDATE ON entry
        BEGIN SELECT RAISE(ABORT, 'entries are append-only'); END;
    CREATE TRIGGER entry_never_deleted BEFORE DELETE ON entry
        BEGIN SELECT RAISE(ABORT, 'entries are append-only'); END;
    CREATE VIRTUAL TABLE entry_text USING fts5 (
        text, content = '', tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TABLE place (
        name     TEXT PRIMARY KEY,
        position INTEGER NOT NULL
    ) STRICT;
    """,
    # 3: sharing. This journal's own keys, the partner it is paired with, the shared
    # log as it has left (sharer), and every checkpoint and leaf accepted (reviewer).
    """
    CREATE TABLE own_identity (
        id           INTEGER PRIMARY KEY CHECK (id = 1),
        signing_seed BLOB NOT NULL,
        age_identity TEXT NOT NULL,
        created      TEXT NOT NULL
    ) STRICT;
    CREATE TABLE partner (
        side          TEXT PRIMARY KEY CHECK (side IN ('sharer', 'reviewer')),
        signing_key   BLOB NOT NULL,
        age_recipient TEXT NOT NULL,
        safety_phrase TEXT NOT NULL,
        paired        TEXT NOT NULL
    ) STRICT;
    CREATE TABLE shared_leaf (
        leaf_index INTEGER PRIMARY KEY,
        entry_id   INTEGER NOT NULL UNIQUE REFERENCES entry (id),
        leaf       BLOB NOT NULL
    ) STRICT;
    CREATE TRIGGER shared_leaf_never_updated BEFORE UPDATE ON shared_leaf
        BEGIN SELECT RAISE(ABORT, 'the shared log is append-only'); END;
    CREATE TRIGGER shared_leaf_never_deleted BEFORE DELETE ON shared_leaf
        BEGIN SELECT RAISE(ABORT, 'the shared log is append-only'); END;
    CREATE TABLE partner_leaf (
        leaf_index INTEGER PRIMARY KEY,
        leaf       BLOB NOT NULL
    ) STRICT;
    CREATE TRIGGER partner_leaf_never_updated BEFORE UPDATE ON partner_leaf
        BEGIN SELECT RAISE(ABORT, 'accepted entries are kept as they were'); END;
    CREATE TRIGGER partner_leaf_never_deleted BEFORE DELETE ON partner_leaf
        BEGIN SELECT RAISE(ABORT, 'accepted entries are kept as they were'); END;
    CREATE TABLE accepted_checkpoint (
        id          INTEGER PRIMARY KEY,
        size        INTEGER NOT NULL,
        root        BLOB NOT NULL,
        note        TEXT NOT NULL,
        accepted_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE reviewer_note (
        id       INTEGER PRIMARY KEY,
        written  TEXT NOT NULL,
        text     TEXT NOT NULL,
        question INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    """,
    # 4: conversation. Each partner's own feelings ratings, check-in talks with their
    # agendas, and the reviewer's reply files (made on one side, received on the other).
    """
    CREATE TABLE feeling (
        day        TEXT PRIMARY KEY,   -- one rating per day; a later one replaces it
        safety     INTEGER CHECK (safety BETWEEN 1 AND 5),
        trust      INTEGER CHECK (trust BETWEEN 1 AND 5),
        connection INTEGER CHECK (connection BETWEEN 1 AND 5),
        written    TEXT NOT NULL
    ) STRICT;
    CREATE TABLE check_in_talk (
        id          INTEGER PRIMARY KEY,
        planned_for TEXT NOT NULL,
        held        TEXT,
        notes       TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE TABLE agenda_item (
        id       INTEGER PRIMARY KEY,
        text     TEXT NOT NULL,
        added_by TEXT NOT NULL CHECK (added_by IN ('me', 'partner')),
        added    TEXT NOT NULL,
        talk_id  INTEGER REFERENCES check_in_talk (id)  -- the talk it was discussed in
    ) STRICT;
    CREATE TABLE reply_made (
        id    INTEGER PRIMARY KEY,
        size  INTEGER NOT NULL,
        root  BLOB NOT NULL,
        made  TEXT NOT NULL
    ) STRICT;
    CREATE TABLE reply_received (
        id       INTEGER PRIMARY KEY,
        size     INTEGER NOT NULL,
        root     BLOB NOT NULL,
        written  TEXT NOT NULL,
        received TEXT NOT NULL,
        body     TEXT NOT NULL
    ) STRICT;
    ALTER TABLE reviewer_note ADD COLUMN sent INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE reminder_sent (
        item TEXT PRIMARY KEY,  -- at most one reminder per item, ever
        sent TEXT NOT NULL
    ) STRICT;
    """,
    # 5: words typed but not saved when the journal locked, restored at the next unlock
    # and then removed (see domain.drafts).
    """
    CREATE TABLE kept_draft (
        id   INTEGER PRIMARY KEY,
        body TEXT NOT NULL  -- JSON, see domain.drafts.draft_to_json
    ) STRICT;
    """,
    # 6: pairings that end. Each pairing is a row, kept when it ends (stopped, unpaired,
    # or replaced after a partner's new install); the shared log, the accepted record and
    # replies belong to one pairing each, so a new pairing starts a new record and the
    # earlier one stays as it was.
    """
    CREATE TABLE pairing (
        id            INTEGER PRIMARY KEY,
        side          TEXT NOT NULL CHECK (side IN ('sharer', 'reviewer')),
        signing_key   BLOB NOT NULL,
        age_recipient TEXT NOT NULL,
        safety_phrase TEXT NOT NULL,
        paired        TEXT NOT NULL,
        ended         TEXT,          -- when it ended here; NULL while it lasts
        how           TEXT           -- how it ended (services.pairings.Ended)
    ) STRICT;
    CREATE UNIQUE INDEX one_live_pairing_per_side ON pairing (side) WHERE ended IS NULL;
    INSERT INTO pairing (side, signing_key, age_recipient, safety_phrase, paired)
        SELECT side, signing_key, age_recipient, safety_phrase, paired FROM partner
        ORDER BY side;
    DROP TABLE partner;

    -- Rows are appended in log order, so `id` orders each pairing's log; no index on
    -- (pairing, leaf_index) to keep up (ten years' first review: about a second less).
    CREATE TABLE shared_leaf_6 (
        id         INTEGER PRIMARY KEY,
        pairing    INTEGER NOT NULL,
        leaf_index INTEGER NOT NULL,   -- the place in its pairing's log, from 0
        entry_id   INTEGER NOT NULL REFERENCES entry (id),
        leaf       BLOB NOT NULL,
        UNIQUE (pairing, entry_id)
    ) STRICT;
    INSERT INTO shared_leaf_6 (id, pairing, leaf_index, entry_id, leaf)
        SELECT leaf_index + 1, coalesce((SELECT id FROM pairing WHERE side = 'reviewer'), 0),
               leaf_index, entry_id, leaf
        FROM shared_leaf;
    DROP TABLE shared_leaf;
    ALTER TABLE shared_leaf_6 RENAME TO shared_leaf;
    CREATE TRIGGER shared_leaf_never_updated BEFORE UPDATE ON shared_leaf
        BEGIN SELECT RAISE(ABORT, 'the shared log is append-only'); END;
    CREATE TRIGGER shared_leaf_never_deleted BEFORE DELETE ON shared_leaf
        BEGIN SELECT RAISE(ABORT, 'the shared log is append-only'); END;

    CREATE TABLE partner_leaf_6 (
        id         INTEGER PRIMARY KEY,
        pairing    INTEGER NOT NULL,
        leaf_index INTEGER NOT NULL,   -- the place in its pairing's record, from 0
        leaf       BLOB NOT NULL
    ) STRICT;
    INSERT INTO partner_leaf_6 (id, pairing, leaf_index, leaf)
        SELECT leaf_index + 1, coalesce((SELECT id FROM pairing WHERE side = 'sharer'), 0),
               leaf_index, leaf
        FROM partner_leaf;
    DROP TABLE partner_leaf;
    ALTER TABLE partner_leaf_6 RENAME TO partner_leaf;
    CREATE TRIGGER partner_leaf_never_updated BEFORE UPDATE ON partner_leaf
        BEGIN SELECT RAISE(ABORT, 'accepted entries are kept as they were'); END;
    CREATE TRIGGER partner_leaf_never_deleted BEFORE DELETE ON partner_leaf
        BEGIN SELECT RAISE(ABORT, 'accepted entries are kept as they were'); END;

    ALTER TABLE accepted_checkpoint ADD COLUMN pairing INTEGER NOT NULL DEFAULT 0;
    UPDATE accepted_checkpoint
        SET pairing = coalesce((SELECT id FROM pairing WHERE side = 'sharer'), 0);
    ALTER TABLE reply_received ADD COLUMN pairing INTEGER NOT NULL DEFAULT 0;
    UPDATE reply_received
        SET pairing = coalesce((SELECT id FROM pairing WHERE side = 'reviewer'), 0);
    """,
    # 7: the hurt partner's voice. The reviewer's own triggers (never sent as such), the
    # requests they make (sent in a reply, once), and the requests a sharer received.
    """
    CREATE TABLE trigger_moment (
        id       INTEGER PRIMARY KEY,
        happened TEXT NOT NULL,
        logged   TEXT NOT NULL,
        text     TEXT NOT NULL,
        strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 5),
        wants    TEXT NOT NULL
    ) STRICT;
    CREATE TABLE request_made (
        id         INTEGER PRIMARY KEY,
        pairing    INTEGER NOT NULL,  -- the sharer pairing it is for
        asked      TEXT NOT NULL,
        text       TEXT NOT NULL,
        wants      TEXT NOT NULL,
        trigger_id INTEGER REFERENCES trigger_moment (id),
        sent       TEXT               -- when a reply carried it; NULL until then
    ) STRICT;
    CREATE TABLE request_received (
        pairing  INTEGER NOT NULL,     -- the reviewer pairing it came in
        id       INTEGER NOT NULL,     -- the reviewer's number for it
        asked    TEXT NOT NULL,
        text     TEXT NOT NULL,
        wants    TEXT NOT NULL,
        received TEXT NOT NULL,
        PRIMARY KEY (pairing, id)
    ) STRICT;
    """,
    # 8: indexes for what the window asks of ten years: entries of a few kinds (answers,
    # for the requests card) and a pairing's accepted leaves (their count, their order),
    # each read without going through every page of the journal.
    """
    CREATE INDEX entry_by_kind ON entry (kind);
    CREATE INDEX partner_leaf_by_pairing ON partner_leaf (pairing);
    """,
    # 9: what each accepted leaf is about (exchange.leaves.LeafAbout), beside it, so a
    # reviewer's long record opens at its newest weeks, read without the years before
    # them as a sharer's own journal is (store.sharing.recent_accepted). Leaves accepted
    # before are read here once; the app writes these rows as it accepts leaves.
    """
    CREATE TABLE accepted_entry (
        id       INTEGER PRIMARY KEY,  -- the leaf's row in partner_leaf
        pairing  INTEGER NOT NULL,
        entry    INTEGER NOT NULL,   -- the leaf's number in its pairing's record
        kind     TEXT NOT NULL,
        happened TEXT NOT NULL,
        target   INTEGER             -- what an outcome, correction or withdrawal is about
    ) STRICT;
    -- Every accepted leaf was read as JSON when it was accepted; should one not read
    -- here, it is kept as kind '' and read whenever the record is (never left out).
    INSERT INTO accepted_entry (id, pairing, entry, kind, happened, target)
        -- Each leaf parsed once, to SQLite's binary JSON (ten years: 1.3 s, once).
        WITH kept AS MATERIALIZED (
            SELECT id, pairing,
                   iif(json_valid(CAST(leaf AS TEXT)), jsonb(CAST(leaf AS TEXT)), jsonb('{}'))
                   AS leaf
            FROM partner_leaf
        )
        SELECT id, pairing,
               iif(json_type(leaf, '$.entry') = 'integer', leaf ->> '$.entry', 0),
               iif(json_type(leaf, '$.kind') = 'text', leaf ->> '$.kind', ''),
               iif(json_type(leaf, '$.happened') = 'text', leaf ->> '$.happened', ''),
               iif(json_type(leaf, '$.body.target') = 'integer', leaf ->> '$.body.target', NULL)
        FROM kept;
    -- No index: reading the newest weeks goes through these small rows whole (ten years:
    -- 35 ms, as with indexes), and a first review of ten years stores them 0.5 s sooner.
    """,
)

CURRENT_VERSION = len(MIGRATIONS)
