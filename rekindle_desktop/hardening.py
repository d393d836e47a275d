"""Keeping an unlocked journal's secrets out of core dumps (SECURITY.md R13).

`harden_process()` runs first thing in `rekindle` (window and commands alike), before
any key exists. It never stops Rekindle from starting: a call the system refuses is
noted in the returned `Hardening` and start-up goes on. Nothing it records is secret.

- Linux: RLIMIT_CORE 0 (no core file) and PR_SET_DUMPABLE 0, which also keeps the
  memory from a core handler such as systemd-coredump or apport (unless an administrator
  set fs.suid_dumpable=2) and stops other processes of the same user from attaching a
  debugger or reading /proc/<pid>/mem. Root can still read it.
- macOS: RLIMIT_CORE 0. Crash reports there hold stack traces, not memory. PT_DENY_ATTACH
  is not used: a determined user of the same account can work around it, and it
  breaks the system's own crash reports.
- Windows: SetErrorMode(SEM_NOGPFAULTERRORBOX | SEM_FAILCRITICALERRORS): "the system
  does not invoke Windows Error Reporting" (Microsoft's documentation), so a crash is not
  collected by WER. Not tested on Windows here. A debugger, Task Manager's "Create dump
  file" or any process of the same user (ReadProcessMemory) can still copy memory.
"""

from __future__ import annotations

import ctypes
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
SEM_FAILCRITICALERRORS = 0x0001
SEM_NOGPFAULTERRORBOX = 0x0002


class Hardening:
    """What the system agreed to. None: not a thing this system has.

    (A plain class: `dataclasses` would add its imports to every start.)
    """

    __slots__ = ("core_limit_zero", "no_error_reporting", "not_dumpable")

    def __init__(
        self, core_limit_zero: bool | None, not_dumpable: bool | None, dialog: bool | None
    ) -> None:
        self.core_limit_zero = core_limit_zero
        self.not_dumpable = not_dumpable
        self.no_error_reporting = dialog

    def __repr__(self) -> str:
        return (
            f"Hardening(core_limit_zero={self.core_limit_zero}, "
            f"not_dumpable={self.not_dumpable}, "
            f"no_error_reporting={self.no_error_reporting})"
        )


def harden_process() -> Hardening:
    """No core dumps from this process from now on; never raises."""
    core = _no_core_files()
    dumpable = _not_dumpable() if sys.platform.startswith("linux") else None
    dialog = _no_error_reporting() if sys.platform == "win32" else None
    return Hardening(core, dumpable, dialog)


def _no_core_files() -> bool | None:
    try:
        import resource
    except ImportError:  # Windows has no rlimits
        return None
    try:
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError):
        return False
    return True


def _not_dumpable() -> bool:
    try:
        # dlopen(NULL): the symbols already loaded, libc's prctl among them. (find_library
        # would run ldconfig, a subprocess on every start.)
        libc = ctypes.CDLL(None, use_errno=True)
        prctl = libc.prctl
        prctl.restype = ctypes.c_int
        prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong,
                          ctypes.c_ulong]  # fmt: skip
        if prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            return False
        return bool(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _no_error_reporting() -> bool:
    if sys.platform != "win32":
        return False
    try:
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        mode = int(kernel32.GetErrorMode())
        kernel32.SetErrorMode(mode | SEM_NOGPFAULTERRORBOX | SEM_FAILCRITICALERRORS)
    except (OSError, AttributeError):
        return False
    return True
