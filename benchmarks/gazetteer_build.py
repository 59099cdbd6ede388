"""Cold start: the package gazetteer index built from scratch in a fresh process.

    python benchmarks/gazetteer_build.py [--repeat 3] [--digest]

Each run is a new Python process (nothing imported, no index cached) that builds the index into a temporary
folder. Prints per run the build's wall and CPU time (from the first import of the gazetteer module to the file
renamed into place) and the process's peak RSS; then the best of the runs. On a shared machine the CPU time is the
steadier figure. `--digest` also prints a sha256 of every table of the index built (what
tests/data/gazetteer_digest.json records; the index is built with the fingerprint "test", as there).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile

# Run in the child process: time the import too (a first run pays it), then the build.
CHILD = """
import json, resource, sys, time
from pathlib import Path
w0, c0 = time.perf_counter(), time.process_time()
from frontlog.knowledge import gazetteer as G
path = Path(sys.argv[1]) / "gazetteer.sqlite"
G._build_package(path, "test")  # the fingerprint the digest of tests/data was recorded with
wall, cpu = time.perf_counter() - w0, time.process_time() - c0
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
out = {"wall": wall, "cpu": cpu, "rss_mb": rss, "mb": path.stat().st_size / 1e6}
if sys.argv[2] == "1":
    out["digest"] = G.index_digest(path)
print(json.dumps(out))
"""


def run_once(digest: bool) -> dict:
    with tempfile.TemporaryDirectory(prefix="gazbuild-") as tmp:
        done = subprocess.run([sys.executable, "-c", CHILD, tmp, "1" if digest else "0"], check=True,
                              stdout=subprocess.PIPE, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3, help="fresh processes to run (default 3)")
    ap.add_argument("--digest", action="store_true", help="print a sha256 of each table of the index built")
    args = ap.parse_args()
    runs = []
    for i in range(args.repeat):
        r = run_once(args.digest and i == 0)
        runs.append(r)
        print(f"run {i + 1}: wall {r['wall']:.1f} s, CPU {r['cpu']:.1f} s, peak RSS {r['rss_mb']:.0f} MB, "
              f"index {r['mb']:.0f} MB", flush=True)
        if "digest" in r:
            print(json.dumps(r["digest"], indent=1, sort_keys=True))
    print(f"best of {len(runs)}: wall {min(r['wall'] for r in runs):.1f} s, CPU {min(r['cpu'] for r in runs):.1f} s, "
          f"peak RSS {min(r['rss_mb'] for r in runs):.0f} MB (target: 15 s, 500 MB)")


if __name__ == "__main__":
    main()
