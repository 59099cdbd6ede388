"""Cross-article merging on the dev articles: how many mentions collapse into how many events, and every
cross-article merge listed for review (each mention with the reason it joined).

    .venv/bin/python benchmarks/merge.py [DOCS_DIR...] [--quiet]

Default input: every ../shared/gold/*/docs folder. The store is a temporary file; nothing is written elsewhere.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from frontlog.dataset.storage import open_store
from frontlog.jobs.ingest import ingest
from frontlog.jobs.resolvers import store_resolvers

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="cross-article merging on the dev articles")
    ap.add_argument("docs", nargs="*", help="article folders (default: ../shared/gold/*/docs)")
    ap.add_argument("--quiet", action="store_true", help="figures only, no list of merges")
    ns = ap.parse_args(argv)
    docs = ns.docs or [str(p) for p in sorted(SHARED.glob("gold/*/docs"))]
    if not docs:
        print(f"no articles: {SHARED}/gold/*/docs is absent; give article folders", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "merge.db"
        with open_store(db, **store_resolvers()) as store:  # admin-1 names as the CLI fills them
            t = time.perf_counter()
            summary = ingest(store, docs)
            elapsed = time.perf_counter() - t
            events = list(store.events())
            merged = [e for e in events if len(e["sources"]) > 1]
            within = sum(1 for e in events if e["n_mentions"] > len(e["sources"]))
            print(f"{summary.read} articles ({', '.join(docs)}), ingested in {elapsed:.1f} s")
            print(f"{summary.counts['mentions']} mentions -> {len(events)} events: "
                  f"{len(merged)} events join mentions of 2+ articles "
                  f"({sum(e['n_mentions'] for e in merged)} mentions), {within} hold two mentions of one article")
            by_size: dict[int, int] = {}
            for e in events:
                by_size[len(e["sources"])] = by_size.get(len(e["sources"]), 0) + 1
            print("events by number of sources: " + ", ".join(f"{k}: {v}" for k, v in sorted(by_size.items())))
            if ns.quiet:
                return 0
            for e in merged:
                exp = store.explain(e["id"])
                print()
                print(f"{e['id']}  {e['sub_event_type']} at {e['location']} ({e['country']}) "
                      f"{e['date_start']}..{e['date_end']}  {e['actor1'] or '?'} / {e['actor2'] or 'none'}")
                for m in exp.mentions:
                    print(f"  {m['doc_id']:10} {m['location']} {m['date_start']}..{m['date_end']} "
                          f"{m['actor1'] or '?'} / {m['actor2'] or 'none'}: {m['reason']}")
                    print(f"             > {m['evidence'][0][:150]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
