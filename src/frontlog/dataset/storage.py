"""The dataset store: articles, what each says (mentions), the merged events, and the analysts' corrections.

One small interface (`EventStore`) and one implementation (`SQLiteStore`, a single embedded file, the default for a
laptop), so a server database can follow without touching the rest.

Layout (schema version in `PRAGMA user_version` and the `schema_version` table; `MIGRATIONS` in order):
- `articles`: id, content hash, url, title, published, source, text (kept so `--reextract` needs no files), number
  of mentions, ingested_at.
- `mentions`: one row per extractor record of an article (the record + its evidence), linked to its article.
- `events`: the merged acts, each with its `links` (which mentions it holds, with why each joined). They are
  derived data: rebuilt per block (sub-type x country x year x 1-degree cell, see `merge.block_of`) from the
  mentions, splits and corrections whenever a block is marked in `dirty_blocks` (the whole block: analysts' rows,
  repairs) or `dirty_spans` (the days a stored, changed or removed report's window reaches: only the block's runs
  those days reach are re-clustered, see `merge.runs`). Marking happens in the same
  transaction as the change, so a crash between the two leaves the block marked and the next writer (or
  `frontlog check --repair`) rebuilds it; readers never do. The table is keyed by order of arrival (`seq`,
  schema 16: a rebuild appends its events to the last pages), and each event is found by its `rid` (unique,
  `events_rid`), the key of the text index and the R*Tree.
- `timeline_counts`: the timeline's rollup (events per start day, per filter value and key; see
  `build_timeline_counts`), changed by difference in the same transaction as each block's rebuild, so it always
  counts the corrected, merged, not-rejected events. The differences go first to `timeline_recent`, a small
  table folded in by key once it holds TIMELINE_FOLD_ROWS rows (a rebuild then rewrites a few cached pages, not
  one page of the large table per changed row); readers add the two (`rollup_rows`).
- `events_fts`: the free-text index over each event's evidence (rowid = events.rid; contentless: the events hold
  the text, and a rebuild deletes a document by remaking it from the replaced row), changed with each rebuild;
  its `tags` column holds the event's filter values (`text_tags`: type, actors, place cells, the day, month and
  year its window ends...), and rids follow start days (`rid_base`), so a free text with filters is a query of the
  index that lists its matches in date order (see queries.page), one query of the text per request: a date window
  is a rid range and end tags, a box the cells covering it (`TextQuery`); the total is read on from the same
  cursor, and only odd windows and a box's edge cells are read row by row.
- `events_recent` and `events_gone` (schema 14): a running ingest's refreshes write their events into the first
  (small b-trees) and the rids of the stored events they replace into the second; `fold_recent` moves both into
  `events`, its text index, points and rollup, in rid order, once FOLD_EVENTS wait and at the ingest's last
  refresh (every other writer folds first). Readers read `events` only: during a long ingest they see the store
  of its last fold.
- `corrections` and `rejections`: written by analysts, never rewritten or deleted by frontlog; applied on top of
  the merged values when events are rebuilt, so the events table is the corrected, merged view.

Corrections and rejections are keyed by the event's mentions (the ids of its members when the analyst made them,
first the anchor), not only by the event id: an event whose first report changes (an earlier article arrives) gets
a new id, and the correction follows its mentions there. A correction whose mentions all disappeared (the article
changed so the act is no longer read) is kept and listed as orphaned by `frontlog corrections`.

Writes are one transaction per article (article row, its mentions, the blocks they touch) in WAL mode, so a kill at
any moment leaves whole articles only; ingest resumes by content hash. A rebuild reads and writes its blocks inside
one write transaction, so concurrent writers cannot lose each other's mentions; readers open the file read-only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
import sqlite3
import time
from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from frontlog.dataset.merge import (
    Mention,
    MergedEvent,
    block_key,
    block_of,
    cluster,
    event_id,
    legacy_event_id,
    mention_id,
    runs,
    window_reach,
)
from frontlog.model.geo import km
from frontlog.model.records import SUB_TO_TYPE, Article, Event, precision_for


class StoreError(Exception):
    """A problem the user can fix (unknown event, bad value, a store from a newer frontlog...); one line."""


# ------------------------------------------------------------------------------------------------ schema


def _script(con: sqlite3.Connection, sql: str) -> None:
    """Run `;`-separated statements inside the caller's transaction (executescript would commit it first, and
    a second process creating the same store would then run the migration again)."""
    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            con.execute(statement)
            statement = ""
    if statement.strip():
        con.execute(statement)


def _m1_base(con: sqlite3.Connection) -> None:
    _script(con, """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, url TEXT, title TEXT, published TEXT, source TEXT,
            text TEXT NOT NULL, n_mentions INTEGER NOT NULL, ingested_at TEXT NOT NULL);
        CREATE TABLE mentions (
            id TEXT PRIMARY KEY, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq INTEGER NOT NULL, block TEXT NOT NULL, event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
            actor1 TEXT, actor2 TEXT, assoc_actors TEXT NOT NULL, location TEXT, country TEXT, latitude REAL,
            longitude REAL, geo_precision INTEGER, date_start TEXT, date_end TEXT, date_precision TEXT,
            fatalities INTEGER, count INTEGER, claimed_by TEXT, evidence TEXT NOT NULL, confidence REAL NOT NULL,
            url TEXT);
        CREATE INDEX mentions_article ON mentions(article_id);
        CREATE INDEX mentions_block ON mentions(block);
        CREATE TABLE events (
            rid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, block TEXT NOT NULL, anchor_mention TEXT NOT NULL,
            event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL, actor1 TEXT, actor2 TEXT,
            assoc_actors TEXT NOT NULL, location TEXT, country TEXT, admin1 TEXT, latitude REAL, longitude REAL,
            geo_precision INTEGER, date_start TEXT, date_end TEXT, date_precision TEXT, fatalities INTEGER,
            fatalities_reported TEXT NOT NULL, count INTEGER, claimed_by TEXT, evidence TEXT NOT NULL,
            confidence REAL NOT NULL, url TEXT, sources TEXT NOT NULL, n_mentions INTEGER NOT NULL,
            corrected TEXT NOT NULL, rejected INTEGER NOT NULL DEFAULT 0, updated_at INTEGER NOT NULL);
        CREATE TABLE event_mentions (
            mention_id TEXT PRIMARY KEY, event_id TEXT NOT NULL, position INTEGER NOT NULL, reason TEXT NOT NULL);
        CREATE INDEX event_mentions_event ON event_mentions(event_id);
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, mention_ids TEXT NOT NULL,
            field TEXT NOT NULL, value TEXT, note TEXT, who TEXT NOT NULL, at TEXT NOT NULL);
        CREATE TABLE rejections (
            id INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, mention_ids TEXT NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('reject', 'restore')), note TEXT, who TEXT NOT NULL,
            at TEXT NOT NULL);
        CREATE TABLE dirty_blocks (block TEXT PRIMARY KEY);
    """)


def _m2_query_indexes(con: sqlite3.Connection) -> None:
    # The filters of `frontlog events/export`: type or sub-type + date range, country, bbox (R*Tree on points).
    _script(con, """
        CREATE INDEX events_type_date ON events(event_type, date_start);
        CREATE INDEX events_sub_date ON events(sub_event_type, date_start);
        CREATE INDEX events_date ON events(date_start);
        CREATE INDEX events_country_date ON events(country, date_start);
        CREATE INDEX events_block ON events(block);
        CREATE VIRTUAL TABLE events_geo USING rtree(rid, min_lat, max_lat, min_lon, max_lon);
    """)


def _m3_api_indexes(con: sqlite3.Connection) -> None:
    # The API (`frontlog serve`) counts and pages filtered events on every request. Covering indexes (the date
    # window and the rejected flag inside the index) answer counts without reading the table; they replace the
    # narrower (x, date_start) ones; the date index also holds the short columns the API filters and groups by
    # (actors, fatalities, the point), so a date range with an actor filter is counted, and the map's grid
    # clusters of a period are built, from the index alone.
    # The window-length index lets a date filter bound date_start from below too
    # (see _where), so a one-year range reads one year of the index, not everything before it.
    _script(con, """
        DROP INDEX IF EXISTS events_type_date;
        DROP INDEX IF EXISTS events_sub_date;
        DROP INDEX IF EXISTS events_date;
        DROP INDEX IF EXISTS events_country_date;
        CREATE INDEX events_type_date ON events(event_type, date_start, date_end, rejected);
        CREATE INDEX events_sub_date ON events(sub_event_type, date_start, date_end, rejected);
        CREATE INDEX events_date ON events(date_start, date_end, rejected, event_type, sub_event_type, country,
                                           fatalities, actor1, actor2, assoc_actors, latitude, longitude);
        CREATE INDEX events_country_date ON events(country, date_start, date_end, rejected);
        CREATE INDEX events_span ON events(julianday(date_end) - julianday(date_start));
    """)


# The timeline's rollup: how many events start on each day, per grain. A grain is a filter dimension (none, or
# one of type, sub-type, country, admin-1, actor as either side or associated) and a key dimension (type, country,
# actor1): `/api/timeline` with at most one such filter (and a date window) reads a few thousand rows of it instead
# of aggregating every event. Only events the scan would date plainly are counted: not rejected, with a window that
# starts and does not end before it starts (so `date_end >= since` follows from `date_start >= since`); the odd
# windows (no end, or an end before the start) are few, found by their partial index and counted by the scan.
ROLLUP_KEYS = {"event_type": "t", "country": "c", "actor": "a"}  # the timeline's `by` -> the key dimension
ROLLUP_COUNTED = ("e.rejected = 0 AND e.date_start IS NOT NULL AND e.date_end IS NOT NULL "
                  "AND e.date_end >= e.date_start")
ODD_WINDOW = "(e.date_end IS NULL OR e.date_end < e.date_start)"


def build_timeline_counts(con: sqlite3.Connection) -> None:
    """(Re)build `timeline_counts` from the events table (inside the caller's transaction). The store keeps it up
    to date itself when it rebuilds events; a writer that fills `events` behind the store's back calls this."""
    con.execute("DELETE FROM timeline_counts")
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'timeline_recent'").fetchone():
        con.execute("DELETE FROM timeline_recent")  # (stores of schema 10 on: see _m10_timeline_recent)
    con.execute("DROP TABLE IF EXISTS temp.rollup_base")
    con.execute("DROP TABLE IF EXISTS temp.rollup_actors")
    con.execute("CREATE TEMP TABLE rollup_base AS SELECT e.date_start AS day, e.event_type AS t, "
                "e.sub_event_type AS s, coalesce(e.country, '') AS c, coalesce(e.admin1, '') AS a1, "
                f"coalesce(e.actor1, '') AS a, count(*) AS n FROM events e WHERE {ROLLUP_COUNTED} "
                "GROUP BY 1, 2, 3, 4, 5, 6")
    # Every distinct actor of an event (actor1, actor2, each associated actor) once: the actor filter's meaning.
    con.execute("CREATE TEMP TABLE rollup_actors AS SELECT m.x AS x, e.date_start AS day, e.event_type AS t, "
                "coalesce(e.country, '') AS c, coalesce(e.actor1, '') AS a, count(*) AS n FROM ("
                "SELECT rid, actor1 AS x FROM events WHERE actor1 <> '' UNION "
                "SELECT rid, actor2 FROM events WHERE actor2 <> '' UNION "
                "SELECT ev.rid, j.value FROM events ev, json_each(ev.assoc_actors) j "
                "WHERE j.type = 'text' AND j.value <> '') m "
                f"JOIN events e ON e.rid = m.rid WHERE {ROLLUP_COUNTED} GROUP BY 1, 2, 3, 4, 5")
    for kd in ROLLUP_KEYS.values():
        con.execute(f"INSERT INTO timeline_counts SELECT ':{kd}', '', day, {kd}, sum(n) FROM rollup_base "
                    f"GROUP BY day, {kd}")
        for fd in ("t", "s", "c", "a1"):
            con.execute(f"INSERT INTO timeline_counts SELECT '{fd}:{kd}', {fd}, day, {kd}, sum(n) FROM rollup_base "
                        f"WHERE {fd} <> '' GROUP BY {fd}, day, {kd}")
        con.execute(f"INSERT INTO timeline_counts SELECT 'x:{kd}', x, day, {kd}, sum(n) FROM rollup_actors "
                    f"GROUP BY x, day, {kd}")
    con.execute("DROP TABLE temp.rollup_base")
    con.execute("DROP TABLE temp.rollup_actors")


def rollup_signature(rejected: int, date_start: str | None, date_end: str | None, event_type: str,
                     sub_event_type: str, country: str | None, admin1: str | None, actor1: str | None,
                     actor2: str | None, assoc_actors: str) -> tuple | None:
    """What of an event row the rollup counts (None: not counted there); see `rollup_keys`."""
    if rejected or date_start is None or date_end is None or date_end < date_start:
        return None
    actors = {a for a in (actor1, actor2, *json.loads(assoc_actors)) if isinstance(a, str) and a}
    return (date_start, event_type, sub_event_type, country or "", admin1 or "", actor1 or "",
            tuple(sorted(actors)))


def rollup_keys(sig: tuple) -> list[tuple[str, str, str, str]]:
    """The (grain, filter value, day, key) rows one counted event adds 1 to (as build_timeline_counts)."""
    day, t, s, c, a1, a, actors = sig
    filters = [("", ""), ("t", t), ("s", s), ("c", c), ("a1", a1)] + [("x", x) for x in actors]
    keys = (("t", t), ("c", c), ("a", a))
    return [(f"{fd}:{kd}", fv, day, kv) for fd, fv in filters if fd == "" or fv for kd, kv in keys]


TIMELINE_FOLD_ROWS = 100_000  # recent rollup changes kept apart before they are folded in (_m10_timeline_recent)


def rollup_rows(con: sqlite3.Connection) -> list[tuple[str, str, str, str, int]]:
    """The timeline rollup as readers see it: timeline_counts plus its recent changes, (grain, f, day, k, n) in
    key order, no zero rows."""
    return con.execute("SELECT grain, f, day, k, sum(n) FROM (SELECT * FROM timeline_counts UNION ALL "
                       "SELECT * FROM timeline_recent) GROUP BY 1, 2, 3, 4 HAVING sum(n) <> 0 ORDER BY 1, 2, 3, 4"
                       ).fetchall()


def fold_timeline_recent(con: sqlite3.Connection) -> None:
    """Fold the recent rollup changes into timeline_counts (inside the caller's write transaction), in key order:
    each page of the large table is visited once for all of them."""
    con.execute("INSERT INTO timeline_counts SELECT grain, f, day, k, n FROM timeline_recent WHERE n <> 0 "
                "ORDER BY 1, 2, 3, 4 ON CONFLICT DO UPDATE SET n = n + excluded.n")
    con.execute("DELETE FROM timeline_counts WHERE n <= 0 AND (grain, f, day, k) IN "
                "(SELECT grain, f, day, k FROM timeline_recent WHERE n < 0)")
    con.execute("DELETE FROM timeline_recent")


def _m4_timeline_rollup(con: sqlite3.Connection) -> None:
    # Statements one by one (executescript would commit the migration's transaction half-way).
    con.execute("CREATE TABLE timeline_counts (grain TEXT NOT NULL, f TEXT NOT NULL, day TEXT NOT NULL, "
                "k TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (grain, f, day, k)) WITHOUT ROWID")
    con.execute(f"CREATE INDEX events_odd_window ON events(date_start) WHERE {ODD_WINDOW.replace('e.', '')}")
    build_timeline_counts(con)


def text_document(evidence: Sequence[str], location: str | None = None) -> str:
    """What the free-text index holds for an event: its evidence sentences, one a line, and its place's name (a
    search for a town finds its events however the sentences spell it)."""
    return "\n".join([*evidence, location or ""])


DENSE_TEXT = 2_000  # a free text matching more events than this is better tested as a set than read by rowid


MIN_PREFIX = 3  # a shorter last word is matched whole: "1*" would expand to thousands of terms on every query


MAX_COMPLETIONS = 32  # a last word that begins more of the index's words than this is left to FTS5's prefix query


def text_match(text: str, longer: Callable[[str], list[str] | None] | None = None) -> str | None:
    """The FTS5 query for a free text: its words in this order, the last one possibly cut short ("besieg" finds
    "besieged"; from MIN_PREFIX characters), in the evidence column only (not the tags); None when it has no word
    (then the scan answers). `longer`: the index's words that begin with a (lower-case ASCII) word and are longer,
    None when there are too many. With it, the cut-short word becomes the phrase with each of them (OR), the same
    matches: FTS5 answers a prefix query by first merging the lists of every word it begins, over the whole
    index, so "Place" * cost 25-40 ms on a million events where the phrase "Place" costs 1 ms."""
    words = re.findall(r"\w+", text)
    if not words:
        return None
    last = words[-1]
    if len(last) < MIN_PREFIX:
        return 'evidence : ("' + " ".join(words) + '")'
    # (ASCII letters and digits only: the tokenizer folds those by lower-casing; any other word keeps the prefix
    # query, so no word of the index is missed for a folding done differently here.)
    completions = longer(last.lower()) if longer is not None and re.fullmatch(r"[A-Za-z0-9]+", last) else None
    if completions is None:
        return 'evidence : ("' + " ".join(words) + '" *)'
    head = " ".join(words[:-1]) + " " if len(words) > 1 else ""
    return "evidence : (" + " OR ".join(f'"{head}{w}"' for w in [last, *completions]) + ")"


# Event rids follow the day the event starts: rid >> RID_DAY_BITS is the day's ordinal (0: no start day), so the
# text index, whose rowid is the rid, lists its matches in date order and a page of a common word stops after the
# page's last day instead of reading every match (see queries.page).
RID_DAY_BITS = 24
RID_DAY = 1 << RID_DAY_BITS


def rid_base(day: str | None) -> int:
    """The first rid of the events starting on `day` (ISO date); 0 for no day (SQL sorts those first too)."""
    if not day:
        return 0
    try:
        return dt.date.fromisoformat(day[:10]).toordinal() << RID_DAY_BITS
    except ValueError:
        return 0


def text_tag(dim: str, value: object) -> str:
    """One filter value of an event as a word of the text index's `tags` column (letters and hex digits, so the
    tokeniser keeps it whole): free text combined with type, country, actor or place filters is matched by the
    index itself, in date order, instead of being tested row by row."""
    return dim + hashlib.sha1(f"{dim}\x1f{value}".encode()).hexdigest()[:12]


TEXT_CELLS = {"g": 1.0, "k": 0.1}  # place cells of the tags (degrees): a box is matched by the cells covering it
TEXT_MAX_CELLS = 150  # the finest cells of which at most this many cover a box (a 1-degree box: 121 of 0.1 degree)


def _box_cells(box: tuple[float, float, float, float], max_cells: int) -> tuple[list[str], list[str]] | None:
    """The tags of the finest place cells of which at most `max_cells` cover `box` (min_lat, min_lon, max_lat,
    max_lon), and of those among them wholly inside it; None when even the coarsest take more."""
    def cell(x: float, size: float) -> int:
        return math.floor(x / size)

    for dim, size in sorted(TEXT_CELLS.items(), key=lambda kv: kv[1]):
        rows = range(cell(box[0], size), cell(box[2], size) + 1)
        cols = range(cell(box[1], size), cell(box[3], size) + 1)
        if len(rows) * len(cols) > max_cells:
            continue
        # A cell lies inside when the floats just outside the box fall in other cells (cell() is monotonic in
        # its float argument, so no point of the cell can be outside: exact, whatever the rounding of x / size).
        low_r, high_r = cell(math.nextafter(box[0], -math.inf), size), cell(math.nextafter(box[2], math.inf), size)
        low_c, high_c = cell(math.nextafter(box[1], -math.inf), size), cell(math.nextafter(box[3], math.inf), size)
        every = [text_tag(dim, f"{r}:{c}") for r in rows for c in cols]
        inside = [text_tag(dim, f"{r}:{c}") for r in rows for c in cols
                  if low_r < r < high_r and low_c < c < high_c]
        return every, inside
    return None


@dataclass(frozen=True)
class TextQuery:
    """A free-text query with its filters as ONE query of the text index (a common last word, read as a beginning,
    costs tens of milliseconds per query of its text: a page and its total share the one cursor).
    `scan`: (FTS5 MATCH expression, lowest rid, highest rid): its matches, in rid (= start day) order, hold every
    event of the query. `checks`: the matches that must be checked on their rows (an odd window, a box's edge
    cell), as tag-only queries of the index (cheap: no text), each (expression, lo, hi), None for every rid of
    lo..hi; any other match is an event of the query. `check_all`: every match is checked (minimum fatalities,
    `near`, a box too large for the cells). `tags`: the scan without its
    text (its filters as tags only; None when it has none but `rejected`): when few events match it, they are
    listed from it and their text tested apart (see queries.text_cursor), since a common last word read as a
    beginning costs tens of milliseconds on a large index however few events the filters leave."""

    scan: tuple[str, int, int]
    checks: list[tuple[str | None, int, int]]
    check_all: bool
    tags: str | None = None


def text_tags(d: dict) -> str:
    """The tags of an event (a dict of EVENT_COLUMNS values, JSON columns as stored): type, sub-type, country,
    admin-1, every actor, rejected, an odd window, and its place cells."""
    tags = [text_tag("t", d["event_type"]), text_tag("s", d["sub_event_type"])]
    tags += [text_tag(dim, d[col]) for dim, col in (("c", "country"), ("a", "admin1")) if d[col]]
    actors = {a for a in (d["actor1"], d["actor2"], *json.loads(d["assoc_actors"])) if isinstance(a, str) and a}
    tags += [text_tag("x", a) for a in sorted(actors)]
    if d["rejected"]:
        tags.append(text_tag("r", 1))
    start, end = d["date_start"], d["date_end"]
    if start is None or end is None or end < start:
        tags.append(text_tag("o", 1))  # a window the date filters must check row by row
    if end:
        # The day, month and year the window ends: `since` (date_end >= since) of a window that starts before it
        # is then a few tags (end_tags_from) instead of a read of every row of the lookback.
        tags += [text_tag("d", end[:10]), text_tag("n", end[:7]), text_tag("y", end[:4])]
    lat, lon = d["latitude"], d["longitude"]
    if lat is not None and lon is not None:
        tags += [text_tag(dim, f"{math.floor(lat / size)}:{math.floor(lon / size)}")
                 for dim, size in TEXT_CELLS.items()]
    return " ".join(tags)


MAX_END_TAGS = 200  # a `since` needing more end tags than this (a window of centuries) checks its rows instead


def end_tags_from(since: dt.date, last: dt.date) -> list[str] | None:
    """The end tags (see text_tags) that together match every window ending on a day from `since` to `last` (and
    possibly later, never earlier): the days to the end of since's month, the months to the end of its year, then
    whole years. None when that takes more than MAX_END_TAGS."""
    tags: list[str] = []
    day = since
    while day <= last:
        if len(tags) >= MAX_END_TAGS:
            return None
        if day.month == 1 and day.day == 1:
            tags.append(text_tag("y", f"{day.year:04d}"))
            if day.year == dt.MAXYEAR:
                break
            day = day.replace(year=day.year + 1)
        elif day.day == 1:
            tags.append(text_tag("n", f"{day.year:04d}-{day.month:02d}"))
            day = day.replace(year=day.year + 1, month=1) if day.month == 12 else day.replace(month=day.month + 1)
        else:
            tags.append(text_tag("d", day.isoformat()))
            day += dt.timedelta(days=1)
    return tags


# Contentless (content=''): the index keeps no copy of the documents, which the events table holds anyway (a copy
# was one more b-tree written per new event); a document is deleted by giving its text again, which text_row
# remakes from the event's stored row.
_TEXT_TABLE = ("CREATE VIRTUAL TABLE events_fts USING fts5(evidence, tags, content='', "
               "tokenize='unicode61 remove_diacritics 2')")
_TEXT_SOURCE = ("rid", "evidence", "location", "event_type", "sub_event_type", "country", "admin1", "actor1",
                "actor2", "assoc_actors", "rejected", "date_start", "date_end", "latitude", "longitude")


def text_row(d: dict) -> tuple[int, str, str]:
    """(rowid, evidence document, tags) of an event's text-index entry, from its stored row (a dict of
    _TEXT_SOURCE values, JSON columns as stored): what is inserted, and what deletes it again."""
    return d["rid"], text_document(json.loads(d["evidence"]), d["location"]), text_tags(d)


def build_text_index(con: sqlite3.Connection) -> None:
    """(Re)build the free-text index from the events table (inside the caller's transaction); like
    build_timeline_counts, for a writer that fills `events` behind the store's back."""
    # Dropped and made again: deleting a million rows of an FTS5 table one by one costs more than building it.
    con.execute("DROP TABLE IF EXISTS events_fts")
    con.execute(_TEXT_TABLE)
    rows = con.execute(f"SELECT {', '.join(_TEXT_SOURCE)} FROM events")
    while chunk := rows.fetchmany(50_000):
        ds = [dict(zip(_TEXT_SOURCE, r, strict=True)) for r in chunk]
        con.executemany("INSERT INTO events_fts (rowid, evidence, tags) VALUES (?, ?, ?)", [text_row(d) for d in ds])


def text_index_strays(con: sqlite3.Connection) -> tuple[int, int]:
    """(documents of the text index with no event, events with no document): both 0 in a consistent store. A
    contentless index cannot delete a document whose text is lost (its event deleted behind the store's back),
    so `frontlog check --repair` rebuilds the index when either is found."""
    stray = con.execute("SELECT count(*) FROM events_fts_docsize d WHERE NOT EXISTS "
                        "(SELECT 1 FROM events e WHERE e.rid = d.id)").fetchone()[0]
    missing = con.execute("SELECT count(*) FROM events e WHERE NOT EXISTS "
                          "(SELECT 1 FROM events_fts_docsize d WHERE d.id = e.rid)").fetchone()[0]
    return stray, missing


def _m5_scale(con: sqlite3.Connection) -> None:
    # 1. Free text (`q`, `Filters.text`) through FTS5: words and word beginnings, any case and accents, answered
    #    from an index (rowid = events.rid, kept in step by every rebuild). (Trigrams, which would keep LIKE's
    #    any-substring meaning, took 0.3-3 s on 1 M events: every phrase shares trigrams with every sentence.)
    con.execute("CREATE VIRTUAL TABLE events_fts USING fts5(evidence, tokenize='unicode61 remove_diacritics 2')")
    # The few rejected events, so a text count can come from the index alone (matches minus rejected matches).
    con.execute("CREATE INDEX events_rejected ON events(rid) WHERE rejected = 1")
    # 2. Blocks cut by year and place cell (dataset_merge.block_of): every mention gets its new block, and every
    #    block old or new is rebuilt (the store rebuilds right after migrating; a kill leaves them marked).
    rows = con.execute("SELECT id, sub_event_type, country, date_start, date_end, latitude, longitude "
                       "FROM mentions").fetchall()
    con.executemany("UPDATE mentions SET block = ? WHERE id = ?", [(block_key(*r[1:]), r[0]) for r in rows])
    con.execute("INSERT OR IGNORE INTO dirty_blocks SELECT DISTINCT block FROM mentions")
    con.execute("INSERT OR IGNORE INTO dirty_blocks SELECT DISTINCT block FROM events")
    # 3. 64-bit event ids (event_id): the rebuild renames every event; the analysts' rows name the event they were
    #    made on, so that name follows to the same event's new id (its anchor mention hashes to both). Their
    #    mention ids, which decide where they apply, are untouched.
    anchors = dict(con.execute("SELECT id, anchor_mention FROM events"))
    for table in ("corrections", "rejections"):
        renames = []
        for rid, old_id, mids in con.execute(f"SELECT id, event_id, mention_ids FROM {table}").fetchall():
            candidates = [anchors.get(old_id), *json.loads(mids)]
            new_id = next((event_id(m) for m in candidates if m and legacy_event_id(m) == old_id), None)
            if new_id is not None:
                renames.append((new_id, rid))
        con.executemany(f"UPDATE {table} SET event_id = ? WHERE id = ?", renames)


def _m6_extractor_knowledge(con: sqlite3.Connection) -> None:
    # 1. Each report carries what the extractor knew of it: the place's admin-1 region and the actors' ACLED inter
    #    codes (the dataset no longer asks a gazetteer or an actor table for them); each event carries its codes.
    for table, column, typ in (("mentions", "admin1", "TEXT"), ("mentions", "inter1", "INTEGER"),
                               ("mentions", "inter2", "INTEGER"), ("events", "inter1", "INTEGER"),
                               ("events", "inter2", "INTEGER"), ("articles", "knowledge", "TEXT")):
        con.execute(f"ALTER TABLE {table} ADD COLUMN {column} {typ}")
    # Older reports keep the admin-1 name the gazetteer gave their event, where the event stands at their own
    # place and no analyst changed it; their inter codes stay unknown (NULL) until they are re-extracted: they
    # carry no knowledge fingerprint (2.), so `frontlog ingest --reextract --stale` finds them.
    con.execute("UPDATE mentions SET admin1 = (SELECT e.admin1 FROM event_mentions l JOIN events e "
                "ON e.id = l.event_id WHERE l.mention_id = mentions.id AND e.location IS mentions.location "
                "AND e.country IS mentions.country AND instr(e.corrected, '\"admin1\"') = 0 "
                "AND instr(e.corrected, '\"location\"') = 0)")
    # 2. `knowledge`: the fingerprint of the knowledge and extractor code that made an article's reports.
    con.execute("CREATE INDEX articles_knowledge ON articles(knowledge)")


def _m7_text_by_day(con: sqlite3.Connection) -> None:
    # Free text that stays fast on millions of events (a common word matches hundreds of thousands): the events
    # are renumbered so that rids follow start days (rid_base), and the text index gets a `tags` column holding
    # each event's filter values (text_tags); queries.page then reads matches in date order from the index alone
    # and stops at the page's end. (Negative rids first: the new numbers must not meet the old ones.)
    # The indexes are dropped and made again: one sort each instead of two updates per row and index.
    indexes = [r[0] for r in con.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' "
                                         "AND sql IS NOT NULL")]
    for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' "
                               "AND sql IS NOT NULL").fetchall():
        con.execute(f'DROP INDEX "{name}"')
    con.execute("UPDATE events SET rid = -rid")
    rows = con.execute("SELECT rid, date_start FROM events ORDER BY date_start, id").fetchall()
    renames, day, n = [], None, 0
    for rid, start in rows:
        base = rid_base(start)
        n = n + 1 if base == day else 0
        day = base
        renames.append((base + n, rid))
    con.executemany("UPDATE events SET rid = ? WHERE rid = ?", renames)
    for sql in indexes:
        con.execute(sql)
    con.execute("DELETE FROM events_geo")
    con.execute("INSERT INTO events_geo SELECT rid, latitude, latitude, longitude, longitude FROM events "
                "WHERE latitude IS NOT NULL AND longitude IS NOT NULL")
    build_text_index(con)


def _m8_location_resolved(con: sqlite3.Connection) -> None:
    # Whether the gazetteer knew the place (issue 9): a name it did not know is kept as written at the point of
    # the place the text locates it by. Reports stored before were all resolved.
    for table in ("mentions", "events"):
        if "location_resolved" not in {r[1] for r in con.execute(f"PRAGMA table_info({table})")}:  # re-run safe
            con.execute(f"ALTER TABLE {table} ADD COLUMN location_resolved INTEGER NOT NULL DEFAULT 1")


def _m9_text_end_tags(con: sqlite3.Connection) -> None:
    # Free text with a date window counted from the index (issue 12): every event's tags gain the day, month and
    # year its window ends (text_tags), so the events starting before `since` and ending after it are matched by
    # a few tags rather than read one by one.
    build_text_index(con)


def _m10_timeline_recent(con: sqlite3.Connection) -> None:
    # Merge cost flat in the archive's size (issue 12): a rebuild's changes to the timeline rollup (about 20 rows
    # per event, on random days) go to a small table of recent changes, whose pages a rebuild finds in the cache
    # and rewrites a few times over, instead of one page each of the large rollup; they are folded into
    # timeline_counts in key order once there are TIMELINE_FOLD_ROWS of them. Readers add the two (see
    # rollup_rows and queries._timeline_rows).
    con.execute("CREATE TABLE IF NOT EXISTS timeline_recent (grain TEXT NOT NULL, f TEXT NOT NULL, "
                "day TEXT NOT NULL, k TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (grain, f, day, k)) WITHOUT ROWID")


def _m11_contentless_text(con: sqlite3.Connection) -> None:
    # Merge cost flat in the archive's size (issue 12): the text index without its own copy of the documents
    # (see _TEXT_TABLE), one b-tree fewer written per new event. (Already so when schema 7 or 9 just built it.)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name = 'events_fts'").fetchone()
    if sql is None or "content=''" not in sql[0]:
        build_text_index(con)


def event_links(ev: MergedEvent) -> str:
    """An event's `links` column: [mention id, why it joined] of each of its mentions, in order (first the
    anchor), as JSON."""
    return json.dumps([[mid, ev.reasons[mid]] for mid in ev.mention_ids], ensure_ascii=False)


def _m12_links_in_events(con: sqlite3.Connection) -> None:
    # Merge cost flat in the archive's size (issue 12): an event's links (its mentions and why each joined) are a
    # JSON column of the event (event_links) instead of rows of event_mentions, whose two b-trees, keyed by
    # mention and by event id (both hashes), took a page write each per new link wherever the store's size put
    # it. Readers find a mention's event among the events of its block (mentions.block). undo_schema_12 goes back.
    if "links" not in {r[1] for r in con.execute("PRAGMA table_info(events)")}:  # (re-run safe, as _m8)
        con.execute("ALTER TABLE events ADD COLUMN links TEXT NOT NULL DEFAULT '[]'")
    if not con.execute("SELECT 1 FROM sqlite_master WHERE name = 'event_mentions'").fetchone():
        return
    links: dict[str, list[list[str]]] = {}
    for mid, eid, reason in con.execute("SELECT mention_id, event_id, reason FROM event_mentions "
                                        "ORDER BY event_id, position"):
        links.setdefault(eid, []).append([mid, reason])
    con.executemany("UPDATE events SET links = ? WHERE id = ?",
                    [(json.dumps(v, ensure_ascii=False), eid) for eid, v in links.items()])
    con.execute("DROP TABLE event_mentions")


def undo_schema_12(con: sqlite3.Connection) -> None:
    """Take a store back to schema 11 (inside the caller's write transaction), for a user who must return to a
    frontlog of that schema: event_mentions made again from the events' links, the links column dropped. The
    events and the analysts' rows are untouched; the next frontlog of schema 12 on migrates it again."""
    if con.execute("PRAGMA user_version").fetchone()[0] != 12:
        raise StoreError("undo_schema_12 takes back schema 12 only: this store has another version")
    con.execute("CREATE TABLE event_mentions (mention_id TEXT PRIMARY KEY, event_id TEXT NOT NULL, "
                "position INTEGER NOT NULL, reason TEXT NOT NULL)")
    con.execute("INSERT INTO event_mentions SELECT j.value ->> 0, e.id, j.key, j.value ->> 1 FROM events e, "
                "json_each(e.links) j")
    con.execute("CREATE INDEX event_mentions_event ON event_mentions(event_id)")
    con.execute("ALTER TABLE events DROP COLUMN links")
    con.execute("DELETE FROM schema_version WHERE version = 12")
    con.execute("PRAGMA user_version = 11")


def _m13_dirty_spans(con: sqlite3.Connection) -> None:
    # Merge cost flat in the archive's size (issue 12): a stored, changed or removed report marks the days its window
    # reaches in its block (`dirty_spans`), and a refresh re-clusters only the runs of the block those days reach
    # (merge.runs), not the whole block, whose occupancy grows with the archive. `dirty_blocks` keeps marking whole
    # blocks (analysts' rows, repairs, migrations).
    con.execute("CREATE TABLE IF NOT EXISTS dirty_spans (block TEXT NOT NULL, lo TEXT NOT NULL, hi TEXT NOT NULL, "
                "PRIMARY KEY (block, lo, hi)) WITHOUT ROWID")


def undo_schema_13(con: sqlite3.Connection) -> None:
    """Take a store back to schema 12 (inside the caller's write transaction): the pending spans become marks of
    their whole blocks."""
    if con.execute("PRAGMA user_version").fetchone()[0] != 13:
        raise StoreError("undo_schema_13 takes back schema 13 only: this store has another version")
    con.execute("INSERT OR IGNORE INTO dirty_blocks SELECT DISTINCT block FROM dirty_spans")
    con.execute("DROP TABLE dirty_spans")
    con.execute("DELETE FROM schema_version WHERE version = 13")
    con.execute("PRAGMA user_version = 12")


# Events a deferred refresh (a running ingest's, `refresh(defer=True)`) makes wait here, in small b-trees, until
# FOLD_EVENTS of them are folded into the large tables in rid order (issue 12). Readers read `events` alone: they
# see the store as it was at the last fold until the ingest ends (its last refresh folds).
FOLD_EVENTS = 5_000


def _m14_recent_events(con: sqlite3.Connection) -> None:
    # Merge cost flat in the archive's size (issue 12): a new event written straight into `events` lands in a
    # random leaf of each of its b-trees (the table, its nine indexes, the R*Tree, the text index), so a refresh
    # writes a page per new event in each once the store is large. A running ingest's refreshes write their events
    # into `events_recent` (the events table's columns; a block index and the id's) and the rids of the stored
    # events they replace into `events_gone`; a fold moves both into the large tables in rid order, their text and
    # points and rollup counts with them, one transaction (`fold_recent`).
    sql = con.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'events'").fetchone()[0]
    con.execute(sql.replace("CREATE TABLE events (", "CREATE TABLE IF NOT EXISTS events_recent (", 1))
    con.execute("CREATE INDEX IF NOT EXISTS events_recent_block ON events_recent(block)")
    con.execute("CREATE TABLE IF NOT EXISTS events_gone (rid INTEGER PRIMARY KEY)")


def undo_schema_14(con: sqlite3.Connection) -> None:
    """Take a store back to schema 13 (inside the caller's write transaction): what waits is folded first."""
    if con.execute("PRAGMA user_version").fetchone()[0] != 14:
        raise StoreError("undo_schema_14 takes back schema 14 only: this store has another version")
    fold_recent(con)
    con.execute("DROP TABLE events_recent")
    con.execute("DROP TABLE events_gone")
    con.execute("DELETE FROM schema_version WHERE version = 14")
    con.execute("PRAGMA user_version = 13")


def pending_recent(con: sqlite3.Connection) -> int:
    """Rows waiting for a fold: events in events_recent plus stored events they replace (events_gone)."""
    return con.execute("SELECT (SELECT count(*) FROM events_recent) + (SELECT count(*) FROM events_gone)").fetchone()[0]


# The reports a running ingest stores (`put_article(defer=True)`) wait here until the next fold of the events
# (fold_recent), then go into `mentions` in the order they came (issue 12).
def _m15_recent_mentions(con: sqlite3.Connection) -> None:
    # Merge cost flat in the archive's size (issue 12): `mentions` is indexed by its hashed id and by block, keys
    # no order of arrival makes local, so once the store is large each article's transaction wrote a random leaf of
    # both indexes per report, and each checkpoint copied a thousand distinct pages where a small store's copied a
    # hundred. A running ingest's reports go into `mentions_recent` (the same columns, small indexes) and are
    # moved into `mentions` at the events' fold, one transaction, each leaf written once; readers read both
    # through `mentions_all`. (A later migration adding a column to `mentions` must add it here too.)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'mentions'").fetchone()[0]
    con.execute(sql.replace("CREATE TABLE mentions (", "CREATE TABLE IF NOT EXISTS mentions_recent (", 1))
    con.execute("CREATE INDEX IF NOT EXISTS mentions_recent_article ON mentions_recent(article_id)")
    con.execute("CREATE INDEX IF NOT EXISTS mentions_recent_block ON mentions_recent(block)")
    con.execute("CREATE VIEW IF NOT EXISTS mentions_all AS SELECT * FROM mentions UNION ALL "
                "SELECT * FROM mentions_recent")


def undo_schema_15(con: sqlite3.Connection) -> None:
    """Take a store back to schema 14 (inside the caller's write transaction): the waiting reports are moved into
    `mentions` first."""
    if con.execute("PRAGMA user_version").fetchone()[0] != 15:
        raise StoreError("undo_schema_15 takes back schema 15 only: this store has another version")
    fold_mentions(con)
    con.execute("DROP VIEW mentions_all")
    con.execute("DROP TABLE mentions_recent")
    con.execute("DELETE FROM schema_version WHERE version = 15")
    con.execute("PRAGMA user_version = 14")


def fold_mentions(con: sqlite3.Connection) -> int:
    """Move the reports waiting in mentions_recent into `mentions` in the order they came (inside the caller's write
    transaction); returns how many. (Schema 14 and older have none.)"""
    if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'mentions_recent'").fetchone() is None:
        return 0
    waiting = con.execute("SELECT count(*) FROM mentions_recent").fetchone()[0]
    if waiting:
        con.execute("INSERT INTO mentions SELECT * FROM mentions_recent ORDER BY rowid")
        con.execute("DELETE FROM mentions_recent")
    return waiting


def fold_recent(con: sqlite3.Connection) -> int:
    """Fold the waiting events into the large tables (inside the caller's write transaction): the replaced events
    go with their points, text and rollup counts, the recent ones come in rid order with theirs. Returns how many
    rows were waiting."""
    names = [r[1] for r in con.execute("PRAGMA table_info(events)") if r[1] != "seq"]  # (seq: the insert's own)
    select = f"SELECT rid, id, {_STORED_COLUMNS}, links FROM "
    fold_mentions(con)
    gone = con.execute(select + "events WHERE rid IN (SELECT rid FROM events_gone) ORDER BY rid").fetchall()
    recent = con.execute(select + "events_recent ORDER BY rid").fetchall()
    waiting = len(recent) + con.execute("SELECT count(*) FROM events_gone").fetchone()[0]
    if not waiting:
        return 0
    delta: Counter[tuple] = Counter()
    for rows, sign in ((gone, -1), (recent, 1)):
        for r in rows:
            sig = rollup_signature(*(r[2 + i] for i in _STORED_ROLLUP))
            if sig is not None:
                delta[sig] += sign
    con.executemany("INSERT INTO events_fts (events_fts, rowid, evidence, tags) VALUES ('delete', ?, ?, ?)",
                    [text_row({"rid": r[0], **dict(zip(_STORED_NAMES, r[2:-1], strict=True))}) for r in gone])
    con.execute("DELETE FROM events_geo WHERE rid IN (SELECT rid FROM events_gone)")
    con.execute("DELETE FROM events WHERE rid IN (SELECT rid FROM events_gone)")
    cols = ", ".join(names)
    con.execute(f"INSERT INTO events ({cols}) SELECT {cols} FROM events_recent ORDER BY rid")
    # (OR REPLACE: a row left by an event deleted behind the store's back may hold the reused rid.)
    con.execute("INSERT OR REPLACE INTO events_geo SELECT rid, latitude, latitude, longitude, longitude FROM "
                "events_recent WHERE latitude IS NOT NULL AND longitude IS NOT NULL ORDER BY rid")
    con.executemany("INSERT INTO events_fts (rowid, evidence, tags) VALUES (?, ?, ?)",
                    [text_row({"rid": r[0], **dict(zip(_STORED_NAMES, r[2:-1], strict=True))}) for r in recent])
    con.execute("DELETE FROM events_recent")
    con.execute("DELETE FROM events_gone")
    apply_rollup(con, delta)
    return waiting


# The events table keyed by order of arrival (schema 16): what _m16_events_by_arrival puts in place of the rid as the
# table's own key, and the index that finds an event by its rid instead.
_RID_KEY = "rid INTEGER PRIMARY KEY,"
_SEQ_KEY = "seq INTEGER PRIMARY KEY, rid INTEGER NOT NULL,"
_RID_INDEX = "CREATE UNIQUE INDEX events_rid ON events(rid)"


def _remake_events(con: sqlite3.Connection, sql: str, extra_index: str | None) -> None:
    """Make `events` again from `sql` (its CREATE TABLE), its rows copied in rid order, every index of the old table
    made again (one sort each, after the copy) but `events_rid`, then `extra_index` (inside the caller's write
    transaction). The old table is renamed aside first so the new one's stored SQL reads `CREATE TABLE events (`,
    which _m14_recent_events copies."""
    names = ", ".join(r[1] for r in con.execute("PRAGMA table_info(events)") if r[1] != "seq")
    indexes = [r[0] for r in con.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' "
                                         "AND sql IS NOT NULL AND name <> 'events_rid'")]
    analyzed = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").fetchone() is not None and \
        con.execute("SELECT 1 FROM sqlite_stat1 WHERE tbl = 'events' LIMIT 1").fetchone() is not None
    con.execute("ALTER TABLE events RENAME TO events_remade")
    con.execute(sql)
    con.execute(f"INSERT INTO events ({names}) SELECT {names} FROM events_remade ORDER BY rid")
    con.execute("DROP TABLE events_remade")  # (its indexes with it)
    for index in [*indexes, *([extra_index] if extra_index else [])]:
        con.execute(index)
    if analyzed:
        con.execute("ANALYZE events")  # the planner's statistics went with the old table


def _m16_events_by_arrival(con: sqlite3.Connection) -> None:
    # Merge cost flat in the archive's size (issue 12): `events` keyed by its rid (the start day's number) put each
    # event a fold writes on a random leaf of the table once the store is large (a back-fill's events start on any
    # day), a page written per event. Keyed by order of arrival (`seq`, which an insert without it takes as the
    # next), a fold appends its events to the table's last pages; the rid is a UNIQUE column found through
    # `events_rid` (one more b-tree descent for a reader that goes by rid: the text index's and R*Tree's matches,
    # both still keyed by rid). `events_recent`, small and read by rid, keeps the rid as its key.
    sql = con.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'events'").fetchone()[0]
    if _SEQ_KEY in sql:  # (re-run safe)
        return
    if _RID_KEY not in sql:
        raise StoreError("schema 16: the events table has no `rid INTEGER PRIMARY KEY` to replace")
    _remake_events(con, sql.replace(_RID_KEY, _SEQ_KEY, 1), _RID_INDEX)


def undo_schema_16(con: sqlite3.Connection) -> None:
    """Take a store back to schema 15 (inside the caller's write transaction): `events` keyed by its rid again, the
    rows and every other index as they are."""
    if con.execute("PRAGMA user_version").fetchone()[0] != 16:
        raise StoreError("undo_schema_16 takes back schema 16 only: this store has another version")
    sql = con.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'events'").fetchone()[0]
    _remake_events(con, sql.replace(_SEQ_KEY, _RID_KEY, 1), None)
    con.execute("DELETE FROM schema_version WHERE version = 16")
    con.execute("PRAGMA user_version = 15")


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_m1_base, _m2_query_indexes, _m3_api_indexes,
                                                          _m4_timeline_rollup, _m5_scale, _m6_extractor_knowledge,
                                                          _m7_text_by_day, _m8_location_resolved, _m9_text_end_tags,
                                                          _m10_timeline_recent, _m11_contentless_text,
                                                          _m12_links_in_events, _m13_dirty_spans,
                                                          _m14_recent_events, _m15_recent_mentions,
                                                          _m16_events_by_arrival]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(con: sqlite3.Connection) -> int:
    """Bring the schema to SCHEMA_VERSION, one migration per transaction; returns the version found.

    The version is read inside each migration's write transaction, so two processes opening a new (or old) store
    at once apply every migration exactly once: the second waits, then finds it done."""
    found = con.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        raise StoreError(f"this store has schema version {found}, newer than this frontlog's {SCHEMA_VERSION}: "
                         "upgrade frontlog to open it")
    if found == SCHEMA_VERSION:
        return found  # the common case takes no lock
    # A migration may sort whole tables (indexes made again: _m7, _m16): its sorts spill to temporary files instead
    # of the memory the store's connections sort in (_tune), so upgrading a store of millions of events does not take
    # gigabytes (1 M events, schema 16: peak RSS 1,029 -> 156 MB, 23 -> 27 s).
    temp_store = con.execute("PRAGMA temp_store").fetchone()[0]
    con.execute("PRAGMA temp_store = FILE")
    try:
        while True:
            with con:
                con.execute("BEGIN IMMEDIATE")
                version = con.execute("PRAGMA user_version").fetchone()[0] + 1
                if version > SCHEMA_VERSION:
                    return found
                if version == 1:
                    con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                "applied_at TEXT NOT NULL)")
                MIGRATIONS[version - 1](con)
                con.execute("INSERT INTO schema_version VALUES (?, ?)", (version, _now()))
                con.execute(f"PRAGMA user_version = {int(version)}")  # PRAGMA takes no parameters
    finally:
        con.execute(f"PRAGMA temp_store = {int(temp_store)}")


# ----------------------------------------------------------------------------------------------- records


@dataclass
class Filters:
    """What `events` and `export` select. Dates are ISO strings; a window counts when it overlaps the range."""

    since: str | None = None
    until: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    country: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min_lat, min_lon, max_lat, max_lon
    near: tuple[float, float, float] | None = None  # lat, lon, km
    include_rejected: bool = False
    ids: Sequence[str] | None = None
    admin1: str | None = None
    min_fatalities: int | None = None
    text: str | None = None  # free text, case-insensitive, over the evidence sentences and the place name


@dataclass
class Correction:
    id: int
    event_id: str
    mention_ids: list[str]
    field: str
    value: object
    note: str | None
    who: str
    at: str
    target: str | None = None  # the mention it follows now (see _resolve_targets)
    applied_to: str | None = None  # the event it lands on now; None when orphaned


@dataclass
class Rejection:
    id: int
    event_id: str
    mention_ids: list[str]
    action: str
    note: str | None
    who: str
    at: str
    target: str | None = None
    applied_to: str | None = None


@dataclass
class Explanation:
    event: dict
    mentions: list[dict] = field(default_factory=list)  # mention fields + doc_id, title, reason
    corrections: list[Correction] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)


# Fields an analyst may set, and how a value typed on the command line becomes a stored one.
MAX_COUNT = 10**9


def _int_or_null(v: str) -> int | None:
    if v.strip().lower() in ("", "null", "none", "unknown"):
        return None
    n = int(v)
    if n < 0:
        raise ValueError("must not be negative")
    if n > MAX_COUNT:  # past SQLite's 64-bit integers the store could not be rebuilt, and no toll is this large
        raise ValueError(f"must be at most {MAX_COUNT:,}")
    return n


def _date(v: str) -> str:
    return dt.date.fromisoformat(v.strip()).isoformat()


def _text_or_null(v: str) -> str | None:
    v = v.strip()
    return None if v.lower() in ("", "null", "none") else v


def _float(v: str) -> float:
    x = float(v)
    if not math.isfinite(x):
        raise ValueError("must be a finite number")
    return x


def _precision(v: str) -> int:
    n = int(v)
    if n not in (1, 2, 3):
        raise ValueError("must be 1, 2 or 3")
    return n


def _date_precision(v: str) -> str:
    if v not in ("day", "week", "month", "year"):
        raise ValueError("must be day, week, month or year")
    return v


def _sub_type(v: str) -> str:
    if v not in SUB_TO_TYPE:
        raise ValueError("unknown sub-event type; see shared/spec/EVENTS.md for the list")
    return v


def _list(v: str) -> list[str]:
    return [x.strip() for x in v.split(",") if x.strip()]


def _country(v: str) -> str:
    v = v.strip().upper()
    if len(v) != 2 or not v.isalpha():
        raise ValueError("must be an ISO 3166 alpha-2 code such as SY")
    return v


SETTABLE: dict[str, Callable[[str], object]] = {
    "sub_event_type": _sub_type, "actor1": _text_or_null, "actor2": _text_or_null, "assoc_actors": _list,
    "location": _text_or_null, "country": _country, "admin1": _text_or_null, "latitude": _float,
    "longitude": _float, "geo_precision": _precision, "date_start": _date, "date_end": _date,
    "date_precision": _date_precision, "fatalities": _int_or_null, "count": _int_or_null,
    "claimed_by": _text_or_null,
}
SPLIT = "split"  # a correction that takes a mention out of its event (value = the mention id)

EVENT_COLUMNS = (
    "id", "event_type", "sub_event_type", "actor1", "actor2", "assoc_actors", "location", "country", "admin1",
    "inter1", "inter2", "latitude", "longitude", "geo_precision", "date_start", "date_end", "date_precision",
    "fatalities", "fatalities_reported", "count", "claimed_by", "evidence", "confidence", "url", "sources",
    "n_mentions", "corrected", "rejected", "location_resolved", "updated_at",
)
JSON_COLUMNS = frozenset({"assoc_actors", "fatalities_reported", "evidence", "sources", "corrected"})
MENTION_FIELDS = (
    "event_type", "sub_event_type", "actor1", "actor2", "assoc_actors", "location", "country", "latitude",
    "longitude", "geo_precision", "date_start", "date_end", "date_precision", "fatalities", "count", "claimed_by",
    "evidence", "confidence", "url", "admin1", "inter1", "inter2", "location_resolved",
)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _epoch(iso: str | None) -> int:
    if not iso:
        return 0
    return int(dt.datetime.fromisoformat(iso).timestamp())


# ------------------------------------------------------------------------------------------------ interface


class EventStore(ABC):
    """What the rest of frontlog needs from a store. Everything else (SQL, files) stays behind it."""

    @abstractmethod
    def article_hash(self, article_id: str) -> str | None: ...

    @abstractmethod
    def put_article(self, article: Article, content_hash: str, events: Sequence[Event],
                    knowledge: str | None = None, defer: bool = False) -> bool:
        """Store an article and its extractor records, replacing what it said before (one transaction).
        `knowledge`: the fingerprint of the knowledge and extractor code that made the records (see `stale`).
        `defer` (a running ingest's): the records may wait apart until the next fold, as its refreshes' events
        do. Returns whether its mentions changed."""

    @abstractmethod
    def stale(self, knowledge: str) -> list[str]:
        """The ids of the stored articles whose records another knowledge or extractor code made than
        `knowledge` (or an older frontlog, which recorded none), in id order."""

    @abstractmethod
    def stored_articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]: ...

    @abstractmethod
    def mark_all_dirty(self) -> None:
        """Have every event rebuilt at the next refresh (after a gazetteer or merge-rule change)."""

    @abstractmethod
    def refresh(self, defer: bool = False) -> int:
        """Rebuild the events of every block marked dirty; returns how many blocks were rebuilt. `defer`: the
        store may keep the new events apart from readers until a later refresh without it (a running ingest)."""

    @abstractmethod
    def events(self, filters: Filters | None = None) -> Iterator[dict]: ...

    @abstractmethod
    def event_chunks(self, filters: Filters | None = None, size: int = 50_000) -> Iterator[list[dict]]: ...

    @abstractmethod
    def event_columns(self, filters: Filters | None = None, size: int = 100_000) -> Iterator[dict[str, list]]: ...

    @abstractmethod
    def explain(self, event_id: str) -> Explanation: ...

    @abstractmethod
    def correct(self, event_id: str, values: dict[str, str], note: str | None, who: str,
                force: bool = False) -> list[Correction]: ...

    @abstractmethod
    def split(self, event_id: str, mention: str, note: str | None, who: str) -> Correction: ...

    @abstractmethod
    def reject(self, event_id: str, note: str | None, who: str, restore: bool = False) -> Rejection: ...

    @abstractmethod
    def corrections(self) -> tuple[list[Correction], list[Rejection]]: ...

    @abstractmethod
    def counts(self) -> dict[str, int]: ...

    @abstractmethod
    def has_event(self, event_id: str) -> bool:
        """Whether an event of this id (or of the older id it had, see `resolve_id`) is stored now."""

    # -- the read side: the API's counts, pages, clusters and timeline (dataset/queries.py) and the page's place
    #    search are SQL over the events; they read through these, never through the connection.

    @abstractmethod
    def rows(self, sql: str, params: Sequence = ()) -> Iterator[tuple]:
        """The rows of one read-only SQL statement over the store's derived tables (`events e`, `events_geo`,
        `events_fts`, `timeline_counts` with `timeline_recent`); a statement that would change anything is refused
        (StoreError)."""

    def row(self, sql: str, params: Sequence = ()) -> tuple | None:
        """The first row of `rows(sql, params)`, None when there is none."""
        return next(iter(self.rows(sql, params)), None)

    def value(self, sql: str, params: Sequence = ()) -> object:
        """The first column of the first row of `rows(sql, params)` (a count, a minimum), None without a row."""
        found = self.row(sql, params)
        return found[0] if found is not None else None

    @abstractmethod
    def where_sql(self, filters: Filters) -> tuple[str, list]: ...

    def match_text(self, text: str) -> str | None:
        """text_match for this store's index (see SQLiteStore.match_text)."""
        return text_match(text)

    @abstractmethod
    def text_matches(self, match: str) -> int: ...

    @abstractmethod
    def text_query(self, f: Filters, max_cells: int = TEXT_MAX_CELLS) -> TextQuery | None: ...

    @abstractmethod
    def text_subset(self, match: str, rids: Sequence[int]) -> list[int]:
        """The rids among `rids` whose text matches `match` (text_match), ascending."""

    @abstractmethod
    def close(self) -> None: ...


PlaceResolver = Callable[[str, str | None, float | None, float | None], dict]
# An actor's ACLED inter code in an event in a country (None: the actor table does not know the actor).
InterResolver = Callable[[str, str | None], int | None]


def no_inter(actor: str, country: str | None) -> None:
    """The inter-code resolver of a store given none: the dataset holds no actor table (the jobs layer passes
    one), so an actor an analyst typed has no known code."""
    return None


def no_place(name: str, country: str | None, lat: float | None, lon: float | None) -> dict:
    """The place resolver of a store given none: a typed location cannot be placed without a gazetteer."""
    raise StoreError(f"location {name!r}: this store was opened without a place resolver; give --set latitude=.. "
                     "--set longitude=.. as well, or correct it through `frontlog correct` (which uses the gazetteer)")


# ------------------------------------------------------------------------------------------------ SQLite


# The event columns rollup_signature reads (after `rejected`), and their places in _apply's row.
_ROLLUP_FIELDS = ("date_start", "date_end", "event_type", "sub_event_type", "country", "admin1", "actor1", "actor2",
                  "assoc_actors")
_ROLLUP_ROW = tuple(EVENT_COLUMNS.index(c) - 1 for c in _ROLLUP_FIELDS)
_REJECTED_ROW = EVENT_COLUMNS.index("rejected") - 1
_START_ROW = EVENT_COLUMNS.index("date_start") - 1
# What a rebuild writes of an event after its id and block (the anchor, _apply's row, updated_at), and where in
# that the rollup's fields are (rejected first).
_STORED_NAMES = ("anchor_mention", *EVENT_COLUMNS[1:-1], "updated_at")
_STORED_COLUMNS = ", ".join(_STORED_NAMES)
_STORED_ROLLUP = tuple(1 + EVENT_COLUMNS.index(c) - 1 for c in ("rejected", *_ROLLUP_FIELDS))
_START, _END = (4 + MENTION_FIELDS.index(f) for f in ("date_start", "date_end"))  # in a stored mention row
# A mention as a rebuild reads it, with its article's published, title, url, source and ingested_at.
_MENTIONS_SQL = ("SELECT m.id, m.article_id, m.seq, " + ", ".join(f"m.{f}" for f in MENTION_FIELDS) +
                 ", a.published, a.title, a.url, a.source, a.ingested_at FROM mentions_all m JOIN articles a "
                 "ON a.id = m.article_id WHERE ")
_READ_START, _READ_END = (3 + MENTION_FIELDS.index(f) for f in ("date_start", "date_end"))


def _tune(con: sqlite3.Connection) -> None:
    # A 64 MB page cache (SQLite's default is 2 MB) keeps the indexes a rebuild touches in memory as the store
    # grows, so merging 1,000 more reports costs about the same in a store of 100k as of 1k.
    con.execute("PRAGMA cache_size = -65536")
    con.execute("PRAGMA temp_store = MEMORY")


def apply_rollup(con: sqlite3.Connection, delta: Counter[tuple]) -> None:
    """Add a transaction's changes to the timeline rollup: summed per row first, then written in key order
    (each page of the rollup visited once, not once per event)."""
    changes: Counter[tuple] = Counter()
    for sig, n in delta.items():
        if n:
            for key in rollup_keys(sig):
                changes[key] += n
    rows = sorted((*key, n) for key, n in changes.items() if n)
    if not rows:
        return
    # Into the small table of recent changes (see _m10_timeline_recent); a key whose changes cancel out goes.
    con.executemany("INSERT INTO timeline_recent VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE "
                    "SET n = n + excluded.n", rows)
    con.executemany("DELETE FROM timeline_recent WHERE grain = ? AND f = ? AND day = ? AND k = ? AND n = 0",
                    [r[:4] for r in rows])
    held = con.execute("SELECT count(*) FROM (SELECT 1 FROM timeline_recent LIMIT ?)",
                       (TIMELINE_FOLD_ROWS + 1,)).fetchone()[0]
    if held > TIMELINE_FOLD_ROWS:
        fold_timeline_recent(con)


def _set_wal(con: sqlite3.Connection, wait: float = 30.0) -> None:
    """WAL journal (set once per file). Switching needs the file to itself and SQLite answers "locked" at once
    rather than waiting, so a second process creating the same store at the same moment retries."""
    deadline = time.monotonic() + wait
    while True:
        try:
            if con.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                con.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


# The blocks waiting for a rebuild: whole (dirty_blocks) or in the runs some days reach (dirty_spans).
_DIRTY = "SELECT block FROM dirty_blocks UNION SELECT block FROM dirty_spans"


def _by_target(corrections: list[Correction], rejections: list[Rejection]) -> dict[str | None, list]:
    """The analysts' rows (splits aside) by the mention each follows now."""
    out: dict[str | None, list] = {}
    for row in [*corrections, *rejections]:
        if not (isinstance(row, Correction) and row.field == SPLIT):
            out.setdefault(row.target, []).append(row)
    return out


# ------------------------------------------------------------------------------------------------ report rows
# One article's extractor records as the rows the store keeps (mention id, block, fields), in plain types (lists
# for the JSON columns) so an engine can write them to Parquet, cluster each block apart and bulk-load them.

def report_rows(article: Article, events: Sequence[Event]) -> list[dict]:
    """The store's rows for an article's records: id, article_id, seq, block, the mention fields, and the
    article's published, title, url and source (what merging reads of it)."""
    taken: set[str] = set()
    published = article.published.isoformat() if article.published else None
    out = []
    for seq, ev in enumerate(events):
        d = {f: getattr(ev, f) for f in MENTION_FIELDS}  # (not asdict: its deep copies were a third of a merge)
        out.append({"id": mention_id(article.id, ev, taken), "article_id": article.id, "seq": seq,
                    "block": block_of(ev), **d, "published": published, "title": article.title,
                    "article_url": article.url, "source": article.source})
    return out


def _mention_tuple(r: dict) -> tuple:
    return (r["id"], r["article_id"], r["seq"], r["block"], *(
        json.dumps(list(r[f]), ensure_ascii=False) if f in ("assoc_actors", "evidence") else r[f]
        for f in MENTION_FIELDS))


def cluster_reports(rows: Iterable[dict], solo: Iterable[str] = ()) -> list[MergedEvent]:
    """Cluster the report rows of one block (every row of it: a block is clustered whole) into events, exactly
    as the store's rebuild would. Pure: no store, no I/O, so it can run as one task per block anywhere."""
    mentions = []
    for r in rows:
        fields = {f: r[f] for f in MENTION_FIELDS}
        fields["assoc_actors"] = list(fields["assoc_actors"])
        fields["evidence"] = list(fields["evidence"])
        fields["location_resolved"] = bool(fields["location_resolved"])  # SQLite's 0/1
        mentions.append(Mention(r["id"], r["article_id"], r["seq"], Event(doc_id=r["article_id"], **fields),
                                r["published"], r["title"], r["article_url"], r["source"]))
    return cluster(mentions, solo)


class SQLiteStore(EventStore):
    """The store in one SQLite file (WAL journal; one transaction per article)."""

    def __init__(self, path: str | Path, *, create: bool = True, readonly: bool = False,
                 resolve_place: PlaceResolver | None = None, resolve_inter: InterResolver | None = None) -> None:
        """`readonly`: the connection cannot write (SQLite's mode=ro), for every read command; a store from an
        older frontlog is migrated first through a writing connection of its own. `resolve_place`, `resolve_inter`:
        where a place or an actor an analyst types in a correction lies and how ACLED codes it (knowledge the
        dataset does not hold; frontlog.jobs.resolvers has the gazetteer's and the actor table's)."""
        self.path = Path(path)
        self.readonly = readonly
        if (not create or readonly) and not self.path.is_file():
            raise StoreError(f"{self.path}: no such store: create it with `frontlog ingest ARTICLES --db {path}`")
        self._resolve_place = resolve_place or no_place
        self._resolve_inter = resolve_inter or no_inter
        self._text_counts: dict[tuple[str, int], int] = {}
        self._completions: dict[tuple[str, int, int], list[str] | None] = {}
        if readonly:
            self.con = self._connect_readonly()
            return
        try:
            self.con = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            _set_wal(self.con)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a frontlog store ({exc}): give another --db") from exc
        # NORMAL is durable at each checkpoint and never corrupts in WAL mode; a power cut may lose the last
        # articles, which the next ingest simply redoes.
        self.con.execute("PRAGMA synchronous=NORMAL")
        self.con.execute("PRAGMA foreign_keys=ON")
        _tune(self.con)
        try:
            found = migrate(self.con)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a frontlog store ({exc}): give another --db") from exc
        if 0 < found < 5:
            self.refresh()  # schema 5 re-blocked and renamed every event: rebuild them now, not at a later read

    def _connect_readonly(self) -> sqlite3.Connection:
        uri = self.path.absolute().as_uri() + "?mode=ro"
        try:
            con = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30)
            found = con.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a frontlog store ({exc}): give another --db") from exc
        if found > SCHEMA_VERSION:
            con.close()
            raise StoreError(f"this store has schema version {found}, newer than this frontlog's "
                             f"{SCHEMA_VERSION}: upgrade frontlog to open it")
        if found < SCHEMA_VERSION:
            con.close()
            try:
                SQLiteStore(self.path, resolve_place=self._resolve_place, resolve_inter=self._resolve_inter).close()
            except sqlite3.OperationalError as exc:
                raise StoreError(f"{self.path} was made by an older frontlog and must be upgraded once, which needs "
                                 f"write access ({exc}): run `frontlog check --repair --db {self.path}` as its "
                                 "owner") from exc
            con = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30)
        _tune(con)
        return con

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles and mentions

    def article_hash(self, article_id: str) -> str | None:
        row = self.con.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def put_article(self, article: Article, content_hash: str, events: Sequence[Event],
                    knowledge: str | None = None, defer: bool = False) -> bool:
        rows = [_mention_tuple(r) for r in report_rows(article, events)]
        con = self.con
        with con:
            con.execute("BEGIN IMMEDIATE")
            return self._put(article, content_hash, rows, knowledge, defer)

    def _put(self, article: Article, content_hash: str, rows: list[tuple], knowledge: str | None,
             defer: bool = False) -> bool:
        """put_article inside the caller's write transaction (`defer`: the mentions into mentions_recent, see
        _m15_recent_mentions)."""
        published = article.published.isoformat() if article.published else None
        con = self.con
        old = con.execute(f"SELECT id, article_id, seq, block, {', '.join(MENTION_FIELDS)} "
                          "FROM mentions_all WHERE article_id = ? ORDER BY seq", (article.id,)).fetchall()
        before = con.execute("SELECT published, title, url FROM articles WHERE id = ?", (article.id,)).fetchone()
        con.execute(
            "INSERT INTO articles (id, content_hash, url, title, published, source, text, n_mentions, "
            "ingested_at, knowledge) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
            "content_hash = excluded.content_hash, url = excluded.url, title = excluded.title, "
            "published = excluded.published, source = excluded.source, text = excluded.text, "
            "n_mentions = excluded.n_mentions, ingested_at = excluded.ingested_at, knowledge = excluded.knowledge",
            (article.id, content_hash, article.url, article.title, published, article.source, article.text,
             len(rows), _now(), knowledge))
        changed = [tuple(r) for r in old] != rows or (before is not None and tuple(before) != (
            published, article.title, article.url))
        if changed:
            if old:
                con.execute("DELETE FROM mentions WHERE article_id = ?", (article.id,))
                con.execute("DELETE FROM mentions_recent WHERE article_id = ?", (article.id,))
            con.executemany(f"INSERT INTO {'mentions_recent' if defer else 'mentions'} "
                            f"VALUES ({', '.join('?' * (4 + len(MENTION_FIELDS)))})", rows)
            # The days each report, as it was and as it is, reaches in its block: what a refresh must re-cluster.
            marks = {(r[3], *window_reach(r[_START], r[_END])) for r in (*old, *rows)}
            con.executemany("INSERT OR IGNORE INTO dirty_spans VALUES (?, ?, ?)", sorted(marks))
        return changed

    def bulk_load(self, articles: Iterable[tuple[Article, str, Sequence[dict]]],
                  clustered: dict[str, list[MergedEvent]] | None = None, chunk: int = 2_000,
                  knowledge: str | None = None) -> int:
        """Store many articles at once: (article, content hash, its report rows from `report_rows`), `chunk`
        articles per write transaction, each replacing what it said before (as put_article). `clustered`: events
        already made from whole blocks elsewhere (`cluster_reports` on every report row of the block, e.g. one
        task per block on a cluster); they are written as they are unless an analyst split a mention of theirs.
        Every other touched block is rebuilt here. Returns how many articles changed."""
        changed = 0
        it = iter(articles)
        while batch := [x for _, x in zip(range(chunk), it, strict=False)]:
            with self.con:
                self.con.execute("BEGIN IMMEDIATE")
                for article, content_hash, rows in batch:
                    changed += self._put(article, content_hash, [_mention_tuple(r) for r in rows], knowledge)
        if clustered:
            with self.con:
                self.con.execute("BEGIN IMMEDIATE")
                fold_recent(self.con)  # (its rebuilds write straight into the large tables)
                corrections, rejections = self._load_analyst_rows()
                splits = {str(c.value) for c in corrections if c.field == SPLIT}
                self._resolve_targets(corrections, rejections, splits)
                by_target = _by_target(corrections, rejections)
                rollup: Counter[tuple] = Counter()
                for block, merged in clustered.items():
                    given = {mid for ev in merged for mid in ev.mention_ids}
                    stored = {r[0] for r in self.con.execute("SELECT id FROM mentions_all WHERE block = ?",
                                                             (block,))}
                    # Made from exactly the block's reports, none split off by an analyst: taken as it is.
                    if given == stored and not given & splits:
                        self._rebuild(block, by_target, splits, rollup, merged)
                self._apply_rollup(rollup)
        self.refresh()
        return changed

    def stale(self, knowledge: str) -> list[str]:
        return [r[0] for r in self.con.execute(
            "SELECT id FROM articles WHERE knowledge IS NOT ? ORDER BY id", (knowledge,))]

    def stored_articles(self, ids: Iterable[str] | None = None) -> Iterator[Article]:
        sql = "SELECT id, text, published, title, url, source FROM articles"
        wanted = None if ids is None else set(ids)
        for r in self.con.execute(sql + " ORDER BY id").fetchall():
            if wanted is not None and r[0] not in wanted:
                continue
            yield Article(r[0], r[1], dt.date.fromisoformat(r[2]) if r[2] else None, r[3], r[4], r[5],
                          path=f"{self.path}#{r[0]}")

    def block_report_rows(self, block: str) -> list[dict]:
        """The report rows stored in one block, as `report_rows` makes them: with the rows of new articles, what
        `cluster_reports` needs to cluster the block elsewhere (one task per block on a cluster)."""
        return [{"id": m.id, "article_id": m.article_id, "seq": m.seq, "block": block,
                 **{f: getattr(m.event, f) for f in MENTION_FIELDS}, "published": m.published, "title": m.title,
                 "article_url": m.article_url, "source": m.source}
                for m in self._mentions("m.block = ?", (block,))]

    def _mentions(self, where: str, params: Sequence, ingested: dict[str, str] | None = None) -> list[Mention]:
        """The mentions `where` selects, with their articles' published, title, url and source; `ingested`, when
        given, gets each of those articles' ingested_at (a rebuild needs both: one read of the block, not two)."""
        return self._mentions_of(self.con.execute(_MENTIONS_SQL + where, params), ingested)

    @staticmethod
    def _mentions_of(rows: Iterable[tuple], ingested: dict[str, str] | None = None) -> list[Mention]:
        """Mentions from rows of _MENTIONS_SQL (see _mentions)."""
        out = []
        for r in rows:
            d = dict(zip(MENTION_FIELDS, r[3:3 + len(MENTION_FIELDS)], strict=True))
            d["assoc_actors"] = json.loads(d["assoc_actors"])
            d["evidence"] = json.loads(d["evidence"])
            ev = Event(doc_id=r[1], **d)
            out.append(Mention(r[0], r[1], r[2], ev, *r[-5:-1]))
            if ingested is not None:
                ingested[r[1]] = r[-1]
        return out

    # -- events

    def dirty(self) -> list[str]:
        return [r[0] for r in self.con.execute(_DIRTY + " ORDER BY block")]

    def mark_all_dirty(self) -> None:
        with self.con:
            self.con.execute("BEGIN IMMEDIATE")
            self.con.execute("INSERT OR IGNORE INTO dirty_blocks SELECT DISTINCT block FROM mentions_all")
            self.con.execute("INSERT OR IGNORE INTO dirty_blocks SELECT DISTINCT block FROM events")

    # Blocks rebuilt per write transaction: another writer waits for one at most (readers never wait: WAL). A
    # transaction writes each page it changed once, so an ingest's refresh (every 500 articles: about 700 blocks
    # of benchmarks/store.py's reports) is one transaction; with 200 it took four, which wrote the pages their
    # events share (b-tree leaves, the text index's new segment) four times. A full rebuild commits every 2,000.
    REFRESH_BLOCKS = 2_000

    def refresh(self, defer: bool = False) -> int:
        """Rebuild the blocks marked dirty; returns how many. Each batch of blocks is read, re-clustered and
        written inside one write transaction (with the analysts' rows as they are then), so a mention stored by a
        concurrent ingest is either in the batch or marks its block again: none is lost between the two.

        `defer` (a running ingest's refreshes): the events made wait in events_recent, unseen by readers, until
        FOLD_EVENTS of them are folded into the large tables at once (_m14_recent_events); without it, whatever
        waits is folded first and the events are written straight into the large tables, so every other writer
        and the ingest's last refresh leave nothing waiting."""
        done = 0
        while True:
            with self.con:
                self.con.execute("BEGIN IMMEDIATE")
                if not defer:
                    fold_recent(self.con)
                blocks = [r[0] for r in self.con.execute(_DIRTY + " ORDER BY block LIMIT ?", (self.REFRESH_BLOCKS,))]
                if not blocks:
                    return done
                # (Every marked block from the first to the last is in the batch: the marks are read by range.)
                bounds = (blocks[0], blocks[-1])
                whole = {r[0] for r in self.con.execute("SELECT block FROM dirty_blocks WHERE block BETWEEN ? AND ?",
                                                        bounds)}
                spans: dict[str, list[tuple[str, str]]] = {}
                for block, lo, hi in self.con.execute("SELECT block, lo, hi FROM dirty_spans WHERE block BETWEEN ? "
                                                      "AND ?", bounds):
                    spans.setdefault(block, []).append((lo, hi))
                corrections, rejections = self._load_analyst_rows()
                splits = {str(c.value) for c in corrections if c.field == SPLIT}
                self._resolve_targets(corrections, rejections, splits)
                by_target = _by_target(corrections, rejections)
                rollup: Counter[tuple] = Counter()
                for block in blocks:
                    self._rebuild(block, by_target, splits, rollup, spans=None if block in whole else spans[block],
                                  defer=defer)
                self._apply_rollup(rollup)
                if defer and pending_recent(self.con) >= FOLD_EVENTS:
                    fold_recent(self.con)
            done += len(blocks)

    def fold(self) -> int:
        """Fold the events a deferred refresh left waiting into the large tables (see refresh); returns how many
        rows waited."""
        with self.con:
            self.con.execute("BEGIN IMMEDIATE")
            return fold_recent(self.con)

    def _rebuild(self, block: str, by_target: dict[str | None, list], splits: set[str], rollup: Counter[tuple],
                 merged: list[MergedEvent] | None = None, spans: list[tuple[str, str]] | None = None,
                 defer: bool = False) -> None:
        """Re-cluster one block (or take `merged`, its clusters made elsewhere) and replace its events, links and
        text rows (inside the caller's write transaction); what the rollup gains and loses is added to `rollup`,
        which the caller applies once per transaction (`_apply_rollup`). `by_target`: the analysts' rows (no
        splits) by the mention they follow now. `spans`: only the block's runs these days reach changed (see
        _m13_dirty_spans); the others and their events are left as they are (None: the whole block). `defer`: the
        new rows go to events_recent, the replaced stored ones to events_gone (see refresh); the block's events are
        then those of `events` not gone and those of events_recent, whichever `defer` was before."""
        con = self.con
        ingested: dict[str, str] = {}
        kept: set[str] = set()  # mentions of runs no change reached
        if merged is None:
            if spans is None:
                mentions = self._mentions("m.block = ?", (block,), ingested)
            else:
                # The block read once as it is stored; only the rows of the runs a change reached are decoded.
                rows = con.execute(_MENTIONS_SQL + "m.block = ?", (block,)).fetchall()
                taken: set[str] = set()
                for run in runs([(r[_READ_START], r[_READ_END], r[0]) for r in rows]):
                    (taken if run.touched(spans) else kept).update(run.ids)
                mentions = self._mentions_of([r for r in rows if r[0] in taken], ingested)
            merged = cluster(mentions, splits & {m.id for m in mentions})
        else:
            ingested = dict(con.execute(
                "SELECT a.id, a.ingested_at FROM articles a JOIN mentions_all m ON m.article_id = a.id "
                "WHERE m.block = ?",
                (block,)).fetchall())
        # Only what changed is written: an event whose row and links come out as they were stays untouched (a new
        # report rewrites the events it joins or makes, not its whole block), so the cost of a rebuild follows
        # the news, not how many events the block already holds.
        # An event whose first report is in a run no change reached lies wholly in that run (its reports' windows
        # share its days) and is what clustering the run again would give: it stays.
        if defer:
            # The block as readers will see it after the next fold: its stored events not gone, and its waiting ones.
            old = {r[1]: r for r in con.execute(
                f"SELECT rid, id, {_STORED_COLUMNS}, links FROM events e WHERE block = ? AND NOT EXISTS "
                "(SELECT 1 FROM events_gone g WHERE g.rid = e.rid)", (block,)) if r[2] not in kept}
            recent = {r[1]: r for r in con.execute(f"SELECT rid, id, {_STORED_COLUMNS}, links FROM events_recent "
                                                   "WHERE block = ?", (block,)) if r[2] not in kept}
            old.update(recent)
        else:
            old = {r[1]: r for r in con.execute(f"SELECT rid, id, {_STORED_COLUMNS}, links FROM events "
                                                "WHERE block = ?", (block,)) if r[2] not in kept}
        fresh = []
        for ev in merged:
            rows = [r for mid in ev.mention_ids for r in by_target.get(mid, ())]
            mine = [r for r in rows if isinstance(r, Correction)]
            rejected = [r for r in rows if isinstance(r, Rejection)]
            row = self._apply(ev, mine, rejected)
            updated = max([_epoch(ingested.get(s["doc_id"])) for s in ev.sources] +
                          [_epoch(c.at) for c in mine] + [_epoch(r.at) for r in rejected] + [0])
            links = event_links(ev)
            was = old.get(ev.id)
            if was is not None and tuple(was[2:]) == (ev.anchor_mention, *row, updated, links):
                del old[ev.id]  # unchanged: kept as it is
                continue
            fresh.append((ev, row, updated, links))
        if defer:
            # (The points, text and rollup counts follow at the fold, from the rows.)
            waiting = {r[0] for r in recent.values()}
            con.executemany("DELETE FROM events_recent WHERE rid = ?",
                            [(r[0],) for r in old.values() if r[0] in waiting])
            con.executemany("INSERT INTO events_gone VALUES (?)",
                            [(r[0],) for r in old.values() if r[0] not in waiting])
            for ev, row, updated, links in fresh:
                rid = self._free_rid(row[_START_ROW], defer=True)
                con.execute(f"INSERT INTO events_recent (rid, id, block, {_STORED_COLUMNS}, links) "
                            f"VALUES ({', '.join('?' * (len(EVENT_COLUMNS) + 4))})",
                            (rid, ev.id, block, ev.anchor_mention, *row, updated, links))
        else:
            self._write_events(block, old, fresh, rollup)
        if spans is None:
            con.execute("DELETE FROM dirty_blocks WHERE block = ?", (block,))
        con.execute("DELETE FROM dirty_spans WHERE block = ?", (block,))

    def _write_events(self, block: str, old: dict[str, tuple], fresh: list[tuple], rollup: Counter[tuple]) -> None:
        """Replace a block's `old` rows by `fresh` ones in the large tables, with their points, text and rollup."""
        con = self.con
        # The rollup follows by difference: what the replaced rows counted goes, what the new ones count comes.
        delta = rollup
        for r in old.values():
            sig = rollup_signature(*(r[2 + i] for i in _STORED_ROLLUP))
            if sig is not None:
                delta[sig] -= 1
        gone = [(r[0],) for r in old.values()]
        con.executemany("DELETE FROM events_geo WHERE rid = ?", gone)
        # (Contentless: a document goes by giving its text again, remade from the replaced row.)
        con.executemany("INSERT INTO events_fts (events_fts, rowid, evidence, tags) VALUES ('delete', ?, ?, ?)",
                        [text_row({"rid": r[0], **dict(zip(_STORED_NAMES, r[2:-1], strict=True))})
                         for r in old.values()])
        con.executemany("DELETE FROM events WHERE rid = ?", gone)
        for ev, row, updated, links in fresh:
            sig = rollup_signature(row[_REJECTED_ROW], *(row[i] for i in _ROLLUP_ROW))
            if sig is not None:
                delta[sig] += 1
            d = dict(zip(EVENT_COLUMNS[1:-1], row, strict=True))
            rid = self._free_rid(d["date_start"])
            con.execute(f"INSERT INTO events (rid, id, block, {_STORED_COLUMNS}, links) "
                        f"VALUES ({', '.join('?' * (len(EVENT_COLUMNS) + 4))})",
                        (rid, ev.id, block, ev.anchor_mention, *row, updated, links))
            lat, lon = d["latitude"], d["longitude"]
            if lat is not None and lon is not None:
                # (OR REPLACE: a row left by an event deleted behind the store's back may hold the reused rid.)
                con.execute("INSERT OR REPLACE INTO events_geo VALUES (?, ?, ?, ?, ?)", (rid, lat, lat, lon, lon))
            con.execute("INSERT INTO events_fts (rowid, evidence, tags) VALUES (?, ?, ?)",
                        (rid, text_document(ev.evidence, d["location"]), text_tags(d)))

    def _free_rid(self, date_start: str | None, defer: bool = False) -> int:
        """A rid for a new event starting on `date_start`: the next after the day's last (see rid_base), or the
        day's first gap once a day's numbers are used up by rebuilds. `defer`: of the events as they will be after
        the next fold (those of `events` not gone and those waiting), so a rid is the one a direct write gives."""
        base = rid_base(date_start)
        if defer:
            last = self.con.execute(
                "SELECT max(rid) FROM (SELECT rid FROM (SELECT rid FROM events e WHERE rid >= ?1 AND rid < ?2 AND NOT "
                "EXISTS (SELECT 1 FROM events_gone g WHERE g.rid = e.rid) ORDER BY rid DESC LIMIT 1) UNION ALL "
                "SELECT max(rid) FROM events_recent WHERE rid >= ?1 AND rid < ?2)",
                (base, base + RID_DAY)).fetchone()[0]
            if last is None:
                return base
            if last + 1 < base + RID_DAY:
                return last + 1
            # A day's numbers used up (rare): fold what waits, then look for a gap among the large table's.
            fold_recent(self.con)
        last = self.con.execute("SELECT max(rid) FROM events WHERE rid >= ? AND rid < ?",
                                (base, base + RID_DAY)).fetchone()[0]
        if last is None:
            return base
        if last + 1 < base + RID_DAY:
            return last + 1
        if self.con.execute("SELECT 1 FROM events WHERE rid = ?", (base,)).fetchone() is None:
            return base
        gap = self.con.execute("SELECT min(rid) + 1 FROM events e WHERE rid >= ? AND rid < ? AND NOT EXISTS "
                               "(SELECT 1 FROM events WHERE rid = e.rid + 1)", (base, base + RID_DAY - 1)).fetchone()
        if gap[0] is None:
            raise StoreError(f"more than {RID_DAY - 1:,} events start on {date_start}: this store cannot hold more")
        return gap[0]

    def _apply_rollup(self, delta: Counter[tuple]) -> None:
        apply_rollup(self.con, delta)

    def rebuild_timeline_counts(self) -> None:
        """Rebuild the timeline's rollup and the free-text index from the events (for stores whose events were
        written by other means)."""
        with self.con:
            self.con.execute("BEGIN IMMEDIATE")
            build_timeline_counts(self.con)
            build_text_index(self.con)

    def _apply(self, ev: MergedEvent, mine: list[Correction], rejected: list[Rejection]) -> tuple:
        """The event's row with the analysts' corrections on top (later corrections win)."""
        values: dict[str, object] = {
            "event_type": ev.event_type, "sub_event_type": ev.sub_event_type, "actor1": ev.actor1,
            "actor2": ev.actor2, "assoc_actors": ev.assoc_actors, "location": ev.location, "country": ev.country,
            "admin1": ev.admin1, "inter1": ev.inter1, "inter2": ev.inter2, "latitude": ev.latitude,
            "longitude": ev.longitude, "geo_precision": ev.geo_precision,
            "date_start": ev.date_start, "date_end": ev.date_end, "date_precision": ev.date_precision,
            "fatalities": ev.fatalities, "count": ev.count, "claimed_by": ev.claimed_by,
        }
        corrected: list[str] = []
        for c in sorted(mine, key=lambda c: c.id):
            values[c.field] = c.value
            if c.field not in corrected:
                corrected.append(c.field)
        values["event_type"] = SUB_TO_TYPE[str(values["sub_event_type"])]
        if ("date_start" in corrected or "date_end" in corrected) and "date_precision" not in corrected:
            s, e = values["date_start"], values["date_end"]
            if s and e and s <= e:
                values["date_precision"] = precision_for(dt.date.fromisoformat(s), dt.date.fromisoformat(e))
        if ("location" in corrected or "country" in corrected) and "admin1" not in corrected:
            # The extractor's region was that of its own place; a place typed by the analyst gets its own admin1
            # from the place resolver (a correction of its own), a country set by hand none.
            values["admin1"] = None
        for side, code in (("actor1", "inter1"), ("actor2", "inter2")):
            # An actor (or country) the analyst set is coded by the actor table, as the extractor codes its own.
            if side in corrected or "country" in corrected:
                actor = values[side]
                values[code] = self._resolve_inter(str(actor), values["country"]) if actor else 0
        is_rejected = bool(rejected) and sorted(rejected, key=lambda r: r.id)[-1].action == "reject"
        row = (
            values["event_type"], values["sub_event_type"], values["actor1"], values["actor2"],
            json.dumps(values["assoc_actors"], ensure_ascii=False), values["location"], values["country"],
            values["admin1"], values["inter1"], values["inter2"], values["latitude"], values["longitude"],
            values["geo_precision"],
            values["date_start"], values["date_end"], values["date_precision"], values["fatalities"],
            json.dumps(ev.fatalities_reported), values["count"], values["claimed_by"],
            json.dumps(ev.evidence, ensure_ascii=False), ev.confidence, ev.url,
            json.dumps(ev.sources, ensure_ascii=False), len(ev.mention_ids), json.dumps(corrected),
            int(is_rejected), int(ev.location_resolved or "location" in corrected),  # an analyst's place is checked
        )
        return row

    # -- analysts' rows

    def _load_analyst_rows(self) -> tuple[list[Correction], list[Rejection]]:
        cs = [Correction(r[0], r[1], json.loads(r[2]), r[3], json.loads(r[4]) if r[4] is not None else None,
                         r[5], r[6], r[7])
              for r in self.con.execute("SELECT id, event_id, mention_ids, field, value, note, who, at "
                                        "FROM corrections ORDER BY id")]
        rs = [Rejection(*r[:2], json.loads(r[2]), *r[3:])
              for r in self.con.execute("SELECT id, event_id, mention_ids, action, note, who, at "
                                        "FROM rejections ORDER BY id")]
        return cs, rs

    def _resolve_targets(self, corrections: list[Correction], rejections: list[Rejection],
                         splits: set[str]) -> None:
        """Which mention each analyst row follows now: the first of its mentions still stored and not split off
        (a split takes a mention out of the event the analyst was correcting), else the first still stored."""
        known: dict[str, bool] = {}

        def exists(mid: str) -> bool:
            if mid not in known:
                known[mid] = self.con.execute("SELECT 1 FROM mentions_all WHERE id = ?",
                                              (mid,)).fetchone() is not None
            return known[mid]

        for row in [*corrections, *rejections]:
            present = [m for m in row.mention_ids if exists(m)]
            if isinstance(row, Correction) and row.field == SPLIT:
                row.target = str(row.value) if exists(str(row.value)) else None
                continue
            staying = [m for m in present if m not in splits]
            row.target = (staying or present or [None])[0]

    def resolve_id(self, event_id: str) -> str:
        """The event's id now: itself, or for a 48-bit id of a store made before schema 5 (in an analyst's notes)
        the 64-bit id it is the prefix of."""
        if len(event_id) == 15 and event_id.startswith("ev-") and all(c in "0123456789abcdef" for c in event_id[3:]):
            hit = self.con.execute("SELECT id FROM events WHERE id >= ? AND id < ? LIMIT 2",
                                   (event_id, event_id + "g")).fetchall()
            if len(hit) == 1:
                return hit[0][0]
        return event_id

    def _event_row(self, event_id: str) -> tuple[str, str, str]:
        """(id, block, anchor) of an event, inside the caller's transaction."""
        row = self.con.execute("SELECT id, block, anchor_mention FROM events WHERE id = ?",
                               (self.resolve_id(event_id),)).fetchone()
        if row is None:
            raise StoreError(f"no event {event_id} in {self.path}: list ids with `frontlog events --db {self.path}`")
        return row

    def _links(self, event_id: str) -> list[tuple[str, str]]:
        """(mention id, why it joined) of each mention of an event, in order (first the anchor)."""
        row = self.con.execute("SELECT links FROM events WHERE id = ?", (event_id,)).fetchone()
        return [(mid, reason) for mid, reason in json.loads(row[0])] if row else []

    def _members(self, event_id: str) -> list[str]:
        return [mid for mid, _reason in self._links(event_id)]

    def correct(self, event_id: str, values: dict[str, str], note: str | None, who: str,
                force: bool = False) -> list[Correction]:
        """Record corrections of an event. A window whose start is after its end is refused unless `force`.
        (Actor names are checked against the actor table by the callers: the dataset layer does not load it.)"""
        self.refresh()  # a writer: the events it names are those of every stored article
        event_id = self._event_row(event_id)[0]
        parsed: dict[str, object] = {}
        for name, raw in values.items():
            if name == "event_type":
                raise StoreError("set sub_event_type instead of event_type: the type follows from the sub-type")
            conv = SETTABLE.get(name)
            if conv is None:
                raise StoreError(f"cannot set {name!r}: settable fields are {', '.join(sorted(SETTABLE))}")
            try:
                parsed[name] = conv(raw)
            except ValueError as exc:
                raise StoreError(f"--set {name}={raw}: {exc}") from exc
        self._check_correction(event_id, parsed, force)
        if "location" in parsed and parsed["location"] and not {"latitude", "longitude"} <= parsed.keys():
            # A place typed by the analyst gets the gazetteer's coordinates, so maps and distances follow it.
            country, lat, lon = self.con.execute("SELECT country, latitude, longitude FROM events WHERE id = ?",
                                                 (event_id,)).fetchone()
            wanted = parsed.get("country") or country
            resolved = self._resolve_place(str(parsed["location"]), str(wanted) if wanted else None, lat, lon)
            for k, v in resolved.items():
                if k == "location" or k not in parsed:
                    parsed[k] = v
        at = _now()
        out = []
        with self.con:
            self.con.execute("BEGIN IMMEDIATE")
            # Read again under the write lock: a concurrent ingest may have rebuilt the event since.
            event_id, block, _anchor = self._event_row(event_id)
            members = self._members(event_id)
            for name, value in parsed.items():
                cur = self.con.execute(
                    "INSERT INTO corrections (event_id, mention_ids, field, value, note, who, at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (event_id, json.dumps(members), name, json.dumps(value, ensure_ascii=False), note, who, at))
                out.append(Correction(cur.lastrowid, event_id, members, name, value, note, who, at))
            self.con.execute("INSERT OR IGNORE INTO dirty_blocks VALUES (?)", (block,))
        self.refresh()
        return out

    def _check_correction(self, event_id: str, parsed: dict[str, object], force: bool) -> None:
        if force:
            return  # the analyst knows better (a window an older frontlog stored inverted)
        if {"date_start", "date_end"} & parsed.keys():
            current = self.con.execute("SELECT date_start, date_end FROM events WHERE id = ?", (event_id,)).fetchone()
            start = parsed.get("date_start", current[0] if current else None)
            end = parsed.get("date_end", current[1] if current else None)
            if start and end and str(start) > str(end):
                raise StoreError(f"date_start {start} is after date_end {end}: set both "
                                 "(--set date_start=... --set date_end=...) so the window runs forward")

    def split(self, event_id: str, mention: str, note: str | None, who: str) -> Correction:
        self.refresh()
        at = _now()
        with self.con:
            self.con.execute("BEGIN IMMEDIATE")
            event_id, block, _anchor = self._event_row(event_id)
            members = self._members(event_id)
            if mention not in members:
                raise StoreError(f"mention {mention} is not part of {event_id}: its mentions are "
                                 f"{', '.join(members)} (see `frontlog events --explain {event_id}`)")
            if len(members) == 1:
                raise StoreError(f"{event_id} has a single mention: there is nothing to split")
            cur = self.con.execute(
                "INSERT INTO corrections (event_id, mention_ids, field, value, note, who, at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", (event_id, json.dumps(members), SPLIT, json.dumps(mention), note,
                                                 who, at))
            self.con.execute("INSERT OR IGNORE INTO dirty_blocks VALUES (?)", (block,))
        self.refresh()
        return Correction(cur.lastrowid, event_id, members, SPLIT, mention, note, who, at)

    def reject(self, event_id: str, note: str | None, who: str, restore: bool = False) -> Rejection:
        self.refresh()
        event_id = self._event_row(event_id)[0]
        (rejected,) = self.con.execute("SELECT rejected FROM events WHERE id = ?", (event_id,)).fetchone()
        if restore and not rejected:
            raise StoreError(f"{event_id} is not rejected: there is nothing to restore")
        if not restore and rejected:
            raise StoreError(f"{event_id} is already rejected (undo with `frontlog reject {event_id} --undo`)")
        at = _now()
        action = "restore" if restore else "reject"
        with self.con:
            self.con.execute("BEGIN IMMEDIATE")
            event_id, block, _anchor = self._event_row(event_id)
            members = self._members(event_id)
            cur = self.con.execute(
                "INSERT INTO rejections (event_id, mention_ids, action, note, who, at) VALUES (?, ?, ?, ?, ?, ?)",
                (event_id, json.dumps(members), action, note, who, at))
            self.con.execute("INSERT OR IGNORE INTO dirty_blocks VALUES (?)", (block,))
        self.refresh()
        return Rejection(cur.lastrowid, event_id, members, action, note, who, at)

    def corrections(self) -> tuple[list[Correction], list[Rejection]]:
        """Every analyst row, with the event it lands on now (None: orphaned, its mentions are gone)."""
        cs, rs = self._load_analyst_rows()
        splits = {str(c.value) for c in cs if c.field == SPLIT}
        self._resolve_targets(cs, rs, splits)
        for row in [*cs, *rs]:
            target = row.target
            # An event holds the mentions of its own block only: its events are all that can hold this one.
            hit = self.con.execute("SELECT e.id FROM mentions_all m JOIN events e ON e.block = m.block, "
                                   "json_each(e.links) j WHERE m.id = ? AND j.value ->> 0 = m.id",
                                   (target,)).fetchone() if target else None
            row.applied_to = hit[0] if hit else None
        return cs, rs

    # -- queries

    def _where(self, f: Filters) -> tuple[str, list]:
        clauses: list[str] = []
        params: list = []
        if not f.include_rejected:
            clauses.append("e.rejected = 0")
        if f.since:
            clauses.append("e.date_end >= ?")
            params.append(f.since)
            # Implied by the line above, but indexable: no window is longer than the longest stored one (the
            # events_span index answers that max at once), so date_start >= since - longest.
            # (A window reaching past SQLite's year 0 makes date() NULL: then no bound but the one above.)
            clauses.append("e.date_start >= coalesce(date(?, '-' || (SELECT CAST(max(julianday(date_end) - "
                           "julianday(date_start)) AS INTEGER) FROM events) || ' days'), '')")
            params.append(f.since)
        simple = ((f.until, "e.date_start <= ?"), (f.event_type, "e.event_type = ?"),
                  (f.sub_event_type, "e.sub_event_type = ?"), (f.country, "e.country = ?"),
                  (f.admin1, "e.admin1 = ?"), (f.min_fatalities, "e.fatalities >= ?"))
        for value, clause in simple:
            if value is not None and value != "":
                clauses.append(clause)
                params.append(value)
        match = self.match_text(f.text) if f.text else None
        if match is not None:
            # With a date, type, country or actor filter, let its index lead and test the matches as a set (the
            # unary + keeps the planner from reading every match by rowid first: seconds for a common word).
            other = f.since or f.until or f.event_type or f.sub_event_type or f.country or f.actor
            lead = "+" if other and self.text_matches(match) > DENSE_TEXT else ""
            clauses.append(f"{lead}e.rid IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ?)")
            params.append(match)
        elif f.text:  # only punctuation: the scan
            clauses.append("e.evidence LIKE ? ESCAPE '\\'")
            params.append("%" + _like_escape(f.text) + "%")
        if f.actor:
            # Exactly as written (as actor1 and actor2 are compared): the associated actors are a JSON list, so the
            # name JSON-quoted inside it is one of them.
            clauses.append("(e.actor1 = ? OR e.actor2 = ? OR instr(e.assoc_actors, ?) > 0)")
            params += [f.actor, f.actor, json.dumps(f.actor, ensure_ascii=False)]
        box = f.bbox
        if f.near is not None:
            lat, lon, radius = f.near
            dlat = radius / 111.0
            dlon = radius / (111.0 * max(0.01, math.cos(math.radians(lat))))
            box = (lat - dlat, lon - dlon, lat + dlat, lon + dlon)
        if box is not None:
            min_lat, min_lon, max_lat, max_lon = box
            clauses.append("e.rid IN (SELECT rid FROM events_geo WHERE max_lat >= ? AND min_lat <= ? "
                           "AND max_lon >= ? AND min_lon <= ?)")
            params += [min_lat, max_lat, min_lon, max_lon]
            # The R*Tree stores 32-bit floats: check the exact coordinates too.
            clauses.append("e.latitude BETWEEN ? AND ? AND e.longitude BETWEEN ? AND ?")
            params += [min_lat, max_lat, min_lon, max_lon]
        if f.ids is not None:
            clauses.append(f"e.id IN ({', '.join('?' * len(f.ids))})")
            params += list(f.ids)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def match_text(self, text: str) -> str | None:
        """text_match with the cut-short last word spelt out as the index's words it begins (see text_match)."""
        return text_match(text, self._longer_words)

    def _longer_words(self, prefix: str) -> list[str] | None:
        """The index's words that begin with `prefix` and are longer (at most MAX_COMPLETIONS; None: more). Read
        from a vocabulary of the index in the connection's temporary database (fts5vocab: a seek to the prefix;
        each word listed costs a read of its own list, so the word typed in full is left out of the range: from
        prefix + "0", the least character a word goes on with, since `term > prefix` seeks to the prefix itself)."""
        # Remembered until the index changes (another connection's commit or this one's writes): a page asks for
        # the same text two or three times.
        key = (prefix, self.con.execute("PRAGMA data_version").fetchone()[0], self.con.total_changes)
        if key not in self._completions:
            if len(self._completions) > 256:
                self._completions.clear()
            self.con.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.events_fts_words USING fts5vocab(main, "
                             "events_fts, row)")
            after = prefix[:-1] + chr(ord(prefix[-1]) + 1)
            words = [r[0] for r in self.con.execute(
                "SELECT term FROM temp.events_fts_words WHERE term >= ? AND term < ? LIMIT ?",
                (prefix + "0", after, MAX_COMPLETIONS + 1))]
            self._completions[key] = None if len(words) > MAX_COMPLETIONS else words
        return self._completions[key]

    def text_matches(self, match: str) -> int:
        """How many events the text index matches for `match` (text_match), remembered until the store changes."""
        version = self.con.execute("PRAGMA data_version").fetchone()[0]
        key = (match, version)
        if key not in self._text_counts:
            if len(self._text_counts) > 256:
                self._text_counts.clear()
            self._text_counts[key] = self.con.execute("SELECT count(*) FROM events_fts WHERE events_fts MATCH ?",
                                                      (match,)).fetchone()[0]
        return self._text_counts[key]

    def has_event(self, event_id: str) -> bool:
        return self.con.execute("SELECT 1 FROM events WHERE id = ?", (self.resolve_id(event_id),)).fetchone() \
            is not None

    def rows(self, sql: str, params: Sequence = ()) -> Iterator[tuple]:
        # SQLite asks the authorizer about every action while it compiles the statement: anything but reading is
        # denied, so a write fails before it runs, whatever the text of the SQL.
        self.con.set_authorizer(_read_only)
        try:
            cur = self.con.execute(sql, params)
        except sqlite3.DatabaseError as exc:
            if "not authorized" in str(exc):
                raise StoreError(f"the store's read interface runs no statement that writes ({sql[:60]!r})") from None
            raise
        finally:
            self.con.set_authorizer(None)
        return iter(cur)

    def longest_window(self) -> int | None:
        """The longest stored date window in days (the events_span index answers at once)."""
        return self.con.execute("SELECT CAST(max(julianday(date_end) - julianday(date_start)) AS INTEGER) "
                                "FROM events").fetchone()[0]

    def text_query(self, f: Filters, max_cells: int = TEXT_MAX_CELLS) -> TextQuery | None:
        """The free text of `f` with its other filters as one query of the text index (see TextQuery): the type,
        sub-type, country, admin-1, actor and rejected filters are tags, `until` a bound of the rids, `since` a
        bound of the rids and the end tags of the windows that reach it, a box the place cells covering it (those
        on its edges checked row by row). None without a word in the text."""
        match = self.match_text(f.text) if f.text else None
        if match is None:
            return None
        tags = [text_tag(dim, v) for dim, v in (("t", f.event_type), ("s", f.sub_event_type), ("c", f.country),
                                                ("a", f.admin1), ("x", f.actor)) if v]
        expr = f"({match})" + (" AND tags : (" + " AND ".join(tags) + ")" if tags else "")
        # The same query without its text, for TextQuery.tags: its positive parts (NOT needs one on its left).
        only = [f"tags : ({' AND '.join(tags)})"] if tags else []
        if not f.include_rejected:
            expr = f"({expr}) NOT tags : {text_tag('r', 1)}"
        checks: list[tuple[str | None, int, int]] = []
        check_all = f.min_fatalities is not None
        lo, hi = 0, (1 << 63) - 1
        if f.until:
            lo, hi = RID_DAY, rid_base(f.until) + RID_DAY - 1  # (no start day: never before `until`)
        if f.since:
            odd = f"tags : {text_tag('o', 1)}"
            longest = max(0, self.longest_window() or 0)
            latest = self.con.execute("SELECT max(date_start) FROM events").fetchone()[0]
            try:
                since = dt.date.fromisoformat(f.since)
                lo = max(lo, RID_DAY, (since - dt.timedelta(days=longest)).toordinal() << RID_DAY_BITS)
                start = max(lo, since.toordinal() << RID_DAY_BITS)
                last = min(x for x in (f.until, latest, "9999-12-31") if x)
                ends = end_tags_from(since, dt.date.fromisoformat(last[:10]) + dt.timedelta(days=longest))
            except (ValueError, OverflowError):
                lo = start = max(lo, RID_DAY)
                ends = None
            if ends is not None:
                # date_end >= since: the windows that end on or after it (any start), and the odd ones, checked.
                reach = [f"tags : ({' OR '.join(ends)})"] if ends else []
                expr = f"({expr}) AND ({' OR '.join([*reach, odd])})"
                only.append(f"({' OR '.join([*reach, odd])})")
                checks.append((odd, lo, hi))
            else:
                checks += [(None, lo, start - 1), (odd, start, hi)]
        box = f.bbox
        if f.near is not None:
            lat, lon, radius = f.near
            dlat, dlon = radius / 111.0, radius / (111.0 * max(0.01, math.cos(math.radians(lat))))
            box = (lat - dlat, lon - dlon, lat + dlat, lon + dlon)
            check_all = True  # a circle: every point of its square is checked
        if box is not None:
            cells = _box_cells(box, max_cells)
            if cells is None:
                check_all = True
            else:
                every, inside = cells
                expr = f"({expr}) AND tags : ({' OR '.join(every)})"
                only.append(f"tags : ({' OR '.join(every)})")
                edge = [t for t in every if t not in set(inside)]
                if edge:
                    checks.append((f"tags : ({' OR '.join(edge)})", lo, hi))
        tag_expr = " AND ".join(f"({x})" for x in only) or None
        if tag_expr is not None and not f.include_rejected:
            tag_expr = f"({tag_expr}) NOT tags : {text_tag('r', 1)}"
        return TextQuery((expr, lo, hi), checks, check_all, tag_expr)

    def text_subset(self, match: str, rids: Sequence[int]) -> list[int]:
        """The rids among `rids` whose text matches `match`, ascending: their documents are copied into a small
        index of the same kind (same tokenizer) in the connection's temporary database and matched there, so the
        answer is the big index's, without reading a common word's or a beginning's list over every event."""
        con = self.con
        con.execute("DROP TABLE IF EXISTS temp.text_probe")
        con.execute(_TEXT_TABLE.replace("events_fts", "temp.text_probe"))
        for i in range(0, len(rids), 500):
            chunk = rids[i:i + 500]
            # The index keeps no documents: they are remade from the events' rows as text_document makes them
            # (its sentences and place a line each), in SQL: decoding them in Python tripled a box query's time.
            con.execute("INSERT INTO temp.text_probe (rowid, evidence) SELECT rid, coalesce((SELECT "
                        "group_concat(value, char(10)) FROM json_each(e.evidence)), '') || char(10) || "
                        f"coalesce(location, '') FROM main.events e WHERE rid IN ({', '.join('?' * len(chunk))})",
                        list(chunk))
        return [r[0] for r in con.execute("SELECT rowid FROM temp.text_probe WHERE text_probe MATCH ? ORDER BY rowid",
                                          (match,))]

    def where_sql(self, filters: Filters) -> tuple[str, list]:
        """The WHERE clause (over `events e`) and its parameters for `filters`, for read-side queries elsewhere
        (the API's counts, pages and clusters) so a filter means the same in every command. `near` is only its
        bounding box here: callers keep the points within the radius (see `within`)."""
        return self._where(filters)

    def event_chunks(self, filters: Filters | None = None, size: int = 50_000) -> Iterator[list[dict]]:
        """Matching events (corrected, merged), oldest first, `size` at a time, JSON columns decoded."""
        f = filters or Filters()
        where, params = self._where(f)
        sql = f"SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)} FROM events e{where} ORDER BY e.date_start, e.id"
        cur = self.con.execute(sql, params)
        json_idx = [i for i, c in enumerate(EVENT_COLUMNS) if c in JSON_COLUMNS]
        while True:
            rows = cur.fetchmany(size)
            if not rows:
                return
            # A JSON column is decoded as one array per chunk: one parser call, not one per row (half a page's
            # time on a free-text page of 500 events). The JSON columns are NOT NULL.
            cols = list(zip(*rows, strict=True))
            for i in json_idx:
                cols[i] = json.loads("[" + ",".join(cols[i]) + "]")
            out = [d for d in (dict(zip(EVENT_COLUMNS, r, strict=True)) for r in zip(*cols, strict=True))
                   if f.near is None or _within(d, f.near)]
            if out:
                yield out

    def event_columns(self, filters: Filters | None = None, size: int = 100_000) -> Iterator[dict[str, list]]:
        """Matching events column by column, `size` rows at a time, JSON columns left as text (bulk exports
        decode a whole column in one call, far faster than row by row)."""
        f = filters or Filters()
        where, params = self._where(f)
        sql = f"SELECT {', '.join('e.' + c for c in EVENT_COLUMNS)} FROM events e{where} ORDER BY e.date_start, e.id"
        cur = self.con.execute(sql, params)
        lat_i, lon_i = EVENT_COLUMNS.index("latitude"), EVENT_COLUMNS.index("longitude")
        while True:
            rows = cur.fetchmany(size)
            if not rows:
                return
            if f.near is not None:
                rows = [r for r in rows if r[lat_i] is not None and r[lon_i] is not None
                        and km(f.near[0], f.near[1], r[lat_i], r[lon_i]) <= f.near[2]]
                if not rows:
                    continue
            yield dict(zip(EVENT_COLUMNS, map(list, zip(*rows, strict=True)), strict=True))

    def events(self, filters: Filters | None = None) -> Iterator[dict]:
        for chunk in self.event_chunks(filters, size=5_000):
            yield from chunk

    def event(self, event_id: str) -> dict:
        got = list(self.events(Filters(ids=[self.resolve_id(event_id)], include_rejected=True)))
        if not got:
            raise StoreError(f"no event {event_id} in {self.path}: list ids with `frontlog events --db {self.path}`")
        return got[0]

    def explain(self, event_id: str) -> Explanation:
        ev = self.event(event_id)
        event_id = ev["id"]
        out = Explanation(ev)
        rows = self._links(event_id)
        reasons = dict(rows)
        found = {m.id: m for m in self._mentions(
            f"m.id IN ({', '.join('?' * len(rows))})", [r[0] for r in rows])} if rows else {}
        for mid, _reason in rows:
            m = found[mid]
            d = m.event.to_dict()
            d.update(mention_id=mid, title=m.title, published=m.published, reason=reasons[mid])
            out.mentions.append(d)
        cs, rs = self.corrections()
        out.corrections = [c for c in cs if c.applied_to == event_id or (c.field == SPLIT and c.event_id == event_id)]
        out.rejections = [r for r in rs if r.applied_to == event_id]
        return out

    def counts(self) -> dict[str, int]:
        q = self.con.execute
        return {
            "articles": q("SELECT count(*) FROM articles").fetchone()[0],
            "mentions": q("SELECT (SELECT count(*) FROM mentions) + (SELECT count(*) FROM mentions_recent)"
                          ).fetchone()[0],
            "events": q("SELECT count(*) FROM events WHERE rejected = 0").fetchone()[0],
            "rejected": q("SELECT count(*) FROM events WHERE rejected = 1").fetchone()[0],
            "corrections": q("SELECT count(*) FROM corrections").fetchone()[0],
        }


_ROW_WRITES = frozenset((sqlite3.SQLITE_INSERT, sqlite3.SQLITE_UPDATE, sqlite3.SQLITE_DELETE))
_SCHEMA_WRITES = frozenset(getattr(sqlite3, name) for name in dir(sqlite3) if name.startswith((
    "SQLITE_CREATE_", "SQLITE_DROP_", "SQLITE_ALTER_", "SQLITE_ATTACH", "SQLITE_DETACH", "SQLITE_REINDEX",
    "SQLITE_ANALYZE", "SQLITE_TRANSACTION", "SQLITE_SAVEPOINT")))
# The virtual tables' own tables: the R*Tree and FTS5 modules prepare their writes to them whenever they are read.
_VIRTUAL_SHADOWS = ("events_geo_", "events_fts_")


def _read_only(action: int, arg1: str | None, arg2: str | None, _db: str | None, _trigger: str | None) -> int:
    """SQLite's authorizer for EventStore.rows: a statement may read anything and change nothing (no row written,
    no schema change, no transaction, no pragma set). SQLite itself authorizes writes to its schema table while
    it loads the schema, and the virtual tables prepare their internal writes: those stay allowed."""
    if action in _ROW_WRITES:
        internal = arg1 == "sqlite_master" or (arg1 or "").startswith(_VIRTUAL_SHADOWS)
        return sqlite3.SQLITE_OK if internal else sqlite3.SQLITE_DENY
    if action in _SCHEMA_WRITES or (action == sqlite3.SQLITE_PRAGMA and arg2 is not None):
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def _like_escape(text: str) -> str:
    """`text` as a literal inside a LIKE pattern with ESCAPE '\\'. The evidence column is JSON, so the text
    is matched as JSON writes it (quotes and backslashes escaped, non-ASCII kept)."""
    quoted = json.dumps(text, ensure_ascii=False)[1:-1]
    return quoted.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def within(lat: float | None, lon: float | None, near: tuple[float, float, float]) -> bool:
    """Whether a point lies within `near` (lat, lon, km), great-circle distance."""
    if lat is None or lon is None:
        return False
    return km(near[0], near[1], lat, lon) <= near[2]


def _within(d: dict, near: tuple[float, float, float]) -> bool:
    if d["latitude"] is None or d["longitude"] is None:
        return False
    return km(near[0], near[1], d["latitude"], d["longitude"]) <= near[2]


def open_store(path: str | Path, *, create: bool = True, readonly: bool = False,
               resolve_place: PlaceResolver | None = None, resolve_inter: InterResolver | None = None) -> SQLiteStore:
    """The store at `path` (created when `create`), migrated to the current schema; `readonly` for readers.
    `resolve_place`, `resolve_inter`: knowledge the dataset does not hold, for corrections
    (frontlog.jobs.resolvers.store_resolvers gives the gazetteer's and the actor table's)."""
    return SQLiteStore(path, create=create, readonly=readonly, resolve_place=resolve_place,
                       resolve_inter=resolve_inter)


# Mentions in no event although their block is not waiting for a rebuild: lost from the dataset (what a refresh
# that read its block before another writer committed used to leave behind).
_ORPHANED_MENTIONS = ("SELECT m.id, m.block FROM mentions_all m WHERE NOT EXISTS (SELECT 1 FROM events e, "
                      "json_each(e.links) j WHERE e.block = m.block AND j.value ->> 0 = m.id) "
                      "AND NOT EXISTS (SELECT 1 FROM dirty_blocks d WHERE d.block = m.block) "
                      "AND NOT EXISTS (SELECT 1 FROM dirty_spans d WHERE d.block = m.block) "
                      "AND NOT EXISTS (SELECT 1 FROM events_recent r WHERE r.block = m.block)")
# Links to a mention that is gone (its article changed) or now in another block, in a block not waiting for a
# rebuild.
_DANGLING_LINKS = ("SELECT e.block, count(*) FROM events e, json_each(e.links) j WHERE NOT EXISTS "
                   "(SELECT 1 FROM mentions_all m WHERE m.id = j.value ->> 0 AND m.block = e.block) "
                   "AND NOT EXISTS (SELECT 1 FROM dirty_blocks d WHERE d.block = e.block) "
                   "AND NOT EXISTS (SELECT 1 FROM dirty_spans d WHERE d.block = e.block) "
                   "AND NOT EXISTS (SELECT 1 FROM events_gone g WHERE g.rid = e.rid) GROUP BY e.block")


def unlinked_mentions(path: str | Path) -> int:
    """How many mentions of the store at `path` belong to no event (whatever blocks are marked for a rebuild)."""
    con = sqlite3.connect(path)
    try:
        # (The events waiting for a fold count, those they replace do not: see _m14_recent_events.)
        return con.execute("SELECT count(*) FROM mentions_all WHERE id NOT IN (SELECT j.value ->> 0 FROM events e, "
                           "json_each(e.links) j WHERE NOT EXISTS (SELECT 1 FROM events_gone g WHERE g.rid = e.rid) "
                           "UNION ALL SELECT j.value ->> 0 FROM events_recent r, json_each(r.links) j)").fetchone()[0]
    finally:
        con.close()


def integrity_problems(path: str | Path) -> list[str]:
    """What is wrong with a store file (empty when consistent): SQLite's own check plus frontlog's invariants.
    Blocks marked for a rebuild (a killed ingest) are not problems: their next refresh settles them (`check`
    lists them)."""
    con = sqlite3.connect(Path(path).absolute().as_uri() + "?mode=ro", uri=True)
    try:
        problems = [r[0] for r in con.execute("PRAGMA integrity_check") if r[0] != "ok"]
        for aid, n, have in con.execute(
                "SELECT a.id, a.n_mentions, (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) + "
                "(SELECT count(*) FROM mentions_recent m WHERE m.article_id = a.id) FROM articles a"):
            if n != have:
                problems.append(f"article {aid}: {have} mentions stored, {n} expected (half-ingested)")
        orphans = con.execute("SELECT count(*) FROM mentions_all m LEFT JOIN articles a ON a.id = m.article_id "
                              "WHERE a.id IS NULL").fetchone()[0]
        if orphans:
            problems.append(f"{orphans} mentions without their article")
        lost: Counter[str] = Counter(block for _mid, block in con.execute(_ORPHANED_MENTIONS))
        if lost:
            problems.append(f"{sum(lost.values())} mentions in no event (orphaned) in {len(lost)} blocks not marked "
                            f"for a rebuild, e.g. {next(iter(lost))}: repair with `frontlog check --repair`")
        dangling = con.execute(_DANGLING_LINKS).fetchall()
        if dangling:
            problems.append(f"{sum(n for _b, n in dangling)} event links to mentions that are gone, in "
                            f"{len(dangling)} blocks: repair with `frontlog check --repair`")
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'events_fts_docsize'").fetchone():
            stray, missing = text_index_strays(con)
            if stray or missing:
                problems.append(f"the free-text index holds {stray} documents of no event and lacks {missing} "
                                "events: repair with `frontlog check --repair`")
        return problems
    finally:
        con.close()


@dataclass
class CheckReport:
    """What `frontlog check` found and did."""

    problems: list[str]
    pending_blocks: int  # marked for a rebuild (a killed ingest or correction left them)
    repaired_blocks: int = 0
    pending_events: int = 0  # waiting for a fold (a killed ingest left them: readers do not see them yet)

    @property
    def ok(self) -> bool:
        return not self.problems and not self.pending_blocks and not self.pending_events


def check(path: str | Path, *, repair: bool = False) -> CheckReport:
    """Find what is wrong with a store and, with `repair`, fix what frontlog can: orphaned mentions and dangling
    links mark their blocks, and every marked block is rebuilt. Returns what is still wrong afterwards."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(f"{path}: no such store: give the --db that `frontlog ingest` wrote")
    with SQLiteStore(path, readonly=not repair) as store:
        con = store.con
        if repair:
            with con:
                con.execute("BEGIN IMMEDIATE")
                fold_recent(con)
                con.execute("INSERT OR IGNORE INTO dirty_blocks SELECT block FROM (" + _ORPHANED_MENTIONS + ")")
                con.execute("INSERT OR IGNORE INTO dirty_blocks SELECT block FROM (" + _DANGLING_LINKS + ")")
            repaired = store.refresh()
            if any(text_index_strays(con)):
                with con:
                    con.execute("BEGIN IMMEDIATE")
                    build_text_index(con)
        else:
            repaired = 0
        pending = con.execute(f"SELECT count(*) FROM ({_DIRTY})").fetchone()[0]
        waiting = pending_recent(con)
    return CheckReport(integrity_problems(path), pending, repaired, waiting)

