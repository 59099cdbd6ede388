"""Time and memory of one article as it grows: is the work per article linear in its length?

    python benchmarks/long_articles.py [--sizes 12,50,100,200,400] [--seed 1]

Each size (in KB) is one invented article of distinct report lines naming places and actors (written for this
benchmark), extracted by `frontlog extract` in a fresh process. Prints per size: characters, lines, wall seconds
(model loading included), CPU seconds beyond start-up (the same run on a one-line article, measured first; CPU
time, so that other work on a shared machine barely moves it), those per 100 KB, and the process's peak RSS.
Linear work shows as a flat CPU s/100 KB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PLACES = ["Aleppo", "Idlib", "Hama", "Homs", "Raqqa", "Deir ez-Zor", "Palmyra", "Maarat al-Numan", "Kafr Nabl",
          "Saraqeb", "Jisr al-Shughur", "Manbij", "Kobani", "Tal Abyad", "Azaz", "Afrin", "al-Bab", "Douma", "Daraa",
          "Quneitra", "Latakia", "Tartus", "Mosul", "Tikrit", "Fallujah", "Ramadi", "Baiji", "Kirkuk", "Sinjar",
          "Tal Afar", "Donetsk", "Luhansk", "Bakhmut", "Avdiivka", "Kharkiv", "Izium", "Kherson", "Mariupol",
          "Kramatorsk", "Sloviansk", "Kutum", "El Fasher", "Nyala", "Omdurman", "Marib", "Taiz", "Hodeidah", "Aden"]
ACTORS = ["Syrian government forces", "Islamic State fighters", "Russian jets", "rebel groups", "Iraqi forces",
          "the Syrian Democratic Forces", "Ukrainian troops", "Russian forces", "Hayat Tahrir al-Sham",
          "the Rapid Support Forces", "Houthi rebels", "the Sudanese army"]
LINES = ["{a} shelled {p} on Monday, killing {n} civilians, a monitor said in report {i}.",
         "{a} captured the village of {p} after clashes with {b}, according to statement {i}.",
         "Air strikes hit {p} on Tuesday, residents said (dispatch {i}).",
         "{a} fought {b} near {p} for several hours, update {i} said.",
         "At least {n} people were killed when a car bomb exploded in {p}, bulletin {i} said.",
         "{a} said in message {i} that they had retaken {p} from {b} on Sunday."]


def article_text(kb: float, seed: int) -> str:
    """An invented report of about `kb` KB: a headline, then distinct lines naming places and actors."""
    rng = random.Random(seed)
    lines = ["Fighting spreads across several fronts"]
    size = len(lines[0])
    i = 0
    while size < kb * 1000:
        line = rng.choice(LINES).format(a=rng.choice(ACTORS), b=rng.choice(ACTORS), p=rng.choice(PLACES),
                                        n=rng.randint(2, 40), i=i)
        lines.append(line)
        size += len(line) + 2
        i += 1
    return "\n\n".join(lines)


def frontlog_command() -> list[str]:
    return [sys.executable, "-m", "frontlog.cli"]


def measure(kb: float, seed: int, folder: Path) -> dict:
    text = article_text(kb, seed)
    src = folder / f"long-{kb}.jsonl"
    src.write_text(json.dumps({"id": f"long-{kb}", "published": "2019-05-22", "text": text}) + "\n",
                   encoding="utf-8")
    start = time.perf_counter()
    proc = subprocess.Popen([*frontlog_command(), "extract", str(src), "-o", str(folder / "out.jsonl"), "-q"],
                            stderr=subprocess.PIPE, text=True)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    err = proc.stderr.read() if proc.stderr else ""
    return {"kb": kb, "chars": len(text), "lines": text.count("\n\n"), "seconds": seconds,
            "cpu": usage.ru_utime + usage.ru_stime,
            "rss_mib": usage.ru_maxrss / 1024, "status": os.waitstatus_to_exitcode(status), "summary": err.strip()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="12,50,100,200,400", help="article sizes in KB, comma-separated")
    parser.add_argument("--seed", type=int, default=1)
    ns = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = measure(0.1, ns.seed, Path(tmp))
        print(f"start-up (a one-line article): {base['seconds']:.1f} s wall, {base['cpu']:.1f} s CPU, "
              f"peak RSS {base['rss_mib']:.0f} MiB")
        print(f"{'KB':>5} {'chars':>8} {'lines':>6} {'wall s':>8} {'CPU s':>8} {'CPU beyond':>11} {'per 100KB':>10} "
              f"{'peak RSS MiB':>13}  exit")
        for kb in (int(s) for s in ns.sizes.split(",")):
            r = measure(kb, ns.seed, Path(tmp))
            beyond = max(r["cpu"] - base["cpu"], 0.0)
            print(f"{r['kb']:>5} {r['chars']:>8} {r['lines']:>6} {r['seconds']:>8.1f} {r['cpu']:>8.1f} {beyond:>11.1f} "
                  f"{100 * beyond / kb:>10.1f} {r['rss_mib']:>13.0f}  {r['status']}", flush=True)
            if r["status"] != 0:
                print(f"      {r['summary'][-300:]}")


if __name__ == "__main__":
    main()
