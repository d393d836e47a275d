"""A whole Rekindle session in one process, for the no-network and no-leak tests.

    python -m tests.integration.full_session WORK SECRETS.json [--audit]

Sets up a sharer and a reviewer, logs entries (one private), pairs them, exports,
reviews, replies, writes a report, backs up and restores, exports the age identity,
remembers the journal in the keyring when a Secret Service is there, changes the
passphrase, then opens the real main window (offscreen) on both journals, locks it
and closes it. SECRETS.json (written by the test, outside WORK) holds the canaries to
use. The last line printed is JSON: the session's own secrets (database keys, recovery
codes) and, with --audit, every socket the process tried to use.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).parent.parent.parent

AUDIT: dict[str, Any] = {"network": [], "unix": 0, "control": False}
_NETWORK = {"socket.connect", "socket.bind", "socket.sendto", "socket.sendmsg"}
_LOOKUPS = {
    "socket.getaddrinfo",
    "socket.gethostbyname",
    "socket.gethostbyaddr",
    "socket.getnameinfo",
}
_CONTROL_HOST = "192.0.2.7"  # TEST-NET-1: looked up numerically, never reached


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event in _NETWORK:
        sock = args[0]
        if sock.family == socket.AF_UNIX:  # D-Bus to the keyring, X11: on this computer
            AUDIT["unix"] += 1
        else:
            AUDIT["network"].append(f"{event} {sock.family!r} {args[1]!r}")
    elif event in _LOOKUPS:
        if args and args[0] == _CONTROL_HOST:
            AUDIT["control"] = True
        else:
            AUDIT["network"].append(f"{event} {args!r}")
    elif event == "socket.__new__" and args[1] not in (socket.AF_UNIX,):
        AUDIT["network"].append(f"{event} family={args[1]!r}")


def main(work: Path, secrets_file: Path, audit: bool) -> None:
    if audit:
        sys.addaudithook(_audit)  # before Rekindle is even imported
    from rekindle_desktop import cli
    from rekindle_desktop.crypto.kdf import FLOOR_ARGON2
    from rekindle_desktop.domain.entries import CheckIn, Draft, EntryKind, NoteAbout, Words
    from rekindle_desktop.domain.moment import Moment
    from rekindle_desktop.domain.role import Role
    from rekindle_desktop.services import access, backup, replies, sharing
    from rekindle_desktop.services.clock import system_clock
    from rekindle_desktop.services.journal_log import JournalLog

    canary = json.loads(secrets_file.read_text())
    passphrase, new_passphrase = canary["passphrase"], canary["new_passphrase"]
    steps: list[str] = []
    found: dict[str, list[str]] = {"db_keys": [], "recovery_codes": []}

    def made(journal_folder: Path, role: Role) -> Any:
        created = access.create_journal(journal_folder, passphrase, role, argon2=FLOOR_ARGON2)
        found["db_keys"].append(created.journal.db_key.hex())
        found["recovery_codes"].append(created.recovery_code)
        return created.journal

    sharer = made(work / "sharer", Role.SHARING)
    reviewer = made(work / "reviewer", Role.REVIEWING)
    steps.append("set up")

    clock = system_clock()
    log = JournalLog(sharer, clock)
    now = Moment.now(clock.zone)
    log.add(Draft(EntryKind.DISCLOSURE, now, Words(canary["entry"])))
    log.add(Draft(EntryKind.CHECK_IN, now, CheckIn(canary["place"])))
    log.add(Draft(EntryKind.NOTE, now, Words(canary["private"], NoteAbout.OTHER), private=True))
    sharing.add_reviewer_note(reviewer, canary["reviewer_note"], question=True)
    steps.append("logged")

    for mine, theirs in ((sharer, reviewer), (reviewer, sharer)):
        sharing.confirm_pairing(mine, sharing.preview_pairing(mine, sharing.pairing_code(theirs)))
    steps.append("paired")

    out = work / "out"
    out.mkdir()
    sharing.export(sharer, out / "timeline.rekindle")
    verdict = sharing.review(reviewer, (out / "timeline.rekindle").read_bytes()).verdict
    assert verdict.accepted, verdict
    replies.make_reply(reviewer, out / "reply.rekindle")
    replies.receive_reply(sharer, (out / "reply.rekindle").read_bytes())
    steps.append("shared, reviewed, replied")

    backup.make_backup(sharer, out / "sharer.rekindle-backup")
    backup.restore(out / "sharer.rekindle-backup", work / "restored")
    access.unlock_with_passphrase(work / "restored", passphrase).close()
    steps.append("backed up and restored")

    sharing.export_age_identity(sharer, out / "identity.txt")
    steps.append("exported the age identity")

    if access.keyring_status() is None:
        access.remember_on_this_computer(sharer)
        access.unlock_with_keyring(sharer.folder.path).close()
        access.forget_on_this_computer(sharer)
        steps.append("remembered in the keyring and forgot")

    sharer.close()
    reviewer.close()

    for folder in (work / "sharer", work / "reviewer"):
        with access.unlock_with_passphrase(folder, passphrase) as journal:
            access.change_passphrase(journal, new_passphrase, argon2=FLOOR_ARGON2)
    steps.append("changed passphrases")

    _window_session(work, new_passphrase, FLOOR_ARGON2)
    steps.append("opened, locked and closed the window")

    for folder in (work / "sharer", work / "reviewer"):
        os.environ["REKINDLE_PASSPHRASE_FILE"] = str(secrets_file.with_name("passphrase"))
        code = cli.main(["report", "--journal", str(folder), "--out", str(out / "report.pdf")])
        assert code == 0, code
    del os.environ["REKINDLE_PASSPHRASE_FILE"]
    steps.append("reports (the window made the QApplication the PDF needs)")

    if audit:
        socket.getaddrinfo(_CONTROL_HOST, 9, flags=socket.AI_NUMERICHOST)  # the hook must see it
    print(json.dumps({"steps": steps, **found, **AUDIT}))


def _window_session(work: Path, passphrase: str, argon2: Any) -> None:
    """The real window, offscreen: the app's own start (single instance, smoke test) and
    a window unlocked, used, locked by Ctrl+L's action, and closed."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    from rekindle_desktop.ui.app import GuiOptions, run_gui
    from rekindle_desktop.ui.main_window import RekindleWindow

    for folder in (work / "sharer", work / "reviewer"):
        options = GuiOptions(
            journal_folder=folder, smoke_test=True, smoke_passphrase=passphrase, argon2=argon2
        )
        assert run_gui(options) == 0
    from rekindle_desktop.services import access
    from rekindle_desktop.services.journal_session import JournalSession

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = RekindleWindow(work / "sharer", argon2=argon2)
    window.show()
    window.open_journal(JournalSession(access.unlock_with_passphrase(work / "sharer", passphrase)))
    app.processEvents()
    window.lock_action.trigger()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.close()
    QThreadPool.globalInstance().waitForDone(10_000)  # the window's keyring check
    app.processEvents()


def canaries() -> dict[str, str]:
    """Words nobody else would write, fresh each run, so finding one means a leak."""
    token = secrets.token_hex(4)
    return {
        "passphrase": f"saffron kettle wanders past nine {token}",
        "new_passphrase": f"copper meadow hums at dawn {token}",
        "entry": f"Lunch with Alex at the quay {token}",
        "place": f"Marigold Street {token}",
        "private": f"Felt low today, told nobody {token}",
        "reviewer_note": f"Ask about the Tuesday call {token}",
    }


def run_session(tmp_path: Path, *, audit: bool, prefix: list[str] | None = None) -> dict[str, Any]:
    """Run the session in a fresh process: journals and files under tmp_path/work, its
    TMPDIR at tmp_path/tmp, and the test's own inputs (canaries) in tmp_path/inputs."""
    work, inputs, tmp = tmp_path / "work", tmp_path / "inputs", tmp_path / "tmp"
    for folder in (work, inputs, tmp):
        folder.mkdir()
    words = canaries()
    (inputs / "secrets.json").write_text(json.dumps(words))
    (inputs / "passphrase").write_text(words["new_passphrase"])  # for `rekindle report`
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp)}
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # the test's own bytecode is not the app's writing
    command = [sys.executable, "-m", "tests.integration.full_session", str(work)]
    command += [str(inputs / "secrets.json"), *(["--audit"] if audit else [])]
    done = subprocess.run(
        [*(prefix or []), *command],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["steps"][-1].startswith("reports"), result["steps"]
    result["canaries"] = words
    return result


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), "--audit" in sys.argv[3:])
