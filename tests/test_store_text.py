"""Free text at scale: a page of a `q` query is read from the text index in date order (rids follow start days,
filters are tags of the index) and must equal what the plain scan of the events table gives, for every filter
combined with it, both orders and any offset; its total is exact up to a cap, then a lower bound said so."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace
from pathlib import Path

import pytest

from frontlog.dataset import queries
from frontlog.dataset.storage import RID_DAY_BITS, SCHEMA_VERSION, Filters, SQLiteStore, rid_base, text_match
from frontlog.model.records import SUB_TO_TYPE, Article, Event, precision_for

SUBS = ["Armed clash", "Air/drone strike", "Shelling/artillery/missile attack", "Peaceful protest"]
ACTORS = ["Syrian Government Forces", "Islamic State", "Kurdish Militia", None]
PLACES = [("Alpha", "SY", 36.20, 37.15), ("Bravo", "SY", 35.13, 36.75), ("Charlie", "IQ", 36.34, 43.13),
          ("Delta", "IQ", 33.31, 44.36), ("Echo", "SY", 36.21, 37.16)]
WORDS = ["troops shelled", "troops stormed", "rockets hit", "protesters marched"]


def _events(doc: str, rng: random.Random, k: int) -> list[Event]:
    out = []
    for j in range(k):
        sub = rng.choice(SUBS)
        name, cc, lat, lon = rng.choice(PLACES)
        start = dt.date(2015, 1, 1) + dt.timedelta(days=rng.randrange(60))
        end = start + dt.timedelta(days=rng.choice((0, 0, 0, 3, 40)))  # a few long windows reach back
        words = rng.choice(WORDS)
        out.append(Event(doc_id=doc, event_type=SUB_TO_TYPE[sub], sub_event_type=sub, actor1=rng.choice(ACTORS),
                         actor2=rng.choice(ACTORS), location=name, country=cc, latitude=lat, longitude=lon,
                         geo_precision=1, date_start=start.isoformat(), date_end=end.isoformat(),
                         date_precision=precision_for(start, end), fatalities=rng.choice((None, 0, 2, 9)),
                         evidence=[f"The {words} near {name} in report {doc}-{j}, witnesses said."]))
    return out


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):
    rng = random.Random(12)
    db = tmp_path_factory.mktemp("text") / "t.db"
    with SQLiteStore(db) as s:
        for i in range(120):
            doc = f"doc-{i:03d}"
            s.put_article(Article(doc, f"Invented article {i}.", dt.date(2015, 3, 1)), f"h-{doc}",
                          _events(doc, rng, 3))
        # One undated report and one whose window runs backwards (as an old correction may leave it).
        odd = _events("doc-odd", rng, 2)
        odd[0] = replace(odd[0], date_start=None, date_end=None, date_precision=None)
        s.put_article(Article("doc-odd", "Invented.", None), "h-odd", odd)
        s.refresh()
        ids = [e["id"] for e in s.events()]
        s.reject(ids[5], "not an event", "ana")
        s.reject(ids[40], "not an event", "ana")
        s.correct(ids[7], {"date_start": "2015-02-20", "date_end": "2015-02-10"}, None, "ana", force=True)
        s.correct(ids[9], {"country": "IQ", "actor1": "Islamic State"}, None, "ana")
        yield s


FILTERS = [
    Filters(text="troops"), Filters(text="TROOPS SHELL"), Filters(text="witnesses said"), Filters(text="Alpha"),
    Filters(text="troops", country="IQ"), Filters(text="troops", event_type="Battles"),
    Filters(text="witnesses", sub_event_type="Air/drone strike", country="SY"),
    Filters(text="said", actor="Islamic State"), Filters(text="said", since="2015-02-01"),
    Filters(text="said", until="2015-01-20"), Filters(text="said", since="2015-01-10", until="2015-01-31"),
    Filters(text="rockets", since="2015-02-15", country="SY", actor="Kurdish Militia"),
    Filters(text="said", bbox=(36.0, 37.0, 36.5, 37.5)), Filters(text="said", bbox=(30.0, 30.0, 40.0, 50.0)),
    Filters(text="troops", min_fatalities=2), Filters(text="said", include_rejected=True),
    Filters(text="said", admin1="Nowhere"), Filters(text="no such words at all"),
    # Windows that start before `since` and end after it are counted by their end tags: since on a month's last
    # day, its first, mid-month, and with a box and a country (issue 12).
    Filters(text="said", since="2015-01-31"), Filters(text="said", since="2015-02-01"),
    Filters(text="troops", since="2015-02-14", until="2015-02-20"),
    Filters(text="said", since="2015-02-03", bbox=(36.0, 37.0, 36.5, 37.5), country="SY"),
    # A box whose edge cuts the 0.1-degree cell of two places (Alpha outside, Echo inside), and one holding whole
    # cells with the edge far from every place.
    Filters(text="said", bbox=(36.205, 37.0, 36.5, 37.5)), Filters(text="said", bbox=(33.0, 36.0, 37.0, 44.0)),
    Filters(text="said", bbox=(36.205, 37.0, 36.5, 37.5), since="2015-01-20"),
]


def _scan(store: SQLiteStore, f: Filters, desc: bool) -> list[str]:
    """The plain scan: every matching event from the events table, in the page's order."""
    rows = [(e["date_start"] or "", e["id"]) for e in store.events(f)]
    return [i for _d, i in sorted(rows, reverse=desc)]


@pytest.mark.parametrize("f", FILTERS, ids=repr)
def test_a_text_page_equals_the_scan_in_both_orders_at_any_offset(store: SQLiteStore, f: Filters) -> None:
    assert store.text_query(f) is not None  # the index path is the one under test
    for desc in (False, True):
        every = _scan(store, f, desc)
        for limit, offset in ((7, 0), (7, 7), (50, 3), (500, 0), (5, len(every) - 2), (5, len(every) + 10)):
            got = queries.page(store, f, limit, max(0, offset), "-date" if desc else "date")
            assert [e["id"] for e in got.events] == every[max(0, offset):max(0, offset) + limit], (desc, offset)
            assert got.total == len(every) and got.exact


def test_rids_follow_start_days_so_the_index_lists_matches_in_date_order(store: SQLiteStore) -> None:
    rows = store.con.execute("SELECT rid, date_start FROM events").fetchall()
    assert all(rid >> RID_DAY_BITS == rid_base(day) >> RID_DAY_BITS for rid, day in rows)
    assert store.con.execute("SELECT count(*) FROM events_fts").fetchone()[0] == len(rows)


def test_a_common_text_total_stops_at_the_cap_and_says_so(store: SQLiteStore,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(queries, "TEXT_TOTAL_CAP", 10)
    monkeypatch.setattr(queries, "TEXT_CHECKS", 12)
    # (The wide box's cells lie inside it: counted by the index, past the cap without reading a row.)
    for f in (Filters(text="said"), Filters(text="said", since="2015-01-10"), Filters(text="said", min_fatalities=0),
              Filters(text="said", bbox=(33.0, 36.0, 37.0, 44.0))):
        got = queries.page(store, f, 5, 0)
        assert got.total == 10 and not got.exact
        assert [e["id"] for e in got.events] == _scan(store, f, False)[:5]
    # A box whose edge cuts a cell: more candidates there than rows the total may read, so it says "at least"
    # what the rows read so far hold.
    edge = Filters(text="said", bbox=(36.205, 37.0, 36.5, 37.5))
    got = queries.page(store, edge, 5, 0)
    assert not got.exact and got.total <= len(_scan(store, edge, False))
    few = Filters(text="said", country="IQ", actor="Kurdish Militia", event_type="Battles")
    assert queries.page(store, few, 5, 0).exact == (len(_scan(store, few, False)) <= 10)


def test_an_older_store_is_renumbered_by_its_migration(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    rng = random.Random(3)
    with SQLiteStore(db) as s:
        for i in range(20):
            s.put_article(Article(f"d{i}", "Invented.", dt.date(2015, 3, 1)), f"h{i}", _events(f"d{i}", rng, 2))
        s.refresh()
        before = {e["id"]: e for e in s.events()}
        # As schema 6 left it: rids in insertion order, a text index without tags.
        with s.con:
            s.con.execute("BEGIN IMMEDIATE")
            s.con.execute("UPDATE events SET rid = -rid")
            old = s.con.execute("SELECT rid FROM events ORDER BY id").fetchall()
            s.con.executemany("UPDATE events SET rid = ? WHERE rid = ?", [(n + 1, r) for n, (r,) in enumerate(old)])
            s.con.execute("DELETE FROM events_geo")
            s.con.execute("INSERT INTO events_geo SELECT rid, latitude, latitude, longitude, longitude FROM events")
            s.con.execute("DROP TABLE events_fts")
            s.con.execute("CREATE VIRTUAL TABLE events_fts USING fts5(evidence, "
                          "tokenize='unicode61 remove_diacritics 2')")
            s.con.execute("DELETE FROM schema_version WHERE version > 6")
            s.con.execute("PRAGMA user_version = 6")
    with SQLiteStore(db) as s:
        assert s.con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert {e["id"]: e for e in s.events()} == before
        f = Filters(text="said", country="SY")
        assert [e["id"] for e in queries.page(s, f, 100, 0).events] == _scan(s, f, False)
        assert s.con.execute("SELECT count(*) FROM events_geo").fetchone()[0] == len(before)


def test_a_last_word_shorter_than_three_letters_is_a_whole_word(store: SQLiteStore) -> None:
    # "doc 01" would find doc-010..doc-019 as a beginning; whole, no report says "01".
    assert list(store.events(Filters(text="report doc 01"))) == []
    assert list(store.events(Filters(text="report doc 010"))) != []
    assert list(store.events(Filters(text="report doc 01", include_rejected=True))) == []
    assert queries.page(store, Filters(text="witnesses sa"), 5, 0).total == 0  # "sa" whole
    assert queries.page(store, Filters(text="witnesses sai"), 5, 0).total > 0  # "sai" a beginning


def test_a_window_of_centuries_is_read_row_by_row_and_still_counted_right(tmp_path: Path) -> None:
    # One event dated by an analyst from 1750 on: `since` would need more end tags than the index is asked for,
    # so the windows starting before it are checked on their rows; pages and totals still equal the scan.
    rng = random.Random(5)
    with SQLiteStore(tmp_path / "long.db") as s:
        for i in range(30):
            s.put_article(Article(f"d{i}", "Invented.", dt.date(2015, 3, 1)), f"h{i}", _events(f"d{i}", rng, 2))
        s.refresh()
        first = next(iter(s.events()))["id"]
        s.correct(first, {"date_start": "1750-01-01"}, None, "ana")
        assert s.longest_window() > 365 * 200
        for f in (Filters(text="said", since="2015-01-20"), Filters(text="said", since="1800-01-01"),
                  Filters(text="said", since="2015-02-01", bbox=(36.0, 37.0, 36.5, 37.5))):
            every = _scan(s, f, False)
            got = queries.page(s, f, 10, 0)
            assert [e["id"] for e in got.events] == every[:10]
            assert got.total == len(every) and got.exact


def test_with_too_many_rows_to_list_every_match_is_checked_and_the_totals_stay_exact(
        store: SQLiteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    # A box's edge cells or the odd windows holding more events than MAX_CHECK_SET: no list, every match checked.
    monkeypatch.setattr(queries, "MAX_CHECK_SET", 0)
    for f in (Filters(text="said", bbox=(36.205, 37.0, 36.5, 37.5)), Filters(text="said", since="2015-01-31"),
              Filters(text="troops", since="2015-02-14", until="2015-02-20", country="SY")):
        got = queries.page(store, f, 3, 0)
        every = _scan(store, f, False)
        assert [e["id"] for e in got.events] == every[:3]
        assert got.total == len(every) and got.exact


@pytest.mark.parametrize("f", [f for f in FILTERS if not f.include_rejected or f.country], ids=repr)
def test_few_events_by_the_filters_have_their_text_tested_apart_with_the_same_page(
        store: SQLiteStore, f: Filters, monkeypatch: pytest.MonkeyPatch) -> None:
    # Issue 12: a box (or type, country and window) leaves few events of a large store; their text is then tested
    # in a small index of their own instead of reading a common word's matches over every event. Same answer as
    # the big index's own AND (TAG_LEAD = 0 forces that plan).
    text = store.text_query(f)
    assert text is not None
    tested: list[int] = []
    real = store.text_subset
    monkeypatch.setattr(store, "text_subset", lambda match, rids: tested.append(len(rids)) or real(match, rids))
    for desc in (False, True):
        got = queries.page(store, f, 7, 3, "-date" if desc else "date")
        monkeypatch.setattr(queries, "TAG_LEAD", 0)
        whole = queries.page(store, f, 7, 3, "-date" if desc else "date")
        monkeypatch.setattr(queries, "TAG_LEAD", 5_000)
        assert [e["id"] for e in got.events] == [e["id"] for e in whole.events]
        assert (got.total, got.exact) == (whole.total, whole.exact)
        assert [e["id"] for e in got.events] == _scan(store, f, desc)[3:10]
    # The plan is chosen only when the filters say something the text does not (and leave some events).
    if text.tags is None:
        assert not tested
    if f.country is not None or (f.bbox is not None and f.bbox[2] - f.bbox[0] <= 1):
        assert tested


def test_the_small_index_finds_what_the_big_one_finds_for_words_beginnings_and_accents(store: SQLiteStore) -> None:
    rids = [r[0] for r in store.con.execute("SELECT rid FROM events ORDER BY rid")]
    for text in ("troops", "TROOPS SHELL", "shell", "wítnésses said", "rock", "no such words at all", "near Alpha"):
        match = text_match(text)
        assert match is not None
        whole = [r[0] for r in store.con.execute("SELECT rowid FROM events_fts WHERE events_fts MATCH ? "
                                                 "ORDER BY rowid", (match,))]
        assert store.text_subset(match, rids) == whole
        assert store.text_subset(match, rids[::3]) == [r for r in whole if r in set(rids[::3])]


def test_a_cut_short_last_word_spelt_out_as_the_words_it_begins_finds_what_the_prefix_query_finds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from frontlog.dataset import storage

    sentences = ["Gunboats shelled the harbour at dawn.", "Shellfire hit the depot.", "Families left the shelters.",
                 "The SHELLING went on all night.", "A shell landed near the café.", "Shelves of the market burned."]
    with SQLiteStore(tmp_path / "w.db") as s:
        for i, sentence in enumerate(sentences):
            ev = Event(doc_id=f"w-{i}", event_type="Battles", sub_event_type="Armed clash", location=f"Town {i}",
                       country="LK", date_start=f"2008-03-{i + 1:02d}", date_end=f"2008-03-{i + 1:02d}",
                       date_precision="day", evidence=[sentence])
            s.put_article(Article(f"w-{i}", sentence, dt.date(2008, 3, 9)), f"h-{i}", [ev])
        s.refresh()

        def rids(match: str) -> list[int]:
            return [r[0] for r in s.con.execute("SELECT rowid FROM events_fts WHERE events_fts MATCH ? ORDER BY rowid",
                                                (match,))]

        every = [r[0] for r in s.con.execute("SELECT rid FROM events ORDER BY rid")]
        for text in ("shel", "Shell", "gunboats SHELLED", "shelter", "caf", "the shel", "near the caf", "zzz"):
            spelt, prefix = s.match_text(text), text_match(text)
            assert spelt is not None and prefix is not None and "*" not in spelt and "*" in prefix
            assert rids(spelt) == rids(prefix), text
            assert s.text_subset(spelt, every[::2]) == s.text_subset(prefix, every[::2]), text
        assert len(rids(s.match_text("shel") or "")) == 6
        # A word the tokenizer folds otherwise than lower-casing keeps the prefix query.
        assert "*" in (s.match_text("cafè") or "")
        # A word stored after the first query is found (what the store remembers goes with the change).
        ev = Event(doc_id="w-9", event_type="Battles", sub_event_type="Armed clash", location="Town 9", country="LK",
                   date_start="2008-03-20", date_end="2008-03-20", date_precision="day", evidence=["Shellproof."])
        s.put_article(Article("w-9", "Shellproof.", dt.date(2008, 3, 21)), "h-9", [ev])
        s.refresh()
        assert len(rids(s.match_text("shel") or "")) == 7
        # More words begin it than MAX_COMPLETIONS: FTS5's prefix query answers.
        monkeypatch.setattr(storage, "MAX_COMPLETIONS", 2)
        s.con.execute("CREATE TEMP TABLE nudge (x)")  # (a write, so the remembered completions are not reused)
        s.con.execute("INSERT INTO nudge VALUES (1)")
        assert "*" in (s.match_text("shel") or "")
