"""Letting go of an old record a piece at a time: everything goes, nothing shared is touched."""

from __future__ import annotations

import gc
import weakref
from dataclasses import dataclass, field

from rekindle_desktop.services.letting_go import PIECE, let_go_in_pieces


class Row:
    def __init__(self, n: int) -> None:
        self.n = n
        self.words = f"row {n}"


@dataclass
class Record:
    rows: list[Row] = field(default_factory=list)
    by_id: dict[int, Row] = field(default_factory=dict)
    cache: dict[str, tuple[int, list[Row]]] = field(default_factory=dict)


def test_an_old_record_is_freed_whole_and_its_list_emptied() -> None:
    rows = [Row(n) for n in range(10 * PIECE)]
    record = Record(rows, {r.n: r for r in rows}, {"rows": (1, list(rows))})
    watched = [weakref.ref(rows[0]), weakref.ref(rows[-1]), weakref.ref(record)]
    held: list[object] = [record]
    del rows, record
    gc.disable()  # freed by letting go, not by the collector
    try:
        let_go_in_pieces(held)
        assert held == []
        assert all(ref() is None for ref in watched)
    finally:
        gc.enable()


def test_what_is_still_used_elsewhere_stays_alive_and_unchanged() -> None:
    rows = [Row(n) for n in range(3 * PIECE)]
    kept = Record(rows, {r.n: r for r in rows})  # the new record shares the old rows
    old = Record(list(rows), dict(kept.by_id), {"rows": (1, rows)})
    let_go_in_pieces([old])
    assert kept.rows is rows and len(rows) == 3 * PIECE
    assert [r.n for r in kept.rows] == list(range(3 * PIECE))
    assert len(kept.by_id) == 3 * PIECE and kept.by_id[7].words == "row 7"


def test_between_pieces_it_gives_way_with_part_of_the_record_still_to_free() -> None:
    # The window's worker sleeps a moment in `give_way`, Python's lock free meanwhile.
    rows = [Row(n) for n in range(10 * PIECE)]
    watched = [weakref.ref(row) for row in rows]
    held: list[object] = [Record(rows)]
    del rows
    still_alive: list[int] = []
    gc.disable()
    try:
        let_go_in_pieces(
            held, give_way=lambda: still_alive.append(sum(r() is not None for r in watched))
        )
    finally:
        gc.enable()
    assert len(still_alive) >= 10  # one pause at least per piece of the rows
    assert still_alive[0] == 10 * PIECE and 0 in still_alive  # freed bit by bit, then all
    assert any(0 < alive < 10 * PIECE for alive in still_alive)
