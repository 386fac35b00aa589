#!/usr/bin/env bash
# Read benchmark of timeline-service's REST API against a running stack (./timeline up), with wrk.
#
#   bench/read/bench-api.sh [--out DIR] [--with-ingest-rate R] [--read-rate Q] [--only REGEX] [--depth PAGES]
#   ./timeline bench-api ...      (the same)
#
# One wrk run per endpoint shape (wrk -t2 -c50 -d$DURATION --latency), each rotating over request paths gathered
# beforehand (gather.py: ids, deep cursors, frequent words and entities, date ranges), non-2xx counted as errors
# (rotate.lua). Prints the store size, each service's heap, and a table; writes results.csv, results.md, store.txt,
# heap.csv, the raw wrk output and the rotation lists to the output dir (default .run/bench-api/<timestamp>/).
# --read-rate Q paces each endpoint's load at about Q requests/s over the same connections (paced.lua) instead of as
# many as the service answers: latency at a given load, not at saturation. With --with-ingest-rate, each row also
# gives the articles/s the pipeline stored while it ran (from article.stored_at, needs psql).
#
# Environment: TIMELINE_URL (http://127.0.0.1:8083); the services' management interfaces, for readiness and heap:
# TIMELINE_MANAGEMENT_URL (http://127.0.0.1:9183), INGEST_MANAGEMENT_URL (:9181), EXTRACT_MANAGEMENT_URL (:9182);
# DURATION (15s), CONNECTIONS (50), THREADS (2), WARMUP (3s, 0 for none), TIMEOUT (wrk per-request timeout, 20s),
# SLOW_LIMIT (seconds: an endpoint whose single probe request takes longer is not loaded: 50 such requests would keep
# the service busy long after wrk stops; 5), PG_PORT (5432), PGUSER (timeline_app), PGPASSWORD (from
# .run/db-app-password).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
TIMELINE_URL="${TIMELINE_URL:-http://127.0.0.1:8083}"; TIMELINE_URL="${TIMELINE_URL%/}"
# Health and metrics answer on each service's management port (loopback only), not on its API port.
TIMELINE_MANAGEMENT_URL="${TIMELINE_MANAGEMENT_URL:-http://127.0.0.1:9183}"
INGEST_MANAGEMENT_URL="${INGEST_MANAGEMENT_URL:-http://127.0.0.1:9181}"
EXTRACT_MANAGEMENT_URL="${EXTRACT_MANAGEMENT_URL:-http://127.0.0.1:9182}"
DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-50}"
INGEST_BATCH="${INGEST_BATCH:-5}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-3s}"
TIMEOUT="${TIMEOUT:-20s}"
SLOW_LIMIT="${SLOW_LIMIT:-5}"
PG_PORT="${PG_PORT:-5432}"
# The service's own role (timeline_app) reads all it needs; ./timeline up keeps its password in .run.
export PGPASSWORD="${PGPASSWORD:-$(cat "${TIMELINE_RUN_DIR:-$ROOT/.run}/db-app-password" 2>/dev/null || true)}"
PSQL="psql -X -h 127.0.0.1 -p $PG_PORT -U ${PGUSER:-timeline_app} -d timeline"
OUT=""
INGEST_RATE=""
READ_RATE=""
ONLY=""
DEPTH="${DEPTH:-200}"

log() { printf '%s\n' "bench-api: $*" >&2; }
die() { log "$*"; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT="$2"; shift 2 ;;
    --with-ingest-rate) INGEST_RATE="$2"; shift 2 ;;
    --read-rate) READ_RATE="$2"; shift 2 ;;
    --only) ONLY="$2"; shift 2 ;;
    --depth) DEPTH="$2"; shift 2 ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1 (see --help)" ;;
  esac
done
OUT="${OUT:-$ROOT/.run/bench-api/$(date +%Y%m%d-%H%M%S)}"
SCRIPT="$HERE/rotate.lua" PAUSE_ARG=()
if [ -n "$READ_RATE" ]; then
  [[ "$READ_RATE" =~ ^[1-9][0-9]*$ ]] || die "--read-rate takes a whole number of requests/s"
  # Each connection pauses after every response: CONNECTIONS connections then send about READ_RATE requests/s.
  SCRIPT="$HERE/paced.lua" PAUSE_ARG=("$(( CONNECTIONS * 1000 / READ_RATE ))")
fi
mkdir -p "$OUT/paths" "$OUT/wrk"

# --- tools -----------------------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
  [ "$(id -u)" = 0 ] || die "wrk is not installed: sudo apt-get install wrk"
  log "installing wrk (Debian package)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null 2>&1 \
    || { DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; } \
    || die "could not install wrk"
fi
command -v python3 >/dev/null || die "python3 is needed to gather the request paths"
command -v curl >/dev/null || die "curl is needed"
HAVE_PSQL=0
command -v psql >/dev/null && $PSQL -tAc "select 1" >/dev/null 2>&1 && HAVE_PSQL=1

curl -fsS -o /dev/null --max-time 10 "$TIMELINE_MANAGEMENT_URL/q/health/ready" \
  || die "timeline-service is not ready at $TIMELINE_MANAGEMENT_URL (start the stack: ./timeline up)"

seconds() { # 15s, 1m, 500ms, 15 -> seconds (integer, rounded up)
  local v="$1"
  case "$v" in
    *ms) echo $(( (${v%ms} + 999) / 1000 )) ;;
    *s) echo "${v%s}" ;;
    *m) echo $(( ${v%m} * 60 )) ;;
    *h) echo $(( ${v%h} * 3600 )) ;;
    *) echo "$v" ;;
  esac
}

# --- store size ------------------------------------------------------------------------------------------------------
store_size() {
  {
    echo "when: $(date -Is)"
    echo "timeline-service: $TIMELINE_URL (commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?'))"
    if [ "$HAVE_PSQL" = 1 ]; then
      local t n
      for t in timeline_entry mention article entry_actor; do
        n="$($PSQL -tAc "select count(*) from $t" 2>/dev/null || echo '?')"
        printf '%-16s %12s rows\n' "$t" "$n"
      done
      echo "database size:   $($PSQL -tAc "select pg_size_pretty(pg_database_size('timeline'))" 2>/dev/null || echo '?')"
    else
      echo "(psql cannot reach 127.0.0.1:$PG_PORT; no counts: the API has none)"
    fi
  } | tee "$1"
}

# --- heap of each service ----------------------------------------------------------------------------------------------
HEAP_CSV="$OUT/heap.csv"
echo "when,service,heap_used_mb,heap_committed_mb,heap_max_mb,source" > "$HEAP_CSV"
heap_of() { # $1 when, $2 service, $3 its management URL
  local metrics used committed max
  if metrics="$(curl -fsS --max-time 10 "$3/q/metrics" 2>/dev/null)"; then
    sum() { awk -v m="$1" '$0 ~ "^"m"\\{" && /area="heap"/ { s += $NF } END { printf "%.1f", s / 1048576 }'; }
    used="$(sum jvm_memory_used_bytes <<<"$metrics")"
    committed="$(sum jvm_memory_committed_bytes <<<"$metrics")"
    max="$(awk '/^jvm_memory_max_bytes\{/ && /area="heap"/ && $NF > 0 { s += $NF } END { printf "%.1f", s / 1048576 }' <<<"$metrics")"
    echo "$1,$2,$used,$committed,$max,/q/metrics" >> "$HEAP_CSV"
  elif [ -f "$ROOT/.run/pids/$2" ] && command -v jcmd >/dev/null; then
    # GC.heap_info: "garbage-first heap   total 262144K, used 81234K"
    read -r committed used < <(jcmd "$(cat "$ROOT/.run/pids/$2")" GC.heap_info 2>/dev/null \
      | awk '/ heap +total/ { for (i = 1; i <= NF; i++) { if ($i == "total") t = $(i+1); if ($i == "used") u = $(i+1) } }
             END { gsub(/[K,]/, "", t); gsub(/[K,]/, "", u); printf "%.1f %.1f\n", t / 1024, u / 1024 }')
    echo "$1,$2,${used:-},${committed:-},,jcmd GC.heap_info" >> "$HEAP_CSV"
  else
    echo "$1,$2,,,,unreachable" >> "$HEAP_CSV"
  fi
}
heaps() {
  heap_of "$1" ingest-service "$INGEST_MANAGEMENT_URL"
  heap_of "$1" extract-service "$EXTRACT_MANAGEMENT_URL"
  heap_of "$1" timeline-service "$TIMELINE_MANAGEMENT_URL"
}

# --- wait until the service answers a cheap request quickly again (an overloaded endpoint leaves a queue behind) -------
settle() {
  local deadline=$((SECONDS + 120)) probe="${FIRST_EVENT_PATH:-/api/events?size=1}" t
  while [ $SECONDS -lt $deadline ]; do
    t="$(curl -s -o /dev/null -w '%{time_total}' --max-time 10 "$TIMELINE_URL$probe" || echo 99)"
    awk -v t="$t" 'BEGIN { exit !(t < 0.5) }' && return 0
    sleep 1
  done
  log "timeline-service still slow after 120 s"
}

# --- the runs ----------------------------------------------------------------------------------------------------------
ENDPOINTS=(
  "events|GET /api/events (first page)"
  "events-range|GET /api/events?from=M&to=M (one month)"
  "events-q|GET /api/events?q=WORD"
  "events-entity|GET /api/events?entity=NAME"
  "events-deep|GET /api/events?cursor= (pages DEPTH/2..DEPTH)"
  "event-id|GET /api/events/{id}"
  "timeline|GET /api/timeline"
  "timeline-q|GET /api/timeline?q=WORD"
  "timeline-entity|GET /api/timeline?entity=NAME"
  "entities|GET /api/entities"
  "entities-q|GET /api/entities?q=PART"
  "article-id|GET /api/articles/{id}"
)

echo "== store" >&2
store_size "$OUT/store.txt"
echo >&2
heaps before

log "gathering request paths (walking $DEPTH pages of /api/events, /api/timeline, /api/entities)"
GATHER_ARGS=(--depth "$DEPTH")
[ "$HAVE_PSQL" = 1 ] && GATHER_ARGS+=(--psql "$PSQL")
python3 "$HERE/gather.py" "$TIMELINE_URL" "$OUT/paths" "${GATHER_ARGS[@]}" 2> >(tee "$OUT/gather.log" >&2)
FIRST_EVENT_PATH="$(head -1 "$OUT/paths/event-id.paths")"

# --- optional: reads under ingest ----------------------------------------------------------------------------------------
LOAD_PID=""
# Batch POSTs ingest-service has answered so far (its request counter on the management port).
batch_posts() {
  curl -fs "$INGEST_MANAGEMENT_URL/q/metrics" 2>/dev/null \
    | awk '/^http_server_requests_seconds_count/ && /uri="\/api\/articles\/batch"/ {n += $2} END {print n + 0}'
}
stop_load() {
  if [ -n "$LOAD_PID" ] && kill -0 "$LOAD_PID" 2>/dev/null; then
    log "stopping the background ingest (pid $LOAD_PID)"
    kill -INT "$LOAD_PID" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$LOAD_PID" 2>/dev/null || break; sleep 1; done
    kill "$LOAD_PID" 2>/dev/null || true
  fi
  LOAD_PID=""
}
trap stop_load EXIT
if [ -n "$INGEST_RATE" ]; then
  if grep -q '^ *loadtest)' "$ROOT/timeline" 2>/dev/null; then
    runs=0
    for e in "${ENDPOINTS[@]}"; do [ -z "$ONLY" ] || [[ "${e%%|*}" =~ $ONLY ]] && runs=$((runs + 1)); done
    listing=180
    budget=$(( runs * ($(seconds "$DURATION") + $(seconds "${WARMUP/#0/0s}") + 15) + 30 + listing ))
    count=$(( INGEST_RATE * budget ))
    log "ingest in the background: ./timeline loadtest --rate $INGEST_RATE --batch $INGEST_BATCH --count $count (at most $budget s)"
    timeout --signal=INT --kill-after=15 "$budget" "$ROOT/timeline" loadtest --rate "$INGEST_RATE" --batch "$INGEST_BATCH" \
      --count "$count" --no-progress > "$OUT/ingest-load.log" 2>&1 &
    LOAD_PID=$!
    # The load test lists the store before it posts (a minute at half a million articles): measure once posts arrive.
    posts_before=$(batch_posts)
    for _ in $(seq 1 "$listing"); do
      [ "$(batch_posts)" != "$posts_before" ] && break
      kill -0 "$LOAD_PID" 2>/dev/null || break
      sleep 1
    done
    sleep 10
    kill -0 "$LOAD_PID" 2>/dev/null || log "the background ingest ended early (see $OUT/ingest-load.log)"
  else
    log "--with-ingest-rate: './timeline loadtest' does not exist yet; measuring reads without ingest"
    INGEST_RATE=""
  fi
fi

CSV="$OUT/results.csv"
echo "endpoint,shape,paths,requests,requests_per_s,p50_ms,p90_ms,p99_ms,max_ms,errors,status_errors,socket_errors,timeouts,bytes_per_response,probe_body_bytes,probe_ms,probe_status,note,stored_per_s" > "$CSV"

# Articles timeline-service stored per second between two instants (its stored_at index), while ingest runs.
stored_per_s() {
  [ -n "$INGEST_RATE" ] && [ "$HAVE_PSQL" = 1 ] || return 0
  $PSQL -tAc "select round(count(*) / greatest(extract(epoch from timestamptz '$2' - timestamptz '$1'), 1), 1)
    from article where stored_at >= '$1' and stored_at < '$2'" 2>/dev/null || true
}

field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<" $2"; }

for e in "${ENDPOINTS[@]}"; do
  name="${e%%|*}" shape="${e#*|}"
  [ -n "$ONLY" ] && ! [[ "$name" =~ $ONLY ]] && continue
  list="$OUT/paths/$name.paths"
  n="$(grep -c . "$list" 2>/dev/null || echo 0)"
  if [ "$n" = 0 ]; then
    log "$name: nothing to request (the store has too little data for this shape)"
    echo "$name,\"$shape\",0,,,,,,,,,,,,,,,no paths" >> "$CSV"
    continue
  fi
  settle
  # One probe request: its status and time; an endpoint too slow for one request is not put under load.
  probe="$(curl -s -o "$OUT/wrk/$name.probe.json" -w '%{http_code} %{time_total}' --max-time "$SLOW_LIMIT" \
    "$TIMELINE_URL$(head -1 "$list")" || true)"
  probe_status="${probe%% *}" probe_ms="$(awk -v t="${probe#* }" 'BEGIN { printf "%.0f", t * 1000 }')"
  if [ "${probe_status:-000}" = 000 ]; then
    log "$name: one request took longer than $SLOW_LIMIT s; not loading it"
    echo "$name,\"$shape\",$n,,,,,,,,,,,,,,$probe_ms,timeout,single request > ${SLOW_LIMIT}s" >> "$CSV"
    continue
  fi
  if [[ "$probe_status" != 2* ]]; then
    log "$name: the probe answered $probe_status; not loading it (see $OUT/wrk/$name.probe.json)"
    echo "$name,\"$shape\",$n,,,,,,,,,,,,,,$probe_ms,$probe_status,probe not 2xx" >> "$CSV"
    continue
  fi
  if [ "$WARMUP" != 0 ] && [ "$WARMUP" != 0s ]; then
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" --timeout "$TIMEOUT" -s "$SCRIPT" "$TIMELINE_URL" -- "$list" \
      "${PAUSE_ARG[@]}" > "$OUT/wrk/$name.warmup.txt" 2>&1 || true
    settle
  fi
  log "$name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency over $n paths$([ -n "$READ_RATE" ] && echo " at about $READ_RATE requests/s") (probe: $probe_status in ${probe_ms} ms)"
  started="$(date -u +%FT%T.%NZ)"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout "$TIMEOUT" --latency -s "$SCRIPT" \
    "$TIMELINE_URL" -- "$list" "${PAUSE_ARG[@]}" > "$OUT/wrk/$name.txt" 2>&1 || log "$name: wrk failed (see $OUT/wrk/$name.txt)"
  stored="$(stored_per_s "$started" "$(date -u +%FT%T.%NZ)")"
  r="$(grep '^RESULT' "$OUT/wrk/$name.txt" | tail -1 || true)"
  if [ -z "$r" ]; then
    echo "$name,\"$shape\",$n,,,,,,,,,,,,,$probe_ms,$probe_status,wrk failed,$stored" >> "$CSV"
    continue
  fi
  requests="$(field requests "$r")" status_err="$(field status_err "$r")" timeouts="$(field timeouts "$r")"
  sock=$(( $(field connect_err "$r") + $(field read_err "$r") + $(field write_err "$r") + timeouts ))
  errors=$(( status_err + sock ))
  bpr="$(awk -v b="$(field bytes "$r")" -v n="$requests" 'BEGIN { printf "%.0f", n ? b / n : 0 }')"
  body="$(wc -c < "$OUT/wrk/$name.probe.json" 2>/dev/null || echo '')"
  note=""
  [ "$requests" = 0 ] && note="no response completed within $DURATION"
  [ "$timeouts" != 0 ] && note="$timeouts requests over $TIMEOUT"
  echo "$name,\"$shape\",$n,$requests,$(field rps "$r"),$(field p50_ms "$r"),$(field p90_ms "$r"),$(field p99_ms "$r"),$(field max_ms "$r"),$errors,$status_err,$sock,$timeouts,$bpr,$body,$probe_ms,$probe_status,$note,$stored" >> "$CSV"
done
stop_load
heaps after

# --- the table -------------------------------------------------------------------------------------------------------------
MD="$OUT/results.md"
{
  echo "# Read benchmark, $(date -Is)"
  echo
  echo '```'
  cat "$OUT/store.txt"
  echo '```'
  echo
  echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency (warm-up $WARMUP, timeout $TIMEOUT) against $TIMELINE_URL$([ -n "$READ_RATE" ] && echo ", paced at about $READ_RATE requests/s (each connection pausing ${PAUSE_ARG[0]} ms after a response)")$([ -n "$INGEST_RATE" ] && echo ", under ingest at $INGEST_RATE articles/s (./timeline loadtest; Stored/s: articles timeline-service stored per second during the endpoint's run)")."
  echo "Errors: responses with status >= 400 (wrk's count) plus socket errors and timeouts; the probe request before each run must answer 2xx. Bytes/response: whole HTTP response (headers + body), mean."
  echo
  echo "| Endpoint | Paths rotated | Requests/s | p50 ms | p99 ms | max ms | Errors | Bytes/response | Stored/s | Note |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  python3 - "$CSV" <<'PY'
import csv, sys
for r in csv.DictReader(open(sys.argv[1])):
    if r["requests"] in ("0", ""):
        r["p50_ms"] = r["p99_ms"] = r["max_ms"] = r["bytes_per_response"] = "-"
    print(f"| `{r['shape'][4:]}` | {r['paths']} | {r['requests_per_s']} | {r['p50_ms']} | {r['p99_ms']} | {r['max_ms']} | "
          f"{r['errors']}{' / ' + r['requests'] if r['requests'] else ''} | {r['bytes_per_response']} | "
          f"{r.get('stored_per_s') or '-'} | {r['note']} |")
PY
  echo
  echo "Heap (MB):"
  echo
  echo "| When | Service | Used | Committed | Max | Source |"
  echo "|---|---|---:|---:|---:|---|"
  tail -n +2 "$HEAP_CSV" | awk -F, '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }'
} > "$MD"

echo
python3 - "$CSV" <<'PY'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1])))
for r in rows:
    if r["requests"] in ("0", ""):
        r["p50_ms"] = r["p99_ms"] = r["max_ms"] = r["bytes_per_response"] = "-"
head = ["endpoint", "req/s", "p50 ms", "p99 ms", "max ms", "errors", "bytes/resp", "stored/s", "note"]
data = [[r["shape"][4:], r["requests_per_s"], r["p50_ms"], r["p99_ms"], r["max_ms"],
         (r["errors"] + "/" + r["requests"]) if r["requests"] else "", r["bytes_per_response"],
         r.get("stored_per_s") or "-", r["note"]] for r in rows]
w = [max(len(str(x)) for x in col) for col in zip(head, *data)]
for i, row in enumerate([head] + data):
    print("  ".join(str(x).ljust(w[j]) if j == 0 or j == 8 else str(x).rjust(w[j]) for j, x in enumerate(row)))
    if i == 0:
        print("  ".join("-" * x for x in w))
PY
echo
column -s, -t < "$HEAP_CSV"
echo
log "results: $OUT/results.md, $OUT/results.csv (raw wrk output in $OUT/wrk/)"
