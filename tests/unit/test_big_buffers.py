"""A freed timeline file's memory leaves the process, however many came before it."""

from __future__ import annotations

import subprocess
import sys

from rekindle_desktop.big_buffers import give_back_big_buffers, give_back_freed_memory

# Six 20 MB buffers, each freed while what was allocated after it lives on, as a
# timeline file is while the window goes on: what the process holds after, in MB.
HELD_AFTER = """
import sys
from rekindle_desktop.big_buffers import give_back_big_buffers, give_back_freed_memory
def rss():
    with open("/proc/self/status") as status:
        return next(int(l.split()[1]) // 1024 for l in status if l.startswith("VmRSS"))
took = give_back_big_buffers()
start, kept = rss(), []
for i in range(6):
    big = b"%d" % i * (20 * 1024 * 1024)
    kept.extend(b"k%d" % j * 600 for j in range(200))
    del big
print(took, rss() - start)
"""


def test_big_buffers_freed_one_after_another_are_given_back() -> None:
    result = subprocess.run(
        [sys.executable, "-c", HELD_AFTER], capture_output=True, text=True, check=True
    )
    took, held_mb = result.stdout.split()
    assert took == "True"  # this is Linux with glibc
    assert int(held_mb) < 10  # without it: 22 MB, a whole buffer and more


def test_it_never_raises_and_says_whether_it_was_taken() -> None:
    assert give_back_big_buffers() in (True, None)
    assert give_back_freed_memory() in (True, False, None)


# 40 MB in blocks too small to be mapped on their own (a closed connection's pages, a
# leaf's row), freed while a block allocated after them lives on: what the process
# still holds of them in MB, before and after giving back.
FREED_SMALL = """
from rekindle_desktop.big_buffers import give_back_big_buffers, give_back_freed_memory
def rss():
    with open("/proc/self/status") as status:
        return next(int(l.split()[1]) // 1024 for l in status if l.startswith("VmRSS"))
give_back_big_buffers()
start = rss()
small = [bytearray(4000) for _ in range(10_000)]
later = bytearray(4000)
del small
held = rss() - start
took = give_back_freed_memory()
print(took, held, rss() - start)
"""


def test_small_blocks_freed_after_a_job_are_given_back() -> None:
    result = subprocess.run(
        [sys.executable, "-c", FREED_SMALL], capture_output=True, text=True, check=True
    )
    took, held, after = result.stdout.split()
    assert took == "True"
    assert int(held) > 30  # glibc kept them: the case this is for
    assert int(after) < 10
