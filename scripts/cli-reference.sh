#!/usr/bin/env bash
# Regenerates docs/cli-reference.md from the picocli command tree (CliReferenceTest checks it is current).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test -Dtest=CliReferenceTest -Datelier.updateDocs=true -Dsurefire.failIfNoSpecifiedTests=false
echo "docs/cli-reference.md regenerated"
