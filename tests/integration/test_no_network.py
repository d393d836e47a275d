"""Rekindle never opens a network connection (PRODUCT.md, SECURITY.md R9).

A whole session (tests/integration/full_session.py: set up, log, pair, export, review,
reply, report, back up, restore, keyring, the real window) runs in a fresh process
twice over: once with a Python audit hook on socket creation, connects, binds, sends
and name lookups, and once under strace, which also sees what Qt, SQLCipher and every
other C library do. Sockets on this computer (AF_UNIX: D-Bus to the keyring, Qt's
single-instance server) are allowed; nothing else is.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.integration.full_session import run_session
from tests.real_services import require


def test_a_whole_session_tries_no_network_socket(tmp_path: Path, secret_service: str) -> None:
    result = run_session(tmp_path, audit=True)
    assert "remembered in the keyring and forgot" in result["steps"]
    assert result["network"] == []
    # The hook really was listening: it saw the D-Bus socket to the keyring and the
    # numeric lookup made at the very end on purpose.
    assert result["unix"] >= 1
    assert result["control"]


def test_no_library_underneath_opens_a_network_socket_either(
    tmp_path: Path, secret_service: str
) -> None:
    trace = tmp_path / "strace.log"
    strace = require("strace")
    run_session(
        tmp_path,
        audit=False,
        prefix=[strace, "-f", "--seccomp-bpf", "-e", "trace=socket,connect,bind", "-o", str(trace)],
    )
    calls = trace.read_text().splitlines()
    sockets = [line for line in calls if re.search(r"\bsocket\(", line)]
    families = {m.group(1) for line in sockets if (m := re.search(r"socket\((AF_\w+)", line))}
    assert "AF_UNIX" in families, "strace saw no sockets at all: is it tracing?"
    assert families <= {"AF_UNIX"}, [line for line in sockets if "AF_UNIX" not in line]
    inet = [line for line in calls if re.search(r"AF_INET6?|AF_PACKET|sin_port", line)]
    assert inet == [], inet
