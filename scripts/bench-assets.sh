#!/usr/bin/env bash
# Asset benchmarks for docs/benchmarks.md. Peers are measured in the same run, interleaved.
#   scripts/bench-assets.sh [cid|parse|open|thumbs|all]
# Needs target/atelier.jar (mvn -B -q package -DskipTests), test classes (mvn -B -q test-compile),
# the npm tools (src/test/tools), openssl and xvfb-run. Work files go to ${BENCH_DIR:-/tmp/atelier-bench}.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
dir=${BENCH_DIR:-/tmp/atelier-bench}
runs=${RUNS:-5}
mkdir -p "$dir"
tools=src/test/tools
jar=target/atelier.jar
[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests" >&2; exit 1; }
if [ ! -f target/bench.classpath ] || [ pom.xml -nt target/bench.classpath ]; then
  mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
fi
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"

secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
# CPU seconds (user + system) of one run, which a busy machine distorts less than wall time.
cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{print $1 + $2}'; }
median() { sort -n | awk '{a[NR]=$1} END {printf "%.3f", a[int((NR+1)/2)]}'; }

if [ "$what" = cid ] || [ "$what" = all ]; then
  f="$dir/512MiB.bin"
  [ -f "$f" ] || head -c $((512 * 1024 * 1024)) /dev/urandom > "$f"
  cat "$f" > /dev/null # page cache: every tool reads from memory
  want=$(node "$tools/scripts/unixfs-cid.mjs" file "$f")
  got=$(java -jar "$jar" asset cid "$f")
  [ "$want" = "$got" ] || { echo "CID mismatch: $got vs $want" >&2; exit 1; }
  : > "$dir/atelier.t"; : > "$dir/openssl.t"; : > "$dir/ioh.t"; : > "$dir/atelier.c"; : > "$dir/openssl.c"; : > "$dir/ioh.c"
  for i in $(seq 1 "$runs"); do
    secs java -jar "$jar" asset cid "$f" >> "$dir/atelier.t"
    secs openssl dgst -sha256 "$f" >> "$dir/openssl.t"
    secs node "$tools/scripts/unixfs-cid.mjs" file "$f" >> "$dir/ioh.t"
    cpu java -jar "$jar" asset cid "$f" >> "$dir/atelier.c"
    cpu openssl dgst -sha256 "$f" >> "$dir/openssl.c"
    cpu node "$tools/scripts/unixfs-cid.mjs" file "$f" >> "$dir/ioh.c"
  done
  echo "load average before/after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "  wall runs (s): atelier $(tr '\n' ' ' < "$dir/atelier.t" | cut -c1-80)"
  echo "                 openssl $(tr '\n' ' ' < "$dir/openssl.t" | cut -c1-80)"
  echo "  cpu s (median): atelier=$(median < "$dir/atelier.c") openssl=$(median < "$dir/openssl.c") ipfs-only-hash=$(median < "$dir/ioh.c")"
  a=$(median < "$dir/atelier.t"); o=$(median < "$dir/openssl.t"); h=$(median < "$dir/ioh.t")
  echo "cid 512MiB (median of $runs, whole process, s): atelier=$a openssl-sha256=$o ipfs-only-hash=$h"
  echo "  throughput GB/s: atelier=$(echo "0.536870912 / $a" | bc -l | cut -c1-4) openssl=$(echo "0.536870912 / $o" | bc -l | cut -c1-4) ipfs-only-hash=$(echo "0.536870912 / $h" | bc -l | cut -c1-4)"
  echo "  atelier vs openssl: $(echo "$o / $a" | bc -l | cut -c1-4)x   atelier vs ipfs-only-hash: $(echo "$h / $a" | bc -l | cut -c1-4)x"
  echo "  CID $got"
fi

glb="$dir/grid-1m.glb"
if [ "$what" != cid ] && [ ! -f "$glb" ]; then
  node "$tools/scripts/make-glb.mjs" "$glb" 708
fi

if [ "$what" = parse ] || [ "$what" = all ]; then
  for i in $(seq 1 3); do
    node "$tools/scripts/gltf-transform-read.mjs" "$glb"
    java -cp "$cp" dev.atelier.bench.AssetBench parse "$glb"
  done
fi

if [ "$what" = open ] || [ "$what" = all ]; then
  for i in $(seq 1 "$runs"); do
    xvfb-run -a -s "-screen 0 1600x1000x24" java -Dprism.forceGPU=true -Djavafx.cachedir=target/openjfx-cache \
      -cp "$cp" dev.atelier.bench.AssetBench open "$glb" 2>/dev/null | grep open-to
  done
fi

if [ "$what" = thumbs ] || [ "$what" = all ]; then
  for w in 1 2; do
    xvfb-run -a -s "-screen 0 1600x1000x24" java -Dworkers=$w -Djavafx.cachedir=target/openjfx-cache \
      -cp "$cp" dev.atelier.bench.AssetBench thumbs "$dir/images-1000" 2>/dev/null | grep thumbnails= | sed "s/^/workers=$w /"
  done
fi
