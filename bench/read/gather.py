#!/usr/bin/env python3
"""Gathers what the read benchmark rotates over, from a running timeline-service: one file of request paths per
endpoint shape (ids, cursors, frequent words and entities, date ranges), and params.json with one representative
value of each parameter (for explain.sh).

Everything comes through the REST API: a walk of /api/events following `next` (the deep cursors, event ids, words,
entities, article ids), /api/timeline?limit=200 (the dates that matter), /api/entities (the frequent entities).
With --psql, random event and article ids are also drawn from the whole store, so that /api/events/{id} and
/api/articles/{id} are not confined to the first pages.

usage: gather.py BASE_URL OUT_DIR [--depth N] [--size N] [--psql "psql args"]
"""
import argparse
import base64
import collections
import json
import random
import re
import shlex
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

STOP = set("""a about above after again against all also although am an and any are around as at be because been
before being below between both but by can could did do does doing down during each else even ever every few for
from further had has have having he her here hers herself him himself his how however i if in into is it its itself
just last later least less like made make many may me might more most much must my near new next no nor not now of
off often on once one only or other our ours out over own per perhaps same said says say she should since so some
still such than that the their theirs them themselves then there these they this those though three through thus
to too two under until up upon us very was we were what when where whether which while who whom whose why will with
within without would year years yet you your week weeks month months day days today yesterday tomorrow time first
monday tuesday wednesday thursday friday saturday sunday january february march april june july august september
october november december told according""".split())

WORD = re.compile(r"[a-z]+")


def get(base, path, timeout):
    req = urllib.request.Request(base + path, headers={"Accept": "application/json"})
    start = time.monotonic()
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        body = resp.read()
    return json.loads(body), time.monotonic() - start


def log(msg):
    print("gather: " + msg, file=sys.stderr, flush=True)


def psql_column(psql, sql):
    try:
        out = subprocess.run(shlex.split(psql) + ["-tAc", sql], capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as e:
        log(f"psql failed: {e}")
        return []
    if out.returncode != 0:
        log("psql failed: " + out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "psql failed")
        return []
    return [line for line in out.stdout.splitlines() if line.strip()]


def q(value):
    return urllib.parse.quote(value, safe="")


def write(out, name, paths):
    paths = [p for p in paths if p]
    with open(f"{out}/{name}.paths", "w") as f:
        f.write("\n".join(paths) + ("\n" if paths else ""))
    log(f"{name}: {len(paths)} distinct paths")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("out")
    ap.add_argument("--depth", type=int, default=200, help="pages of /api/events to walk for the deep cursors")
    ap.add_argument("--size", type=int, default=0, help="page size of the walk (0: the service's default)")
    ap.add_argument("--samples", type=int, default=1000, help="ids per rotation list")
    ap.add_argument("--psql", default="", help="psql command line to draw random ids from the whole store")
    ap.add_argument("--timeout", type=float, default=120)
    a = ap.parse_args()
    base = a.base.rstrip("/")
    rnd = random.Random(17)

    # 1. Walk /api/events from the first page, following `next`.
    ids, article_ids, dates = [], set(), collections.Counter()
    words, actors, places = collections.Counter(), collections.Counter(), collections.Counter()
    cursors = []  # cursors[i] = the URL that fetches page i + 2
    path = "/api/events" + (f"?size={a.size}" if a.size else "")
    walk_start = time.monotonic()
    slowest = 0.0
    for page in range(a.depth):
        data, secs = get(base, path, a.timeout)
        slowest = max(slowest, secs)
        for e in data.get("items", []):
            ids.append(e["id"])
            if e.get("dateRange", {}).get("start"):
                dates[e["dateRange"]["start"][:7]] += 1
            texts = [e.get("text") or ""] + [m.get("sentence") or "" for m in e.get("mentions", [])]
            words.update(set(w for t in texts for w in WORD.findall(t.lower()) if len(w) >= 4 and w not in STOP))
            actors.update(set(e.get("actors") or []))
            if e.get("location"):
                places[e["location"]] += 1
            for m in e.get("mentions", []):
                if m.get("articleId"):
                    article_ids.add(m["articleId"])
        nxt = data.get("next")
        if not nxt:
            break
        path = "/api/events?" + (f"size={a.size}&" if a.size else "") + "cursor=" + q(nxt)
        cursors.append(path)
    log(f"walked {len(cursors) + 1} pages of /api/events ({len(ids)} events) in {time.monotonic() - walk_start:.1f} s,"
        f" slowest page {slowest * 1000:.0f} ms")

    # 2. The dates that matter: the most salient dates of the whole store.
    try:
        data, secs = get(base, "/api/timeline?limit=200", a.timeout)
        log(f"/api/timeline?limit=200 in {secs * 1000:.0f} ms")
        for item in data.get("items", []):
            start = (item.get("dateRange") or {}).get("start")
            if start:
                dates[start[:7]] += 5
            if item.get("id"):
                ids.append(item["id"])
    except (urllib.error.URLError, OSError, ValueError) as e:
        log(f"/api/timeline failed: {e}")

    # 3. The frequent entities, from the service; else from the walked events.
    entity_names = []
    try:
        data, secs = get(base, "/api/entities?limit=100", a.timeout)
        log(f"/api/entities?limit=100 in {secs * 1000:.0f} ms")
        entity_names = [item["name"] for item in data.get("items", []) if item.get("name")]
    except (urllib.error.URLError, OSError, ValueError) as e:
        log(f"/api/entities failed ({e}); taking the entities of the walked events")
    if not entity_names:
        entity_names = [n for n, _ in (actors + places).most_common(100)]
    entity_names = entity_names[:30]

    # 4. Random ids over the whole store, when psql can reach the database.
    if a.psql:
        drawn = psql_column(a.psql, f"select id from timeline_entry tablesample system (5) limit {a.samples}")
        if len(drawn) < a.samples // 2:
            drawn = psql_column(a.psql, f"select id from timeline_entry order by random() limit {a.samples}")
        ids += [int(x) for x in drawn if x.strip().isdigit()]
        drawn = psql_column(a.psql, f"select id from article order by random() limit {a.samples}")
        article_ids.update(drawn)
        log(f"psql: {len(drawn)} random article ids")
    if not ids:
        sys.exit("gather: the store is empty: no events to benchmark against")

    ids = list(dict.fromkeys(ids))
    rnd.shuffle(ids)
    ids = ids[:a.samples]
    article_ids = sorted(article_ids)
    rnd.shuffle(article_ids)
    article_ids = article_ids[:a.samples]
    top_words = [w for w, _ in words.most_common(20)]
    months = [m for m, _ in dates.most_common(50)]
    deep = cursors[len(cursors) // 2:] if cursors else []
    surnames = list(dict.fromkeys(n.split()[-1].lower() for n in entity_names if n.split()))[:20]

    write(a.out, "events", ["/api/events"])
    write(a.out, "events-range", [f"/api/events?from={m}&to={m}" for m in months])
    write(a.out, "events-q", [f"/api/events?q={q(w)}" for w in top_words])
    write(a.out, "events-entity", [f"/api/events?entity={q(n)}" for n in entity_names])
    write(a.out, "events-deep", deep)
    write(a.out, "event-id", [f"/api/events/{i}" for i in ids])
    write(a.out, "timeline", ["/api/timeline"])
    write(a.out, "timeline-q", [f"/api/timeline?q={q(w)}" for w in top_words])
    write(a.out, "timeline-entity", [f"/api/timeline?entity={q(n)}" for n in entity_names])
    write(a.out, "entities", ["/api/entities"])
    write(a.out, "entities-q", [f"/api/entities?q={q(s)}" for s in surnames])
    write(a.out, "article-id", [f"/api/articles/{q(i)}" for i in article_ids])

    # One representative value of each parameter, for explain.sh.
    cursor_date, cursor_id = None, None
    if deep:
        raw = urllib.parse.unquote(deep[-1].split("cursor=")[1])
        decoded = base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode()
        parts = decoded.split(":")
        if len(parts) >= 3:
            cursor_date, cursor_id = parts[-2], parts[-1]
    params = {
        "word": top_words[0] if top_words else "president",
        "entity": entity_names[0].lower() if entity_names else "",
        "entity_name": entity_names[0] if entity_names else "",
        "entity_part": surnames[0] if surnames else "",
        "month": months[0] if months else "",
        "cursor_date": cursor_date, "cursor_id": cursor_id, "cursor_pages": len(cursors) + 1,
        "event_id": ids[0], "article_id": article_ids[0] if article_ids else "",
        "words": top_words, "entities": entity_names[:10], "months": months[:10],
    }
    with open(f"{a.out}/params.json", "w") as f:
        json.dump(params, f, indent=1)
    log(f"frequent words: {', '.join(top_words[:8])}; entities: {', '.join(entity_names[:5])}; months: "
        f"{', '.join(months[:5])}")


if __name__ == "__main__":
    main()
