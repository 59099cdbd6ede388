"""The store under concurrent writers, readers that must not write, a repair command, free text through FTS5,
implausible dates from corrections, incremental blocks, and the schema-5 migration (64-bit ids) of a store made
by the previous frontlog (tests/data/store_v4.sql) with its corrections kept attached."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from frontlog.cli.commands import main
from frontlog.dataset import queries
from frontlog.dataset.merge import block_of
from frontlog.dataset.storage import (
    SCHEMA_VERSION,
    Filters,
    SQLiteStore,
    check,
    integrity_problems,
    open_store,
    unlinked_mentions,
)
from frontlog.jobs.ingest import ingest
from frontlog.model.records import Article
from frontlog.serve.api import create_app
from test_storage import KHANASIR, FakeExtractor, rec, two_reports

DATA = Path(__file__).resolve().parent / "data"


def _store(path: Path) -> SQLiteStore:
    return SQLiteStore(path)


def _filled(tmp_path: Path) -> Path:
    db = tmp_path / "s.db"
    with _store(db) as store:
        ingest(store, [], extractor=FakeExtractor(two_reports()))  # creates nothing: no inputs
        for doc, evs in two_reports().items():
            store.put_article(Article(doc, f"Invented text of {doc}.", dt.date(2015, 11, 9), f"Report {doc}",
                                      f"https://example.org/{doc}", "Wire"), f"h-{doc}", evs)
        store.refresh()
    return db


def _unlinked_mentions(db: Path) -> int:
    return unlinked_mentions(db)


# ------------------------------------------------------------------------------------------------ concurrency

# One writer process: ingest() with precomputed records, refreshing after every article so that its rebuilds
# interleave as much as possible with the other writer's commits.
WRITER = """
import json, sys
import frontlog.jobs.ingest as ing
from frontlog.model.records import Event
from frontlog.dataset.storage import SQLiteStore
ing.REFRESH_EVERY = 3
table = json.load(open(sys.argv[2]))
def fake(articles):
    return [[Event(**d) for d in table.get(a.id, [])] for a in articles]
start = float(sys.argv[4])
import time
time.sleep(max(0.0, start - time.time()))
store = SQLiteStore(sys.argv[1])
ing.ingest(store, [sys.argv[3]], extractor=fake, batch_size=1)
store.close()
"""


def _writer_input(folder: Path, prefix: str, n: int) -> tuple[Path, Path]:
    """n articles; every two share a block of their own (an invented country code), so a mention lost by one
    writer's rebuild is not healed by a later article of the same block."""
    folder.mkdir(parents=True, exist_ok=True)
    table = {}
    with (folder / f"{prefix}.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(n):
            doc = f"{prefix}-{i:03d}"
            k = i // 2 + (0 if prefix == "a" else 300)
            day = (dt.date(2016, 1, 1) + dt.timedelta(days=i % 9)).isoformat()
            fh.write(json.dumps({"id": doc, "text": f"Invented report {doc}.", "published": day}) + "\n")
            ev = rec(doc, "Armed clash", *KHANASIR, day, a1="Islamic State").to_dict()
            table[doc] = [{**ev, "country": f"{chr(65 + k // 26)}{chr(65 + k % 26)}"}]
    (folder / f"{prefix}.json").write_text(json.dumps(table), encoding="utf-8")
    return folder / f"{prefix}.json", folder / f"{prefix}.jsonl"


def _run_writers(db: Path, inputs: list[tuple[Path, Path]]) -> None:
    start = time.time() + 1.5  # both import frontlog first, then start together
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db), str(t), str(j), str(start)],
                              stderr=subprocess.PIPE, text=True) for t, j in inputs]
    for p in procs:
        _out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err[-2000:]


@pytest.mark.slow
def test_two_concurrent_ingests_lose_no_mention(tmp_path: Path) -> None:
    """Two real processes ingest into one store at once, four rounds: every mention ends in an event."""
    for round_ in range(4):
        folder = tmp_path / f"round{round_}"
        db = folder / "s.db"
        inputs = [_writer_input(folder, "a", 60), _writer_input(folder, "b", 60)]
        _run_writers(db, inputs)
        con = sqlite3.connect(db)
        assert con.execute("SELECT count(*) FROM mentions").fetchone()[0] == 120
        assert con.execute("SELECT count(*) FROM dirty_blocks").fetchone()[0] == 0
        con.close()
        assert _unlinked_mentions(db) == 0, f"round {round_}: mentions lost between two writers"
        assert integrity_problems(db) == []


def test_a_report_stored_while_its_block_is_rebuilt_is_not_lost(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The race of two ingests, made certain: while one connection re-clusters a block, another (a thread, as
    another process would) stores a new report of that block. The new report must end in an event."""
    import threading

    import frontlog.dataset.storage as storage

    db = _filled(tmp_path)
    with _store(db) as a:
        a.put_article(Article("art-c", "Invented.", dt.date(2015, 11, 9)), "h-c",
                      [rec("art-c", "Government regains territory", *KHANASIR, "2015-11-04", a1=None)])
        real_cluster = storage.cluster
        done = threading.Event()

        def other_writer() -> None:
            with _store(db) as b:
                b.put_article(Article("art-d", "Invented.", dt.date(2015, 11, 9)), "h-d",
                              [rec("art-d", "Government regains territory", *KHANASIR, "2015-11-04", a1=None)])
            done.set()

        def cluster_while_another_writes(*args, **kwargs):
            if not done.is_set():
                t = threading.Thread(target=other_writer)
                t.start()
                t.join(timeout=1.0)  # it waits for our write lock now (before: it got in, and was lost)
                monkeypatch.setattr(storage, "cluster", real_cluster)
                threads.append(t)
            return real_cluster(*args, **kwargs)

        threads: list[threading.Thread] = []
        monkeypatch.setattr(storage, "cluster", cluster_while_another_writes)
        a.refresh()
        for t in threads:
            t.join(timeout=60)
        assert done.is_set()
        a.refresh()  # what the other writer's own final refresh does
    assert _unlinked_mentions(db) == 0
    assert integrity_problems(db) == []


CREATOR = """
import sys, time
from frontlog.dataset.storage import SQLiteStore
time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
SQLiteStore(sys.argv[1]).close()
"""


@pytest.mark.slow
def test_two_processes_creating_one_store_at_once_both_succeed(tmp_path: Path) -> None:
    for i in range(6):
        db = tmp_path / f"new{i}.db"
        start = time.time() + 1.0
        procs = [subprocess.Popen([sys.executable, "-c", CREATOR, str(db), str(start)], stderr=subprocess.PIPE,
                                  text=True) for _ in range(2)]
        for p in procs:
            _out, err = p.communicate(timeout=120)
            assert p.returncode == 0, err[-2000:]
        con = sqlite3.connect(db)
        assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY version")] == list(
            range(1, SCHEMA_VERSION + 1))
        con.close()


def test_check_finds_and_repairs_orphaned_mentions(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    db = _filled(tmp_path)
    # What a refresh racing another writer used to leave: a mention in no event, its block's mark cleared.
    con = sqlite3.connect(db)
    with con:
        lost = con.execute("SELECT j.value ->> 0, e.id FROM events e, json_each(e.links) j LIMIT 1").fetchone()
        con.execute("DELETE FROM events WHERE id = ?", (lost[1],))
    con.close()
    problems = integrity_problems(db)
    assert any("orphaned" in p for p in problems), problems
    assert main(["check", "--db", str(db)]) == 1
    assert "orphaned" in capsys.readouterr().err
    report = check(db, repair=True)
    assert report.ok and report.repaired_blocks >= 1
    assert integrity_problems(db) == [] and _unlinked_mentions(db) == 0
    assert main(["check", "--db", str(db)]) == 0
    assert "is consistent" in capsys.readouterr().err


# ------------------------------------------------------------------------------------------------ reads


def _digest(db: Path) -> str:
    h = hashlib.sha256()
    for p in (db, Path(f"{db}-wal")):
        h.update(p.read_bytes() if p.exists() else b"")
    return h.hexdigest()


def test_every_read_command_works_read_only_and_writes_nothing(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture) -> None:
    db = _filled(tmp_path)
    with _store(db) as store:
        ev = next(e for e in store.events() if e["n_mentions"] == 2)
        store.correct(ev["id"], {"fatalities": "20"}, "checked", "ana")
        # A block left marked (a killed ingest): a read must show the last rebuilt events, not rebuild it.
        store.con.execute("INSERT INTO dirty_blocks SELECT block FROM mentions LIMIT 1")
        store.con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _digest(db)
    out = tmp_path / "out"
    out.mkdir()
    for argv in (["events"], ["events", "--format", "jsonl", "--since", "2015-01-01", "--type", "Battles"],
                 ["events", "--explain", ev["id"]], ["corrections"], ["control", "--at", "2015-12-01"],
                 ["export", "--format", "jsonl", "-o", str(out / "e.jsonl")],
                 ["export", "--format", "acled-csv", "-o", str(out / "e.csv")], ["check"]):
        code = main([*argv, "--db", str(db)])
        assert code == (1 if argv == ["check"] else 0), (argv, capsys.readouterr().err)
    got = capsys.readouterr()
    assert ev["id"] in got.out and "blocks wait for a rebuild" in got.err
    # What the API's GETs run, on a connection SQLite opens read-only (mode=ro): a write would raise.
    with SQLiteStore(db, readonly=True) as store:
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            store.con.execute("DELETE FROM dirty_blocks")
        f = Filters(text="Khanasir")
        assert queries.page(store, f, 10, 0).total == queries.count(store, f) >= 1
        assert queries.timeline(store, Filters(), "week", "event_type")["total"] >= 2
        assert queries.clusters(store, Filters(), (30, 30, 40, 45), 6)["in_view"] >= 2
        assert queries.extent(store)["events"] >= 2
        assert queries.actor_counts(store) and queries.place_counts(store)["places"]
        assert store.explain(ev["id"]).corrections
    assert _digest(db) == before
    with _store(db) as store:
        assert store.dirty()  # still marked: only a writer rebuilds


# ------------------------------------------------------------------------------------------------ dates


def test_an_event_corrected_into_9999_does_not_break_the_timeline_or_the_summary(tmp_path: Path) -> None:
    db = _filled(tmp_path)
    with _store(db) as store:
        store.put_article(Article("art-c", "Invented.", dt.date(2015, 11, 21)), "h-c",
                          [rec("art-c", "Attack", 36.2, 37.15, "2015-11-20", loc="Aleppo")])
        store.refresh()
        ev = next(iter(store.events()))
        store.correct(ev["id"], {"date_start": "9999-01-01", "date_end": "9999-12-31"}, "typo", "ana")
        other = next(e for e in store.events() if e["id"] != ev["id"])
        store.correct(other["id"], {"date_start": "0100-01-01", "date_end": "0100-12-31"}, "typo", "ana")
        # A date filter still finds the events (a window of 9,900 years once turned its lower bound into NULL).
        assert {e["id"] for e in store.events(Filters(since="2015-01-01"))} >= {ev["id"]}
    with TestClient(create_app(db)) as c:
        for bucket in ("day", "week", "month"):
            r = c.get("/api/timeline", params={"bucket": bucket})
            assert r.status_code == 200, r.text
            assert len(r.json()["buckets"]) <= 62  # the autumn of 2015, not 8,000 years
        summary = c.get("/api/summary").json()
    assert "2015-01-01" <= summary["first_day"] <= summary["last_day"] < "2016-01-01"


# ------------------------------------------------------------------------------------------------ text


def test_free_text_comes_from_the_index_and_follows_changes(tmp_path: Path) -> None:
    db = _filled(tmp_path)
    with _store(db) as store:
        def hits(text: str) -> set[str]:
            return {e["location"] for e in store.events(Filters(text=text))}

        assert hits("besieged kweiris") == {"Kweiris Airbase"}  # any case, words in order
        assert hits("KHANASIR") == {"Khanasir"} and hits("Khanas") == {"Khanasir"}  # a word's beginning
        assert hits("kweiris besieged") == set() and hits("no such words") == set()
        assert hits("...") == set()  # no word at all: the scan, which finds no such text
        plan = " ".join(r[-1] for r in store.con.execute(
            "EXPLAIN QUERY PLAN SELECT e.id FROM events e" + store.where_sql(Filters(text="Kweiris"))[0],
            store.where_sql(Filters(text="Kweiris"))[1]))
        assert "events_fts" in plan and "VIRTUAL TABLE" in plan
        # The article changes: its old sentence leaves the index, the new one comes.
        store.put_article(Article("art-a", "Changed.", dt.date(2015, 11, 9)), "h-changed",
                          [rec("art-a", "Armed clash", 36.19, 37.58, "2015-10-01", "2015-11-09",
                               loc="Kweiris Airbase", text="The airbase held out, officers said.")])
        store.refresh()
        assert hits("besieged") == set() and hits("held out") == {"Kweiris Airbase"}
        n_fts = store.con.execute("SELECT count(*) FROM events_fts").fetchone()[0]
        assert n_fts == store.con.execute("SELECT count(*) FROM events").fetchone()[0]
        # A correction rebuilds the event under a new row: the text follows it.
        ev = next(iter(store.events(Filters(text="held out"))))
        store.correct(ev["id"], {"fatalities": "3"}, None, "ana")
        assert [e["fatalities"] for e in store.events(Filters(text="held out"))] == [3]


# ------------------------------------------------------------------------------------------------ blocks


def test_a_new_report_rebuilds_only_its_own_block(tmp_path: Path) -> None:
    db = _filled(tmp_path)
    far = rec("art-c", "Armed clash", 36.19, 37.58, "2017-03-01", loc="Kweiris Airbase")
    other_year = rec("art-c", "Armed clash", 36.19, 37.58, "2015-11-01", loc="Kweiris Airbase")
    assert block_of(far) != block_of(other_year)  # same place, another year
    assert block_of(rec("x", "Armed clash", 36.19, 38.58, "2015-11-01")) != block_of(other_year)  # another cell
    with _store(db) as store:
        before = {e["id"]: e["updated_at"] for e in store.events()}
        store.put_article(Article("art-c", "Invented.", dt.date(2017, 3, 2)), "h-c", [far])
        assert store.dirty() == [block_of(far)]
        assert store.refresh() == 1
        after = {e["id"]: e["updated_at"] for e in store.events()}
    assert {k: after[k] for k in before} == before and len(after) == len(before) + 1


# ------------------------------------------------------------------------------------------------ migration


def test_a_store_of_the_previous_schema_migrates_with_its_corrections_attached(tmp_path: Path,
                                                                               capsys: pytest.CaptureFixture) -> None:
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    con.executescript((DATA / "store_v4.sql").read_text(encoding="utf-8"))
    old_ids = {r[0] for r in con.execute("SELECT id FROM events")}
    con.close()
    assert all(len(i) == 15 for i in old_ids)  # 48-bit ids
    # A reader opening it first: the one-time upgrade happens, then the read.
    assert main(["corrections", "--db", str(db)]) == 0
    listing = capsys.readouterr().out
    assert "ORPHANED" not in listing
    with open_store(db, readonly=True) as store:
        assert store.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        events = list(store.events(Filters(include_rejected=True)))
        assert all(len(e["id"]) == 3 + 16 for e in events)  # 64-bit ids
        assert {e["id"][:15] for e in events} >= old_ids  # the same events, their ids only longer
        capture = next(e for e in events if e["sub_event_type"] == "Government regains territory")
        assert (capture["fatalities"], capture["actor2"], capture["n_mentions"]) == (20, "Islamic State", 2)
        assert next(e for e in events if e["sub_event_type"] == "Armed clash")["rejected"] == 1
        strikes = [e for e in events if e["sub_event_type"] == "Air/drone strike"]
        assert len(strikes) == 2  # the split holds
        cs, rs = store.corrections()
        assert all(c.applied_to is not None for c in cs + rs)
        assert {c.event_id for c in cs + rs} <= {e["id"] for e in events}  # renamed to the new ids
        # An id written down before the upgrade still finds its event.
        assert store.event(capture["id"][:15])["id"] == capture["id"]
        assert store.explain(capture["id"][:15]).corrections
    assert integrity_problems(db) == []
    assert main(["correct", capture["id"][:15], "--set", "fatalities=21", "--by", "ana", "--db", str(db)]) == 0
    with open_store(db, readonly=True) as store:
        assert store.event(capture["id"])["fatalities"] == 21


def test_reading_an_old_store_without_write_access_says_how_to_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    con = sqlite3.connect(db)
    con.executescript((DATA / "store_v4.sql").read_text(encoding="utf-8"))
    con.close()
    os.chmod(tmp_path, 0o555)
    os.chmod(db, 0o444)
    try:
        if os.access(db, os.W_OK):
            pytest.skip("running as root: file permissions do not stop writes")
        with pytest.raises(Exception, match="check --repair"):
            SQLiteStore(db, readonly=True)
    finally:
        os.chmod(tmp_path, 0o755)
        os.chmod(db, 0o644)


# ------------------------------------------------------------------------------------------------ bulk load


def test_blocks_clustered_elsewhere_and_bulk_loaded_equal_the_store_s_own_rebuild(tmp_path: Path) -> None:
    """What a distributed run does: report rows per article, each block clustered apart (a task of its own),
    then one bulk load; the store is the same as one filled article by article."""
    from collections import defaultdict

    from frontlog.dataset.storage import cluster_reports, report_rows
    from test_storage import dump

    table = two_reports()
    table["art-c"] = [rec("art-c", "Attack", 36.2, 37.15, "2015-11-20", loc="Aleppo")]
    articles = [Article(doc, f"Invented text of {doc}.", dt.date(2015, 11, 9), f"Report {doc}",
                        f"https://example.org/{doc}", "Wire") for doc in table]
    one_by_one = tmp_path / "one.db"
    with _store(one_by_one) as store:
        for a in articles:
            store.put_article(a, f"h-{a.id}", table[a.id])
        store.refresh()
    rows = {a.id: report_rows(a, table[a.id]) for a in articles}
    blocks: dict[str, list[dict]] = defaultdict(list)
    for rs in rows.values():
        for r in rs:
            blocks[r["block"]].append(json.loads(json.dumps(r)))  # as they come back from a file
    clustered = {b: cluster_reports(rs) for b, rs in blocks.items()}
    bulk = tmp_path / "bulk.db"
    with _store(bulk) as store:
        assert store.bulk_load(((a, f"h-{a.id}", rows[a.id]) for a in articles), clustered) == 3
        assert store.dirty() == []
    assert dump(bulk) == dump(one_by_one)
