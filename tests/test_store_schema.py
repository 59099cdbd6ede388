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
    undo_schema_16,
)
from frontlog.model.records import Article
from store_fixture import ARTICLES, DATA, DIABALY, build, load, report


def _events(store: SQLiteStore) -> dict[str, dict]:
    return {e["id"]: {k: v for k, v in e.items() if k != "updated_at"}
            for e in store.events(Filters(include_rejected=True))}


@pytest.mark.parametrize("version", [10, 11, 12, 14, 15])
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
            undo_schema_16(store.con)
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
            undo_schema_16(store.con)
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


def _event_rows(con: sqlite3.Connection) -> list[tuple]:
    """Every column of every event but `seq` (schema 16), in rid order."""
    cols = ", ".join(r[1] for r in con.execute("PRAGMA table_info(events)") if r[1] != "seq")
    return con.execute(f"SELECT {cols} FROM events ORDER BY rid").fetchall()


def _layout(con: sqlite3.Connection) -> tuple[list, list]:
    """The events table's columns (name, type, primary key) and its indexes' SQL."""
    return ([r[1:3] + (r[5],) for r in con.execute("PRAGMA table_info(events)")],
            sorted(r[0] for r in con.execute("SELECT sql FROM sqlite_master WHERE tbl_name = 'events' "
                                              "AND type = 'index' AND sql IS NOT NULL")))


def test_schema_16_keys_the_events_by_arrival_keeps_every_row_and_can_be_taken_back(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    load(DATA / "store_v15.sql", db)
    con = sqlite3.connect(db)
    rows, layout = _event_rows(con), _layout(con)
    others = {t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
              for t in ("events_geo", "events_fts_docsize", "timeline_counts", "mentions", "corrections")}
    con.close()
    assert len(rows) == 4
    with open_store(db) as store:
        con = store.con
        assert con.execute("PRAGMA user_version").fetchone()[0] == 16 == SCHEMA_VERSION
        # seq is the table's key; the rid a unique column beside it, with every other index as it was.
        columns, indexes = _layout(con)
        assert columns[:2] == [("seq", "INTEGER", 1), ("rid", "INTEGER", 0)] and columns[2:] == layout[0][1:]
        assert indexes == sorted([*layout[1], "CREATE UNIQUE INDEX events_rid ON events(rid)"])
        assert _event_rows(con) == rows
        assert [r[0] for r in con.execute("SELECT seq FROM events ORDER BY rid")] == [1, 2, 3, 4]
        assert {t: con.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in others} == others
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("INSERT INTO events SELECT NULL, rid, id || 'x', block, anchor_mention, event_type, "
                        "sub_event_type, actor1, actor2, assoc_actors, location, country, admin1, latitude, "
                        "longitude, geo_precision, date_start, date_end, date_precision, fatalities, "
                        "fatalities_reported, count, claimed_by, evidence, confidence, url, sources, n_mentions, "
                        "corrected, rejected, updated_at, inter1, inter2, location_resolved, links "
                        "FROM events LIMIT 1")
        assert [e["location"] for e in store.events(Filters(text="rebel column"))] == ["Konna"]
        with con:
            con.execute("BEGIN IMMEDIATE")
            undo_schema_16(con)
        # As schema 15 keeps them: the rid the table's key, the same indexes, the same rows.
        assert con.execute("PRAGMA user_version").fetchone()[0] == 15
        assert _layout(con) == layout
        assert con.execute("SELECT sql FROM sqlite_master WHERE name = 'events'").fetchone()[0].startswith(
            "CREATE TABLE events (\n            rid INTEGER PRIMARY KEY,")
        assert _event_rows(con) == rows
    assert integrity_problems(db) == []
    with open_store(db, readonly=True) as store:  # migrated again
        assert store.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _event_rows(store.con) == rows
    assert integrity_problems(db) == []


def test_a_rebuild_appends_its_events_in_order_of_arrival(tmp_path: Path) -> None:
    """The events a refresh writes (direct, or folded from a deferred one) take the next seq, whatever day they
    start on: an event of a day before every stored one gets the smallest rid and the largest seq."""
    db = tmp_path / "s.db"
    build(db)
    with open_store(db) as store:
        con = store.con
        top = con.execute("SELECT max(seq) FROM events").fetchone()[0]
        store.put_article(Article("mali-d", "Invented.", dt.date(2013, 1, 16)), "sha256:mali-d",
                          [report("mali-d", "Armed clash", (14.2, -4.5), "Sofara", "2012-12-20",
                                  "Gunmen and soldiers fought near Sofara.")])
        store.refresh()
        rid, seq = con.execute("SELECT rid, seq FROM events WHERE location = 'Sofara'").fetchone()
        assert rid == con.execute("SELECT min(rid) FROM events").fetchone()[0] and seq == top + 1
        # A running ingest's events wait apart, then are folded in rid order, after every stored one.
        for i, day in enumerate(("2013-02-03", "2012-11-05")):
            store.put_article(Article(f"mali-e{i}", "Invented.", dt.date(2013, 2, 4)), f"sha256:mali-e{i}",
                              [report(f"mali-e{i}", "Armed clash", (13.9 + i, -4.1), f"Town {i}", day,
                                      f"Fighting in Town {i}.")], defer=True)
            store.refresh(defer=True)
        assert con.execute("SELECT count(*) FROM events_recent").fetchone()[0] == 2
        store.refresh()
        folded = con.execute("SELECT location, seq FROM events WHERE seq > ? ORDER BY seq", (seq,)).fetchall()
        assert folded == [("Town 1", seq + 1), ("Town 0", seq + 2)]
        # A changed event is written again at the end.
        store.correct(con.execute("SELECT id FROM events WHERE location = 'Town 1'").fetchone()[0],
                      {"fatalities": "2"}, None, "ana")
        assert con.execute("SELECT location FROM events ORDER BY seq DESC LIMIT 1").fetchone()[0] == "Town 1"
    assert integrity_problems(db) == []


def test_the_readers_by_rid_go_through_its_index(tmp_path: Path) -> None:
    """The text page's check of its matches (queries._checked) and the map's single events are looked up by key,
    never by a read of the whole events table."""
    from frontlog.dataset import queries

    db = tmp_path / "s.db"
    build(db)
    with open_store(db, readonly=True) as store:
        seen: list[str] = []
        store.con.set_trace_callback(seen.append)
        page = queries.page(store, Filters(text="rebel", country="ML"), 10, 0)
        cells = queries.clusters(store, Filters(), (14.0, -7.0, 15.5, -3.0), 12)
        store.con.set_trace_callback(None)
        assert sorted(e["location"] for e in page.events) == ["Diabaly", "Konna", "Konna"]
        assert [(c["kind"], c["count"], c.get("location")) for c in cells["cells"]] == [("cluster", 2, None),
                                                                                       ("event", 1, "Diabaly")]
        assert all("_seq" not in c for c in cells["cells"])
        lookups = [s for s in seen if "e.rid IN (" in s or "WHERE seq IN (" in s]
        assert lookups
        for sql in lookups:
            plan = " | ".join(r[3] for r in store.con.execute("EXPLAIN QUERY PLAN " + sql))
            assert "SCAN e" not in plan and "SCAN events" not in plan, plan


def test_migrations_sort_in_temporary_files_and_leave_the_connection_as_it_was(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A migration that makes indexes again sorts a whole table: in temporary files (temp_store FILE), not in memory
    as the store's connections otherwise sort, so an upgrade's peak memory does not grow with the store."""
    from frontlog.dataset import storage

    db = tmp_path / "old.db"
    load(DATA / "store_v15.sql", db)
    seen: list[int] = []
    real = storage.MIGRATIONS[15]

    def watched(con: sqlite3.Connection) -> None:
        seen.append(con.execute("PRAGMA temp_store").fetchone()[0])
        real(con)

    monkeypatch.setattr(storage, "MIGRATIONS", [*storage.MIGRATIONS[:15], watched])
    with open_store(db) as store:
        assert seen == [1]  # FILE
        assert store.con.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY again (_tune)
        assert store.con.execute("PRAGMA user_version").fetchone()[0] == 16
