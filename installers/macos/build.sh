#!/usr/bin/env bash
# Builds Atelier's macOS disk image (.dmg) with jpackage. Run on macOS after
# `mvn -B package -DskipTests -Djavafx.platform=mac` (or mac-aarch64 on Apple silicon).
# Needs JDK 17+ (jlink, jpackage) and Xcode command line tools. Sign/notarize with
# --mac-sign --mac-signing-key-user-name "Developer ID Application: ..." when you have a certificate.
set -euo pipefail
cd "$(dirname "$0")/../.."
VERSION=$(sed -n 's/^version=//p' target/classes/dev/atelier/version.properties)
OUT=${OUT:-target/installer}
rm -rf "$OUT"; mkdir -p "$OUT/input"
cp "target/atelier-$VERSION-nofx.jar" "$OUT/input/atelier.jar"
MODULES=java.base,java.datatransfer,java.desktop,java.logging,java.management,java.naming,java.net.http,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.management,jdk.unsupported,jdk.unsupported.desktop,javafx.controls,javafx.swing,javafx.media
jlink --module-path target/javafx-modules --add-modules "$MODULES" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$OUT/runtime"
jpackage --type dmg --name Atelier --app-version "$VERSION" --vendor Atelier \
  --description "Desktop studio for NFT collections and game items" \
  --input "$OUT/input" --main-jar atelier.jar --main-class dev.atelier.Main \
  --runtime-image "$OUT/runtime" --icon installers/macos/atelier.icns \
  --mac-package-identifier dev.atelier.app --mac-package-name Atelier \
  --file-associations installers/macos/signing-request.properties \
  --dest "$OUT"
