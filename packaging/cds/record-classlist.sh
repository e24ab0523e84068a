#!/usr/bin/env bash
# Records startup.classlist: the JDK and JavaFX classes the app loads from launch to its first painted window.
# The installer profile dumps them into the runtime's default class-data-sharing archive, so they are mapped
# pre-parsed at every launch instead of being read from the modules file and verified.
#
# Run after ./mvnw -Pinstaller package (it uses target/installer/runtime and target/installer/input), on Linux
# with: apt-get install -y --no-install-recommends libgtk-3-0 xvfb xauth xdotool imagemagick
# then rebuild the installer. App and library classes are left out: on JDK 17 a static archive only accepts
# classes from the runtime image when the class path differs between build and install.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
# shellcheck source=../linux/x11.sh
. packaging/linux/x11.sh

runtime=target/installer/runtime
input=target/installer/input
[ -x "$runtime/bin/java" ] || { echo "build first: ./mvnw -Pinstaller package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    stop_xvfb
    rm -rf "$work"
}
trap cleanup EXIT

start_xvfb
# -Xshare:off so every class is loaded (and listed) from the modules file; a private home keeps the
# user's settings out of it.
"$runtime/bin/java" -Xshare:off -XX:DumpLoadedClassList="$work/all.classlist" -Ddce.home="$work/home" \
    -cp "$input/*" com.deadlinecost.app.Launcher >"$work/app.out" 2>&1 &
app_pid=$!
id=$(wait_for_window 60 "$app_pid") || { cat "$work/app.out" >&2; echo "no window within 60 s" >&2; exit 1; }
wait_for_paint "$id" 30 || { echo "window never painted" >&2; exit 1; }
quit_app "$id" "$app_pid" 20 || echo "the app did not quit on Ctrl+Q; killed it" >&2
app_pid=""

# Keep classes from the runtime image (JDK and JavaFX modules) and the lambda entries of those classes.
grep -E '^(@lambda-form-invoker |@lambda-proxy (java|javax|jdk|sun|com/sun|javafx)/|(java|javax|jdk|sun|com/sun|javafx)/)' \
    "$work/all.classlist" >"$root/packaging/cds/startup.classlist"
echo "packaging/cds/startup.classlist: $(wc -l <"$root/packaging/cds/startup.classlist") entries" \
    "(of $(wc -l <"$work/all.classlist") loaded)"
