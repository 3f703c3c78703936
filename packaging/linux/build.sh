#!/usr/bin/env bash
# Build every Linux artifact of Activity Desk into dist/ (run from anywhere, on a fresh clone):
#
#   dist/activity-desk/                         PyInstaller one-folder bundle (packaging/activity-desk.spec)
#   dist/activity-desk_<version>_<arch>.deb     Debian/Ubuntu package (dpkg-deb)
#   dist/ActivityDesk.AppDir/                   AppImage directory
#   dist/Activity_Desk-<version>-<arch>.AppImage  AppImage (type 2; see below)
#
# Needs: python3 >= 3.11 with venv, dpkg-deb and dpkg-shlibdeps (Debian's dpkg-dev), network access
# to PyPI. Everything Python (the app, PySide6-Essentials, PyInstaller) goes into a private build
# venv (build/venv-linux, or $BUILD_VENV), never into the developer's .venv.
#
# AppImage: with appimagetool on PATH (or $APPIMAGETOOL) that tool makes it. Otherwise (it and
# the official runtime are published only as GitHub release binaries, neither on PyPI, npm nor in
# Debian: packaging/README.md) the AppImage is assembled here from Debian packages: our own
# type-2 runtime (packaging/linux/appimage-runtime/runtime.c, statically linked against
# libsquashfuse and libfuse3) followed by a SquashFS image of the AppDir (mksquashfs). The Debian
# packages that needs (gcc, squashfs-tools, lib*-dev) are installed with apt-get when missing, as
# root or through `sudo -n` (otherwise the script stops with the command to run).
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

APPIMAGE="$DIST/Activity_Desk-$VERSION-$(uname -m).AppImage"
rm -f "$DIST"/Activity_Desk-*.AppImage
APPIMAGETOOL="${APPIMAGETOOL:-$(command -v appimagetool || true)}"
if [ -n "$APPIMAGETOOL" ] && [ -x "$APPIMAGETOOL" ]; then
    say "AppImage (appimagetool: $APPIMAGETOOL)"
    ARCH="$(uname -m)" "$APPIMAGETOOL" "$APPDIR" "$APPIMAGE"
else
    say "AppImage (our runtime, packaging/linux/appimage-runtime, + mksquashfs)"
    # Debian packages of the runtime's build (static libraries) and of mksquashfs.
    need=(gcc squashfs-tools libsquashfuse-dev libfuse3-dev libzstd-dev liblzma-dev liblz4-dev liblzo2-dev zlib1g-dev)
    missing=()
    for p in "${need[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        sudo=(); [ "$(id -u)" = 0 ] || sudo=(sudo -n)
        if [ ${#sudo[@]} -gt 0 ] && ! sudo -n true 2>/dev/null; then
            die "the AppImage needs Debian packages: sudo apt-get install ${missing[*]}"
        fi
        echo "installing ${missing[*]}"
        "${sudo[@]}" apt-get update -q >/dev/null
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
    fi
    RUNTIME="$ROOT/build/appimage/runtime"
    bash packaging/linux/appimage-runtime/build-runtime.sh "$RUNTIME" 2>"$ROOT/build/appimage-runtime.log" \
        || { cat "$ROOT/build/appimage-runtime.log" >&2; die "the AppImage runtime did not build"; }
    # As appimagetool does: the AppDir's files owned by root, zstd (the official runtime reads it too).
    mksquashfs "$APPDIR" "$ROOT/build/appimage/image.squashfs" -root-owned -noappend -no-progress -quiet -comp zstd >/dev/null
    cat "$RUNTIME" "$ROOT/build/appimage/image.squashfs" > "$APPIMAGE"
    chmod 755 "$APPIMAGE"
    [ "$("$APPIMAGE" --appimage-offset)" = "$(stat -c %s "$RUNTIME")" ] || die "the AppImage does not find its SquashFS image"
fi
[ -x "$APPIMAGE" ] || die "no $APPIMAGE"
echo "built $APPIMAGE"

say "sizes"
du -sh "$BUNDLE" "$DEB" "$APPDIR" "$APPIMAGE"
