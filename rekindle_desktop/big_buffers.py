"""Big buffers go back to the system once freed (glibc's malloc, on Linux).

At ten years a timeline file and what it decrypts to are about 19 MB each. glibc maps a
block that big on its own and unmaps it when it is freed, until the first such block is
freed: from then on it raises its threshold to that size and serves the next ones from
its heap, where a freed block stays part of the process (and a freed plaintext stays in
its memory) while anything allocated after it is alive. Setting the threshold once, as
`rekindle` does at start, keeps the first behaviour. Measured on the ten-year journal
(the benchmark's window probe): peak memory 380 MB -> 331 MB, and 293 MB held after
writing a timeline file from the window instead of 342 MB.

Smaller blocks (a closed connection's decrypted pages, a leaf's row) stay in glibc's
heap once freed; `give_back_freed_memory` hands what is free there back to the system
after a one-off job such as an export (40 MB at ten years).
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

M_MMAP_THRESHOLD = -3  # glibc's malloc.h
THRESHOLD = 128 * 1024  # glibc's own starting value: a block this big is mapped on its own


def give_back_big_buffers() -> bool | None:
    """Fix glibc's threshold; whether glibc took it. None where there is no glibc to ask
    (macOS, Windows, or a C library without `mallopt`). Never raises."""
    mallopt = _glibc("mallopt", ctypes.c_int, ctypes.c_int)
    return None if mallopt is None else bool(mallopt(M_MMAP_THRESHOLD, THRESHOLD))


def give_back_freed_memory() -> bool | None:
    """Return the free parts of glibc's heap to the system (`malloc_trim`); whether any
    was. None where there is no glibc to ask. Never raises. A few milliseconds."""
    malloc_trim = _glibc("malloc_trim", ctypes.c_size_t)
    return None if malloc_trim is None else bool(malloc_trim(0))


def _glibc(name: str, *argtypes: type) -> Callable[..., int] | None:
    """glibc's function `name` taking `argtypes` and returning an int, if there is one."""
    if not sys.platform.startswith("linux"):
        return None  # Windows and macOS have no glibc
    try:
        function = getattr(ctypes.CDLL(None), name)
    except (OSError, AttributeError):
        return None
    function.argtypes = argtypes
    function.restype = ctypes.c_int
    return function  # type: ignore[no-any-return]
