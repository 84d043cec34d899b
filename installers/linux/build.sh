#!/usr/bin/env bash
# Builds Atelier's Linux installers with jpackage: an app-image and a .deb, each with a trimmed,
# jlinked Java runtime that carries JavaFX as named modules (so JavaFX runs on the module path,
# as supported, while the app itself stays on the class path: web3j cannot be modular).
# Needs: `mvn -B package` first (target/atelier-<v>-nofx.jar, target/javafx-modules), JDK 17+ with
# jlink/jpackage, fakeroot and dpkg-deb. Output: target/installer/{Atelier/, atelier_<v>_amd64.deb}
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(sed -n 's/^version=//p' target/classes/dev/atelier/version.properties)
OUT=${OUT:-target/installer}
JAR=target/atelier-$VERSION-nofx.jar
[ -f "$JAR" ] || { echo "missing $JAR: run mvn -B package -DskipTests first" >&2; exit 1; }
rm -rf "$OUT"
mkdir -p "$OUT/input"
# Only this platform's native libraries (the libraries carry them for every OS and CPU).
java installers/tools/StripNatives.java "$JAR" "$OUT/input/atelier.jar" linux-x86_64

# The runtime: the modules jdeps finds in the app jar (java.net.http: the RPC client; java.sql:
# SQLite; java.desktop: ImageIO and Swing interop; ...), what is reached only through services
# (jdk.crypto.ec: TLS to RPC nodes; jdk.charsets) and the JavaFX modules the UI uses (no FXML, no
# WebView). Computed, so a new dependency cannot silently miss its module in the installed app.
APP_MODULES=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps "$OUT/input/atelier.jar")
MODULES=$APP_MODULES,java.net.http,jdk.charsets,jdk.crypto.ec,jdk.unsupported.desktop,javafx.controls,javafx.swing,javafx.media
echo "runtime modules: $MODULES"
jlink --module-path target/javafx-modules --add-modules "$MODULES" \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$OUT/runtime"

COMMON=(--name Atelier --app-version "$VERSION" --vendor "Atelier" \
  --description "Desktop studio for NFT collections and game items: local keystore, offline signer, catalog, asset preview, minting" \
  --copyright "Atelier contributors")

jpackage --type app-image "${COMMON[@]}" \
  --input "$OUT/input" --main-jar atelier.jar --main-class dev.atelier.Main \
  --runtime-image "$OUT/runtime" \
  --icon installers/icons/atelier-256.png \
  --java-options "-Dfile.encoding=UTF-8" \
  --dest "$OUT"

jpackage --type deb "${COMMON[@]}" \
  --app-image "$OUT/Atelier" \
  --linux-package-name atelier \
  --linux-app-category graphics \
  --linux-menu-group "Graphics;Development;" \
  --linux-shortcut \
  --linux-package-deps "libgtk-3-0, libgl1, libasound2" \
  --file-associations installers/linux/signing-request.properties \
  --resource-dir installers/linux/resources \
  --icon installers/icons/atelier-256.png \
  --dest "$OUT"

ls -la "$OUT"/*.deb
du -sh "$OUT/Atelier" "$OUT"/*.deb
