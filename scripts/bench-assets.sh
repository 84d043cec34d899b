#!/usr/bin/env bash
# Asset benchmarks for docs/benchmarks.md. Peers are measured in the same run, interleaved.
#   scripts/bench-assets.sh [cid|parse|open|thumbs|all]
# Needs target/atelier.jar (mvn -B -q package -DskipTests), test classes (mvn -B -q test-compile),
# the npm tools (src/test/tools), openssl and xvfb-run. Work files go to ${BENCH_DIR:-/tmp/atelier-bench}.
# Env: RUNS (default 5), CID_MIB (file size for cid, default 512), GRID (quads per side of the parse/open
# model, default 708 = 1,002,528 triangles). Prints BENCH lines for scripts/bench-all.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-lib.sh
what=${1:-all}
dir=${BENCH_DIR:-/tmp/atelier-bench}
runs=${RUNS:-5}
mib=${CID_MIB:-512}
grid=${GRID:-708}
mkdir -p "$dir"
tools=src/test/tools
jar=target/atelier.jar
[ -f "$jar" ] || { echo "no $jar: run mvn -B -q package -DskipTests" >&2; exit 1; }
cp=$(bench_classpath)

secs() { local s e; s=$(date +%s.%N); "$@" >/dev/null; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
# CPU seconds (user + system) of one run, which a busy machine distorts less than wall time.
cpu() { /usr/bin/time -f "%U %S" "$@" 2>&1 >/dev/null | tail -1 | awk '{print $1 + $2}'; }
median() { bench_median | awk '{printf "%.3f", $1}'; }

if [ "$what" = cid ] || [ "$what" = all ]; then
  f="$dir/${mib}MiB.bin"
  [ -f "$f" ] || head -c $((mib * 1024 * 1024)) /dev/urandom > "$f"
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
  gb=$(echo "$mib * 1048576 / 1000000000" | bc -l)
  echo "cid ${mib}MiB (median of $runs, whole process, s): atelier=$a openssl-sha256=$o ipfs-only-hash=$h"
  echo "  throughput GB/s: atelier=$(echo "$gb / $a" | bc -l | cut -c1-4) openssl=$(echo "$gb / $o" | bc -l | cut -c1-4) ipfs-only-hash=$(echo "$gb / $h" | bc -l | cut -c1-4)"
  bench_emit cid.mib "$mib"
  bench_emit cid.atelier "$a" "median of $runs, s"
  bench_emit cid.openssl "$o" "median of $runs, s"
  bench_emit cid.ioh "$h" "median of $runs, s"
  bench_emit cid.atelier.cpu "$(median < "$dir/atelier.c")"
  bench_emit cid.openssl.cpu "$(median < "$dir/openssl.c")"
  bench_emit cid.ioh.cpu "$(median < "$dir/ioh.c")"
  echo "  atelier vs openssl: $(echo "$o / $a" | bc -l | cut -c1-4)x   atelier vs ipfs-only-hash: $(echo "$h / $a" | bc -l | cut -c1-4)x"
  echo "  CID $got"
fi

glb="$dir/grid-$grid.glb"
if [ "$what" != cid ] && [ ! -f "$glb" ]; then
  node "$tools/scripts/make-glb.mjs" "$glb" "$grid"
fi

if [ "$what" = parse ] || [ "$what" = all ]; then
  : > "$dir/parse.peer"; : > "$dir/parse.ours"
  for i in $(seq 1 3); do
    p=$(node "$tools/scripts/gltf-transform-read.mjs" "$glb"); echo "$p"
    o=$(java -cp "$cp" dev.atelier.bench.AssetBench parse "$glb"); echo "$o"
    echo "$p" | sed -n 's/.*median=\([0-9.]*\).*/\1/p' >> "$dir/parse.peer"
    echo "$o" | sed -n 's/.*median=\([0-9.]*\).*/\1/p' >> "$dir/parse.ours"
  done
  bench_emit parse.triangles "$(echo "$o" | sed -n 's/.*triangles=\([0-9]*\).*/\1/p')"
  bench_emit parse.ioh "$(bench_median < "$dir/parse.peer")" "gltf-transform, median of 3 rounds' medians, ms"
  bench_emit parse.atelier "$(bench_median < "$dir/parse.ours")" "median of 3 rounds' medians, ms"
fi

if [ "$what" = open ] || [ "$what" = all ]; then
  : > "$dir/open.ms"
  for i in $(seq 1 "$runs"); do
    o=$(xvfb-run -a -s "-screen 0 1600x1000x24" java -Dprism.forceGPU=true -Djavafx.cachedir=target/openjfx-cache \
      -cp "$cp" dev.atelier.bench.AssetBench open "$glb" 2>/dev/null | grep open-to || true)
    echo "$o"
    echo "$o" | sed -n 's/.*open-to-first-frame-ms=\([0-9]*\).*/\1/p' >> "$dir/open.ms"
  done
  bench_emit open.triangles "$(( grid * grid * 2 ))"
  bench_emit open.atelier "$(bench_median < "$dir/open.ms")" "median of $runs, ms"
fi

if [ "$what" = thumbs ] || [ "$what" = all ]; then
  for w in 1 2; do
    xvfb-run -a -s "-screen 0 1600x1000x24" java -Dworkers=$w -Djavafx.cachedir=target/openjfx-cache \
      -cp "$cp" dev.atelier.bench.AssetBench thumbs "$dir/images-1000" 2>/dev/null | grep thumbnails= | sed "s/^/workers=$w /"
  done
fi
