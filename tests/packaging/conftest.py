"""The frozen app: built once per run with PyInstaller, then packed as a .deb.

Both builds run from this checkout, the way a release is made (packaging/README.md).
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

# A real X server and a real Secret Service, shared with the integration tests.
from tests.integration.conftest import secret_service, x_display

__all__ = ["secret_service", "x_display"]

ROOT = Path(__file__).parent.parent.parent
PACKAGING = ROOT / "packaging"
# The interpreter a distribution ships (Debian's /usr/bin/python3, 3.11 on Debian 12).
DISTRO_PYTHON = Path("/usr/bin/python3")


class Built:
    """What a build produced and how long it took."""

    def __init__(self, path: Path, seconds: float) -> None:
        self.path = path
        self.seconds = seconds


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """packaging/rekindle.spec built into a fresh folder: <dist>/rekindle/rekindle."""
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is part of the test extra; install with pip install -e '.[test]'")
    where = tmp_path_factory.mktemp("pyinstaller")
    began = time.monotonic()
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--distpath",
            str(where / "dist"),
            "--workpath",
            str(where / "work"),
            str(PACKAGING / "rekindle.spec"),
        ],
        capture_output=True,
        text=True,
        timeout=900,
        cwd=ROOT,
        env={**os.environ, "PYINSTALLER_CONFIG_DIR": str(where / "config")},
    )
    assert built.returncode == 0, built.stderr[-4000:]
    return Built(where / "dist" / "rekindle", time.monotonic() - began)


@pytest.fixture(scope="session")
def deb(release_bundle: Built, tmp_path_factory: pytest.TempPathFactory) -> Built:
    """packaging/build_deb.sh run on the release bundle; its validators must pass."""
    out = tmp_path_factory.mktemp("deb")
    began = time.monotonic()
    made = subprocess.run(
        ["bash", str(PACKAGING / "build_deb.sh"), str(release_bundle.path), str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert made.returncode == 0, made.stdout + made.stderr
    return Built(Path(made.stdout.strip().splitlines()[-1]), time.monotonic() - began)


@pytest.fixture(scope="session")
def release_bundle(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Built:
    """packaging/build_release.sh: the distribution's python3, dependencies from the lock.

    When the tests already run on that interpreter, `bundle` is that build and is reused.
    """
    if not DISTRO_PYTHON.is_file():
        pytest.fail(f"{DISTRO_PYTHON} is missing: install the distribution's python3")
    if DISTRO_PYTHON.resolve() == Path(sys.executable).resolve():
        same: Built = request.getfixturevalue("bundle")
        return same
    where = tmp_path_factory.mktemp("release")
    began = time.monotonic()
    built = subprocess.run(
        ["bash", str(PACKAGING / "build_release.sh"), str(DISTRO_PYTHON), str(where)],
        capture_output=True,
        text=True,
        timeout=1800,
        cwd=ROOT,
    )
    assert built.returncode == 0, built.stdout[-2000:] + built.stderr[-4000:]
    return Built(Path(built.stdout.strip().splitlines()[-1]), time.monotonic() - began)
