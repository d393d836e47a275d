"""Turning a passphrase or recovery code into a key-encryption key (SECURITY.md R2)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from argon2.exceptions import HashingError

# ffi and lib: libargon2 itself, which argon2-cffi documents for direct calls.
from argon2.low_level import (  # type: ignore[attr-defined]
    ARGON2_VERSION,
    Type,
    error_to_str,
    ffi,
    lib,
)
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
SALT_BYTES = 16

# OWASP's floor for Argon2id; a slot asking for less was not written by us.
MIN_MEMORY_KIB = 19 * 1024
MIN_TIME_COST = 2
# Refuse absurd values from a tampered slot before they exhaust memory.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_TIME_COST = 64
MAX_PARALLELISM = 64


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters, stored with each slot so they can be raised later."""

    memory_kib: int = 256 * 1024
    time_cost: int = 4
    parallelism: int = 4

    def validate(self) -> None:
        if not (MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB):
            raise ValueError(f"Argon2id memory {self.memory_kib} KiB is out of range")
        if not (MIN_TIME_COST <= self.time_cost <= MAX_TIME_COST):
            raise ValueError(f"Argon2id time cost {self.time_cost} is out of range")
        if not (1 <= self.parallelism <= MAX_PARALLELISM):
            raise ValueError(f"Argon2id parallelism {self.parallelism} is out of range")

    def to_json(self) -> dict[str, Any]:
        return {"name": "argon2id", **asdict(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Argon2Params:
        if data.get("name") != "argon2id":
            raise ValueError("not an Argon2id parameter set")
        params = cls(
            memory_kib=_int(data, "memory_kib"),
            time_cost=_int(data, "time_cost"),
            parallelism=_int(data, "parallelism"),
        )
        params.validate()
        return params


# Unlock costs about 0.5 s on a 2-core machine (tests/benchmarks/bench_unlock.py: 533 ms;
# time_cost 3 was 422 ms). A deliberate cost: every guess at a stolen journal pays it too.
DEFAULT_ARGON2 = Argon2Params()
# Tests use the floor so the suite stays quick; never used by the app itself.
FLOOR_ARGON2 = Argon2Params(memory_kib=MIN_MEMORY_KIB, time_cost=MIN_TIME_COST, parallelism=1)


def passphrase_kek(passphrase: str, salt: bytes, params: Argon2Params) -> bytearray:
    """Argon2id over the passphrase's UTF-8 bytes, into a buffer the caller wipes.

    What argon2-cffi's `hash_secret_raw` does, but writing the key straight into our
    bytearray rather than into a cffi buffer and a `bytes` copy that nobody can zero.
    The passphrase itself arrives as a `str` and cannot be wiped.
    """
    params.validate()
    secret = passphrase.encode("utf-8")
    kek = bytearray(KEY_BYTES)
    result = lib.argon2_hash(
        params.time_cost,
        params.memory_kib,
        params.parallelism,
        ffi.from_buffer(secret),
        len(secret),
        ffi.from_buffer(salt),
        len(salt),
        ffi.from_buffer(kek),
        KEY_BYTES,
        ffi.NULL,
        0,
        Type.ID.value,
        ARGON2_VERSION,
    )
    if result != lib.ARGON2_OK:
        raise HashingError(error_to_str(result))
    return kek


def high_entropy_kek(secret: bytes, salt: bytes, purpose: str) -> bytearray:
    """HKDF-SHA256 for secrets that are already uniformly random (recovery code, keyring),
    into a buffer the caller wipes.

    A 130-bit random code gains nothing from a slow hash, so unlocking with it stays instant.
    """
    kek = bytearray(KEY_BYTES)
    HKDF(
        algorithm=hashes.SHA256(),
        length=KEY_BYTES,
        salt=salt,
        info=f"rekindle/{purpose}".encode(),
    ).derive_into(secret, kek)
    return kek


def _int(data: dict[str, Any], key: str) -> int:
    value = data.get(key)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValueError(f"{key} must be an integer")
    return value
