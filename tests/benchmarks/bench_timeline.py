"""How a ten-year journal feels: opening, scrolling and searching, against a 120-day one.

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/bench_timeline.py [--days 3650]

Prints one line per step for the big journal and the 120-day baseline made in the
same run, with the ratio between them.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from rekindle_desktop.services import access
from rekindle_desktop.services.clock import system_clock
from rekindle_desktop.services.demo import DEMO_PASSPHRASE, create_demo
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.store import entries
from rekindle_desktop.ui.sharer_view import SharerView
from rekindle_desktop.ui.style import apply_look

QUERIES = ("jordan", "office", "thank", "counselling", "gym", "walk", "mum", "sorry", "quiz")


def timed(action: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = action()
    return (time.perf_counter() - start) * 1000, result


def measure(app: QApplication, folder: Path, days: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    figures["write demo (ms)"], _ = timed(
        lambda: create_demo(folder, days=days, clock=system_clock())
    )
    figures["unlock (ms)"], journal = timed(
        lambda: access.unlock_with_passphrase(folder / "sharer", DEMO_PASSPHRASE)
    )
    log = JournalLog(journal, system_clock())  # type: ignore[arg-type]
    figures["entries"] = float(entries.count(log.journal.conn))
    figures["read + ledger (ms)"], _ = timed(lambda: log.ledger)
    figures["timeline rows (ms)"], rows = timed(log.timeline)
    figures["rows"] = float(len(rows))  # type: ignore[arg-type]
    view = SharerView(log)
    view.resize(1280, 820)
    figures["page build (ms)"], _ = timed(
        lambda: (view.refresh(), view.show(), app.processEvents())
    )
    figures["first paint (ms)"], _ = timed(view.grab)
    bar = view.timeline.view.verticalScrollBar()
    frames = []
    for _ in range(60):
        bar.setValue(bar.value() + view.timeline.view.viewport().height())
        ms, _ = timed(lambda: view.timeline.view.viewport().grab())
        frames.append(ms)
    figures["scroll frame p50 (ms)"] = statistics.median(frames)
    figures["scroll frame max (ms)"] = max(frames)
    searches = [timed(lambda q=q: log.search(q))[0] for q in QUERIES for _ in range(3)]
    figures["search p50 (ms)"] = statistics.median(searches)
    figures["search max (ms)"] = max(searches)
    view.close()
    view.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    journal.close()  # type: ignore[attr-defined]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=3650)
    days = parser.parse_args().days
    app = QApplication(sys.argv)
    apply_look(app)
    with tempfile.TemporaryDirectory() as tmp:
        base = measure(app, Path(tmp) / "base", 120)
        big = measure(app, Path(tmp) / "big", days)
    print(f"cores: {os.cpu_count()}; baseline: 120 days; measured: {days} days")
    print(f"{'step':<24}{'120 days':>12}{f'{days} days':>14}{'ratio':>9}")
    for name, value in big.items():
        ratio = value / base[name] if base[name] else float("nan")
        print(f"{name:<24}{base[name]:>12.1f}{value:>14.1f}{ratio:>9.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
