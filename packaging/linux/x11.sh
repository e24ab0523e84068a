# Sourced by the scripts next to it: a private Xvfb display and bounded waits for the app's window.
# Needs: xvfb xauth xdotool imagemagick (Debian package names).

WINDOW_TITLE="Deadline Cost Explorer"
# ImageMagick by absolute path: another 'convert'/'import' may come earlier on PATH.
IM_CONVERT=/usr/bin/convert
IM_IMPORT=/usr/bin/import
XVFB_PID=""

now_ms() {
    echo $(( $(date +%s%N) / 1000000 ))
}

# Starts Xvfb on the first free display from :90 and exports DISPLAY. Bounded: gives up after 10 s.
start_xvfb() {
    local n=90
    while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do
        n=$((n + 1))
        if [ "$n" -gt 140 ]; then
            echo "no free X display between :90 and :140" >&2
            return 1
        fi
    done
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
    XVFB_PID=$!
    export DISPLAY=":$n"
    local deadline=$(( $(now_ms) + 10000 ))
    until xdotool getdisplaygeometry >/dev/null 2>&1; do
        if [ "$(now_ms)" -gt "$deadline" ] || ! kill -0 "$XVFB_PID" 2>/dev/null; then
            echo "Xvfb did not start on $DISPLAY" >&2
            return 1
        fi
        sleep 0.1
    done
}

stop_xvfb() {
    if [ -n "$XVFB_PID" ]; then
        kill "$XVFB_PID" 2>/dev/null || true
        wait "$XVFB_PID" 2>/dev/null || true
        XVFB_PID=""
    fi
}

# Prints the id of the first visible window whose title starts with WINDOW_TITLE; waits at most $1 seconds.
# Also returns early (status 2) when the process $2 has died.
wait_for_window() {
    local timeout_s=$1 pid=$2 id
    local deadline=$(( $(now_ms) + timeout_s * 1000 ))
    while [ "$(now_ms)" -le "$deadline" ]; do
        id=$(xdotool search --onlyvisible --name "^$WINDOW_TITLE" 2>/dev/null | head -n 1 || true)
        if [ -n "$id" ]; then
            echo "$id"
            return 0
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            return 2
        fi
        sleep 0.05
    done
    return 1
}

# Waits at most $2 seconds until window $1 shows real content (many colours, not a blank rectangle).
wait_for_paint() {
    local id=$1 timeout_s=$2 colours
    local deadline=$(( $(now_ms) + timeout_s * 1000 ))
    while [ "$(now_ms)" -le "$deadline" ]; do
        colours=$("$IM_IMPORT" -window "$id" png:- 2>/dev/null | "$IM_CONVERT" - -format %k info: 2>/dev/null || echo 0)
        if [ "${colours:-0}" -ge 32 ]; then
            return 0
        fi
        sleep 0.05
    done
    return 1
}

# Asks the window to quit the way a user would (Ctrl+Q) and waits at most $3 s for process $2 to exit;
# kills it otherwise. Returns 1 when it had to be killed.
quit_app() {
    local id=$1 pid=$2 timeout_s=$3
    xdotool windowfocus --sync "$id" >/dev/null 2>&1 || true
    xdotool key --window "$id" ctrl+q >/dev/null 2>&1 || true
    local deadline=$(( $(now_ms) + timeout_s * 1000 ))
    while kill -0 "$pid" 2>/dev/null; do
        if [ "$(now_ms)" -gt "$deadline" ]; then
            kill "$pid" 2>/dev/null || true
            sleep 1
            kill -9 "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
            return 1
        fi
        sleep 0.1
    done
    wait "$pid" 2>/dev/null || true
    return 0
}
