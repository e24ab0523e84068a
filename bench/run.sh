#!/usr/bin/env bash
# Runs every benchmark of BENCHMARKS.md and prints one table: the JMH figures (forked JVMs), the end-to-end
# ingest, FX and memory figures (headless JavaFX, embedded emulator) and start-up (child JVMs on a display).
#   bench/run.sh                    all figures (about 10 minutes on 2 cores)
#   bench/run.sh --only ingest,fx   some: regroup, emulator, ingest, fx, memory, chart, demo, million, startup
# Without DISPLAY, an Xvfb of its own is started when Xvfb is installed; otherwise start-up is skipped.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target/bench
./mvnw -B -q package -DskipTests
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench/classpath.txt

xvfb_pid=""
if [ -z "${DISPLAY:-}" ] && command -v Xvfb >/dev/null; then
    display=90
    while [ -e "/tmp/.X${display}-lock" ] || [ -e "/tmp/.X11-unix/X${display}" ]; do
        display=$((display + 1))
    done
    Xvfb ":${display}" -screen 0 1280x800x24 -nolisten tcp >target/bench/xvfb.log 2>&1 &
    xvfb_pid=$!
    trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
    export DISPLAY=":${display}"
    for _ in $(seq 50); do
        [ -e "/tmp/.X11-unix/X${display}" ] && break
        sleep 0.1
    done
fi

java -Xmx3g -Djdk.attach.allowAttachSelf=true -Ddce.home=target/bench/home -Ddce.bench.dir=target/bench \
    -Ddce.bench.appJar=target/deadline-cost-explorer.jar \
    -cp "target/test-classes:target/classes:$(cat target/bench/classpath.txt)" \
    com.deadlinecost.app.Launcher bench "$@"
