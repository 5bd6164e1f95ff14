#!/usr/bin/env bash
# Times the public "You said, we did" page of a running stack: full reads and conditional (If-None-Match) reads.
# Usage: deploy/bench/you-said-we-did.sh <consultation-id> [requests=200] [base=http://localhost:8080]
set -euo pipefail
id="${1:?consultation id}"
n="${2:-200}"
base="${3:-http://localhost:8080}"
url="$base/api/tracking/consultations/$id/you-said-we-did"

etag="$(curl -fsS -D - -o /dev/null "$url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')"
echo "page: $url"
echo "etag: $etag, body: $(curl -fsS "$url" | wc -c) bytes"

run() { # label, extra curl args...
  local label="$1"; shift
  local times
  times="$(for _ in $(seq "$n"); do curl -s -o /dev/null -w '%{time_total}\n' "$@" "$url"; done | sort -n)"
  awk -v label="$label" -v n="$n" '{t[NR]=$1; s+=$1} END {
    i50 = int(n * 0.5); if (i50 < 1) i50 = 1
    i95 = int(n * 0.95); if (i95 < 1) i95 = 1
    printf "%-12s n=%d  mean=%.2f ms  p50=%.2f ms  p95=%.2f ms  max=%.2f ms\n", label, n, 1000*s/n, 1000*t[i50], 1000*t[i95], 1000*t[n] }' <<<"$times"
}
run "200 OK"
run "304" -H "If-None-Match: $etag"
if command -v hyperfine >/dev/null; then
  hyperfine --warmup 20 --runs "$n" "curl -fsS -o /dev/null $url"
fi
