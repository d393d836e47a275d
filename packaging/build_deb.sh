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
# gzip -6 packs in seconds and every dpkg and archive tool reads it (lintian calls zstd
# a malformed archive; Debian's archive takes only gzip and xz). DEB_COMPRESSION=xz for a
# file a quarter smaller (minutes instead of seconds).
COMPRESSION="${DEB_COMPRESSION:-gzip}"

for tool in dpkg-deb dpkg-query dpkg-shlibdeps dpkg-parsechangelog desktop-file-validate \
  appstreamcli python3; do
  command -v "$tool" >/dev/null || {
    echo "build_deb.sh: $tool is missing" \
      "(apt-get install dpkg-dev desktop-file-utils appstream python3)" >&2
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
# Each release has its changelog entry (packaging/changelog, Debian's format).
CHANGELOG_VERSION="$(dpkg-parsechangelog -l "$HERE/changelog" -S Version)"
[ "$CHANGELOG_VERSION" = "$VERSION" ] || {
  echo "build_deb.sh: packaging/changelog is at $CHANGELOG_VERSION, the bundle at $VERSION;" \
    "add an entry (dch -v $VERSION)" >&2
  exit 1
}
STAGE="$(mktemp -d)"
trap 'rm -rf "$STAGE"' EXIT
# debian/<package>/ with a debian/control beside it: the layout dpkg-shlibdeps reads.
PKG="$STAGE/debian/rekindle"

mkdir -p "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" "$PKG/usr/share/metainfo" \
  "$PKG/usr/share/doc/rekindle" "$PKG/DEBIAN"
cp -a "$BUNDLE" "$PKG/opt/rekindle"
# What Debian's policy asks of installed files, whatever the build left: libraries not
# executable, nothing writable but by root (rekindle.spec already does the first).
find "$PKG/opt/rekindle" -type f -name '*.so*' -exec chmod 0644 {} +
chmod -R go-w "$PKG"

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

# Machine-readable (DEP-5): every bundled component with its licence, from the list
# rekindle.spec wrote into the bundle (packaging/licences.py).
python3 "$HERE/licences.py" "$PKG/opt/rekindle" opt/rekindle >"$PKG/usr/share/doc/rekindle/copyright"
chmod 644 "$PKG/usr/share/doc/rekindle/copyright"
# A native package (upstream makes it): Debian's changelog is changelog.gz.
gzip -9n <"$HERE/changelog" >"$PKG/usr/share/doc/rekindle/changelog.gz"
chmod 644 "$PKG/usr/share/doc/rekindle/changelog.gz"

validated=0
desktop-file-validate "$PKG/usr/share/applications/$APP_ID.desktop" || validated=1
appstreamcli validate --no-net "$PKG/usr/share/metainfo/$APP_ID.metainfo.xml" || validated=1
[ "$validated" -eq 0 ] || { echo "build_deb.sh: validation failed" >&2; exit 1; }

# Depends: what dpkg-shlibdeps finds for every library the bundle loads from the system
# (what PyInstaller leaves out on purpose: libc, libGL, libEGL ...), versioned by the
# symbols they use (libc6 (>= 2.36) when built on Debian 12). The bundle's own libraries
# are private (-l); its $ORIGIN search paths point inside it.
printf 'Source: rekindle\n\nPackage: rekindle\nArchitecture: any\n' >"$STAGE/debian/control"
mapfile -d '' elf_files < <(
  cd "$STAGE" && find debian/rekindle/opt/rekindle -type f \( -name '*.so*' -o -name rekindle \) \
    -print0 | sort -z
)
shlibs="$(
  cd "$STAGE" &&
    dpkg-shlibdeps -O -l/opt/rekindle/_internal -l/opt/rekindle/_internal/PySide6/Qt/lib \
      "${elf_files[@]}" 2>"$STAGE/shlibdeps.log"
)" || { cat "$STAGE/shlibdeps.log" >&2; exit 1; }
# And what the bundled libraries read from the system at run time, not link: fontconfig's
# configuration and a font (libfontconfig), the keyboard maps (libxkbcommon) and the
# compose tables (libX11, the compose input method).
RUNTIME_DATA="fontconfig-config, fonts-dejavu-core | fonts-liberation2 | fonts-freefont-ttf"
RUNTIME_DATA="$RUNTIME_DATA, xkb-data, libx11-data"
depends="${shlibs#shlibs:Depends=}, $RUNTIME_DATA"

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
dpkg-deb --root-owner-group -Z"$COMPRESSION" -z6 --build "$PKG" "$DEB" >/dev/null
echo "$DEB"
