"""Migrations from schema 10 on, each tested on a store file the previous schema really wrote
(tests/data/store_vN.sql, made by tests/store_fixture.py): the same events as a store made now, the analysts'
corrections, rejection and split still attached, the text index in step; and what `check --repair` mends."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from frontlog.dataset.storage import SCHEMA_VERSION, Filters, SQLiteStore, check, integrity_problems, open_store
from frontlog.model.records import Article
from store_fixture import ARTICLES, DATA, build, load, report


def _events(store: SQLiteStore) -> dict[str, dict]:
    return {e["id"]: {k: v for k, v in e.items() if k != "updated_at"}
            for e in store.events(Filters(include_rejected=True))}


@pytest.mark.parametrize("version", [10])
def test_a_store_of_an_earlier_schema_migrates_with_its_corrections_attached(tmp_path: Path, version: int) -> None:
    old, fresh = tmp_path / "old.db", tmp_path / "fresh.db"
    load(DATA / f"store_v{version}.sql", old)
    assert sqlite3.connect(old).execute("PRAGMA user_version").fetchone()[0] == version
    worked_on = build(fresh)
    with open_store(old, readonly=True) as store:  # a reader first: the one-time upgrade, then the read
        assert store.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        events = _events(store)
        with open_store(fresh, readonly=True) as made_now:
            assert events == _events(made_now)
        capture = events[worked_on["capture"]]
        assert (capture["actor1"], capture["fatalities"], capture["corrected"]) == ("Ansar Dine", 3,
                                                                                  ["actor1", "fatalities"])
        assert events[worked_on["clash"]]["rejected"] == 1
        assert sorted(e["n_mentions"] for e in events.values() if e["sub_event_type"] == "Air/drone strike") == [1, 1]
        cs, rs = store.corrections()
        assert len(cs) == 3 and len(rs) == 1 and all(c.applied_to is not None for c in cs + rs)
        assert [e["location"] for e in store.events(Filters(text="rebel column"))] == ["Konna"]
    assert integrity_problems(old) == []
    # Rebuilding after the upgrade: a changed article's old sentence leaves the text index, its new one comes.
    with open_store(old) as store:
        store.put_article(Article("mali-b", "Changed.", dt.date(2013, 1, 16)), "sha256:changed",
                          [report("mali-b", "Air/drone strike", (14.95, -3.89), "Konna", "2013-01-12",
                                  "Aircraft struck a fuel depot by Konna.", 6, "Ansar Dine")])
        store.refresh()
        assert list(store.events(Filters(text="rebel column"))) == []
        assert [e["location"] for e in store.events(Filters(text="fuel depot"))] == ["Konna"]
        assert store.explain(worked_on["capture"]).corrections
    assert integrity_problems(old) == []


def test_check_repair_rebuilds_a_text_index_out_of_step_with_the_events(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    build(db)
    con = sqlite3.connect(db)
    # An event deleted behind the store's back: its document stays in the (contentless) index, which cannot drop
    # it without its text; and one event's document lost.
    con.execute("DELETE FROM events WHERE rid = (SELECT max(rid) FROM events)")
    con.execute("DELETE FROM events_fts_docsize WHERE id = (SELECT min(rid) FROM events)")
    con.commit()
    con.close()
    problems = integrity_problems(db)
    assert any("free-text index holds 1 documents of no event and lacks 1 events" in p for p in problems)
    check(db, repair=True)
    assert not any("free-text" in p for p in integrity_problems(db))
    with open_store(db, readonly=True) as store:
        texts = [ev.evidence[0] for evs in ARTICLES.values() for ev in evs]
        found = {t for t in texts if list(store.events(Filters(text=t, include_rejected=True)))}
        stored = {s for e in store.events(Filters(include_rejected=True)) for s in e["evidence"]}
        assert found == stored
