"""Recovery codes: 130 random bits written as 26 characters a person can copy by hand."""

from __future__ import annotations

import secrets

# Crockford's base32: no I, L, O or U, so nothing is mistaken for 1, 0 or a word.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CONFUSABLE = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})
LENGTH = 26  # 26 x 5 = 130 bits
GROUP = 5


def new_recovery_code() -> str:
    """A fresh code, grouped for reading: `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-X`."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return format_code(raw)


def format_code(raw: str) -> str:
    return "-".join(raw[i : i + GROUP] for i in range(0, len(raw), GROUP))


def normalize_code(typed: str) -> str | None:
    """The canonical 26 characters of a typed code, or None if it cannot be one.

    Spaces, dashes and case are ignored, and letters easily misread are mapped
    the way Crockford's base32 intends.
    """
    cleaned = "".join(ch for ch in typed.upper() if ch not in " -\t\n").translate(_CONFUSABLE)
    if len(cleaned) != LENGTH or any(ch not in ALPHABET for ch in cleaned):
        return None
    return cleaned
