"""How long unlocking takes, against baselines measured in the same run.

    python tests/benchmarks/bench_unlock.py [--rounds N]

Prints one line per case with the median and its ratio to opening SQLCipher with
the raw key alone (the floor any design pays). SECURITY.md R2 asks for about
0.5 s of Argon2id on an ordinary laptop; the floor parameters show OWASP's minimum.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rekindle_desktop.crypto.kdf import DEFAULT_ARGON2, FLOOR_ARGON2, Argon2Params
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access
from rekindle_desktop.store import database

PASSPHRASE = "benchmark passphrase with several words"


def _median_ms(action: Callable[[], None], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def _journal(parent: Path, params: Argon2Params) -> tuple[Path, bytes]:
    folder = parent / f"journal-{params.memory_kib}-{params.time_cost}"
    created = access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=params)
    key = created.journal.db_key
    created.journal.close()
    return folder, key


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    rounds = parser.parse_args().rounds
    with tempfile.TemporaryDirectory() as tmp:
        parent = Path(tmp)
        default_folder, key = _journal(parent, DEFAULT_ARGON2)
        floor_folder, _ = _journal(parent, FLOOR_ARGON2)
        code_folder = parent / "code"
        code = access.create_journal(
            code_folder, PASSPHRASE, Role.SHARING, argon2=FLOOR_ARGON2
        ).recovery_code

        baseline = _median_ms(
            lambda: database.open_database(default_folder / "journal.db", key).close(), rounds
        )
        cases = {
            "raw key, SQLCipher open + integrity check (baseline)": baseline,
            f"passphrase, default Argon2id {DEFAULT_ARGON2}": _median_ms(
                lambda: access.unlock_with_passphrase(default_folder, PASSPHRASE).close(), rounds
            ),
            f"passphrase, OWASP floor {FLOOR_ARGON2}": _median_ms(
                lambda: access.unlock_with_passphrase(floor_folder, PASSPHRASE).close(), rounds
            ),
            "recovery code (HKDF)": _median_ms(
                lambda: access.unlock_with_recovery_code(code_folder, code).close(), rounds
            ),
        }
    print(f"cores: {os.cpu_count()}, rounds: {rounds}")
    for name, ms in cases.items():
        print(f"{ms:8.1f} ms  x{ms / baseline:6.1f}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
