"""What the extractor knows travels in the record (the place's admin-1, the actors' ACLED inter codes) and the
dataset reads it from there; every stored article carries the fingerprint of the knowledge and code that made its
reports, so `frontlog ingest --stale` finds the ones a change of either left behind; a store from before schema 6
still reads; the read side reaches the store through `EventStore` only; an ingest that stores nothing leaves no
store file. Real spaCy model, real SQLite files, the real CLI in a subprocess."""

from __future__ import annotations

import ast
import csv
import json
import os
import sqlite3
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from frontlog.dataset.export import export
from frontlog.dataset.storage import SCHEMA_VERSION, Filters, SQLiteStore, StoreError, open_store
from frontlog.extract import extract_batch
from frontlog.jobs.ingest import current_fingerprint, ingest, stale_articles
from frontlog.jobs.resolvers import store_resolvers
from frontlog.model.records import Article
from test_storage import FRONTLOG, KHANASIR, FakeExtractor, rec, undo_schema_6, write_article

ROOT = Path(__file__).resolve().parents[1]

# Articles of our own (no gold text).
CAPTURE = ("Syrian government forces, backed by Russian jets, recaptured Saraqib on Monday after clashes with rebels.")
STRIKE = "Russian jets struck a market in Maarat al-Numan on Tuesday, killing nine civilians."
LIONS = "Fighters of the Northern Lions captured the town of Saraqib from Syrian government forces on Monday."


def _article(doc_id: str, text: str) -> Article:
    import datetime as dt

    return Article(doc_id, text, dt.date(2019, 5, 22))


def test_the_extractor_records_the_places_admin1_and_the_actors_inter_codes() -> None:
    [capture], [strike] = extract_batch([_article("a", CAPTURE), _article("b", STRIKE)])
    assert (capture.location, capture.admin1) == ("Saraqib", "Idlib Governorate")
    assert (capture.actor1, capture.inter1) == ("Syrian Government Forces", 1)  # state forces at home
    assert (capture.actor2, capture.inter2) == ("Syrian Rebels", 2)
    assert strike.admin1 == "Idlib Governorate"
    assert (strike.actor1, strike.inter1) == ("Russian Armed Forces", 8)  # a state's forces abroad: external
    assert (strike.actor2, strike.inter2) == ("Civilians", 7)
    record = json.loads(capture.to_json())
    assert record["admin1"] == "Idlib Governorate" and (record["inter1"], record["inter2"]) == (1, 2)


def test_the_dataset_and_every_export_read_them_from_the_record(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_article(docs, "art-a", CAPTURE, "2019-05-22")
    write_article(docs, "art-b", STRIKE, "2019-05-22")
    db = tmp_path / "s.db"
    with SQLiteStore(db) as store:  # no resolvers: the dataset asks no gazetteer and no actor table
        ingest(store, [str(docs)])
        out = {fmt: tmp_path / f"e.{fmt}" for fmt in ("acled-csv", "jsonl", "geojson", "parquet")}
        for fmt, path in out.items():
            assert export(store, fmt, path) == 2
    rows = {r["sub_event_type"]: r for r in csv.DictReader(out["acled-csv"].open(encoding="utf-8"))}
    capture, strike = rows["Government regains territory"], rows["Air/drone strike"]
    assert (capture["admin1"], capture["inter1"], capture["inter2"], capture["interaction"]) == (
        "Idlib Governorate", "1", "2", "12")
    assert (strike["inter1"], strike["inter2"], strike["interaction"]) == ("8", "7", "78")
    assert strike["civilian_targeting"] == "Civilian targeting" and capture["civilian_targeting"] == ""
    jsonl = [json.loads(line) for line in out["jsonl"].read_text(encoding="utf-8").splitlines()]
    assert {(r["admin1"], r["inter1"], r["inter2"]) for r in jsonl} == {("Idlib Governorate", 1, 2),
                                                                      ("Idlib Governorate", 8, 7)}
    features = json.loads(out["geojson"].read_text(encoding="utf-8"))["features"]
    assert sorted(f["properties"]["inter1"] for f in features) == [1, 8]
    table = pq.read_table(out["parquet"])
    assert sorted(table.column("inter2").to_pylist()) == [2, 7] and str(table.schema.field("inter1").type) == "int64"


def test_a_corrected_actor_is_coded_by_the_actor_table(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_article(docs, "art-a", "Report A.")
    table = {"art-a": [rec("art-a", "Armed clash", *KHANASIR, "2015-11-04", a2="Islamic State")]}
    with open_store(tmp_path / "s.db", **store_resolvers()) as store:
        ingest(store, [str(docs)], extractor=FakeExtractor(table))
        [ev] = store.events()
        assert (ev["inter1"], ev["inter2"]) == (1, 2)
        store.correct(ev["id"], {"actor1": "Hezbollah", "actor2": ""}, "a militia, not the army", "t")
        [ev] = store.events()
        assert (ev["actor1"], ev["inter1"], ev["actor2"], ev["inter2"]) == ("Hezbollah", 3, None, 0)
        store.correct(ev["id"], {"actor1": "Russian Armed Forces"}, "the Russian army after all", "t")
        assert next(store.events())["inter1"] == 8  # a state's forces abroad
        store.correct(ev["id"], {"country": "RU"}, "across the border", "t")
        assert next(store.events())["inter1"] == 1  # at home now


def _old_store(tmp_path: Path) -> tuple[Path, Path, dict]:
    """A store as frontlog 5 left it (before reports carried admin-1, inter codes and a fingerprint)."""
    docs = tmp_path / "docs"
    for doc in ("art-a", "art-b"):
        write_article(docs, doc, f"Report {doc}.")
    table = {"art-a": [rec("art-a", "Government regains territory", *KHANASIR, "2015-11-04", fat=12,
                           admin1="Aleppo Governorate")],
             "art-b": [rec("art-b", "Air/drone strike", 36.2012, 37.1612, "2015-11-01", loc="Aleppo",
                           a1="Russian Armed Forces", a2="Civilians", admin1="Aleppo Governorate")]}
    db = tmp_path / "old.db"
    with open_store(db, **store_resolvers()) as store:
        ingest(store, [str(docs)], extractor=FakeExtractor(table))
        with store.con:
            store.con.execute("BEGIN IMMEDIATE")
            undo_schema_6(store.con)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 5
    assert "inter1" not in {r[1] for r in con.execute("PRAGMA table_info(mentions)")}
    con.close()
    return db, docs, table


def test_a_store_from_before_schema_6_still_reads_and_its_reports_are_stale(tmp_path: Path) -> None:
    db, docs, table = _old_store(tmp_path)
    with SQLiteStore(db, readonly=True) as store:  # a reader migrates it once, through a writing connection
        assert store.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        events = {e["sub_event_type"]: e for e in store.events()}
        # The admin-1 names the gazetteer gave before stay; the inter codes are unknown, not guessed.
        assert events["Government regains territory"]["admin1"] == "Aleppo Governorate"
        assert events["Air/drone strike"]["inter1"] is None
        assert store.con.execute("SELECT count(*) FROM mentions WHERE admin1 = 'Aleppo Governorate'").fetchone()[0] == 2
        export(store, "acled-csv", tmp_path / "old.csv")
        assert stale_articles(store) == ["art-a", "art-b"]  # no fingerprint: made by an older frontlog
    row = next(r for r in csv.DictReader((tmp_path / "old.csv").open(encoding="utf-8"))
               if r["sub_event_type"] == "Air/drone strike")
    assert (row["inter1"], row["inter2"], row["interaction"], row["admin1"]) == ("", "", "", "Aleppo Governorate")
    with SQLiteStore(db) as store:
        summary = ingest(store, [], reextract=True, stale=True, extractor=FakeExtractor(table))
        assert (summary.reextracted, summary.stale) == (2, 2)
        strike = next(e for e in store.events() if e["sub_event_type"] == "Air/drone strike")
        assert (strike["inter1"], strike["inter2"]) == (8, 7)
        assert stale_articles(store) == []
        again = ingest(store, [], reextract=True, stale=True, extractor=FakeExtractor(table))
        assert again.reextracted == 0  # nothing stale is left: nothing is re-extracted


def test_a_fingerprint_other_than_the_current_one_is_stale(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_article(docs, "art-a", "Report A.")
    write_article(docs, "art-b", "Report B.")
    fake = FakeExtractor({})
    with SQLiteStore(tmp_path / "s.db") as store:
        ingest(store, [str(docs)], extractor=fake, knowledge="old-print")
        assert store.stale("old-print") == []
        assert stale_articles(store) == ["art-a", "art-b"] and current_fingerprint() != "old-print"
        # With inputs, only the stale ones among them are re-extracted.
        ingest(store, [str(docs / "art-a.txt")], reextract=True, stale=True, extractor=fake)
        assert stale_articles(store) == ["art-b"] and fake.calls == ["art-a", "art-b", "art-a"]


def _frontlog(*args: str, home: Path, cwd: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "FRONTLOG_HOME": str(home)}
    return subprocess.run([str(FRONTLOG), *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=600)


def test_a_users_new_alias_makes_the_reports_stale_until_they_are_re_extracted(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    docs = tmp_path / "docs"
    write_article(docs, "art-a", LIONS, "2019-05-22")
    write_article(docs, "art-b", STRIKE, "2019-05-22")
    db = str(tmp_path / "s.db")

    def actors() -> list[tuple]:
        con = sqlite3.connect(db)
        try:
            return con.execute("SELECT article_id, actor1, inter1 FROM mentions ORDER BY article_id").fetchall()
        finally:
            con.close()

    done = _frontlog("ingest", "-q", "-j", "1", str(docs), "--db", db, home=home, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    before = actors()
    assert before[0] == ("art-a", None, 0)  # nobody knows the Northern Lions yet
    counted = _frontlog("ingest", "--stale", "--db", db, home=home, cwd=tmp_path)
    assert counted.returncode == 0 and "0 of 2 stored articles are stale" in counted.stderr

    (home / "actors.tsv").write_text("canonical\tkind\tcountry\taliases\tdemonyms\tflags\n"
                                     "Northern Lions Brigade\tmilitia\tSY\tNorthern Lions\t\t\n", encoding="utf-8")
    counted = _frontlog("ingest", "--stale", "--db", db, home=home, cwd=tmp_path)
    assert counted.returncode == 0 and "2 of 2 stored articles are stale" in counted.stderr, counted.stderr
    assert "--reextract --stale" in counted.stderr and actors() == before  # counting changed nothing

    done = _frontlog("ingest", "-q", "-j", "1", "--reextract", "--stale", "--db", db, home=home, cwd=tmp_path)
    assert done.returncode == 0 and "2 re-extracted (2 of them stale)" in done.stderr, done.stderr
    assert actors()[0] == ("art-a", "Northern Lions Brigade", 3)  # the new alias, coded as a militia
    counted = _frontlog("ingest", "--stale", "--db", db, home=home, cwd=tmp_path)
    assert "0 of 2 stored articles are stale" in counted.stderr


def test_ingest_of_an_empty_folder_leaves_no_store(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    done = _frontlog("ingest", "empty", "--db", "s.db", home=tmp_path / "home", cwd=tmp_path)
    assert done.returncode == 2 and "no articles in empty" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty"]  # no s.db, no -wal, no -shm


def test_the_read_side_reaches_the_store_through_its_interface_only(tmp_path: Path) -> None:
    for module in ("dataset/queries.py", "dataset/control.py", "serve/page.py", "serve/api.py"):
        tree = ast.parse((ROOT / "src" / "frontlog" / module).read_text(encoding="utf-8"))
        used = [n.lineno for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == "con"]
        assert not used, f"{module} reads store.con (lines {used}): add the method it needs to EventStore"
    docs = tmp_path / "docs"
    write_article(docs, "art-a", "Report A.")
    table = {"art-a": [rec("art-a", "Armed clash", *KHANASIR, "2015-11-04", a2="Islamic State")]}
    with SQLiteStore(tmp_path / "s.db") as store:
        ingest(store, [str(docs)], extractor=FakeExtractor(table))
        [ev] = store.events()
        assert store.has_event(ev["id"]) and not store.has_event("ev-0000000000000000")
        where, params = store.where_sql(Filters(actor="Islamic State"))
        assert store.value(f"SELECT count(*) FROM events e{where}", params) == 1
        assert store.row("SELECT location FROM events WHERE id = ?", (ev["id"],)) == ("Khanasir",)
        for write in ("DELETE FROM events", "UPDATE events SET fatalities = 1",
                      "WITH x AS (SELECT 1) INSERT INTO dirty_blocks SELECT 'b' FROM x", "DROP TABLE events",
                      "PRAGMA user_version = 1"):
            with pytest.raises(StoreError, match="no statement that writes"):
                list(store.rows(write))
        assert store.value("SELECT count(*) FROM events") == 1 and not store.dirty()
