"""Where a merge's writes go: the pages that storing and merging 1,000 more reports writes, per table and index,
in stores of N synthetic reports (benchmarks/store.py's generator). Page counts do not move with the machine's
load, so a change to the store's layout can be judged by them before its CPU time is measured.

    .venv/bin/python benchmarks/store_pages.py [--sizes 1000,100000] [--added 1000]

For each size: a store of N reports (bulk_load), then `added` more reports stored the way `ingest` does (one
transaction per article) and merged by one refresh. Printed per phase (the stores, the refresh): the WAL frames
written (a page written again by a later transaction counts again; no automatic checkpoint during the count) and,
per b-tree (SQLite's dbstat), the distinct pages whose bytes changed.
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store import synthetic_reports  # noqa: E402  (benchmarks/store.py's generator)

from frontlog.dataset.storage import SQLiteStore, report_rows  # noqa: E402


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


def profile(tmp: Path, n: int, added: int) -> None:
    db = tmp / f"pages-{n}.db"
    with SQLiteStore(db) as store:
        store.bulk_load((a, f"h-{a.id}", report_rows(a, evs)) for a, evs in synthetic_reports(n, seed=11))
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
    print(f"store of {n:,} reports ({db.stat().st_size / 1e6:,.0f} MB), {added:,} more: storing wrote {stored:,} WAL "
          f"frames ({sum(puts.values()):,} distinct pages), the refresh {merged:,} ({sum(refresh.values()):,} "
          "distinct pages)")
    for name, k in refresh.most_common():
        print(f"  refresh {k:6,}  {name}")
    for name, k in puts.most_common(6):
        print(f"  storing {k:6,}  {name}")
    for p in tmp.glob("*.db*"):
        p.unlink()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="1000,100000", help="store sizes in reports, comma-separated")
    ap.add_argument("--added", type=int, default=1_000, help="reports stored and merged into each")
    ns = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(x) for x in ns.sizes.split(",") if x):
            profile(Path(tmp), n, ns.added)
    return 0


if __name__ == "__main__":
    sys.exit(main())
