"""Read-side queries for the API and the map: a page of events with its total, grid clusters for a map view,
counts per time bucket, actor and place counts, the store's extent.

Every query starts from the store's own WHERE clause (`EventStore.where_sql`), so a filter means the same in
`frontlog events`, `frontlog export` and `frontlog serve`. Aggregation happens in SQL (GROUP BY over covering
indexes, or over the store's timeline rollup); Python only reshapes the few thousand grouped rows. Parameters
are always bound, never formatted in.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import islice

from frontlog.dataset.storage import (
    DENSE_TEXT,
    ODD_WINDOW,
    RID_DAY_BITS,
    ROLLUP_KEYS,
    EventStore,
    Filters,
    TextQuery,
    within,
)
from frontlog.model.records import SUB_TO_TYPE

BUCKETS = ("day", "week", "month")
EARLIEST_YEAR = 1000  # days outside EARLIEST_YEAR..today + 1 year are typos or misreadings: not charted


def plausible_days(today: dt.date | None = None) -> tuple[str, str]:
    """The first and last day the timeline and the page's first view chart (a correction dating an event in 9999
    or a background "year 100" must not stretch every chart over millennia)."""
    today = today or dt.date.today()
    return f"{EARLIEST_YEAR:04d}-01-01", (today + dt.timedelta(days=366)).isoformat()


TIMELINE_BY = {"event_type": "e.event_type", "actor": "e.actor1", "country": "e.country"}
MEASURES = ("events", "fatalities")
TOP_KEYS = 12  # a timeline by actor or country keeps the most frequent keys; the rest is summed as "Other"
OTHER = "Other"


@dataclass
class Page:
    events: list[dict]
    total: int
    exact: bool = True  # False: `total` is a lower bound (a free text with more matches than TEXT_TOTAL_CAP)


def count(store: EventStore, filters: Filters) -> int:
    """How many events match (exact, also with `near`)."""
    if filters.near is not None:
        return len(_near_ids(store, filters))
    fast = _text_count(store, filters)
    if fast is not None:
        return fast
    where, params = store.where_sql(filters)
    return int(store.value(f"SELECT count(*) FROM events e{where}", params))  # type: ignore[arg-type]


def _text_count(store: EventStore, filters: Filters) -> int | None:
    """A free text alone is counted from the text index (its matches less the few rejected ones), without reading
    the events: 100k matches in 0.1 s instead of seconds of row reads. None for any other filter."""
    match = store.match_text(filters.text) if filters.text else None
    if match is None or replace(filters, text=None) != Filters():
        return None
    n = store.text_matches(match)
    rejected = store.value("SELECT count(*) FROM events INDEXED BY events_rejected WHERE rejected = 1 AND rid IN "
                           "(SELECT rowid FROM events_fts WHERE events_fts MATCH ?)", (match,))
    return n - int(rejected)  # type: ignore[arg-type]


def _near_ids(store: EventStore, filters: Filters, order: str = "e.date_start, e.id") -> list[str]:
    # The SQL narrows to the radius' bounding box; the great-circle check keeps the points inside the circle.
    assert filters.near is not None
    where, params = store.where_sql(filters)
    rows = store.rows(f"SELECT e.id, e.latitude, e.longitude FROM events e{where} ORDER BY {order}", params)
    return [r[0] for r in rows if within(r[1], r[2], filters.near)]


# The orders a page of events can be read in (the page's table): the column, unknown values last.
SORTS = {"date": "e.date_start", "end": "e.date_end", "type": "e.event_type", "sub_event_type": "e.sub_event_type",
         "actor": "e.actor1", "location": "e.location", "country": "e.country", "precision": "e.geo_precision",
         "fatalities": "e.fatalities"}


def page(store: EventStore, filters: Filters, limit: int, offset: int, sort: str = "date") -> Page:
    """One page of matching events (oldest first, as `frontlog events`, or by `sort`: a key of SORTS, with a
    leading "-" for descending), decoded, and the total."""
    col, desc = SORTS[sort.lstrip("-")], sort.startswith("-")
    if col == "e.date_start":
        # The date index's own order (either way): no sort of the whole match set before the page is cut.
        order = "e.date_start DESC, e.id DESC" if desc else "e.date_start, e.id"
    else:
        order = f"{col} IS NULL, {col} {'DESC' if desc else 'ASC'}, e.date_start, e.id"  # unknown values last
    exact = True
    text = store.text_query(filters) if filters.text and filters.near is None and filters.ids is None else None
    if text is not None and col == "e.date_start":
        ids, total, exact = _text_page(store, filters, text, limit, offset, desc)
    elif filters.near is not None:
        ids = _near_ids(store, filters, order)
        total, ids = len(ids), ids[offset:offset + limit]
    else:
        where, params = store.where_sql(filters)
        total = count(store, filters)
        # Many text matches: walk the date index in order and stop at the page's end, rather than read every match
        # and sort them.
        hint = " INDEXED BY events_date" if filters.text and total > DENSE_TEXT else ""
        ids = [r[0] for r in store.rows(
            f"SELECT e.id FROM events e{hint}{where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, limit, offset])]
    found = {ev["id"]: ev for ev in store.events(Filters(ids=ids, include_rejected=True))} if ids else {}
    return Page([found[i] for i in ids if i in found], total, exact)


# A free text's total is counted up to this many events; beyond, the page says "at least" (Page.exact), as a
# search engine does: counting every match of a common word costs more than the page itself.
TEXT_TOTAL_CAP = 10_000
TEXT_CHECKS = 2_000  # at most this many rows read one by one for a total (odd windows, box edges, fatalities)


def _checked(store: EventStore, filters: Filters, rids: list[int]) -> list[tuple[int, str, str | None]]:
    """(rid, id, date_start) of the events among `rids` that match `filters` but its text (which the index has
    already matched), in rid order."""
    # A box as the exact comparisons alone: the R*Tree's set of the whole box would be built again per chunk.
    where, params = store.where_sql(replace(filters, text=None, bbox=None))
    if filters.bbox is not None:
        where += (" AND" if where else " WHERE") + (" e.latitude BETWEEN ? AND ? AND e.longitude BETWEEN ? AND ?")
        params += [filters.bbox[0], filters.bbox[2], filters.bbox[1], filters.bbox[3]]
    out: list[tuple[int, str, str | None]] = []
    for i in range(0, len(rids), 500):
        chunk = rids[i:i + 500]
        # The rids lead (a lookup each in their index), not a filter's index.
        out += store.rows(
            f"SELECT e.rid, e.id, e.date_start FROM events e INDEXED BY events_rid{where}"
            f"{' AND' if where else ' WHERE'} e.rid IN ({', '.join('?' * len(chunk))})", [*params, *chunk])
    return sorted(out)


def _matches(store: EventStore, expr: str, lo: int, hi: int, desc: bool = False):
    return store.rows("SELECT rowid FROM events_fts WHERE events_fts MATCH ? AND rowid BETWEEN ? AND ? "
                      f"ORDER BY rowid{' DESC' if desc else ''}", (expr, lo, hi))


# A free text whose other filters alone (TextQuery.tags) match at most this many events has its text tested on those
# events only: a 1-degree box, or a type, country and year together, leave a few thousand of a million.
TAG_LEAD = 5_000


def text_cursor(store: EventStore, filters: Filters, text: TextQuery, desc: bool = False) -> Iterator[tuple[int]]:
    """The matches of `text.scan` in rid order, as rows of one rid. The plan follows the selectivity of each side:
    the index's own AND, unless the filters without the text match at most TAG_LEAD events, which are then listed
    (a few postings of tags) and their text tested apart (store.text_subset): the same rids either way."""
    if text.tags is not None and filters.text:
        expr, lo, hi = text.scan
        few = [r[0] for r in islice(_matches(store, text.tags, lo, hi), TAG_LEAD + 1)]
        match = store.match_text(filters.text)
        if len(few) <= TAG_LEAD and match is not None:
            got = store.text_subset(match, few) if few else []
            return iter([(rid,) for rid in (reversed(got) if desc else got)])
    return _matches(store, *text.scan, desc)


def _text_page(store: EventStore, filters: Filters, text: TextQuery, limit: int, offset: int,
               desc: bool) -> tuple[list[str], int, bool]:
    """A page of a free-text query in date order, read from the text index in rid (= start day) order: the
    matches are checked against the other filters a chunk at a time until the page is full and its last day is
    complete (ties are ordered by id), so a word in half the events reads about one page of them, not all. The
    total is read on from the same cursor (see _read_on)."""
    cur = text_cursor(store, filters, text, desc)
    need = offset + limit
    got: list[tuple[int, str, str | None]] = []
    last_day = None
    size = max(64, need)
    ended = True
    while chunk := [r[0] for r in islice(cur, size)]:
        rows = _checked(store, filters, chunk)
        got += reversed(rows) if desc else rows
        if last_day is None and len(got) >= need:
            last_day = got[need - 1][0] >> RID_DAY_BITS
        if last_day is not None and chunk[-1] >> RID_DAY_BITS != last_day:
            ended = False
            break
        size = min(size * 2, 5_000)
    got.sort(key=lambda r: (r[2] or "", r[1]), reverse=desc)
    ids = [r[1] for r in got[offset:need]]
    if ended:
        return ids, min(len(got), TEXT_TOTAL_CAP), len(got) <= TEXT_TOTAL_CAP
    total, exact = _read_on(store, filters, text, (r[0] for r in cur), len(got))
    return ids, total, exact


# A box's edge cells or the odd windows holding more events than this are not listed: every match is checked.
MAX_CHECK_SET = 50_000


def _check_set(store: EventStore, text: TextQuery) -> tuple[set[int], list[tuple[int, int]]] | None:
    """The rids (and whole rid ranges) whose matches must be checked on their rows; None: every match."""
    if text.check_all:
        return None
    rids: set[int] = set()
    ranges = []
    for expr, lo, hi in text.checks:
        if expr is None:
            ranges.append((lo, hi))
            continue
        rids.update(r[0] for r in islice(_matches(store, expr, lo, hi), MAX_CHECK_SET + 1 - len(rids)))
        if len(rids) > MAX_CHECK_SET:
            return None
    return rids, ranges


def _read_on(store: EventStore, filters: Filters, text: TextQuery, rest: Iterator[int],
             found: int) -> tuple[int, bool]:
    """The total of a free-text query whose first `found` events a page has read, from the rest of its cursor:
    a match the index decides counts as it is, the others (see TextQuery.checks) are checked on their rows, at
    most TEXT_CHECKS of them. Exact up to TEXT_TOTAL_CAP, else a lower bound (and False): past the cap, or when
    more rows would have to be read."""
    cap = TEXT_TOTAL_CAP
    checks = _check_set(store, text)
    pending: list[int] = []
    budget, complete = TEXT_CHECKS, True
    total = found
    for rid in rest:
        if checks is None or rid in checks[0] or any(lo <= rid <= hi for lo, hi in checks[1]):
            if budget == 0:
                complete = False  # a match left unchecked may be an event of the query: the total is a floor
                break
            pending.append(rid)
            if len(pending) >= min(500, budget):
                total += len(_checked(store, filters, pending))
                budget -= len(pending)
                pending = []
        else:
            total += 1
        if total > cap:
            return cap, False
    if pending:
        total += len(_checked(store, filters, pending))
    return min(total, cap), complete and total <= cap


def parse_near(text: str, place: Callable[[str], tuple[float, float] | None]) -> tuple[float, float, float]:
    """'Aleppo:50km', 'Aleppo:50' or '36.2,37.1:20km' -> (lat, lon, km); ValueError says what to write instead.
    A place name is looked up with `place` (the CLI and API pass frontlog.jobs.resolvers.near_place)."""
    where, sep, radius = text.rpartition(":")
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(km)?\s*", radius)
    if not sep or not where.strip() or m is None:
        raise ValueError("write PLACE:RADIUS, e.g. Aleppo:50km or 36.2,37.15:20km")
    km = float(m.group(1))
    coords = re.fullmatch(r"\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*", where)
    if coords:
        lat, lon = float(coords.group(1)), float(coords.group(2))
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise ValueError("latitude must be within -90..90 and longitude within -180..180")
        return lat, lon, km
    point = place(where.strip())
    if point is None:
        raise ValueError(f"{where.strip()!r} is not in the gazetteer; check the spelling or give coordinates, "
                         "e.g. 36.2,37.15:50km")
    return point[0], point[1], km


# ------------------------------------------------------------------------------------------------ map


def cell_degrees(zoom: int, cell_px: int = 64) -> float:
    """The width in degrees of longitude of a `cell_px` square at a web-map zoom level (256 px tiles)."""
    return 360.0 / (256 * 2 ** zoom) * cell_px


def clusters(store: EventStore, filters: Filters, bbox: tuple[float, float, float, float], zoom: int,
             cell_px: int = 64) -> dict:
    """Matching events inside `bbox` (south, west, north, east) grouped on a grid of about `cell_px` screen
    pixels at `zoom`. A cell of one event is that event (id, type, sub-type, place, date, fatalities); a larger
    cell is a cluster with its count, its counts by event type, its fatalities and its extent (to zoom into)."""
    south, west, north, east = bbox
    size_x = cell_degrees(zoom, cell_px)
    # Degrees of latitude shrink on a Mercator map away from the equator: square cells on screen.
    size_y = size_x * max(0.05, math.cos(math.radians((south + north) / 2)))
    # `near` stays as its bounding box (where_sql): the page's place filter draws the square around the place.
    f = replace(filters, bbox=None)
    where, params = store.where_sql(f)
    where += (" AND " if where else " WHERE ") + "e.latitude BETWEEN ? AND ? AND e.longitude BETWEEN ? AND ?"
    params += [south, north, west, east]
    # One pass over the index (no table reads): per cell and type, the count, sums for the centroid, the extent and
    # the smallest seq (the table's key, which every index holds; the rid is not in the date index) — which *is*
    # the event when the cell holds one; those few are read afterwards.
    sql = (
        "SELECT CAST((e.longitude + 180.0) / ? AS INTEGER) AS gx, CAST((e.latitude + 90.0) / ? AS INTEGER) AS gy, "
        "e.event_type, count(*), sum(e.latitude), sum(e.longitude), sum(coalesce(e.fatalities, 0)), "
        "min(e.latitude), max(e.latitude), min(e.longitude), max(e.longitude), min(e.seq) "
        f"FROM events e{where} GROUP BY gx, gy, e.event_type")
    cells: dict[tuple[int, int], dict] = {}
    for (gx, gy, etype, n, slat, slon, fat, lat0, lat1, lon0, lon1, seq) in store.rows(
            sql, [size_x, size_y, *params]):
        c = cells.setdefault((gx, gy), {"count": 0, "by_type": {}, "fatalities": 0, "_slat": 0.0, "_slon": 0.0,
                                        "bounds": [lat0, lon0, lat1, lon1], "_seq": seq})
        c["count"] += n
        c["by_type"][etype] = n
        c["fatalities"] += fat
        c["_slat"] += slat
        c["_slon"] += slon
        b = c["bounds"]
        c["bounds"] = [min(b[0], lat0), min(b[1], lon0), max(b[2], lat1), max(b[3], lon1)]
    singles = [c["_seq"] for c in cells.values() if c["count"] == 1]
    details: dict[int, dict] = {}
    for i in range(0, len(singles), 500):
        chunk = singles[i:i + 500]
        for seq, eid, etype, sub, loc, day, end, dprec, gprec, a1, a2, fat in store.rows(
                "SELECT seq, id, event_type, sub_event_type, location, date_start, date_end, date_precision, "
                "geo_precision, actor1, actor2, fatalities FROM events "
                f"WHERE seq IN ({', '.join('?' * len(chunk))})", chunk):
            details[seq] = {"id": eid, "event_type": etype, "sub_event_type": sub, "location": loc,
                            "date_start": day, "date_end": end, "date_precision": dprec, "geo_precision": gprec,
                            "actor1": a1, "actor2": a2, "fatalities": fat}
    out = []
    for c in cells.values():
        lat, lon = c.pop("_slat") / c["count"], c.pop("_slon") / c["count"]
        seq = c.pop("_seq")  # (popped from every cell: it is no field of the answer)
        one = details.get(seq) if c["count"] == 1 else None
        if one is not None:
            out.append({"kind": "event", "latitude": lat, "longitude": lon, "count": 1, **one})
        else:
            top = max(c["by_type"].items(), key=lambda kv: (kv[1], kv[0]))[0]
            out.append({"kind": "cluster", "latitude": lat, "longitude": lon, "event_type": top, **c})
    out.sort(key=lambda c: -c["count"])
    return {"zoom": zoom, "cell_degrees": size_x, "in_view": sum(c["count"] for c in out), "cells": out}


# ------------------------------------------------------------------------------------------------ time


def bucket_start(day: str, bucket: str) -> str:
    """The first day of the bucket holding `day`: itself, its ISO week's Monday, or its month's 1st."""
    if bucket == "day":
        return day
    if bucket == "month":
        return day[:8] + "01"
    d = dt.date.fromisoformat(day)
    return (d - dt.timedelta(days=d.weekday())).isoformat()


def _next_bucket(start: str, bucket: str) -> str:
    d = dt.date.fromisoformat(start)
    if bucket == "day":
        return (d + dt.timedelta(days=1)).isoformat()
    if bucket == "week":
        return (d + dt.timedelta(days=7)).isoformat()
    return (d.replace(year=d.year + 1, month=1) if d.month == 12 else d.replace(month=d.month + 1)).isoformat()


# SQL for a bucket's first day from an ISO day (as bucket_start): SQLite's 'weekday 0' is the next Sunday (or the
# day itself), six days before it the ISO week's Monday.
_BUCKET_SQL = {"day": "day", "week": "date(day, 'weekday 0', '-6 days')", "month": "substr(day, 1, 8) || '01'"}


def rollup_grain(filters: Filters, by: str) -> tuple[str, str] | None:
    """The rollup grain (and its filter value) that answers a timeline of `filters` by `by`, or None when only the
    scan can: more than one filter among type, sub-type, country, admin-1 and actor, or any of text, bbox, near,
    minimum fatalities, ids, rejected events."""
    f = filters
    if (f.include_rejected or f.ids is not None or f.text or f.bbox is not None or f.near is not None
            or f.min_fatalities is not None):
        return None
    dims = {d: v for d, v in (("t", f.event_type), ("s", f.sub_event_type), ("c", f.country),
                              ("a1", f.admin1), ("x", f.actor)) if v}
    if "s" in dims and "t" in dims and SUB_TO_TYPE.get(dims["s"]) == dims["t"]:
        del dims["t"]  # a sub-type implies its type (the store derives every event's type from its sub-type)
    if len(dims) > 1:
        return None
    fd, fv = next(iter(dims.items()), ("", ""))
    return f"{fd}:{ROLLUP_KEYS[by]}", fv


def _timeline_rows(store: EventStore, filters: Filters, bucket: str, by: str,
                   rollup: bool, measure: str = "events") -> list[tuple[str, str | None, int]]:
    """(bucket start, key, count or fatalities) rows, one bucket and key possibly over several rows."""
    col = TIMELINE_BY[by]
    where, params = store.where_sql(filters)
    where += (" AND " if where else " WHERE ") + "e.date_start IS NOT NULL"
    # The rollup counts events only: fatalities are summed by the scan.
    grain = rollup_grain(filters, by) if rollup and measure == "events" else None
    agg = "count(*)" if measure == "events" else "sum(coalesce(e.fatalities, 0))"
    low, high = plausible_days()
    if grain is not None:
        # The rollup for events starting inside the window; the scan (on the date index) for those starting
        # before it and running into it, and for the few odd windows the rollup leaves out.
        # (The rollup is timeline_counts plus its recent changes, storage._m10_timeline_recent: both read by key.)
        part = "SELECT day, k, n FROM {} WHERE grain = ? AND f = ? AND day BETWEEN ? AND ?"
        args: list = [*grain, low, high]
        if filters.since:
            part += " AND day >= ?"
            args.append(filters.since)
        if filters.until:
            part += " AND day <= ?"
            args.append(filters.until)
        sql = (f"SELECT {_BUCKET_SQL[bucket]} AS b, k, sum(n) FROM ({part.format('timeline_counts')} UNION ALL "
               f"{part.format('timeline_recent')}) GROUP BY b, k HAVING sum(n) <> 0")
        rows = list(store.rows(sql, args + args))
        extra = list(store.rows(
            f"SELECT e.date_start, {col}, count(*) FROM events e INDEXED BY events_odd_window{where} AND {ODD_WINDOW} "
            f"GROUP BY e.date_start, {col}", params))
        if filters.since and not (filters.until and filters.until < filters.since):
            # Without `until` (implied by date_start < since): one upper bound, so the planner reads the range
            # [since - longest window, since) of the index, not everything up to `until`.
            w, ps = store.where_sql(replace(filters, until=None))
            extra += store.rows(
                f"SELECT e.date_start, {col}, count(*) FROM events e{w} AND e.date_start < ? "
                f"AND e.date_end >= e.date_start GROUP BY e.date_start, {col}", [*ps, filters.since])
        return rows + [(bucket_start(day, bucket), key, n) for day, key, n in extra if low <= day <= high]
    # events_date holds every column the filters and keys read (but the text): one scan of it beats the planner's
    # pick of a narrower index plus a table read per matching row (1.7 s instead of 0.1 s on 1 M events).
    # A query that needs one column only (the type, or the country) is best served by that column's narrow index.
    needed = {by} | {name for name, used in (
        ("event_type", filters.event_type), ("sub_event_type", filters.sub_event_type),
        ("country", filters.country), ("actor", filters.actor), ("fatalities", filters.min_fatalities is not None),
        ("point", filters.bbox or filters.near)) if used} | ({"fatalities"} if measure != "events" else set())
    narrow = any(needed <= {one} for one in ("event_type", "sub_event_type", "country"))
    hint = "" if narrow or filters.text or filters.admin1 or filters.ids else " INDEXED BY events_date"
    if filters.near is not None:  # rare: keep the points inside the circle, row by row
        return [(bucket_start(r[0], bucket), r[1], 1 if measure == "events" else (r[4] or 0))
                for r in store.rows(
                    f"SELECT e.date_start, {col}, e.latitude, e.longitude, e.fatalities FROM events e{hint}{where}",
                    params) if within(r[2], r[3], filters.near) and low <= r[0] <= high]
    rows = store.rows(f"SELECT e.date_start, {col}, {agg} FROM events e{hint}{where} GROUP BY e.date_start, {col}",
                      params)
    return [(bucket_start(day, bucket), key, n) for day, key, n in rows if low <= day <= high]


def timeline(store: EventStore, filters: Filters, bucket: str, by: str, *, rollup: bool = True,
             measure: str = "events") -> dict:
    """Events (or, with measure="fatalities", their reported fatalities) per bucket (by the window's first day, as
    ACLED's event_date) split by `by`; every bucket from the first to the last is listed, empty ones as zeros, so
    the chart's x axis is continuous. Answered from the store's rollup when one filter at most is given (see
    `rollup_grain`); `rollup=False` forces the scan (tests compare the two)."""
    if bucket not in BUCKETS or by not in TIMELINE_BY or measure not in MEASURES:
        raise ValueError(f"bucket must be one of {BUCKETS}, by one of {tuple(TIMELINE_BY)}, measure one of "
                         f"{MEASURES}")
    rows = _timeline_rows(store, filters, bucket, by, rollup, measure)
    totals: dict[str, int] = {}
    for _b, key, n in rows:
        totals[key or "Unknown"] = totals.get(key or "Unknown", 0) + n
    keys = sorted(totals, key=lambda k: (-totals[k], k))
    if by != "event_type" and len(keys) > TOP_KEYS:
        keep = set(keys[:TOP_KEYS])
        keys = keys[:TOP_KEYS] + [OTHER]
    else:
        keep = set(keys)
    series: dict[str, dict[str, int]] = {k: {} for k in keys}
    for b, key, n in rows:
        k = key or "Unknown"
        k = k if k in keep else OTHER
        series[k][b] = series[k].get(b, 0) + n
    starts: list[str] = []
    if rows:
        first = min(r[0] for r in rows)
        last = max(r[0] for r in rows)
        cur = first
        while cur <= last:
            starts.append(cur)
            cur = _next_bucket(cur, bucket)
    return {"bucket": bucket, "by": by, "buckets": starts, "total": sum(totals.values()),
            "series": [{"key": k, "total": sum(series[k].values()), "counts": [series[k].get(b, 0) for b in starts]}
                       for k in keys]}


# ------------------------------------------------------------------------------------------------ pickers


def actor_counts(store: EventStore, prefix: str | None = None, limit: int = 200) -> list[dict]:
    """Actors as actor1 or actor2 of events that are not rejected, most frequent first (for a filter picker)."""
    sql = ("SELECT a, count(*) AS n FROM (SELECT actor1 AS a FROM events WHERE rejected = 0 "
           "UNION ALL SELECT actor2 FROM events WHERE rejected = 0) WHERE a IS NOT NULL")
    params: list = []
    if prefix:
        sql += " AND a LIKE ? ESCAPE '\\'"
        params.append(_like_prefix(prefix))
    sql += " GROUP BY a ORDER BY n DESC, a LIMIT ?"
    return [{"name": a, "count": n} for a, n in store.rows(sql, [*params, limit])]


def place_counts(store: EventStore, prefix: str | None = None, country: str | None = None,
                 limit: int = 200) -> dict:
    """Places (name, country, admin-1, a point) and countries with their event counts, most frequent first."""
    sql = ("SELECT location, country, min(admin1), avg(latitude), avg(longitude), count(*) AS n FROM events "
           "WHERE rejected = 0 AND location IS NOT NULL")
    params: list = []
    if prefix:
        sql += " AND location LIKE ? ESCAPE '\\'"
        params.append(_like_prefix(prefix))
    if country:
        sql += " AND country = ?"
        params.append(country)
    sql += " GROUP BY location, country ORDER BY n DESC, location LIMIT ?"
    places = [{"name": r[0], "country": r[1], "admin1": r[2], "latitude": r[3], "longitude": r[4], "count": r[5]}
              for r in store.rows(sql, [*params, limit])]
    countries = [{"code": c, "count": n} for c, n in store.rows(
        "SELECT country, count(*) AS n FROM events WHERE rejected = 0 AND country IS NOT NULL "
        "GROUP BY country ORDER BY n DESC, country")]
    return {"places": places, "countries": countries}


FIRST_VIEW_YEARS = 25


def extent(store: EventStore) -> dict:
    """How many events, their first and last days and the box around their points (for the page's first view)."""
    n = store.value("SELECT count(*) FROM events WHERE rejected = 0")
    # Days outside plausible_days (a typed 9999, a misread "year 100") are left out of every day reported here.
    low, high = plausible_days()
    dated = "rejected = 0 AND date_start BETWEEN ? AND ?"
    earliest, last, n_dated = store.row(  # type: ignore[misc]
        f"SELECT min(date_start), max(date_start), count(*) FROM events WHERE {dated}", (low, high))
    # The first view spans the bulk of the war, not back to one piece of background history ("the Battle of
    # Azaz in 1030"): the first percentile of start days, and at most FIRST_VIEW_YEARS before the last day.
    row = store.row(f"SELECT date_start FROM events WHERE {dated} ORDER BY date_start LIMIT 1 OFFSET ?",
                    (low, high, n_dated // 100))
    first = row[0] if row else earliest
    if first and last:
        floor = f"{int(last[:4]) - FIRST_VIEW_YEARS:04d}{last[4:]}"
        first = max(first, floor)
    box = store.row("SELECT min(min_lat), min(min_lon), max(max_lat), max(max_lon) FROM events_geo")
    return {"events": n, "first_day": first, "last_day": last, "earliest_day": earliest,
            "bounds": list(box) if box and box[0] is not None else None}


def _like_prefix(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
