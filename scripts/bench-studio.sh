#!/usr/bin/env bash
# Studio scale benchmarks for docs/benchmarks.md (never run in CI):
#   1. StudioScaleBench: 100,000-row CSV import rate (parse, validate, store), text search combined
#      with an attribute filter over 100 seeded queries (p50/p95), and the catalog queries behind
#      the first screen;
#   2. StudioFirstScreenBench: the real window (TestFX, headless Monocle) from selecting a
#      100,000-item collection to the first frame whose table rows show items.
# Env: ROWS (default 100000; fewer for a smoke run). Prints BENCH lines for scripts/bench-all.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-lib.sh
ROWS=${ROWS:-100000}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
mvn -B -q test -Dtest='StudioScaleBench,StudioFirstScreenBench' -Dsurefire.excludedGroups= -Dgroups=bench \
  -Dsurefire.failIfNoSpecifiedTests=false -Datelier.skipHeadless=false -Dbench.rows="$ROWS" > "$out" 2>&1 || {
  tail -40 "$out" >&2; exit 1; }
grep -E '^(csv:|import run|IMPORT|SEARCH|FIRST-SCREEN)' "$out" || true
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
bench_emit studio.rows "$ROWS"
bench_emit studio.import "$(sed -n 's/^IMPORT median \([0-9]*\) rows\/s.*/\1/p' "$out")" "median of 3 imports, rows/s"
bench_emit studio.search.p50 "$(sed -n 's/^SEARCH round 0: p50 \([0-9.]*\) ms.*/\1/p' "$out")" "first 100 queries, ms"
bench_emit studio.search.p95 "$(sed -n 's/^SEARCH round 0: p50 [0-9.]* ms, p95 \([0-9.]*\) ms.*/\1/p' "$out")" "first 100 queries, ms"
bench_emit studio.search.p95.round2 "$(sed -n 's/^SEARCH round 1: p50 [0-9.]* ms, p95 \([0-9.]*\) ms.*/\1/p' "$out")" "next 100 queries, ms"
bench_emit studio.firstscreen "$(sed -n 's/^FIRST-SCREEN switch to the [0-9a-z]* collection: median \([0-9]*\) ms.*/\1/p' "$out")" "median of 7 switches, ms"
