#!/usr/bin/env bash
# Draws Atelier's application icon (a rounded tile with a gradient and a stylised "A" easel) with
# ImageMagick, at the sizes the app and the installers use. Re-run after changing the design.
set -euo pipefail
cd "$(dirname "$0")"
S=512
convert -size ${S}x${S} xc:none \
  \( -size ${S}x${S} gradient:'#7c3aed'-'#2563eb' \) \
  \( -size ${S}x${S} xc:none -fill white -draw "roundrectangle 16,16 496,496 110,110" \) \
  -delete 0 -compose DstIn -composite \
  -stroke white -strokewidth 34 -fill none -draw "stroke-linecap round line 150,420 256,104 line 256,104 362,420" \
  -strokewidth 30 -draw "line 192,300 320,300" \
  -stroke none -fill "#fbbf24" -draw "circle 256,104 256,72" \
  atelier-512.png
for n in 256 128 64 32; do convert atelier-512.png -resize ${n}x${n} atelier-$n.png; done
cp atelier-256.png ../../src/main/resources/dev/atelier/ui/icon-256.png
convert atelier-256.png -define icon:auto-resize=256,128,64,48,32,16 ../windows/atelier.ico
# macOS .icns: a list of (type, length, PNG) records; ImageMagick 6 cannot write it.
python3 - <<'PY'
import struct
chunks = []
for t, f in (("ic07", "atelier-128.png"), ("ic08", "atelier-256.png"), ("ic09", "atelier-512.png")):
    d = open(f, "rb").read()
    chunks.append(t.encode() + struct.pack(">I", len(d) + 8) + d)
body = b"".join(chunks)
open("../macos/atelier.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
