# Sourced by the scripts that drive `haber serve` (load-test.sh, api-fuzz.sh): starts the
# server on 127.0.0.1 on a free port, and stops it with SIGTERM, as an operator would.
# Needs: $haber (the executable) and $work (a scratch folder).

# Starts `haber serve --port 0 EXTRA…` and sets $server_pid and $base_url once it listens.
start_server() {
  "$haber" serve --host 127.0.0.1 --port 0 "$@" 2>"$work/server.log" &
  server_pid=$!
  local port=""
  for _ in $(seq 1 1800); do
    port=$(grep -o 'listening on http://127\.0\.0\.1:[0-9]*' "$work/server.log" | grep -o '[0-9]*$' || true)
    [ -n "$port" ] && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; echo "the server did not start" >&2; exit 1; }
    sleep 0.1
  done
  [ -n "$port" ] || { echo "the server did not listen within 180 s" >&2; kill -TERM "$server_pid"; exit 1; }
  base_url="http://127.0.0.1:$port"
  echo "server $server_pid on $base_url" >&2
}

# SIGTERM, then the exit status: 0 means it shut down gracefully.
stop_server() {
  [ -n "${server_pid:-}" ] || return 0
  kill -TERM "$server_pid" 2>/dev/null || true
  local status=0
  wait "$server_pid" || status=$?
  server_pid=""
  echo "server stopped (exit status $status)" >&2
  return "$status"
}
