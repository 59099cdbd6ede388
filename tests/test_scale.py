"""Scale-out as a user runs it: `--jobs 2` gives the file and the store `--jobs 1` gives; a real Dask LocalCluster
with two worker processes gives what one process gives; a Dask ingest killed mid-run finishes on the next run
without a duplicate."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import require_shared

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir()
    return {**os.environ, "FRONTLOG_HOME": str(home), "PYTHONIOENCODING": "utf-8"}


def frontlog(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "frontlog.cli", *args], env=env, text=True, capture_output=True,
                          timeout=900, cwd=ROOT)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


def errors(proc: subprocess.CompletedProcess[str]) -> list[str]:
    return [ln for ln in proc.stderr.splitlines() if ln.startswith("error:")]


@pytest.fixture(scope="module")
def articles(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The dev and dev2 articles in one folder, with two bad inputs among them (reported in their place)."""
    shared = require_shared()
    folder = tmp_path_factory.mktemp("articles")
    for name in ("dev", "dev2"):
        for f in (shared / "gold" / name / "docs").iterdir():
            shutil.copy(f, folder / f.name)
    (folder / "m-empty.txt").write_text("", encoding="utf-8")
    (folder / "z-binary.txt").write_bytes(b"\x00\x01\x02 not text")
    return folder


def stored(db: Path) -> dict[str, list]:
    """What a user sees in the store: articles, reports, merged events whole and their links, without
    timestamps and row ids."""
    from test_storage import dump

    return dump(db)


def test_extract_jobs_2_writes_the_same_bytes_as_jobs_1(env, articles: Path, tmp_path: Path) -> None:
    one = frontlog(env, "extract", str(articles), "-o", str(tmp_path / "one.jsonl"), "--jobs", "1", check=False)
    two = frontlog(env, "extract", str(articles), "-o", str(tmp_path / "two.jsonl"), "--jobs", "2", check=False)
    assert one.returncode == two.returncode == 1  # the two bad inputs
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert len((tmp_path / "one.jsonl").read_text(encoding="utf-8").splitlines()) > 100
    assert errors(one) == errors(two) and len(errors(one)) == 2
    # The summary line, but for the output's name.
    assert one.stderr.splitlines()[-1].replace("one.jsonl", "") == two.stderr.splitlines()[-1].replace("two.jsonl", "")


def test_ingest_jobs_2_stores_the_same_as_jobs_1(env, articles: Path, tmp_path: Path) -> None:
    for jobs in ("1", "2"):
        proc = frontlog(env, "ingest", str(articles), "--db", str(tmp_path / f"j{jobs}.db"), "--jobs", jobs, "-q",
                        check=False)
        assert proc.returncode == 1 and len(errors(proc)) == 2
    assert stored(tmp_path / "j1.db") == stored(tmp_path / "j2.db")
    assert len(stored(tmp_path / "j1.db")["articles"]) == 39


def test_bad_jobs_is_a_usage_error(env, tmp_path: Path) -> None:
    proc = frontlog(env, "extract", str(ROOT / "examples" / "articles"), "--jobs", "0", check=False)
    assert proc.returncode == 2 and "--jobs 0" in proc.stderr


# ------------------------------------------------------------------------------------------------ Dask


def test_dask_local_cluster_extract_equals_one_process(env, articles: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="pip install 'frontlog[dask]' to run the Dask engine's tests")
    one = frontlog(env, "extract", str(articles), "-o", str(tmp_path / "one.jsonl"), "--jobs", "1", check=False)
    dask = frontlog(env, "extract", str(articles), "-o", str(tmp_path / "dask.jsonl"), "--engine", "dask",
                    "--workers", "2", "--partition-size", "6", check=False)
    assert dask.returncode == 1, dask.stderr
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "dask.jsonl").read_bytes()
    assert errors(one) == errors(dask)


def test_dask_workers_frontlog_starts_do_not_sample_their_stacks() -> None:
    """The dashboard's stack sampling (every 10 ms) and Dask's fast monitors cost a third of a worker's CPU beyond
    its tasks: the LocalCluster of `--engine dask --workers N` runs without them."""
    pytest.importorskip("distributed", reason="pip install 'frontlog[dask]' to run the Dask engine's tests")
    import dask

    from frontlog.jobs import dask_engine

    def settings() -> tuple:
        get = dask.config.get
        return (get("distributed.worker.profile.enabled"), get("distributed.admin.tick.interval"),
                get("distributed.worker.memory.spill"))

    client = dask_engine._client(None, 1)
    try:
        assert list(client.run(settings).values()) == [(False, "1s", False)]
    finally:
        dask_engine._close(client)
    assert dask.config.get("distributed.worker.profile.enabled") is True, "the caller's own Dask config is untouched"


def test_dask_workers_frontlog_starts_keep_glibcs_memory_defaults() -> None:
    """Dask sets MALLOC_TRIM_THRESHOLD_ in its workers, which turns off glibc's adaptive mmap threshold: twice the
    page faults of one process on the same articles. The LocalCluster of `--engine dask` does not set it."""
    pytest.importorskip("distributed", reason="pip install 'frontlog[dask]' to run the Dask engine's tests")
    from frontlog.jobs import dask_engine

    if "MALLOC_TRIM_THRESHOLD_" in os.environ:
        pytest.skip("this shell sets MALLOC_TRIM_THRESHOLD_ itself: the workers inherit it")
    client = dask_engine._client(None, 1)
    try:
        assert list(client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_")).values()) == [None]
    finally:
        dask_engine._close(client)


def test_dask_partitions_run_in_input_order() -> None:
    """An archive's last partitions are the small ones (so that the workers finish together): the tasks must run
    in input order, not in the order Dask gives independent tasks by itself (it ran a bag's in reverse)."""
    pytest.importorskip("distributed", reason="pip install 'frontlog[dask]' to run the Dask engine's tests")
    import io

    from frontlog.jobs import dask_engine

    parts = [dask_engine.Part("files", (f"a{i}.txt",)) for i in range(24)]
    client = dask_engine._client(None, 1)
    try:
        got = dask_engine._run_parts(client, parts, lambda part: (part.paths[0], __import__("time").monotonic()),
                                     (), True, io.StringIO())
    finally:
        dask_engine._close(client)
    assert [name for name, _t in got] == [p.paths[0] for p in parts], "results in partition order"
    assert [name for name, _t in sorted(got, key=lambda r: r[1])] == [p.paths[0] for p in parts], "run in order"


def test_dask_cluster_starts_while_this_process_prepares() -> None:
    """The workers take seconds to spawn and load the model: planning the partitions (and for ingest reading the
    store's hashes) runs meanwhile, in a thread of the client; an error there still closes the cluster."""
    pytest.importorskip("distributed", reason="pip install 'frontlog[dask]' to run the Dask engine's tests")
    import threading

    from frontlog.jobs import dask_engine

    seen: dict = {}

    def prepare() -> int:
        seen["thread"], seen["at"] = threading.current_thread(), time.monotonic()
        return 42

    t0 = time.monotonic()
    client, got = dask_engine._start(None, 1, prepare)
    up = time.monotonic()
    try:
        assert got == 42 and seen["thread"] is not threading.main_thread()
        assert seen["at"] - t0 < (up - t0) / 2, "prepared while the cluster started, not after"
    finally:
        dask_engine._close(client)

    def broken() -> int:
        raise ValueError("no such store")

    with pytest.raises(ValueError, match="no such store"):
        dask_engine._start(None, 1, broken)


def test_dask_ingest_killed_mid_run_finishes_without_duplicates(env, articles: Path, tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="pip install 'frontlog[dask]' to run the Dask engine's tests")
    frontlog(env, "ingest", str(articles), "--db", str(tmp_path / "one.db"), "--jobs", "1", "-q", check=False)
    db = tmp_path / "dask.db"
    args = [sys.executable, "-m", "frontlog.cli", "ingest", str(articles), "--db", str(db), "--engine", "dask",
            "--workers", "2", "--partition-size", "3", "-q"]
    # Its own session: the kill takes the client, the scheduler and both workers at once, as a crash would.
    proc = subprocess.Popen(args, env=env, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    done = Path(f"{db}.parts") / "done"
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and proc.poll() is None and len(list(done.glob("*.json"))) < 2:
        time.sleep(0.2)
    assert proc.poll() is None, f"the run ended before it could be killed: {proc.stderr.read()}"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    finished_before = len(list(done.glob("*.json")))
    assert 2 <= finished_before < 14, "the kill must land mid-run"

    again = frontlog(env, *args[3:], check=False)
    assert again.returncode == 1 and len(errors(again)) == 2, again.stderr
    assert stored(db) == stored(tmp_path / "one.db")  # every article once, no mention twice, the same events
    third = frontlog(env, *args[3:], check=False)
    assert "0 new" in third.stderr and "39 unchanged" in third.stderr


def test_dask_ingest_into_a_filled_store_equals_one_process(env, articles: Path, tmp_path: Path) -> None:
    """Each block clustered as a task of its own (with the reports the store already keeps in it), then
    bulk-loaded: the same merged events as one process ingesting article by article, new and changed alike."""
    pytest.importorskip("distributed", reason="pip install 'frontlog[dask]' to run the Dask engine's tests")
    first = tmp_path / "first"
    first.mkdir()
    docs = sorted(f for f in articles.iterdir() if f.suffix == ".txt" and f.stat().st_size > 100)
    for f in docs[:8]:
        shutil.copy(f, first / f.name)
        meta = f.with_suffix(".meta.json")
        if meta.exists():
            shutil.copy(meta, first / meta.name)
    # One article stored in an older version: the second run finds it changed and replaces its reports.
    changed = first / docs[0].name
    changed.write_text(changed.read_text(encoding="utf-8") + "\nAn editor's note added later.\n", encoding="utf-8")
    for name in ("one", "dask"):
        frontlog(env, "ingest", str(first), "--db", str(tmp_path / f"{name}.db"), "--jobs", "1", "-q")
    one = frontlog(env, "ingest", str(articles), "--db", str(tmp_path / "one.db"), "--jobs", "1", "-q", check=False)
    dask = frontlog(env, "ingest", str(articles), "--db", str(tmp_path / "dask.db"), "--engine", "dask",
                    "--workers", "2", "--partition-size", "6", "-q", check=False)
    assert dask.returncode == one.returncode == 1, dask.stderr
    # The summary line ("... 31 new, 1 changed, 7 unchanged ..."), but for the store's name.
    assert dask.stderr.splitlines()[-1].replace("dask.db", "") == one.stderr.splitlines()[-1].replace("one.db", "")
    assert "1 changed" in one.stderr and "7 unchanged" in one.stderr
    assert stored(tmp_path / "dask.db") == stored(tmp_path / "one.db")
    assert len(stored(tmp_path / "one.db")["events"]) > 100
    assert list((Path(f"{tmp_path / 'dask.db'}.parts") / "reports").glob("block=*/part-*.parquet"))


def test_dask_missing_says_how_to_install(monkeypatch) -> None:
    from frontlog.jobs import dask_engine

    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the extra were not installed
    assert dask_engine.dask_missing() == dask_engine.INSTALL_HINT
    from frontlog.cli.commands import main

    assert main(["extract", str(ROOT / "examples" / "articles"), "--engine", "dask"]) == 2


def test_what_extraction_loads_is_frozen_out_of_the_collectors_sight(env) -> None:
    """The model and knowledge live as long as the process; the cyclic garbage collector walked them again in
    every older-generation collection (4.7% of extraction's CPU). One process, like each worker (warm_up),
    freezes them before its first batch."""
    script = """
import gc
from frontlog.jobs.run import extract_tolerant
from frontlog.model.extraction import Stats
from frontlog.model.records import Article
before = gc.get_freeze_count()
results = list(extract_tolerant([Article(id="a", text="Police fired tear gas at protesters in Khartoum on Friday.")],
                                Stats(), jobs=1))
print(before, gc.get_freeze_count(), len(results))
"""
    proc = subprocess.run([sys.executable, "-c", script], env=env, text=True, capture_output=True, timeout=600,
                          cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    before, after, n = map(int, proc.stdout.split())
    assert (before, n) == (0, 1)
    assert after > 50_000, "the loaded model and knowledge are frozen"


def test_the_parent_of_a_pool_never_imports_spacy(env) -> None:
    """With --jobs N the parent only reads, hands out batches and writes: it leaves spaCy and the model to its
    workers, so that they start at once instead of after a second of the parent's own imports."""
    script = """
import sys
from frontlog.jobs.run import extract_tolerant
from frontlog.model.extraction import Stats
from frontlog.model.records import Article
texts = ["Rebels shelled the town of Kidal on Monday, killing four civilians.",
         "Police fired tear gas at protesters in Khartoum on Friday.",
         "Houthi forces attacked a government position near Marib on Sunday."]
articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts * 2)]
if __name__ == "__main__":
    stats = Stats()
    results = list(extract_tolerant(articles, stats, batch_size=1, jobs=2))
    assert [a.id for a, _ in results] == [a.id for a in articles]
    print(sum(len(r) for _, r in results), stats.articles, "spacy" in sys.modules, "numpy" in sys.modules)
"""
    proc = subprocess.run([sys.executable, "-c", script], env=env, text=True, capture_output=True, timeout=600,
                          cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    events, read, spacy_loaded, numpy_loaded = proc.stdout.split()
    assert int(events) >= 6 and read == "6"
    assert (spacy_loaded, numpy_loaded) == ("False", "False")


def test_the_last_batches_shrink_so_that_the_workers_finish_together() -> None:
    from frontlog.jobs.parallel import tail_batches

    batches = list(tail_batches(range(2000), 32, 2))
    assert [x for b in batches for x in b] == list(range(2000))  # every article once, in order
    sizes = [len(b) for b in batches]
    assert set(sizes[:55]) == {32}  # full batches while the end is not in sight
    tail = sizes[sizes.index(max(s for s in sizes if s < 32)):]
    assert tail == sorted(tail, reverse=True) and tail[-2] <= 4  # then shrinking, to a few articles
    # An input of one batch stays one batch (run in the parent: no workers started for it); none for no input.
    assert [len(b) for b in tail_batches(range(20), 32, 2)] == [20]
    assert list(tail_batches([], 32, 2)) == []
    assert [len(b) for b in tail_batches(range(40), 32, 2)] == [10, 8, 6, 4, 4, 4, 4]


def test_a_jsonl_archives_last_partitions_are_quarter_parts(tmp_path: Path) -> None:
    from frontlog.jobs.dask_engine import _jsonl_parts

    archive = tmp_path / "a.jsonl"
    lines = [f'{{"id": "a{i}", "text": "{"x" * (i % 7)}"}}\n' for i in range(2000)]
    archive.write_text("".join(lines), encoding="utf-8")
    parts = _jsonl_parts(archive, 64)
    data = archive.read_bytes()
    # every line once, in order, each part starting at its first line's byte
    assert [p.first_line for p in parts] == [1 + sum(q.count for q in parts[:k]) for k in range(len(parts))]
    assert sum(p.count for p in parts) == 2000
    assert all(data[p.start:].startswith(lines[p.first_line - 1].encode()) for p in parts)
    sizes = [p.count for p in parts]
    assert set(sizes[:29]) == {64} and sizes[-8:] == [16] * 8  # full parts, then the last 128 lines in quarters


def _children(pid: int) -> set[int]:
    """The processes whose parent is `pid` (Linux /proc)."""
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended while we looked
            continue
        if int(fields[1]) == pid:
            out.add(int(stat.parent.name))
    return out


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from Linux's /proc")
def test_workers_end_when_their_parent_is_killed_outright(env, tmp_path: Path) -> None:
    # A parent killed with SIGKILL (the OOM killer, a CI timeout) runs no clean-up: its pool's workers must still
    # go, not sleep forever holding a model's memory each.
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(200):
        (folder / f"a{i:03d}.txt").write_text(
            f"Rebels shelled the town of Goma on Monday, killing {i % 7 + 2} people, officials said.\n\n"
            "Fighting continued near Sake on Tuesday as government troops advanced from the south.\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "frontlog.cli", "extract", str(folder), "-o",
                             str(tmp_path / "out.jsonl"), "--jobs", "2", "-q"], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    children: set[int] = set()
    while time.monotonic() < deadline and proc.poll() is None and len(children) < 3:  # 2 workers + the tracker
        children = _children(proc.pid)
        time.sleep(0.05)
    assert proc.poll() is None and len(children) >= 2, "the run ended before its workers could be seen"
    proc.kill()
    proc.wait(timeout=30)
    deadline = time.monotonic() + 60
    alive = children
    while alive and time.monotonic() < deadline:
        alive = {c for c in alive if Path(f"/proc/{c}").exists() and "Z" not in
                 Path(f"/proc/{c}/stat").read_text().rsplit(")", 1)[1].split()[0:1]}
        time.sleep(0.2)
    for c in alive:  # do not leave them behind for the next test either
        os.kill(c, signal.SIGKILL)
    assert not alive, f"{len(alive)} worker(s) outlived their killed parent"
