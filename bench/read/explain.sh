#!/usr/bin/env bash
# EXPLAIN (ANALYZE, BUFFERS) of the SQL each read endpoint of timeline-service issues (bench/read/queries.sql),
# through psql, with representative parameter values taken from the store.
#
#   bench/read/explain.sh [--out DIR] [--queries FILE]
#
# DIR defaults to the newest .run/bench-api/<timestamp>/ (the values bench-api.sh gathered: its paths/params.json),
# else a new one, for which the values are gathered here (a walk of /api/events, /api/timeline, /api/entities).
# Writes explain.txt (each statement as sent, with its plan) and explain.md (execution time and buffers per
# statement). Environment: TIMELINE_URL (http://127.0.0.1:8083), PG_PORT (5432), PGUSER (timeline_app), PGPASSWORD
# (from .run/db-app-password), DEPTH (200), PG_DB (timeline), PAGE_SIZE (50, the service's default page size), TIMELINE_CANDIDATES (entries /api/timeline reads: timeline.salience.candidate-limit, 400).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
TIMELINE_URL="${TIMELINE_URL:-http://127.0.0.1:8083}"; TIMELINE_URL="${TIMELINE_URL%/}"
PG_PORT="${PG_PORT:-5432}"
# The service's own role (timeline_app) reads all it needs; ./timeline up keeps its password in .run.
export PGPASSWORD="${PGPASSWORD:-$(cat "${TIMELINE_RUN_DIR:-$ROOT/.run}/db-app-password" 2>/dev/null || true)}"
PSQL=(psql -X -h 127.0.0.1 -p "$PG_PORT" -U "${PGUSER:-timeline_app}" -d "${PG_DB:-timeline}")
QUERIES="$HERE/queries.sql"
OUT=""
log() { printf '%s\n' "explain: $*" >&2; }
die() { log "$*"; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --out) OUT="$2"; shift 2 ;;
    --queries) QUERIES="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1" ;;
  esac
done
if [ -z "$OUT" ]; then
  OUT="$(ls -d "$ROOT"/.run/bench-api/*/ 2>/dev/null | sort | tail -1 || true)"
  OUT="${OUT%/}"
  [ -n "$OUT" ] || OUT="$ROOT/.run/bench-api/$(date +%Y%m%d-%H%M%S)"
fi
mkdir -p "$OUT/paths"
command -v psql >/dev/null || die "psql is not installed (apt-get install postgresql-client)"
"${PSQL[@]}" -tAc "select 1" >/dev/null || die "cannot reach PostgreSQL on 127.0.0.1:$PG_PORT"

if [ ! -s "$OUT/paths/params.json" ]; then
  log "gathering parameter values from $TIMELINE_URL"
  python3 "$HERE/gather.py" "$TIMELINE_URL" "$OUT/paths" --depth "${DEPTH:-200}" --psql "${PSQL[*]}"
fi

# psql variables from params.json (the same values the benchmark's first request of each shape uses).
mapfile -d '' VARS < <(python3 - "$OUT/paths/params.json" "${PAGE_SIZE:-50}" "${TIMELINE_CANDIDATES:-400}" <<'PY'
import calendar, datetime, json, sys
p = json.load(open(sys.argv[1]))
esc = lambda s: s.replace("!", "!!").replace("%", "!%").replace("_", "!_")
month = p.get("month") or "2010-06"
y, m = int(month[:4]), int(month[5:7]) if len(month) >= 7 else 1
entity = (p.get("entity") or "").lower()
v = {
    "word": p.get("word") or "president",
    "word_like": "% " + (p.get("word") or "president") + "%",
    "entity": entity,
    "entity_tail": "% " + esc(entity),
    "entity_part_like": "%" + esc((p.get("entity_part") or "").lower()) + "%",
    "from_date": datetime.date(y, m, 1).isoformat(),
    "to_date": datetime.date(y, m, calendar.monthrange(y, m)[1]).isoformat(),
    "month": month,
    "cursor_date": p.get("cursor_date") or "1970-01-01",
    "cursor_id": str(p.get("cursor_id") or 0),
    "cursor_pages": str(p.get("cursor_pages") or 1),
    "event_id": str(p.get("event_id")),
    "article_id": p.get("article_id") or "",
    "page_size": sys.argv[2],
    "page_rows": str(int(sys.argv[2]) + 1),
    "candidates": sys.argv[3],
}
for k, val in v.items():
    sys.stdout.write(f"{k}={val}\0")
PY
)
ARGS=(-v ON_ERROR_STOP=0 -v "explain=EXPLAIN (ANALYZE, BUFFERS)")
for kv in "${VARS[@]}"; do ARGS+=(-v "$kv"); done
log "parameters: ${VARS[*]}"

{
  echo "-- $(date -Is), store: $("${PSQL[@]}" -tAc "select count(*) from timeline_entry" 2>/dev/null || echo '?') entries,"\
       "$("${PSQL[@]}" -tAc "select count(*) from mention" 2>/dev/null || echo '?') mentions,"\
       "$("${PSQL[@]}" -tAc "select count(*) from article" 2>/dev/null || echo '?') articles"
  echo "-- parameters: ${VARS[*]}"
  "${PSQL[@]}" "${ARGS[@]}" -e -f "$QUERIES" 2>&1
} > "$OUT/explain.txt"

# Summary: the endpoint comment before each plan, its execution time, shared buffers hit/read of the top node.
python3 - "$OUT/explain.txt" > "$OUT/explain.md" <<'PY'
import re, sys
lines = open(sys.argv[1]).read().splitlines()
rows, endpoint, statement, scans, buffers = [], "", "", [], None
for line in lines:
    s = line.strip()
    m = re.match(r"--\s*@endpoint\s+(.*)", s)
    if m:
        endpoint = m.group(1)
        continue
    m = re.match(r"--\s*@statement\s+(.*)", s)
    if m:
        statement, scans, buffers = m.group(1), [], None
        continue
    m = re.search(r"((?:Parallel )?(?:Seq Scan|Index Only Scan|Index Scan|Bitmap Index Scan|Bitmap Heap Scan|Function Scan)"
                  r"(?: Backward)?(?: using| on) \S+(?: on \S+)?)", s)
    if m and "actual time=" in s and m.group(1) not in scans:
        scans.append(m.group(1))
    if buffers is None and s.startswith("Buffers:"):
        buffers = s[len("Buffers:"):].strip()
    m = re.match(r"Execution Time: ([\d.]+) ms", s)
    if m:
        rows.append((endpoint, statement, m.group(1), "; ".join(scans), buffers or ""))
    if s.startswith("ERROR:") or s.startswith("psql:"):
        rows.append((endpoint, statement, "ERROR", s, ""))
print("| Endpoint | Statement | Execution ms | Scans | Buffers (whole statement) |")
print("|---|---|---:|---|---|")
for r in rows:
    print("| " + " | ".join(x.replace("|", "\\|") for x in r) + " |")
PY
cat "$OUT/explain.md"
log "plans: $OUT/explain.txt, summary: $OUT/explain.md"
