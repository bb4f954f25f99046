#!/usr/bin/env bash
# Measures (1) time from process start to the first 200 on a fresh data folder (migrations + seeding included) and
# (2) the HTML size of each public page, raw and gzip-compressed. Release build, SQLite, loopback only.
# Usage: bench/startup.sh [runs]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=5189
url="http://127.0.0.1:$port"

dotnet build src/ThanhMieu.Portal -c Release -v quiet -nologo >/dev/null
dll="$(pwd)/src/ThanhMieu.Portal/bin/Release/net10.0/ThanhMieu.Portal.dll"

times=()
for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  start=$(date +%s%N)
  (cd src/ThanhMieu.Portal && ASPNETCORE_ENVIRONMENT=Production dotnet "$dll" --urls "$url" --Database:DataFolder "$data" >/dev/null 2>&1) &
  pid=$!
  until curl -sf -o /dev/null "$url/"; do sleep 0.02; done
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
  if [ "$i" -lt "$runs" ]; then
    pkill -f -- "--urls $url" || true
    wait "$pid" 2>/dev/null || true
    rm -rf "$data"
  fi
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "start to first 200 (ms), $runs fresh data folders: $(echo "$sorted" | tr '\n' ' ')"
echo "median: $(echo "$sorted" | sed -n "$(( (runs + 1) / 2 ))p") ms"

printf '%-60s %8s %8s\n' "page" "bytes" "gzip"
for path in / /gioi-thieu /dai-hoi /thanh-tuu /muc-tieu /di-san /di-san/den-tam-giang /tin-tuc "/tin-tuc?trang=2" \
  /tin-tuc/phuong-thanh-mieu-chinh-thuc-di-vao-hoat-dong /khong-co-trang-nay; do
  raw=$(curl -s "$url$path" | wc -c)
  gz=$(curl -s -H 'Accept-Encoding: gzip' "$url$path" | wc -c)
  printf '%-60s %8s %8s\n' "$path" "$raw" "$gz"
done

pkill -f -- "--urls $url" || true
wait "$pid" 2>/dev/null || true
rm -rf "$data"
