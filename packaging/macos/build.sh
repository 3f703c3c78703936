#!/usr/bin/env bash
# macOS build of Activity Desk: "dist/Activity Desk.app" (PyInstaller BUNDLE of the one-folder build)
# and dist/ActivityDesk-<version>.dmg (hdiutil), signing and notarisation as placeholders.
#
#   bash packaging/macos/build.sh
#
# Needs Python 3.11+ (python3 on PATH) and the Xcode command line tools (hdiutil, codesign).
# Not run on the Linux development machine: .github/workflows/package.yml runs it on macos-latest.
#
# Signing and notarisation (placeholders, skipped unless these are set):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: <Name> (<TEAMID>)" in the keychain
#   MACOS_NOTARY_PROFILE  a `xcrun notarytool store-credentials` profile name
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
BUILD_VENV="${BUILD_VENV:-$ROOT/build/venv-macos}"
if [ ! -x "$BUILD_VENV/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$BUILD_VENV"
    "$BUILD_VENV/bin/python" -m pip install --quiet --upgrade pip
fi
"$BUILD_VENV/bin/python" -m pip install --quiet ".[packaging]"
"$BUILD_VENV/bin/python" -m pip install --quiet --no-deps --force-reinstall .
VERSION="$("$BUILD_VENV/bin/python" -c 'from importlib.metadata import version; print(version("activity-desk"))')"

mkdir -p build
"$BUILD_VENV/bin/python" packaging/render_icons.py icns build/activity-desk.icns  # the spec's BUNDLE icon
"$BUILD_VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/activity-desk.spec
APP="dist/Activity Desk.app"
[ -x "$APP/Contents/MacOS/activity-desk" ] || { echo "PyInstaller made no $APP" >&2; exit 1; }

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    # Hardened runtime is required for notarisation.
    codesign --force --deep --options runtime --timestamp --sign "$MACOS_SIGN_IDENTITY" "$APP"
    codesign --verify --deep --strict --verbose=2 "$APP"
else
    echo "not signed: MACOS_SIGN_IDENTITY is not set (Gatekeeper will refuse to open the app by double-click)"
fi

DMG="dist/ActivityDesk-$VERSION.dmg"
STAGE="build/dmg"
rm -rf "$STAGE" "$DMG"; mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"  # drag-to-install
hdiutil create -volname "Activity Desk" -srcfolder "$STAGE" -fs HFS+ -format UDZO "$DMG"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${MACOS_NOTARY_PROFILE:-}" ]; then
    codesign --sign "$MACOS_SIGN_IDENTITY" --timestamp "$DMG"
    xcrun notarytool submit "$DMG" --keychain-profile "$MACOS_NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
    spctl -a -vv -t install "$DMG"
else
    echo "not notarised: MACOS_SIGN_IDENTITY and MACOS_NOTARY_PROFILE are not both set"
fi
du -sh "$APP" "$DMG"
