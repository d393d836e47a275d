"""Test setup shared by every suite.

Qt runs offscreen, and every test gets its own HOME, XDG folders and runtime dir so
nothing touches the real user's files or QSettings. Tests under tests/gui are marked
`gui`; tests/unit never creates a QApplication.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from rekindle_desktop.crypto import safety_phrase
from rekindle_desktop.crypto.kdf import FLOOR_ARGON2, Argon2Params

if TYPE_CHECKING:
    from tests.unit.test_sharing import Pair

HERE = Path(__file__).parent

# No property here is about speed: no deadlines and no "too slow" check, anywhere (a shared
# runner is slow in bursts, and a fresh Debian 12 machine once took 1.1 s for a draw the
# fuzz test of replies makes). CI runs with CI=true and selects the `ci` profile: a
# reproduction blob for any failure as well. Fuzzing every reader of outside bytes
# (tests/fuzz) runs `fuzz-ci` there: 10,000 examples each. Other properties keep their
# own budgets, so the suite stays quick.
settings.register_profile("unhurried", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", parent=settings.get_profile("unhurried"), print_blob=True)
settings.register_profile("fuzz-ci", parent=settings.get_profile("ci"), max_examples=10_000)
settings.load_profile("ci" if os.environ.get("CI") else "unhurried")


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.fspath))
        if (HERE / "gui") in path.parents:
            item.add_marker(pytest.mark.gui)
        # Under pytest-xdist, tests that share a costly fixture run on one worker, so it
        # is made once: the packaging tests' bundle, and each integration module's
        # services (Syncthing, the accessibility bus, a real X server).
        if (HERE / "packaging") in path.parents:
            item.add_marker(pytest.mark.xdist_group("packaging"))
        elif (HERE / "integration") in path.parents:
            item.add_marker(pytest.mark.xdist_group(path.stem))


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    for name, sub in [
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ]:
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(home / sub))
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    return home


@pytest.fixture
def fast_argon2() -> Argon2Params:
    """OWASP's floor: still real Argon2id, but quick enough for hundreds of tests."""
    return FLOOR_ARGON2


PRODUCTION_PHRASE_COST = safety_phrase.PHRASE_COST
QUICK_PHRASE_COST = safety_phrase.PhraseCost(memory_kib=8, time_cost=1)


@pytest.fixture(autouse=True)
def quick_safety_phrase(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Safety phrases at a token Argon2id cost: the real one is a deliberate quarter
    second, paid on every pairing. Tests that ask for `production_phrase_cost` keep it."""
    if "production_phrase_cost" not in request.fixturenames:
        monkeypatch.setattr(safety_phrase, "PHRASE_COST", QUICK_PHRASE_COST)


@pytest.fixture
def production_phrase_cost() -> safety_phrase.PhraseCost:
    """The cost the app really uses (SECURITY.md R12), left in place for this test."""
    assert safety_phrase.PHRASE_COST == PRODUCTION_PHRASE_COST
    return PRODUCTION_PHRASE_COST


PASSPHRASE = "tangerine lantern quietly orbits"
OTHER_PASSPHRASE = "velvet harbour under a paper moon"


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file under `folder`, by relative path, with the SHA-256 of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def pair(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[Pair]:
    """A sharer and a reviewer journal, paired both ways (tests/unit/test_sharing.py)."""
    from tests.unit.test_sharing import make_pair

    made = make_pair(tmp_path, fast_argon2)
    yield made
    made.sharer.close()
    made.reviewer.close()
