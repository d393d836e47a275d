"""The benchmark scripts still run (on small inputs), so their figures can be trusted later.

No timings are asserted here: machines differ. What is asserted is that every figure the
issue asks for is measured, on a real journal, and comes out as a number.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"
APP_FIGURES = {
    "first_paint_ms", "journal_window_first_paint_ms", "model_fill_ms",
    "viewport_paint_p95_ms", "search_p95_ms", "export_ms", "review_ms", "peak_rss_mb",
    "save_new_entry_ms", "save_correction_ms", "save_old_outcome_ms",
}  # fmt: skip
BASELINES = {"bare_window_first_paint_ms", "age_decrypt_and_parse_ms", "fts5_search_p95_ms"}


def test_the_app_benchmark_measures_a_year_against_its_baselines() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_app.py"), "--days", "365", "--runs", "1"],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout)
    assert set(figures["app"]) >= APP_FIGURES
    assert set(figures["baseline"]) == BASELINES
    assert all(value > 0 for value in figures["baseline"].values())
    assert all(figures["app"][name] > 0 for name in APP_FIGURES)
    # A year of busy days: thousands of entries, all of them shared and scrolled through.
    assert figures["app"]["shared_entries"] >= 8_000
    assert figures["app"]["timeline_rows"] > 5_000
    assert figures["app"]["viewport_frames"] > 100
    assert set(figures["met"]) == set(figures["targets"])
    assert set(figures["ratios"]) == set(figures["targets"]) - {
        "search_p95_ms",
        "viewport_paint_p95_ms",
        "peak_rss_mb",
    } | {"journal_window_vs_bare_window"}
    assert figures["argon2id_unlock_ms"] > 0


def test_the_unlock_benchmark_prints_its_figures() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / "bench_unlock.py"), "--rounds", "1"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert "recovery code" in result.stdout
