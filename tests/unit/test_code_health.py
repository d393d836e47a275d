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


def test_the_code_is_formatted_one_way() -> None:
    # `ruff format` is the house style; a diff here means: run `ruff format .`.
    result = subprocess.run(
        [_tool("ruff"), "format", "--check", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_passes() -> None:
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


def test_imports_keep_the_layers() -> None:
    # The contracts in pyproject.toml: arrows point down, domain imports nothing of ours,
    # Qt only in ui, and ui imports nothing from store or crypto.
    result = subprocess.run(
        [_tool("lint-imports"), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_command_line_module_is_in_the_layers() -> None:
    # A cli_*.py the layers contract doesn't name is checked by none of its arrows.
    import tomllib

    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"][
        "contracts"
    ]
    top = next(c for c in contracts if c["type"] == "layers")["layers"][0]
    named = {name.strip().strip("()") for name in top.split(":")}  # (x): x may not exist
    found = {path.stem for path in (ROOT / "rekindle_desktop").glob("cli*.py")}
    assert found <= named, f"add {sorted(found - named)} to the layers in pyproject.toml"


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
