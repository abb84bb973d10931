#!/usr/bin/env bash
# Load test of `haber serve` on loopback: builds release, starts the server on 127.0.0.1 on a
# free port, POSTs the seed article to /v1/extract with wrk at 1, 8 and 64 connections
# (DURATION seconds each, 10 by default), prints requests per second, p50/p99 latency and the
# error count (connect/read/write/timeout errors and non-2xx answers), then stops the server
# with SIGTERM. Fails on any error or a shutdown that is not clean.
#
#   apt-get install wrk
#   scripts/load-test.sh            # DURATION=10 CONNECTIONS="1 8 64" HABER=path/to/haber
#
# Traffic goes to 127.0.0.1 only.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
duration=${DURATION:-10}
connections=${CONNECTIONS:-1 8 64}
article="$root/corpus/articles/000_25e7f86ed453e38d.txt"
if [ -z "${HABER:-}" ]; then
  (cd "$root" && swift build -c release --product haber >&2)
  haber="$root/.build/release/haber"
else
  haber=$HABER
fi
work=$(mktemp -d)
. "$root/scripts/serve-common.sh"
trap 'stop_server >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

start_server --log-level notice
status=$(curl -s -o "$work/record.json" -w '%{http_code}' -H 'Content-Type: text/plain' --data-binary "@$article" "$base_url/v1/extract")
[ "$status" = 200 ] || { echo "the seed article got $status: $(cat "$work/record.json")" >&2; exit 1; }

failed=0
printf '%-12s %10s %10s %10s %10s %8s\n' connections requests req/s p50_ms p99_ms errors
for c in $connections; do
  threads=$(( c < 2 ? 1 : 2 ))
  HABER_ARTICLE=$article wrk -t"$threads" -c"$c" -d"${duration}s" --timeout 30s -s "$root/scripts/load/post-article.lua" "$base_url" >"$work/wrk-$c.txt"
  line=$(grep '^RESULT ' "$work/wrk-$c.txt") || { cat "$work/wrk-$c.txt" >&2; exit 1; }
  value() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$line"; }
  printf '%-12s %10s %10s %10s %10s %8s\n' "$c" "$(value requests)" "$(value rps)" "$(value p50_ms)" "$(value p99_ms)" "$(value errors)"
  [ "$(value errors)" = 0 ] || failed=1
done
stop_server || { echo "the server did not shut down cleanly" >&2; exit 1; }
exit "$failed"
