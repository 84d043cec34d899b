#!/usr/bin/env bash
# Installer and installed sizes (docs/benchmarks.md): the fat jar, the JavaFX-less jar the installers
# carry, the Linux .deb and the app-image (installed size), built by installers/linux/build.sh.
# Needs target/atelier.jar and target/atelier-<v>-nofx.jar (mvn -B package -DskipTests), fakeroot and
# dpkg-deb. Env: OUT (installer folder, default target/installer). Prints BENCH lines (bytes).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bench-lib.sh
OUT=${OUT:-target/installer}
export OUT
bash installers/linux/build.sh > "${TMPDIR:-/tmp}/atelier-installer-build.log" 2>&1 || {
  tail -30 "${TMPDIR:-/tmp}/atelier-installer-build.log" >&2; exit 1; }
version=$(sed -n 's/^version=//p' target/classes/dev/atelier/version.properties)
deb=$(ls "$OUT"/*.deb)
bytes() { stat -c %s "$1"; }
echo "jar (java -jar, all platforms' natives): $(bytes target/atelier.jar)"
echo "jar for the installers (no JavaFX):      $(bytes "target/atelier-$version-nofx.jar")"
echo ".deb:                                    $(bytes "$deb")"
echo "app-image (installed, du):               $(du -sb "$OUT/Atelier" | cut -f1)"
echo "  of which the Java runtime:             $(du -sb "$OUT/Atelier/lib/runtime" | cut -f1)"
echo "  of which the app jar (this platform):  $(bytes "$OUT/Atelier/lib/app/atelier.jar")"
echo ".deb Installed-Size (KiB):               $(dpkg-deb -f "$deb" Installed-Size)"
bench_emit size.jar "$(bytes target/atelier.jar)"
bench_emit size.nofx "$(bytes "target/atelier-$version-nofx.jar")"
bench_emit size.deb "$(bytes "$deb")"
bench_emit size.appimage "$(du -sb "$OUT/Atelier" | cut -f1)"
bench_emit size.runtime "$(du -sb "$OUT/Atelier/lib/runtime" | cut -f1)"
bench_emit size.appjar "$(bytes "$OUT/Atelier/lib/app/atelier.jar")"
