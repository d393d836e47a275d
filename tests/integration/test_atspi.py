"""What a screen reader finds in the demo window, read through AT-SPI as Orca reads it.

The real app runs in a real X server with accessibility on; at-spi2-core's own bus and
registry run on a private session bus. The test reads the accessible tree over D-Bus
(jeepney), presses keys and clicks through the registry (XTest, as screen readers do)
and hears where focus goes from the app's own focus events. One app start serves all.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

# jeepney speaks D-Bus in plain Python; it comes with keyring (SecretStorage), untyped.
from jeepney import (  # type: ignore[import-untyped]
    DBusAddress,
    MatchRule,
    Message,
    MessageType,
    new_method_call,
)
from jeepney.io.blocking import open_dbus_connection  # type: ignore[import-untyped]

from rekindle_desktop import APP_NAME
from tests import real_services

ROOT = Path(__file__).parents[2]
DBUS, DBUS_PATH = "org.freedesktop.DBus", "/org/freedesktop/DBus"
REGISTRY = "org.a11y.atspi.Registry"
ACCESSIBLE = "org.a11y.atspi.Accessible"
COMPONENT = "org.a11y.atspi.Component"
DEVICES = "/org/a11y/atspi/registry/deviceeventcontroller"
DESKTOP = "/org/a11y/atspi/accessible/root"
# AT-SPI state bits (atspi-constants.h): ACTIVE, FOCUSABLE, FOCUSED, SHOWING.
ACTIVE, FOCUSABLE, FOCUSED, SHOWING = 1, 11, 12, 25
TAB = 0xFF09  # the keysym
KEY_SYM = 3  # GenerateKeyboardEvent: press and release this keysym
SCREEN = 0  # coordinates on the screen
# Rows and lists hold the timeline's entries: many, and not what these checks are about.
NOT_INTO = {"list", "table", "tree", "tree table", "list box"}
OUTCOMES = ("Kept: ", "Changed, told before: ", "Changed, told after: ", "Not kept: ")


@dataclass(frozen=True)
class Node:
    """One accessible object, as a screen reader sees it."""

    bus_name: str
    path: str
    role: str
    name: str
    description: str
    states: int

    def has(self, state: int) -> bool:
        return bool(self.states >> state & 1)


class Atspi:
    """Calls on the accessibility bus, and the app's focus events heard on it."""

    def __init__(self, address: str) -> None:
        self.bus = open_dbus_connection(address)
        self._focus_rule = MatchRule(
            type="signal", interface="org.a11y.atspi.Event.Object", member="StateChanged"
        )
        self._focus_events = self.bus.filter(self._focus_rule).queue
        self._add_match(self._focus_rule)
        # Apps send focus events only while a listener is registered for them. The first
        # call starts the registry; on a loaded machine that start has been seen to fail
        # once ("disconnected without replying"), and the next call starts it again.
        for attempt in range(3):
            reply = self._send(REGISTRY, "/org/a11y/atspi/registry", REGISTRY, "RegisterEvent",
                               "s", ("object:state-changed:focused",))  # fmt: skip
            if reply.header.message_type is not MessageType.error:
                break
            assert attempt < 2, ("the registry never answered", reply.body)

    def _add_match(self, rule: MatchRule) -> None:
        self.call(DBUS, DBUS_PATH, DBUS, "AddMatch", "s", (rule.serialise(),))

    def call(
        self, bus_name: str, path: str, interface: str, method: str,
        signature: str | None = None, body: tuple[Any, ...] = (),
    ) -> tuple[Any, ...]:  # fmt: skip
        reply = self._send(bus_name, path, interface, method, signature, body)
        assert reply.header.message_type is not MessageType.error, (method, reply.body)
        return tuple(reply.body)

    def _send(
        self, bus_name: str, path: str, interface: str, method: str,
        signature: str | None = None, body: tuple[Any, ...] = (),
    ) -> Message:  # fmt: skip
        address = DBusAddress(path, bus_name=bus_name, interface=interface)
        return self.bus.send_and_get_reply(
            new_method_call(address, method, signature, body), timeout=30
        )

    def node(self, bus_name: str, path: str) -> Node:
        def prop(name: str) -> str:
            value = self.call(bus_name, path, "org.freedesktop.DBus.Properties", "Get", "ss",
                              (ACCESSIBLE, name))[0][1]  # fmt: skip
            return str(value)

        role = self.call(bus_name, path, ACCESSIBLE, "GetRoleName")[0]
        low, high = self.call(bus_name, path, ACCESSIBLE, "GetState")[0]
        return Node(bus_name, path, role, prop("Name"), prop("Description"), low | high << 32)

    def children(self, node: Node) -> list[Node]:
        found = self.call(node.bus_name, node.path, ACCESSIBLE, "GetChildren")[0]
        return [self.node(bus_name, path) for bus_name, path in found]

    def tree(self, top: Node) -> list[Node]:
        """`top` and everything under it (not into lists of rows)."""
        nodes = [top]
        if top.role not in NOT_INTO:
            for child in self.children(top):
                nodes += self.tree(child)
        return nodes

    def extents(self, node: Node) -> tuple[int, int, int, int]:
        x, y, width, height = self.call(node.bus_name, node.path, COMPONENT, "GetExtents", "u",
                                        (SCREEN,))[0]  # fmt: skip
        return x, y, width, height

    def click(self, x: int, y: int) -> None:
        self.call(REGISTRY, DEVICES, "org.a11y.atspi.DeviceEventController",
                  "GenerateMouseEvent", "iis", (x, y, "b1c"))  # fmt: skip

    def grab_focus(self, node: Node) -> str:
        """Focus `node` and return the path its focus event names."""
        self._focus_events.clear()  # earlier events, the window's own first focus
        if self.node(node.bus_name, node.path).has(FOCUSED):
            return node.path  # already there: no event comes
        self.call(node.bus_name, node.path, COMPONENT, "GrabFocus")
        return self.next_focus()

    def press_tab(self) -> str:
        """Tab, as typed on the keyboard; the path of what takes focus."""
        self.call(REGISTRY, DEVICES, "org.a11y.atspi.DeviceEventController",
                  "GenerateKeyboardEvent", "isu", (TAB, "", KEY_SYM))  # fmt: skip
        return self.next_focus()

    def next_focus(self) -> str:
        deadline = time.monotonic() + 10
        while True:
            left = deadline - time.monotonic()
            assert left > 0, "focus went nowhere a screen reader could follow"
            event: Message = self.bus.recv_until_filtered(self._focus_events, timeout=left)
            kind, gained = event.body[0], event.body[1]
            if kind == "focused" and gained == 1:
                return str(event.header.fields[1])  # the path of the object now focused


@dataclass(frozen=True)
class Demo:
    atspi: Atspi
    window: Node
    nodes: list[Node]


def _wait_for_window(atspi: Atspi, app: subprocess.Popen[str]) -> Node:
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert app.poll() is None, app.communicate()[1]
        desktop = atspi.node(REGISTRY, DESKTOP)
        for application in atspi.children(desktop):
            for frame in atspi.children(application):
                if frame.role == "frame" and "demo" in frame.name.casefold():
                    return frame
        time.sleep(0.2)
    pytest.fail("the demo window never appeared to AT-SPI")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    home = tmp_path_factory.mktemp("atspi-home")
    try:
        with real_services.x_server() as display:
            env = {
                **os.environ,
                "HOME": str(home),
                "XDG_CONFIG_HOME": str(home / ".config"),
                "XDG_DATA_HOME": str(home / ".local/share"),
                "XDG_CACHE_HOME": str(home / ".cache"),
                "XDG_RUNTIME_DIR": str(home),
                "TMPDIR": str(home),
                "DISPLAY": display,  # the registry presses keys in this X server
            }
            with real_services.message_bus(env) as session:
                yield from _run_demo(env, session)
    except real_services.ServiceMissing as exc:
        pytest.fail(str(exc))


def _run_demo(env: dict[str, str], session: str) -> Iterator[Demo]:
    real_services.require("/usr/libexec/at-spi-bus-launcher")
    starter = open_dbus_connection(session)
    # Asking for the accessibility bus starts at-spi2-core's bus and registry (D-Bus
    # activation, as on a desktop).
    reply = starter.send_and_get_reply(
        new_method_call(
            DBusAddress("/org/a11y/bus", bus_name="org.a11y.Bus", interface="org.a11y.Bus"),
            "GetAddress",
        ),
        timeout=30,
    )
    assert reply.header.message_type is not MessageType.error, reply.body
    atspi = Atspi(str(reply.body[0]))
    app_env = {
        **env,
        "DBUS_SESSION_BUS_ADDRESS": session,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
    }
    app = subprocess.Popen(
        [sys.executable, "-m", "rekindle_desktop", "--demo"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=app_env, cwd=ROOT,
    )  # fmt: skip
    try:
        window = _wait_for_window(atspi, app)
        yield Demo(atspi, window, atspi.tree(window))
    finally:
        app.terminate()
        app.communicate(timeout=60)
        atspi.bus.close()
        starter.close()


def test_the_window_title_names_the_app_once(demo: Demo) -> None:
    assert demo.window.name.count(APP_NAME) == 1, demo.window.name


def test_the_lock_button_is_there_by_name_and_reached_with_tab(demo: Demo) -> None:
    locks = [n for n in demo.nodes if n.role == "push button" and n.name == "Lock"]
    assert len(locks) == 1, "a screen reader finds one Lock button in the window"
    lock = locks[0]
    assert lock.has(SHOWING) and lock.has(FOCUSABLE)
    _activate(demo)
    first = demo.atspi.grab_focus(_outcome_buttons(demo)[0])
    visited = [first]
    while (here := demo.atspi.press_tab()) != first:
        visited.append(here)
        assert len(visited) < 150, "Tab never came back round"
    assert lock.path in visited


def test_the_outcome_buttons_come_in_the_order_they_are_seen(demo: Demo) -> None:
    buttons = _outcome_buttons(demo)
    assert len(buttons) >= 4  # the demo journal has one plan waiting for its outcome
    seen = sorted(buttons, key=lambda b: _reading_position(demo.atspi.extents(b)))
    _activate(demo)
    tabbed = [demo.atspi.grab_focus(buttons[0])]
    tabbed += [demo.atspi.press_tab() for _ in buttons[1:]]
    paths = {b.path: b.name for b in buttons}
    assert [paths.get(p, p) for p in tabbed] == [b.name for b in seen]


def test_no_description_repeats_the_name(demo: Demo) -> None:
    repeated = [
        (n.role, n.name, n.description)
        for n in demo.nodes
        if n.name and n.description and _plain(n.description) in _plain(n.name)
    ]
    assert repeated == []


def _outcome_buttons(demo: Demo) -> list[Node]:
    return [n for n in demo.nodes if n.role == "push button" and n.name.startswith(OUTCOMES)]


def _reading_position(extents: tuple[int, int, int, int]) -> tuple[int, int]:
    """Top to bottom, then left to right, as the eye reads."""
    x, y, _width, _height = extents
    return y, x


def _plain(words: str) -> str:
    return " ".join(words.casefold().split())


def _activate(demo: Demo) -> None:
    """Click the window's empty corner, as a person would, so it takes the keyboard."""
    if demo.atspi.node(demo.window.bus_name, demo.window.path).has(ACTIVE):
        return
    x, y, width, height = demo.atspi.extents(demo.window)
    demo.atspi.click(x + width - 4, y + height - 4)
    deadline = time.monotonic() + 10
    while not demo.atspi.node(demo.window.bus_name, demo.window.path).has(ACTIVE):
        assert time.monotonic() < deadline, "the window never took the keyboard"
        time.sleep(0.05)
