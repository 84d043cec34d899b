#!/usr/bin/env bash
# Argon2id: the vault's implementation (libargon2 through argon2-jvm/JNA, and Bouncy Castle for
# comparison) against the reference C implementation, same parameters, side by side, each in a fresh
# process so the first call (library loading included) is what is measured.
# Needs: apt-get install -y libargon2-dev argon2 gcc. Usage: scripts/bench-argon2.sh [MEMORY_KIB] [T] [RUNS]
# Prints BENCH lines (median first call per implementation and p) for scripts/bench-all.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-lib.sh
M=${1:-262144}
T=${2:-3}
RUNS=${3:-5}
[ -n "${BENCH_SKIP_BUILD:-}" ] || mvn -B -q test-compile >/dev/null
CP=$(bench_classpath)
mkdir -p target
gcc -O2 -o target/argon2-ref scripts/argon2-ref.c -largon2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
first() { sed -n 's/.*first=\([0-9]*\) ms.*/\1/p'; }
echo "Argon2id m=$M KiB t=$T, $RUNS fresh processes each (ms, first call / second call)"
bench_emit kdf.params "m=$((M / 1024)) MiB, t=$T"
for P in 1 4; do
  for i in $(seq "$RUNS"); do
    r=$(target/argon2-ref "$M" "$T" "$P"); echo "p=$P ref-C      $r"; echo "$r" | first >> "$WORK/ref$P"
    n=$(java -cp "$CP" dev.atelier.vault.kdf.Argon2Bench native "$M" "$T" "$P"); echo "p=$P jvm-native $n"; echo "$n" | first >> "$WORK/nat$P"
  done
  b=$(java -Xmx2g -cp "$CP" dev.atelier.vault.kdf.Argon2Bench bc "$M" "$T" "$P"); echo "p=$P jvm-bc     $b"
  bench_emit "kdf.p$P.ref" "$(bench_median < "$WORK/ref$P")" "median first call of $RUNS, ms"
  bench_emit "kdf.p$P.atelier" "$(bench_median < "$WORK/nat$P")" "median first call of $RUNS, ms"
  bench_emit "kdf.p$P.bc" "$(echo "$b" | first)" "one run, ms"
done
