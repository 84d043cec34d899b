#!/usr/bin/env bash
# Batch mint vs a naive one-transaction-per-item loop on a fresh anvil (issue 7, docs/benchmarks.md):
# BatchMintBenchmark mints ITEMS ERC-1155 items (default 1000) through a MintPlan (gas-sized
# mintBatch transactions, checked on chain), then the same template's single mint() once per item,
# in the same run, and prints wall time, transactions and gas per item of both (ERC-721 too).
#   scripts/bench-mint.sh [ITEMS]        (or ITEMS=N in the environment, as bench-all.sh passes it)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-lib.sh
items=${1:-${ITEMS:-1000}}
echo "before: $(cat /proc/loadavg)"
out=$(mvn -B -q test -Dtest=BatchMintBenchmark -Dsurefire.excludedGroups= -Dgroups=bench \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbench.items="$items" 2>&1 | grep -E 'BENCH|ERROR|FAIL' || true)
echo "$out"
echo "after: $(cat /proc/loadavg)"
# "BENCH ERC-1155 items=N batch: W s, T txs, G gas/item | naive: W s, T txs, G gas/item | ratio Rx | ..."
line=$(echo "$out" | grep '^BENCH ERC-1155 ' || true)
[ -n "$line" ] || { echo "no ERC-1155 result" >&2; exit 1; }
field() { echo "$line" | sed -E "s#.*$1.*#\\1#"; }
bench_emit mint.items "$(field 'items=([0-9]+).*')"
bench_emit mint.gas.batch "$(field 'batch: [0-9.]+ s, [0-9]+ txs, ([0-9]+) gas/item.*')" "gas per item, batch"
bench_emit mint.gas.naive "$(field 'naive: [0-9.]+ s, [0-9]+ txs, ([0-9]+) gas/item.*')" "gas per item, one transaction per item"
bench_emit mint.wall.batch "$(field 'batch: ([0-9.]+) s.*')" "s"
bench_emit mint.wall.naive "$(field 'naive: ([0-9.]+) s.*')" "s"
