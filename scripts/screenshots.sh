#!/usr/bin/env bash
# Regenerates docs/images/*.png: drives the real app under Xvfb (TestFX) and saves every screen in
# light and dark. Needs xvfb and the GTK/Mesa libraries (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
xvfb-run -a -s "-screen 0 1600x1000x24" mvn -B -Pscreenshots test -Datelier.screenshots="$out"
mkdir -p docs/images
cp "$out"/*.png docs/images/
ls -1 docs/images
