#!/usr/bin/env bash
# Signing speed (docs/benchmarks.md), side by side in one run:
#  1. JMH, one thread: Atelier's Secp256k1.sign vs web3j's Sign.signMessage vs a plain Bouncy Castle
#     comb signer, plus ethers v6 signing raw digests in node.
#  2. Whole process: `atelier sign tx` over a 20,000-line JSON Lines file (EIP-1559 transfers) against
#     an ethers script doing the same (bench-ethers-sign.mjs), same key, same requests; outputs compared.
#     Both start from the key encrypted on disk at their defaults (Atelier's vault, calibrated Argon2id;
#     ethers' v3 keystore, scrypt n=2^17); also Atelier with a vault at the Argon2id floor (about the
#     cost of ethers' scrypt) and ethers from a plain key, for reference.
# Usage: scripts/bench-sign.sh [LINES] [RUNS] [--no-jmh]   (builds target/atelier.jar first)
# Env: JMH_OPTS (extra JMH options, e.g. "-wi 1 -w 1s -i 2 -r 1s" for a smoke run), DIGESTS (ethers
# digest count, default 20000). Prints BENCH lines for scripts/bench-all.sh (scripts/bench-lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-lib.sh
LINES=${1:-20000}
RUNS=${2:-3}
KEY=0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80   # anvil's public dev key 0
FROM=0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266
DIGESTS=${DIGESTS:-20000}
bench_build
CP=$(bench_classpath)
TOOLS=src/test/tools
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "== machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"

if [ "${3:-}" != "--no-jmh" ]; then
  echo "== 1. JMH (ops/s = signatures/s, one thread)"
  # shellcheck disable=SC2086
  java -cp "$CP" org.openjdk.jmh.Main 'dev.atelier.bench.SignBench' ${JMH_OPTS:-} -rf csv -rff "$WORK/jmh.csv" >/dev/null
  # "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"
  awk -F, 'NR > 1 {gsub(/"/, ""); sub(/.*\./, "", $1); printf "%-18s %10.0f ± %.0f signatures/s\n", $1, $5, $6}' "$WORK/jmh.csv"
  for b in atelier web3j bouncyCastleComb; do
    bench_emit "sign.jmh.$b" "$(awk -F, -v b="$b" '{gsub(/"/, "")} $1 ~ "\\." b "$" {printf "%.0f", $5}' "$WORK/jmh.csv")"
  done
  ethers=$(node "$TOOLS/scripts/bench-ethers-sign.mjs" --digests "$DIGESTS" "$KEY")
  echo "$ethers"
  bench_emit sign.jmh.ethers "$(echo "$ethers" | sed -n 's|.*= \([0-9]*\)/s.*|\1|p')"
fi

echo "== 2. whole process: $LINES EIP-1559 transactions from JSON Lines"
node -e '
const n = Number(process.argv[1]), from = process.argv[2];
const out = [];
for (let i = 0; i < n; i++) out.push(JSON.stringify({from, type: "0x2", chainId: "0x7a69", nonce: "0x" + i.toString(16),
  to: "0x70997970C51812dc3A010C7d01b50e0d17dc79C8", value: "0x" + (1000 + i).toString(16), gas: "0x5208",
  maxFeePerGas: "0x6fc23ac00", maxPriorityFeePerGas: "0x3b9aca00"}));
process.stdout.write(out.join("\n") + "\n");' "$LINES" "$FROM" > "$WORK/requests.jsonl"
# Both sides start from the same key encrypted on disk with their tool's default protection:
# Atelier's vault with the calibrated Argon2id a user gets (about 1 s here), ethers' v3 keystore with
# ethers' default scrypt (N=2^17, r=8, p=1), decrypted by Wallet.fromEncryptedJson in every run.
export ATELIER_PASSPHRASE="bench passphrase, not a secret"
java -cp "$CP" dev.atelier.bench.BenchVault "$WORK/home" "$ATELIER_PASSPHRASE" "$KEY" calibrated | tail -1
# and a vault at the Argon2id floor (64 MiB, t=3): about the CPU of ethers' default scrypt, so that
# comparison isolates everything but the key-derivation policy
java -cp "$CP" dev.atelier.bench.BenchVault "$WORK/floor" "$ATELIER_PASSPHRASE" "$KEY" floor | tail -1
(cd "$TOOLS" && node -e '
const { Wallet } = require("ethers");
new Wallet(process.argv[1]).encrypt(process.argv[2]).then((j) => process.stdout.write(j));' "$KEY" "$ATELIER_PASSPHRASE") > "$WORK/keystore.json"
echo "ethers keystore: scrypt n=$(node -e 'const k=JSON.parse(require("fs").readFileSync(process.argv[1]));console.log((k.Crypto||k.crypto).kdfparams.n)' "$WORK/keystore.json")"
head -1 "$WORK/requests.jsonl" > "$WORK/one.jsonl"
# wall seconds and CPU seconds (user+sys) of one command
timed() { /usr/bin/time -f "%e %U %S" -o "$WORK/t" "$@"; awk '{printf "%.2f s wall, %.2f s CPU", $1, $2 + $3}' "$WORK/t"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
wall() { awk '{print $1}' "$WORK/t"; }
: > "$WORK/a.wall"; : > "$WORK/e.wall"; : > "$WORK/a1.wall"; : > "$WORK/af.wall"; : > "$WORK/ep.wall"
identical=yes
for r in $(seq "$RUNS"); do
  l=$(load)
  a=$(timed sh -c "java -jar target/atelier.jar --home '$WORK/home' sign tx --in '$WORK/requests.jsonl' > '$WORK/atelier.txt'")
  wall >> "$WORK/a.wall"
  a1=$(timed sh -c "java -jar target/atelier.jar --home '$WORK/home' sign tx --in '$WORK/one.jsonl' > /dev/null")
  wall >> "$WORK/a1.wall"
  af=$(timed sh -c "java -jar target/atelier.jar --home '$WORK/floor' sign tx --in '$WORK/requests.jsonl' > '$WORK/atelier-floor.txt'")
  wall >> "$WORK/af.wall"
  e=$(timed sh -c "node '$TOOLS/scripts/bench-ethers-sign.mjs' --keystore '$WORK/keystore.json' '$ATELIER_PASSPHRASE' < '$WORK/requests.jsonl' > '$WORK/ethers.txt'")
  wall >> "$WORK/e.wall"
  e1=$(timed sh -c "node '$TOOLS/scripts/bench-ethers-sign.mjs' --keystore '$WORK/keystore.json' '$ATELIER_PASSPHRASE' < '$WORK/one.jsonl' > /dev/null")
  ep=$(timed sh -c "node '$TOOLS/scripts/bench-ethers-sign.mjs' '$KEY' < '$WORK/requests.jsonl' > '$WORK/ethers-plain.txt'")
  wall >> "$WORK/ep.wall"
  cmp -s "$WORK/atelier.txt" "$WORK/ethers.txt" && cmp -s "$WORK/atelier.txt" "$WORK/ethers-plain.txt" \
    && cmp -s "$WORK/atelier.txt" "$WORK/atelier-floor.txt" && same=identical || { same=DIFFERENT; identical=no; }
  echo "run $r (load before: $l, after: $(load)): atelier sign tx: $a | atelier, 1 request: $a1 | atelier, floor vault: $af | ethers from keystore: $e | ethers keystore, 1 request: $e1 | ethers from plain key: $ep | outputs $same ($(wc -l < "$WORK/atelier.txt") lines)"
done
bench_emit sign.process.lines "$LINES"
bench_emit sign.process.atelier "$(bench_median < "$WORK/a.wall")" "median of $RUNS, seconds; calibrated vault"
bench_emit sign.process.one "$(bench_median < "$WORK/a1.wall")" "one request: JVM start + vault unlock"
bench_emit sign.process.atelierFloor "$(bench_median < "$WORK/af.wall")" "median of $RUNS, seconds; vault at the Argon2id floor"
bench_emit sign.process.ethers "$(bench_median < "$WORK/e.wall")" "median of $RUNS, seconds; from its scrypt keystore"
bench_emit sign.process.ethersPlain "$(bench_median < "$WORK/ep.wall")" "median of $RUNS, seconds; from a plain key"
bench_emit sign.process.identical "$identical"
