"""The transparency log's tree hash, exactly as RFC 9162 (section 2.1.1) defines it.

    leaf hash  = SHA-256(0x00 || leaf)
    node hash  = SHA-256(0x01 || left || right)
    MTH(n > 1) = node(MTH(first k leaves), MTH(the rest)), k the largest power of 2 below n
    MTH(0)     = SHA-256("")

A reader that kept the leaves of an accepted tree checks that a new tree extends it by
recomputing the root of the new tree's first `old size` leaves.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

EMPTY_ROOT = hashlib.sha256(b"").digest()


def leaf_hash(leaf: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + leaf).digest()


def node_hash(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def root_of_hashes(hashes: Sequence[bytes]) -> bytes:
    """MTH over leaf hashes, iteratively: pair neighbours level by level.

    Carrying an odd last node up unchanged gives the same tree as RFC 9162's split at
    the largest power of two, because that split always leaves the ragged edge on the right.
    """
    if not hashes:
        return EMPTY_ROOT
    level = list(hashes)
    while len(level) > 1:
        paired = [node_hash(level[i], level[i + 1]) for i in range(0, len(level) - 1, 2)]
        if len(level) % 2:
            paired.append(level[-1])
        level = paired
    return level[0]


def root(leaves: Sequence[bytes]) -> bytes:
    return root_of_hashes([leaf_hash(leaf) for leaf in leaves])


def root_by_definition(leaves: Sequence[bytes]) -> bytes:
    """RFC 9162's recursive definition, word for word (tests compare the two)."""
    n = len(leaves)
    if n == 0:
        return EMPTY_ROOT
    if n == 1:
        return leaf_hash(leaves[0])
    k = 1
    while k * 2 < n:
        k *= 2
    return node_hash(root_by_definition(leaves[:k]), root_by_definition(leaves[k:]))
