#!/usr/bin/env bash
# Regenerates every icon format from the one master, icon.svg: the PNG sizes, icon.ico (Windows) and
# icon.icns (macOS). Debian/Ubuntu packages: librsvg2-bin (rsvg-convert), imagemagick (convert, for .ico)
# and icnsutils (png2icns, for .icns):
#   apt-get install -y --no-install-recommends librsvg2-bin imagemagick icnsutils
# Everything it writes is committed, so building the app or the installers never needs this script;
# run it after editing icon.svg.
set -euo pipefail
cd "$(dirname "$0")"
resources=../src/main/resources/com/deadlinecost/icons
# ImageMagick by absolute path: a different 'convert' may come earlier on PATH.
convert=/usr/bin/convert
mkdir -p png "$resources"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert --width "$size" --height "$size" icon.svg --output "png/icon-$size.png"
done
for size in 16 32 48 64 128 256; do
    cp "png/icon-$size.png" "$resources/icon-$size.png"
done
# Windows: one .ico holding the sizes Explorer and the Start menu ask for (256 is stored as PNG inside).
"$convert" png/icon-16.png png/icon-24.png png/icon-32.png png/icon-48.png png/icon-64.png \
    png/icon-128.png png/icon-256.png icon.ico
# macOS: png2icns takes the sizes it knows (16, 32, 48, 128, 256, 512).
png2icns icon.icns png/icon-16.png png/icon-32.png png/icon-48.png png/icon-128.png png/icon-256.png \
    png/icon-512.png >/dev/null
