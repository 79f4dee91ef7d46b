#!/usr/bin/env bash
# Renders guichet.svg to the PNG sizes that the hicolor theme and Windows want
# (hicolor/<size>x<size>/apps/guichet.png in the packages). Needs rsvg-convert (librsvg2-bin).
# Run after changing the SVG and commit the PNGs.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
    rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio guichet.svg --output "guichet-$size.png"
done
echo "make-icons: guichet-{16,22,24,32,48,64,128,256}.png"
