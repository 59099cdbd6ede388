"""One extraction run: read the inputs, extract in batches, write JSON Lines atomically, summarise."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from frontlog.extract.pipeline import Stats
from frontlog.jobs.documents import DEFAULT_MAX_BYTES, DocumentError, count_inputs, iter_articles
from frontlog.jobs.parallel import Extractor, failure_error, merge_stats
from frontlog.model.records import Article

BATCH = 32
PROGRESS_FROM = 6  # a progress bar only for more than a handful of articles


@dataclass
class RunSummary:
    articles: int = 0
    events: int = 0
    errors: list[DocumentError] = field(default_factory=list)
    stats: Stats = field(default_factory=Stats)

    @property
    def failed(self) -> int:
        return len(self.errors)

    def line(self, out_name: str) -> str:
        text = f"{self.articles} articles read, {self.events} events written to {out_name}, {self.failed} failed"
        if self.errors:
            text += " (" + "; ".join(str(e) for e in self.errors[:3])
            text += f"; and {self.failed - 3} more" if self.failed > 3 else ""
            text += ")"
        if self.stats.undated_relative:
            text += f"; {self.stats.undated_relative} relative dates left without a window (no published date)"
        return text


def extract_to(inputs: Sequence[str], out: str, *, max_bytes: int = DEFAULT_MAX_BYTES, quiet: bool = False,
               stdin: TextIO | None = None, err: TextIO | None = None, explain: bool = False,
               jobs: int | None = 1) -> RunSummary:
    """Extract events from `inputs` into `out` (a path, or "-" for standard output); with `explain`, each record
    carries the ids of the rules that made it (`"rules"`). `jobs` processes extract (None: every core); the
    output is the same whatever `jobs` is.

    The output appears only when the run is complete: a file is written to a temporary name and renamed.
    """
    err = err or sys.stderr
    summary = RunSummary(stats=Stats())
    total = None if quiet else count_inputs(inputs)
    bar = None
    if not quiet and (total is None or total >= PROGRESS_FROM):
        from tqdm import tqdm

        bar = tqdm(total=total, unit="article", file=err, leave=False, disable=None)
    lines: list[str] = []

    def batches() -> Iterator[tuple[DocumentError | None, list[Article]]]:
        # An input error travels in its place among the batches, so it is reported in input order.
        batch: list[Article] = []
        for item in iter_articles(inputs, max_bytes=max_bytes, stdin=stdin):
            if isinstance(item, DocumentError):
                yield item, []
                continue
            batch.append(item)
            if len(batch) >= BATCH:
                yield None, batch
                batch = []
        if batch:
            yield None, batch

    with Extractor(jobs) as pool:
        for result in pool.map(batches()):
            if result.tag is not None:
                summary.errors.append(result.tag)
                if bar is not None:
                    bar.update(1)
                print(f"error: {result.tag}", file=err)
                continue
            merge_stats(summary.stats, result.stats)
            for article, exc in result.failures:
                error = failure_error(article, exc)
                summary.errors.append(error)
                print(f"error: {error}", file=err)
            for events in result.events:
                lines.extend(e.to_json(with_rules=explain) for e in events)
                summary.events += len(events)
            summary.articles += len(result.articles)
            if bar is not None:
                bar.update(len(result.articles))
    if bar is not None:
        bar.close()
    _write(out, lines)
    return summary


def _write(out: str, lines: list[str]) -> None:
    payload = "".join(line + "\n" for line in lines)
    if out == "-":
        sys.stdout.write(payload)
        sys.stdout.flush()
        return
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
