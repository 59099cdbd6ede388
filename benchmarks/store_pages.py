"""Where a merge's writes go: the pages that storing and merging 1,000 more reports writes, per table and index,
in stores of N synthetic reports (benchmarks/store.py's generator). Page counts do not move with the machine's
load, so a change to the store's layout can be judged by them before its CPU time is measured.

    .venv/bin/python benchmarks/store_pages.py [--sizes 1000,100000] [--added 1000] [--aside events|all]
                                               [--ingest [--recent DAYS] [--no-fold]]

For each size: a store of N reports (bulk_load), then `added` more reports stored the way `ingest` does (one
transaction per article) and merged by one refresh. Printed per phase (the stores, the refresh): the WAL frames
written (a page written again by a later transaction counts again; no automatic checkpoint during the count) and,
per b-tree (SQLite's dbstat), the distinct pages whose bytes changed.

`--ingest`: the timed ingest of benchmarks/store.py's merge scaling instead (a warm-up ingest of 1,000 reports,
then `added` more, 9,000 by default, stored and refreshed the way `ingest` does: reports and events kept apart,
one fold at the end), and the distinct pages it changed per b-tree, every size side by side (`--recent DAYS`:
news-like arrival, as store.py's --merge-recent; `--no-fold`: the folds skipped, store.py's --merge-no-fold bound).

`--aside` measures, before building one, what a partition of recent events would write at most: the store's events
table (`events`) or it, its R*Tree and its text index (`all`) are renamed aside and empty ones made, so the merge
writes into small b-trees as it would into a partition (it then finds none of its blocks' older events and writes
them anew: an overestimate of the partition's writes).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import store as merge_bench  # noqa: E402  (benchmarks/store.py: its generator and merge scaling's ingest)
from store import synthetic_reports  # noqa: E402

from frontlog.dataset import storage  # noqa: E402
from frontlog.dataset.storage import _TEXT_TABLE, SQLiteStore, report_rows  # noqa: E402


def _pages(path: Path, size: int) -> list[bytes]:
    data = path.read_bytes()
    return [data[i:i + size] for i in range(0, len(data), size)]


def changed_pages(before: Path, after: Path) -> Counter[str]:
    """The pages of `after` whose bytes differ from `before`'s, counted by the b-tree that owns them now."""
    con = sqlite3.connect(after)
    size = con.execute("PRAGMA page_size").fetchone()[0]
    owner = {page: name for name, page in con.execute("SELECT name, pageno FROM dbstat")}
    con.close()
    old, new = _pages(before, size), _pages(after, size)
    return Counter(owner.get(i + 1, "(free list)") for i in range(len(new)) if i >= len(old) or old[i] != new[i])


def _frames(db: Path) -> int:
    wal = db.with_name(db.name + "-wal")
    return max(0, wal.stat().st_size - 32) // 4120 if wal.exists() else 0  # 32-byte header, 24 + 4096 per frame


def set_aside(con: sqlite3.Connection, what: str) -> None:
    """Rename the events table (and with `what` = "all" its R*Tree and text index) aside and make empty ones of
    the same schema and index names (see the module doc)."""
    index_sql = [r[0] for r in con.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' "
                                           "AND sql IS NOT NULL")]
    table_sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'events'").fetchone()[0]
    with con:
        con.execute("BEGIN IMMEDIATE")
        con.execute("ALTER TABLE events RENAME TO events_aside")
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events_aside' "
                                   "AND sql IS NOT NULL").fetchall():
            con.execute(f'DROP INDEX "{name}"')  # (their names go to the new table's indexes)
        con.execute(table_sql)
        for sql in index_sql:
            con.execute(sql)
        if what == "all":
            con.execute("ALTER TABLE events_geo RENAME TO events_geo_aside")
            con.execute("CREATE VIRTUAL TABLE events_geo USING rtree(rid, min_lat, max_lat, min_lon, max_lon)")
            con.execute("ALTER TABLE events_fts RENAME TO events_fts_aside")
            con.execute(_TEXT_TABLE)


def profile(tmp: Path, n: int, added: int, aside: str | None = None) -> None:
    db = tmp / f"pages-{n}.db"
    with SQLiteStore(db) as store:
        store.bulk_load((a, f"h-{a.id}", report_rows(a, evs)) for a, evs in synthetic_reports(n, seed=11))
        if aside:
            set_aside(store.con, aside)
        store.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(db, tmp / "before.db")
    more = synthetic_reports(added, seed=12, first_doc=10_000_000)
    with SQLiteStore(db) as store:
        store.con.execute("PRAGMA wal_autocheckpoint = 0")  # every frame stays in the WAL until counted
        for a, evs in more:
            store.put_article(a, f"h-{a.id}", evs)
        stored = _frames(db)
        store.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copyfile(db, tmp / "stored.db")
        store.refresh()
        merged = _frames(db)
        store.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    puts, refresh = changed_pages(tmp / "before.db", tmp / "stored.db"), changed_pages(tmp / "stored.db", db)
    print(f"store of {n:,} reports ({db.stat().st_size / 1e6:,.0f} MB{', set aside: ' + aside if aside else ''}), "
          f"{added:,} more: storing wrote {stored:,} WAL "
          f"frames ({sum(puts.values()):,} distinct pages), the refresh {merged:,} ({sum(refresh.values()):,} "
          "distinct pages)")
    for name, k in refresh.most_common():
        print(f"  refresh {k:6,}  {name}")
    for name, k in puts.most_common(6):
        print(f"  storing {k:6,}  {name}")
    for p in tmp.glob("*.db*"):
        p.unlink()


def profile_ingest(tmp: Path, sizes: list[int], added: int, recent: int = 0, fold: bool = True) -> None:
    """The pages benchmarks/store.py's timed ingest changes (see the module doc), per b-tree, sizes side by side."""
    span = (merge_bench.DAY0 + dt.timedelta(days=merge_bench.DAYS), recent) if recent else (merge_bench.DAY0,
                                                                                          merge_bench.DAYS)
    warm = synthetic_reports(1_000, 13, 20_000_000, *span)
    more = synthetic_reports(added, 12, 10_000_000, *span)
    found: dict[int, Counter[str]] = {}
    for n in sizes:
        db = tmp / f"ingest-{n}.db"
        with SQLiteStore(db) as store:
            store.bulk_load((a, f"h-{a.id}", report_rows(a, evs)) for a, evs in synthetic_reports(n, seed=11))
            store.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        real_fold = storage.fold_recent
        if not fold:
            storage.fold_recent = merge_bench._no_fold
        try:
            with SQLiteStore(db) as store:
                merge_bench._add_reports(store, warm)
                store.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                shutil.copyfile(db, tmp / "before.db")
                merge_bench._add_reports(store, more)
                store.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            storage.fold_recent = real_fold
        found[n] = changed_pages(tmp / "before.db", db)
        for p in tmp.glob("*.db*"):
            p.unlink()
    news = f" of the {recent} days after the archive" if recent else ""
    print(f"pages changed by an ingest of {added:,} reports{news}{'' if fold else ' (BOUND: folds skipped)'}, "
          "by b-tree, in stores of " + " / ".join(f"{n:,}" for n in sizes) + " reports")
    print(f"  {'total':40s}" + "".join(f" {sum(c.values()):8,}" for c in found.values()))
    for name in sorted(set().union(*found.values()), key=lambda k: -found[sizes[-1]].get(k, 0)):
        print(f"  {name:40s}" + "".join(f" {c.get(name, 0):8,}" for c in found.values()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,100000", help="store sizes in reports, comma-separated")
    ap.add_argument("--added", type=int, default=1_000, help="reports stored and merged into each")
    ap.add_argument("--aside", choices=("events", "all"), help="measure a partition's writes at most (module doc)")
    ap.add_argument("--ingest", action="store_true", help="benchmarks/store.py's timed ingest (module doc)")
    ap.add_argument("--recent", type=int, default=0, metavar="DAYS", help="with --ingest: news-like arrival")
    ap.add_argument("--no-fold", action="store_true", help="with --ingest: the folds skipped (a bound)")
    ns = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        if ns.ingest:
            profile_ingest(Path(tmp), [int(x) for x in ns.sizes.split(",") if x],
                           ns.added if ns.added != 1_000 else merge_bench.MERGE_ADDED, ns.recent, not ns.no_fold)
            return 0
        for n in (int(x) for x in ns.sizes.split(",") if x):
            profile(Path(tmp), n, ns.added, ns.aside)
    return 0


if __name__ == "__main__":
    sys.exit(main())
