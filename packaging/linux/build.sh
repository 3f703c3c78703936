#!/usr/bin/env bash
# Build every Linux artifact of Activity Desk into dist/ (run from anywhere, on a fresh clone):
#
#   dist/activity-desk/                         PyInstaller one-folder bundle (packaging/activity-desk.spec)
#   dist/activity-desk_<version>_<arch>.deb     Debian/Ubuntu package (dpkg-deb)
#   dist/ActivityDesk.AppDir/                   AppImage directory (always)
#   dist/Activity_Desk-<version>-<arch>.AppImage  only when appimagetool is found (see below)
#
# Needs: python3 >= 3.11 with venv, dpkg-deb and dpkg-shlibdeps (Debian's dpkg-dev), network access
# to PyPI. Everything Python (the app, PySide6-Essentials, PyInstaller) goes into a private build
# venv (build/venv-linux, or $BUILD_VENV), never into the developer's .venv.
#
# AppImage: appimagetool (and the AppImage runtime it embeds) is published only as GitHub release
# binaries, neither on PyPI, npm nor in Debian (what was checked: packaging/README.md). Put it on
# PATH or point $APPIMAGETOOL at it; without it the AppDir is made and the script says the
# AppImage was not built. REQUIRE_APPIMAGE=1 makes that an error (the CI workflow sets it).
#
# The smoke tests of these artifacts are a separate command: bash packaging/linux/smoke.sh.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
PYTHON="${PYTHON:-python3}"
BUILD_VENV="${BUILD_VENV:-$ROOT/build/venv-linux}"
APP_ID="io.github.activitydesk.ActivityDesk"
DIST="$ROOT/dist"
say() { printf '\n== %s\n' "$*"; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

for tool in dpkg-deb dpkg-shlibdeps dpkg-architecture; do
    command -v "$tool" >/dev/null || die "$tool is missing (Debian/Ubuntu: apt-get install dpkg-dev)"
done
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' || die "$PYTHON is older than 3.11"

say "build venv: $BUILD_VENV"
if [ ! -x "$BUILD_VENV/bin/python" ]; then
    "$PYTHON" -m venv "$BUILD_VENV"
    "$BUILD_VENV/bin/python" -m pip install --quiet --upgrade pip
fi
rm -rf "$ROOT/build/lib" "$ROOT/build/bdist."*  # setuptools' in-tree leftovers must not reach the wheel
"$BUILD_VENV/bin/python" -m pip install --quiet ".[packaging]"
"$BUILD_VENV/bin/python" -m pip install --quiet --no-deps --force-reinstall .  # this checkout's code, not a cached build
VERSION="$("$BUILD_VENV/bin/python" -c 'from importlib.metadata import version; print(version("activity-desk"))')"
ARCH="$(dpkg-architecture -qDEB_HOST_ARCH)"
MULTIARCH="$(dpkg-architecture -qDEB_HOST_MULTIARCH)"

say "PyInstaller one-folder bundle → dist/activity-desk"
"$BUILD_VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "$DIST" --workpath "$ROOT/build/pyinstaller" \
    packaging/activity-desk.spec
BUNDLE="$DIST/activity-desk"
[ -x "$BUNDLE/activity-desk" ] || die "PyInstaller made no $BUNDLE/activity-desk"

say "icons (rendered from resources/icons/activity-desk.svg with Qt)"
ICONS="$ROOT/build/icons"
rm -rf "$ICONS"
"$BUILD_VENV/bin/python" packaging/render_icons.py png "$ICONS"

# Shared by the .deb and the AppDir: desktop entry, icons, AppStream metadata under <root>/usr/share.
install_share() {
    local root="$1"
    install -Dm644 packaging/linux/$APP_ID.desktop "$root/usr/share/applications/$APP_ID.desktop"
    install -Dm644 packaging/linux/$APP_ID.metainfo.xml "$root/usr/share/metainfo/$APP_ID.metainfo.xml"
    install -Dm644 resources/icons/activity-desk.svg "$root/usr/share/icons/hicolor/scalable/apps/activity-desk.svg"
    local dir
    for dir in "$ICONS"/*x*; do
        install -Dm644 "$dir/activity-desk.png" "$root/usr/share/icons/hicolor/$(basename "$dir")/apps/activity-desk.png"
    done
}

say ".deb"
PKG="$ROOT/build/deb/activity-desk_${VERSION}_${ARCH}"
rm -rf "$ROOT/build/deb"
mkdir -p "$PKG/opt" "$PKG/usr/bin" "$PKG/DEBIAN"
cp -a "$BUNDLE" "$PKG/opt/activity-desk"
# The .deb uses the system's copies of Debian's own libraries (X11/xcb, fontconfig, GLib, D-Bus,
# OpenSSL …: security updates reach them) and declares them in Depends. It keeps what Debian does
# not provide (Qt and ICU from the PySide6 wheel, the Python runtime the bundle was built with).
removed=()
for lib in "$PKG/opt/activity-desk/_internal/"lib*.so*; do
    name="$(basename "$lib")"
    case "$name" in libpython*|libpyside6*|libshiboken6*) continue ;; esac
    for sysdir in "/lib/$MULTIARCH" "/usr/lib/$MULTIARCH"; do
        if [ -e "$sysdir/$name" ] && dpkg -S "$sysdir/$name" >/dev/null 2>&1; then
            rm -f "$lib"; removed+=("$name"); break
        fi
    done
done
echo "using the system's copies of ${#removed[@]} libraries: ${removed[*]}"
ln -s ../../opt/activity-desk/activity-desk "$PKG/usr/bin/activity-desk"
install_share "$PKG"
install -Dm644 /dev/stdin "$PKG/usr/share/doc/activity-desk/copyright" <<EOF
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: activity-desk
License: MIT

Files: opt/activity-desk/_internal/PySide6/*
Copyright: The Qt Company Ltd. and other contributors
License: LGPL-3.0-only
EOF

# Depends: the system libraries the bundle's ELF files need and do not carry, with the minimum
# versions Debian's shlibs/symbols files give (dpkg-shlibdeps). Libraries inside the bundle have no
# package: those warnings are expected and silenced.
SHLIBS="$ROOT/build/deb/shlibdeps"
mkdir -p "$SHLIBS/debian"
printf 'Source: activity-desk\n\nPackage: activity-desk\nArchitecture: any\n' > "$SHLIBS/debian/control"
mapfile -t elves < <(find "$PKG/opt/activity-desk" -type f -print0 |
    while IFS= read -r -d '' f; do [ "$(head -c4 "$f" | od -An -tx1 | tr -d ' \n')" = 7f454c46 ] && echo "$f"; done)
mapfile -t libdirs < <(printf '%s\n' "${elves[@]}" | xargs -n1 dirname | sort -u)
DEPENDS="$(cd "$SHLIBS" && dpkg-shlibdeps -O --ignore-missing-info "${libdirs[@]/#/-l}" "${elves[@]/#/-e}" 2>/dev/null |
    sed -n 's/^shlibs:Depends=//p')"
[ -n "$DEPENDS" ] || die "dpkg-shlibdeps found no dependencies"
cat > "$PKG/DEBIAN/control" <<EOF
Package: activity-desk
Version: $VERSION
Architecture: $ARCH
Maintainer: Activity Desk developers <activity-desk@localhost>
Installed-Size: $(du -sk --exclude=DEBIAN "$PKG" | cut -f1)
Depends: $DEPENDS
Recommends: gnome-keyring | kwalletmanager, xdg-desktop-portal
Section: misc
Priority: optional
Description: Bitrix24 CRM activities on your desktop
 Activity Desk shows the timeline of a Bitrix24 CRM entity and lets you create
 and complete to-dos, log calls and meetings, and work offline. Secrets stay in
 the system keyring (Secret Service). A built-in demo portal needs no account.
EOF
DEB="$DIST/activity-desk_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zxz --build "$PKG" "$DEB" >/dev/null
echo "built $DEB"

say "AppDir → dist/ActivityDesk.AppDir"
APPDIR="$DIST/ActivityDesk.AppDir"
rm -rf "$APPDIR"
mkdir -p "$APPDIR/usr/lib"
cp -a "$BUNDLE" "$APPDIR/usr/lib/activity-desk"  # the whole bundle: an AppImage carries its libraries
install_share "$APPDIR"
cp packaging/linux/$APP_ID.desktop "$APPDIR/$APP_ID.desktop"
cp "$ICONS/256x256/activity-desk.png" "$APPDIR/activity-desk.png"
ln -s activity-desk.png "$APPDIR/.DirIcon"
cat > "$APPDIR/AppRun" <<'EOF'
#!/bin/sh
# AppImage entry point: run the bundled one-folder app with the arguments given.
HERE="$(dirname "$(readlink -f "$0")")"
exec "$HERE/usr/lib/activity-desk/activity-desk" "$@"
EOF
chmod 755 "$APPDIR/AppRun"

APPIMAGETOOL="${APPIMAGETOOL:-$(command -v appimagetool || true)}"
if [ -n "$APPIMAGETOOL" ] && [ -x "$APPIMAGETOOL" ]; then
    say "AppImage"
    APPIMAGE="$DIST/Activity_Desk-$VERSION-$(uname -m).AppImage"
    ARCH="$(uname -m)" "$APPIMAGETOOL" "$APPDIR" "$APPIMAGE"
    echo "built $APPIMAGE"
else
    msg="AppImage NOT built: appimagetool not found (PATH or \$APPIMAGETOOL). It is only published as a GitHub release binary (AppImage/appimagetool), not on PyPI or in Debian; with it, run: ARCH=$(uname -m) appimagetool $APPDIR"
    [ "${REQUIRE_APPIMAGE:-0}" = 1 ] && die "$msg"
    say "$msg"
fi

say "sizes"
du -sh "$BUNDLE" "$DEB" "$APPDIR"
