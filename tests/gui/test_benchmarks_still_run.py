"""The benchmark scripts still run (on tiny inputs), so their figures can be trusted later."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"


@pytest.mark.parametrize(
    "script, args, expect",
    [
        ("bench_timeline.py", ["--days", "14"], "scroll frame p50"),
        ("bench_review.py", ["--entries", "50"], "first review"),
        ("bench_unlock.py", ["--rounds", "1"], "recovery code"),
    ],
)
def test_benchmark_prints_its_figures(script: str, args: list[str], expect: str) -> None:
    result = subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert expect in result.stdout
