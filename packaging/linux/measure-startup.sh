#!/usr/bin/env bash
# Measures the installed app's start-up: time from starting the launcher to the main window being mapped and
# to its first painted frame, with the runtime's class-data-sharing archive (as shipped) and without it
# (-Xshare:off through JAVA_TOOL_OPTIONS), alternating, RUNS times each (default 5); prints the medians.
# Besides wall-clock times it reports the CPU time the app had used when its window was painted, which is
# steadier than wall-clock time on a busy machine.
# Run after installing the .deb (packaging/linux/smoke-test.sh purges it again, so install by hand:
#   mkdir -p /etc/xdg/menus /usr/share/desktop-directories; apt-get install -y ./target/installer/dist/*.deb).
# Needs: xvfb xauth xdotool imagemagick. Each run gets fresh throw-away XDG folders (settings, logs); a warm-up
# run first unpacks JavaFX's native libraries into ~/.openjfx/cache, as any user's first launch does.
set -euo pipefail
cd "$(dirname "$0")/../.."
. packaging/linux/x11.sh

launcher=${LAUNCHER:-/opt/deadline-cost-explorer/bin/deadline-cost-explorer}
runs=${RUNS:-5}
[ -x "$launcher" ] || { echo "no launcher at $launcher: install the .deb first" >&2; exit 1; }
work=$(mktemp -d /tmp/dce-startup.XXXXXX)
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill -9 "$app_pid" 2>/dev/null || true
    stop_xvfb
    rm -rf "$work"
}
trap cleanup EXIT
start_xvfb

# CPU time (user + system) used so far by process $1, in ms.
cpu_ms() {
    local ticks
    ticks=$(awk '{ print $14 + $15 }' "/proc/$1/stat")
    echo $(( ticks * 1000 / $(getconf CLK_TCK) ))
}

# One launch; prints "mapped_ms painted_ms cpu_ms". $1 = extra JVM options (JAVA_TOOL_OPTIONS) or empty.
launch_once() {
    local opts=$1 started id mapped painted cpu
    local home
    home=$(mktemp -d "$work/home.XXXXXX")
    started=$(now_ms)
    XDG_CONFIG_HOME="$home/config" XDG_STATE_HOME="$home/state" XDG_DATA_HOME="$home/data" \
        JAVA_TOOL_OPTIONS="$opts" "$launcher" >"$work/out" 2>&1 </dev/null &
    app_pid=$!
    id=$(wait_for_window 60 "$app_pid") || { cat "$work/out" >&2; echo "no window" >&2; return 1; }
    mapped=$(now_ms)
    wait_for_paint "$id" 30 || { echo "never painted" >&2; return 1; }
    painted=$(now_ms)
    cpu=$(cpu_ms "$app_pid")
    quit_app "$id" "$app_pid" 20 || true
    app_pid=""
    echo "$((mapped - started)) $((painted - started)) $cpu"
}

median() {
    sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'
}

echo "warm-up run (unpacks JavaFX's native libraries): $(launch_once "") ms (mapped, painted, CPU)"
: >"$work/cds" ; : >"$work/nocds"
for i in $(seq 1 "$runs"); do
    r=$(launch_once "")
    echo "run $i  CDS:    $r"
    echo "$r" >>"$work/cds"
    r=$(launch_once "-Xshare:off")
    echo "run $i  no CDS: $r"
    echo "$r" >>"$work/nocds"
done
cm=$(cut -d' ' -f1 "$work/cds" | median); cp=$(cut -d' ' -f2 "$work/cds" | median)
cc=$(cut -d' ' -f3 "$work/cds" | median)
nm=$(cut -d' ' -f1 "$work/nocds" | median); np=$(cut -d' ' -f2 "$work/nocds" | median)
nc=$(cut -d' ' -f3 "$work/nocds" | median)
echo "median of $runs: with CDS    mapped $cm ms, painted $cp ms, CPU $cc ms"
echo "median of $runs: without CDS mapped $nm ms, painted $np ms, CPU $nc ms"
awk -v a="$cp" -v b="$np" -v c="$cc" -v d="$nc" 'BEGIN {
    printf "with CDS / without: painted %.2f (%.2fx), CPU %.2f (%.2fx)\n", a / b, b / a, c / d, d / c }'
