"""`kill -9` in the middle of saves: the journal opens afterwards with everything committed."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access
from tests.conftest import PASSPHRASE

# Each write commits on its own; the id is printed only after the commit returned.
WRITER = """
import sys
from rekindle_desktop.services import access
from pathlib import Path
journal = access.unlock_with_passphrase(Path(sys.argv[1]), sys.argv[2])
start = int(sys.argv[3])
for i in range(start, start + 100000):
    journal.conn.execute(
        "INSERT INTO journal_meta (key, value) VALUES (?, ?)", (f"entry-{i}", "x" * (i % 5000))
    )
    print(i, flush=True)
"""

ROUNDS = 100


@pytest.mark.slow
def test_kill_9_during_writes_keeps_every_committed_entry(
    tmp_path: Path, fast_argon2: Argon2Params
) -> None:
    folder = tmp_path / "journal"
    access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=fast_argon2).journal.close()
    rng = random.Random(20261125)
    committed: set[int] = set()
    next_id = 0
    for _ in range(ROUNDS):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(folder), PASSPHRASE, str(next_id)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        for _ in range(rng.randint(1, 300)):
            line = writer.stdout.readline()
            if not line:
                break
            committed.add(int(line))
        writer.send_signal(signal.SIGKILL)
        # Anything printed before the kill landed was committed too.
        committed.update(int(line) for line in writer.stdout.read().split())
        writer.wait(timeout=30)
        with access.unlock_with_passphrase(folder, PASSPHRASE) as journal:
            stored = {
                int(key.removeprefix("entry-"))
                for (key,) in journal.conn.execute(
                    "SELECT key FROM journal_meta WHERE key LIKE 'entry-%'"
                )
            }
        missing = committed - stored
        assert not missing, f"lost committed entries: {sorted(missing)[:10]}"
        next_id = max(stored | committed, default=0) + 1
    assert len(committed) > ROUNDS
