"""Safety phrases: nine ordinary words both partners read aloud to compare keys (R12).

Someone who relays both pairing codes can hand each partner keys of their own. To go
unnoticed they need keys whose two phrases read the same. So a phrase carries 99 bits
(nine words from 2048) and each one costs a deliberately slow, memory-hard Argon2id
over both partners' keys: 64 MiB, three passes, one lane, about a quarter of a second
on one core. The cheapest search (meet in the middle: many keys for each side, then
look for any two phrases that agree) needs about 2^49.5 phrases per side, which is
more than 2^64 Argon2 block operations and millions of core-years; replacing only one
side needs 2^99. docs/SECURITY.md gives the arithmetic.

The scheme and the word list never change: the same keys must give the same words on
every version of Rekindle (tests/unit/test_safety_phrase.py holds a known answer).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from argon2.low_level import Type, hash_secret_raw

from rekindle_desktop.crypto.phrase_words import WORDS

SCHEME = b"rekindle safety phrase v2"  # the Argon2 salt: it names the scheme
BITS_PER_WORD = 11  # 2048 words
PHRASE_WORDS = 9
PHRASE_BITS = BITS_PER_WORD * PHRASE_WORDS  # 99
_OUTPUT_BYTES = 16  # 128 bits out of Argon2id; the first 99 become words


@dataclass(frozen=True)
class PhraseCost:
    """Argon2id's cost for one phrase; one lane, so it is the work of one core."""

    memory_kib: int
    time_cost: int

    @property
    def block_operations(self) -> int:
        """Argon2 compresses one 1 KiB block per KiB of memory on every pass."""
        return self.memory_kib * self.time_cost


# 0.25-0.30 s of one core's time per phrase on the 2-core AMD EPYC test machine
# (argon2-cffi 25.1). Tests swap in a token cost, except the ones that check these
# numbers and derive a real phrase with them (tests/conftest.py).
PHRASE_COST = PhraseCost(memory_kib=64 * 1024, time_cost=3)


def match_work_log2(cost: PhraseCost, bits: int = PHRASE_BITS) -> float:
    """log2 of the Argon2 block operations a relay needs to make two phrases match.

    Both partners' phrases are the relay's to steer (one key for each side), so the
    search is for a collision between two functions: about 2^(bits/2) phrases for each
    side. Counting each 1 KiB block operation as one unit of work under-counts it.
    """
    return bits / 2 + math.log2(cost.block_operations)


def safety_phrase(*public_keys: bytes, cost: PhraseCost | None = None) -> str:
    """The phrase for a set of public keys, the same whichever side computes it.

    Slow on purpose (see PHRASE_COST): call it off the GUI thread.
    """
    if len(public_keys) < 2:
        raise ValueError("a safety phrase is over two or more keys")
    cost = cost or PHRASE_COST
    # Sorted, so both sides agree; each key length-prefixed, so no two sets share bytes.
    material = b"".join(len(key).to_bytes(2, "big") + key for key in sorted(public_keys))
    digest = hash_secret_raw(
        secret=material,
        salt=SCHEME,
        time_cost=cost.time_cost,
        memory_cost=cost.memory_kib,
        parallelism=1,
        hash_len=_OUTPUT_BYTES,
        type=Type.ID,
    )
    number = int.from_bytes(digest, "big") >> (_OUTPUT_BYTES * 8 - PHRASE_BITS)
    indexes = [
        (number >> (BITS_PER_WORD * (PHRASE_WORDS - 1 - i))) & (len(WORDS) - 1)
        for i in range(PHRASE_WORDS)
    ]
    return " ".join(WORDS[i] for i in indexes)
