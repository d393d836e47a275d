"""Letting go of ten years of entries without holding up the window.

When a page takes a newly read record, the old one is freed. Freed in one go, that is
one long stretch of C code (each entry, its body, its row...) during which no other
Python thread runs, the window's included: a third of a second at ten years. Here the
old record is taken apart first, cheaply, and then freed a piece at a time, so other
threads get their turn between pieces. Run it on a worker.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

PIECE = 250  # objects freed at a time: a few milliseconds at most
_LARGE = 64  # containers bigger than this are opened up, not freed whole
_DEPTH = 6  # how deep into objects and containers to look for large ones
_CONTAINERS = (dict, list, tuple, set, frozenset)


def _carry_on() -> None:
    pass


def let_go_in_pieces(held: list[Any], give_way: Callable[[], None] = _carry_on) -> None:
    """Free what `held` holds (and empties it), a piece at a time, calling `give_way()`
    between pieces.

    The caller's list must be the last reference to the old objects for them to be
    freed here; whatever is still used elsewhere just stays alive. Freeing is never
    urgent: the window's worker passes a `give_way` that sleeps a moment, so the window,
    which needs Python's lock for every row it paints, gets it at once rather than
    waiting its turn each time (a repaint after a review took 100 ms and more).
    """
    loose: list[Any] = []
    _open_up(held, loose, _DEPTH, give_way)
    held.clear()
    # Containers go before what they hold (their items are still held by `loose`, so
    # freeing a container is cheap); then the items, a piece at a time.
    loose.reverse()
    while loose:
        del loose[-PIECE:]
        give_way()


def _open_up(items: list[Any], loose: list[Any], depth: int, give_way: Callable[[], None]) -> None:
    """Move `items` into `loose`, with what a large container among them holds beside
    them, so that when `items` go, no large container is freed in one go. The items of
    a few small objects and containers (a record, its caches) are looked into too; the
    many small items of a large one (entries, rows) are freed whole, each on its own."""
    if len(items) > _LARGE:
        loose.extend(items)
        for number, item in enumerate(items):
            if depth > 0 and isinstance(item, _CONTAINERS) and len(item) > _LARGE:
                _open_up(_inside(item), loose, depth - 1, give_way)
            if number % PIECE == 0:
                give_way()
        return
    for item in items:
        loose.append(item)
        inside = _inside(item) if depth > 0 else []
        if inside:
            _open_up(inside, loose, depth - 1, give_way)


def _inside(item: Any) -> list[Any]:
    if isinstance(item, str | bytes | int | float):
        return []
    if isinstance(item, dict):
        return [*item.keys(), *item.values()]
    if isinstance(item, _CONTAINERS):
        return list(item)
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return [getattr(item, f.name) for f in dataclasses.fields(item)]
    fields = getattr(item, "__dict__", None)
    return list(fields.values()) if isinstance(fields, dict) else []
