#!/bin/sh
# Remove what install.sh put in place for the current user. The rosters (the database in the
# data folder, ~/.local/share/duty-roster) are kept: delete that folder by hand to remove them.
set -eu
data_home=${XDG_DATA_HOME:-$HOME/.local/share}
app_dir=$HOME/.local/lib/duty-roster

[ "$(readlink "$HOME/.local/bin/duty-roster" 2>/dev/null)" = "$app_dir/duty-roster" ] && rm -f "$HOME/.local/bin/duty-roster"
rm -f "$data_home/applications/duty-roster.desktop"
rm -f "$data_home"/icons/hicolor/*/apps/duty-roster.png "$data_home/icons/hicolor/scalable/apps/duty-roster.svg"
rm -rf "$app_dir"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data_home/applications" || true
echo "Duty Roster is removed. Your rosters stay in $data_home/duty-roster (delete it to remove them too)."
