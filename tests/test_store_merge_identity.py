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
from frontlog.dataset.merge import cluster, cluster_all
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


# ------------------------------------------------------------------------------------------------ runs
# A refresh re-clusters only the runs of a block that a stored, changed or removed report reaches (merge.runs);
# what it leaves must be what clustering the whole block gives, row for row.

def _report(doc: str, start: str, end: str | None = None, actor1: str | None = "Army of the North") -> Event:
    return Event(doc, SUB_TO_TYPE["Attack"], "Attack", actor1, None, [], "Town", "KV", 10.5, 20.5, 1,
                 start, end or start, "day", None, None, None, [f"Report of {doc} from {start}."], 0.7, None)


def _put(store: SQLiteStore, doc: str, *evs: Event, version: str = "1") -> None:
    store.put_article(Article(doc, f"Invented article {doc}.", dt.date(2021, 12, 31), f"Title {doc}"),
                      f"h-{doc}-{version}", [Event(**{**e.to_dict(), "doc_id": doc}) for e in evs])


def _rows(store: SQLiteStore) -> list[tuple]:
    return store.con.execute("SELECT * FROM events ORDER BY rid").fetchall()


def _as_whole_block_rebuild(store: SQLiteStore) -> None:
    """Every row (row ids included) is what re-clustering every block whole gives: that rebuild writes nothing."""
    rows = _rows(store)
    store.mark_all_dirty()
    store.refresh()
    assert _rows(store) == rows


def _clustered(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The articles of the mentions each call of the store's clustering gets."""
    calls: list[list[str]] = []

    def spy(mentions, solo=()):  # type: ignore[no-untyped-def]
        mentions = list(mentions)
        calls.append(sorted(m.article_id for m in mentions))
        return cluster(mentions, solo)

    monkeypatch.setattr(storage, "cluster", spy)
    return calls


def test_a_report_in_a_far_run_of_a_big_block_reclusters_that_run_only(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with SQLiteStore(tmp_path / "s.db") as store:
        # One block (a town, a year) with twelve attacks a month apart, each told by one article.
        days = [dt.date(2021, m, 10).isoformat() for m in range(1, 13)]
        for i, day in enumerate(days):
            _put(store, f"old-{i:02d}", _report(f"old-{i:02d}", day))
        store.refresh()
        before = {e["id"]: e for e in store.events()}
        assert len(before) == 12
        calls = _clustered(monkeypatch)
        # A second telling of the November attack, in a week's window from its day (the first telling stays the
        # first: the event keeps its id).
        _put(store, "second", _report("second", "2021-11-10", "2021-11-16"))
        store.refresh()
        assert calls == [["old-10", "second"]]  # the November run, not the block's other eleven attacks
        after = {e["id"]: e for e in store.events()}
        assert sorted(after) == sorted(before)
        joined = [e for e in after.values() if e["n_mentions"] == 2]
        assert [(e["date_start"], [s["doc_id"] for s in e["sources"]]) for e in joined] == [
            ("2021-11-10", ["old-10", "second"])]
        assert {k: v for k, v in after.items() if v["n_mentions"] == 1} == {
            k: v for k, v in before.items() if v["date_start"] != "2021-11-10"}
        _as_whole_block_rebuild(store)


def test_a_report_bridging_two_runs_reclusters_both(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with SQLiteStore(tmp_path / "s.db") as store:
        # Two runs of one block: an attack by one side on 1 March, one by no named side on 4 March.
        _put(store, "a", _report("a", "2021-03-01"))
        _put(store, "b", _report("b", "2021-03-04", actor1=None))
        _put(store, "far", _report("far", "2021-09-01"))
        store.refresh()
        assert len(list(store.events())) == 3
        calls = _clustered(monkeypatch)
        # A report of the other side, 1-4 March: it cannot join the first attack (the sides clash), so it opens an
        # event of its own that the 4 March report, in the other run, now joins.
        _put(store, "c", _report("c", "2021-03-01", "2021-03-04", actor1="Hill Militia"))
        store.refresh()
        assert calls == [["a", "b", "c"]]
        got = sorted(([s["doc_id"] for s in e["sources"]], e["date_start"]) for e in store.events())
        assert got == [(["a"], "2021-03-01"), (["c", "b"], "2021-03-04"), (["far"], "2021-09-01")]
        _as_whole_block_rebuild(store)


def test_a_report_gone_from_a_run_splits_it_and_its_event(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with SQLiteStore(tmp_path / "s.db") as store:
        _put(store, "far", _report("far", "2021-12-01"))
        # A month's window and two one-day reports of other articles in it: one run; the first day joins it.
        _put(store, "long", _report("long", "2021-05-01", "2021-05-31"))
        _put(store, "x", _report("x", "2021-05-10"))
        _put(store, "y", _report("y", "2021-05-20", actor1=None))
        store.refresh()
        got = sorted(([s["doc_id"] for s in e["sources"]], e["date_start"]) for e in store.events())
        assert got == [(["far"], "2021-12-01"), (["long", "x"], "2021-05-10"), (["y"], "2021-05-20")]
        # The long report's article changes: it now tells of another act. x and y stand alone, in runs of their own.
        calls = _clustered(monkeypatch)
        _put(store, "long", _report("long", "2021-08-01"), version="2")
        store.refresh()
        assert calls == [["long", "x", "y"]]  # the runs the report left and the one it came to, not December's
        got = sorted(([s["doc_id"] for s in e["sources"]], e["date_start"]) for e in store.events())
        assert got == [(["far"], "2021-12-01"), (["long"], "2021-08-01"), (["x"], "2021-05-10"),
                       (["y"], "2021-05-20")]
        _as_whole_block_rebuild(store)
