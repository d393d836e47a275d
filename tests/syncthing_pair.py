"""Two real Syncthing instances on this computer's loopback, sharing one folder.

Each has its own home, free ports on 127.0.0.1 and an API key set here; discovery,
relays, NAT traversal, STUN, usage and crash reporting and upgrades are all off, so
nothing leaves loopback. Plain functions (no pytest), like tests/real_services.py.
"""

from __future__ import annotations

import copy
import json
import os
import secrets
import signal
import socket
import subprocess
import time
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.real_services import ServiceMissing, require

FOLDER_ID = "rekindle-shared"

# Everything that would reach past loopback, switched off (config.xml <options>).
LOOPBACK_ONLY = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "stunKeepaliveStartS": "0",  # 0: no STUN
    "urAccepted": "-1",
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "startBrowser": "false",
    "announceLANAddresses": "false",
    "reconnectionIntervalS": "1",
}


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def wait_for(what: str, ready: Callable[[], bool], timeout: float = 30.0) -> None:
    """Poll `ready` until it is true, for at most `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout:.0f} s for {what}")
        time.sleep(0.1)


@dataclass
class Instance:
    """One Syncthing, its home, its shared folder and its REST API."""

    name: str
    home: Path
    folder: Path
    gui_port: int
    listen_port: int
    api_key: str
    device_id: str
    trace: Path | None = None
    process: subprocess.Popen[bytes] | None = None

    def rest(self, method: str, path: str, body: object = None) -> Any:
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}",
            method=method,
            headers={"X-API-Key": self.api_key, "Content-Type": "application/json"},
            data=None if body is None else json.dumps(body).encode(),
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            text = answer.read()
        return json.loads(text) if text.strip() else None

    def answers(self) -> bool:
        with suppress(OSError):
            return bool(self.rest("GET", "/rest/system/ping"))
        return False

    def connected_to(self, other: Instance) -> bool:
        connections = self.rest("GET", "/rest/system/connections")["connections"]
        return bool(connections.get(other.device_id, {}).get("connected"))

    def pause(self, other: Instance) -> None:
        self.rest("POST", f"/rest/system/pause?device={other.device_id}")

    def resume(self, other: Instance) -> None:
        self.rest("POST", f"/rest/system/resume?device={other.device_id}")

    def rescan(self) -> None:
        self.rest("POST", f"/rest/db/scan?folder={FOLDER_ID}")


def _generate(name: str, root: Path, syncthing: str) -> Instance:
    home = root / f"{name}-home"
    out = subprocess.run(
        [syncthing, "generate", f"--home={home}", "--no-default-folder", "--skip-port-probing"],
        capture_output=True,
        text=True,
        check=True,
        env=_environment(root),
    )
    device_id = next(
        line.split("Device ID:", 1)[1].strip()
        for line in (out.stdout + out.stderr).splitlines()
        if "Device ID:" in line
    )
    folder = root / f"{name}-folder"
    folder.mkdir()
    (folder / ".stfolder").mkdir()  # Syncthing's marker: this really is the folder
    return Instance(
        name, home, folder, free_port(), free_port(), secrets.token_urlsafe(24), device_id
    )


def _configure(me: Instance, other: Instance, *, dials: bool) -> None:
    """`me`'s config.xml: loopback only, the folder shared with `other`. Only one of the
    two dials the other (`dials`; the other's address is "dynamic", which finds nothing
    with discovery off): when both dialled at once after a pause, Syncthing 1.19 could
    stall both connections' Hello for 20 s and drop them, longer than a test waits."""
    config = me.home / "config.xml"
    tree = ET.parse(config)
    root = tree.getroot()
    gui = root.find("gui")
    assert gui is not None
    _set(gui, "address", f"127.0.0.1:{me.gui_port}")
    _set(gui, "apikey", me.api_key)
    options = root.find("options")
    assert options is not None
    for listen in options.findall("listenAddress"):
        options.remove(listen)
    ET.SubElement(options, "listenAddress").text = f"tcp://127.0.0.1:{me.listen_port}"
    for key, value in LOOPBACK_ONLY.items():
        _set(options, key, value)
    for device in root.findall("device"):
        _set(device, "address", f"tcp://127.0.0.1:{me.listen_port}")
    partner = ET.SubElement(
        root, "device", {"id": other.device_id, "name": other.name, "compression": "metadata"}
    )
    address = f"tcp://127.0.0.1:{other.listen_port}" if dials else "dynamic"
    ET.SubElement(partner, "address").text = address
    # The folder starts from the defaults Syncthing itself wrote (conflict copies kept,
    # among others): an element with attributes only would switch those off.
    defaults = root.find("defaults/folder")
    assert defaults is not None
    folder = copy.deepcopy(defaults)
    for device in folder.findall("device"):
        folder.remove(device)
    attributes = {"id": FOLDER_ID, "label": "Rekindle", "path": str(me.folder)}
    attributes |= {"type": "sendreceive", "rescanIntervalS": "2"}
    attributes |= {"fsWatcherEnabled": "true", "fsWatcherDelayS": "1"}
    folder.attrib.update(attributes)
    for device_id in (me.device_id, other.device_id):
        ET.SubElement(folder, "device", {"id": device_id})
    root.insert(0, folder)
    tree.write(config)


def _set(parent: ET.Element, tag: str, text: str) -> None:
    element = parent.find(tag)
    if element is None:
        element = ET.SubElement(parent, tag)
    element.text = text


def _environment(home: Path) -> dict[str, str]:
    quiet = {"STNOUPGRADE": "1", "STNORESTART": "1", "STNODEFAULTFOLDER": "1"}
    return {**os.environ, "HOME": str(home), **quiet}


def _start(me: Instance, syncthing: str, strace: str | None) -> None:
    command = [syncthing, "serve", f"--home={me.home}", "--no-browser", "--no-restart"]
    command += ["--no-upgrade", f"--logfile={me.home / 'syncthing.log'}"]
    if strace is not None:  # network calls, and renames: the temporary file's last step
        me.trace = me.home / "strace.log"
        traced = ["-e", "trace=%network,rename,renameat,renameat2", "-o", str(me.trace)]
        command = [strace, "-f", "--seccomp-bpf", *traced, *command]
    me.process = subprocess.Popen(
        command,
        env=_environment(me.home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def _stop(me: Instance) -> None:
    """Ask Syncthing to shut down (it has a monitor process too), then make sure."""
    if me.process is None or me.process.poll() is not None:
        return
    with suppress(OSError):
        me.rest("POST", "/rest/system/shutdown")
    try:
        me.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(me.process.pid, signal.SIGKILL)  # the group this helper started
        me.process.wait()


@contextmanager
def syncthing_pair(root: Path, *, traced: bool = True) -> Iterator[tuple[Instance, Instance]]:
    """Two connected Syncthings under `root`, sharing one folder both ways.

    With `traced`, each runs under strace (network calls only), so a test can check
    afterwards that nothing but loopback was touched. Raises ServiceMissing when
    syncthing is not installed.
    """
    syncthing = require("syncthing")
    strace = require("strace") if traced else None
    a = _generate("sharer", root, syncthing)
    b = _generate("reviewer", root, syncthing)
    _configure(a, b, dials=False)
    _configure(b, a, dials=True)
    try:
        try:
            for me in (a, b):
                _start(me, syncthing, strace)
            for me in (a, b):
                wait_for(f"Syncthing {me.name} to answer", me.answers)
            wait_for(
                "the two Syncthings to connect", lambda: a.connected_to(b) and b.connected_to(a)
            )
        except TimeoutError as exc:
            logs = [me.home / "syncthing.log" for me in (a, b)]
            tails = "\n".join(log.read_text()[-3000:] for log in logs if log.exists())
            raise ServiceMissing(f"Syncthing did not start here: {exc}\n{tails}") from exc
        yield a, b
    finally:
        for me in (a, b):
            _stop(me)
