#!/usr/bin/env bash
# A release bundle: a fresh venv made by the distribution's python3, every dependency
# installed from packaging/requirements.lock with its hash checked, the project itself
# with --no-deps, then PyInstaller with packaging/rekindle.spec.
#
#   packaging/build_release.sh [PYTHON] [OUT_DIR]
#
# PYTHON defaults to /usr/bin/python3 (Debian's, with python3-venv), OUT_DIR to
# build/release. Prints the bundle's folder as its last line; hand it to build_deb.sh.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
PYTHON="${1:-/usr/bin/python3}"
OUT="$(realpath -m "${2:-$ROOT/build/release}")"

"$PYTHON" -c 'import ensurepip, venv' 2>/dev/null || {
  echo "build_release.sh: $PYTHON cannot make a venv (apt-get install python3-venv)" >&2
  exit 2
}
rm -rf "$OUT"
"$PYTHON" -m venv "$OUT/venv"
# Hash-checked: a changed or substituted file on the index stops the build.
"$OUT/venv/bin/pip" install --quiet --require-hashes -r "$HERE/requirements.lock"
# The project from this checkout, built with the locked setuptools, adding nothing. From
# a copy: setuptools builds in the source tree (build/lib), which two builds would share.
mkdir -p "$OUT/src"
cp -r "$ROOT/pyproject.toml" "$ROOT/README.md" "$ROOT/rekindle_desktop" "$ROOT/resources" "$OUT/src/"
"$OUT/venv/bin/pip" install --quiet --no-deps --no-build-isolation "$OUT/src"
PYINSTALLER_CONFIG_DIR="$OUT/config" "$OUT/venv/bin/python" -m PyInstaller --noconfirm --clean \
  --log-level WARN --distpath "$OUT/dist" --workpath "$OUT/work" "$HERE/rekindle.spec"
echo "$OUT/dist/rekindle"
