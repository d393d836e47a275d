"""The PyInstaller bundle works on its own: it paints, unlocks, shares and keeps time.

Each test runs the frozen `rekindle` and touches one native part a missing hook would
break: Qt's xcb and offscreen plugins, SQLCipher and Argon2, the keyring's backends,
age (pyrage) and signatures, zxcvbn, and the time zone rules from tzdata.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from rekindle_desktop.crypto.kdf import Argon2Params
from rekindle_desktop.domain.role import Role
from rekindle_desktop.services import access
from tests.conftest import PASSPHRASE
from tests.packaging.conftest import ROOT, Built

pytestmark = pytest.mark.slow

# Generous bounds a user would still call fine; they catch a bundle that has swallowed
# QtWebEngine or a start that hangs, not small drifts.
MOST_MEGABYTES = 220
MOST_SECONDS_TO_FIRST_PAINT = 15


def _run(
    bundle: Built, *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle.path / "rekindle"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture
def journal(tmp_path: Path, fast_argon2: Argon2Params) -> Path:
    folder = tmp_path / "journal"
    access.create_journal(folder, PASSPHRASE, Role.SHARING, argon2=fast_argon2).journal.close()
    return folder


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE)
    return secret


def _paints_the_demo_journal(bundle: Built, x_display: str, tmp_path: Path) -> None:
    shot = tmp_path / "bundle.png"
    began = time.monotonic()
    result = _run(
        bundle,
        "--demo",
        "--smoke-test",
        "--screenshot",
        str(shot),
        env={"DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"},
    )
    wall_seconds = time.monotonic() - began
    assert result.returncode == 0, result.stderr
    timings = json.loads(result.stdout.strip().splitlines()[-1])
    assert 0 < timings["first_paint_ms"] < MOST_SECONDS_TO_FIRST_PAINT * 1000
    assert wall_seconds < MOST_SECONDS_TO_FIRST_PAINT
    image = QImage(str(shot))
    assert image.width() >= 600 and image.height() >= 400
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
    }
    assert len(colours) > 20, "the window was not painted"


def test_bundled_app_paints_the_demo_journal_on_a_real_x_server(
    bundle: Built, x_display: str, tmp_path: Path
) -> None:
    _paints_the_demo_journal(bundle, x_display, tmp_path)


def test_release_bundle_from_the_distributions_python_paints_the_demo_journal(
    release_bundle: Built, x_display: str, tmp_path: Path
) -> None:
    # Debian's python3 keeps libpython in /usr/lib; the bootloader needs the bundle's copy.
    assert list((release_bundle.path / "_internal").glob("libpython3*.so*"))
    _paints_the_demo_journal(release_bundle, x_display, tmp_path)


def test_bundled_libraries_are_not_executable_and_search_only_inside_the_bundle(
    bundle: Built, release_bundle: Built
) -> None:
    for built in {bundle.path: bundle, release_bundle.path: release_bundle}.values():
        libraries = [p for p in built.path.rglob("*.so*") if p.is_file() and not p.is_symlink()]
        assert len(libraries) > 50
        executable = [p.name for p in libraries if p.stat().st_mode & 0o111]
        assert executable == []
        for library in [built.path / "rekindle", *libraries]:
            dynamic = subprocess.run(
                ["readelf", "-d", str(library)], capture_output=True, text=True, check=True
            ).stdout
            for paths in re.findall(r"\((?:RPATH|RUNPATH)\).*\[(.*)\]", dynamic):
                # $ORIGIN: PySide6 finding Qt beside itself; anything else is the build's.
                assert all(path.startswith("$ORIGIN") for path in paths.split(":")), (
                    library,
                    paths,
                )


def test_bundled_app_unlocks_a_journal_with_its_passphrase_and_refuses_another(
    bundle: Built, x_display: str, journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    display = {"DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    opened = _run(
        bundle,
        "--journal",
        str(journal),
        "--smoke-test",
        env={**display, "REKINDLE_PASSPHRASE_FILE": str(passphrase_file)},
    )
    assert opened.returncode == 0, opened.stderr
    assert json.loads(opened.stdout)["unlock_ms"] > 0

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all")
    refused = _run(
        bundle,
        "--journal",
        str(journal),
        "--smoke-test",
        env={**display, "REKINDLE_PASSPHRASE_FILE": str(wrong)},
    )
    assert refused.returncode == 1
    assert "passphrase doesn't open" in refused.stderr
    assert "Traceback" not in refused.stderr


def test_bundled_app_unlocks_from_the_real_keyring(
    bundle: Built, secret_service: str, journal: Path
) -> None:
    with access.unlock_with_passphrase(journal, PASSPHRASE) as opened:
        assert access.remember_on_this_computer(opened) == "keyring.backends.SecretService.Keyring"
    # No passphrase anywhere: only the frozen keyring backends can open the journal.
    added = _run(bundle, "add", "note", "--journal", str(journal), "--text", "Talked at dinner")
    assert added.returncode == 0, added.stderr
    listed = _run(bundle, "list", "--journal", str(journal), "--json")
    assert listed.returncode == 0, listed.stderr
    assert [e["body"]["text"] for e in json.loads(listed.stdout)] == ["Talked at dinner"]


def test_bundled_command_line_shares_reviews_and_reports(
    bundle: Built, passphrase_file: Path, tmp_path: Path
) -> None:
    unlock = {"REKINDLE_PASSPHRASE_FILE": str(passphrase_file), "QT_QPA_PLATFORM": "offscreen"}
    demo = tmp_path / "demo"
    made = _run(
        bundle, "demo", str(demo), "--days", "14", "--passphrase-file", str(passphrase_file)
    )
    assert made.returncode == 0, made.stderr

    shared = tmp_path / "week.rekindle"
    exported = _run(
        bundle, "export", "--journal", str(demo / "sharer"), "--out", str(shared), env=unlock
    )
    assert exported.returncode == 0, exported.stderr
    assert shared.read_bytes().startswith(b"age-encryption.org/v1")

    reviewed = _run(
        bundle, "review", "--journal", str(demo / "reviewer"), str(shared), "--json", env=unlock
    )
    assert reviewed.returncode == 0, reviewed.stderr
    assert json.loads(reviewed.stdout)["accepted"] is True

    pdf = tmp_path / "report.pdf"
    reported = _run(
        bundle, "report", "--journal", str(demo / "sharer"), "--out", str(pdf), env=unlock
    )
    assert reported.returncode == 0, reported.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_bundled_app_still_refuses_an_easy_passphrase(bundle: Built, tmp_path: Path) -> None:
    weak = tmp_path / "weak.txt"
    weak.write_text("password1")
    refused = _run(bundle, "init", "--journal", str(tmp_path / "j"), "--passphrase-file", str(weak))
    assert refused.returncode == 1
    assert "too easy to guess" in refused.stderr
    assert not (tmp_path / "j" / "keyslots.json").exists()


def test_bundled_app_keeps_local_time_without_the_systems_zone_files(
    bundle: Built, journal: Path, passphrase_file: Path, tmp_path: Path
) -> None:
    # An empty zone path leaves only the tzdata rules inside the bundle (as on Windows).
    no_zones = tmp_path / "no-zoneinfo"
    no_zones.mkdir()
    env = {
        "REKINDLE_PASSPHRASE_FILE": str(passphrase_file),
        "TZ": "Pacific/Chatham",
        "PYTHONTZPATH": str(no_zones),
    }
    added = _run(bundle, "add", "checkin", "--journal", str(journal), "--place", "Office", env=env)
    assert added.returncode == 0, added.stderr
    listed = _run(bundle, "list", "--journal", str(journal), "--json", env=env)
    happened = json.loads(listed.stdout)[0]["happened"]
    assert happened.endswith(("+13:45", "+12:45")), happened  # Chatham, not UTC


def test_bundle_leaves_out_what_the_app_never_uses(bundle: Built) -> None:
    # PyInstaller links each Qt library into _internal/ too; count each file once.
    files = [p for p in bundle.path.rglob("*") if p.is_file() and not p.is_symlink()]
    megabytes = sum(p.stat().st_size for p in files) / 1e6
    assert megabytes < MOST_MEGABYTES
    names = {p.name for p in files}
    for unused in (
        "libQt6Quick.so.6",
        "libQt6Qml.so.6",
        "libQt6Pdf.so.6",
        "libgtk-3.so.0",
        "libqgtk3.so",
        "libqnetworkmanager.so",
        "libqopensslbackend.so",
        "libqjpeg.so",  # carries its own libjpeg; the app never reads a JPEG
        # Left to the system, so the distribution's security fixes reach the app.
        "libz.so.1",
        "libpng16.so.16",
        "libfreetype.so.6",
        "libexpat.so.1",
        "libbz2.so.1.0",
    ):
        assert unused not in names
    for needed in ("libqxcb", "libqoffscreen", "libqwayland", "libqsvgicon", "libqsvg."):
        assert any(name.startswith(needed) for name in names), needed
    shipped = bundle.path / "_internal" / "rekindle_desktop" / "resources"
    assert (shipped / "rekindle.svg").is_file()
    assert len(list(shipped.glob("icons/*.png"))) == 8
    catalogues = {p.name for p in (ROOT / "resources" / "translations").glob("*.qm")}
    assert {p.name for p in shipped.glob("translations/*.qm")} == catalogues
