"""The .deb puts each file where the launcher, the menu and software centres look."""

from __future__ import annotations

import configparser
import fnmatch
import gzip
import os
import re
import shlex
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.packaging.conftest import PACKAGING, ROOT, Built

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


def test_software_centre_shows_screenshots_homepage_developer_and_this_release(
    deb: Built, installed: Path
) -> None:
    component = ET.parse(installed / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml").getroot()
    homepage = component.findtext("url[@type='homepage']") or ""
    assert homepage.startswith("https://")
    assert component.findtext("developer/name") == component.findtext("developer_name")
    shots = component.findall("screenshots/screenshot")
    assert len(shots) >= 3 and shots[0].get("type") == "default"
    for shot in shots:
        assert shot.findtext("caption")
        url = shot.findtext("image") or ""
        # Each one is a screenshot the project keeps, under the project's own home.
        assert url.startswith(homepage.rstrip("/") + "/docs/screenshots/"), url
        assert (ROOT / "docs/screenshots" / url.rsplit("/", 1)[1]).is_file(), url
    assert component.find("content_rating") is not None
    newest = component.find("releases/release")
    assert newest is not None and newest.get("version") == _field(deb.path, "Version")


def _depends(deb: Path) -> dict[str, str]:
    """Depends as {alternatives: version constraint}, e.g. {"libc6": ">= 2.36"}."""
    found = {}
    for item in _field(deb, "Depends").split(","):
        name, _, version = item.strip().partition(" (")
        found[name] = version.rstrip(")")
    return found


def _glibc_needed(folder: Path) -> tuple[int, int]:
    """The newest GLIBC_x.y symbol version any program or library in folder asks for."""
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    elves = [str(p) for p in files if p.read_bytes()[:4] == b"\x7fELF"]
    needs = subprocess.run(
        ["readelf", "--version-info", "-W", *elves], capture_output=True, text=True, check=True
    ).stdout
    found = {(int(a), int(b)) for a, b in re.findall(r"Name: GLIBC_(\d+)\.(\d+)", needs)}
    return max(found)


def test_package_declares_the_system_libraries_the_bundle_loads(
    deb: Built, installed: Path
) -> None:
    assert _field(deb.path, "Package") == "rekindle"
    depends = _depends(deb.path)
    # PyInstaller never bundles the C library or the GL drivers; the system provides them,
    # and zlib, libpng, FreeType and expat are left to the system on purpose (its updates).
    assert {"libc6", "libgl1", "libegl1", "zlib1g", "libfreetype6", "libexpat1"} <= set(depends)
    # A system whose glibc is older than the bundle needs must refuse the package.
    major, minor = _glibc_needed(installed / "opt/rekindle")
    assert depends["libc6"] == f">= {major}.{minor}", depends["libc6"]
    # What the bundled libraries read at run time rather than link.
    assert {"fontconfig-config", "xkb-data", "libx11-data"} <= set(depends)
    assert any("fonts-dejavu-core" in name.split(" | ") for name in depends)
    for library in (installed / "opt/rekindle").rglob("*.so*"):
        if not library.is_symlink():
            assert library.stat().st_mode & 0o777 == 0o644, library


def _paragraphs(text: str) -> list[dict[str, str]]:
    """A Debian control-style file as a list of {field: value} (continuation lines kept)."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text.strip()):
        fields: dict[str, str] = {}
        key = ""
        for line in block.splitlines():
            if line.startswith((" ", "\t")):
                fields[key] += "\n" + line.strip()
            else:
                key, _, value = line.partition(":")
                fields[key] = value.strip()
        paragraphs.append(fields)
    return paragraphs


def test_copyright_names_a_licence_for_everything_the_bundle_carries(installed: Path) -> None:
    text = (installed / "usr/share/doc/rekindle/copyright").read_text(encoding="utf-8")
    header, *paragraphs = _paragraphs(text)
    assert header["Format"].startswith("https://www.debian.org/doc/packaging-manuals/copyright")
    files = [p for p in paragraphs if "Files" in p]
    assert files[0]["Files"] == "*" and files[0]["License"] == "GPL-3.0-or-later"
    covered = [(p["Files"].split(), p["License"]) for p in files[1:]]

    def licence_of(path: str) -> str:
        matching = [lic for globs, lic in covered if any(fnmatch.fnmatch(path, g) for g in globs)]
        assert matching, f"{path} falls under Rekindle's own licence"
        return matching[-1]  # DEP-5: the last matching paragraph wins

    internal = installed / "opt/rekindle/_internal"
    for entry in internal.iterdir():
        if entry.name not in {"rekindle_desktop", "bundled-licences.json"}:  # Rekindle's
            licence_of(
                f"opt/rekindle/_internal/{entry.name}/x"
                if entry.is_dir()
                else f"opt/rekindle/_internal/{entry.name}"
            )
    assert licence_of("opt/rekindle/_internal/PySide6/Qt/lib/libQt6Core.so.6").startswith(
        "LGPL-3.0-only"
    )
    assert licence_of("opt/rekindle/_internal/sqlcipher3/x") == "Zlib and BSD-3-Clause"
    assert licence_of("opt/rekindle/_internal/cryptography/x") == "Apache-2.0 or BSD-3-Clause"
    assert licence_of("opt/rekindle/_internal/pyrage/x") == "MIT"
    executable = licence_of("opt/rekindle/rekindle")
    for frozen in ("keyring", "jeepney", "zxcvbn", "argon2-cffi", "pyinstaller"):
        assert re.search(rf"^{re.escape(frozen)} ", files[1]["Comment"], re.M), frozen
    assert "GPL-2.0-or-later with Bootloader exception" in executable
    # Every licence named has its text (or where Debian keeps it) in its own paragraph.
    texts = {p["License"].split("\n")[0] for p in paragraphs if "Files" not in p}
    named = {
        name.strip(", ")
        for _globs, lic in [([], files[0]["License"]), *covered]
        for name in re.split(r",? and |,? or ", lic)
    }
    assert named <= texts


def test_changelog_is_debians_and_names_this_version(deb: Built, installed: Path) -> None:
    packed = (installed / "usr/share/doc/rekindle/changelog.gz").read_bytes()
    assert packed[3] & 0x08 == 0 and packed[4:8] == b"\0\0\0\0"  # gzip -9n
    assert gzip.decompress(packed) == (PACKAGING / "changelog").read_bytes()
    version = subprocess.run(
        ["dpkg-parsechangelog", "-l", str(PACKAGING / "changelog"), "-S", "Version"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert version == _field(deb.path, "Version")


def test_lintian_finds_nothing_beyond_the_listed_tags(deb: Built) -> None:
    allowed = [
        tuple(line.split())
        for line in (PACKAGING / "lintian-allowed.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    ]
    try:
        checked = subprocess.run(
            ["lintian", "--tag-display-limit", "0", str(deb.path)],
            capture_output=True,
            text=True,
            timeout=900,
        )
    except FileNotFoundError:
        pytest.fail("lintian is missing: apt-get install lintian")
    tags = re.findall(r"^([EW]): rekindle(?: \w+)?: (\S+)(.*)$", checked.stdout, re.M)
    assert tags, checked.stdout + checked.stderr  # it ran and saw the package at all
    used = set()
    refused = []
    for level, tag, context in tags:
        pointer = re.search(r"\[([^\]]+)\]\s*$", context)
        path = pointer.group(1) if pointer else ""
        rule = next((r for r in allowed if r[0] == tag and fnmatch.fnmatchcase(path, r[1])), None)
        if rule is None:
            refused.append(f"{level}: {tag}{context}")
        used.add(rule)
    assert refused == [], "\n".join(refused)
    assert [r for r in allowed if r not in used] == [], "no longer needed: remove them"


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
