"""Scale-out: articles/s on 1 process, --jobs 2 and Dask with 2 workers; peak RSS per worker; merge time per 1,000
reports as the store grows; a projection for 1 M articles on 32 cores.

    python benchmarks/scale.py [--shared PATH] [--articles 2000] [--merge 1000,10000,100000]

The archive is generated at run time in a temporary folder (nothing of ../shared is copied into the repository):
the dev, dev2 and synthetic articles repeated under new ids, each copy with one sentence of its own, as one
JSON Lines file. Every mode runs the real `frontlog extract` command on it, end to end (start-up included), and
must write the same bytes as the single process. Peak RSS is sampled (psutil) for each process of the run; CPU
seconds are those of the command and every process it started (getrusage of the reaped children).

Each mode also runs on the first tenth of the archive: the difference of the two runs is the rate once the
processes are started (model and knowledge loaded in every worker, a cluster started), which is what a long
archive sees; the end-to-end figure includes that start-up. Every process runs its numerical libraries on one
thread (OMP_NUM_THREADS=1 and kin, as the workers of --jobs and of the Dask engine do), so "1 process" is one core.
On a machine shared with other work, the wall times (and so the speedups) depend on the load, printed with them;
the CPU seconds show what the parallel modes cost beyond the single process.
"""

from __future__ import annotations

import argparse
import json
import os
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


def run_sampled(args: list[str], env: dict[str, str]) -> tuple[float, dict[int, float], float]:
    """Wall time of the command, the peak RSS (MiB) of each of its processes (sampled every 0.2 s) and the CPU
    seconds of all of them."""
    import resource

    import psutil

    peaks: dict[int, float] = {}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
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
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed ({proc.returncode}):\n{err}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, peaks, cpu


def merge_cost(sizes: list[int]) -> list[tuple[int, float]]:
    """Seconds per 1,000 reports stored and merged into a store already holding N synthetic reports (wall clock,
    median of a few runs): benchmarks/store.py's `merge_scaling`, which prints the same lines as there."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from store import merge_scaling  # (benchmarks/store.py: one measure of the merge cost for both benchmarks)

    with tempfile.TemporaryDirectory() as tmp:
        got = merge_scaling(Path(tmp), tuple(sorted(sizes)))
    return [(n, wall) for n, (wall, _cpu) in got.items()]


def main() -> int:
    from frontlog.jobs.parallel import SINGLE_THREADED

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--articles", "--n", dest="n", type=int, default=2000, help="articles in the archive")
    ap.add_argument("--merge", default="1000,10000,100000", help="store sizes (reports) for the merge cost; "
                    "'' to skip")
    ns = ap.parse_args()
    exe = [sys.executable, "-m", "frontlog.cli"]
    env = {**os.environ, **SINGLE_THREADED}
    small = max(ns.n // 10, 1)
    load_before = os.getloadavg()[0]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive.jsonl"
        write_archive(ns.shared, ns.n, archive)
        first = Path(tmp) / "first.jsonl"  # the archive's first tenth: its run measures the start-up
        with archive.open(encoding="utf-8") as fh, first.open("w", encoding="utf-8") as out:
            out.writelines(line for _, line in zip(range(small), fh, strict=False))
        subprocess.run([*exe, "gazetteer", "build"], env=env, check=True, capture_output=True)
        modes = {"1 process": ["--jobs", "1"], "--jobs 2": ["--jobs", "2"],
                 "Dask, 2 workers": ["--engine", "dask", "--workers", "2"]}
        results = {}
        for label, extra in modes.items():
            out = Path(tmp) / f"{label[:2]}.jsonl"
            short, _p, short_cpu = run_sampled([*exe, "extract", str(first), "-o", str(out), "-q", *extra], env)
            wall, peaks, cpu = run_sampled([*exe, "extract", str(archive), "-o", str(out), "-q", *extra], env)
            results[label] = (wall, peaks, cpu, short, out.read_bytes(), short_cpu)
            print(f"  {label}: {wall:.0f} s ({short:.0f} s for the first {small}), load average "
                  f"{os.getloadavg()[0]:.1f}", flush=True)
        one_wall, _p, one_cpu, one_short, one_bytes, _sc = results["1 process"]
        one_rate = (ns.n - small) / max(one_wall - one_short, 1e-9)
        n_events = one_bytes.count(b"\n")
        print(f"archive: {ns.n} articles ({archive.stat().st_size / 1e6:.1f} MB JSON Lines), "
              f"{n_events} events; {os.cpu_count()} cores, load average {load_before:.1f} before, "
              f"{os.getloadavg()[0]:.1f} at the end")
        print(f"{'mode':18} {'wall s':>7} {'art/s':>6} {'speedup':>8} {'started: art/s':>15} {'speedup':>8} "
              f"{'CPU s':>7} {'CPU ms/art':>10} {'CPU x 1 proc':>12} {'start s':>7} {'start CPU s':>11} "
              f"{'peak RSS per process (MiB)':>27}  same")
        for label, (wall, peaks, cpu, short, data, short_cpu) in results.items():
            rss = sorted(peaks.values(), reverse=True)
            rate = (ns.n - small) / max(wall - short, 1e-9)
            # Where the line through the two runs meets zero articles: the run's fixed cost (processes started,
            # model loaded, cluster started and closed), wall and CPU.
            start = short - small / rate
            start_cpu = short_cpu - small * (cpu - short_cpu) / max(ns.n - small, 1)
            print(f"{label:18} {wall:7.1f} {ns.n / wall:6.1f} {one_wall / wall:7.2f}x {rate:15.1f} "
                  f"{rate / one_rate:7.2f}x {cpu:7.0f} {1000 * cpu / ns.n:10.0f} {cpu / one_cpu:11.2f}x "
                  f"{start:7.1f} {start_cpu:11.1f} "
                  f"{', '.join(f'{r:.0f}' for r in rss[:4]):>27}  {'yes' if data == one_bytes else 'NO'}")
    print("('started': the rate once every process is up: (N - N/10) articles over the difference of the two "
          "runs' wall times. CPU s: every process of the full run, reaped; 'CPU x 1 proc' is what a mode spends "
          "beyond one process: on free cores, N workers at that ratio go about N / ratio times as fast. 'start s', "
          "'start CPU s': the two runs' line at zero articles, the fixed cost of a run (processes started, model "
          "loaded, cluster started and closed), wall and CPU)")
    print("targets: >= 1.8x on 2 workers; <= 1024 MiB per worker")
    sizes = [int(x) for x in ns.merge.split(",") if x]
    costs = merge_cost(sizes) if sizes else []
    # Per core: the single process's rate once started, and the CPU it needs per article (a free core gives
    # about one CPU second per second, whatever the load here).
    per_core = ns.n / one_cpu
    eff = one_cpu / results["--jobs 2"][2]
    hours = 1_000_000 / (per_core * 32 * eff) / 3600
    line = (f"projection, 1 M articles on 32 cores: extraction {hours:.1f} h at {per_core:.1f} articles per CPU "
            f"second (a free core) and the --jobs 2 run's CPU efficiency {eff:.0%} (CPU of 1 process / CPU of "
            f"--jobs 2)")
    dask_eff = one_cpu / results["Dask, 2 workers"][2]
    line += (f"; with Dask at its run's efficiency {dask_eff:.0%}: "
             f"{1_000_000 / (per_core * 32 * dask_eff) / 3600:.1f} h")
    if costs:
        merge_h = 1_000_000 * (n_events / ns.n) / 1000 * costs[-1][1] / 3600
        line += f", plus the single writer's merge {merge_h:.1f} h at the largest store's cost per 1,000 reports"
    print(line)
    print(f"benchmark: {time.perf_counter() - started:.0f} s in all, load average {load_before:.1f} at the start, "
          f"{os.getloadavg()[0]:.1f} at the end")
    return 0


if __name__ == "__main__":
    sys.exit(main())
