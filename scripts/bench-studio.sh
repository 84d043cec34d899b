#!/usr/bin/env bash
# Studio scale benchmarks for docs/benchmarks.md (never run in CI):
#   1. StudioScaleBench: 100,000-row CSV import rate (parse, validate, store), text search combined
#      with an attribute filter over 100 seeded queries (p50/p95), and the catalog queries behind
#      the first screen;
#   2. StudioFirstScreenBench: the real window (TestFX, headless Monocle) from selecting a
#      100,000-item collection to the first frame whose table rows show items.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest='StudioScaleBench,StudioFirstScreenBench' -Dsurefire.excludedGroups= -Dgroups=bench \
  -Dsurefire.failIfNoSpecifiedTests=false -Datelier.skipHeadless=false 2>&1 \
  | grep -E '^(csv:|import run|IMPORT|SEARCH|FIRST-SCREEN)' || true
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
