"""Who wrote what the bundle carries, and under which licence: the .deb's copyright file.

Two steps, because the facts live in two places:

- `describe()` runs inside PyInstaller (rekindle.spec, in the build interpreter, which
  has every bundled distribution's metadata) and writes `_internal/bundled-licences.json`
  into the bundle: each top-level file or folder of `_internal/`, mapped to the Python
  distribution it came from (licence, version, copyright lines from its licence files),
  to Python itself, or to the system library PyInstaller copied in (with its path).
- `python3 packaging/licences.py BUNDLE PREFIX` (build_deb.sh) turns that into the
  machine-readable copyright file (DEP-5), asking dpkg which Debian package each copied
  system library came from.

A top-level entry nobody can place stops both steps: a bundle must not ship a file whose
licence is unknown.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

MANIFEST = "bundled-licences.json"
REKINDLE = "rekindle_desktop"
PYTHON = "Python"

# Distributions whose metadata names no licence (or only a vague classifier): read
# from their licence files and project pages.
KNOWN = {
    "pyrage": "MIT",
    # pysqlite's zlib licence for the module; SQLCipher itself (built in) is BSD-3-Clause.
    "sqlcipher3": "Zlib and BSD-3-Clause",
    "segno": "BSD-3-Clause",
    "jaraco.classes": "MIT",
    "backports.tarfile": "MIT",
    "zxcvbn": "MIT",
    "altgraph": "MIT",
    PYTHON: "PSF-2.0",
    "pyinstaller": "GPL-2.0-or-later with Bootloader exception",
}

# Licences Debian systems carry in /usr/share/common-licenses.
COMMON = {
    "Apache-2.0": "Apache-2.0",
    "GPL-2.0-only": "GPL-2",
    "GPL-2.0-or-later": "GPL-2",
    "GPL-3.0-only": "GPL-3",
    "GPL-3.0-or-later": "GPL-3",
    "LGPL-2.1-only": "LGPL-2.1",
    "LGPL-2.1-or-later": "LGPL-2.1",
    "LGPL-3.0-only": "LGPL-3",
    "LGPL-3.0-or-later": "LGPL-3",
    "MPL-2.0": "MPL-2.0",
    "CC0-1.0": "CC0-1.0",
}

_PERMISSIVE_MIT = """\
Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software
without restriction, including without limitation the rights to use, copy, modify,
merge, publish, distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so{condition}.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT
OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR
OTHER DEALINGS IN THE SOFTWARE.
"""

_BSD_CLAUSES = """\
Redistribution and use in source and binary forms, with or without modification, are
permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this list of
   conditions and the following disclaimer.
2. Redistributions in binary form must reproduce the above copyright notice, this list
   of conditions and the following disclaimer in the documentation and/or other
   materials provided with the distribution.
{third}
THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY
EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL
THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT
OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS
INTERRUPTION) HOWEVER CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT
LIABILITY, OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
"""

TEXTS = {
    "MIT": _PERMISSIVE_MIT.format(
        condition=", subject to the following conditions:\n\nThe above copyright notice "
        "and this permission notice shall be included in all copies or substantial "
        "portions of the Software"
    ),
    "MIT-0": _PERMISSIVE_MIT.format(condition=""),
    "BSD-2-Clause": _BSD_CLAUSES.format(third=""),
    "BSD-3-Clause": _BSD_CLAUSES.format(
        third="3. Neither the name of the copyright holder nor the names of its contributors\n"
        "   may be used to endorse or promote products derived from this software without\n"
        "   specific prior written permission.\n"
    ),
    "Zlib": """\
This software is provided 'as-is', without any express or implied warranty. In no event
will the authors be held liable for any damages arising from the use of this software.

Permission is granted to anyone to use this software for any purpose, including
commercial applications, and to alter it and redistribute it freely, subject to the
following restrictions:

1. The origin of this software must not be misrepresented; you must not claim that you
   wrote the original software. If you use this software in a product, an
   acknowledgment in the product documentation would be appreciated but is not required.
2. Altered source versions must be plainly marked as such, and must not be
   misrepresented as being the original software.
3. This notice may not be removed or altered from any source distribution.
""",
    "PSF-2.0": """\
PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2

1. This LICENSE AGREEMENT is between the Python Software Foundation ("PSF"), and the
   Individual or Organization ("Licensee") accessing and otherwise using this software
   ("Python") in source or binary form and its associated documentation.
2. Subject to the terms and conditions of this License Agreement, PSF hereby grants
   Licensee a nonexclusive, royalty-free, world-wide license to reproduce, analyze,
   test, perform and/or display publicly, prepare derivative works, distribute, and
   otherwise use Python alone or in any derivative version, provided, however, that
   PSF's License Agreement and PSF's notice of copyright, i.e., "Copyright (c) 2001
   Python Software Foundation; All Rights Reserved" are retained in Python alone or in
   any derivative version prepared by Licensee.
3. In the event Licensee prepares a derivative work that is based on or incorporates
   Python or any part thereof, and wants to make the derivative work available to
   others as provided herein, then Licensee hereby agrees to include in any such work a
   brief summary of the changes made to Python.
4. PSF is making Python available to Licensee on an "AS IS" basis. PSF MAKES NO
   REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT
   LIMITATION, PSF MAKES NO AND DISCLAIMS ANY REPRESENTATION OR WARRANTY OF
   MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF PYTHON WILL
   NOT INFRINGE ANY THIRD PARTY RIGHTS.
5. PSF SHALL NOT BE LIABLE TO LICENSEE OR ANY OTHER USERS OF PYTHON FOR ANY INCIDENTAL,
   SPECIAL, OR CONSEQUENTIAL DAMAGES OR LOSS AS A RESULT OF MODIFYING, DISTRIBUTING, OR
   OTHERWISE USING PYTHON, OR ANY DERIVATIVE THEREOF, EVEN IF ADVISED OF THE POSSIBILITY
   THEREOF.
6. This License Agreement will automatically terminate upon a material breach of its
   terms and conditions.
7. Nothing in this License Agreement shall be deemed to create any relationship of
   agency, partnership, or joint venture between PSF and Licensee. This License
   Agreement does not grant permission to use PSF trademarks or trade name in a
   trademark sense to endorse or promote products or services of Licensee, or any third
   party.
8. By copying, installing or otherwise using Python, Licensee agrees to be bound by the
   terms and conditions of this License Agreement.
""",
    "GPL-2.0-or-later with Bootloader exception": """\
PyInstaller is licensed under the terms of the GNU General Public License as published by
the Free Software Foundation; either version 2 of the License, or (at your option) any
later version.

Bootloader Exception: In addition to the permissions in the GNU General Public License,
the authors give you unlimited permission to link or embed compiled bootloader and
related files into combinations with other programs, and to distribute those
combinations without any restriction coming from the use of those files. (The General
Public License restrictions do apply in other respects; for example, they cover
modification of the files, and distribution when not linked into a combined executable.)

On Debian systems, the full text of the GNU General Public License version 2 can be
found in /usr/share/common-licenses/GPL-2.
""",
    "other": """\
A library copied from the build machine's Debian package named in the Comment; its
copyright and licence are in that package's /usr/share/doc/<package>/copyright.
""",
}


def _meta(dist: metadata.Distribution, field: str) -> str:
    values = dist.metadata.get_all(field) or []
    return str(values[0]) if values else ""


def _spdx(dist: metadata.Distribution) -> str:
    name = dist.metadata["Name"]
    for known, licence in KNOWN.items():
        if known.lower() == name.lower():
            return licence
    found = _meta(dist, "License-Expression") or _meta(dist, "License")
    if not found or "\n" in found or len(found) > 80:
        raise SystemExit(f"licences.py: no licence known for {name}; add it to KNOWN")
    return found


def _dep5(expression: str) -> str:
    """SPDX's OR/AND spelled the way DEP-5 writes them (lower case)."""
    return re.sub(r"\b(AND|OR)\b", lambda m: m.group(1).lower(), expression).strip("() ")


def _copyright_lines(dist: metadata.Distribution) -> list[str]:
    lines: list[str] = []
    for file in dist.files or []:
        if "licen" in file.name.lower() or "copying" in file.name.lower():
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            for line in text.splitlines():
                line = line.strip()
                template = any(mark in line for mark in ("[", "<copyright", "yyyy"))
                if re.match(r"(?i)copyright\s+(\(c\)|©|\d{4})", line) and not template:
                    holder = re.sub(r"(?i)^copyright\s+(\(c\)\s*)?", "", line)
                    if holder not in lines:
                        lines.append(holder)
    author = _meta(dist, "Author") or _meta(dist, "Author-email")
    return lines[:4] or [f"the {dist.metadata['Name']} authors{f' ({author})' if author else ''}"]


def describe(bundle: Path, sources: dict[str, str], pure_modules: Iterable[str]) -> None:
    """Write _internal/bundled-licences.json for the built one-folder bundle.

    sources maps each binary's place in _internal/ to where PyInstaller copied it from;
    pure_modules are the modules frozen into the executable's archive.
    """
    internal = bundle / "_internal"
    owners = metadata.packages_distributions()
    dists: dict[str, metadata.Distribution] = {}

    def dist_of(top: str) -> str | None:
        if top == REKINDLE:
            return REKINDLE
        if top in sys.stdlib_module_names or top.startswith(("_pyi", "pyimod", "pyi_")):
            return PYTHON if not top.startswith(("_pyi", "pyimod", "pyi_")) else "pyinstaller"
        for name in owners.get(top, []):
            dist = metadata.distribution(name)
            dists[dist.metadata["Name"]] = dist
            return str(dist.metadata["Name"])
        return None

    files: dict[str, list[str]] = {}
    system: list[dict[str, str]] = []
    unknown: list[str] = []
    for entry in sorted(internal.iterdir()):
        name = entry.name
        place = f"_internal/{name}" + ("/*" if entry.is_dir() and not entry.is_symlink() else "")
        owner: str | None
        if name == MANIFEST:
            continue
        if entry.is_symlink():
            # Qt and PySide6 libraries linked up from their folders; the target decides.
            target = entry.resolve().relative_to(internal.resolve()).parts[0]
            owner = dist_of(target)
        elif name.endswith(".dist-info"):
            shipped = metadata.Distribution.at(entry)
            owner = str(shipped.metadata["Name"])
            dists.setdefault(owner, shipped)
        elif name == "base_library.zip" or name.startswith(("python3", "libpython")):
            owner = PYTHON
        elif entry.is_file() and name.startswith("lib") and ".so" in name and name in sources:
            source = sources[name]
            if source.startswith(("/lib/", "/usr/lib/")):
                system.append({"file": f"_internal/{name}", "source": source})
                continue
            owner = None
        else:
            owner = dist_of(name.split(".")[0])
        if owner is None:
            unknown.append(name)
        elif owner != REKINDLE:
            files.setdefault(owner, []).append(place)
    if unknown:
        raise SystemExit(f"licences.py: whose licence covers {', '.join(unknown)}?")

    frozen = sorted({d for m in pure_modules if (d := dist_of(m.split(".")[0])) is not None})
    dist_for_pyinstaller = metadata.distribution("pyinstaller")
    dists["pyinstaller"] = dist_for_pyinstaller
    components = []
    for owner in sorted(set(files) | set(frozen) | {"pyinstaller"}):
        if owner == REKINDLE:
            continue
        if owner == PYTHON:
            licence = KNOWN[PYTHON]
            version = ".".join(map(str, sys.version_info[:3]))
            holders = ["2001-2024 Python Software Foundation"]
        else:
            dist = dists[owner]
            licence, version, holders = _spdx(dist), dist.version, _copyright_lines(dist)
        components.append(
            {
                "name": owner,
                "version": version,
                "license": _dep5(licence),
                "copyright": holders,
                "files": files.get(owner, []),
                "in_executable": owner in frozen or owner == "pyinstaller",
            }
        )
    (internal / MANIFEST).write_text(
        json.dumps({"components": components, "system_libraries": system}, indent=1) + "\n",
        encoding="utf-8",
    )


def _field(name: str, lines: list[str]) -> list[str]:
    return [f"{name}: {lines[0]}", *(f" {line}" for line in lines[1:])]


def _text(body: str) -> list[str]:
    return [f" {line}" if line.strip() else " ." for line in body.rstrip().splitlines()]


def _debian_package(path: str) -> str:
    for candidate in (path, str(Path(path).resolve())):
        found = subprocess.run(["dpkg-query", "-S", candidate], capture_output=True, text=True)
        if found.returncode == 0:
            package = found.stdout.split(":")[0].strip()
            version = subprocess.run(
                ["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True
            ).stdout
            return f"{package} {version}".strip()
    raise SystemExit(f"licences.py: no Debian package owns {path}")


def render(bundle: Path, prefix: str) -> str:
    """The DEP-5 copyright file for a package that installs the bundle at /prefix."""
    data: dict[str, Any] = json.loads((bundle / "_internal" / MANIFEST).read_text())
    out = [
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/",
        "Upstream-Name: Rekindle",
        "Upstream-Contact: Rekindle maintainers <maintainers@rekindle.invalid>",
        "",
        "Files: *",
        "Copyright: 2024-2026 the Rekindle authors",
        "License: GPL-3.0-or-later",
        "",
    ]
    used = {"GPL-3.0-or-later"}
    frozen = [c for c in data["components"] if c["in_executable"]]
    executable_licences = ["GPL-3.0-or-later", *sorted({c["license"] for c in frozen})]
    out += [
        f"Files: {prefix}/rekindle",
        *_field("Copyright", ["2024-2026 the Rekindle authors"]),
        # DEP-5 has no parentheses: a comma before "and" binds looser than "or".
        f"License: {', and '.join(executable_licences)}",
        *_field(
            "Comment",
            [
                "The executable is PyInstaller's bootloader with Rekindle and these",
                "pure-Python modules frozen into it:",
                *(f"{c['name']} {c['version']} ({c['license']})" for c in frozen),
            ],
        ),
        "",
    ]
    used.update(executable_licences)
    for component in data["components"]:
        if not component["files"]:
            continue
        out += [
            f"Files: {' '.join(f'{prefix}/{place}' for place in component['files'])}",
            *_field("Copyright", component["copyright"]),
            f"License: {component['license']}",
            f"Comment: {component['name']} {component['version']}",
            "",
        ]
        used.add(component["license"])
    for library in data["system_libraries"]:
        out += [
            f"Files: {prefix}/{library['file']}",
            "Copyright: see the Debian package named below",
            "License: other",
            f"Comment: copied from {_debian_package(library['source'])} ({library['source']})",
            "",
        ]
        used.add("other")
    names = sorted({part for expression in used for part in re.split(r" and | or ", expression)})
    for name in names:
        if name in COMMON:
            body = (
                f"On Debian systems, the full text of {name} can be found in\n"
                f"/usr/share/common-licenses/{COMMON[name]}."
            )
        elif name in TEXTS:
            body = TEXTS[name]
        else:
            raise SystemExit(f"licences.py: no text for the licence {name}; add it to TEXTS")
        out += [f"License: {name}", *_text(textwrap.dedent(body)), ""]
    return "\n".join(out).rstrip() + "\n"


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: licences.py BUNDLE_DIR INSTALL_PREFIX (e.g. opt/rekindle)")
    sys.stdout.write(render(Path(sys.argv[1]), sys.argv[2].strip("/")))
