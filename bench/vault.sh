#!/usr/bin/env bash
# Benchmark of the vault over HTTP (issue 15): writes, protected reads (authenticate, decide,
# log durably, unwrap, decrypt) and destruction of every subject written. See BENCHMARKS.md.
#
#   bench/vault.sh [DATABASE_URL]      (default: a SQLite file in a temporary directory)
#
# Needs wrk (Debian package `wrk`), curl, python3 and a release build. Loopback only.
# WRITE_SECS (default 20) bounds the writes; every subject written is then destroyed.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${CARGO_TARGET_DIR:-target}/release/khien"
[ -x "$BIN" ] || { echo "build first: cargo build --release" >&2; exit 1; }
command -v wrk >/dev/null || { echo "install wrk: apt-get install wrk" >&2; exit 1; }
TMP="$(mktemp -d)"
DB="${1:-sqlite://$TMP/khien.db}"
PORT=18932
export KHIEN_ADMIN_PASSWORD='benchmark-password-01' KHIEN_KEYSTORE_PASSPHRASE='benchmark keystore passphrase' KHIEN_KEY_DIR="$TMP/keys"
"$BIN" --database "$DB" init --org-name "Bench" --admin-email bench@example.vn >/dev/null
ORG="$("$BIN" --database "$DB" org list --format json | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["id"])')"
KHIEN_LOG=warn "$BIN" --database "$DB" serve --listen "127.0.0.1:$PORT" >/dev/null 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; rm -rf "$TMP"' EXIT
for _ in $(seq 1 100); do curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.1; done
BASE="http://127.0.0.1:$PORT"
TOKEN="$(curl -s -X POST "$BASE/api/v1/auth/login" -H 'content-type: application/json' \
  -d "{\"email\":\"bench@example.vn\",\"password\":\"$KHIEN_ADMIN_PASSWORD\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
AUTH="authorization: Bearer $TOKEN"
RECORDS="$BASE/api/v1/orgs/$ORG/vault/records"
curl -sf -X POST "$BASE/api/v1/orgs/$ORG/vault/collections" -H "$AUTH" -H 'content-type: application/json' \
  -d '{"name":"bench","sensitive":false,"purposes":["bench"]}' >/dev/null

echo "== writes: POST vault/records, a new subject each, 64 connections, ${WRITE_SECS:-20} s"
COUNTS="$TMP/counts" wrk -t2 -c64 -d"${WRITE_SECS:-20}"s --latency -H "$AUTH" -s bench/vault_write.lua "$RECORDS" \
  | grep -E "Requests/sec|50%|99%|Non-2xx"
awk '{s+=$2} END {print "subjects written:", s}' "$TMP/counts"

# 1 000 tokens to read.
python3 - "$RECORDS" "$TOKEN" "$TMP/tokens" <<'PY'
import json, sys, urllib.request
url, token, out = sys.argv[1:]
with open(out, "w") as f:
    for i in range(1000):
        body = json.dumps({"collection": "bench", "subject": f"r-{i}", "purpose": "bench",
                           "fields": {"ho_ten": f"Tran Thi {i}", "so_cccd": f"079{i:09d}"}}).encode()
        req = urllib.request.Request(url, body, {"content-type": "application/json",
                                                 "authorization": "Bearer " + token})
        f.write(json.load(urllib.request.urlopen(req))["token"] + "\n")
PY
# On PostgreSQL, the statistics autovacuum keeps (ANALYZE) after the bulk load above, as
# PostgreSQL's documentation advises after one: without them the planner reads a subject's
# live key by scanning the organisation's keys (BENCHMARKS.md, stop 31). ANALYZE_AFTER_LOAD=0
# measures a server without them (autovacuum off, or before its first pass).
if [[ "$DB" == postgres* ]] && [ "${ANALYZE_AFTER_LOAD:-1}" = 1 ]; then
  command -v psql >/dev/null || { echo "psql is needed to ANALYZE (or set ANALYZE_AFTER_LOAD=0)" >&2; exit 1; }
  psql "$DB" -qc ANALYZE
fi
for c in 16 64 128; do
  echo "== protected reads: GET vault/records/{token}?purpose=bench, $c connections"
  TOKENS="$TMP/tokens" wrk -t2 -c$c -d10s --latency -H "$AUTH" -s bench/vault_read.lua "$RECORDS" \
    | grep -E "Requests/sec|50%|99%|Non-2xx"
done

TOTAL="$(awk '{s+=$2} END {print s}' "$TMP/counts")"
echo "== destruction of all $TOTAL subjects written (POST vault/subjects/{s}/destroy, 64 connections)"
# wrk runs 60 s (it cannot stop when the script runs out of subjects; the rest are 410s);
# the rate is taken from the first and last destruction's instants in destroyed.jsonl.
COUNTS="$TMP/counts" WRK_THREADS=2 wrk -t2 -c64 -d60s -H "$AUTH" -s bench/vault_destroy.lua \
  "$BASE/api/v1/orgs/$ORG/vault/subjects" | grep -E "requests in|Non-2xx"
python3 - "$KHIEN_KEY_DIR/destroyed.jsonl" <<'PY'
import datetime, json, re, sys
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
def t(s):
    m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?", s)
    return datetime.datetime.fromisoformat(m.group(1)).timestamp() + float("0." + (m.group(2) or "0"))
span = t(rows[-1]["at"]) - t(rows[0]["at"])
print(f"{len(rows)} subjects destroyed in {span:.1f} s: {len(rows) / span:.0f}/s")
PY
LEFT="$(curl -s "$BASE/api/v1/orgs/$ORG/vault/collections" -H "$AUTH")"
echo "collections after: $LEFT"
