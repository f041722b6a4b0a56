#!/bin/sh
# Install Duty Roster for the current user (no administrator rights needed): the program goes
# to ~/.local/lib/duty-roster, a `duty-roster` command to ~/.local/bin, and the menu entry and
# icon to the desktop's usual places. Run it from the unpacked folder: ./install.sh
# Remove it again with ~/.local/lib/duty-roster/uninstall.sh (your rosters are kept).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/lib/duty-roster
bin_dir=$HOME/.local/bin

if [ ! -x "$here/duty-roster" ]; then
  echo "install.sh: run it from the unpacked duty-roster folder (no duty-roster program beside it)" >&2
  exit 1
fi
if [ "$here" != "$app_dir" ]; then
  rm -rf "$app_dir.new"
  mkdir -p "$app_dir.new"
  cp -a "$here/." "$app_dir.new/"
  rm -rf "$app_dir"
  mv "$app_dir.new" "$app_dir"
fi

mkdir -p "$bin_dir" "$data_home/applications"
ln -sf "$app_dir/duty-roster" "$bin_dir/duty-roster"
for png in "$app_dir"/share/icons/duty-roster-*.png; do
  size=${png##*-}; size=${size%.png}
  mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data_home/icons/hicolor/${size}x${size}/apps/duty-roster.png"
done
mkdir -p "$data_home/icons/hicolor/scalable/apps"
cp "$app_dir/share/icons/duty-roster.svg" "$data_home/icons/hicolor/scalable/apps/duty-roster.svg"
# The menu entry names the program by its full path: ~/.local/bin is not on every PATH.
sed "s|^Exec=duty-roster|Exec=\"$app_dir/duty-roster\"|" "$app_dir/share/duty-roster.desktop" \
  > "$data_home/applications/duty-roster.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data_home/icons/hicolor" || true

echo "Duty Roster $("$app_dir/duty-roster" --version | cut -d' ' -f2) is installed."
echo "Open it from the applications menu (Xếp lịch tình nguyện), or run: $bin_dir/duty-roster"
