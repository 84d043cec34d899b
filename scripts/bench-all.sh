#!/usr/bin/env bash
# Every benchmark the issues ask for, with their peers side by side, in one command; writes the
# generated summary table at the top of docs/benchmarks.md (between the bench-all markers).
#
#   scripts/bench-all.sh            full sizes (≈ 20–30 min on 2 cores): writes docs/benchmarks.md
#   scripts/bench-all.sh --quick    small inputs, a smoke test (≈ 5–8 min): writes target/bench/summary.md
#                                   only, unless --write is given too
#   --only sign,kdf,cid,parse,open,studio,mint,startup,sizes    run a subset (the table keeps the rest empty)
#
# Steps (each one a script that also runs on its own; see docs/benchmarks.md):
#   sign     scripts/bench-sign.sh      JMH: Atelier vs web3j (+ ethers digests); `sign tx` vs an ethers script
#   kdf      scripts/bench-argon2.sh    Argon2id via libargon2/JNA vs the reference C program (needs libargon2-dev, gcc)
#   cid      scripts/bench-assets.sh cid     `asset cid` vs openssl sha256 and ipfs-only-hash
#   parse    scripts/bench-assets.sh parse   warm GLB parse vs @gltf-transform/core
#   open     scripts/bench-assets.sh open    open-to-first-frame in the running app (Xvfb, llvmpipe)
#   studio   scripts/bench-studio.sh    CSV import, search p95, first screen of a 100k collection
#   mint     scripts/bench-mint.sh      batch mint on the sandbox vs the naive loop (when present)
#   startup  scripts/bench-startup.sh   cold start to the first frame
#   sizes    scripts/bench-sizes.sh     .deb, app-image, jars (builds the installers)
# A failing step is recorded as failed in the table; the others still run. The machine is described in
# the table, and the load average is sampled every 5 s throughout (this machine may be shared).
set -uo pipefail
cd "$(dirname "$0")/.."
mode=full
write=
only=sign,kdf,cid,parse,open,studio,mint,startup,sizes
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) mode=quick ;;
    --write) write=yes ;;
    --no-write) write=no ;;
    --only) only=$2; shift ;;
    --only=*) only=${1#--only=} ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$write" ] || { [ "$mode" = full ] && write=yes || write=no; }

out=target/bench
mkdir -p "$out"
export BENCH_RESULTS="$PWD/$out/results.tsv"
log="$out/bench-all.log"
loadf="$out/load.txt"
: > "$BENCH_RESULTS"; : > "$log"; : > "$loadf"
. scripts/bench-lib.sh

put() { printf '%s\t%s\t\n' "$1" "$2" >> "$BENCH_RESULTS"; }
start=$(date +%s)
put run.start "$start"
put run.mode "$mode"
put machine.cpu "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
put machine.cores "$(nproc)"
put machine.ram "$(awk '/^MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
put machine.os "$(. /etc/os-release && echo "$PRETTY_NAME")"
put machine.jdk "$(java -version 2>&1 | head -1 | sed 's/"//g')"
put machine.node "$(node -v 2>/dev/null || echo none)"

# Load sampler: "epoch load1" every 5 s until this script ends.
( while :; do echo "$(date +%s) $(cut -d' ' -f1 /proc/loadavg)" >> "$loadf"; sleep 5; done ) &
sampler=$!
trap 'kill $sampler 2>/dev/null' EXIT

selected() { case ",$only," in *",$1,"*) return 0 ;; *) return 1 ;; esac; }
step() { # NAME COMMAND...
  local name=$1; shift
  selected "$name" || return 0
  echo "== $name: $*" | tee -a "$log"
  echo "$(date +%s) $(cut -d' ' -f1 /proc/loadavg)" >> "$loadf"
  put "step.$name.start" "$(date +%s)"
  "$@" 2>&1 | tee -a "$log"
  local rc=${PIPESTATUS[0]}
  put "step.$name.end" "$(date +%s)"
  put "step.$name.rc" "$rc"
  echo "$(date +%s) $(cut -d' ' -f1 /proc/loadavg)" >> "$loadf"
  [ "$rc" = 0 ] || echo "!! step $name failed (exit $rc); continuing" | tee -a "$log"
}

echo "== build: mvn package + test-compile" | tee -a "$log"
if ! { mvn -B -q package -DskipTests && mvn -B -q test-compile; } >> "$log" 2>&1; then
  echo "build failed, see $log" >&2
  exit 1
fi
export BENCH_SKIP_BUILD=1

if [ "$mode" = quick ]; then
  step sign env JMH_OPTS="-wi 1 -w 1s -i 2 -r 1s" DIGESTS=5000 scripts/bench-sign.sh 2000 1
  step kdf scripts/bench-argon2.sh 65536 3 2
  step cid env RUNS=2 CID_MIB=64 scripts/bench-assets.sh cid
  step parse env GRID=250 scripts/bench-assets.sh parse
  step open env RUNS=1 GRID=250 scripts/bench-assets.sh open
  step studio env ROWS=10000 scripts/bench-studio.sh
  [ -x scripts/bench-mint.sh ] && step mint env ITEMS=100 scripts/bench-mint.sh
  step startup env RUNS=2 scripts/bench-startup.sh
else
  step sign scripts/bench-sign.sh 20000 3
  step kdf scripts/bench-argon2.sh 262144 3 5
  step cid env RUNS=5 CID_MIB=512 scripts/bench-assets.sh cid
  step parse env GRID=708 scripts/bench-assets.sh parse
  step open env RUNS=5 GRID=708 scripts/bench-assets.sh open
  step studio env ROWS=100000 scripts/bench-studio.sh
  [ -x scripts/bench-mint.sh ] && step mint env ITEMS=1000 scripts/bench-mint.sh
  step startup env RUNS=5 scripts/bench-startup.sh
fi
step sizes scripts/bench-sizes.sh

put run.minutes "$(( ($(date +%s) - start + 30) / 60 ))"
echo "$(date +%s) $(cut -d' ' -f1 /proc/loadavg)" >> "$loadf"
if [ "$write" = yes ]; then
  java scripts/BenchReport.java "$BENCH_RESULTS" "$loadf" "$mode" "$out/summary.md" docs/benchmarks.md
  echo "wrote the summary table into docs/benchmarks.md"
else
  java scripts/BenchReport.java "$BENCH_RESULTS" "$loadf" "$mode" "$out/summary.md"
  echo "summary in $out/summary.md (docs/benchmarks.md unchanged; --write to update it)"
fi
