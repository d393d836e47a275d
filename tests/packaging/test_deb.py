"""The .deb puts each file where the launcher, the menu and software centres look."""

from __future__ import annotations

import configparser
import gzip
import os
import re
import shlex
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.packaging.conftest import ROOT, Built

pytestmark = pytest.mark.slow

APP_ID = "org.rekindle.Rekindle"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture(scope="module")
def installed(deb: Built, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The package unpacked as dpkg would install it, under a folder standing in for /."""
    root = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg-deb", "-x", str(deb.path), str(root)], check=True)
    return root


def _field(deb: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def _desktop_entry(installed: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(installed / "usr/share/applications" / f"{APP_ID}.desktop")
    return parser["Desktop Entry"]


def test_launcher_runs_the_app_installed_under_opt(deb: Built, installed: Path) -> None:
    launcher = installed / "usr/bin/rekindle"
    lines = launcher.read_text().splitlines()
    assert lines[0] == "#!/bin/sh"
    target = shlex.split(lines[-1])[1]
    assert target == "/opt/rekindle/rekindle"
    app = installed / target.lstrip("/")
    assert launcher.stat().st_mode & 0o111 and app.stat().st_mode & 0o111
    version = subprocess.run([str(app), "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.split() == ["rekindle", _field(deb.path, "Version")]


def test_menu_entry_validates_and_finds_its_command_and_icons(installed: Path) -> None:
    desktop = installed / "usr/share/applications" / f"{APP_ID}.desktop"
    checked = subprocess.run(
        ["desktop-file-validate", str(desktop)], capture_output=True, text=True
    )
    assert checked.returncode == 0 and "error" not in checked.stdout, checked.stdout

    entry = _desktop_entry(installed)
    assert (installed / "usr/bin" / shlex.split(entry["Exec"])[0]).is_file()
    hicolor = installed / "usr/share/icons/hicolor"
    for size in SIZES:
        image = QImage(str(hicolor / f"{size}x{size}/apps/{entry['Icon']}.png"))
        assert (image.width(), image.height()) == (size, size)
    assert (hicolor / f"scalable/apps/{entry['Icon']}.svg").is_file()


def test_software_centre_metadata_validates_and_names_the_menu_entry(installed: Path) -> None:
    metainfo = installed / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml"
    checked = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr

    component = ET.parse(metainfo).getroot()
    assert component.findtext("id") == APP_ID
    launchable = component.findtext("launchable")
    assert launchable is not None
    assert (installed / "usr/share/applications" / launchable).is_file()
    assert (installed / "usr/bin" / (component.findtext("provides/binary") or "")).is_file()


def test_package_declares_the_system_libraries_the_bundle_loads(deb: Built) -> None:
    assert _field(deb.path, "Package") == "rekindle"
    depends = {name.strip() for name in _field(deb.path, "Depends").split(",")}
    # PyInstaller never bundles the C library or the GL drivers; the system provides them.
    assert {"libc6", "libgl1", "libegl1"} <= depends


MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"
FILE_TYPES = {
    "application/x-rekindle-timeline": "*.rekindle",
    "application/x-rekindle-reply": "*.rekindle-reply",
}


def test_file_types_are_installed_valid_and_opened_by_the_menu_entry(
    installed: Path, tmp_path: Path
) -> None:
    xml = installed / "usr/share/mime/packages" / f"{APP_ID}.xml"
    assert xml.stat().st_mode & 0o777 == 0o644
    globbed = {
        mime_type.get("type"): [g.get("pattern") for g in mime_type.iter(f"{MIME}glob")]
        for mime_type in ET.parse(xml).getroot().iter(f"{MIME}mime-type")
    }
    assert globbed == {name: [pattern] for name, pattern in FILE_TYPES.items()}

    # The system's own tool reads it (as dpkg's trigger will) without a complaint.
    mime = tmp_path / "mime"
    (mime / "packages").mkdir(parents=True)
    (mime / "packages" / xml.name).write_bytes(xml.read_bytes())
    built = subprocess.run(
        ["update-mime-database", "-V", str(mime)], capture_output=True, text=True
    )
    assert built.returncode == 0 and "error" not in built.stderr.lower(), built.stderr
    globs = (mime / "globs2").read_text()
    for name, pattern in FILE_TYPES.items():
        assert f":{name}:{pattern}" in globs

    entry = _desktop_entry(installed)
    assert set(filter(None, entry["MimeType"].split(";"))) == set(FILE_TYPES)
    assert shlex.split(entry["Exec"])[1:] == ["%f"]
    metainfo = ET.parse(installed / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml").getroot()
    assert {m.text for m in metainfo.iterfind("provides/mediatype")} == set(FILE_TYPES)


def test_man_page_and_shell_completion_are_where_man_and_the_shells_look(
    installed: Path,
) -> None:
    page = installed / "usr/share/man/man1/rekindle.1.gz"
    packed = page.read_bytes()
    # gzip -9n: no file name or time inside, so the same page packs to the same bytes
    assert packed[3] & 0x08 == 0 and packed[4:8] == b"\0\0\0\0"
    assert gzip.decompress(packed) == (ROOT / "packaging" / "rekindle.1").read_bytes()
    shown = subprocess.run(
        ["man", "--warnings", "-l", str(page)],
        capture_output=True,
        text=True,
        env={**os.environ, "LC_ALL": "C.UTF-8", "MANWIDTH": "100"},
    )
    assert shown.returncode == 0 and shown.stderr == "", shown.stderr
    assert "rekindle review" in re.sub(".\b", "", shown.stdout)

    # bash-completion loads a command's completion by the command's own name, on first use
    bash = installed / "usr/share/bash-completion/completions/rekindle"
    registered = subprocess.run(
        ["bash", "--norc", "--noprofile", "-c", f"source {bash} && complete -p rekindle"],
        capture_output=True,
        text=True,
    )
    assert registered.returncode == 0 and registered.stdout.strip().endswith(" rekindle")
    zsh = installed / "usr/share/zsh/vendor-completions/_rekindle"
    assert zsh.read_text(encoding="utf-8").startswith("#compdef rekindle\n")
    for installed_file in (page, bash, zsh):
        assert installed_file.stat().st_mode & 0o777 == 0o644, installed_file
