#!/usr/bin/env bash
# macOS: build packaging/icons/duty-roster.icns from the PNG sizes (iconutil ships with macOS).
# Run before PyInstaller, which puts the .icns into the .app.
set -euo pipefail
cd "$(dirname "$0")/../icons"
set_dir=$(mktemp -d)/duty-roster.iconset
mkdir -p "$set_dir"
for size in 16 32 128 256 512; do
  cp "duty-roster-$size.png" "$set_dir/icon_${size}x${size}.png"
done
for size in 16 128 256; do
  cp "duty-roster-$((size * 2)).png" "$set_dir/icon_${size}x${size}@2x.png"
done
cp duty-roster-64.png "$set_dir/icon_32x32@2x.png"
iconutil -c icns -o duty-roster.icns "$set_dir"
