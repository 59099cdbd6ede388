"""One extraction run: read the inputs, extract in batches, write JSON Lines atomically, summarise.

Every problem with one article (unreadable, malformed, too long, over its time budget, or a bug of frontlog's)
becomes one named error line and the run goes on. The output is written only when the run has something to
write, and never over a folder, a device or through a symbolic link. Exit codes (cli.py): 0 all good, 1 some
inputs failed, 2 usage error or nothing to do, 3 frontlog itself failed on an article (a bug to report).
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from frontlog.jobs.documents import DEFAULT_MAX_BYTES, DocumentError, count_inputs, iter_articles, without_surrogates
from frontlog.jobs.parallel import Extractor, failure_error, merge_stats, tail_batches
from frontlog.knowledge.paths import OutputError, atomic_output, check_output
from frontlog.model.extraction import Stats
from frontlog.model.records import Article, Event

BATCH = 32
PROGRESS_FROM = 6  # a progress bar only for more than a handful of articles


class RunError(Exception):
    """The run cannot start or has nothing to do (a missing input, a bad output path, no articles): exit 2."""


def exit_code(errors: Sequence[DocumentError]) -> int:
    """0 all good, 1 some inputs failed, 3 frontlog failed on some article (a bug: it says "please report")."""
    if any(e.internal for e in errors):
        return 3
    return 1 if errors else 0


def check_inputs(inputs: Sequence[str]) -> None:
    """Refuse a run whose inputs name a path that does not exist, before any work (and before any output)."""
    missing = [name for name in inputs if name != "-" and not Path(name).exists()]
    if missing:
        raise RunError(f"{', '.join(missing)}: no such file or folder: check the path (nothing was written)")


def extract_tolerant(articles: Iterable[Article], stats: Stats, batch_size: int = BATCH, extractor=None,
                     jobs: int | None = 1) -> Iterator[tuple[Article, list[Event] | DocumentError]]:
    """Each article with its events, or with the named error it failed with, in input order; batches of
    `batch_size`. `jobs` worker processes extract (None: every core); the results are the same whatever `jobs`
    is. An `extractor` (tests) always runs in this process."""
    if extractor is None and jobs != 1:
        yield from _extract_in_pool(articles, stats, batch_size, jobs)
        return
    from frontlog.extract import extract_batch_tolerant

    batch: list[Article] = []
    warm = extractor is not None

    def flush() -> Iterator[tuple[Article, list[Event] | DocumentError]]:
        nonlocal warm
        if not warm:  # what the first batch would load, loaded before it and frozen, as a worker of --jobs does
            from frontlog.jobs.parallel import warm_up

            warm_up()
            warm = True
        per_article, failures = extract_batch_tolerant(batch, stats, extractor)
        failed = {id(a): failure_error(a, exc) for a, exc in failures}
        for article, events in zip(batch, per_article, strict=True):
            yield article, failed.get(id(article), events)
        batch.clear()

    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from flush()
    if batch:
        yield from flush()


def _extract_in_pool(articles: Iterable[Article], stats: Stats, batch_size: int, jobs: int | None
                     ) -> Iterator[tuple[Article, list[Event] | DocumentError]]:
    with Extractor(jobs) as pool:
        it = iter(articles)
        first = list(itertools.islice(it, batch_size + 1))
        if len(first) > batch_size:
            pool.start()  # more than one batch: the workers load the model while this process reads on
        for result in pool.map((None, batch) for batch in tail_batches(itertools.chain(first, it), batch_size,
                                                                        pool.jobs)):
            merge_stats(stats, result.stats)
            failed = {id(a): failure_error(a, exc) for a, exc in result.failures}
            for article, events in zip(result.articles, result.events, strict=True):
                yield article, failed.get(id(article), events)


@dataclass
class RunSummary:
    articles: int = 0
    events: int = 0
    errors: list[DocumentError] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)

    @property
    def failed(self) -> int:
        return len(self.errors)

    @property
    def exit_code(self) -> int:
        return exit_code(self.errors)

    def line(self, out_name: str) -> str:
        # The errors themselves were printed as they happened: the summary only counts them.
        text = f"{self.articles} articles read, {self.events} events written to {out_name}, {self.failed} failed"
        if self.errors:
            text += " (see the error lines above)"
        if self.stats.undated_relative:
            text += f"; {self.stats.undated_relative} relative dates left without a window (no published date)"
        return text


def extract_to(inputs: Sequence[str], out: str, *, max_bytes: int = DEFAULT_MAX_BYTES, quiet: bool = False,
               stdin: TextIO | None = None, err: TextIO | None = None, explain: bool = False,
               jobs: int | None = 1) -> RunSummary:
    """Extract events from `inputs` into `out` (a path, or "-" for standard output); with `explain`, each record
    carries the ids of the rules that made it (`"rules"`). `jobs` processes extract (None: every core); the
    output is the same whatever `jobs` is.

    The output appears only when the run is complete and read at least one article: a file is written to a
    temporary name and renamed. RunError (before any work) for a missing input or a bad output path; RunError
    after reading when there were no articles at all (the previous output is left as it was).
    """
    err = err or sys.stderr
    check_inputs(inputs)
    if out != "-":
        try:
            check_output(out)
        except OutputError as exc:
            raise RunError(str(exc)) from None
    summary = RunSummary(stats=Stats())
    total = None if quiet else count_inputs(inputs)
    bar = None
    if not quiet and (total is None or total >= PROGRESS_FROM):
        from tqdm import tqdm

        bar = tqdm(total=total, unit="article", file=err, leave=False, disable=None)
    lines: list[str] = []

    def report(error: DocumentError) -> None:
        summary.errors.append(error)
        print(f"error: {error}", file=err)

    def articles() -> Iterator[Article]:
        for item in iter_articles(inputs, max_bytes=max_bytes, stdin=stdin):
            if isinstance(item, DocumentError):
                report(item)
                if bar is not None:
                    bar.update(1)
                continue
            yield item

    for _article, result in extract_tolerant(articles(), summary.stats, jobs=jobs):
        if isinstance(result, DocumentError):
            report(result)
        else:
            lines.extend(e.to_json(with_rules=explain) for e in result)
            summary.events += len(result)
            summary.articles += 1
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    if summary.articles == 0:
        if not summary.errors:
            raise RunError(f"no articles in {', '.join(inputs)}: nothing to do (give .txt, .html or .jsonl "
                           "articles, or folders holding them; nothing was written)")
        return summary  # every input failed: keep the previous output rather than replace it with nothing
    _write(out, lines)
    return summary


def _write(out: str, lines: list[str]) -> None:
    # Readers replace lone surrogates; an Article built elsewhere may still carry one: never lose the output to it.
    payload = without_surrogates("".join(line + "\n" for line in lines))
    if out == "-":
        sys.stdout.write(payload)
        sys.stdout.flush()
        return
    try:
        with atomic_output(out) as tmp:
            tmp.write_text(payload, encoding="utf-8")
    except OutputError as exc:
        raise RunError(str(exc)) from None
    except OSError as exc:  # a full disk, a read-only folder: the previous file is left as it was
        raise RunError(f"cannot write {out} ({exc.strerror or exc}): free some space or choose another -o; "
                       "any previous file there is unchanged") from None
