"""The timeline file through a real sync tool: two Syncthing instances on loopback.

The sharer's automatic export writes into the sharer's synced folder; Syncthing
carries it to the reviewer's folder, where the review page, watching the file it
opened once, reviews each new version. Syncthing's own temporary file and its
conflict copies sit beside the file; neither is ever taken for it.
One Syncthing pair serves the whole module; each test works in a folder of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.entries import EntryKind
from rekindle_desktop.services import sharing
from rekindle_desktop.services.clock import Clock
from rekindle_desktop.services.journal_log import JournalLog
from rekindle_desktop.services.records import Records
from rekindle_desktop.services.sharing import ReviewResult
from rekindle_desktop.ui.review_view import ReviewView
from rekindle_desktop.ui.sharer_view import SharerView
from tests.real_services import ServiceMissing
from tests.syncthing_pair import Instance, syncthing_pair, wait_for
from tests.unit.test_sharing import Pair, make_pair

ZONE = ZoneInfo("America/New_York")
CLOCK = Clock(ZONE, datetime(2026, 11, 25, 20, 0, tzinfo=ZONE))
NAME = sharing.AUTO_EXPORT_NAME
Verdict = sharing.Verdict
CONFLICT = re.compile(r"^timeline\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}\.rekindle$")


@pytest.fixture(scope="module")
def synced(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Instance, Instance]]:
    """The sharer's Syncthing and the reviewer's, connected, one folder shared."""
    try:
        with syncthing_pair(tmp_path_factory.mktemp("syncthing")) as pair:
            yield pair
    except ServiceMissing as exc:
        pytest.fail(str(exc))


@pytest.fixture
def journals(tmp_path: Path, fast_argon2: Argon2Params) -> Iterator[Pair]:
    made = make_pair(tmp_path, fast_argon2)
    yield made
    made.sharer.close()
    made.reviewer.close()


class Sides:
    """One test's own folder on both computers, the sharer's page writing into it and,
    once the reviewer has opened the file, the review page watching it."""

    def __init__(
        self, qtbot: QtBot, pair: Pair, a: Instance, b: Instance, name: str,
        monkeypatch: pytest.MonkeyPatch,
    ) -> None:  # fmt: skip
        self.qtbot, self.pair, self.a, self.b = qtbot, pair, a, b
        self.sent = a.folder / name
        self.sent.mkdir()
        self.arrived = b.folder / name / NAME
        self.sharer = SharerView(JournalLog(pair.sharer, CLOCK))
        qtbot.addWidget(self.sharer)
        monkeypatch.setattr(
            "rekindle_desktop.ui.sharer_view.QFileDialog.getExistingDirectory",
            lambda *a, **k: str(self.sent),
        )
        self.sharer.auto_share.setChecked(True)
        self.review = ReviewView(Records(pair.reviewer, CLOCK))
        qtbot.addWidget(self.review)
        self.results: list[ReviewResult] = []
        self.review.reviewed.connect(self.results.append)

    def check_in(self, place: str) -> None:
        """The sharer logs a check-in; the automatic export writes the file."""
        self.sharer.quick_log.choose(EntryKind.CHECK_IN)
        self.sharer.quick_log.text.setText(place)
        self.sharer.quick_log.submit()
        assert "Saved to" in self.sharer.share_note.text()

    def arrival(self, size: int) -> None:
        """Wait, without a fixed sleep, until the reviewer's copy holds `size` entries."""
        wanted = (self.sent / NAME).read_bytes()
        wait_for(
            f"the {size}-entry file to arrive",
            lambda: self.arrived.exists() and self.arrived.read_bytes() == wanted,
        )

    def shown(self) -> int:
        return self.review.timeline.model.rowCount()


def renamed_over(instance: Instance, target: Path) -> list[str]:
    """The renames Syncthing made onto `target`, as strace saw them."""
    assert instance.trace is not None
    calls = instance.trace.read_text().splitlines()
    return [c for c in calls if "rename" in c and f'"{target}"' in c]


def test_the_sharers_automatic_export_arrives_and_is_reviewed_on_the_other_side(
    qtbot: QtBot,
    journals: Pair,
    synced: tuple[Instance, Instance],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    a, b = synced
    sides = Sides(qtbot, journals, a, b, "arrives", monkeypatch)
    sides.check_in("Office")
    sides.arrival(1)
    first = sides.review.open_file(sides.arrived)  # once, from the synced folder
    assert first is not None and first.verdict is Verdict.ACCEPTED
    assert sides.shown() == 1

    for number, place in enumerate(("Library", "Home"), start=2):
        with qtbot.waitSignal(sides.review.reviewed, timeout=20_000) as seen:
            sides.check_in(place)  # and nothing more: Syncthing and the watcher do the rest
        result = seen.args[0]
        assert result.verdict is Verdict.ACCEPTED and result.new_entries == 1
        assert result.total == number
        assert sides.shown() == number
        assert "timeline file was updated" in sides.review.result_note.text()

    # Each version came in as Syncthing's temporary file, renamed over the real one at
    # the end; the page watched and reviewed only the real file, and never saw damage.
    temporary = sides.arrived.with_name(f".syncthing.{NAME}.tmp")
    renames = renamed_over(b, sides.arrived)
    assert len([r for r in renames if f'"{temporary}"' in r]) >= 2, renames
    assert sides.review.watched == sides.arrived
    assert sides.review.watcher.files() == [str(sides.arrived)]
    assert all(r.verdict is Verdict.ACCEPTED for r in sides.results)
    assert not temporary.exists()


def test_a_conflict_copy_is_left_alone_and_the_real_file_is_still_reviewed(
    qtbot: QtBot,
    journals: Pair,
    synced: tuple[Instance, Instance],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A real conflict: with the connection paused, the file changes on both computers
    (the sharer saves; on the reviewer's side an older copy of the file is put back, as a
    backup tool might). Syncthing keeps the newer one and renames the other into a
    `.sync-conflict-…` copy, on both sides."""
    a, b = synced
    sides = Sides(qtbot, journals, a, b, "conflict", monkeypatch)
    sides.check_in("Office")
    sides.arrival(1)
    assert sides.review.open_file(sides.arrived) is not None
    older = sharing.export(journals.sharer, journals.folder / "older.rekindle").path.read_bytes()

    a.pause(b)
    b.pause(a)
    wait_for("the connection to pause", lambda: not a.connected_to(b) and not b.connected_to(a))
    with qtbot.waitSignal(sides.review.reviewed, timeout=20_000) as seen:
        sides.arrived.write_bytes(older)  # the reviewer's side changes first…
    assert seen.args[0].verdict is Verdict.ALREADY_SEEN
    assert sides.review.result_note.text().startswith(
        "You have already reviewed everything in this file."
    )
    b.rescan()
    sides.check_in("Library")  # …and the sharer's save comes later, so it is newer
    a.rescan()

    with qtbot.waitSignal(sides.review.reviewed, timeout=30_000) as seen:
        a.resume(b)
        b.resume(a)
    result = seen.args[0]
    assert result.verdict is Verdict.ACCEPTED and result.new_entries == 1 and result.total == 2
    assert sides.shown() == 2

    conflicts = [p for p in sides.arrived.parent.iterdir() if CONFLICT.match(p.name)]
    assert len(conflicts) == 1, sorted(p.name for p in sides.arrived.parent.iterdir())
    assert conflicts[0].read_bytes() == older  # the reviewer's side lost: it was older
    assert sides.review.watched == sides.arrived
    assert all(r.verdict is not Verdict.ACCEPTED or r.total <= 2 for r in sides.results)

    # The reviewer is told the copy is there and safe to delete; Rekindle keeps to the
    # real file.
    assert conflicts[0].name in sides.review.result_note.text()
    assert "safe to delete" in sides.review.result_note.text()

    # Opened by hand, the conflict copy (older here) is refused in the plain words review
    # always uses; nothing changes, and the page goes on watching the real file.
    again = sides.review.open_file(conflicts[0])
    assert again is not None and again.verdict is Verdict.OLDER
    assert again.message.startswith("This is an older timeline file")
    assert sides.shown() == 2
    assert sides.review.watched == sides.arrived
    with qtbot.waitSignal(sides.review.reviewed, timeout=20_000) as seen:
        sides.check_in("Home")
    assert seen.args[0].verdict is Verdict.ACCEPTED and seen.args[0].total == 3


def test_a_newer_conflict_copy_is_not_silently_taken_and_nothing_is_lost(
    qtbot: QtBot,
    journals: Pair,
    synced: tuple[Instance, Instance],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The other way round, also a real conflict: the sharer saves first, then the older
    copy is put back on the reviewer's side, so the reviewer's side is newer and wins.
    The sharer's new file becomes the conflict copy. Rekindle does not take it in by
    itself; the sharer's next save carries everything, and nothing is lost."""
    a, b = synced
    sides = Sides(qtbot, journals, a, b, "newer-copy", monkeypatch)
    sides.check_in("Office")
    sides.arrival(1)
    assert sides.review.open_file(sides.arrived) is not None
    older = sharing.export(journals.sharer, journals.folder / "older.rekindle").path.read_bytes()

    a.pause(b)
    b.pause(a)
    wait_for("the connection to pause", lambda: not a.connected_to(b) and not b.connected_to(a))
    sides.check_in("Library")  # the sharer's save comes first…
    newer = (sides.sent / NAME).read_bytes()
    a.rescan()
    with qtbot.waitSignal(sides.review.reviewed, timeout=20_000) as seen:
        sides.arrived.write_bytes(older)  # …and the reviewer's side changes later
    assert seen.args[0].verdict is Verdict.ALREADY_SEEN
    b.rescan()
    a.resume(b)
    b.resume(a)

    def copies() -> list[Path]:
        return [p for p in sides.arrived.parent.iterdir() if CONFLICT.match(p.name)]

    wait_for("Syncthing's conflict copy", lambda: len(copies()) == 1, timeout=30)
    assert copies()[0].read_bytes() == newer and sides.arrived.read_bytes() == older
    qtbot.waitUntil(lambda: not sides.review._settle.isActive(), timeout=5_000)
    assert sides.shown() == 1  # the copy holds a newer entry: not taken in silently
    assert sides.review.watched == sides.arrived
    assert [r.verdict for r in sides.results] == [Verdict.ACCEPTED, Verdict.ALREADY_SEEN]

    with qtbot.waitSignal(sides.review.reviewed, timeout=20_000) as seen:
        sides.check_in("Home")  # the next save carries the whole record
    result = seen.args[0]
    assert result.verdict is Verdict.ACCEPTED and result.new_entries == 2 and result.total == 3
    assert sides.shown() == 3
    assert copies()[0].name in sides.review.result_note.text()
    assert "safe to delete" in sides.review.result_note.text()


def test_nothing_but_loopback_was_touched(synced: tuple[Instance, Instance]) -> None:
    """Both Syncthings ran under strace: every network address they used is loopback."""
    a, b = synced
    for me in (a, b):
        assert me.trace is not None
        calls = me.trace.read_text().splitlines()
        addresses = [
            m.group(1) for c in calls if (m := re.search(r'inet_(?:addr|pton)\([^"]*"([^"]+)"', c))
        ]
        assert f"htons({me.listen_port})" in me.trace.read_text(), "strace saw nothing"
        assert addresses and all(x.startswith("127.") or x == "::1" for x in addresses), {
            x for x in addresses if not x.startswith("127.")
        }
        datagrams = [c for c in calls if re.search(r"socket\(AF_INET6?, SOCK_DGRAM", c)]
        assert datagrams == []  # no discovery broadcasts, no STUN
