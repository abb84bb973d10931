#!/usr/bin/env bash
# Property-based API test of `haber serve` with schemathesis (PyPI) against the committed
# OpenAPI description: starts the server on 127.0.0.1 on a free port, lets schemathesis
# generate valid and invalid requests for every operation, and fails on any 5xx answer (the
# `not_a_server_error` check) or a shutdown that is not clean.
#
#   scripts/api-fuzz.sh             # MAX_EXAMPLES=100 HABER=path/to/haber SCHEMATHESIS=path/to/st
#
# schemathesis is installed in a venv under /tmp unless SCHEMATHESIS names an `st`.
# Traffic goes to 127.0.0.1 only.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
haber=${HABER:-$root/.build/debug/haber}
[ -x "$haber" ] || (cd "$root" && swift build --product haber >&2)
st=${SCHEMATHESIS:-}
if [ -z "$st" ]; then
  venv=/tmp/haber-schemathesis
  [ -x "$venv/bin/st" ] || { python3 -m venv "$venv" && "$venv/bin/pip" install -q schemathesis; }
  st="$venv/bin/st"
fi
work=$(mktemp -d)
. "$root/scripts/serve-common.sh"
trap 'stop_server >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

start_server --log-level info
"$st" --version
status=0
PYTHONPATH="$root/scripts/fuzz${PYTHONPATH:+:$PYTHONPATH}" SCHEMATHESIS_HOOKS=ndjson_hooks "$st" run "$root/Sources/HaberServer/openapi.yaml" --url "$base_url" \
  --checks not_a_server_error --max-examples "${MAX_EXAMPLES:-100}" --seed "${SEED:-1}" \
  --request-timeout 60 --workers 1 || status=$?
stop_server || { echo "the server did not shut down cleanly" >&2; exit 1; }
if grep -q ' 5[0-9][0-9] ' "$work/server.log"; then
  echo "the server answered 5xx:" >&2
  grep ' 5[0-9][0-9] ' "$work/server.log" >&2
  status=1
fi
exit "$status"
