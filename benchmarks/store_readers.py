"""The store's readers that filter by type, sub-type or country or find events by rid, on 1 M synthetic events:
each one's query plans and its CPU and wall time (p50 / p95), so that a change to the indexes or the key of `events`
is judged by what it does to the readers as well as to the merge (issue 12).

    .venv/bin/python benchmarks/store_readers.py [--events 1000000] [--cache /tmp/frontlog-bench] [--runs 15]
                                                [--plans] [--without INDEX,...] [--only TEXT]

The store is benchmarks/api.py's (built with benchmarks/store.py's generator and kept in --cache). `--without`
measures a copy of it with those indexes of `events` dropped (made once, kept beside it). The readers are the
API's pages (by date and by another column), counts, map clusters and timeline (rollup and scan), the place
picker, the front line (`control`), an export's chunks, free text alone and combined with filters, and a box (the
readers that find events by rid: the text index's and the R*Tree's key), each called through
its own function (dataset/queries.py, dataset/control.py, the store). With `--plans` every statement a reader runs
is traced and its EXPLAIN QUERY PLAN printed; a plan that reads the whole `events` table is marked. On a machine
shared with other work the CPU times are the steadier figures.
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from api import store_path  # noqa: E402  (benchmarks/api.py's cached 1 M-event store)

from frontlog.dataset import control, queries  # noqa: E402
from frontlog.dataset.storage import EventStore, Filters, SQLiteStore  # noqa: E402
from frontlog.model.records import EVENT_TYPES, SUB_TO_TYPE  # noqa: E402

SUBS = sorted(SUB_TO_TYPE)
TYPES = sorted(EVENT_TYPES)
CCS = ["SY", "UA", "SD", "IQ"]  # the generator's countries (store.COUNTRIES)
Reader = Callable[[EventStore, random.Random], object]


def _year(rng: random.Random) -> dict[str, str]:
    y = rng.randrange(2012, 2023)
    return {"since": f"{y}-0{rng.randrange(1, 10)}-01", "until": f"{y + 1}-0{rng.randrange(1, 10)}-01"}


def _type(rng: random.Random) -> str:
    return rng.choice(TYPES)


def _sub(rng: random.Random) -> str:
    return rng.choice(SUBS)


def _cc(rng: random.Random) -> str:
    return rng.choice(CCS)


def _box(rng: random.Random) -> tuple[float, float, float, float]:
    """A box of one degree inside the generator's Syria (min_lat, min_lon, max_lat, max_lon)."""
    lat, lon = rng.uniform(32.5, 36.3), rng.uniform(35.5, 41.0)
    return (lat, lon, lat + 1.0, lon + 1.0)


READERS: dict[str, Reader] = {
    "page, type": lambda s, r: queries.page(s, Filters(event_type=_type(r)), 500, 0),
    "page, sub-type": lambda s, r: queries.page(s, Filters(sub_event_type=_sub(r)), 500, 0),
    "page, country": lambda s, r: queries.page(s, Filters(country=_cc(r)), 500, 0),
    "page 5, country, newest first": lambda s, r: queries.page(s, Filters(country=_cc(r)), 500, 2000, "-date"),
    "page, type + year": lambda s, r: queries.page(s, Filters(event_type=_type(r), **_year(r)), 500, 0),
    "page, country + year": lambda s, r: queries.page(s, Filters(country=_cc(r), **_year(r)), 500, 0),
    "page, sub-type + year + fatalities": lambda s, r: queries.page(
        s, Filters(sub_event_type=_sub(r), min_fatalities=3, **_year(r)), 500, 0),
    "page, type + country": lambda s, r: queries.page(s, Filters(event_type=_type(r), country=_cc(r)), 500, 0),
    "page, type, by fatalities": lambda s, r: queries.page(s, Filters(event_type=_type(r)), 500, 0, "-fatalities"),
    "page, country + year, by actor": lambda s, r: queries.page(s, Filters(country=_cc(r), **_year(r)), 500, 0,
                                                                "actor"),
    "count, sub-type": lambda s, r: queries.count(s, Filters(sub_event_type=_sub(r))),
    "clusters, type, a country's view": lambda s, r: queries.clusters(s, Filters(event_type=_type(r)),
                                                                      (32.5, 35.5, 37.3, 42.0), 7),
    "clusters, country + year": lambda s, r: queries.clusters(s, Filters(country=_cc(r), **_year(r)),
                                                              (30, 20, 53, 48), 5),
    "timeline scan by type, type": lambda s, r: queries.timeline(s, Filters(event_type=_type(r)), "week",
                                                                 "event_type", rollup=False),
    "timeline scan by country, country": lambda s, r: queries.timeline(s, Filters(country=_cc(r)), "week",
                                                                       "country", rollup=False),
    "timeline of fatalities, sub-type": lambda s, r: queries.timeline(s, Filters(sub_event_type=_sub(r)), "month",
                                                                      "event_type", measure="fatalities"),
    "timeline (rollup), type + since": lambda s, r: queries.timeline(
        s, Filters(event_type=_type(r), since=_year(r)["since"]), "week", "event_type"),
    "timeline (scan), type + country + year": lambda s, r: queries.timeline(
        s, Filters(event_type=_type(r), country=_cc(r), **_year(r)), "week", "actor"),
    "place picker, country": lambda s, r: queries.place_counts(s, None, _cc(r)),
    "control on a day": lambda s, r: control.control_from_store(s, f"{r.randrange(2012, 2024)}-06-01"),
    "control's holders": lambda s, r: control.holders(s),
    "export chunks, sub-type": lambda s, r: sum(len(c) for c in s.event_chunks(Filters(sub_event_type=_sub(r)))),
    "q + type + country": lambda s, r: queries.page(s, Filters(text="Islamic State", event_type=_type(r),
                                                               country=_cc(r)), 500, 0),
    "q + country + year": lambda s, r: queries.page(s, Filters(text="shelled", country=_cc(r), **_year(r)), 500, 0),
    # Readers that find events by rid (the text index's and the R*Tree's key): free text alone and with a box, a box.
    "q": lambda s, r: queries.page(s, Filters(text="shelled"), 500, 0),
    "q, a place": lambda s, r: queries.page(s, Filters(text=f"Place {r.randrange(5000)}"), 500, 0),
    "count, q": lambda s, r: queries.count(s, Filters(text="Islamic State")),
    "page, box + year": lambda s, r: queries.page(s, Filters(bbox=_box(r), **_year(r)), 500, 0),
    "q + box": lambda s, r: queries.page(s, Filters(text="shelled", bbox=_box(r)), 500, 0),
}
TABLE_SCAN = re.compile(r"\bSCAN e(vents)?\b(?! USING| VIRTUAL)")


def plans(store: SQLiteStore, name: str, reader: Reader) -> list[str]:
    """The distinct query plans of the statements `reader` runs over the events (traced, then explained)."""
    seen: list[str] = []
    store.con.set_trace_callback(seen.append)
    try:
        reader(store, random.Random(5))
    finally:
        store.con.set_trace_callback(None)
    out: list[str] = []
    for sql in seen:
        if not sql.lstrip().upper().startswith("SELECT") or "events" not in sql:
            continue
        plan = re.sub(r"\s+", " ", " | ".join(r[3] for r in store.con.execute("EXPLAIN QUERY PLAN " + sql)))
        if plan not in out:
            out.append(plan)
    return out


def timed(store: SQLiteStore, reader: Reader, runs: int) -> tuple[list[float], list[float]]:
    """Wall and CPU milliseconds of `runs` calls (after one to warm the cache), each sorted."""
    rng = random.Random(6)
    reader(store, rng)
    walls, cpus = [], []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        reader(store, rng)
        walls.append((time.perf_counter() - t) * 1000)
        cpus.append((time.process_time() - c) * 1000)
    return sorted(walls), sorted(cpus)


def p95(xs: list[float]) -> float:
    return xs[min(len(xs) - 1, round(0.95 * (len(xs) - 1)))]


def without(db: Path, names: list[str]) -> Path:
    """A copy of the store `db` with these indexes of `events` dropped (made once, kept beside it)."""
    out = db.with_name(f"{db.stem}-without-{'-'.join(sorted(names))}.db")
    if not out.is_file():
        tmp = out.with_suffix(".building")
        shutil.copyfile(db, tmp)
        con = sqlite3.connect(tmp)
        for name in names:
            con.execute(f'DROP INDEX "{name}"')
        con.commit()
        con.close()
        tmp.rename(out)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--cache", default="/tmp/frontlog-bench", help="folder the synthetic store is kept in")
    ap.add_argument("--runs", type=int, default=15, help="timed calls per reader")
    ap.add_argument("--plans", action="store_true", help="print every reader's query plans")
    ap.add_argument("--without", default="", help="indexes of `events` to drop (on a copy), comma-separated")
    ap.add_argument("--only", default="", help="the readers whose name contains this")
    ns = ap.parse_args(argv)
    db = store_path(Path(ns.cache), ns.events)
    if ns.without:
        db = without(db, [x for x in ns.without.split(",") if x])
    store = SQLiteStore(db, create=False)
    print("indexes of events: " + ", ".join(r[0] for r in store.con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' ORDER BY name")))
    scans = 0
    for name, reader in READERS.items():
        if ns.only not in name:
            continue
        if ns.plans:
            for plan in plans(store, name, reader):
                full = bool(TABLE_SCAN.search(plan))
                scans += full
                print(f"  plan: {plan}{'   <-- reads the whole events table' if full else ''}")
        walls, cpus = timed(store, reader, ns.runs)
        print(f"{name:40s} CPU p50 {statistics.median(cpus):7.1f} p95 {p95(cpus):7.1f} ms; wall p50 "
              f"{statistics.median(walls):7.1f} p95 {p95(walls):7.1f} ms", flush=True)
    store.close()
    if ns.plans:
        print(f"plans that read the whole events table: {scans}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
