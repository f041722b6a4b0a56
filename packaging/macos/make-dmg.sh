#!/usr/bin/env bash
# macOS: turn dist/Duty Roster.app (built by packaging/duty-roster.spec) into
# dist/duty-roster-<version>-macos-<arch>.dmg, a disk image with the app and a link to
# /Applications to drag it onto. Needs macOS (iconutil, hdiutil): run by
# .github/workflows/package.yml after PyInstaller.
# Usage: packaging/macos/make-dmg.sh VERSION
set -euo pipefail
cd "$(dirname "$0")/../.."
version=${1:?usage: make-dmg.sh VERSION}
app="dist/Duty Roster.app"
[ -d "$app" ] || { echo "make-dmg.sh: $app is missing: run PyInstaller with packaging/duty-roster.spec first" >&2; exit 1; }
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Duty Roster $version" -srcfolder "$staging" -ov -format UDZO \
  "dist/duty-roster-$version-macos-$(uname -m).dmg"
rm -rf "$staging"
