"""No plaintext reaches the disk (SECURITY.md: "No plaintext anywhere").

A whole session (tests/integration/full_session.py) runs with fresh canaries: entry
text, a place, a private note, a reviewer's note, two passphrases. Afterwards every
file written anywhere the app could write (HOME, the XDG folders and QSettings under
them, the runtime dir, TMPDIR, the journals, backups, exports) is read, and none may
hold a canary, a recovery code, or either journal's database key (hex or raw bytes).
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.integration.full_session import ROOT, run_session
from tests.real_services import require

# From `strace -f -y`: a call that may create or change a file, and its arguments.
_CALL = re.compile(r"^\d+\s+(?P<name>openat|creat|mkdir|rename|renameat|renameat2)\((?P<args>.*)")
# A path argument with what it is relative to: AT_FDCWD, or a directory fd shown by -y.
_PATH = re.compile(r'(?:(?:AT_FDCWD|\d+<(?P<dir>[^>]*)>), )?"(?P<path>(?:[^"\\]|\\.)*)"')
_WRITING = ("O_WRONLY", "O_RDWR", "O_CREAT")


def written_paths(trace: str, cwd: Path) -> set[Path]:
    """Every path the traced processes opened for writing, created or renamed onto."""
    found: set[Path] = set()
    for line in trace.splitlines():
        call = _CALL.match(line)
        if call is None:
            continue
        args = call["args"]
        paths = list(_PATH.finditer(args))
        if not paths:
            continue
        if call["name"] in ("openat", "creat"):
            if not any(flag in args for flag in _WRITING):
                continue
            target = paths[0]
        else:
            target = paths[-1]  # mkdir's only path; rename's destination
        base = Path(target["dir"]) if target["dir"] else cwd
        found.add(base / target["path"])
    return found


def needles(result: dict[str, object]) -> dict[str, bytes]:
    """Every secret in the forms it could take on disk."""
    found: dict[str, bytes] = {}
    canaries = result["canaries"]
    assert isinstance(canaries, dict)
    for name, text in canaries.items():
        found[name] = text.encode()
        found[f"{name} (UTF-16)"] = text.encode("utf-16-le")
    for number, code in enumerate(result["recovery_codes"]):  # type: ignore[arg-type]
        found[f"recovery code {number}"] = code.encode()
        found[f"recovery code {number}, no dashes"] = code.replace("-", "").encode()
    for number, key in enumerate(result["db_keys"]):  # type: ignore[arg-type]
        found[f"database key {number} (hex)"] = key.encode()
        found[f"database key {number} (HEX)"] = key.upper().encode()
        found[f"database key {number} (raw)"] = bytes.fromhex(key)
    return found


def test_a_whole_session_leaves_no_plaintext_anywhere(
    tmp_path: Path, isolated_home: Path, secret_service: str
) -> None:
    trace = tmp_path / "strace.log"
    written_by = [require("strace"), "-f", "-y", "--seccomp-bpf", "-o", str(trace)]
    written_by += ["-e", "trace=openat,creat,mkdir,rename,renameat,renameat2"]
    result = run_session(tmp_path, audit=False, prefix=written_by)
    report = tmp_path / "work" / "out" / "report.pdf"
    # The counsellor report is the one file a person asks for in plain words; it is
    # the only file left out of the scan, and it must be the one they asked for.
    assert report.read_bytes().startswith(b"%PDF")
    scanned = [
        path
        for root in (isolated_home, tmp_path / "work", tmp_path / "tmp", tmp_path / "keyring-home")
        for path in root.rglob("*")
        if path.is_file() and path != report
    ]
    names = {p.name for p in scanned}
    assert {"journal.db", "keyslots.json", "timeline.rekindle", "sharer.rekindle-backup"} <= names
    leaks = [
        f"{what} in {path}"
        for path in scanned
        for what, needle in needles(result).items()
        if needle in path.read_bytes()
    ]
    assert leaks == []
    assert len(scanned) >= 10

    # Files that came and went during the session (temp files, snapshots) cannot be
    # read afterwards, so check where everything was written: only where we looked.
    allowed = (isolated_home, tmp_path / "work", tmp_path / "tmp", tmp_path / "keyring-home")
    written = written_paths(trace.read_text(), ROOT)
    assert any(p.name == "journal.db" for p in written), "strace saw no writes: is it tracing?"
    elsewhere = sorted(
        str(path)
        for path in written
        if not str(path).startswith(("/dev/", "/proc/"))
        and not any(path.is_relative_to(root) for root in allowed)
    )
    assert elsewhere == []
