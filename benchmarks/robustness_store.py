"""Store robustness: random SIGKILLs during ingest and during export, and two ingests into one store at once.

    .venv/bin/python benchmarks/robustness_store.py [--kills 50] [--rounds 10] [--articles 3000] [--events 100000]

1. Ingest kills: a writer process (`ingest()` over a JSON Lines file, with precomputed records in place of the
   extractor: the store, ingest and merge code are the real ones; extraction is not what is tested) is started on
   one store and killed with SIGKILL a random 0.05-1.5 s after it opened the store, again and again; after every kill
   `integrity_problems()` must be empty. When a run completes, the store must equal a clean, uninterrupted ingest
   of the same articles (every article, mention, event and link), and a new store is started.
2. Export kills: `frontlog export` (the real command) of a store of --events synthetic events, in each format in
   turn, killed after a random 0.2-4 s, over a target holding the previous export: the target must afterwards be
   either the previous file, byte for byte, or a complete new export (parsed and counted); the store unchanged.
3. Concurrent ingests: two writer processes ingest different articles into one new store at the same moment,
   --rounds times; every stored mention must end in an event (lost mentions = 0) and the store pass
   `integrity_problems()`.
Prints one table (the README's reliability section has it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store import fill, synthetic_reports  # noqa: E402  (benchmarks/store.py's generators)

from frontlog.dataset.storage import integrity_problems, unlinked_mentions  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
FRONTLOG = ROOT / ".venv" / "bin" / "frontlog"


# ------------------------------------------------------------------------------------------------ the writer


def writer(db: str, table_path: str, jsonl: str, start_at: float = 0.0, refresh_every: int = 0) -> None:
    """One ingest process (run as `robustness_store.py --writer DB TABLE JSONL [START] [REFRESH_EVERY]`)."""
    import frontlog.jobs.ingest as ing
    from frontlog.dataset.storage import SQLiteStore
    from frontlog.model.records import Event

    if refresh_every:
        ing.REFRESH_EVERY = refresh_every  # more rebuilds: more chances to meet the other writer's commits
    table = json.loads(Path(table_path).read_text(encoding="utf-8"))

    def fake(articles):
        return [[Event(**d) for d in table.get(a.id, [])] for a in articles]

    time.sleep(max(0.0, start_at - time.time()))
    with SQLiteStore(db) as store:
        ing.ingest(store, [jsonl], extractor=fake, batch_size=8)


def write_input(folder: Path, n_articles: int, seed: int, first_doc: int = 0) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    arts = synthetic_reports(n_articles * 3, seed=seed, first_doc=first_doc)
    table = {a.id: [e.to_dict() for e in evs] for a, evs in arts}
    tag = f"{seed}-{first_doc}"
    jsonl = folder / f"articles-{tag}.jsonl"
    with jsonl.open("w", encoding="utf-8") as fh:
        for a, _evs in arts:
            fh.write(json.dumps({"id": a.id, "text": a.text, "published": a.published.isoformat(),
                                 "title": a.title, "url": a.url, "source": a.source}) + "\n")
    table_path = folder / f"table-{tag}.json"
    table_path.write_text(json.dumps(table), encoding="utf-8")
    return table_path, jsonl


def _writer_cmd(db: Path, table: Path, jsonl: Path, *extra: str) -> list[str]:
    return [sys.executable, str(Path(__file__).resolve()), "--writer", str(db), str(table), str(jsonl), *extra]


def dump(db: Path) -> list:
    con = sqlite3.connect(db)
    try:
        cols = [r[1] for r in con.execute("PRAGMA table_info(events)") if r[1] not in ("seq", "rid", "updated_at")]
        return [con.execute("SELECT id, content_hash, n_mentions FROM articles ORDER BY id").fetchall(),
                con.execute("SELECT * FROM mentions_all ORDER BY id").fetchall(),
                con.execute(f"SELECT {', '.join(cols)} FROM events ORDER BY id").fetchall(),
                con.execute("SELECT j.value ->> 0, e.id, j.key, j.value ->> 1 FROM events e, "
                            "json_each(e.links) j ORDER BY 1").fetchall()]
    finally:
        con.close()


def lost_mentions(db: Path) -> int:
    return unlinked_mentions(db)


# ------------------------------------------------------------------------------------------------ scenarios


def ingest_kills(tmp: Path, kills: int, n_articles: int, rng: random.Random) -> dict:
    table, jsonl = write_input(tmp / "ingest-input", n_articles, seed=21)
    clean = tmp / "clean.db"
    subprocess.run(_writer_cmd(clean, table, jsonl), check=True)
    expected = dump(clean)
    out = {"runs": 0, "kills": 0, "integrity": 0, "differ": 0, "lost": 0, "completed": 0}
    cycle = 0
    db = tmp / f"killed-{cycle}.db"
    while out["kills"] < kills:
        out["runs"] += 1
        proc = subprocess.Popen(_writer_cmd(db, table, jsonl), stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while not db.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)  # from the moment the store is open (the imports before it are not the test)
        time.sleep(rng.uniform(0.05, 1.5))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            out["kills"] += 1
        else:  # finished before the kill: the store must be the clean one; start a new store
            out["completed"] += 1
            out["differ"] += dump(db) != expected
            out["lost"] += lost_mentions(db)
            cycle += 1
            db = tmp / f"killed-{cycle}.db"
            continue
        if db.exists() and integrity_problems(db):
            out["integrity"] += 1
    if db.exists():  # finish the last store and compare
        subprocess.run(_writer_cmd(db, table, jsonl), check=True, stderr=subprocess.DEVNULL)
        out["completed"] += 1
        out["differ"] += dump(db) != expected
        out["lost"] += lost_mentions(db)
        out["integrity"] += bool(integrity_problems(db))
    return out


def _complete(path: Path, fmt: str, n: int) -> bool:
    """Whether `path` is a whole export of n events."""
    try:
        if fmt == "jsonl":
            lines = path.read_text(encoding="utf-8").splitlines()
            return len(lines) == n and all(json.loads(x)["id"] for x in lines)
        if fmt == "acled-csv":
            import csv

            with path.open(encoding="utf-8", newline="") as fh:
                return sum(1 for _ in csv.reader(fh)) == n + 1
        if fmt == "geojson":
            return len(json.loads(path.read_text(encoding="utf-8"))["features"]) == n
        import pyarrow.parquet as pq

        return pq.read_metadata(path).num_rows == n
    except (ValueError, KeyError, OSError, UnicodeDecodeError, Exception):
        return False


def _digest(db: Path) -> str:
    h = hashlib.sha256()
    for p in (db, Path(f"{db}-wal")):
        h.update(p.read_bytes() if p.exists() else b"")
    return h.hexdigest()


def export_kills(tmp: Path, kills: int, n_events: int, rng: random.Random) -> dict:
    db = tmp / "export.db"
    fill(db, n_events)
    before = _digest(db)
    outdir = tmp / "exports"
    outdir.mkdir()
    out = {"runs": 0, "kills": 0, "half": 0, "left_tmp": 0, "store_changed": 0, "integrity": 0}
    formats = ["jsonl", "acled-csv", "parquet", "geojson"]
    previous: dict[str, bytes] = {}
    while out["kills"] < kills:
        fmt = formats[out["runs"] % len(formats)]
        target = outdir / f"events.{fmt}"
        if fmt not in previous:  # a first, complete export: the file a killed one must not damage
            subprocess.run([str(FRONTLOG), "export", "--db", str(db), "--format", fmt, "-o", str(target)],
                           check=True, stderr=subprocess.DEVNULL)
            previous[fmt] = target.read_bytes()
        out["runs"] += 1
        proc = subprocess.Popen([str(FRONTLOG), "export", "--db", str(db), "--format", fmt, "-o", str(target)],
                                stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 4.0))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            out["kills"] += 1
        if target.read_bytes() != previous[fmt] and not _complete(target, fmt, n_events):
            out["half"] += 1
        previous[fmt] = target.read_bytes()
        litter = [p for p in outdir.iterdir() if p.name.startswith(".")]
        out["left_tmp"] += len(litter)
        for p in litter:
            p.unlink()
    out["store_changed"] = int(_digest(db) != before)
    out["integrity"] = int(bool(integrity_problems(db)))
    return out


def concurrent_ingests(tmp: Path, rounds: int, n_articles: int) -> dict:
    out = {"rounds": rounds, "mentions": 0, "lost": 0, "integrity": 0, "failed": 0}
    for r in range(rounds):
        folder = tmp / f"concurrent-{r}"
        inputs = [write_input(folder, n_articles, seed=31 + r, first_doc=0),
                  write_input(folder, n_articles, seed=41 + r, first_doc=5_000_000)]
        db = folder / "s.db"
        start = time.time() + 2.0
        procs = [subprocess.Popen(_writer_cmd(db, t, j, str(start), "25"), stderr=subprocess.PIPE, text=True)
                 for t, j in inputs]
        for p in procs:
            _o, err = p.communicate()
            if p.returncode != 0:
                out["failed"] += 1
                print(err[-1000:], file=sys.stderr)
        con = sqlite3.connect(db)
        out["mentions"] += con.execute("SELECT count(*) FROM mentions_all").fetchone()[0]
        con.close()
        out["lost"] += lost_mentions(db)
        out["integrity"] += bool(integrity_problems(db))
    return out


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--writer"]:
        rest = argv[1:]
        writer(rest[0], rest[1], rest[2], float(rest[3]) if len(rest) > 3 else 0.0,
               int(rest[4]) if len(rest) > 4 else 0)
        return 0
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kills", type=int, default=50, help="SIGKILLs per scenario (ingest, export)")
    ap.add_argument("--rounds", type=int, default=10, help="rounds of two concurrent ingests")
    ap.add_argument("--articles", type=int, default=3000, help="articles per ingest")
    ap.add_argument("--events", type=int, default=100_000, help="events in the exported store")
    ap.add_argument("--seed", type=int, default=1)
    ns = ap.parse_args(argv)
    if not FRONTLOG.exists():
        print(f"{FRONTLOG} is missing: install frontlog into .venv first", file=sys.stderr)
        return 2
    rng = random.Random(ns.seed)
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        ing = ingest_kills(tmp, ns.kills, ns.articles, rng)
        exp = export_kills(tmp, ns.kills, ns.events, rng)
        con = concurrent_ingests(tmp, ns.rounds, ns.articles // 10)
    print(f"store robustness ({dt.date.today().isoformat()}, {time.perf_counter() - t0:.0f} s)")
    print("| scenario | runs | SIGKILLs | integrity problems | half-written files | lost mentions | "
          "differs from a clean run |")
    print("|---|---|---|---|---|---|---|")
    print(f"| ingest of {ns.articles:,} articles, killed at random | {ing['runs']} | {ing['kills']} | "
          f"{ing['integrity']} | - | {ing['lost']} | {ing['differ']} of {ing['completed']} completed stores |")
    print(f"| export of {ns.events:,} events (4 formats), killed at random | {exp['runs']} | {exp['kills']} | "
          f"{exp['integrity']} (store changed: {exp['store_changed']}) | {exp['half']} "
          f"(temporary files left beside: {exp['left_tmp']}) | - | - |")
    print(f"| two ingests at once ({ns.articles // 10:,} articles each) | {con['rounds']} | - | {con['integrity']} | "
          f"- | {con['lost']} of {con['mentions']:,} | failed runs: {con['failed']} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
