"""Zeroing the key buffers Rekindle holds itself (SECURITY.md R13).

Only a `bytearray` can be wiped: Python's `bytes` and `str` are immutable, and their
copies (a passphrase from the window, a keyring secret's text) stay in freed memory
until it is reused. So keys live in bytearrays, lent out without copies, and are
zeroed as soon as they have done their job.
"""

from __future__ import annotations


def wipe(buffer: bytearray) -> None:
    """Every byte set to zero, in place (same length, so the memory is not moved)."""
    buffer[:] = bytes(len(buffer))
