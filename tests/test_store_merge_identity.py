"""The store's incremental merge (refreshes between batches of articles, only changed events written, the rollup's
changes kept apart in timeline_recent) gives exactly the events a clustering from scratch gives, with the same ids,
and the same events as the store gave before its write path was reworked for issue 12 (a digest pinned below)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
from pathlib import Path

import pytest

from frontlog.dataset import storage
from frontlog.dataset.merge import cluster_all
from frontlog.dataset.storage import Filters, SQLiteStore, rollup_rows
from frontlog.model.records import SUB_TO_TYPE, Article, Event

SUBS = ["Armed clash", "Air/drone strike", "Shelling/artillery/missile attack", "Attack",
        "Non-state actor overtakes territory"]
ACTORS = ["Army of the North", "River Brigades", "Hill Militia", None]
BOXES = [("KV", 10.0, 11.5, 20.0, 21.5), ("LM", -3.0, -1.0, 30.0, 32.5)]


def _articles(n_acts: int, seed: int) -> list[tuple[Article, list[Event]]]:
    """Invented acts, each told by one to four articles (same place, windows holding the act's day), three
    reports an article, over two years and two made-up countries' boxes."""
    rng = random.Random(seed)
    tellings: list[Event] = []
    for a in range(n_acts):
        sub = rng.choice(SUBS)
        cc, la0, la1, lo0, lo1 = rng.choice(BOXES)
        lat, lon = round(rng.uniform(la0, la1), 2), round(rng.uniform(lo0, lo1), 2)
        day = dt.date(2020, 1, 1) + dt.timedelta(days=rng.randrange(730))
        actor = rng.choice(ACTORS)
        for _ in range(rng.choice((1, 1, 2, 3, 4))):
            span = rng.choice((0, 0, 2, 6))
            start = day - dt.timedelta(days=rng.randint(0, span))
            end = start + dt.timedelta(days=span)
            tellings.append(Event("", SUB_TO_TYPE[sub], sub, actor, rng.choice(ACTORS), [], f"Town {a}", cc, lat,
                                  lon, rng.choice((1, 1, 2)), start.isoformat(), end.isoformat(),
                                  "day" if span == 0 else "week", rng.choice((None, 0, 3)), None, None, [], 0.7,
                                  None))
    rng.shuffle(tellings)
    out = []
    for i in range(0, len(tellings), 3):
        doc = f"art-{i // 3:05d}"
        evs = [Event(**{**e.to_dict(), "doc_id": doc, "evidence": [f"Report {j} of {doc} on {e.location}."]})
               for j, e in enumerate(tellings[i:i + 3])]
        published = max(dt.date.fromisoformat(e.date_end) for e in evs)  # type: ignore[arg-type]
        out.append((Article(doc, f"Invented article {doc}.", published, f"Title {doc}"), evs))
    return out


def _digest(store: SQLiteStore) -> str:
    rows = sorted((e["id"], e["sub_event_type"], e["date_start"], e["date_end"], e["actor1"], e["actor2"],
                   e["location"], e["fatalities"], e["n_mentions"])
                  for e in store.events(Filters(include_rejected=True)))
    links = sorted(store.con.execute("SELECT e.id, j.value ->> 0, j.key FROM events e, json_each(e.links) j"
                                     ).fetchall())
    return hashlib.sha1(json.dumps([rows, links]).encode()).hexdigest()


# What the store gave for these articles at main 4de1aba, before issue 12's rework of its write path.
PINNED = "6be2ad659ae96f0a537f60a7c847b94c3843f4c3"


@pytest.mark.parametrize("fold", [0, 50, 100_000])
def test_incremental_merge_equals_clustering_from_scratch_with_the_same_ids(
        tmp_path: Path, fold: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(storage, "TIMELINE_FOLD_ROWS", fold)
    arts = _articles(400, seed=4)
    db = tmp_path / "inc.db"
    with SQLiteStore(db) as store:
        for i, (a, evs) in enumerate(arts, 1):
            store.put_article(a, f"h-{a.id}", evs)
            if i % 37 == 0:  # refreshes between batches, as ingest does
                store.refresh()
        store.refresh()
        got = _digest(store)
        mentions = [m for a, evs in arts for m in store._mentions("m.article_id = ?", (a.id,))]
        expected = cluster_all(mentions)
        by_id = {e["id"]: e for e in store.events(Filters(include_rejected=True))}
        assert sorted(by_id) == sorted(e.id for e in expected)
        for ev in expected:
            assert store._members(ev.id) == ev.mention_ids
            assert (by_id[ev.id]["date_start"], by_id[ev.id]["actor1"]) == (ev.date_start, ev.actor1)
        kept = rollup_rows(store.con)
        # Every block rebuilt from scratch: the same events, links and rollup.
        store.mark_all_dirty()
        store.refresh()
        assert _digest(store) == got
        assert rollup_rows(store.con) == kept
    assert got == PINNED
