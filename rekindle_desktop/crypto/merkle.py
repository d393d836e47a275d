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
    """MTH over leaf hashes, as `top(levels(hashes))` but holding one level at a time."""
    level = list(hashes)
    while len(level) > 1:
        level = _parents(level)
    return level[0] if level else EMPTY_ROOT


def levels(hashes: Sequence[bytes]) -> list[list[bytes]]:
    """The tree level by level, the leaf hashes first: neighbours paired on each level.

    Carrying an odd last node up unchanged gives the same tree as RFC 9162's split at
    the largest power of two, because that split always leaves the ragged edge on the right.
    """
    tree = [list(hashes)]
    while len(tree[-1]) > 1:
        tree.append(_parents(tree[-1]))
    return tree


def _parents(level: list[bytes]) -> list[bytes]:
    """The level above `level`: neighbours paired, an odd last node carried up as it is."""
    sha256 = hashlib.sha256  # one call a node, no function of ours in between
    paired = [sha256(b"\x01" + left + right).digest() for left, right in _pairs(level)]
    if len(level) % 2:
        paired.append(level[-1])
    return paired


def _pairs(level: list[bytes]) -> zip[tuple[bytes, bytes]]:
    """Neighbours (0, 1), (2, 3)…; an odd last node is left out."""
    return zip(level[0::2], level[1::2], strict=False)


def top(tree: list[list[bytes]]) -> bytes:
    """The root of a tree made by `levels`."""
    return tree[-1][0] if tree[0] else EMPTY_ROOT


def prefix_root(tree: list[list[bytes]], size: int) -> bytes:
    """MTH of the tree's first `size` leaves (at most all of them), from nodes `levels`
    already made: one whole subtree for each binary digit of `size`, largest first,
    joined from the right, as RFC 9162's split at the largest power of two does.

    On level h, node i covers leaves i·2^h up to (i+1)·2^h, not included; it is a whole subtree
    (never a carried odd node) whenever all of those leaves are in the tree.
    """
    if not 0 <= size <= len(tree[0]):
        raise ValueError("a prefix of the tree is at most the whole tree")
    parts = []
    offset = 0
    for height in range(size.bit_length() - 1, -1, -1):
        if size >> height & 1:
            parts.append(tree[height][offset >> height])
            offset += 1 << height
    folded = parts.pop() if parts else EMPTY_ROOT
    while parts:
        folded = node_hash(parts.pop(), folded)
    return folded


def leaf_hashes(leaves: Sequence[bytes]) -> list[bytes]:
    sha256 = hashlib.sha256  # one call a leaf, no function of ours in between
    return [sha256(b"\x00" + leaf).digest() for leaf in leaves]


def root(leaves: Sequence[bytes]) -> bytes:
    return root_of_hashes(leaf_hashes(leaves))


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
