#!/usr/bin/env bash
# Batch mint vs a naive one-transaction-per-item loop on a fresh anvil (issue 7, docs/benchmarks.md):
# BatchMintBenchmark mints ITEMS ERC-1155 items (default 1000) through a MintPlan (gas-sized
# mintBatch transactions, checked on chain), then the same template's single mint() once per item,
# in the same run, and prints wall time, transactions and gas per item of both.
#   scripts/bench-mint.sh [ITEMS]
set -euo pipefail
cd "$(dirname "$0")/.."
echo "before: $(cat /proc/loadavg)"
mvn -B -q test -Dtest=BatchMintBenchmark -Dsurefire.excludedGroups= -Dgroups=bench \
    -Dsurefire.failIfNoSpecifiedTests=false -Dbench.items="${1:-1000}" 2>&1 | grep -E 'BENCH|ERROR|FAIL' || true
echo "after: $(cat /proc/loadavg)"
