"""Export and review of a large timeline file, against a small one made in the same run.

python tests/benchmarks/bench_review.py [--entries 100000]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from rekindle_desktop.crypto.kdf import FLOOR_ARGON2
from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind
from rekindle_desktop.domain.moment import Moment
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access, sharing
from rekindle_desktop.store import entries

PASSPHRASE = "benchmark passphrase with several words"
BASELINE = 1_000


def measure(folder: Path, count: int) -> dict[str, float]:
    sharer = access.create_journal(folder / "s", PASSPHRASE, Role.SHARING, argon2=FLOOR_ARGON2)
    reviewer = access.create_journal(folder / "r", PASSPHRASE, Role.REVIEWING, argon2=FLOOR_ARGON2)
    s, r = sharer.journal, reviewer.journal
    for mine, theirs in ((s, r), (r, s)):
        sharing.confirm_pairing(mine, sharing.preview_pairing(mine, sharing.pairing_code(theirs)))
    start = datetime(2016, 1, 1, tzinfo=UTC)
    drafts = []
    for i in range(count):
        when = Moment(start + timedelta(minutes=97 * i), 60)
        drafts.append((Draft(EntryKind.CHECK_IN, when, CheckIn(f"Place {i % 37}", "note")), when))
    entries.append_many(s.conn, drafts)
    figures: dict[str, float] = {}
    out = folder / "timeline.rekindle"
    t = time.perf_counter()
    sharing.export(s, out)
    figures["export (s)"] = time.perf_counter() - t
    figures["file size (MB)"] = out.stat().st_size / 1e6
    data = out.read_bytes()
    t = time.perf_counter()
    result = sharing.review(r, data)
    figures["first review (s)"] = time.perf_counter() - t
    assert result.verdict is sharing.Verdict.ACCEPTED, result.message
    entries.append_many(s.conn, drafts[:10])  # ten more, as the next day's export
    sharing.export(s, out)
    data = out.read_bytes()
    t = time.perf_counter()
    result = sharing.review(r, data)
    figures["next review, +10 (s)"] = time.perf_counter() - t
    assert result.verdict is sharing.Verdict.ACCEPTED, result.message
    t = time.perf_counter()
    sharing.review_state(r)
    figures["load reviewed entries (s)"] = time.perf_counter() - t
    s.close()
    r.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    count = parser.parse_args().entries
    with tempfile.TemporaryDirectory() as tmp:
        base = measure(Path(tmp) / "base", BASELINE)
        big = measure(Path(tmp) / "big", count)
    print(f"cores: {os.cpu_count()}; baseline: {BASELINE} entries; measured: {count}")
    print(f"{'step':<28}{BASELINE:>10}{count:>12}{'ratio':>9}")
    for name, value in big.items():
        print(f"{name:<28}{base[name]:>10.3f}{value:>12.3f}{value / base[name]:>9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
