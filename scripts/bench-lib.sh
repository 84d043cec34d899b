# Sourced by scripts/bench-*.sh. Machine-readable results for scripts/bench-all.sh:
#   bench_emit KEY VALUE [NOTE]  prints "BENCH KEY VALUE" and, when BENCH_RESULTS names a file,
#                                appends "KEY<TAB>VALUE<TAB>NOTE" to it (the summary table is built from it).
# Keys are listed in scripts/BenchReport.java; values are plain numbers (or text for notes).
bench_emit() {
  printf 'BENCH %s %s%s\n' "$1" "$2" "${3:+  ($3)}"
  if [ -n "${BENCH_RESULTS:-}" ]; then
    printf '%s\t%s\t%s\n' "$1" "$2" "${3:-}" >> "$BENCH_RESULTS"
  fi
}

# Median of the numbers on stdin, one per line.
bench_median() { sort -g | awk '{a[NR]=$1} END {if (NR) printf "%.6g\n", a[int((NR+1)/2)]}'; }

# Skips `mvn package`/`test-compile` when bench-all.sh has already built everything.
bench_build() {
  if [ -z "${BENCH_SKIP_BUILD:-}" ]; then
    mvn -B -q package -DskipTests >/dev/null
    mvn -B -q test-compile >/dev/null
  fi
}

# The test class path (test classes, main classes, every dependency), cached in target/bench.classpath.
bench_classpath() {
  if [ ! -f target/bench.classpath ] || [ pom.xml -nt target/bench.classpath ]; then
    mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test >/dev/null
  fi
  echo "target/test-classes:target/classes:$(cat target/bench.classpath)"
}
