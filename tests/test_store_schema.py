"""Migrations from schema 10 on, each tested on a store file the previous schema really wrote
(tests/data/store_vN.sql, made by tests/store_fixture.py): the same events as a store made now, the analysts'
corrections, rejection and split still attached, the text index in step; and what `check --repair` mends."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest

from frontlog.dataset.storage import (
    SCHEMA_VERSION,
    Filters,
    SQLiteStore,
    check,
    integrity_problems,
    open_store,
    undo_schema_12,
    undo_schema_13,
    undo_schema_14,
    undo_schema_15,
)
from frontlog.model.records import Article
from store_fixture import ARTICLES, DATA, DIABALY, build, load, report


def _events(store: SQLiteStore) -> dict[str, dict]:
    return {e["id"]: {k: v for k, v in e.items() if k != "updated_at"}
            for e in store.events(Filters(include_rejected=True))}


@pytest.mark.parametrize("version", [10, 11, 12, 14])
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


def test_schema_12_can_be_taken_back_and_migrated_again(tmp_path: Path) -> None:
    db, v11 = tmp_path / "s.db", tmp_path / "v11.db"
    worked_on = build(db)
    load(DATA / "store_v11.sql", v11)
    with open_store(db) as store:
        before = _events(store)
        links = store.con.execute("SELECT id, links FROM events ORDER BY id").fetchall()
        with store.con:
            store.con.execute("BEGIN IMMEDIATE")
            undo_schema_15(store.con)
            undo_schema_14(store.con)
            undo_schema_13(store.con)
            undo_schema_12(store.con)
    con = sqlite3.connect(db)
    # As schema 11 keeps them: one row per link, and the events without the column (the file a schema-11 frontlog
    # wrote has the same tables and columns).
    assert con.execute("PRAGMA user_version").fetchone()[0] == 11
    old_con = sqlite3.connect(v11)
    for table in ("events", "event_mentions"):
        assert [r[1:3] for r in con.execute(f"PRAGMA table_info({table})")] == [
            r[1:3] for r in old_con.execute(f"PRAGMA table_info({table})")]
    assert con.execute("SELECT mention_id, position FROM event_mentions WHERE event_id = ? ORDER BY position",
                       (worked_on["capture"],)).fetchall() == [(json.loads(dict(links)[worked_on["capture"]])[0][0], 0)]
    con.close()
    old_con.close()
    with open_store(db) as store:
        assert store.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _events(store) == before
        assert store.con.execute("SELECT id, links FROM events ORDER BY id").fetchall() == links
        cs, rs = store.corrections()
        assert all(c.applied_to is not None for c in cs + rs)
    assert integrity_problems(db) == []


def test_an_event_changed_by_an_analyst_or_a_new_report_is_found_where_and_as_it_is_now(tmp_path: Path) -> None:
    from frontlog.dataset.storage import build_timeline_counts, rollup_rows, text_index_strays

    db = tmp_path / "s.db"
    worked_on = build(db)
    with open_store(db) as store:
        capture = worked_on["capture"]
        # Moved by an analyst to another town: found at its new point and by its new name only.
        store.correct(capture, {"location": "Sevare", "latitude": "14.53", "longitude": "-4.10"}, None, "ana")
        assert [e["id"] for e in store.events(Filters(bbox=(14.4, -4.2, 14.6, -4.0)))] == [capture]
        assert list(store.events(Filters(bbox=(14.6, -6.1, 14.8, -5.9)))) == []
        assert [e["id"] for e in store.events(Filters(text="Sevare"))] == [capture]
        # A report joining it: its text grown.
        store.put_article(Article("mali-d", "Invented.", dt.date(2013, 1, 16)), "sha256:mali-d",
                          [report("mali-d", "Non-state actor overtakes territory", DIABALY, "Diabaly",
                                  "2013-01-14", "Insurgents held Diabaly by nightfall.")])
        store.refresh()
        assert store.event(capture)["n_mentions"] == 2
        assert [e["id"] for e in store.events(Filters(text="held Diabaly by nightfall"))] == [capture]
        store.correct(capture, {"date_start": "2013-01-13"}, None, "ana")
        assert [e["id"] for e in store.events(Filters(since="2013-01-13", until="2013-01-13"))] == [capture]
        assert text_index_strays(store.con) == (0, 0)
        assert store.con.execute("SELECT count(*) FROM events_geo").fetchone()[0] == store.con.execute(
            "SELECT count(*) FROM events WHERE latitude IS NOT NULL").fetchone()[0]
        kept_rollup = rollup_rows(store.con)
        with store.con:
            store.con.execute("BEGIN IMMEDIATE")
            build_timeline_counts(store.con)
        assert rollup_rows(store.con) == kept_rollup
    assert integrity_problems(db) == []


def test_schema_13_can_be_taken_back_with_its_pending_spans_and_migrated_again(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    worked_on = build(db)
    with open_store(db) as store:
        before = _events(store)
        # A report stored, its refresh not yet run (a killed ingest): its days wait in dirty_spans.
        store.put_article(Article("mali-d", "Invented.", dt.date(2013, 1, 16)), "sha256:mali-d",
                          [report("mali-d", "Non-state actor overtakes territory", DIABALY, "Diabaly",
                                  "2013-01-14", "Insurgents held Diabaly by nightfall.")])
        pending = store.dirty()
        assert pending and store.con.execute("SELECT count(*) FROM dirty_blocks").fetchone()[0] == 0
        with store.con:
            store.con.execute("BEGIN IMMEDIATE")
            undo_schema_15(store.con)
            undo_schema_14(store.con)
            undo_schema_13(store.con)
    con = sqlite3.connect(db)
    # As schema 12 keeps them: the block marked whole.
    assert con.execute("PRAGMA user_version").fetchone()[0] == 12
    assert [r[0] for r in con.execute("SELECT block FROM dirty_blocks ORDER BY block")] == pending
    assert con.execute("SELECT 1 FROM sqlite_master WHERE name = 'dirty_spans'").fetchone() is None
    con.close()
    with open_store(db) as store:
        assert store.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        store.refresh()
        after = _events(store)
        capture = worked_on["capture"]
        assert (before[capture]["n_mentions"], after[capture]["n_mentions"]) == (1, 2)  # the report joined it
        assert {k: v for k, v in after.items() if k != capture} == {k: v for k, v in before.items() if k != capture}
    assert integrity_problems(db) == []
