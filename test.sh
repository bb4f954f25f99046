#!/usr/bin/env bash
# Runs every test of the solution and ends with one plain line: "N passed, N failed".
# Usage: ./test.sh [extra dotnet test arguments]
set -uo pipefail
cd "$(dirname "$0")"

# The browser tests drive Debian's Chromium; install it when we can, or say how in one line.
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Chromium for the browser tests (apt-get install -y chromium)..."
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }; then
      echo "Could not install Chromium: run 'apt-get install -y chromium' as root, then ./test.sh again."
      exit 1
    fi
  else
    echo "The browser tests need Chromium at /usr/bin/chromium: run 'sudo apt-get install -y chromium', then ./test.sh again."
    exit 1
  fi
fi

# The several-nodes tests start Debian's redis-server; install it the same way, or say how in one line.
if ! command -v redis-server >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Redis for the several-nodes tests (apt-get install -y redis-server)..."
    if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; }; then
      echo "Could not install Redis: run 'apt-get install -y redis-server' as root, then ./test.sh again."
      exit 1
    fi
  else
    echo "The several-nodes tests need redis-server: run 'sudo apt-get install -y redis-server', then ./test.sh again."
    exit 1
  fi
fi

results="$(pwd)/TestResults"
export PORTAL_TEST_RESULTS="$results"
rm -rf "$results"
mkdir -p "$results"

dotnet test ThanhMieu.Portal.sln --configuration Release --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0
failed=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
done

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or the test host failed before any result was written: count that as a failure.
  failed=1
fi

echo "$passed passed, $failed failed"
exit "$status"
