#!/usr/bin/env bash
# Regenerates the demo creator kit in assets/ (images, GLB models, items.csv) from the generator in
# src/test/java/dev/atelier/studio/demo. Commit the result; the app bundles assets/ into the jar.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
java -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" dev.atelier.studio.demo.DemoKitGenerator assets
ls -l assets assets/images assets/models
