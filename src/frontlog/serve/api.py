"""The analyst's view over HTTP: a FastAPI app (`frontlog serve`) with the JSON API and the web page.

A thin layer over the library: filters become `storage.Filters` (the CLI's meaning), pages and aggregates come
from `queries`, CSV and GeoJSON from `export` (ACLED's columns), control from `control`. What this module adds:
parameter checking with messages that say what to write, one error shape ({"error", "detail"}: 400 for a bad
parameter, 401/403 for edits, 404 for an unknown id, 500 with no trace for anything else), a per-thread store
connection, a small cache of aggregates keyed by the store file's state, and the edit gate (read-only unless
started with --allow-edits, and then only with the token printed at start-up).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import math
import os
import secrets
import sqlite3
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from frontlog import __version__
from frontlog.dataset import queries
from frontlog.dataset.control import control_from_store, to_geojson
from frontlog.dataset.export import ACLED_COLUMNS, acled_row, country_code, jsonl_record, write_geojson
from frontlog.dataset.storage import SETTABLE, Filters, SQLiteStore, StoreError
from frontlog.model.records import EVENT_TYPES, SUB_TO_TYPE

STATIC = Path(__file__).parent / "static"
DEFAULT_LIMIT = 500
MAX_LIMIT = 10_000
FORMATS = ("json", "csv", "geojson")
FILTER_PARAMS = ("date_from", "date_to", "event_type", "sub_event_type", "actor", "country", "admin1", "bbox",
                 "near", "min_fatalities", "q")
log = logging.getLogger("frontlog.api")


class ApiError(Exception):
    """An answer other than 200: status, a short error name, and a detail that says what to do."""

    def __init__(self, status: int, error: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.error, self.detail = status, error, detail


def bad(name: str, value: object, what: str) -> ApiError:
    return ApiError(400, "bad parameter", f"{name}={value!r}: {what}")


def _error(status: int, error: str, detail: str) -> JSONResponse:
    return JSONResponse({"error": error, "detail": detail}, status_code=status)


# ------------------------------------------------------------------------------------------------ parameters


def _check_known(request: Request, allowed: tuple[str, ...]) -> None:
    # A misspelt filter (event_typ=Battles) silently ignored would return everything: refuse it instead.
    unknown = sorted(set(request.query_params) - set(allowed))
    if unknown:
        raise ApiError(400, "bad parameter", f"unknown parameter {unknown[0]!r}: this endpoint takes "
                       f"{', '.join(allowed) or 'no parameters'}")


def _date(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise bad(name, value, "not a date; write it as YYYY-MM-DD, e.g. 2016-03-27") from None


def _int(name: str, value: str | None, default: int, lo: int, hi: int) -> int:
    if value is None or value == "":
        return default
    try:
        n = int(value)
    except ValueError:
        raise bad(name, value, f"not a whole number; give one from {lo} to {hi}") from None
    if not lo <= n <= hi:
        raise bad(name, value, f"out of range; give a number from {lo} to {hi}")
    return n


def _bbox(value: str) -> tuple[float, float, float, float]:
    """'west,south,east,north' (RFC 7946's order) -> Filters' (min_lat, min_lon, max_lat, max_lon)."""
    parts = value.split(",")
    try:
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise bad("bbox", value, "write four numbers west,south,east,north in degrees, "
                  "e.g. bbox=35.5,32.3,42.4,37.4") from None
    if not all(math.isfinite(x) for x in (west, south, east, north)):
        raise bad("bbox", value, "the four numbers must be finite")
    if not (-90 <= south <= north <= 90):
        raise bad("bbox", value, "south and north must be latitudes within -90..90 with south <= north")
    if not (-180 <= west <= east <= 180):
        raise bad("bbox", value, "west and east must be longitudes within -180..180 with west <= east "
                  "(split a box across the antimeridian into two requests)")
    return south, west, north, east


def parse_filters(p: dict[str, str]) -> Filters:
    """The query parameters shared by /api/events, /api/timeline and /api/clusters as library Filters."""
    since, until = _date("date_from", p.get("date_from")), _date("date_to", p.get("date_to"))
    if since and until and since > until:
        raise bad("date_to", until, f"before date_from {since}; swap them")
    etype = p.get("event_type") or None
    if etype and etype not in EVENT_TYPES:
        raise bad("event_type", etype, f"unknown event type; use one of: {', '.join(EVENT_TYPES)}")
    sub = p.get("sub_event_type") or None
    if sub and sub not in SUB_TO_TYPE:
        raise bad("sub_event_type", sub, f"unknown sub-event type; use one of: {', '.join(sorted(SUB_TO_TYPE))}")
    country = None
    if p.get("country"):
        country = country_code(p["country"])
        if country is None:
            raise bad("country", p["country"], "unknown country; give an ISO code (SY) or a name (Syria)")
    actor = p.get("actor") or None
    if actor:
        from frontlog.knowledge.actors import get_actor_table

        found = get_actor_table().canonical(actor)  # any alias means the canonical actor, as in the CLI
        actor = found.name if found is not None else actor
    near = None
    if p.get("near"):
        try:
            near = queries.parse_near(p["near"])
        except ValueError as exc:
            raise bad("near", p["near"], str(exc)) from None
    q = p.get("q") or None
    if q is not None and len(q) > 200:
        raise bad("q", q[:20] + "…", "too long; search for at most 200 characters")
    return Filters(
        since=since, until=until, event_type=etype, sub_event_type=sub, actor=actor, country=country,
        admin1=p.get("admin1") or None, bbox=_bbox(p["bbox"]) if p.get("bbox") else None, near=near,
        min_fatalities=_int("min_fatalities", p.get("min_fatalities"), 0, 0, 10**9)
        if p.get("min_fatalities") else None, text=q)


# ------------------------------------------------------------------------------------------------ records


def event_record(ev: dict) -> dict:
    """One merged event as the API shows it: the JSON Lines export's record plus its bookkeeping."""
    rec = jsonl_record(ev)
    rec.update(n_mentions=ev["n_mentions"], rejected=bool(ev["rejected"]), updated_at=ev["updated_at"])
    return rec


def _csv(events: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    w.writeheader()
    w.writerows(acled_row(ev) for ev in events)
    return buf.getvalue()


def _geojson(events: list[dict]) -> str:
    buf = io.StringIO()
    write_geojson(iter([events]), buf)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------------ the app


class _Stores:
    """One store connection per worker thread (sqlite3 connections must stay in the thread that made them)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.local = threading.local()
        self.lock = threading.Lock()
        self.all: list[SQLiteStore] = []

    def get(self) -> SQLiteStore:
        store = getattr(self.local, "store", None)
        if store is None:
            store = SQLiteStore(self.path, create=False)
            self.local.store = store
            with self.lock:
                self.all.append(store)
        return store

    def stamp(self) -> tuple:
        """Changes whenever anything (this server, an ingest next to it) commits to the store."""
        out = []
        for p in (self.path, Path(str(self.path) + "-wal")):
            try:
                st = p.stat()
                out.append((st.st_mtime_ns, st.st_size))
            except FileNotFoundError:
                out.append(None)
        return tuple(out)

    def close(self) -> None:
        # sqlite3 lets only a connection's own thread close it; the others are released at exit (WAL keeps the
        # file consistent either way).
        with self.lock:
            for s in self.all:
                try:
                    s.close()
                except sqlite3.ProgrammingError:
                    pass  # made by another worker thread: sqlite3 refuses; it is released when the process ends
            self.all.clear()


class _Cache:
    """Aggregates (timeline, pickers, extent, control) keyed by the store's state: recomputed only after a
    commit, so a page reload or a play step over the same filters costs nothing."""

    def __init__(self, size: int = 128) -> None:
        self.items: OrderedDict[tuple, Any] = OrderedDict()
        self.lock = threading.Lock()
        self.size = size

    def get(self, key: tuple, compute: Callable[[], Any]) -> Any:
        with self.lock:
            if key in self.items:
                self.items.move_to_end(key)
                return self.items[key]
        value = compute()
        with self.lock:
            self.items[key] = value
            while len(self.items) > self.size:
                self.items.popitem(last=False)
        return value


def create_app(db: str | Path, *, allow_edits: bool = False, token: str | None = None) -> FastAPI:
    """The app over the store at `db` (which must exist). Edits need `allow_edits` and then `token`."""
    path = Path(db)
    if not path.is_file():
        raise StoreError(f"{path}: no such store: create it with `frontlog ingest ARTICLES --db {path}`")
    if allow_edits and not token:
        raise ValueError("allow_edits needs a token")
    stores = _Stores(path)
    SQLiteStore(path, create=False).close()  # migrate once, before any request, in this thread
    cache = _Cache()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()

    app = FastAPI(title="frontlog", version=__version__, lifespan=lifespan,
                  description="Conflict events extracted from news articles: the merged, corrected dataset.")
    app.state.stores = stores

    # -- errors: one shape, no trace

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.error, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", ()) if x not in ("query", "path", "body"))
        return _error(400, "bad parameter", f"{where or 'request'}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        names = {404: "not found", 405: "method not allowed"}
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404:
            detail = "no such page or endpoint: the API lives under /api (see /docs)"
        return _error(exc.status_code, names.get(exc.status_code, "error"), detail)

    @app.exception_handler(Exception)
    async def _crash(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("request failed", exc_info=exc)  # the trace stays in the server's log
        return _error(500, "internal error", "the server could not answer this request; its log says why")

    def params(request: Request, allowed: tuple[str, ...]) -> dict[str, str]:
        _check_known(request, allowed)
        return dict(request.query_params)

    # -- the page

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    # -- read

    @app.get("/api/summary")
    def summary() -> dict:
        """What the page needs first: counts, the date extent, the box around the points, the taxonomy."""
        store = stores.get()
        ext = cache.get((stores.stamp(), "extent"), lambda: queries.extent(store))
        types: dict[str, list[str]] = {t: [] for t in EVENT_TYPES}
        for sub, t in sorted(SUB_TO_TYPE.items()):
            types[t].append(sub)
        return {**ext, "event_types": types, "edits": allow_edits, "version": __version__}

    @app.get("/api/events", response_model=None)
    def events(request: Request) -> Response | dict:
        """Matching events, a page at a time: JSON {"events", "total", "page", "limit", "pages"}, or the page as
        ACLED CSV (format=csv) or a GeoJSON FeatureCollection (format=geojson); the total is then in the
        X-Total-Count header. bbox is west,south,east,north; near is PLACE:KM or LAT,LON:KM; q searches the
        evidence sentences."""
        p = params(request, (*FILTER_PARAMS, "limit", "page", "format"))
        fmt = p.get("format") or "json"
        if fmt not in FORMATS:
            raise bad("format", fmt, f"use one of {', '.join(FORMATS)}")
        f = parse_filters(p)
        limit = _int("limit", p.get("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT)
        page_no = _int("page", p.get("page"), 1, 1, 10**7)
        got = queries.page(stores.get(), f, limit, (page_no - 1) * limit)
        pages = max(1, math.ceil(got.total / limit))
        headers = {"X-Total-Count": str(got.total)}
        if fmt == "csv":
            return Response(_csv(got.events), media_type="text/csv; charset=utf-8", headers=headers)
        if fmt == "geojson":
            return Response(_geojson(got.events), media_type="application/geo+json", headers=headers)
        # JSONResponse directly: FastAPI's generic encoder walks every value and costs more than the query.
        return JSONResponse({"events": [event_record(ev) for ev in got.events], "total": got.total,
                             "page": page_no, "limit": limit, "pages": pages}, headers=headers)

    @app.get("/api/events/{event_id}")
    def event(event_id: str, request: Request) -> dict:
        """One merged event: its record, every report of it (article title, date, link, evidence sentences and
        why it joined), its corrections and rejections."""
        params(request, ())
        store = stores.get()
        try:
            exp = store.explain(event_id)
        except StoreError:
            raise ApiError(404, "not found", f"no event {event_id!r}: find ids with GET /api/events") from None
        return {
            "event": event_record(exp.event),
            "mentions": [{k: m.get(k) for k in ("mention_id", "doc_id", "title", "published", "url", "reason",
                                                "evidence", "sub_event_type", "location", "date_start", "date_end",
                                                "actor1", "actor2", "fatalities")} for m in exp.mentions],
            "corrections": [{"id": c.id, "field": c.field, "value": c.value, "note": c.note, "who": c.who,
                             "at": c.at} for c in exp.corrections],
            "rejections": [{"id": r.id, "action": r.action, "note": r.note, "who": r.who, "at": r.at}
                           for r in exp.rejections],
        }

    @app.get("/api/clusters")
    def clusters(request: Request) -> dict:
        """The map's markers: matching events in bbox grouped on a grid for the zoom level (the page's one
        request per view; a single event is returned as itself, a dense cell as a cluster with counts)."""
        p = params(request, (*FILTER_PARAMS, "zoom"))
        if not p.get("bbox"):
            raise bad("bbox", None, "required: the map view as west,south,east,north")
        f = parse_filters(p)
        zoom = _int("zoom", p.get("zoom"), 5, 0, 22)
        assert f.bbox is not None
        store = stores.get()

        def compute() -> dict:
            # total: every match of the filters and window, on the map or not (outside the view, no coordinates).
            return queries.clusters(store, f, f.bbox, zoom) | {"total": queries.count(store, replace(f, bbox=None))}

        return cache.get((stores.stamp(), "clusters", repr(f), zoom), compute)

    @app.get("/api/timeline")
    def timeline(request: Request) -> dict:
        """Events per day, week (from Monday) or month, by event_type, actor (actor1) or country; the filters of
        /api/events apply."""
        p = params(request, (*FILTER_PARAMS, "bucket", "by"))
        bucket, by = p.get("bucket") or "week", p.get("by") or "event_type"
        if bucket not in queries.BUCKETS:
            raise bad("bucket", bucket, f"use one of {', '.join(queries.BUCKETS)}")
        if by not in queries.TIMELINE_BY:
            raise bad("by", by, f"use one of {', '.join(queries.TIMELINE_BY)}")
        f = parse_filters(p)
        key = (stores.stamp(), "timeline", bucket, by, repr(f))
        return cache.get(key, lambda: queries.timeline(stores.get(), f, bucket, by))

    @app.get("/api/actors")
    def actors(request: Request) -> dict:
        """Actors (as actor1 or actor2) with their event counts, most frequent first; q filters by prefix."""
        p = params(request, ("q", "limit"))
        limit = _int("limit", p.get("limit"), 200, 1, 5000)
        key = (stores.stamp(), "actors", p.get("q"), limit)
        return {"actors": cache.get(key, lambda: queries.actor_counts(stores.get(), p.get("q"), limit))}

    @app.get("/api/places")
    def places(request: Request) -> dict:
        """Places with their event counts (name, country, admin1, a point), and countries with theirs."""
        p = params(request, ("q", "country", "limit"))
        limit = _int("limit", p.get("limit"), 200, 1, 5000)
        country = None
        if p.get("country"):
            country = country_code(p["country"])
            if country is None:
                raise bad("country", p["country"], "unknown country; give an ISO code (SY) or a name (Syria)")
        key = (stores.stamp(), "places", p.get("q"), country, limit)
        return cache.get(key, lambda: queries.place_counts(stores.get(), p.get("q"), country, limit))

    @app.get("/api/control")
    def control(request: Request) -> dict:
        """Who held which place on `date` (GeoJSON points: holder, since, besieged, conflict, evidence ids)."""
        p = params(request, ("date",))
        day = _date("date", p.get("date"))
        if day is None:
            raise bad("date", None, "required: the day as YYYY-MM-DD, e.g. date=2016-03-27")
        key = (stores.stamp(), "control", day)
        return cache.get(key, lambda: to_geojson(control_from_store(stores.get(), day), day))

    # -- write

    @app.post("/api/events/{event_id}/corrections")
    async def correct(event_id: str, request: Request) -> dict:
        """Correct an event (only when the server was started with --allow-edits; send the token it printed as
        `Authorization: Bearer TOKEN`). Body: {"set": {"fatalities": 12, "location": "Khanasir"}, "note": "why",
        "by": "who"}."""
        if not allow_edits:
            raise ApiError(403, "read-only", "this server is read-only: restart it with `frontlog serve "
                           "--allow-edits` and send the token it prints as `Authorization: Bearer TOKEN`")
        sent = request.headers.get("authorization", "")
        scheme, _, given = sent.partition(" ")
        if not sent:
            raise ApiError(401, "token required", "send the token `frontlog serve --allow-edits` printed at "
                           "start-up as `Authorization: Bearer TOKEN`")
        assert token is not None
        if scheme.lower() != "bearer" or not secrets.compare_digest(given.strip().encode(), token.encode()):
            raise ApiError(403, "wrong token", "this is not the token printed at start-up: copy it from the "
                           "server's output (it changes at every start)")
        try:
            body = await request.json()
        except ValueError:
            raise ApiError(400, "bad body", 'send JSON: {"set": {"fatalities": 12}, "note": "why", "by": "who"}') \
                from None
        if not isinstance(body, dict) or not isinstance(body.get("set"), dict) or not body["set"]:
            raise ApiError(400, "bad body", 'give the fields to set: {"set": {"fatalities": 12}, "note": "why"}')
        values: dict[str, str] = {}
        for name, value in body["set"].items():
            if name not in SETTABLE:
                raise ApiError(400, "bad body", f"cannot set {name!r}: settable fields are "
                               f"{', '.join(sorted(SETTABLE))}")
            if isinstance(value, list):
                value = ",".join(str(v) for v in value)
            values[name] = "null" if value is None else str(value)
        note = body.get("note")
        who = body.get("by") or "web"
        if not isinstance(who, str) or (note is not None and not isinstance(note, str)):
            raise ApiError(400, "bad body", '"note" and "by" must be text')
        return await _run_sync(lambda: _correct(event_id, values, note, who))

    def _correct(event_id: str, values: dict[str, str], note: str | None, who: str) -> dict:
        store = stores.get()
        if store.con.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is None:
            store.refresh()
            if store.con.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is None:
                raise ApiError(404, "not found", f"no event {event_id!r}: find ids with GET /api/events")
        try:
            made = store.correct(event_id, values, note, who)
        except StoreError as exc:
            raise ApiError(400, "bad correction", str(exc)) from None
        return {"corrections": [{"id": c.id, "field": c.field, "value": c.value, "note": c.note, "who": c.who,
                                 "at": c.at} for c in made],
                "event": event_record(store.event(event_id))}

    return app


async def _run_sync(fn: Callable[[], Any]) -> Any:
    # The store is blocking SQLite: run it on the worker threads like the sync endpoints.
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(fn)


def new_token() -> str:
    return secrets.token_urlsafe(24)


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, allow_edits: bool = False,
          out: Callable[[str], None] = print) -> None:
    """Run the app under uvicorn until interrupted (`frontlog serve`)."""
    import uvicorn

    token = new_token() if allow_edits else None
    app = create_app(db, allow_edits=allow_edits, token=token)
    shown = f"[{host}]" if ":" in host else host
    out(f"frontlog: serving {db} at http://{shown}:{port}/ (API docs at /docs); Ctrl-C stops")
    if host not in ("127.0.0.1", "localhost", "::1"):
        out(f"frontlog: warning: listening on {host}: other machines can read this dataset")
    if allow_edits:
        out(f"frontlog: edits allowed with the token {token} (header `Authorization: Bearer {token}`)")
    else:
        out("frontlog: read-only (start with --allow-edits to accept corrections)")
    uvicorn.run(app, host=host, port=port, log_level=os.environ.get("FRONTLOG_LOG_LEVEL", "warning"),
                access_log=False)
