"""The dataset store: schema versions, idempotent ingest, changed articles, corrections that survive
re-extraction and re-ingest, and a real kill -9 in the middle of `frontlog ingest`."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import pytest

from frontlog.dataset.storage import (
    SCHEMA_VERSION,
    Filters,
    SQLiteStore,
    StoreError,
    integrity_problems,
    open_store,
    undo_schema_12,
    undo_schema_13,
    undo_schema_14,
    undo_schema_15,
    undo_schema_16,
)
from frontlog.jobs.ingest import ingest
from frontlog.jobs.resolvers import store_resolvers
from frontlog.knowledge.actors import inter_code
from frontlog.knowledge.base import default_knowledge
from frontlog.model.records import SUB_TO_TYPE, Article, Event, precision_for

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "articles"
FRONTLOG = ROOT / ".venv" / "bin" / "frontlog"


# ------------------------------------------------------------------------------------------------ helpers


def write_article(folder: Path, doc_id: str, text: str, published: str = "2015-11-05") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    meta = {"published": published, "title": f"Report {doc_id}", "url": f"https://example.org/{doc_id}",
            "source": f"Source {doc_id[-1].upper()}"}
    (folder / f"{doc_id}.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return folder / f"{doc_id}.txt"


def rec(doc: str, sub: str, lat: float, lon: float, start: str, end: str | None = None, *, loc: str = "Khanasir",
        a1: str | None = "Syrian Government Forces", a2: str | None = None, prec: int = 1,
        fat: int | None = None, text: str = "", admin1: str | None = None) -> Event:
    """An extractor record made by hand; its actors coded with the real actor table, as the extractor codes them."""
    actors = default_knowledge().actors.actors
    return Event(doc_id=doc, event_type=SUB_TO_TYPE[sub], sub_event_type=sub, actor1=a1, actor2=a2, location=loc,
                 country="SY", latitude=lat, longitude=lon, geo_precision=prec, date_start=start,
                 date_end=end or start, date_precision=precision_for(dt.date.fromisoformat(start),
                                                                     dt.date.fromisoformat(end or start)),
                 fatalities=fat, evidence=[text or f"{doc} says {sub} at {loc} on {start}."],
                 url=f"https://example.org/{doc}", admin1=admin1,
                 inter1=inter_code(actors.get(a1 or ""), "SY"), inter2=inter_code(actors.get(a2 or ""), "SY"))


class FakeExtractor:
    """Precomputed records per article id: the store's logic tested apart from extraction quality."""

    def __init__(self, table: dict[str, list[Event]]) -> None:
        self.table = table
        self.calls: list[str] = []

    def __call__(self, articles: Sequence[Article]) -> list[list[Event]]:
        self.calls.extend(a.id for a in articles)
        return [[Event(**{**e.to_dict(), "doc_id": a.id}) for e in self.table.get(a.id, [])] for a in articles]


def undo_schema_6(con: sqlite3.Connection) -> None:
    """Take away what schemas 6 and 8 added (inside the caller's transaction): the store as frontlog 5 left it
    (schema 7 changed no columns and runs again; schemas 16, 15, 14, 13 and 12 are taken back first)."""
    if con.execute("PRAGMA user_version").fetchone()[0] == 16:
        undo_schema_16(con)
    if con.execute("PRAGMA user_version").fetchone()[0] == 15:
        undo_schema_15(con)
    if con.execute("PRAGMA user_version").fetchone()[0] == 14:
        undo_schema_14(con)
    if con.execute("PRAGMA user_version").fetchone()[0] == 13:
        undo_schema_13(con)
    if con.execute("PRAGMA user_version").fetchone()[0] == 12:
        undo_schema_12(con)
    con.execute("DROP INDEX articles_knowledge")
    for table in ("mentions", "events"):
        con.execute(f"ALTER TABLE {table} DROP COLUMN location_resolved")
    for table, column in (("mentions", "admin1"), ("mentions", "inter1"), ("mentions", "inter2"),
                          ("events", "inter1"), ("events", "inter2"), ("articles", "knowledge")):
        con.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    con.execute("DELETE FROM schema_version WHERE version > 5")
    con.execute("PRAGMA user_version = 5")


def dump(db: Path) -> dict[str, list]:
    """Everything an ingest decides, without timestamps and row ids (which differ between runs; `seq`, the order
    the events were written in, too)."""
    con = sqlite3.connect(db)
    try:
        ev_cols = [r[1] for r in con.execute("PRAGMA table_info(events)") if r[1] not in ("seq", "rid", "updated_at")]
        return {
            "articles": con.execute("SELECT id, content_hash, n_mentions FROM articles ORDER BY id").fetchall(),
            "mentions": con.execute("SELECT * FROM mentions ORDER BY id").fetchall(),
            "events": con.execute(f"SELECT {', '.join(ev_cols)} FROM events ORDER BY id").fetchall(),
            "links": con.execute("SELECT j.value ->> 0, e.id, j.key, j.value ->> 1 FROM events e, "
                                 "json_each(e.links) j ORDER BY 1").fetchall(),
        }
    finally:
        con.close()


KHANASIR = (35.7819, 37.4978)
KWEIRIS = (36.1890, 37.5830)


def two_reports() -> dict[str, list[Event]]:
    return {
        "art-a": [rec("art-a", "Government regains territory", *KHANASIR, "2015-11-04", fat=12),
                  rec("art-a", "Armed clash", *KWEIRIS, "2015-10-01", "2015-11-09", loc="Kweiris Airbase",
                      a1="Islamic State", a2="Syrian Government Forces", text="IS besieged Kweiris airbase.")],
        "art-b": [rec("art-b", "Government regains territory", KHANASIR[0] + 0.03, KHANASIR[1] + 0.05,
                      "2015-11-02", "2015-11-08", loc="Khanasir countryside", prec=2, a1=None, fat=15)],
    }


# ------------------------------------------------------------------------------------------------ schema


def test_schema_is_versioned_and_a_newer_store_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    open_store(db).close()
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY version")] == list(
        range(1, SCHEMA_VERSION + 1))
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    con.close()
    with pytest.raises(StoreError, match="upgrade frontlog"):
        open_store(db)


def test_a_missing_store_is_not_created_by_readers(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="frontlog ingest"):
        open_store(tmp_path / "none.db", create=False)
    assert not (tmp_path / "none.db").exists()


# ------------------------------------------------------------------------------------------------ ingest


def test_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        first = ingest(store, [str(EXAMPLES)])
    assert first.new == 4 and first.mentions > 0
    before = dump(db)
    with open_store(db) as store:
        second = ingest(store, [str(EXAMPLES)])
    assert (second.new, second.changed, second.unchanged, second.mentions) == (0, 0, 4, 0)
    assert dump(db) == before
    assert integrity_problems(db) == []


def two_report_articles(tmp_path: Path) -> tuple[Path, Path, dict, FakeExtractor]:
    """Two articles whose (fake) extraction reports one capture twice and a siege once."""
    docs, db = tmp_path / "docs", tmp_path / "s.db"
    write_article(docs, "art-a", "Report A.")
    write_article(docs, "art-b", "Report B.")
    table = two_reports()
    return docs, db, table, FakeExtractor(table)


def test_only_new_or_changed_articles_are_extracted_and_a_change_replaces_its_mentions(tmp_path: Path) -> None:
    docs, db, table, fake = two_report_articles(tmp_path)
    with open_store(db) as store:
        ingest(store, [str(docs)], extractor=fake)
        assert store.counts()["events"] == 2  # the capture (two sources) and the siege
        merged = [e for e in store.events() if len(e["sources"]) == 2]
        assert len(merged) == 1 and merged[0]["fatalities"] == 12 and merged[0]["fatalities_reported"] == [15, 12]

        # art-b changes: it now reports a strike instead; its old mention goes, art-a's stay.
        write_article(docs, "art-b", "Report B, corrected by its publisher.")
        table["art-b"] = [rec("art-b", "Air/drone strike", *KHANASIR, "2015-11-06", a1="Russian Armed Forces")]
        fake.calls.clear()
        s = ingest(store, [str(docs)], extractor=fake)
        assert fake.calls == ["art-b"] and (s.changed, s.unchanged) == (1, 1)
        subs = sorted(e["sub_event_type"] for e in store.events())
        assert subs == ["Air/drone strike", "Armed clash", "Government regains territory"]
        assert all(len(e["sources"]) == 1 for e in store.events())
        rows = store.con.execute("SELECT article_id, sub_event_type FROM mentions ORDER BY 1, 2").fetchall()
        assert rows == [("art-a", "Armed clash"), ("art-a", "Government regains territory"),
                        ("art-b", "Air/drone strike")]


def test_corrections_survive_reextraction_reingest_and_a_new_first_report(tmp_path: Path) -> None:
    docs, db, table, fake = two_report_articles(tmp_path)
    with open_store(db, **store_resolvers()) as store:
        ingest(store, [str(docs)], extractor=fake)
        capture = next(e for e in store.events() if e["sub_event_type"] == "Government regains territory")
        siege = next(e for e in store.events() if e["sub_event_type"] == "Armed clash")
        store.correct(capture["id"], {"fatalities": "14", "actor2": "Islamic State"}, "two sources: 12 and 15; "
                      "SOHR's later toll is 14", "analyst-1")
        store.correct(siege["id"], {"location": "Khanasir"}, "the fighting was in the town", "analyst-2")
        store.reject(siege["id"], "not a siege in this period", "analyst-2")

        def check() -> str:
            cap = next(e for e in store.events() if e["sub_event_type"] == "Government regains territory")
            assert cap["fatalities"] == 14 and cap["actor2"] == "Islamic State"
            assert set(cap["corrected"]) == {"fatalities", "actor2"}
            assert {12, 15} <= set(cap["fatalities_reported"])  # the extractor's figures are kept beside the correction
            assert not [e for e in store.events() if e["sub_event_type"] == "Armed clash"]  # still rejected
            hidden = next(e for e in store.events(Filters(include_rejected=True)) if e["sub_event_type"] ==
                          "Armed clash")
            # A location set by hand takes the gazetteer's coordinates and admin-1.
            assert hidden["location"] == "Khanasir" and hidden["rejected"] == 1
            assert abs(hidden["latitude"] - 35.7816) < 0.01 and hidden["admin1"] == "Aleppo Governorate"
            return cap["id"]

        assert check() == capture["id"]
        ingest(store, [], reextract=True, extractor=fake)  # re-extraction of every stored article
        assert check() == capture["id"]
        write_article(docs, "art-a", "Report A, updated.")  # re-ingest of a changed article
        ingest(store, [str(docs)], extractor=fake)
        assert check() == capture["id"]

        # An older article reporting the same capture arrives: it becomes the event's first report, so the event
        # id changes, and the corrections follow the event's mentions to it.
        write_article(docs, "art-c", "Report C.", published="2015-11-04")
        table["art-c"] = [rec("art-c", "Government regains territory", *KHANASIR, "2015-11-01", "2015-11-07",
                              fat=10)]
        ingest(store, [str(docs)], extractor=fake)
        new_id = check()
        assert new_id != capture["id"]
        cap = store.event(new_id)
        assert len(cap["sources"]) == 3
        cs, rs = store.corrections()
        assert {c.applied_to for c in cs if c.field in ("fatalities", "actor2")} == {new_id}
        assert all(c.who and c.at for c in cs) and rs[0].note == "not a siege in this period"

        # Undo a merge: art-b's mention taken out; it survives re-extraction too.
        exp = store.explain(new_id)
        b_mention = next(m["mention_id"] for m in exp.mentions if m["doc_id"] == "art-b")
        store.split(new_id, b_mention, "different village", "analyst-1")
        ingest(store, [], reextract=True, extractor=fake)
        caps = [e for e in store.events() if e["sub_event_type"] == "Government regains territory"]
        assert sorted(len(e["sources"]) for e in caps) == [1, 2]
        assert next(e for e in caps if len(e["sources"]) == 2)["fatalities"] == 14  # corrections stayed put
    assert integrity_problems(db) == []


def test_a_correction_survives_real_reextraction(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with open_store(db) as store:
        ingest(store, [str(EXAMPLES)])
        target = next(iter(store.events()))
        store.correct(target["id"], {"fatalities": "12"}, "checked the video", "tester")
        before = dump(db)
        s = ingest(store, [], reextract=True)
        assert s.reextracted == 4
        assert store.event(target["id"])["fatalities"] == 12
    assert dump(db) == before


# ------------------------------------------------------------------------------------------------ kill -9


def _replicate_examples(folder: Path, copies: int) -> int:
    """Distinct articles from the invented examples: new ids, publication dates a week apart."""
    sources = [(EXAMPLES / "ex-001.txt").read_text(encoding="utf-8"),
               (EXAMPLES / "ex-002.txt").read_text(encoding="utf-8"),
               json.loads((EXAMPLES / "ex-003.jsonl").read_text(encoding="utf-8").splitlines()[0])["text"]]
    n = 0
    for k in range(copies):
        for j, text in enumerate(sources):
            day = dt.date(2019, 1, 7) + dt.timedelta(days=7 * k + j)
            write_article(folder, f"kill-{k:03d}-{j}", text, published=day.isoformat())
            n += 1
    return n


def _stored_articles(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:  # not created yet, or the schema is being written
        return 0


@pytest.mark.slow
def test_kill_9_mid_ingest_leaves_a_consistent_store_and_the_next_run_finishes(tmp_path: Path) -> None:
    """Starts the real `frontlog ingest`, kills it with SIGKILL once some articles are stored, checks the file,
    resumes, and compares with an uninterrupted ingest of the same articles. (~20 s)"""
    if not FRONTLOG.exists():
        pytest.skip(f"{FRONTLOG} is missing: install frontlog into .venv (bash scripts/test.sh)")
    docs = tmp_path / "docs"
    total = _replicate_examples(docs, 40)
    db = tmp_path / "killed.db"
    cmd = [str(FRONTLOG), "ingest", str(docs), "--db", str(db), "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy())
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        stored = _stored_articles(db)
        if stored >= 12:
            break
        time.sleep(0.02)
    assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read().decode()[-500:]}"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL

    assert integrity_problems(db) == []  # SQLite's check, and no article with part of its mentions
    after_kill = _stored_articles(db)
    assert 12 <= after_kill < total

    resumed = subprocess.run(cmd, capture_output=True, text=True, env=os.environ.copy(), timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{total - after_kill} new" in resumed.stderr and f"{after_kill} unchanged" in resumed.stderr
    assert integrity_problems(db) == []
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM dirty_blocks").fetchone()[0] == 0
    con.close()

    clean = tmp_path / "clean.db"
    with open_store(clean, **store_resolvers()) as store:  # as the CLI opens it
        ingest(store, [str(docs)])
    assert dump(db) == dump(clean)
    shutil.rmtree(docs)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(pytest.main([__file__, "-q"]))


# ------------------------------------------------------------------------------------------------ timeline rollup


def _rollup_store(tmp_path: Path):
    """A store with every kind of event the rollup must count right: several sub-types, countries and admin-1s,
    associated actors, windows that span weeks and months, then corrections (type, country, actor, an end before
    the start), a split, a rejection and a rejection undone."""
    from dataclasses import replace as dc_replace

    from frontlog.dataset.storage import SQLiteStore

    def admin1(events: list[Event]) -> list[Event]:
        return [dc_replace(e, admin1=f"{e.country}-{e.location[0]}" if e.location and e.country else None)
                for e in events]

    docs = tmp_path / "docs"
    table = {
        "art-a": [rec("art-a", "Armed clash", *KHANASIR, "2015-11-04", fat=12, a2="Islamic State"),
                  dc_replace(rec("art-a", "Air/drone strike", *KWEIRIS, "2015-10-28", "2015-11-09", loc="Kweiris",
                                 a1="Russian Armed Forces"), assoc_actors=["Hezbollah", "Civilians"]),
                  dc_replace(rec("art-a", "Shelling/artillery/missile attack", 33.3, 44.4, "2015-12-30",
                                 "2016-01-02", loc="Baghdad", a1=None), country="IQ")],
        "art-b": [rec("art-b", "Armed clash", KHANASIR[0] + 0.02, KHANASIR[1], "2015-11-04", fat=3,
                      loc="Khanasir", a2="Islamic State"),
                  rec("art-b", "Peaceful protest", 36.2, 37.15, "2015-11-16", loc="Aleppo", a1="Civilians"),
                  dc_replace(rec("art-b", "Attack", 33.5, 36.3, "2016-02-01", loc="Damascus",
                                 a1="Islamic State", a2=None), assoc_actors=["Syrian Rebels"])],
        "art-c": [rec("art-c", "Armed clash", 35.0, 38.0, "2016-01-31", "2016-02-03", loc="Raqqa",
                      a1="Syrian Rebels", a2="Islamic State"),
                  rec("art-c", "Air/drone strike", 35.1, 38.1, "2016-01-20", loc="Raqqa", a1="Russian Armed Forces"),
                  rec("art-c", "Looting/property destruction", 35.9, 39.0, "2016-03-07", loc="Deir ez-Zor",
                      a1="Hezbollah")],
    }
    table = {doc: admin1(events) for doc, events in table.items()}
    for doc in table:
        write_article(docs, doc, f"Text of {doc}.")
    store = SQLiteStore(tmp_path / "s.db")
    ingest(store, [str(docs)], extractor=FakeExtractor(table))
    evs = {(e["location"], e["date_start"]): e for e in store.events()}
    store.correct(evs[("Aleppo", "2015-11-16")]["id"], {"sub_event_type": "Protest with intervention",
                                                        "actor2": "Syrian Government Forces"}, None, "t")
    store.correct(evs[("Baghdad", "2015-12-30")]["id"], {"country": "SY"}, None, "t")
    store.correct(evs[("Damascus", "2016-02-01")]["id"], {"date_end": "2016-01-25"}, "end before start", "t",
                  force=True)
    store.reject(evs[("Deir ez-Zor", "2016-03-07")]["id"], "not in the period", "t")
    raqqa = evs[("Raqqa", "2016-01-20")]["id"]
    store.reject(raqqa, None, "t")
    store.reject(raqqa, None, "t", restore=True)
    clash = evs[("Khanasir", "2015-11-04")]
    if clash["n_mentions"] > 1:
        members = [m["mention_id"] for m in store.explain(clash["id"]).mentions]
        store.split(clash["id"], members[-1], "two clashes", "t")
    return store


ROLLUP_FILTERS = [
    Filters(), Filters(event_type="Battles"), Filters(sub_event_type="Armed clash"),
    Filters(event_type="Battles", sub_event_type="Armed clash"), Filters(country="SY"), Filters(country="IQ"),
    Filters(admin1="SY-R"), Filters(actor="Islamic State"), Filters(actor="Hezbollah"), Filters(actor="Civilians"),
    Filters(since="2015-11-06"), Filters(until="2016-01-21"), Filters(since="2016-01-01", until="2016-02-01"),
    Filters(since="2015-11-05", country="SY"), Filters(since="2016-01-26", actor="Syrian Rebels"),
    Filters(since="2016-02-02", event_type="Battles"),
]


@pytest.mark.parametrize("fold", [0, 100_000], ids=["folded every time", "kept apart"])
def test_the_timeline_rollup_answers_as_the_scan_after_corrections_and_rejections(
        tmp_path: Path, fold: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from frontlog.dataset import queries, storage

    # The rebuilds' changes to the rollup are kept apart in timeline_recent until there are `fold` of them: read
    # together with timeline_counts, the answers are the same whether folded at once or never (issue 12).
    monkeypatch.setattr(storage, "TIMELINE_FOLD_ROWS", fold)
    with _rollup_store(tmp_path) as store:
        recent = store.con.execute("SELECT count(*) FROM timeline_recent").fetchone()[0]
        assert (recent == 0) == (fold == 0)
        counts = store.counts()
        assert counts["rejected"] == 1 and counts["corrections"] >= 3
        for f in ROLLUP_FILTERS:
            for by in queries.TIMELINE_BY:
                assert queries.rollup_grain(f, by) is not None, f
                for bucket in queries.BUCKETS:
                    got = queries.timeline(store, f, bucket, by)
                    assert got == queries.timeline(store, f, bucket, by, rollup=False), (f, by, bucket)
        everything = queries.timeline(store, Filters(), "day", "event_type")
        assert everything["total"] == sum(1 for e in store.events() if e["date_start"])  # rejected left out
        assert everything["total"] == counts["events"]
        # A combination the rollup cannot answer goes to the scan (and says so).
        assert queries.rollup_grain(Filters(country="SY", actor="Islamic State"), "event_type") is None
        assert queries.rollup_grain(Filters(text="clash"), "event_type") is None


def test_the_rollup_kept_by_rebuilds_equals_one_built_from_scratch_and_by_the_migration(tmp_path: Path) -> None:
    from frontlog.dataset.storage import fold_timeline_recent, rollup_rows

    with _rollup_store(tmp_path) as store:
        kept = rollup_rows(store.con)
        assert kept and all(r[4] > 0 for r in kept)
        # Folding the recent changes in changes nothing readers see, and leaves no row that counts nothing.
        with store.con:
            store.con.execute("BEGIN IMMEDIATE")
            fold_timeline_recent(store.con)
        assert store.con.execute("SELECT * FROM timeline_counts ORDER BY 1, 2, 3, 4").fetchall() == kept
        assert store.con.execute("SELECT count(*) FROM timeline_recent").fetchone()[0] == 0
        store.rebuild_timeline_counts()
        assert store.con.execute("SELECT * FROM timeline_counts ORDER BY 1, 2, 3, 4").fetchall() == kept
        # A store of schema 3 (before the rollup) gets the rollup from its migration.
        with store.con:
            store.con.execute("BEGIN IMMEDIATE")
            store.con.execute("DROP TABLE timeline_counts")
            store.con.execute("DROP INDEX events_odd_window")
            store.con.execute("DROP TABLE events_fts")
            store.con.execute("DROP INDEX events_rejected")
            undo_schema_6(store.con)
            store.con.execute("DELETE FROM schema_version WHERE version > 3")
            store.con.execute("PRAGMA user_version = 3")
        path = store.path
    with SQLiteStore(path) as store:  # (schema 5 rebuilds the events: same admin-1 names, from the reports)
        assert rollup_rows(store.con) == kept


def test_the_timeline_reads_the_rollup_and_the_indexes(tmp_path: Path) -> None:
    from frontlog.dataset import queries
    from frontlog.dataset.storage import ODD_WINDOW

    with _rollup_store(tmp_path) as store:
        grain = queries.rollup_grain(Filters(country="SY"), "event_type")
        plan = " ".join(r[-1] for r in store.con.execute(
            "EXPLAIN QUERY PLAN SELECT day, k, sum(n) FROM timeline_counts WHERE grain = ? AND f = ? AND day >= ? "
            "GROUP BY day, k", [*grain, "2016-01-01"]))
        assert "SEARCH timeline_counts USING PRIMARY KEY (grain=? AND f=? AND day>?)" in plan
        where, params = store.where_sql(Filters(since="2016-01-01"))
        plan = " ".join(r[-1] for r in store.con.execute(
            f"EXPLAIN QUERY PLAN SELECT count(*) FROM events e INDEXED BY events_odd_window{where} AND {ODD_WINDOW}",
            params))
        assert "events_odd_window" in plan
        plan = " ".join(r[-1] for r in store.con.execute(
            f"EXPLAIN QUERY PLAN SELECT count(*) FROM events e{where} AND e.date_start < ?", [*params, "2016-01-01"]))
        assert "SEARCH e USING" in plan and "date_start>? AND date_start<?" in plan


def test_a_store_of_schema_9_gets_the_recent_rollup_and_keeps_its_corrections(tmp_path: Path) -> None:
    from frontlog.dataset import queries
    from frontlog.dataset.storage import rollup_rows

    with _rollup_store(tmp_path) as store:
        before = (rollup_rows(store.con), store.corrections(), list(store.events(Filters(include_rejected=True))))
        # Back to schema 9: no table of recent changes, every count in timeline_counts.
        with store.con:
            store.con.execute("BEGIN IMMEDIATE")
            store.con.execute("DELETE FROM timeline_counts")
            store.con.executemany("INSERT INTO timeline_counts VALUES (?, ?, ?, ?, ?)", before[0])
            store.con.execute("DROP TABLE timeline_recent")
            store.con.execute("DELETE FROM schema_version WHERE version > 9")
            store.con.execute("PRAGMA user_version = 9")
        path = store.path
    with SQLiteStore(path) as store:
        assert store.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert (rollup_rows(store.con), store.corrections(),
                list(store.events(Filters(include_rejected=True)))) == before
        ids = [e["id"] for e in store.events()]
        store.reject(ids[0], "not an event", "t")  # a rebuild after the migration writes to the new table
        assert store.con.execute("SELECT count(*) FROM timeline_recent").fetchone()[0] > 0
        for f in ROLLUP_FILTERS[:6]:
            assert queries.timeline(store, f, "week", "country") == queries.timeline(store, f, "week", "country",
                                                                                      rollup=False)
