#!/usr/bin/env bash
# Argon2id: the vault's implementation (libargon2 through argon2-jvm/JNA, and Bouncy Castle for
# comparison) against the reference C implementation, same parameters, side by side, each in a fresh
# process so the first call (library loading included) is what is measured.
# Needs: apt-get install -y libargon2-dev argon2 gcc. Usage: scripts/bench-argon2.sh [MEMORY_KIB] [T] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
M=${1:-262144}
T=${2:-3}
RUNS=${3:-5}
mvn -B -q test-compile -DskipTests=false >/dev/null
CP="target/test-classes:target/classes:$(mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
gcc -O2 -o target/argon2-ref scripts/argon2-ref.c -largon2
echo "Argon2id m=$M KiB t=$T, $RUNS fresh processes each (ms, first call / second call)"
for P in 1 4; do
  for i in $(seq "$RUNS"); do
    echo "p=$P ref-C      $(target/argon2-ref "$M" "$T" "$P")"
    echo "p=$P jvm-native $(java -cp "$CP" dev.atelier.vault.kdf.Argon2Bench native "$M" "$T" "$P")"
  done
  echo "p=$P jvm-bc     $(java -Xmx2g -cp "$CP" dev.atelier.vault.kdf.Argon2Bench bc "$M" "$T" "$P")"
done
