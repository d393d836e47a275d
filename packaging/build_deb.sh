#!/usr/bin/env bash
# Turn the PyInstaller bundle into a .deb: the app in /opt/rekindle, a launcher in
# /usr/bin, the desktop file, hicolor icons and AppStream metadata; then validate them.
#
#   packaging/build_deb.sh [BUNDLE_DIR] [OUT_DIR]
#
# BUNDLE_DIR defaults to build/dist/rekindle (what rekindle.spec builds, see README.md),
# OUT_DIR to build/. Prints the path of the .deb as its last line.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(dirname "$HERE")"
BUNDLE="$(realpath "${1:-$ROOT/build/dist/rekindle}")"
OUT="$(realpath -m "${2:-$ROOT/build}")"
APP_ID="org.rekindle.Rekindle"
MAINTAINER="${DEB_MAINTAINER:-Rekindle maintainers <maintainers@rekindle.invalid>}"
# zstd packs in seconds (xz takes a minute for ~20% less); every system new enough for
# the bundle's glibc has a dpkg that reads it. DEB_COMPRESSION=xz for the smallest file.
COMPRESSION="${DEB_COMPRESSION:-zstd}"

for tool in dpkg-deb dpkg-query ldd desktop-file-validate appstreamcli; do
  command -v "$tool" >/dev/null || {
    echo "build_deb.sh: $tool is missing (apt-get install dpkg desktop-file-utils appstream)" >&2
    exit 2
  }
done
[ -x "$BUNDLE/rekindle" ] || {
  echo "build_deb.sh: no bundle at $BUNDLE; build it with pyinstaller first" >&2
  exit 2
}

# The version the bundle itself reports, so the package can never disagree with it.
VERSION="$("$BUNDLE/rekindle" --version | awk '{print $2}')"
ARCH="$(dpkg --print-architecture)"
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
PKG="$STAGE/rekindle_${VERSION}_${ARCH}"

mkdir -p "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/metainfo" \
  "$PKG/usr/share/doc/rekindle" "$PKG/DEBIAN"
cp -a "$BUNDLE" "$PKG/opt/rekindle"

# A script, not a symlink: the bundle finds its libraries beside the real executable.
cat >"$PKG/usr/bin/rekindle" <<'EOF'
#!/bin/sh
exec /opt/rekindle/rekindle "$@"
EOF
chmod 755 "$PKG/usr/bin/rekindle"

install -m 644 "$HERE/$APP_ID.desktop" "$PKG/usr/share/applications/$APP_ID.desktop"
install -m 644 "$HERE/$APP_ID.metainfo.xml" "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml"
# The two file types (shared-mime-info's own dpkg trigger rebuilds its database).
install -D -m 644 "$HERE/$APP_ID.mime.xml" "$PKG/usr/share/mime/packages/$APP_ID.xml"
for png in "$ROOT"/resources/icons/rekindle-*.png; do
  size="$(basename "$png" .png)"
  size="${size#rekindle-}"
  install -D -m 644 "$png" "$PKG/usr/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 644 "$ROOT/resources/rekindle.svg" \
  "$PKG/usr/share/icons/hicolor/scalable/apps/$APP_ID.svg"
# The man page and shell completion, made from the parser (packaging/make_manpage.py).
install -d -m 755 "$PKG/usr/share/man/man1"
gzip -9n <"$HERE/rekindle.1" >"$PKG/usr/share/man/man1/rekindle.1.gz"
chmod 644 "$PKG/usr/share/man/man1/rekindle.1.gz"
install -D -m 644 "$HERE/completions/rekindle.bash" \
  "$PKG/usr/share/bash-completion/completions/rekindle"
install -D -m 644 "$HERE/completions/_rekindle" "$PKG/usr/share/zsh/vendor-completions/_rekindle"

cat >"$PKG/usr/share/doc/rekindle/copyright" <<'EOF'
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: Rekindle

Files: *
License: GPL-3.0-or-later
 On Debian systems, the full text of the GNU General Public License version 3
 can be found in /usr/share/common-licenses/GPL-3.

Files: opt/rekindle/_internal/*
License: various
 The bundled Python, Qt (LGPL-3.0), SQLCipher (BSD-3-Clause) and other libraries
 keep their own licences; see the *.dist-info folders beside them.
EOF

validated=0
desktop-file-validate "$PKG/usr/share/applications/$APP_ID.desktop" || validated=1
appstreamcli validate --no-net "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml" || validated=1
[ "$validated" -eq 0 ] || { echo "build_deb.sh: validation failed" >&2; exit 1; }

# Depends: the Debian packages of every library the bundle loads from the system
# (what PyInstaller leaves out on purpose: libc, libGL, libEGL ...), like dpkg-shlibdeps.
mapfile -t system_libs < <(
  find "$PKG/opt/rekindle" -type f \( -name '*.so*' -o -name rekindle \) -print0 |
    LD_LIBRARY_PATH="$PKG/opt/rekindle/_internal:$PKG/opt/rekindle/_internal/PySide6/Qt/lib" \
      xargs -0 ldd 2>/dev/null |
    awk -v bundle="$PKG/" '$2 == "=>" && $3 ~ /^\// && index($3, bundle) != 1 {print $3}' |
    sort -u
)
missing="$(find "$PKG/opt/rekindle" -type f -name '*.so*' -print0 |
  LD_LIBRARY_PATH="$PKG/opt/rekindle/_internal:$PKG/opt/rekindle/_internal/PySide6/Qt/lib" \
    xargs -0 ldd 2>/dev/null | awk '$3 == "not" {print $1}' | sort -u | tr '\n' ' ')"
[ -z "$missing" ] || echo "build_deb.sh: not found on this machine, left out of Depends: $missing" >&2
depends="$(
  for lib in "${system_libs[@]}"; do
    dpkg-query -S "$lib" 2>/dev/null || dpkg-query -S "$(realpath "$lib")" 2>/dev/null || true
  done | cut -d: -f1 | sort -u | paste -sd, | sed 's/,/, /g'
)"

cat >"$PKG/DEBIAN/control" <<EOF
Package: rekindle
Version: $VERSION
Architecture: $ARCH
Maintainer: $MAINTAINER
Installed-Size: $(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
Depends: ${depends}
Section: utils
Priority: optional
Description: trust journal two partners keep by choice
 Rekindle helps two partners rebuild trust after a betrayal. The partner who
 broke trust chooses to keep an encrypted journal of plans, check-ins and
 promises; the other partner reviews it, read-only, on their own computer.
 Rekindle never opens a network connection.
EOF

mkdir -p "$OUT"
DEB="$OUT/rekindle_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Z"$COMPRESSION" -z9 --build "$PKG" "$DEB" >/dev/null
echo "$DEB"
