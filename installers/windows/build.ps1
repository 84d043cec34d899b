# Builds Atelier's Windows installer (.msi) with jpackage. Run on Windows after `mvn -B package
# -DskipTests -Djavafx.platform=win` (so target/javafx-modules holds the Windows JavaFX jars).
# Needs JDK 17+ (jlink, jpackage) and the WiX Toolset 3.x on PATH (candle.exe, light.exe).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
$version = (Select-String -Path target\classes\dev\atelier\version.properties -Pattern '^version=(.*)$').Matches[0].Groups[1].Value
$out = "target\installer"
Remove-Item -Recurse -Force $out -ErrorAction SilentlyContinue
New-Item -ItemType Directory -Force "$out\input" | Out-Null
Copy-Item "target\atelier-$version-nofx.jar" "$out\input\atelier.jar"
$modules = "java.base,java.datatransfer,java.desktop,java.logging,java.management,java.naming,java.net.http,java.sql,java.xml,jdk.charsets,jdk.crypto.ec,jdk.management,jdk.unsupported,jdk.unsupported.desktop,javafx.controls,javafx.swing,javafx.media,jdk.crypto.mscapi"
jlink --module-path target\javafx-modules --add-modules $modules `
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$out\runtime"
jpackage --type msi --name Atelier --app-version $version --vendor Atelier `
  --description "Desktop studio for NFT collections and game items" `
  --input "$out\input" --main-jar atelier.jar --main-class dev.atelier.Main `
  --runtime-image "$out\runtime" --icon installers\windows\atelier.ico `
  --win-menu --win-menu-group Atelier --win-shortcut --win-dir-chooser --win-per-user-install `
  --win-upgrade-uuid 6f1f3c3e-6a40-4d0e-9a51-0c1f4e7b2a11 `
  --win-console:$false `
  --file-associations installers\windows\signing-request.properties `
  --add-launcher atelier-cli=installers\windows\cli-launcher.properties `
  --dest $out
