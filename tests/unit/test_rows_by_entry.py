"""A search's entries become their timeline rows through an index, exactly as a pass
over every row would find them."""

from __future__ import annotations

from datetime import date, datetime

from hypothesis import given
from hypothesis import strategies as st

from rekindle_desktop.domain.entries import EntryKind
from rekindle_desktop.domain.timeline import RowsByEntry, TimelineRow

DAY = date(2026, 3, 1)


def row(entry_id: int, beside: int | None) -> TimelineRow:
    return TimelineRow(
        DAY, datetime(2026, 3, 1, 12), EntryKind.NOTE, "12:00", "Note", "", entry_id, beside=beside
    )


ids = st.integers(min_value=1, max_value=40)


@given(
    st.lists(st.tuples(ids, st.none() | ids), max_size=80),
    st.sets(ids, max_size=15),
)
def test_the_rows_found_are_those_a_full_pass_finds_in_their_order(
    made: list[tuple[int, int | None]], found: set[int]
) -> None:
    rows = [row(entry_id, beside) for entry_id, beside in made]
    every = [r for r in rows if r.entry_id in found or r.beside in found]
    matched = RowsByEntry(rows).matching(found)
    assert [id(r) for r in matched] == [id(r) for r in every]
