-- wrk script for scripts/load-test.sh: POSTs the article at $HABER_ARTICLE to /v1/extract as
-- text/plain, and prints one RESULT line that the shell script reads.
wrk.method = "POST"
wrk.path = "/v1/extract"
wrk.headers["Content-Type"] = "text/plain; charset=utf-8"

local file = assert(io.open(os.getenv("HABER_ARTICLE"), "rb"))
wrk.body = file:read("*a")
file:close()

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
