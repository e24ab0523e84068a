#!/usr/bin/env bash
# Install-launch-uninstall cycle of the Linux installer, as CI runs it (root, no desktop, no stdin):
#   1. installs the .deb with apt (removing an earlier install first, so a second run works too),
#   2. starts the installed launcher under Xvfb with throw-away XDG user folders and waits (bounded) for the main
#      window to be mapped and painted, and for the log line of the demo studio,
#   3. writes a screenshot, quits the app with Ctrl+Q,
#   4. purges the package and checks that the user's settings and logs are still there.
# Usage: packaging/linux/smoke-test.sh [path/to/deadline-cost-explorer_*.deb]
# Environment: SMOKE_SCREENSHOT (default target/installer-smoke.png), SMOKE_REQUIRE_DEMO=1 to fail when the demo
# studio's "Connected to Demo studio" log line (farms listed) does not appear (otherwise a warning).
# Needs: apt, xvfb xauth xdotool imagemagick (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/../.."
. packaging/linux/x11.sh

package=deadline-cost-explorer
launcher=/opt/deadline-cost-explorer/bin/deadline-cost-explorer
deb=${1:-$(ls -t target/installer/dist/${package}_*.deb 2>/dev/null | head -n 1 || true)}
screenshot=${SMOKE_SCREENSHOT:-target/installer-smoke.png}
require_demo=${SMOKE_REQUIRE_DEMO:-0}

fail() {
    echo "SMOKE TEST FAILED: $*" >&2
    if [ -n "${app_out:-}" ] && [ -s "$app_out" ]; then
        echo "--- app output ---" >&2
        tail -n 40 "$app_out" >&2
    fi
    if [ -n "${log_file:-}" ] && [ -s "$log_file" ]; then
        echo "--- app log ---" >&2
        tail -n 40 "$log_file" >&2
    fi
    exit 1
}
step() {
    echo "== $*"
}

[ -n "$deb" ] && [ -f "$deb" ] || fail "no .deb found; build it with ./mvnw -Pinstaller package -DskipTests"
[ "$(id -u)" = 0 ] || fail "run as root (it installs and removes a package)"
export DEBIAN_FRONTEND=noninteractive

work=$(mktemp -d /tmp/dce-smoke.XXXXXX)
app_pid=""
cleanup() {
    if [ -n "$app_pid" ]; then
        kill -9 "$app_pid" 2>/dev/null || true
    fi
    stop_xvfb
}
trap cleanup EXIT

step "install $deb"
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed"; then
    echo "an earlier install is present; removing it first"
    apt-get remove -y -q "$package" >"$work/apt-remove-old.log" 2>&1 || fail "could not remove the earlier install"
fi
# jpackage's post-install script registers the menu entry with xdg-desktop-menu, which fails when these
# folders are missing (minimal machines without a desktop).
mkdir -p /etc/xdg/menus /usr/share/desktop-directories
apt-get install -y -q --no-install-recommends "$(realpath "$deb")" >"$work/apt-install.log" 2>&1 \
    || { tail -n 30 "$work/apt-install.log" >&2; fail "apt-get install of $deb failed"; }
[ -x "$launcher" ] || fail "the launcher $launcher is not there after installing"
desktop=$(ls /usr/share/applications/*deadline-cost-explorer*.desktop 2>/dev/null | head -n 1 || true)
[ -n "$desktop" ] || fail "no menu entry in /usr/share/applications"
grep -q '^MimeType=application/x-deadline-cost-explorer-view' "$desktop" || fail "$desktop lacks the .dcxview MIME type"
grep -q '^Exec=.* %f$' "$desktop" || fail "$desktop does not pass the opened file (%f)"
grep -rqs 'x-deadline-cost-explorer-view' /usr/share/mime/packages/ || fail "the .dcxview MIME type is not registered"
echo "installed: $(dpkg-query -W -f='${Package} ${Version}, ${Installed-Size} KiB' "$package"); menu entry $desktop"

step "launch under Xvfb"
# A throw-away user's folders: the app must put its files in the user's XDG folders. (Java takes user.home
# from the password database, not from $HOME, so the XDG variables are what points it here.)
user_home="$work/home"
mkdir -p "$user_home"
export XDG_CONFIG_HOME="$user_home/.config" XDG_STATE_HOME="$user_home/.local/state"
export XDG_DATA_HOME="$user_home/.local/share"
config_dir="$XDG_CONFIG_HOME/deadline-cost-explorer"
log_file="$XDG_STATE_HOME/deadline-cost-explorer/logs/deadline-cost-explorer.log"
app_out="$work/app.out"
start_xvfb
started=$(now_ms)
"$launcher" >"$app_out" 2>&1 </dev/null &
app_pid=$!
window=$(wait_for_window 60 "$app_pid") || fail "no window titled '$WINDOW_TITLE' within 60 s (or the app exited)"
mapped=$(now_ms)
wait_for_paint "$window" 30 || fail "the window was mapped but never painted within 30 s"
painted=$(now_ms)
echo "window $window mapped after $((mapped - started)) ms, painted after $((painted - started)) ms"

step "demo studio"
demo_deadline=$(( $(now_ms) + 60000 ))
demo_line=""
while [ "$(now_ms)" -le "$demo_deadline" ]; do
    demo_line=$(grep -m 1 "Connected to Demo studio" "$log_file" 2>/dev/null || true)
    [ -n "$demo_line" ] && break
    kill -0 "$app_pid" 2>/dev/null || fail "the app exited while waiting for the demo studio"
    sleep 0.2
done
if [ -n "$demo_line" ]; then
    echo "log: ${demo_line#* - }"
elif [ "$require_demo" = 1 ]; then
    fail "no 'Connected to Demo studio' line in $log_file within 60 s: the demo studio did not load its farms"
else
    echo "WARNING: no 'Connected to Demo studio' line in $log_file within 60 s (the window does not start the demo" \
        "studio yet; SMOKE_REQUIRE_DEMO=1 makes this an error)" >&2
fi
[ -s "$log_file" ] || fail "no log file at $log_file"

step "screenshot"
mkdir -p "$(dirname "$screenshot")"
"$IM_IMPORT" -window root "$screenshot" || fail "could not take the screenshot"
echo "screenshot: $screenshot"

step "quit"
quit_app "$window" "$app_pid" 20 || echo "WARNING: the app did not quit on Ctrl+Q within 20 s; killed it" >&2
app_pid=""
stop_xvfb
[ -d "$config_dir" ] || fail "the app made no settings folder at $config_dir"
echo "kept by the user: a file of their own" >"$config_dir/user-note.txt"
before=$(cd "$user_home" && find . -type f | sort)
echo "user files:"
echo "$before" | sed 's/^/  /'

step "uninstall"
apt-get purge -y -q "$package" >"$work/apt-purge.log" 2>&1 || { tail -n 30 "$work/apt-purge.log" >&2; fail "apt-get purge failed"; }
[ ! -e /opt/deadline-cost-explorer ] || fail "/opt/deadline-cost-explorer is still there after purging"
[ -z "$(ls /usr/share/applications/*deadline-cost-explorer*.desktop 2>/dev/null)" ] || fail "menu entry left behind"
after=$(cd "$user_home" && find . -type f | sort)
[ "$before" = "$after" ] || fail "uninstalling changed the user's files: $(diff <(echo "$before") <(echo "$after") || true)"
[ -f "$config_dir/user-note.txt" ] || fail "the user's settings folder did not survive uninstalling"

rm -rf "$work"
echo "SMOKE TEST PASSED: installed, window painted after $((painted - started)) ms, screenshot $screenshot," \
    "uninstalled, user files kept"
