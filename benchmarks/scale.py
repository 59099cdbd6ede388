"""Scale-out: articles/s on 1 process, --jobs 2 and Dask with 2 workers; peak RSS per worker; merge time per 1,000
reports as the store grows; a projection for 1 M articles on 32 cores.

    python benchmarks/scale.py [--shared PATH] [--n 2000] [--merge 1000,10000,100000]

The archive is generated at run time in a temporary folder (nothing of ../shared is copied into the repository):
the dev, dev2 and synthetic articles repeated under new ids, each copy with one sentence of its own, as one
JSON Lines file. Every mode runs the real `frontlog extract` command on it, end to end (start-up included), and
must write the same bytes as the single process. Peak RSS is sampled (psutil) for each process of the run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def write_archive(shared: Path, n: int, path: Path) -> int:
    from frontlog.jobs.documents import iter_articles
    from frontlog.model.records import Article

    folders = [shared / "gold" / "dev" / "docs", shared / "gold" / "dev2" / "docs", ROOT / "benchmarks" / "synthetic"
               / "docs"]
    base = [a for a in iter_articles([str(f) for f in folders if f.is_dir()]) if isinstance(a, Article)]
    if not base:
        raise SystemExit(f"no articles under {shared}/gold: give --shared PATH")
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            a = base[i % len(base)]
            text = f"{a.text.rstrip()}\n\nThis copy is number {i} of the benchmark archive.\n"
            fh.write(json.dumps({"id": f"{a.id}-c{i}", "text": text, "title": a.title, "url": a.url,
                                 "source": a.source, "published": a.published.isoformat() if a.published else None},
                                ensure_ascii=False) + "\n")
    return n


def run_sampled(args: list[str], env: dict[str, str]) -> tuple[float, dict[int, float]]:
    """Wall time of the command and the peak RSS (MiB) of each of its processes (sampled every 0.2 s)."""
    import psutil

    peaks: dict[int, float] = {}
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stop = threading.Event()

    def sample() -> None:
        root = psutil.Process(proc.pid)
        while not stop.is_set():
            try:
                for p in [root, *root.children(recursive=True)]:
                    try:
                        peaks[p.pid] = max(peaks.get(p.pid, 0.0), p.memory_info().rss / 2**20)
                    except psutil.Error:
                        pass
            except psutil.Error:
                return
            stop.wait(0.2)

    t = threading.Thread(target=sample, daemon=True)
    t.start()
    _out, err = proc.communicate()
    stop.set()
    t.join()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{err}")
    return wall, peaks


def merge_cost(sizes: list[int], per: int = 1000) -> list[tuple[int, float]]:
    """Seconds to ingest and merge `per` more reports into a store already holding N synthetic reports."""
    from frontlog.dataset.storage import SQLiteStore
    from frontlog.jobs.ingest import content_hash
    from frontlog.model.records import SUB_TO_TYPE, Article, Event

    rng = random.Random(12)
    subs = ["Armed clash", "Air/drone strike", "Shelling/artillery/missile attack", "Attack",
            "Non-state actor overtakes territory", "Peaceful protest"]
    places = [(f"Place {k}", cc, lat + rng.uniform(-2, 2), lon + rng.uniform(-2, 2))
              for k, (cc, lat, lon) in enumerate([("SY", 35.0, 38.0), ("UA", 48.5, 37.5), ("SD", 15.0, 30.0),
                                                  ("YE", 15.0, 45.0), ("ML", 14.0, -3.0)] * 60)]
    day0 = dt.date(2014, 1, 1)
    counter = [0]

    def article(k: int) -> tuple[Article, list[Event]]:
        events = []
        for _ in range(5):  # five reports per article
            counter[0] += 1
            sub = rng.choice(subs)
            name, cc, lat, lon = rng.choice(places)
            d = (day0 + dt.timedelta(days=rng.randrange(3650))).isoformat()
            events.append(Event(doc_id=f"m{k}", event_type=SUB_TO_TYPE[sub], sub_event_type=sub, actor1="Rebels",
                                location=name, country=cc, latitude=round(lat, 4), longitude=round(lon, 4),
                                geo_precision=1, date_start=d, date_end=d, date_precision="day",
                                evidence=[f"Report {counter[0]} of {name}."], confidence=0.7))
        return Article(id=f"m{k}", text=f"article {k}", published=day0), events

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "m.db")
        held, k = 0, 0
        for n in sorted(sizes):
            while held < n:
                a, evs = article(k)
                store.put_article(a, content_hash(a), evs)
                k, held = k + 1, held + len(evs)
                if k % 200 == 0:
                    store.refresh()
            store.refresh()
            t0 = time.perf_counter()
            for _ in range(per // 5):
                a, evs = article(k)
                store.put_article(a, content_hash(a), evs)
                k, held = k + 1, held + len(evs)
            store.refresh()
            out.append((n, time.perf_counter() - t0))
        store.close()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--merge", default="1000,10000,100000", help="store sizes (reports) for the merge cost")
    ns = ap.parse_args()
    exe = [sys.executable, "-m", "frontlog.cli"]
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive.jsonl"
        write_archive(ns.shared, ns.n, archive)
        subprocess.run([*exe, "gazetteer", "build"], env=env, check=True, capture_output=True)
        modes = {"1 process": ["--jobs", "1"], "--jobs 2": ["--jobs", "2"],
                 "Dask, 2 workers": ["--engine", "dask", "--workers", "2"]}
        results = {}
        for label, extra in modes.items():
            out = Path(tmp) / f"{label[:2]}.jsonl"
            wall, peaks = run_sampled([*exe, "extract", str(archive), "-o", str(out), "-q", *extra], env)
            results[label] = (wall, peaks, out.read_bytes())
        one_wall, _p, one_bytes = results["1 process"]
        n_events = one_bytes.count(b"\n")
        print(f"archive: {ns.n} articles ({archive.stat().st_size / 1e6:.1f} MB JSON Lines), "
              f"{n_events} events; {os.cpu_count()} cores, load average "
              f"{os.getloadavg()[0]:.1f} at the end")
        print(f"{'mode':18} {'wall s':>8} {'articles/s':>11} {'speedup':>8} {'peak RSS per process (MiB)':>28}  same")
        for label, (wall, peaks, data) in results.items():
            rss = sorted(peaks.values(), reverse=True)
            print(f"{label:18} {wall:8.1f} {ns.n / wall:11.1f} {one_wall / wall:7.2f}x   "
                  f"{', '.join(f'{r:.0f}' for r in rss[:4]):>26}  {'yes' if data == one_bytes else 'NO'}")
    print("targets: >= 1.8x on 2 workers; <= 1024 MiB per worker")
    sizes = [int(x) for x in ns.merge.split(",") if x]
    costs = merge_cost(sizes)
    for n, secs in costs:
        print(f"merge: 1,000 more reports into a store of {n:>7,} reports: {secs:6.2f} s")
    if len(costs) > 1:
        ratio = costs[-1][1] / costs[0][1]
        print(f"merge cost at {costs[-1][0]:,} / at {costs[0][0]:,}: {ratio:.2f}x (target <= 1.2x)")
    rate = ns.n / one_wall
    eff = (one_wall / results["--jobs 2"][0]) / 2
    hours = 1_000_000 / (rate * 32 * eff) / 3600
    merge_h = 1_000_000 * (n_events / ns.n) / 1000 * costs[-1][1] / 3600
    print(f"projection, 1 M articles on 32 cores: extraction {hours:.1f} h at {rate:.1f} articles/s per core and "
          f"{eff:.0%} parallel efficiency, plus the single writer's merge {merge_h:.1f} h at the largest store's "
          "cost per 1,000 reports")
    return 0


if __name__ == "__main__":
    sys.exit(main())
