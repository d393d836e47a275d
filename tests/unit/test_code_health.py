"""The house rules, checked by the tools that enforce them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent.parent


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    assert found, f"{name} is part of the test extra; install with pip install -e '.[test]'"
    return found


def test_ruff_finds_nothing_and_qt_stays_inside_ui() -> None:
    # The banned-api rule (TID251) keeps PySide6 out of everything but ui/ and GUI tests.
    result = subprocess.run(
        [_tool("ruff"), "check", "--output-format", "concise", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes() -> None:
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_package_is_installed_not_only_in_editable_mode() -> None:
    # An explicit package list (needed to map resources/) must name each subpackage,
    # or a normal install lacks it while the editable install used by tests still works.
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "rekindle_desktop").rglob("__init__.py")
    }
    assert found | {"rekindle_desktop.resources"} == listed
