"""Throughput: full `extract` against the bare parse of frontlog's model (`load_model`: no finders) and the
stock model, same texts.

    python benchmarks/throughput.py [--shared PATH] [--n 500]

All dev articles, repeated to at least --n articles. Prints articles/s for both, their time ratio, peak RSS of
this process, and the wall and CPU time of `frontlog extract` on one short article in a fresh process
(start-up, best of 3).
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from frontlog.extract.nlp import BATCH_SIZE, load_model
from frontlog.extract.pipeline import Stats, extract_batch
from frontlog.jobs.documents import iter_articles
from frontlog.knowledge.gazetteer import get_gazetteer
from frontlog.model.records import Article

ROOT = Path(__file__).resolve().parents[1]


def corpus(shared: Path, n: int) -> list[Article]:
    base = [a for a in iter_articles([str(d) for d in sorted((shared / "gold").glob("*/docs"))])
            if isinstance(a, Article)]
    if not base:
        base = [a for a in iter_articles([str(ROOT / "examples" / "articles")]) if isinstance(a, Article)]
    out = []
    while len(out) < n:
        for a in base:
            out.append(replace(a, id=f"{a.id}-{len(out)}"))
    return out[:n] if len(out) >= n else out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--n", type=int, default=500)
    ns = ap.parse_args()
    articles = corpus(ns.shared, ns.n)
    texts = [a.text for a in articles]
    nlp = load_model()  # the parse alone: extract's finders (extract/components) are frontlog's own work
    get_gazetteer()  # warm: both timings start with everything loaded
    extract_batch(articles[:5], Stats())
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=BATCH_SIZE):
        pass
    bare = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_events = 0
    for i in range(0, len(articles), 32):
        n_events += sum(len(ev) for ev in extract_batch(articles[i:i + 32], Stats()))
    full = time.perf_counter() - t0
    # The reference of issue 12: the stock model with all its components, at spaCy's default batch size.
    import spacy

    from frontlog.extract.nlp import MODEL_NAME

    stock_nlp = spacy.load(MODEL_NAME)
    t0 = time.perf_counter()
    for _ in stock_nlp.pipe(texts):
        pass
    stock = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(articles)} ({sum(map(len, texts)) / 1e6:.2f} M chars), events: {n_events}")
    print(f"bare spaCy nlp.pipe (parse, no finders): {len(articles) / bare:.1f} articles/s ({bare:.2f} s)")
    print(f"frontlog extract:    {len(articles) / full:.1f} articles/s ({full:.2f} s)")
    print(f"stock spaCy nlp.pipe (all components, default batch): {len(articles) / stock:.1f} articles/s "
          f"({stock:.2f} s)")
    print(f"ratio frontlog/spaCy time: {full / bare:.2f}x (target <= 1.5x)")
    print(f"ratio frontlog/stock spaCy time: {full / stock:.2f}x (target <= 0.6x)")
    print(f"peak RSS: {rss_mb:.0f} MiB (target <= 1024 MiB)")
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one.txt"
        one.write_text("Rebels shelled the town of Azaz on Sunday, killing three civilians.\n", encoding="utf-8")
        exe = Path(sys.executable).with_name("frontlog")
        walls, cpus = [], []
        for _ in range(3):  # best of three: on a shared machine the wall time is mostly waiting for a core
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run([str(exe), "extract", str(one), "-o", str(Path(tmp) / "o.jsonl"), "-q"], check=True,
                           capture_output=True)
            walls.append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        print(f"start-up: `frontlog extract` on one short article, best of 3: {min(walls):.2f} s wall, "
              f"{min(cpus):.2f} s CPU (user+sys) (target < 3 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
