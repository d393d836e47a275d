"""Long fuzzing runs of every reader with atheris (libFuzzer), beyond Hypothesis' budget.

pytest does not collect this file (its name does not start with test_), and atheris is
not a dependency of Rekindle. To run it from the repository's root:

    pip install atheris          # into the venv, or: pip install --target DIR atheris
                                 # and prefix the command below with PYTHONPATH=DIR
    python tests/fuzz/atheris_readers.py -atheris_runs=2000000
    READER=backup python tests/fuzz/atheris_readers.py corpus/ -max_total_time=3600

READER picks one reader: timeline, timeline-plaintext, reply, pairing, keyslots,
backup or leaf; without it the first byte of each input picks. Each reader must
answer with its own clear error (or a result); anything else is a crash, which
libFuzzer saves as crash-<hash>. Replay one with
`python tests/fuzz/atheris_readers.py crash-<hash>`.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import atheris

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

with atheris.instrument_imports():
    from rekindle_desktop.crypto.identity import PairingCodeError, read_pairing_code
    from rekindle_desktop.crypto.kdf import FLOOR_ARGON2
    from rekindle_desktop.crypto.keyslots import KeySlots, KeySlotsUnreadable
    from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind
    from rekindle_desktop.errors import UserFacingError
    from rekindle_desktop.exchange import timeline_file
    from rekindle_desktop.exchange.leaves import LeafError, leaf_to_entry
    from rekindle_desktop.services import backup, replies, sharing
    from rekindle_desktop.store import sharing as store
    from tests.unit.test_sharing import at, make_pair


def readers() -> dict[str, Callable[[bytes], object]]:
    """Each reader, wrapped so that its own clear errors count as answers."""
    pair = make_pair(Path(tempfile.mkdtemp(prefix="rekindle-atheris-")), FLOOR_ARGON2)
    pair.log.add(Draft(EntryKind.CHECK_IN, at(9), CheckIn("Office")))
    assert sharing.review(pair.reviewer, pair.export("seed.rekindle")).verdict.accepted
    to_reviewer = store.own_identity(pair.reviewer.conn).public().recipient()
    to_sharer = store.own_identity(pair.sharer.conn).public().recipient()

    def review(data: bytes) -> object:
        before = pair.accepted()
        result = sharing.review(pair.reviewer, data)
        if not result.verdict.accepted and pair.accepted() != before:
            raise AssertionError("a refused file changed what was accepted")
        return result

    def reply(data: bytes) -> object:
        try:
            return replies.receive_reply(pair.sharer, timeline_file.encrypt(data, [to_sharer]))
        except UserFacingError:
            return None

    def expecting(
        read: Callable[[bytes], object], *errors: type[Exception]
    ) -> Callable[[bytes], object]:
        def run(data: bytes) -> object:
            try:
                return read(data)
            except errors:
                return None

        return run

    return {
        "timeline": review,
        "timeline-plaintext": lambda data: review(timeline_file.encrypt(data, [to_reviewer])),
        "reply": reply,
        "pairing": expecting(
            lambda data: read_pairing_code(data.decode("utf-8", "replace")), PairingCodeError
        ),
        "keyslots": expecting(KeySlots.from_bytes, KeySlotsUnreadable),
        "backup": expecting(backup.read_backup, backup.BackupUnreadable),
        "leaf": expecting(leaf_to_entry, LeafError),
    }


def main() -> None:
    every = readers()
    chosen = os.environ.get("READER") or None
    if chosen is not None and chosen not in every:
        sys.exit(f"READER must be one of: {', '.join(every)}")
    names = sorted(every)

    def one_input(data: bytes) -> None:
        if chosen is not None:
            every[chosen](data)
        elif data:
            every[names[data[0] % len(names)]](data[1:])

    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
