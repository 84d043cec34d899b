#!/usr/bin/env bash
# Cold start to a visible window: runs the packaged app 5 times (fresh home each time) under Xvfb
# with -Datelier.startupProbe=true, which prints the time from process start to the first frame
# shown and exits. Prints each run and the median. Needs target/atelier.jar (mvn package) and xvfb.
# Env: JAR, RUNS. Prints BENCH lines for scripts/bench-all.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-lib.sh
JAR=${JAR:-target/atelier.jar}
RUNS=${RUNS:-5}
[ -f "$JAR" ] || { echo "no $JAR: run mvn -B package -DskipTests first" >&2; exit 1; }
runs=$(xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
  for i in $(seq 1 '"$RUNS"'); do
    h=$(mktemp -d)
    java -Datelier.startupProbe=true -jar '"$JAR"' --home "$h" | sed -n "s/startup-ms=//p"
    rm -rf "$h"
  done' | sort -n)
echo "$runs" | sed 's/^/run: /; s/$/ ms/'
bench_emit startup.runs "$(echo "$runs" | tr '\n' ' ' | sed 's/ $//; s/ /, /g')"
bench_emit startup.atelier "$(echo "$runs" | bench_median)" "median of $RUNS, ms"
