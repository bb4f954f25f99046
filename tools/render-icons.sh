#!/usr/bin/env bash
# Renders the ward mark (wwwroot/img/ward-mark.svg, our own drawing) into the touch icon and the favicon.ico with
# headless Chromium. Run after changing the mark; the outputs are committed.
set -euo pipefail
img="$(cd "$(dirname "$0")/../src/ThanhMieu.Portal/wwwroot" && pwd)"
tmp="$(mktemp -d)"
for size in 180 32; do
  echo "<style>html,body{margin:0;background:transparent}</style><img src='$img/img/ward-mark.svg' width=$size height=$size>" > "$tmp/$size.html"
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --default-background-color=00000000 \
    --allow-file-access-from-files --window-size=$size,$size --screenshot="$tmp/$size.png" "file://$tmp/$size.html" 2>/dev/null
done
cp "$tmp/180.png" "$img/img/apple-touch-icon.png"
cp "$img/img/ward-mark.svg" "$img/img/favicon.svg"
# An .ico holding one PNG (read by every browser since 2007).
python3 - "$tmp/32.png" "$img/favicon.ico" <<'PY'
import struct, sys
png = open(sys.argv[1], 'rb').read()
open(sys.argv[2], 'wb').write(struct.pack('<HHH', 0, 1, 1) + struct.pack('<BBBBHHII', 32, 32, 0, 0, 1, 32, len(png), 22) + png)
PY
rm -rf "$tmp"
