#!/usr/bin/env bash
# Regenerates every icon format from the one master, icon.svg. Needs rsvg-convert (Debian: librsvg2-bin).
# The PNGs are committed, so building the app never needs this script; run it after editing icon.svg.
set -euo pipefail
cd "$(dirname "$0")"
resources=../src/main/resources/com/deadlinecost/icons
mkdir -p png "$resources"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" icon.svg --output "png/icon-$size.png"
done
for size in 16 32 48 64 128 256; do
    cp "png/icon-$size.png" "$resources/icon-$size.png"
done
