"""No core dump of an unlocked Rekindle (SECURITY.md R13).

The real `rekindle list` runs in a fresh process; at the moment its journal is
unlocked, that process reads its own core-file limit and dumpable flag.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from rekindle_desktop import hardening
from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access
from tests.conftest import PASSPHRASE

ROOT = Path(__file__).parent.parent.parent

# Runs `rekindle list` and, while its journal is unlocked, looks at itself.
_CHILD = """
import ctypes, json, resource, sys
from rekindle_desktop import cli
from rekindle_desktop.services import access

def state():
    limits = open("/proc/self/limits").read().splitlines()
    return {
        "dumpable": ctypes.CDLL(None).prctl(3, 0, 0, 0, 0),  # PR_GET_DUMPABLE
        "core": list(resource.getrlimit(resource.RLIMIT_CORE)),
        "limits": [line for line in limits if line.startswith("Max core file size")][0],
    }

seen = {"before": state()}
real = access.unlock_with_passphrase

def unlock(folder, passphrase):
    journal = real(folder, passphrase)
    seen["unlocked"] = state()
    return journal

access.unlock_with_passphrase = unlock
seen["exit"] = cli.main(sys.argv[1:])
print(json.dumps(seen))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="prctl and /proc are Linux")
def test_an_unlocked_rekindle_cannot_dump_core(tmp_path: Path, fast_argon2: Argon2Params) -> None:
    folder = tmp_path / "journal"
    access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=fast_argon2).journal.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE)
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, "list", "--journal", str(folder),
         "--passphrase-file", str(secret)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["exit"] == 0
    assert seen["before"]["dumpable"] == 1  # a fresh process starts dumpable: main() changes it
    assert seen["unlocked"]["dumpable"] == 0
    assert seen["unlocked"]["core"] == [0, 0]
    assert seen["unlocked"]["limits"].split()[4:6] == ["0", "0"]


def test_hardening_never_stops_rekindle_from_starting(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_: object, **__: object) -> None:
        raise OSError("refused")

    monkeypatch.setattr(hardening.ctypes, "CDLL", refused)
    import resource

    monkeypatch.setattr(resource, "setrlimit", refused)
    done = hardening.harden_process()
    assert done.core_limit_zero is False
    if sys.platform.startswith("linux"):
        assert done.not_dumpable is False
