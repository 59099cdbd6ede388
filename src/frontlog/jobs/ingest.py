"""Feeding the store: read articles, extract only the new or changed ones, store each in its own transaction.

An article is new when its id is not stored, changed when its content hash (text + metadata) differs; unchanged
articles are skipped, so ingesting the same input twice changes nothing. A changed article replaces its own
mentions. `reextract=True` reruns extraction on stored articles (after a lexicon or gazetteer change) — on the
given inputs, or on every stored article when no input is given; with `stale=True` only on those whose reports
another knowledge or extractor code made.

Every article is stored with the fingerprint of what made its reports (`extract/version.py`: the extractor's code
and the `KnowledgeBase`'s files, the package's and the user's), so a change of either (a new alias in
`$FRONTLOG_HOME/actors.tsv`, a new frontlog) makes the reports made before it stale: `stale_articles` counts them.

Articles are extracted in small batches and each is committed on its own, so a kill loses at most the batch in
flight; the merged events are rebuilt at the end (and every REFRESH_EVERY articles) from whatever blocks the stored
articles marked, so the next run finishes the job of an interrupted one.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TextIO

from frontlog.dataset.storage import EventStore
from frontlog.jobs.documents import DEFAULT_MAX_BYTES, DocumentError, iter_articles
from frontlog.model.records import Article, Event

BATCH = 8  # small: each batch is the most a kill can lose
REFRESH_EVERY = 500
PROGRESS_FROM = 6

Extractor = Callable[[Sequence[Article]], list[list[Event]]]


def content_hash(article: Article) -> str:
    """What decides whether an article changed: its text and every metadata field extraction reads."""
    payload = json.dumps([article.text, article.published.isoformat() if article.published else None,
                          article.title, article.url, article.source], ensure_ascii=False)
    return "sha256:" + hashlib.sha256(payload.encode("utf-8")).hexdigest()


def current_fingerprint() -> str:
    """The fingerprint this process's extractor and knowledge give the reports it makes."""
    from frontlog.extract.version import report_fingerprint
    from frontlog.knowledge.base import default_knowledge

    return report_fingerprint(default_knowledge())


def stale_articles(store: EventStore, knowledge: str | None = None) -> list[str]:
    """The ids of the stored articles whose reports another knowledge or extractor code made than this process's
    (or `knowledge`), an older frontlog's included."""
    return store.stale(knowledge or current_fingerprint())


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    reextracted: int = 0
    stale: int = 0  # of the articles read, how many were stale (made by another knowledge or extractor code)
    mentions: int = 0
    errors: list[DocumentError] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    blocks_clustered: int = 0  # --engine dask: blocks clustered as tasks of their own, then bulk-loaded

    def line(self) -> str:
        stale = f" ({self.stale} of them stale)" if self.stale else ""
        text = (f"{self.read} articles read: {self.new} new, {self.changed} changed, {self.reextracted} re-extracted"
                f"{stale}, {self.unchanged} unchanged, {len(self.errors)} failed; {self.mentions} mentions stored")
        if self.counts:
            text += (f"; the store holds {self.counts['articles']} articles, {self.counts['mentions']} mentions, "
                     f"{self.counts['events']} events")
        if self.errors:
            text += " (see the error lines above)"  # each was printed once, as it happened
        return text


def ingest(store: EventStore, inputs: Sequence[str], *, reextract: bool = False, stale: bool = False,
           max_bytes: int = DEFAULT_MAX_BYTES, quiet: bool = True, err: TextIO | None = None,
           extractor: Extractor | None = None, batch_size: int = BATCH, jobs: int | None = 1,
           knowledge: str | None = None) -> IngestSummary:
    """Extract and store the new or changed articles of `inputs` (see the module doc); `jobs` worker processes
    extract (None: every core) while this process alone writes the store. `stale` (with `reextract`): re-extract
    only the stored articles whose fingerprint is not `knowledge` (default: this process's, current_fingerprint).

    Extraction takes the same tolerant path as `frontlog extract` (run.extract_tolerant): an article it fails on
    is one named error, stores nothing of its own, and the others of its batch are stored.
    """
    from frontlog.jobs.run import extract_tolerant
    from frontlog.model.extraction import Stats

    err = err or sys.stderr
    summary = IngestSummary()
    knowledge = knowledge or current_fingerprint()
    store.refresh()  # finish what an interrupted run left
    outdated = set(store.stale(knowledge)) if reextract else set()
    pending: list[tuple[Article, str, str]] = []  # article, hash, what it is (new/changed/reextracted)

    if inputs:
        for item in iter_articles(inputs, max_bytes=max_bytes):
            if isinstance(item, DocumentError):
                summary.errors.append(item)
                print(f"error: {item}", file=err)
                continue
            summary.read += 1
            h = content_hash(item)
            stored = store.article_hash(item.id)
            if stored is None:
                pending.append((item, h, "new"))
            elif stored != h:
                pending.append((item, h, "changed"))
            elif reextract and (not stale or item.id in outdated):
                pending.append((item, h, "reextracted"))
            else:
                summary.unchanged += 1
    elif reextract:
        for art in store.stored_articles(outdated if stale else None):
            summary.read += 1
            pending.append((art, content_hash(art), "reextracted"))
    summary.stale = sum(1 for a, _h, kind in pending if kind == "reextracted" and a.id in outdated)

    bar = None
    if not quiet and len(pending) >= PROGRESS_FROM:
        from tqdm import tqdm

        bar = tqdm(total=len(pending), unit="article", file=err, leave=False, disable=None)
    since_refresh = 0
    what = {id(article): (h, kind) for article, h, kind in pending}
    results = extract_tolerant((a for a, _h, _k in pending), Stats(), batch_size, extractor, jobs)
    for article, events in results:
        if isinstance(events, DocumentError):
            summary.errors.append(events)
            print(f"error: {events}", file=err)
        else:
            h, kind = what[id(article)]
            try:
                store.put_article(article, h, events, knowledge, defer=True)
            except Exception as exc:
                exc.add_note(f"storing article {article.id!r} from {article.path or 'the store'}")
                raise
            setattr(summary, kind, getattr(summary, kind) + 1)
            summary.mentions += len(events)
        since_refresh += 1
        if since_refresh >= REFRESH_EVERY:
            store.refresh(defer=True)  # the events wait apart, folded in thousands (the last refresh folds all)
            since_refresh = 0
        if bar is not None:
            bar.update(1)
    if bar is not None:
        bar.close()
    if reextract and not stale:
        # Everything again: the events too (a change of the merge rules changes no report).
        store.mark_all_dirty()
    store.refresh()
    summary.counts = store.counts()
    return summary

