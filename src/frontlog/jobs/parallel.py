"""Extraction on every core: batches of articles go to a pool of worker processes, results come back in order.

Each worker loads the spaCy model, the gazetteer, the actor table and the lexicon once (the pool's initializer),
then runs `extract_batch_tolerant` on the batches it is given. The parent reads the inputs, keeps at most a few
batches per worker in flight (so memory stays flat however large the archive), and hands results back in the
order the batches were given: the output is the same, byte for byte, whatever the number of workers. The parent
is the only writer (of the JSON Lines file or the store).

With one job, or when the input is a single batch, no pool is started: everything runs in this process.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing as mp
import os
import pickle
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing.connection import wait
from typing import Generic, TypeVar

from frontlog.jobs.documents import DocumentError
from frontlog.model.extraction import ArticleLimitError, Stats
from frontlog.model.records import Article, Event

T = TypeVar("T")
A = TypeVar("A")
IN_FLIGHT_PER_WORKER = 3  # enough to keep every worker busy while the parent reads and writes
TAIL_MIN = 4  # the smallest batch of the tail (each batch costs a round trip and a short nlp.pipe)


def default_jobs() -> int:
    """The cores this process may run on (the affinity mask where the OS has one, as in a container)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def tail_batches(items: Iterable[A], size: int, workers: int) -> Iterator[list[A]]:
    """`items` in batches of `size`, but for the last few: once the input ends, what is left is cut into batches
    that shrink (a share of what remains per worker, down to TAIL_MIN), so that the workers finish together
    rather than one of them working alone through a last full batch.

    Reads `workers + 1` batches ahead of what it yields (to know where the end is); the order of the items is
    kept."""
    ahead: deque[A] = deque()
    hold = size * (workers + 1)
    whole = 0  # full batches given
    for item in items:
        ahead.append(item)
        if len(ahead) >= hold:
            yield [ahead.popleft() for _ in range(size)]
            whole += 1
    if not whole and len(ahead) <= size:  # a single batch: Extractor runs it in this process, no pool started
        if ahead:
            yield list(ahead)
        return
    while ahead:
        share = -(-len(ahead) // (2 * workers))  # half of a worker's share of what is left, rounded up
        yield [ahead.popleft() for _ in range(min(len(ahead), max(TAIL_MIN, min(size, share))))]


def merge_stats(into: Stats, part: Stats) -> None:
    """Add one batch's counts (from a worker) to the run's."""
    into.articles += part.articles
    into.events += part.events
    into.undated_relative += part.undated_relative
    into.rejected_modality += part.rejected_modality
    into.no_place += part.no_place
    into.reasons.update(part.reasons)


@dataclass
class BatchResult(Generic[T]):
    """What one batch gave: its tag (the caller's, never sent to a worker), events per article, the articles
    that made the extractor fail (with the exception), and the batch's counts."""

    tag: T
    articles: Sequence[Article]
    events: list[list[Event]]
    failures: list[tuple[Article, Exception]]
    stats: Stats


_frozen = False


def warm_up() -> None:
    """Load everything extraction needs, once per process: the model, the gazetteer index, and the knowledge's
    stages (actors, lexicon, word classes, patterns) exactly as the extractor will use them.

    Then what is loaded is frozen out of the cyclic garbage collector's sight (`gc.freeze`, once per process): it
    lives as long as the process, yet every older-generation collection walked it again, and a worker also walks
    what Dask or the pool imported. Measured on 192 articles after warm-up: collections took 7.8% of extraction's
    CPU, 2.4% with the loaded objects frozen."""
    global _frozen
    from frontlog.extract.nlp import load_nlp
    from frontlog.extract.pipeline import stages_for
    from frontlog.knowledge.base import default_knowledge

    kb = default_knowledge()
    load_nlp(kb)  # the pipeline of this knowledge: the parse and the finders that write doc.spans
    kb.gazetteer.lookup("Aleppo")  # opens the index (building it if this process is the first)
    stages_for(kb)
    if not _frozen:
        gc.collect()  # what loading left as garbage goes now, not frozen with the rest
        gc.freeze()
        _frozen = True


# One worker per core: numerical libraries must not each start a thread per core on top of that (with two
# workers on two cores, oversubscribed BLAS threads made --jobs 2 slower than one process).
SINGLE_THREADED = {"OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}


def _exit_with_parent() -> None:
    """End this worker when the parent dies. A parent killed outright (SIGKILL, the OOM killer, a CI timeout) runs
    no clean-up, and a pool worker waiting for its next task never sees the queue close (it holds the queue's
    write end itself), so it would sleep forever holding its memory."""
    parent = mp.parent_process()
    if parent is None:
        return

    def watch() -> None:
        wait([parent.sentinel])
        os._exit(1)

    threading.Thread(target=watch, name="frontlog-parent-watch", daemon=True).start()


def _worker_init() -> None:
    _exit_with_parent()
    for var, value in SINGLE_THREADED.items():
        os.environ.setdefault(var, value)  # before numpy is first imported, by load_nlp
    warm_up()


def _ready() -> None:
    """An empty task: submitting one per worker makes the pool start every worker at once."""


def _picklable(exc: Exception) -> Exception:
    """An exception that survives the trip back to the parent (some custom ones cannot be unpickled)."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - anything unpicklable is replaced by a plain description of it
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _extract_in_worker(articles: Sequence[Article]) -> tuple[list[list[Event]], list[tuple[int, Exception]], Stats]:
    from frontlog.extract import extract_batch_tolerant

    stats = Stats()
    events, failures = extract_batch_tolerant(articles, stats)
    # Failed articles go back as positions: the parent reports its own Article objects.
    where = {id(a): i for i, a in enumerate(articles)}
    return events, [(where[id(a)], _picklable(e)) for a, e in failures], stats


def failure_error(article: Article, exc: Exception) -> DocumentError:
    """The named error line for an article extraction failed on: a limit it is over, or a bug to report
    (`internal`, so the run exits 3). Shared by every engine: one message whichever process failed."""
    where = article.path or article.id
    if isinstance(exc, ArticleLimitError):
        return DocumentError(where, str(exc))
    return DocumentError(where, f"frontlog failed on article {article.id!r} ({type(exc).__name__}: {exc}): "
                                f"please report it to frontlog's maintainers with the article",
                         internal=True)


class PoolError(RuntimeError):
    """A worker process died (killed, out of memory): the run cannot promise complete output."""


class Extractor:
    """Ordered batch extraction over `jobs` processes; use as a context manager so the pool is shut down.

    `map(items)` takes (tag, articles) pairs and yields a BatchResult per pair, in the same order. A pair with
    no articles (e.g. an input error the caller wants reported in its place) passes through without work.
    """

    def __init__(self, jobs: int | None = None) -> None:
        self.jobs = default_jobs() if jobs is None else jobs
        if self.jobs < 1:
            raise ValueError(f"jobs must be 1 or more, not {self.jobs}")
        self._pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def start(self) -> None:
        """Start the workers now (each loads the model, seconds), while the caller reads on: for a caller that
        already knows there is more than one batch of work. `map` starts them by itself otherwise."""
        if self.jobs > 1:
            self._start()

    def _start(self) -> ProcessPoolExecutor:
        if self._pool is None:
            from frontlog.knowledge.gazetteer import build_index

            build_index()  # once, here, rather than raced by every worker of a first run
            # spawn: workers do not inherit the parent's threads (the progress bar's) or its open SQLite handles.
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=mp.get_context("spawn"),
                                             initializer=_worker_init)
            # The pool spawns a process per task submitted while none is idle: one empty task per worker starts
            # them all now, so that they load the model side by side.
            for _ in range(self.jobs):
                self._pool.submit(_ready)
        return self._pool

    def map(self, items: Iterable[tuple[T, Sequence[Article]]]) -> Iterator[BatchResult[T]]:
        if self.jobs == 1:
            for tag, articles in items:
                yield self._local(tag, articles)
            return
        # Workers each load the model (seconds): start them only once there are two batches of work.
        it = iter(items)
        buffered: list[tuple[T, Sequence[Article]]] = []
        for item in it:
            buffered.append(item)
            if sum(1 for _tag, arts in buffered if arts) >= 2:
                break
        else:
            for tag, articles in buffered:
                yield self._local(tag, articles)
            return
        limit = self.jobs * IN_FLIGHT_PER_WORKER
        pool = self._start()
        pending: deque[tuple[T, Sequence[Article], Future | None]] = deque()
        for tag, articles in itertools.chain(buffered, it):
            pending.append((tag, articles, pool.submit(_extract_in_worker, list(articles)) if articles else None))
            while len(pending) > limit or pending and (pending[0][2] is None or pending[0][2].done()):
                yield self._collect(*pending.popleft())
        while pending:
            yield self._collect(*pending.popleft())

    @staticmethod
    def _local(tag: T, articles: Sequence[Article]) -> BatchResult[T]:
        from frontlog.extract import extract_batch_tolerant

        stats = Stats()
        if not articles:
            return BatchResult(tag, articles, [], [], stats)
        events, failures = extract_batch_tolerant(articles, stats)
        return BatchResult(tag, articles, events, failures, stats)

    def _collect(self, tag: T, articles: Sequence[Article], future: Future | None) -> BatchResult[T]:
        if future is None:
            return BatchResult(tag, articles, [], [], Stats())
        from concurrent.futures.process import BrokenProcessPool

        try:
            events, failed_at, stats = future.result()
        except BrokenProcessPool as exc:
            self.close()
            raise PoolError("an extraction worker process died (out of memory, or killed): rerun with fewer "
                            "--jobs") from exc
        return BatchResult(tag, articles, events, [(articles[i], exc) for i, exc in failed_at], stats)
