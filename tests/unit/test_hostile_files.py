"""Hostile files cost little and never crash: what `rekindle review` does with them.

Each case runs the real command in its own process, so a hang is a timeout here and a
traceback is a failed assertion, and the reviewer's journal is compared byte for byte.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from rekindle_desktop.crypto.kdf import FLOOR_ARGON2
from rekindle_desktop.exchange import timeline_file
from rekindle_desktop.exchange.incoming import read_incoming
from rekindle_desktop.exchange.timeline_file import MAX_FILE, FileUnreadable
from rekindle_desktop.store import sharing as store
from tests.conftest import PASSPHRASE, fingerprint
from tests.unit.test_sharing import log_some, make_pair

MIB = 1 << 20

# Runs `rekindle` and prints its own peak memory last, in KiB. VmHWM, not ru_maxrss:
# Linux carries ru_maxrss across exec, so a child would report pytest's own peak.
MEASURED = """
import re, runpy, sys
sys.argv = ["rekindle", *sys.argv[1:]]
try:
    runpy.run_module("rekindle_desktop", run_name="__main__")
except SystemExit as done:
    code = done.code
status = open("/proc/self/status").read()
print(re.search(r"VmHWM:\\s+(\\d+) kB", status).group(1), file=sys.stderr)
sys.exit(code)
"""


@pytest.fixture(scope="module")
def reviewer(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    """A paired reviewer journal that accepted one file, and its age recipient."""
    folder = tmp_path_factory.mktemp("hostile")
    pair = make_pair(folder, FLOOR_ARGON2)
    log_some(pair, 2)
    from rekindle_desktop.services import sharing

    assert sharing.review(pair.reviewer, pair.export("first.rekindle")).verdict.accepted
    recipient = store.own_identity(pair.reviewer.conn).public().age_recipient.encode()
    pair.sharer.close()
    pair.reviewer.close()
    (folder / "pass.txt").write_text(PASSPHRASE)
    return folder / "r", recipient


def review(journal: Path, target: Path, *extra: str) -> tuple[int, str, int]:
    """Exit code, what was printed, and the peak memory of the process in MiB."""
    env = {**os.environ, "REKINDLE_PASSPHRASE_FILE": str(journal.parent / "pass.txt")}
    done = subprocess.run(
        [sys.executable, "-c", MEASURED, "review", "--journal", str(journal), str(target), *extra],
        capture_output=True, text=True, timeout=120, env=env, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    *said, peak = done.stderr.strip().splitlines() or ["0"]
    return done.returncode, done.stdout + "\n".join(said), int(peak) // 1024


def assert_plain_refusal(code: int, said: str) -> None:
    assert code in (1, 2), said
    assert "Traceback" not in said and said.strip()


@pytest.mark.parametrize("what", ["fifo", "folder", "device", "too large"])
def test_what_is_not_a_regular_file_of_a_sane_size_is_refused_before_reading(
    reviewer: tuple[Path, bytes], tmp_path: Path, what: str
) -> None:
    journal, _recipient = reviewer
    before = fingerprint(journal)
    target = tmp_path / "partner.rekindle"
    if what == "fifo":
        os.mkfifo(target)  # nothing ever writes: reading it would wait for ever
    elif what == "folder":
        target.mkdir()
    elif what == "device":
        target = Path("/dev/zero")  # endless bytes
    else:
        with open(target, "wb") as sparse:
            sparse.truncate(MAX_FILE + 1)  # no disk used, but far too large to read
    code, said, _peak = review(journal, target)
    assert code == 2
    assert_plain_refusal(code, said)
    assert "not a file Rekindle can open" in said or "far larger" in said
    assert fingerprint(journal) == before


def test_the_reader_refuses_a_pipe_and_reads_a_file_whole(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(FileUnreadable, match="pipe"):
        read_incoming(pipe)
    (tmp_path / "small").write_bytes(b"x" * 1000)
    assert read_incoming(tmp_path / "small") == b"x" * 1000
    with pytest.raises(FileUnreadable, match="larger"):
        read_incoming(tmp_path / "small", limit=999)


def _age_file(recipient: bytes, plaintext: bytes, path: Path) -> Path:
    from pyrage import x25519

    path.write_bytes(
        timeline_file.encrypt(plaintext, [x25519.Recipient.from_str(recipient.decode())])
    )
    return path


def test_a_64_mib_file_of_junk_costs_little_memory_and_is_refused(
    reviewer: tuple[Path, bytes], tmp_path: Path
) -> None:
    """Anyone who knows the reviewer's public age key can make these: no signature needed.

    The worst shape for a reader that splits before checking is all newlines (64 million
    empty lines, once gigabytes of objects). Peak memory is measured against the same
    command on a small file, in the same run.
    """
    journal, recipient = reviewer
    before = fingerprint(journal)
    small = _age_file(recipient, b"\n" * 1024, tmp_path / "small.rekindle")
    _code, _said, baseline = review(journal, small)
    junk = {
        "newlines": b"\n" * (64 * MIB),
        "a header, then newlines": timeline_file.HEADER + b"\n" + b"\n" * (64 * MIB),
        "random bytes": os.urandom(64 * MIB),
    }
    for name, plaintext in junk.items():
        path = _age_file(recipient, plaintext, tmp_path / f"{name}.rekindle")
        code, said, peak = review(journal, path)
        assert_plain_refusal(code, said)
        extra = peak - baseline
        print(f"{name}: {peak} MiB at peak, {extra} MiB over a small file's {baseline} MiB")
        assert extra < 2.5 * 64, f"{name}: {extra} MiB for a 64 MiB file"
    raw = tmp_path / "raw.rekindle"
    raw.write_bytes(timeline_file.AGE_MAGIC + os.urandom(64 * MIB))
    code, said, peak = review(journal, raw)
    assert_plain_refusal(code, said)
    assert peak - baseline < 2 * 64
    assert fingerprint(journal) == before


def test_every_refusal_has_its_exit_code_and_a_plain_message(
    reviewer: tuple[Path, bytes], tmp_path: Path
) -> None:
    journal, recipient = reviewer
    before = fingerprint(journal)
    cases = {
        "empty": (tmp_path / "empty", b"", 2),
        "not age": (tmp_path / "text", b"hello\n" * 100, 2),
        "damaged age": (tmp_path / "cut", _age_file(recipient, b"x" * 200, tmp_path / "a")
                        .read_bytes()[:-5], 1),
        "unsigned": (tmp_path / "unsigned", _age_file(
            recipient,
            timeline_file.HEADER + b"\nrekindle/x\n1\n" + b"A" * 43 + b"=\n\n\xe2\x80\x94 x y\n\n",
            tmp_path / "b",
        ).read_bytes(), 1),
    }  # fmt: skip
    for name, (path, data, expected) in cases.items():
        path.write_bytes(data)
        code, said, _peak = review(journal, path)
        assert code == expected, f"{name}: {said}"
        assert_plain_refusal(code, said)
        code, said, _peak = review(journal, path, "--json")
        assert code == expected and said.lstrip().startswith("{"), f"{name}: {said}"
    assert fingerprint(journal) == before
