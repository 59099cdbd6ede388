"""The Dask engine: `frontlog extract/ingest --engine dask`, the same job on a cluster of machines.

The inputs (folders of articles, JSON Lines and Parquet archives) are cut into partitions of about PART_ARTICLES
articles: runs of files, line ranges of a JSON Lines file, row groups of a Parquet file. Each partition is one task
(run in input order); the workers read their partitions themselves (the cluster must see the same paths), and each
worker loads the model, the gazetteer and the actor table once (a WorkerPlugin). A partition is extracted with
`extract_batch_tolerant`, so a bad article costs only itself.

`extract`: the partitions' records are written, in input order, to one JSON Lines file: the same bytes as a
single-process run (duplicate ids are found across partitions and reported the same way).

`ingest`: articles whose content hash the store already holds are skipped before extraction. Each partition
writes its report rows (one per mention, keyed by article id and block) as Parquet, one file per block under
`reports/block=<block>/`, and its articles under `articles/`, then a `done/` marker: a re-run after a kill
skips the finished partitions. This process then loads the rows into the SQLite store (one transaction per
article, skipping articles already loaded) and the store re-clusters the blocks they touched.

Without Dask installed, `dask_missing()` says how to install it.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import urllib.parse
from array import array
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TypeVar

from frontlog.jobs.documents import (
    DEFAULT_MAX_BYTES,
    DocumentError,
    _jsonl_article,
    _jsonl_lines,
    _kind,
    _split_line_ref,
    _too_big,
    _walk,
    clean_text,
    load_boilerplate,
    meta_named_alone,
    read_walked,
)
from frontlog.model.records import Article

try:  # the plugin class must exist at import time for workers to unpickle it; Dask is optional
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - exercised by dask_missing()
    WorkerPlugin = object  # type: ignore[assignment,misc]

T = TypeVar("T")
PART_ARTICLES = 64  # articles per partition: small enough to balance, large enough for spaCy's batches
TAIL_PARTS = 2  # a JSON Lines archive's last parts' worth of lines goes in quarter parts (see _jsonl_parts)
PARQUET_SUFFIXES = (".parquet",)
INSTALL_HINT = "--engine dask needs Dask: pip install 'frontlog[dask]' (or use --jobs N on this machine)"


def dask_missing() -> str | None:
    """None when Dask and distributed can be imported; else what to run to install them."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        return INSTALL_HINT
    return None


class FrontlogPlugin(WorkerPlugin):
    """Loads the model, knowledge and gazetteer once per worker process, before its first task."""

    name = "frontlog-extractor"

    def setup(self, worker=None) -> None:
        from frontlog.jobs.parallel import warm_up

        warm_up()


# ------------------------------------------------------------------------------------------------ planning


@dataclass(frozen=True)
class Part:
    """One partition: `files` (article files, in walk order), or a range of a JSON Lines file (`start` byte,
    `first_line`, `count` lines) or of a Parquet file (`start` row group, `count` row groups); `error` is an
    input problem found while planning, reported in its place."""

    kind: str
    paths: tuple[str, ...] = ()
    start: int = 0
    first_line: int = 1
    count: int = 0
    error: tuple[str, str, int | None] | None = None

    def key(self) -> str:
        """Names the partition's output files; changes when its inputs' files change."""
        h = hashlib.sha256(json.dumps(asdict(self), sort_keys=True).encode())
        for p in self.paths:
            try:
                st = os.stat(p)
                h.update(f"{st.st_size}:{st.st_mtime_ns};".encode())
            except OSError:
                h.update(b"missing;")
        return h.hexdigest()[:20]


def _error_part(err: DocumentError) -> Part:
    return Part("error", error=(err.path, err.message, err.line))


def plan(inputs: Sequence[str], part_articles: int = PART_ARTICLES) -> list[Part]:
    """The partitions of `inputs`, in the order a single-process run reads them."""
    parts: list[Part] = []
    files: list[str] = []

    def close_files() -> None:
        if files:
            parts.append(Part("files", tuple(files)))
            files.clear()

    for name in inputs:
        path = Path(name)
        if path.is_dir():
            entries: list[Path | DocumentError] = list(_walk(path))
            entries += sorted(path.rglob("*.parquet"))  # folder walks know articles, not archives
        elif path.exists() and _kind(path) == "meta":
            entries = [meta_named_alone(path)]  # as the local reader says it: only a folder reads meta files
        elif path.exists():
            entries = [path]
        else:
            entries = [DocumentError(name, "no such file or folder: check the path")]
        for entry in entries:
            if isinstance(entry, DocumentError):
                close_files()
                parts.append(_error_part(entry))
            elif entry.suffix.lower() in PARQUET_SUFFIXES:
                close_files()
                parts.extend(_parquet_parts(entry, part_articles))
            elif _kind(entry) == "jsonl":
                close_files()
                parts.extend(_jsonl_parts(entry, part_articles))
            else:
                files.append(str(entry))
                if sum(_kind(Path(f)) != "meta" for f in files) >= part_articles:
                    close_files()
    close_files()
    return parts


def _jsonl_parts(path: Path, part_lines: int) -> list[Part]:
    """Line ranges of a JSON Lines file, found by one pass over its bytes. The last TAIL_PARTS parts' lines are cut
    into quarter parts, so that the workers finish together rather than one working alone through a last full
    part (as `--jobs` shrinks its last batches); the order of the lines is kept."""
    starts = array("q")  # the byte offset of each line (8 bytes a line: 8 MB for a million articles)
    offset = 0
    try:
        with path.open("rb") as fh:
            for raw in fh:
                starts.append(offset)
                offset += len(raw)
    except OSError as exc:
        return [_error_part(DocumentError(str(path), f"cannot read ({exc.strerror}): check the path and permissions"))]
    n = len(starts)
    if not n:
        return [_error_part(DocumentError(str(path), "empty file: nothing to extract"))]
    tail_from = max(0, n - TAIL_PARTS * part_lines)
    cuts = [*range(0, tail_from, part_lines), *range(tail_from, n, max(1, part_lines // 4)), n]
    return [Part("jsonl", (str(path),), starts[a], a + 1, b - a) for a, b in zip(cuts, cuts[1:], strict=False)
            if b > a]


def _parquet_parts(path: Path, part_rows: int) -> list[Part]:
    import pyarrow.parquet as pq

    try:
        meta = pq.ParquetFile(path).metadata
    except (OSError, ValueError) as exc:  # pyarrow raises ArrowInvalid (a ValueError) for a non-Parquet file
        return [_error_part(DocumentError(str(path), f"not a readable Parquet file ({exc})"))]
    parts, first, rows = [], 0, 0
    for g in range(meta.num_row_groups):
        rows += meta.row_group(g).num_rows
        if rows >= part_rows:
            parts.append(Part("parquet", (str(path),), first, count=g + 1 - first))
            first, rows = g + 1, 0
    if first < meta.num_row_groups:
        parts.append(Part("parquet", (str(path),), first, count=meta.num_row_groups - first))
    return parts or [_error_part(DocumentError(str(path), "empty file: nothing to extract"))]


# ------------------------------------------------------------------------------------------------ reading


def read_part(part: Part, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | DocumentError]:
    """The articles (and input errors) of one partition, as `iter_articles` reads them."""
    rules = load_boilerplate()
    for item in _raw_items(part, max_bytes):
        if isinstance(item, Article):
            item.text = clean_text(item.text, rules)
        yield item


def _raw_items(part: Part, max_bytes: int) -> Iterator[Article | DocumentError]:
    if part.kind == "error":
        assert part.error is not None
        yield DocumentError(*part.error)
    elif part.kind == "files":
        for name in part.paths:
            yield from read_walked(Path(name), max_bytes)
    elif part.kind == "jsonl":
        where = part.paths[0]
        with open(where, "rb") as fh:
            fh.seek(part.start)
            for number, raw, size in _jsonl_lines(fh, max_bytes):
                if number > part.count:
                    break
                line = part.first_line + number - 1
                try:
                    if raw is None:
                        raise DocumentError(where, _too_big(size, max_bytes, "line"), line)
                    yield from _jsonl_article(raw, where, line)
                except DocumentError as exc:
                    yield exc
    elif part.kind == "parquet":
        yield from _parquet_articles(part)


def _parquet_articles(part: Part) -> Iterator[Article | DocumentError]:
    """Rows of a Parquet archive (columns id, text and optionally published, title, url, source), checked
    exactly as JSON Lines rows are (a row is read as the JSON object it would be)."""
    import pyarrow.parquet as pq

    where = part.paths[0]
    pf = pq.ParquetFile(where)
    before = sum(pf.metadata.row_group(g).num_rows for g in range(part.start))
    table = pf.read_row_groups(list(range(part.start, part.start + part.count)))
    for i, row in enumerate(table.to_pylist()):
        try:
            yield from _jsonl_article(json.dumps(row, default=str), where, before + i + 1)
        except DocumentError as exc:
            yield exc


# ------------------------------------------------------------------------------------------------ tasks


def _error_tuple(err: DocumentError) -> tuple[str, str, int | None]:
    # DocumentError does not survive pickling (its __init__ takes three arguments): sent as a tuple.
    return (err.path, err.message, err.line)


@dataclass
class PartOutput:
    """One partition's result: in order, ("error", (path, message, line)) or ("article", id, path, payload)."""

    items: list[tuple] = field(default_factory=list)
    stats: dict = field(default_factory=dict)


def _stats_dict(stats) -> dict:
    return {"articles": stats.articles, "events": stats.events, "undated_relative": stats.undated_relative,
            "rejected_modality": stats.rejected_modality, "no_place": stats.no_place, "reasons": dict(stats.reasons)}


def _extract_part(part: Part, max_bytes: int, explain: bool) -> PartOutput:
    from frontlog.extract import Stats, extract_batch_tolerant

    out, stats = PartOutput(), Stats()
    items = list(read_part(part, max_bytes))
    articles = [a for a in items if isinstance(a, Article)]
    events, failures = extract_batch_tolerant(articles, stats) if articles else ([], [])
    failed = {id(a): exc for a, exc in failures}
    by_article = dict(zip(map(id, articles), events, strict=True))
    for item in items:
        if isinstance(item, DocumentError):
            out.items.append(("error", _error_tuple(item)))
        elif id(item) in failed:
            out.items.append(_failed_item(item, failed[id(item)]))
        else:
            out.items.append(("article", item.id, item.path, [e.to_json(with_rules=explain)
                                                              for e in by_article[id(item)]]))
    out.stats = _stats_dict(stats)
    return out


# Dask's own bookkeeping, for the LocalCluster frontlog starts. Its defaults watch a cluster closely: every worker
# samples its stack every 10 ms for the dashboard's profile, every server checks its event loop every 20 ms, and
# memory and system monitors poll every 0.1-0.5 s. On a few cores busy with extraction that cost about a third of
# the CPU beyond the tasks themselves (`benchmarks/scale.py`); frontlog's tasks are long (a partition of articles)
# and their results small, so nothing here needs a fast clock. Spilling to disk is off for the same reason; a
# worker over its memory limit is still restarted. Dask also starts its workers with MALLOC_TRIM_THRESHOLD_=65536,
# so that a worker hands freed memory back to the OS at once; setting it also turns off glibc's adaptive mmap
# threshold, so every array over 128 KiB the parser makes is mapped and unmapped anew: the workers took twice the
# page faults of one process for the same articles (500,000 against 230,000 on 300 articles) and a second of system
# CPU per 300 articles more. The LocalCluster's workers keep glibc's defaults, as one process does; their memory
# stays flat without it (about 350 MiB, a partition's documents freed and reused). On an existing cluster set
# these in its own configuration.
QUIET_CLUSTER = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.worker.memory.target": False,
    "distributed.worker.memory.spill": False,
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,  # None: not set in the workers at all
}


def _client(scheduler: str | None, workers: int | None):
    """A client of the given cluster, or of a new LocalCluster of `workers` single-threaded processes."""
    import logging

    from distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler)
    else:
        from frontlog.jobs.parallel import SINGLE_THREADED, default_jobs
        from frontlog.knowledge.gazetteer import build_index

        build_index()  # once, before the workers start, rather than raced by all of them
        import dask

        # The config is read as the scheduler, the nannies and (through them) the workers start.
        with dask.config.set(QUIET_CLUSTER):
            cluster = LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR, env=SINGLE_THREADED)
        client = Client(cluster)
    client.register_plugin(FrontlogPlugin())
    return client


def _start(scheduler: str | None, workers: int | None, prepare: Callable[[], T]) -> tuple[object, T]:
    """A client of the cluster (`_client`), and what `prepare()` returns, run in a thread of this process while
    the cluster starts: the workers spend seconds spawning and loading the model, this process mostly waits for
    them, and what it must do before the first task (cut the inputs into partitions, for `ingest` read the
    store's hashes) grows with the archive and the store."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1, thread_name_prefix="frontlog-prepare") as pool:
        prepared = pool.submit(prepare)
        client = _client(scheduler, workers)
        try:
            return client, prepared.result()
        except BaseException:
            _close(client)
            raise


def _close(client) -> None:
    cluster = getattr(client, "cluster", None)
    client.close()
    if cluster is not None:
        cluster.close()


def _run_parts(client, parts: list[Part], fn, args: tuple, quiet: bool, err) -> list:
    """`fn(part, *args)` for every partition, one task each, results in partition order; a progress bar of
    partitions on stderr unless `quiet`.

    The tasks run in input order: each is submitted with a priority that falls with its place. Left to Dask's
    own ordering (the tasks of a Dask bag, as this engine had them), independent tasks ran in the reverse order
    of their keys as text (parts 9, 8 ... 3, 29 ... 20, 2, 19 ... 10, 1, 0): an archive's quarter-size last parts
    ran first and its full first parts last, so one worker ended alone on a full part while the others idled."""
    from distributed import as_completed

    if not parts:
        return []
    futures = [client.submit(fn, part, *args, priority=-i, pure=False) for i, part in enumerate(parts)]
    bar = None
    if not quiet and len(parts) > 1:
        from tqdm import tqdm

        bar = tqdm(total=len(parts), unit="part", file=err, leave=False, disable=None)
    for _ in as_completed(futures):
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    return client.gather(futures)


# ------------------------------------------------------------------------------------------------ extract


def dask_extract(inputs: Sequence[str], out: str, *, scheduler: str | None = None, workers: int | None = None,
                 max_bytes: int = DEFAULT_MAX_BYTES, quiet: bool = False, explain: bool = False, err=None,
                 part_articles: int = PART_ARTICLES):
    """`frontlog extract --engine dask`: the same output file as a single-process run."""
    from frontlog.jobs.run import RunSummary, _write
    from frontlog.model.extraction import Stats

    err = err or sys.stderr
    summary = RunSummary(stats=Stats())
    client, parts = _start(scheduler, workers, lambda: plan(inputs, part_articles))
    try:
        outputs = _run_parts(client, parts, _extract_part, (max_bytes, explain), quiet, err)
    finally:
        _close(client)
    lines: list[str] = []
    first_seen: dict[str, str | None] = {}
    for output in outputs:
        s = output.stats
        summary.stats.undated_relative += s["undated_relative"]
        summary.stats.rejected_modality += s["rejected_modality"]
        summary.stats.no_place += s["no_place"]
        summary.stats.reasons.update(s["reasons"])
        for item in output.items:
            error = _item_error(item, first_seen)
            if error is not None:
                summary.errors.append(error)
                print(f"error: {error}", file=err)
                if item[0] != "failed":
                    continue
            if item[0] == "error":
                continue
            summary.articles += 1
            if item[0] == "article":
                lines.extend(item[3])
                summary.events += len(item[3])
    _write(out, lines)
    return summary


def _failed_item(article: Article, exc: Exception) -> tuple:
    """An article extraction failed on, as a partition item: the message and exit class of the error the
    single-process run gives (parallel.failure_error), made on the worker where the exception is."""
    from frontlog.jobs.parallel import failure_error

    error = failure_error(article, exc)
    return ("failed", article.id, article.path, error.message, error.internal)


def _item_error(item: tuple, first_seen: dict[str, str | None]) -> DocumentError | None:
    """The error to report for one partition item, if any; duplicate ids are found here, across partitions,
    and reported as a single-process run reports them."""
    if item[0] == "error":
        return DocumentError(*item[1])
    article_id, path = item[1], item[2]
    if article_id in first_seen:
        where, line = _split_line_ref(path or article_id)
        return DocumentError(where, f"duplicate article id {article_id!r} (first read from {first_seen[article_id]}): "
                             "rename one", line)
    first_seen[article_id] = path
    if item[0] == "failed":
        return DocumentError(path or article_id, item[3], internal=item[4])
    return None


# ------------------------------------------------------------------------------------------------ ingest


def _block_dir(block: str) -> str:
    return "block=" + urllib.parse.quote(block, safe="")


def _write_parquet(table, path: Path) -> None:
    """Atomically: a partition killed half-way leaves no half-written file under the final name."""
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _ingest_part(part: Part, max_bytes: int, known: dict[str, str], out_dir: str) -> dict:
    """Extract the new or changed articles of one partition and write their report rows (`report_rows`, one
    JSON text per row) by block; returns the partition's summary (also kept as its done-marker, so a re-run
    returns it without work)."""
    import pyarrow as pa

    from frontlog.dataset.storage import report_rows
    from frontlog.extract import Stats, extract_batch_tolerant
    from frontlog.jobs.ingest import content_hash

    root = Path(out_dir)
    key = part.key()
    marker = root / "done" / f"part-{key}.json"
    if marker.exists():
        return json.loads(marker.read_text(encoding="utf-8"))
    items = list(read_part(part, max_bytes))
    todo: list[tuple[Article, str, str]] = []
    summary: dict = {"key": key, "items": [], "unchanged": 0}
    for item in items:
        if isinstance(item, DocumentError):
            summary["items"].append(["error", list(_error_tuple(item))])
            continue
        h = content_hash(item)
        if known.get(item.id) == h:
            summary["unchanged"] += 1
            summary["items"].append(["unchanged", item.id, item.path])
            continue
        todo.append((item, h, "changed" if item.id in known else "new"))
    events, failures = extract_batch_tolerant([a for a, _h, _k in todo], Stats()) if todo else ([], [])
    failed = {id(a): exc for a, exc in failures}
    articles: dict[str, list] = {k: [] for k in ARTICLE_COLUMNS}
    blocks: dict[str, dict[str, list]] = {}
    for (article, h, kind), evs in zip(todo, events, strict=True):
        if id(article) in failed:
            exc = failed[id(article)]
            summary["items"].append(list(_failed_item(article, exc)))
            continue
        n = len(articles["id"])  # its row in the partition's articles (ids may repeat: a duplicate is an error later)
        summary["items"].append(["article", article.id, article.path])
        for name, value in (("id", article.id), ("content_hash", h), ("kind", kind), ("text", article.text),
                            ("published", article.published.isoformat() if article.published else None),
                            ("title", article.title), ("url", article.url), ("source", article.source),
                            ("path", article.path)):
            articles[name].append(value)
        # JSON text per row: types come back exactly (an int stays an int), whatever fields the record grows.
        for row in report_rows(article, evs):
            rows = blocks.setdefault(row["block"], {"article": [], "article_id": [], "row": []})
            rows["article"].append(n)
            rows["article_id"].append(article.id)
            rows["row"].append(json.dumps(row, ensure_ascii=False))
    for block, rows in blocks.items():
        _write_parquet(pa.table(rows), root / "reports" / _block_dir(block) / f"part-{key}.parquet")
    _write_parquet(pa.table(articles, schema=pa.schema([(n, pa.string()) for n in articles])),
                   root / "articles" / f"part-{key}.parquet")
    summary["blocks"] = sorted(blocks)
    marker.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=marker.name + ".", suffix=".tmp", dir=marker.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(summary, fh)
    os.replace(tmp, marker)  # last: the partition counts as done only when all its rows are written
    return summary


ARTICLE_COLUMNS = ("id", "content_hash", "kind", "text", "published", "title", "url", "source", "path")


def _block_rows(path: Path | str, wanted: Collection[int]) -> Iterator[dict]:
    """The report rows of one partition's block file that belong to the wanted articles (rows of the
    partition's articles table)."""
    import pyarrow.parquet as pq

    table = pq.read_table(path, columns=["article", "row"])
    for n, row in zip(table.column("article").to_pylist(), table.column("row").to_pylist(), strict=True):
        if n in wanted:
            yield json.loads(row)


def _cluster_block(block: str, files: list[tuple[str, list[int]]], stored: list[dict]) -> tuple[str, list]:
    """One block clustered as its own task: the rows its partitions wrote for the articles being loaded
    (`files`: Parquet file, those articles' rows) with the rows the store keeps of its other articles."""
    from frontlog.dataset.storage import cluster_reports

    rows = list(stored)
    for path, wanted in files:
        rows.extend(_block_rows(path, set(wanted)))
    return block, cluster_reports(rows)


def parts_dir(db: str | os.PathLike[str]) -> Path:
    """Where an ingest keeps its Parquet rows: beside the store, `<db>.parts/`."""
    return Path(f"{db}.parts")


def dask_ingest(db: str, inputs: Sequence[str], *, scheduler: str | None = None, workers: int | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, quiet: bool = False, err=None, part_articles: int = PART_ARTICLES):
    """`frontlog ingest --engine dask`: the store ends as a single-process ingest leaves it.

    Three steps: the partitions are extracted into Parquet report rows by block; each block those rows touch is
    clustered as its own task (with the rows the store already keeps in it); the articles, their rows and the
    blocks' events are bulk-loaded into the SQLite store, the serving copy."""
    import sqlite3

    from frontlog.dataset.storage import open_store
    from frontlog.jobs.ingest import IngestSummary, current_fingerprint
    from frontlog.jobs.resolvers import store_resolvers

    err = err or sys.stderr
    summary = IngestSummary()
    knowledge = current_fingerprint()  # the workers run this same code and knowledge (FrontlogPlugin)
    root = parts_dir(db)

    def prepare() -> tuple[dict[str, str], list[Part]]:
        with open_store(db, create=True, **store_resolvers()) as store:
            store.refresh()  # finish what an interrupted run left
        with sqlite3.connect(f"file:{Path(db).resolve()}?mode=ro", uri=True) as con:
            known = dict(con.execute("SELECT id, content_hash FROM articles"))
        return known, plan(inputs, part_articles)

    client, (known, parts) = _start(scheduler, workers, prepare)
    try:
        # Sent once to each worker, not once per task (a dict given to scatter would be scattered item by item).
        [known_f] = client.scatter([known], broadcast=True)
        outputs = _run_parts(client, parts, _ingest_part, (max_bytes, known_f, str(root)), quiet, err)
        loads = _to_load(root, outputs, known, summary, err)
        with open_store(db, create=True, **store_resolvers()) as store:
            clustered = _cluster_blocks(client, root, store, loads)
            summary.blocks_clustered = len(clustered)
            store.bulk_load(_load_articles(root, loads, summary), clustered, knowledge=knowledge)
            summary.counts = store.counts()
    finally:
        _close(client)
    return summary


@dataclass
class _Load:
    """What one partition gives the store: its key, the articles to load (their row in the partition's
    articles table -> id) and the blocks it wrote."""

    key: str
    articles: dict[int, str]
    blocks: list[str]


def _to_load(root: Path, outputs: list[dict], known: dict[str, str], summary, err) -> list[_Load]:
    """The articles each partition brings to the store, its items reported and counted in input order as a
    single-process ingest reports them (duplicates across partitions found here). An article a killed run
    loaded already counts as unchanged."""
    import pyarrow.parquet as pq

    first_seen: dict[str, str | None] = {}
    loads = []
    for output in outputs:
        wanted = {it[1] for it in output["items"] if it[0] == "article"}
        hashes: list[tuple[str, str]] = []
        if wanted:
            table = pq.read_table(root / "articles" / f"part-{output['key']}.parquet", columns=["content_hash", "kind"])
            hashes = list(zip(table.column("content_hash").to_pylist(), table.column("kind").to_pylist(), strict=True))
        load = _Load(output["key"], {}, output.get("blocks", []))
        n = -1  # the row of the partition's articles table an "article" item is
        for item in output["items"]:
            n += item[0] == "article"
            error = _item_error(item, first_seen)
            if error is not None:
                summary.errors.append(error)
                print(f"error: {error}", file=err)
                continue
            summary.read += 1
            if item[0] == "unchanged":
                summary.unchanged += 1
                continue
            h, kind = hashes[n]
            if known.get(item[1]) == h:
                summary.unchanged += 1  # loaded already, by a run killed after loading it
                continue
            load.articles[n] = item[1]
            setattr(summary, kind, getattr(summary, kind) + 1)
        if load.articles:
            loads.append(load)
    return loads


def _cluster_blocks(client, root: Path, store, loads: list[_Load]) -> dict[str, list]:
    """Every block the loaded articles' rows fall in, clustered as a task of its own on the cluster."""
    loading = {a for load in loads for a in load.articles.values()}
    files: dict[str, list[tuple[str, list[int]]]] = {}
    for load in loads:
        for block in load.blocks:
            path = root / "reports" / _block_dir(block) / f"part-{load.key}.parquet"
            files.setdefault(block, []).append((str(path), sorted(load.articles)))
    futures = []
    for block in sorted(files):
        # The store's rows of articles not being replaced: the block is clustered whole, as the store would.
        stored = [r for r in store.block_report_rows(block) if r["article_id"] not in loading]
        futures.append(client.submit(_cluster_block, block, files[block], stored, pure=False))
    return dict(client.gather(futures))


def _load_articles(root: Path, loads: list[_Load], summary) -> Iterator[tuple[Article, str, list[dict]]]:
    """The articles to load with their report rows, one partition read at a time (memory follows a partition,
    not the archive)."""
    import datetime as dt

    import pyarrow.parquet as pq

    for load in loads:
        rows: dict[str, list[dict]] = {}
        for block in load.blocks:
            for row in _block_rows(root / "reports" / _block_dir(block) / f"part-{load.key}.parquet", load.articles):
                rows.setdefault(row["article_id"], []).append(row)
        for n, r in enumerate(pq.read_table(root / "articles" / f"part-{load.key}.parquet").to_pylist()):
            if n not in load.articles:
                continue
            article = Article(id=r["id"], text=r["text"], title=r["title"], url=r["url"], source=r["source"],
                              path=r["path"],
                              published=dt.date.fromisoformat(r["published"]) if r["published"] else None)
            mine = sorted(rows.get(r["id"], []), key=lambda x: x["seq"])
            summary.mentions += len(mine)
            yield article, r["content_hash"], mine
