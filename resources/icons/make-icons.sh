#!/usr/bin/env bash
# Renders guichet.svg to the PNG sizes that the hicolor theme and Windows want
# (hicolor/<size>x<size>/apps/guichet.png in the packages) and the .ico. Needs rsvg-convert
# (librsvg2-bin) and ImageMagick's convert.
# Run after changing the SVG and commit the PNGs.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio guichet.svg --output "guichet-$size.png"
done
# Windows' icon (the NSIS installer's, cmake/GuichetPackagingWindows.cmake): the same PNGs in one .ico.
convert guichet-16.png guichet-24.png guichet-32.png guichet-48.png guichet-64.png guichet-128.png \
    guichet-256.png guichet.ico
echo "make-icons: guichet-{16,22,24,32,48,64,128,256}.png, guichet.ico"
