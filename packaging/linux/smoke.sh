#!/usr/bin/env bash
# Smoke tests of the Linux artifacts that packaging/linux/build.sh left in dist/ (run it first):
#
#  1. the wheel, installed into a fresh temporary venv, finds every resources/ file through
#     desktop_app/resource_paths.py and starts (--demo --quit-when-ready) from outside the checkout;
#  2. the one-folder bundle carries no keyrings.alt (plain-text secret stores) and no .ts sources,
#     and starts under Xvfb (a real X server, the xcb platform plugin) with
#     --demo --screenshot, and the PNG shows a populated window (size, colours, non-background pixels);
#  3. start-to-ready time (--quit-when-ready, best of 3) of the bundle and of the source checkout;
#  4. desktop-file-validate on the desktop entry and appstreamcli on the AppStream metadata
#     (both as packaged in the .deb);
#  5. the .deb in a clean Debian root: `dpkg -i` in a debootstrap'ed minimal bookworm (chroot),
#     then `apt-get -f install` pulls exactly the Depends it declares, then the installed
#     /usr/bin/activity-desk starts offscreen and makes a screenshot on the host's Xvfb, then
#     `dpkg --purge` removes it. Needs root, debootstrap and a Debian mirror; SKIP_CHROOT=1 skips it
#     (and says so). The pristine root is cached in build/debian-root and copied for each run.
#  6. the AppImage: the type-2 magic bytes and a SquashFS image at the offset the runtime reports,
#     and libappimage (the AppImage project's reader, in Debian) agrees on both;
#     --appimage-extract gives the AppDir (AppRun, desktop entry that validates, icon); it starts
#     under Xvfb with --demo --screenshot (PNG checked as in 2) through FUSE when /dev/fuse is
#     usable here (and leaves no mount behind), and always through --appimage-extract-and-run
#     (APPIMAGE_EXTRACT_AND_RUN=1: the path for systems without FUSE; leaves no directory behind);
#     start-to-ready time as in 3.
#
# Exit status 0 only if every step that ran passed. Not part of .ci/run (about a minute here, after
# a build of about two); see packaging/README.md. Needs: xvfb-run, desktop-file-validate
# (desktop-file-utils), appstreamcli (appstream), libappimage1.0abi1 (step 6).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
BUILD_VENV="${BUILD_VENV:-$ROOT/build/venv-linux}"
APP_ID="io.github.activitydesk.ActivityDesk"
BUNDLE="$ROOT/dist/activity-desk"
OUT="$ROOT/build/smoke"
DEB="$(ls "$ROOT"/dist/activity-desk_*.deb 2>/dev/null | tail -1 || true)"
APPIMAGE="$(ls "$ROOT"/dist/Activity_Desk-*.AppImage 2>/dev/null | tail -1 || true)"
say() { printf '\n== %s\n' "$*"; }
die() { printf 'smoke.sh: FAILED: %s\n' "$*" >&2; exit 1; }

[ -x "$BUNDLE/activity-desk" ] && [ -n "$DEB" ] && [ -n "$APPIMAGE" ] \
    || die "no dist/activity-desk, .deb or .AppImage: run bash packaging/linux/build.sh first"
for tool in xvfb-run desktop-file-validate appstreamcli; do
    command -v "$tool" >/dev/null || die "$tool is missing (Debian: apt-get install xvfb desktop-file-utils appstream)"
done
rm -rf "$OUT"; mkdir -p "$OUT"
# A throw-away HOME: the smoke runs must not read or write the developer's settings, cache or keyring.
export HOME="$OUT/home"; mkdir -p "$HOME"
unset QT_QPA_PLATFORM

# packaging/smoke_bundle.py: the screenshot/PNG check and start-time measure shared with the CI workflow.
SMOKE=("$BUILD_VENV/bin/python" "$ROOT/packaging/smoke_bundle.py")

say "1. wheel in a fresh venv"
WHEEL_DIR="$OUT/wheel"
"$BUILD_VENV/bin/python" -m pip wheel --quiet --no-deps -w "$WHEEL_DIR" . 2>/dev/null
"$BUILD_VENV/bin/python" -m venv "$OUT/wheel-venv"
"$OUT/wheel-venv/bin/python" -m pip install --quiet --no-deps "$WHEEL_DIR"/activity_desk-*.whl
# The app's dependencies come from the build venv (appended after the new venv's own site-packages,
# so the desktop_app imported below is the wheel's).
SITE="$("$OUT/wheel-venv/bin/python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))')"
"$BUILD_VENV/bin/python" -c 'import sysconfig; print(sysconfig.get_path("purelib"))' > "$SITE/zz-build-venv-deps.pth"
(cd "$OUT" && "$OUT/wheel-venv/bin/python" - "$SITE" "$ROOT/resources" <<'EOF'
import sys
from pathlib import Path
import desktop_app
from desktop_app.resource_paths import require_resource, resources_dir
site, source = Path(sys.argv[1]), Path(sys.argv[2])
assert Path(desktop_app.__file__).is_relative_to(site), f"imported {desktop_app.__file__}, not the wheel"
assert resources_dir() == site / "desktop_app" / "resources", resources_dir()
wanted = [p.relative_to(source) for p in source.rglob("*") if p.is_file() and p.suffix != ".ts"]
for rel in wanted:
    require_resource(*rel.parts)
print(f"wheel: {len(wanted)} resource files found under {resources_dir()}")
EOF
) || die "the installed wheel does not find its resources"
(cd "$OUT" && QT_QPA_PLATFORM=offscreen "$OUT/wheel-venv/bin/python" -m desktop_app.app --demo --quit-when-ready 2>/dev/null | grep -qx Ready) \
    || die "the installed wheel does not start"
echo "wheel: starts (--demo --quit-when-ready) from outside the checkout"

say "2. bundle under Xvfb: --demo --screenshot"
# The plain-text keyring backends of keyrings.alt must never ship: secrets live in the OS keyring only.
leaked="$(find "$BUNDLE" -ipath '*keyrings*alt*' -o -name '*.ts' | head -3)"
[ -z "$leaked" ] || die "the bundle carries what it must not: $leaked"
# The release feed given at build time (RELEASE_FEED; unset: none) is in the bundle where the resolver looks.
release="$(find "$BUNDLE" -path '*/desktop_app/resources/release.json' | head -1)"
[ -n "$release" ] || die "the bundle has no desktop_app/resources/release.json (the build's release feed)"
"$BUILD_VENV/bin/python" - "$release" "${RELEASE_FEED:-}" <<'EOF' || die "release.json does not hold the feed given at build time"
import json, sys
feed = json.loads(open(sys.argv[1], encoding="utf-8").read())["feed"]
assert feed == sys.argv[2].strip(), (feed, sys.argv[2])
print(f"release feed in the bundle: {feed or '(none: no update check)'}")
EOF
xvfb-run -a -s "-screen 0 1600x1000x24" "${SMOKE[@]}" screenshot "$BUNDLE/activity-desk" "$OUT/bundle.png" \
    || die "bundle screenshot"

say "3. start-to-ready (--demo --quit-when-ready, offscreen, best of 3)"
SOURCE_PY="$ROOT/.venv/bin/python"; [ -x "$SOURCE_PY" ] || SOURCE_PY="$BUILD_VENV/bin/python"
bundle_s=$(QT_QPA_PLATFORM=offscreen "${SMOKE[@]}" ready "$BUNDLE/activity-desk") || die "bundle --quit-when-ready"
source_s=$(QT_QPA_PLATFORM=offscreen "${SMOKE[@]}" ready "$SOURCE_PY" -m desktop_app.app) || die "source --quit-when-ready"
echo "bundle: ${bundle_s} s   source ($SOURCE_PY -m desktop_app.app): ${source_s} s"
du -sh "$BUNDLE" "$DEB"

say "4. desktop entry and AppStream metadata, as packaged"
rm -rf "$OUT/deb-content"; dpkg-deb -x "$DEB" "$OUT/deb-content"
desktop-file-validate "$OUT/deb-content/usr/share/applications/$APP_ID.desktop" || die "desktop-file-validate"
echo "desktop-file-validate: no errors"
appstreamcli validate --no-net "$OUT/deb-content/usr/share/metainfo/$APP_ID.metainfo.xml" || die "appstreamcli validate"

say "5. .deb in a clean Debian root"
if [ "${SKIP_CHROOT:-0}" = 1 ]; then
    echo "SKIPPED (SKIP_CHROOT=1): the .deb was not installed"
else
    [ "$(id -u)" = 0 ] || die "installing into a chroot needs root (or SKIP_CHROOT=1)"
    command -v debootstrap >/dev/null || die "debootstrap is missing (apt-get install debootstrap)"
    PRISTINE="$ROOT/build/debian-root"
    SUITE="${DEBIAN_SUITE:-bookworm}"
    if [ ! -x "$PRISTINE/usr/bin/apt-get" ]; then
        rm -rf "$PRISTINE"
        debootstrap --variant=minbase "$SUITE" "$PRISTINE" "${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
    fi
    R="$OUT/debian-root"
    cp -a "$PRISTINE" "$R"
    cp /etc/resolv.conf "$R/etc/resolv.conf"
    mount -t proc proc "$R/proc"
    trap 'umount "$R/proc" 2>/dev/null || true' EXIT
    cp "$DEB" "$R/tmp/"
    in_root() { chroot "$R" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"; }
    in_root apt-get -qq update
    if in_root dpkg -i "/tmp/$(basename "$DEB")" > "$OUT/dpkg-i.log" 2>&1; then
        echo "dpkg -i: installed with no missing dependencies"
    else
        grep -c "depends on" "$OUT/dpkg-i.log" | xargs echo "dpkg -i: dependencies missing in the minimal root (expected):"
        in_root apt-get -qq -y -f install > "$OUT/apt-f.log" 2>&1 || { tail "$OUT/apt-f.log"; die "apt-get -f install"; }
    fi
    in_root dpkg -s activity-desk | grep -qx "Status: install ok installed" || die "the .deb is not installed"
    in_root dpkg --audit || die "dpkg --audit"
    echo "installed: activity-desk $(in_root dpkg-query -W -f='${Version}' activity-desk), $(in_root dpkg -L activity-desk | wc -l) paths"
    in_root env QT_QPA_PLATFORM=offscreen HOME=/tmp /usr/bin/activity-desk --demo --quit-when-ready 2>/dev/null | grep -qx Ready \
        || die "the installed app does not start (offscreen)"
    echo "installed /usr/bin/activity-desk: Ready (offscreen)"
    # A real X server on the host (access control off, so no Xauthority file is needed inside the
    # root); the client reaches it through the abstract X socket, which a chroot shares.
    xvfb-run -a -s "-ac -screen 0 1600x1000x24" sh -c \
        "chroot '$R' /usr/bin/env -i PATH=/usr/bin:/bin HOME=/tmp LANG=C.UTF-8 DISPLAY=\"\$DISPLAY\" /usr/bin/activity-desk --demo --screenshot /tmp/deb.png" \
        || die "the installed app could not make a screenshot under Xvfb"
    "${SMOKE[@]}" check "$R/tmp/deb.png" || die "installed .deb screenshot"
    cp "$R/tmp/deb.png" "$OUT/deb.png"
    in_root dpkg --purge activity-desk >/dev/null
    [ ! -e "$R/opt/activity-desk" ] && [ ! -e "$R/usr/bin/activity-desk" ] || die "dpkg --purge left files behind"
    echo "dpkg --purge: /opt/activity-desk and /usr/bin/activity-desk gone"
    umount "$R/proc"; trap - EXIT
    rm -rf "$R"
fi

say "6. AppImage: $(basename "$APPIMAGE")"
[ "$(od -An -c -j8 -N3 "$APPIMAGE" | tr -d ' ')" = 'AI002' ] || die "no AppImage type-2 magic bytes (AI\\x02 at offset 8)"
offset="$("$APPIMAGE" --appimage-offset)" || die "--appimage-offset"
[ "$(od -An -c -j"$offset" -N4 "$APPIMAGE" | tr -d ' ')" = hsqs ] || die "no SquashFS image at offset $offset"
echo "type 2 (AI\\x02 at offset 8), SquashFS image at offset $offset, $("$APPIMAGE" --appimage-version)"
# A second opinion from the AppImage project's own reader (libappimage, Debian package libappimage1.0abi1).
"$BUILD_VENV/bin/python" - "$APPIMAGE" "$offset" <<'EOF' || die "libappimage does not read the AppImage as type 2 (apt-get install libappimage1.0abi1)"
import ctypes, sys
lib = ctypes.CDLL("libappimage.so.1.0abi1")
path, offset = sys.argv[1].encode(), int(sys.argv[2])
lib.appimage_get_type.argtypes = [ctypes.c_char_p, ctypes.c_bool]
lib.appimage_get_payload_offset.argtypes = [ctypes.c_char_p]
lib.appimage_get_payload_offset.restype = ctypes.c_int64
lib.appimage_list_files.argtypes = [ctypes.c_char_p]
lib.appimage_list_files.restype = ctypes.POINTER(ctypes.c_char_p)
files, names = lib.appimage_list_files(path), []
while files[len(names)]:
    names.append(files[len(names)].decode())
kind, found = lib.appimage_get_type(path, False), lib.appimage_get_payload_offset(path)
assert kind == 2 and found == offset and {"AppRun", "usr/lib/activity-desk/activity-desk"} <= set(names), (kind, found, len(names))
print(f"libappimage: type {kind}, payload at {found}, {len(names)} entries listed")
EOF
# The runs below make their mount point / extraction directory under this TMPDIR: what is left there is a leak.
APPIMAGE_TMP="$OUT/appimage-tmp"; mkdir -p "$APPIMAGE_TMP"
(cd "$OUT" && "$APPIMAGE" --appimage-extract >/dev/null) || die "--appimage-extract"
for f in AppRun "$APP_ID.desktop" .DirIcon usr/lib/activity-desk/activity-desk; do
    [ -e "$OUT/squashfs-root/$f" ] || die "the AppImage has no $f"
done
desktop-file-validate "$OUT/squashfs-root/$APP_ID.desktop" || die "desktop-file-validate (AppImage)"
echo "--appimage-extract: AppRun, desktop entry (validates), icon, the bundle"
rm -rf "$OUT/squashfs-root"
if [ -c /dev/fuse ] && [ -r /dev/fuse ] && [ -w /dev/fuse ]; then
    TMPDIR="$APPIMAGE_TMP" xvfb-run -a -s "-screen 0 1600x1000x24" "${SMOKE[@]}" screenshot "$APPIMAGE" "$OUT/appimage.png" \
        || die "AppImage screenshot (FUSE)"
    appimage_s=$(TMPDIR="$APPIMAGE_TMP" QT_QPA_PLATFORM=offscreen "${SMOKE[@]}" ready "$APPIMAGE") || die "AppImage --quit-when-ready (FUSE)"
    sleep 1  # the FUSE server unmounts as soon as the app is gone
    ! grep -q "$APPIMAGE_TMP" /proc/mounts || die "the AppImage left a mount behind: $(grep "$APPIMAGE_TMP" /proc/mounts)"
    echo "FUSE: screenshot passed; start-to-ready ${appimage_s} s; unmounted afterwards"
else
    echo "FUSE: SKIPPED (/dev/fuse is not usable here); the AppImage ran only through --appimage-extract-and-run"
fi
TMPDIR="$APPIMAGE_TMP" APPIMAGE_EXTRACT_AND_RUN=1 xvfb-run -a -s "-screen 0 1600x1000x24" \
    "${SMOKE[@]}" screenshot "$APPIMAGE" "$OUT/appimage-extracted.png" || die "AppImage screenshot (--appimage-extract-and-run)"
extracted_s=$(TMPDIR="$APPIMAGE_TMP" APPIMAGE_EXTRACT_AND_RUN=1 QT_QPA_PLATFORM=offscreen "${SMOKE[@]}" ready "$APPIMAGE") \
    || die "AppImage --quit-when-ready (--appimage-extract-and-run)"
echo "--appimage-extract-and-run: screenshot passed; start-to-ready ${extracted_s} s (extraction included)"
sleep 1
[ -z "$(ls -A "$APPIMAGE_TMP")" ] || die "the AppImage left behind: $(ls -A "$APPIMAGE_TMP")"
du -sh "$APPIMAGE"

say "smoke: all passed (screenshots in build/smoke/)"
