#!/usr/bin/env bash
# Renders the hicolor PNG sizes from the SVG. Run by hand after changing the SVG and commit the PNGs:
# the build then needs no SVG renderer and every build ships the same pixels.
# Needs rsvg-convert (Debian package librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "hicolor/${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" org.salworkbench.Workbench.svg \
    -o "hicolor/${size}x${size}/apps/org.salworkbench.Workbench.png"
done
