"""A release installs exactly what packaging/requirements.lock pins, each file hash-checked."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.packaging.conftest import PACKAGING, ROOT


def _locked() -> dict[str, tuple[str, list[str]]]:
    """{name: (version, hashes)} from the lock file."""
    text = (PACKAGING / "requirements.lock").read_text().replace("\\\n", " ")
    found: dict[str, tuple[str, list[str]]] = {}
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            pin = re.match(r"([A-Za-z0-9._-]+)==(\S+)", line.strip())
            assert pin, f"not an exact pin: {line.strip()[:80]}"
            hashes = re.findall(r"--hash=sha256:([0-9a-f]{64})", line)
            found[canonicalize_name(pin.group(1))] = (pin.group(2), hashes)
    return found


def test_lock_pins_every_runtime_dependency_within_pyproject_and_with_hashes() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    locked = _locked()
    wanted = [Requirement(d) for d in project["dependencies"]]
    build = [
        Requirement(line)
        for line in (PACKAGING / "requirements-build.in").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for requirement in wanted + build:
        if requirement.marker is not None and not requirement.marker.evaluate():
            continue
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{requirement.name} is not in requirements.lock: pip-compile"
        version, _hashes = locked[name]
        assert requirement.specifier.contains(version, prereleases=True), (
            f"requirements.lock pins {name} {version}, pyproject.toml asks {requirement}"
        )
    # pip --require-hashes refuses a pin without one; every pin carries its files' hashes.
    assert all(hashes for _version, hashes in locked.values())
    # The build tool's own build backend is locked too (pip install --no-build-isolation).
    assert "setuptools" in locked
