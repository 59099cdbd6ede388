"""A running ingest's refreshes keep their events apart (events_recent, events_gone) until a fold moves them into
the large tables (schema 14, issue 12): after every fold the store is row for row, rid for rid, what refreshing
straight into the large tables gives; until then readers see it as it was at the last fold."""

from __future__ import annotations

import dataclasses
import random
import sqlite3
from pathlib import Path

import pytest

from frontlog.dataset import storage
from frontlog.dataset.export import export
from frontlog.dataset.storage import (
    SCHEMA_VERSION,
    Filters,
    SQLiteStore,
    check,
    integrity_problems,
    pending_recent,
    rollup_rows,
    undo_schema_14,
    undo_schema_15,
    undo_schema_16,
    unlinked_mentions,
)
from frontlog.model.records import Event
from test_store_merge_identity import _articles

WORDS = ["report", "town", "art", "0001", "Town 3"]


def _state(store: SQLiteStore) -> tuple:
    """Everything a reader can get of the events: rows, points, text answers, rollup; and the reports, as readers
    see them (those of `mentions` and those waiting for a fold: schema 15). Not the events' `seq` (schema 16), the
    order their rows were written in, which differs between a direct and a deferred ingest."""
    con = store.con
    cols = ", ".join(r[1] for r in con.execute("PRAGMA table_info(events)") if r[1] != "seq")
    rows = con.execute(f"SELECT {cols} FROM events ORDER BY rid").fetchall()
    geo = con.execute("SELECT * FROM events_geo ORDER BY rid").fetchall()
    text = [con.execute("SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid",
                        (f'"{w}"',)).fetchall() for w in WORDS]
    older = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'mentions_all'").fetchone() is None  # undone
    reports = con.execute(f"SELECT * FROM {'mentions' if older else 'mentions_all'} ORDER BY id").fetchall()
    return rows, geo, text, rollup_rows(con), reports


def _reports(store: SQLiteStore) -> tuple[list[tuple], int]:
    """The reports in the large table, and how many wait in mentions_recent."""
    return (store.con.execute("SELECT * FROM mentions ORDER BY id").fetchall(),
            store.con.execute("SELECT count(*) FROM mentions_recent").fetchone()[0])


def _changed(evs: list[Event], rng: random.Random) -> list[Event]:
    """An article's reports told again otherwise: a report dropped, or one moved by a few days."""
    if len(evs) > 1 and rng.random() < 0.5:
        return evs[1:]
    e = evs[0]
    start = e.date_start[:8] + f"{min(28, int(e.date_start[8:]) + 1):02d}"
    return [Event(**{**e.to_dict(), "date_start": start, "date_end": max(start, e.date_end)}), *evs[1:]]


def _twins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fold_at: int, seed: int
           ) -> tuple[SQLiteStore, SQLiteStore, list[tuple]]:
    """Two stores given the same writes: `direct` refreshed as before, `deferred` as an ingest now refreshes (its
    folds every `fold_at` waiting rows); returns them (open) and `deferred`'s state at each of its folds."""
    monkeypatch.setattr(storage, "FOLD_EVENTS", fold_at)
    monkeypatch.setattr(storage, "_now", lambda: "2026-01-01T00:00:00+00:00")  # the same ingestion times in both
    rng = random.Random(seed)
    arts = _articles(300, seed=seed)
    direct, deferred = SQLiteStore(tmp_path / "direct.db"), SQLiteStore(tmp_path / "deferred.db")
    folds = []
    for i, (a, evs) in enumerate(arts, 1):
        for store in (direct, deferred):
            store.put_article(a, f"h-{a.id}", evs, defer=store is deferred)
        if i % 7 == 0:  # an article stored earlier told again otherwise: stored events replaced
            b, bevs = arts[rng.randrange(i)]
            new = _changed(bevs, rng)
            for store in (direct, deferred):
                store.put_article(b, f"h-{b.id}-{i}", new, defer=store is deferred)
        if i % 23 == 0:
            before = _state(deferred)
            direct.refresh()
            deferred.refresh(defer=True)
            if pending_recent(deferred.con) == 0:
                assert _state(deferred) == _state(direct)
                assert _reports(deferred) == (_reports(direct)[0], 0)  # the reports folded with the events
                folds.append(_state(deferred))
            else:
                assert _state(deferred)[0] == before[0] or folds[-1:] == [_state(deferred)]
                assert _state(deferred)[4] == _state(direct)[4]  # readers see every report
    for b, bevs in arts[:3]:  # the last writes wait
        new = _changed(bevs, rng)
        for store in (direct, deferred):
            store.put_article(b, f"h-{b.id}-last", new, defer=store is deferred)
    direct.refresh()
    deferred.refresh(defer=True)
    return direct, deferred, folds


@pytest.mark.parametrize(("fold_at", "seed"), [(40, 1), (150, 2), (10_000, 3)])
def test_a_deferred_ingest_folds_into_the_very_rows_a_direct_one_writes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fold_at: int, seed: int) -> None:
    direct, deferred = _twins(tmp_path, monkeypatch, fold_at, seed)[:2]
    try:
        waiting, n = _state(deferred), pending_recent(deferred.con)
        assert n > 0 or fold_at < 1_000  # (a small fold_at may just have folded)
        assert _reports(deferred)[1] > 0 or fold_at < 1_000
        deferred.refresh()  # the ingest's last refresh: everything folded
        assert pending_recent(deferred.con) == 0
        assert _state(deferred) == _state(direct)
        assert _reports(deferred) == (_reports(direct)[0], 0)
        assert (_state(deferred) != waiting) == (n > 0)
        for f in (Filters(), Filters(text="report"), Filters(bbox=(10.0, 20.0, 11.0, 21.0)),
                  Filters(since="2020-06-01", until="2020-12-31", event_type="Battles")):
            assert list(deferred.events(f)) == list(direct.events(f))
    finally:
        direct.close()
        deferred.close()
    assert integrity_problems(tmp_path / "deferred.db") == []
    for name in ("direct", "deferred"):
        with SQLiteStore(tmp_path / f"{name}.db", readonly=True) as store:
            export(store, "jsonl", tmp_path / f"{name}.jsonl")
    assert (tmp_path / "deferred.jsonl").read_bytes() == (tmp_path / "direct.jsonl").read_bytes()


def test_while_events_wait_readers_see_the_store_of_the_last_fold(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    direct, deferred, folds = _twins(tmp_path, monkeypatch, 10_000, 5)
    try:
        assert folds == []  # never folded: the readers still see the empty store
        assert list(deferred.events()) == [] and deferred.counts()["events"] == 0
        assert deferred.counts()["mentions"] == direct.counts()["mentions"]
        # Any other writer folds first: an analyst's correction sees every stored article's events.
        ev = next(direct.events())
        for store in (direct, deferred):
            store.correct(ev["id"], {"fatalities": "7"}, "count checked", "analyst")
        assert pending_recent(deferred.con) == 0
        assert _state(deferred) == _state(direct)
    finally:
        direct.close()
        deferred.close()


def test_a_fold_cut_short_leaves_the_store_as_it_was(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    direct, deferred = _twins(tmp_path, monkeypatch, 10_000, 6)[:2]
    try:
        waiting, n = _state(deferred), pending_recent(deferred.con)

        def killed(con: sqlite3.Connection, delta: object) -> None:
            raise KeyboardInterrupt  # the process stopped inside the fold's transaction

        monkeypatch.setattr(storage, "apply_rollup", killed)
        with pytest.raises(KeyboardInterrupt):
            deferred.fold()
        monkeypatch.undo()
        assert (_state(deferred), pending_recent(deferred.con)) == (waiting, n)
        assert _reports(deferred)[1] > 0  # the reports waiting still wait
        assert deferred.fold() == n
        assert _state(deferred) == _state(direct)
        assert _reports(deferred) == (_reports(direct)[0], 0)
    finally:
        direct.close()
        deferred.close()


def test_check_reports_waiting_events_and_repair_folds_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    direct, deferred = _twins(tmp_path, monkeypatch, 10_000, 7)[:2]
    expected = _state(direct)
    direct.close()
    deferred.close()  # an ingest killed between two refreshes
    db = tmp_path / "deferred.db"
    assert integrity_problems(db) == []  # waiting is not broken
    assert unlinked_mentions(db) == 0
    report = check(db)
    assert not report.ok and report.pending_events > 0
    report = check(db, repair=True)
    assert report.ok and report.pending_events == 0
    with SQLiteStore(db) as store:
        assert _state(store) == expected


def test_schema_14_undone_folds_what_waits_and_comes_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    direct, deferred = _twins(tmp_path, monkeypatch, 10_000, 8)[:2]
    expected = _state(direct)
    direct.close()
    with deferred.con:
        deferred.con.execute("BEGIN IMMEDIATE")
        undo_schema_16(deferred.con)
        undo_schema_15(deferred.con)
        undo_schema_14(deferred.con)
    assert deferred.con.execute("PRAGMA user_version").fetchone()[0] == 13
    assert deferred.con.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('events_recent', "
                                "'events_gone')").fetchone()[0] == 0
    assert _state(deferred) == expected
    deferred.close()
    with SQLiteStore(tmp_path / "deferred.db") as store:  # migrated again
        assert store.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert pending_recent(store.con) == 0 and _state(store) == expected


@pytest.mark.parametrize("seed", [12, 14, 18])  # seeds whose rebuilds use a day up (checked by the test)
def test_a_day_whose_rids_are_used_up_folds_first_and_still_matches(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """A deferred refresh that finds a day's rid numbers used up folds what waits in the middle of a block's rebuild
    (_free_rid), then takes a gap of the large table: the store must still be what direct refreshes write."""
    monkeypatch.setattr(storage, "RID_DAY_BITS", 3)  # eight rids a day: rebuilds use a day's numbers up
    monkeypatch.setattr(storage, "RID_DAY", 8)
    monkeypatch.setattr(storage, "FOLD_EVENTS", 10_000)  # no fold but the one under test
    monkeypatch.setattr(storage, "_now", lambda: "2026-01-01T00:00:00+00:00")
    folds: list[int] = []
    real_fold = storage.fold_recent

    def counted(con: sqlite3.Connection) -> int:
        n = real_fold(con)
        if n:
            folds.append(n)
        return n

    monkeypatch.setattr(storage, "fold_recent", counted)
    rng = random.Random(seed)
    arts = _articles(300, seed=seed)
    direct, deferred = SQLiteStore(tmp_path / "direct.db"), SQLiteStore(tmp_path / "deferred.db")
    try:
        for i, (a, evs) in enumerate(arts, 1):
            for store in (direct, deferred):
                store.put_article(a, f"h-{a.id}", evs, defer=store is deferred)
            if i % 5 == 0:  # told again otherwise, often: a day's rids are used up by the rebuilds
                b, bevs = arts[rng.randrange(i)]
                new = _changed(bevs, rng)
                for store in (direct, deferred):
                    store.put_article(b, f"h-{b.id}-{i}", new, defer=store is deferred)
            if i % 23 == 0:
                direct.refresh()
                deferred.refresh(defer=True)
        assert folds, "no day ran out of rids: the path under test was not taken"
        direct.refresh()
        deferred.refresh()
        assert pending_recent(deferred.con) == 0
        assert _state(deferred) == _state(direct)
    finally:
        direct.close()
        deferred.close()


def test_schema_15_undone_moves_the_waiting_reports_and_comes_back(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    direct, deferred = _twins(tmp_path, monkeypatch, 10_000, 9)[:2]
    reports = _reports(direct)[0]
    assert _reports(deferred)[1] > 0
    with deferred.con:
        deferred.con.execute("BEGIN IMMEDIATE")
        undo_schema_16(deferred.con)
        undo_schema_15(deferred.con)
    assert deferred.con.execute("PRAGMA user_version").fetchone()[0] == 14
    assert deferred.con.execute("SELECT count(*) FROM sqlite_master WHERE name IN ('mentions_recent', "
                                "'mentions_all')").fetchone()[0] == 0
    assert deferred.con.execute("SELECT * FROM mentions ORDER BY id").fetchall() == reports
    deferred.close()
    with SQLiteStore(tmp_path / "deferred.db") as store:  # migrated again
        assert store.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert _reports(store) == (reports, 0)
        store.refresh()
        assert _state(store) == _state(direct)
    direct.close()


def test_readers_find_the_reports_that_wait(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reports stored by a running ingest wait in mentions_recent until the next fold; every reader of reports
    (explain, the analysts' rows, counts, check) finds them there as it finds those of `mentions`."""
    direct, deferred = _twins(tmp_path, monkeypatch, 40, 10)[:2]
    try:
        for store in (direct, deferred):
            store.refresh()
        ev = next(direct.events())
        for store in (direct, deferred):
            store.correct(ev["id"], {"fatalities": "3"}, None, "analyst")
        # An article more, stored by an ingest and not yet merged: its reports wait, readers see them.
        a, evs = _articles(3, seed=99)[0]
        a = dataclasses.replace(a, id="late-0001")
        for store in (direct, deferred):
            store.put_article(a, f"h-{a.id}", evs, defer=store is deferred)
        assert _reports(deferred)[1] == len(evs) > 0
        assert deferred.counts() == direct.counts()
        for e in list(direct.events())[:40]:
            assert deferred.explain(e["id"]) == direct.explain(e["id"])
        assert deferred.corrections() == direct.corrections()
        assert deferred.dirty() == direct.dirty()
    finally:
        direct.close()
        deferred.close()
    assert integrity_problems(tmp_path / "deferred.db") == []
    assert unlinked_mentions(tmp_path / "deferred.db") == unlinked_mentions(tmp_path / "direct.db")
    assert check(tmp_path / "deferred.db", repair=True).ok
    with SQLiteStore(tmp_path / "deferred.db") as store, SQLiteStore(tmp_path / "direct.db") as direct:
        direct.refresh()
        assert _reports(store) == (_reports(direct)[0], 0)
        assert _state(store) == _state(direct)


@pytest.mark.parametrize("sql", [
    storage._MENTIONS_SQL + "m.block = ?",  # a rebuild's read of its block
    storage._MENTIONS_SQL + "m.id IN (?, ?)",  # explain
    "SELECT id, seq FROM mentions_all WHERE article_id = ? ORDER BY seq",  # put_article's earlier reports
    "SELECT 1 FROM mentions_all WHERE id = ?",  # the analysts' rows: is their mention stored
    "SELECT e.id FROM mentions_all m JOIN events e ON e.block = m.block, json_each(e.links) j "
    "WHERE m.id = ? AND j.value ->> 0 = m.id",  # the event an analyst's row lands on
    storage._DANGLING_LINKS,  # check
])
def test_the_readers_of_reports_read_both_tables_by_their_indexes(tmp_path: Path, sql: str) -> None:
    with SQLiteStore(tmp_path / "s.db") as store:
        plan = [r[-1] for r in store.con.execute("EXPLAIN QUERY PLAN " + sql, ("x",) * sql.count("?"))]
    for table in ("mentions", "mentions_recent"):
        assert any(step.startswith(f"SEARCH {table} USING ") for step in plan), plan
        assert not any(step.startswith(f"SCAN {table}") for step in plan), plan
    assert not any("MATERIALIZE" in step or "AUTOMATIC" in step for step in plan), plan
