#!/usr/bin/env bash
# HTTP benchmark of `khien serve`: see BENCHMARKS.md for how it is run and what it gave.
#
#   bench/http.sh [DATABASE_URL]     (default: a SQLite file in a temporary directory)
#
# Needs wrk (Debian package `wrk`), curl and python3, and a release build
# (`cargo build --release`). Only loopback traffic; every wrk run is bounded to 10 seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${CARGO_TARGET_DIR:-target}/release/khien"
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 1; }
command -v wrk >/dev/null || { echo "install wrk: apt-get install wrk" >&2; exit 1; }

TMP="$(mktemp -d)"
DB="${1:-sqlite://$TMP/khien.db}"
PORT=18931
export KHIEN_ADMIN_PASSWORD='benchmark-password-01'
"$BIN" --database "$DB" init --org-name "Bench" --admin-email bench@example.vn >/dev/null
ORG="$("$BIN" --database "$DB" org list --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
KHIEN_LOG=warn "$BIN" --database "$DB" serve --listen "127.0.0.1:$PORT" >/dev/null &
PID=$!
trap 'kill $PID 2>/dev/null; rm -rf "$TMP"' EXIT
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
BASE="http://127.0.0.1:$PORT"

TOKEN="$(curl -s -X POST "$BASE/api/v1/auth/login" -H 'content-type: application/json' \
  -d "{\"email\":\"bench@example.vn\",\"password\":\"$KHIEN_ADMIN_PASSWORD\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
for i in $(seq 1 100); do
  curl -s -o /dev/null -X POST "$BASE/api/v1/orgs/$ORG/assets" -H "authorization: Bearer $TOKEN" \
    -H 'content-type: application/json' \
    -d "{\"name\":\"CSDL $i\",\"kind\":\"table\",\"owner\":\"Phòng $i\",\"classification\":{\"personal_data\":\"basic\",\"importance\":\"ordinary\"},\"retention\":\"5y\",\"record_count\":$i}"
done

echo "== login (Argon2id), 20 sequential"
python3 - "$BASE" <<'PY'
import json, sys, time, urllib.request
base = sys.argv[1]
body = json.dumps({"email": "bench@example.vn", "password": "benchmark-password-01"}).encode()
times = []
for _ in range(20):
    t = time.perf_counter()
    req = urllib.request.Request(base + "/api/v1/auth/login", body, {"content-type": "application/json"})
    urllib.request.urlopen(req).read()
    times.append((time.perf_counter() - t) * 1000)
times.sort()
print(f"median {times[10]:.1f} ms, min {times[0]:.1f} ms, max {times[-1]:.1f} ms")
PY

echo "== GET /healthz"
wrk -t2 -c16 -d10s --latency "$BASE/healthz" | grep -E "Requests/sec|50%|99%"
echo "== GET /api/v1/orgs/{org}/assets (100 assets, bearer token)"
wrk -t2 -c16 -d10s --latency -H "authorization: Bearer $TOKEN" "$BASE/api/v1/orgs/$ORG/assets" | grep -E "Requests/sec|50%|99%"
echo "== GET /api/v1/orgs/{org}/assets/{id} (one asset)"
ASSET="$(curl -s "$BASE/api/v1/orgs/$ORG/assets" -H "authorization: Bearer $TOKEN" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
wrk -t2 -c16 -d10s --latency -H "authorization: Bearer $TOKEN" "$BASE/api/v1/orgs/$ORG/assets/$ASSET" | grep -E "Requests/sec|50%|99%"
for c in 64 128; do
  echo "== GET /api/v1/orgs/{org}/assets/{id} (one asset), $c connections"
  wrk -t2 -c$c -d10s --latency -H "authorization: Bearer $TOKEN" "$BASE/api/v1/orgs/$ORG/assets/$ASSET" | grep -E "Requests/sec|50%|99%"
done
echo "== GET /api/v1/orgs/{org}/access-history?limit=100 (DPO)"
wrk -t2 -c16 -d10s --latency -H "authorization: Bearer $TOKEN" "$BASE/api/v1/orgs/$ORG/access-history?limit=100" | grep -E "Requests/sec|50%|99%"
