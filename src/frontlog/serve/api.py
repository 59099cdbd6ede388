"""The analyst's view over HTTP: a FastAPI app (`frontlog serve`) with the JSON API and the web page.

A thin layer over the library: filters become `storage.Filters` (the CLI's meaning), pages and aggregates come
from `queries`, CSV and GeoJSON from `export` (ACLED's columns), control from `control`. What this module adds:
typed parameters (FastAPI `Query`, so /openapi.json lists every filter with its type and limits; the answers'
shapes are the models of `serve.schema`), messages that say what to write, one error shape ({"error", "detail"}:
400 for a bad or unknown parameter or body, 401/403 for edits, 404 for an unknown id, 500 with no trace for
anything else), a Host allow-list against DNS rebinding, gzip, a per-thread store connection, a small cache of
aggregates keyed by the store file's state, and the edit gate (read-only unless started with --allow-edits, and
then only with the token printed at start-up). /docs and /redoc use vendored Swagger UI and Redoc: no CDN.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import ipaddress
import json
import logging
import math
import os
import secrets
import socket
import sqlite3
import threading
import typing
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from contextlib import asynccontextmanager
from dataclasses import replace
from pathlib import Path
from typing import Annotated, Any, Literal

import annotated_types
from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi import Path as Path_
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BeforeValidator, ValidationError
from pydantic.json_schema import models_json_schema
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from frontlog import __version__
from frontlog.dataset import queries
from frontlog.dataset.control import STALE_AFTER_DAYS, control_from_store, matching, to_geojson
from frontlog.dataset.export import ACLED_COLUMNS, acled_row, country_code, jsonl_record, write_geojson
from frontlog.dataset.storage import SETTABLE, Filters, SQLiteStore, StoreError
from frontlog.jobs.resolvers import near_place, store_resolvers
from frontlog.model.records import EVENT_TYPES, SUB_TO_TYPE
from frontlog.serve import page
from frontlog.serve import schema as api_schema
from frontlog.serve.schema import EventType, SubEventType

STATIC = Path(__file__).parent / "static"
DOCS_VENDOR = "/static/vendor"  # swagger-ui/ and redoc/ under it (see their VENDORED.md)
DEFAULT_LIMIT = 500
MAX_LIMIT = 10_000
MAX_BODY = 64 * 1024  # a correction is a few fields; anything near this is not one
GZIP_MIN_BYTES = 1024  # below about a packet, compressing costs more than it saves
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
# The docs pages may load nothing from elsewhere: Redoc's sidebar links a logo on its CDN in every build, which this
# policy blocks before any request leaves (the logo hides itself); inline code is the pages' own set-up.
DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'")
log = logging.getLogger("frontlog.api")


class ApiError(Exception):
    """An answer other than 200: status, a short error name, and a detail that says what to do."""

    def __init__(self, status: int, error: str, detail: str) -> None:
        super().__init__(detail)
        self.status, self.error, self.detail = status, error, detail


class ServeError(Exception):
    """`frontlog serve` cannot start (port taken, host not of this machine): one line for the user."""


def bad(name: str, value: object, what: str) -> ApiError:
    return ApiError(400, "bad parameter", f"{name}={_show(value)}: {what}")


def _show(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…" + text[-1]


def _error(status: int, error: str, detail: str) -> JSONResponse:
    return JSONResponse({"error": error, "detail": detail}, status_code=status)


# ------------------------------------------------------------------------------------------------ parameters
# Each parameter is typed where it is declared (FastAPI turns the type and the Query's description and limits into
# /openapi.json); the checks a type cannot express (a date pair, a box, a place name) are in `event_filters`.


def _blank(value: object) -> object:
    # `?event_type=` from a form or a script means "no filter", as on the command line.
    return None if value == "" else value


def _iso_day(value: object) -> object:
    if value is None or value == "" or isinstance(value, dt.date):
        return _blank(value)
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError("not a date; write it as YYYY-MM-DD, e.g. 2016-03-27") from None


# Validators go after the Query in each Annotated: placed before it, FastAPI writes the limits into the schema
# under pydantic's names (ge, le) instead of JSON Schema's (minimum, maximum).
Blank = BeforeValidator(_blank)
IsoDay = BeforeValidator(_iso_day)
COUNTRY_HELP = "an ISO 3166 code (SY, SYR) or an English name (Syria)"


def event_filters(
    date_from: Annotated[dt.date | None, Query(
        description="events whose window ends on or after this day (YYYY-MM-DD)", examples=["2016-01-01"]),
        IsoDay] = None,
    date_to: Annotated[dt.date | None, Query(
        description="events whose window starts on or before this day (YYYY-MM-DD)", examples=["2016-12-31"]),
        IsoDay] = None,
    event_type: Annotated[EventType | None, Query(description="ACLED event type"), Blank] = None,
    sub_event_type: Annotated[SubEventType | None, Query(description="ACLED sub-event type"), Blank] = None,
    actor: Annotated[str | None, Query(
        max_length=200, examples=["Islamic State"],
        description="events with this actor as actor1, actor2 or an associate; any alias of a known actor means "
                    "that actor"), Blank] = None,
    country: Annotated[str | None, Query(
        max_length=100, description=f"the event's country: {COUNTRY_HELP}", examples=["SY"]), Blank] = None,
    admin1: Annotated[str | None, Query(
        max_length=200, description="first-level region, as GeoNames names it", examples=["Homs"]), Blank] = None,
    bbox: Annotated[str | None, Query(
        max_length=200, examples=["35.5,32.3,42.4,37.4"],
        description="a box as west,south,east,north in degrees (RFC 7946's order); west <= east: split a box "
                    "across the antimeridian in two"), Blank] = None,
    near: Annotated[str | None, Query(
        max_length=200, examples=["Aleppo:50km", "36.2,37.1:20km"],
        description="within a radius of a place: PLACE:KM or LAT,LON:KM"), Blank] = None,
    min_fatalities: Annotated[int | None, Query(
        ge=0, le=10**9, description="at least this many fatalities (the lowest reported figure)"), Blank] = None,
    q: Annotated[str | None, Query(
        max_length=200, description="text in the evidence sentences (case-insensitive)", examples=["warplanes"]),
        Blank] = None,
) -> Filters:
    """The filters shared by /api/events, /api/timeline and /api/clusters as library Filters."""
    since, until = (date_from.isoformat() if date_from else None), (date_to.isoformat() if date_to else None)
    if since and until and since > until:
        raise bad("date_to", until, f"before date_from {since}; swap them")
    code = None
    if country:
        code = country_code(country)
        if code is None:
            raise bad("country", country, f"unknown country; give {COUNTRY_HELP}")
    if actor:
        from frontlog.knowledge.actors import get_actor_table

        found = get_actor_table().canonical(actor)  # any alias means the canonical actor, as in the CLI
        actor = found.name if found is not None else actor
    where = None
    if near:
        try:
            where = queries.parse_near(near, near_place)
        except ValueError as exc:
            raise bad("near", near, str(exc)) from None
    return Filters(since=since, until=until, event_type=event_type, sub_event_type=sub_event_type, actor=actor,
                   country=code, admin1=admin1, bbox=_bbox(bbox) if bbox else None, near=where,
                   min_fatalities=min_fatalities, text=q)


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


def _query_fields(dependant: Any) -> Iterator[Any]:
    """Every query parameter a route declares, its own and its dependencies' (FastAPI's ModelFields)."""
    yield from dependant.query_params
    for sub in dependant.dependencies:
        yield from _query_fields(sub)


def _route_params(request: Request) -> dict[str, Any]:
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    return {f.alias: f for f in _query_fields(dependant)} if dependant is not None else {}


def refuse_unknown(request: Request) -> None:
    """A misspelt filter (event_typ=Battles) silently ignored would return everything: refuse it instead."""
    allowed = _route_params(request)
    unknown = sorted(set(request.query_params) - set(allowed))
    if unknown:
        raise ApiError(400, "bad parameter", f"unknown parameter {_show(unknown[0])}: this endpoint takes "
                       f"{', '.join(allowed) or 'no parameters'}")


def _choices(annotation: Any) -> list[str]:
    if typing.get_origin(annotation) is Literal:
        return [str(a) for a in typing.get_args(annotation)]
    return [c for arg in typing.get_args(annotation) for c in _choices(arg)]


def _explain(request: Request, err: dict) -> str:
    """One validation error as a sentence that says what to write (the parameter's own limits and choices)."""
    loc = [str(x) for x in err.get("loc", ()) if x not in ("query", "path", "body")]
    name = loc[0] if loc else "request"
    value = err.get("input")
    field = _route_params(request).get(name)
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    if kind == "value_error" and "error" in ctx:
        what = str(ctx["error"])
    elif kind == "literal_error" and field is not None:
        noun = name.replace("sub_event", "sub-event").replace("_", " ")
        what = f"unknown {noun}; use one of: {', '.join(_choices(field.field_info.annotation))}"
    elif kind in ("int_parsing", "int_from_float", "greater_than_equal", "less_than_equal") and field is not None:
        lo = next((m.ge for m in field.field_info.metadata if isinstance(m, annotated_types.Ge)), None)
        hi = next((m.le for m in field.field_info.metadata if isinstance(m, annotated_types.Le)), None)
        span = f"from {lo} to {hi}" if hi is not None else f"from {lo}"
        what = (f"not a whole number; give one {span}" if kind.startswith("int_")
                else f"out of range; give a number {span}")
    elif kind == "missing":
        what = "required" + (f": {field.field_info.description}" if field is not None else "")
    elif kind == "string_too_long":
        what = f"too long; give at most {ctx.get('max_length')} characters"
    else:
        what = str(err.get("msg", "invalid"))
    return f"{name}={_show(value)}: {what}" if value is not None and field is not None else f"{name}: {what}"


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
            store = SQLiteStore(self.path, create=False, **store_resolvers())
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


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": api_schema.ErrorBody, "description": "a bad or unknown parameter (the detail says which)"},
    500: {"model": api_schema.ErrorBody, "description": "the server failed; its log says why (no trace here)"},
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": api_schema.ErrorBody, "description": "no such event"}}
# Models the schema refers to that no route names as its `model` (GeoJSON pages, the correction body).
EXTRA_MODELS = ((api_schema.EventFeatureCollection, "serialization"), (api_schema.CorrectionRequest, "validation"))
BODY_EXAMPLE = '{"set": {"fatalities": 12, "location": "Khanasir"}, "note": "why", "by": "who"}'


def _blank_is(default: object) -> BeforeValidator:
    return BeforeValidator(lambda v: default if v == "" else v)


# Route parameters shared by several endpoints (module level: FastAPI resolves annotations in module scope).
Filtered = Annotated[Filters, Depends(event_filters)]
EventId = Annotated[str, Path_(max_length=200, description="an event id from /api/events")]
Limit = Annotated[int, Query(ge=1, le=5000, description="at most this many"), _blank_is(200)]
Prefix = Annotated[str | None, Query(max_length=200, description="names starting with this (case-insensitive)"),
                   Blank]


def create_app(db: str | Path, *, allow_edits: bool = False, token: str | None = None,
               hosts: Iterable[str] | None = None) -> FastAPI:
    """The app over the store at `db` (which must exist). Edits need `allow_edits` and then `token`. `hosts`: the
    Host header names the app answers to (see `allowed_hosts`); None checks none, for in-process use (tests, or
    mounting under a server that checks hosts itself); `frontlog serve` always gives them."""
    path = Path(db)
    if not path.is_file():
        raise StoreError(f"{path}: no such store: create it with `frontlog ingest ARTICLES --db {path}`")
    if allow_edits and not token:
        raise ValueError("allow_edits needs a token")
    stores = _Stores(path)
    SQLiteStore(path, create=False, **store_resolvers()).close()  # migrate once, before any request, in this thread
    cache = _Cache()

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close()

    app = FastAPI(title="frontlog", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Conflict events extracted from news articles: the merged, corrected dataset. "
                              "Every error is {\"error\", \"detail\"}; unknown parameters are refused (400).")
    app.state.stores = stores
    # Middleware runs outermost last-added: the Host check comes before anything else, gzip wraps the answers.
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MIN_BYTES, compresslevel=6)
    if hosts is not None:
        app.add_middleware(HostGuard, hosts=hosts)

    # -- errors: one shape, no trace

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return _error(exc.status, exc.error, exc.detail)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        return _error(400, "bad parameter", _explain(request, errors[0]) if errors else "invalid request")

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

    # -- the page and the API's documentation (vendored: nothing is fetched from elsewhere)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return _offline(get_swagger_ui_html(
            openapi_url="/openapi.json", title="frontlog API",
            swagger_js_url=f"{DOCS_VENDOR}/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url=f"{DOCS_VENDOR}/swagger-ui/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_VENDOR}/swagger-ui/favicon-32x32.png",
            swagger_ui_parameters={"validatorUrl": None}))  # the default validator is a remote service

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return _offline(get_redoc_html(openapi_url="/openapi.json", title="frontlog API",
                                       redoc_js_url=f"{DOCS_VENDOR}/redoc/redoc.standalone.js",
                                       redoc_favicon_url=f"{DOCS_VENDOR}/swagger-ui/favicon-32x32.png",
                                       with_google_fonts=False))

    app.mount("/static", _GzippedStatic(directory=STATIC), name="static")

    api = APIRouter(prefix="/api", dependencies=[Depends(refuse_unknown)], responses=ERRORS)

    # -- read

    @api.get("/summary", responses={200: {"model": api_schema.Summary}})
    def summary() -> dict:
        """What the page needs first: counts, the date extent, the box around the points, the taxonomy."""
        store = stores.get()
        ext = cache.get((stores.stamp(), "extent"), lambda: queries.extent(store))
        types: dict[str, list[str]] = {t: [] for t in EVENT_TYPES}
        for sub, t in sorted(SUB_TO_TYPE.items()):
            types[t].append(sub)
        colours = cache.get((stores.stamp(), "colours"), lambda: page.colours(store))
        return {**ext, "event_types": types, "edits": allow_edits, "version": __version__, "colours": colours}

    @api.get("/events", response_model=None, responses={200: {
        "model": api_schema.EventsPage,
        "description": "format=json: a page of events; csv: the page as ACLED CSV; geojson: a FeatureCollection. "
                       "The X-Total-Count header holds the total in every format.",
        "content": {"text/csv": {"schema": {"type": "string"}},
                    "application/geo+json": {"schema": {"$ref": "#/components/schemas/EventFeatureCollection"}}},
        "headers": {"X-Total-Count": {"schema": {"type": "integer"}, "description": "every match"},
                    "X-Total-Exact": {"schema": {"type": "string"}, "description": "false: at least X-Total-Count"}}}})
    def events(
        f: Filtered,
        limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="events per page"),
                         _blank_is(DEFAULT_LIMIT)] = DEFAULT_LIMIT,
        page: Annotated[int, Query(ge=1, le=10**7, description="which page, from 1"), _blank_is(1)] = 1,
        format: Annotated[Literal["json", "csv", "geojson"], Query(
            description="json (a page with its total), csv (ACLED's columns) or geojson (RFC 7946)"),
            _blank_is("json")] = "json",
        sort: Annotated[str, Query(max_length=30, description=(
            "sort by one of " + ", ".join(queries.SORTS) + "; a leading - for descending")),
            _blank_is("date")] = "date",
    ) -> Response:
        """Matching events, a page at a time, oldest first: JSON {"events", "total", "page", "limit", "pages"}, or
        the page as ACLED CSV (format=csv) or a GeoJSON FeatureCollection (format=geojson)."""
        if sort.lstrip("-") not in queries.SORTS:
            raise bad("sort", sort, f"sort by one of {', '.join(queries.SORTS)} (a leading - for descending)")
        got = queries.page(stores.get(), f, limit, (page - 1) * limit, sort)
        pages = max(1, math.ceil(got.total / limit))
        if not got.exact and len(got.events) == limit:
            pages = max(pages, page + 1)  # a lower bound: there is at least one more page
        headers = {"X-Total-Count": str(got.total), "X-Total-Exact": "true" if got.exact else "false"}
        if format == "csv":
            return Response(_csv(got.events), media_type="text/csv; charset=utf-8", headers=headers)
        if format == "geojson":
            return Response(_geojson(got.events), media_type="application/geo+json", headers=headers)
        # JSONResponse directly: FastAPI's generic encoder walks every value and costs more than the query.
        return JSONResponse({"events": [event_record(ev) for ev in got.events], "total": got.total,
                             "total_exact": got.exact, "page": page, "limit": limit, "pages": pages},
                            headers=headers)

    @api.get("/events/{event_id}", responses={200: {"model": api_schema.EventDetail}, **NOT_FOUND})
    def event(event_id: EventId) -> dict:
        """One merged event: its record, every report of it (article title, date, link, evidence sentences and
        why it joined), its corrections and rejections."""
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
            "corrections": [_correction(c) for c in exp.corrections],
            "rejections": [{"id": r.id, "action": r.action, "note": r.note, "who": r.who, "at": r.at}
                           for r in exp.rejections],
        }

    @api.get("/clusters", responses={200: {"model": api_schema.Clusters}})
    def clusters(f: Filtered, zoom: Annotated[int, Query(
            ge=0, le=22, description="the map's zoom level (sets the grid's cell size)"), _blank_is(5)] = 5) -> dict:
        """The map's markers: matching events in bbox (required here) grouped on a grid for the zoom level (the
        page's one request per view; a single event is returned as itself, a dense cell as a cluster with
        counts)."""
        if f.bbox is None:
            raise bad("bbox", None, "required: the map view as west,south,east,north")
        box = f.bbox
        store = stores.get()

        def compute() -> dict:
            # total: every match of the filters and window, on the map or not (outside the view, no coordinates).
            return queries.clusters(store, f, box, zoom) | {"total": queries.count(store, replace(f, bbox=None))}

        return cache.get((stores.stamp(), "clusters", repr(f), zoom), compute)

    @api.get("/timeline", responses={200: {"model": api_schema.Timeline}})
    def timeline(
        f: Filtered,
        bucket: Annotated[api_schema.Bucket, Query(
            description="count per day, week (from Monday) or month, by the window's first day"),
            _blank_is("week")] = "week",
        by: Annotated[api_schema.TimelineBy, Query(
            description="one series per event type, actor (actor1; the 12 most frequent, the rest as Other) or "
                        "country"), _blank_is("event_type")] = "event_type",
        measure: Annotated[api_schema.Measure, Query(
            description="count events, or sum their fatalities"), _blank_is("events")] = "events",
    ) -> dict:
        """Events (or fatalities) per day, week or month, by event_type, actor or country; the filters of
        /api/events apply."""
        key = (stores.stamp(), "timeline", bucket, by, measure, repr(f))
        return cache.get(key, lambda: queries.timeline(stores.get(), f, bucket, by, measure=measure))

    @api.get("/actors", responses={200: {"model": api_schema.Actors}})
    def actors(q: Prefix = None, limit: Limit = 200) -> dict:
        """Actors (as actor1 or actor2) with their event counts, most frequent first; q filters by prefix."""
        key = (stores.stamp(), "actors", q, limit)
        return {"actors": cache.get(key, lambda: queries.actor_counts(stores.get(), q, limit))}

    @api.get("/places", responses={200: {"model": api_schema.Places}})
    def places(q: Prefix = None, limit: Limit = 200, country: Annotated[str | None, Query(
            max_length=100, description=f"only places in this country: {COUNTRY_HELP}"), Blank] = None) -> dict:
        """Places with their event counts (name, country, admin1, a point), and countries with theirs."""
        code = None
        if country:
            code = country_code(country)
            if code is None:
                raise bad("country", country, f"unknown country; give {COUNTRY_HELP}")
        key = (stores.stamp(), "places", q, code, limit)
        return cache.get(key, lambda: queries.place_counts(stores.get(), q, code, limit))

    @api.get("/control", responses={200: {"model": api_schema.ControlCollection}})
    def control(date: Annotated[dt.date, Query(
            description="the day (YYYY-MM-DD): who held each place then", examples=["2016-03-27"]), IsoDay],
            f: Filtered,
            stale_after_days: Annotated[int, Query(ge=1, le=100_000, description=(
                "a holding with no report for this many days is marked stale")),
                _blank_is(STALE_AFTER_DAYS)] = STALE_AFTER_DAYS) -> dict:
        """Who held which place on `date` (GeoJSON points: holder, since, besieged, conflict, evidence ids)."""
        day = date.isoformat()
        states = cache.get((stores.stamp(), "control", day), lambda: control_from_store(stores.get(), day))
        return to_geojson(matching(states, f), day, stale_after_days)

    @api.get("/labels", responses={200: {"model": api_schema.Labels}})
    def labels(bbox: Annotated[str, Query(max_length=200, description="the map view as west,south,east,north")],
               limit: Annotated[int, Query(ge=1, le=2000, description="at most this many"), _blank_is(300)] = 300
               ) -> dict:
        """Place names for the map view: the most populous GeoNames places (15,000 people or more) inside bbox,
        most populous first."""
        return {"labels": page.labels(_bbox(bbox), limit)}

    @api.get("/places/search", responses={200: {"model": api_schema.PlaceSearch}})
    def place_search(q: Annotated[str, Query(min_length=1, max_length=100, description="a place name, e.g. Aleppo")],
                     limit: Annotated[int, Query(ge=1, le=50, description="at most this many"), _blank_is(10)] = 10
                     ) -> dict:
        """Places named like q: the store's own (with their event counts), then the gazetteer's, aliases and
        near spellings included ("Nubl" finds "Nubul"), each with a point to jump to."""
        if not q.strip():
            raise bad("q", q, "give a place name of 1 to 100 characters, e.g. q=Aleppo")
        return {"places": page.search_places(stores.get(), q.strip(), limit)}

    # -- write

    @api.post("/events/{event_id}/corrections", openapi_extra={"requestBody": {
        "required": True, "content": {"application/json": {"schema": {
            "$ref": "#/components/schemas/CorrectionRequest"}}}}}, responses={
        200: {"model": api_schema.CorrectionsMade},
        401: {"model": api_schema.ErrorBody, "description": "no token sent"},
        403: {"model": api_schema.ErrorBody, "description": "read-only server, or the wrong token"},
        **NOT_FOUND})
    async def correct(event_id: EventId, request: Request) -> dict:
        """Correct an event (only when the server was started with --allow-edits; send the token it printed as
        `Authorization: Bearer TOKEN`). Body: {"set": {"fatalities": 12, "location": "Khanasir"}, "note": "why",
        "by": "who"}; the body is at most 64 KB of JSON."""
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
        values, note, who = _correction_body(await _json_body(request))
        return await _run_sync(lambda: _correct(event_id, values, note, who))

    def _correct(event_id: str, values: dict[str, str], note: str | None, who: str) -> dict:
        store = stores.get()
        if not store.has_event(event_id):
            store.refresh()
            if not store.has_event(event_id):
                raise ApiError(404, "not found", f"no event {event_id!r}: find ids with GET /api/events")
        try:
            made = store.correct(event_id, values, note, who)
        except StoreError as exc:
            raise ApiError(400, "bad correction", str(exc)) from None
        return {"corrections": [_correction(c) for c in made], "event": event_record(store.event(event_id))}

    app.include_router(api)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            app.openapi_schema = _openapi(app)
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app


def _openapi(app: FastAPI) -> dict[str, Any]:
    """FastAPI's schema with the truth about errors: a bad parameter is a 400 with the error shape, never the 422
    FastAPI documents by default; plus the models only referenced by hand (GeoJSON, the correction body)."""
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    for name in ("HTTPValidationError", "ValidationError"):
        components.pop(name, None)
    for item in schema["paths"].values():
        for operation in item.values():
            operation.get("responses", {}).pop("422", None)
    _, extra = models_json_schema(list(EXTRA_MODELS), ref_template="#/components/schemas/{model}")
    for name, model_schema in extra.get("$defs", {}).items():
        components.setdefault(name, model_schema)
    return schema


def _offline(page: HTMLResponse) -> HTMLResponse:
    page.headers["Content-Security-Policy"] = DOCS_CSP
    return page


def _correction(c: Any) -> dict:
    return {"id": c.id, "field": c.field, "value": c.value, "note": c.note, "who": c.who, "at": c.at}


async def _json_body(request: Request) -> Any:
    """The request's JSON, refusing (400, never 500) a body that is too big, not JSON, or nested too deep."""
    too_big = ApiError(400, "bad body", f"the body is over {MAX_BODY // 1024} KB: a correction is a few fields, "
                       f"e.g. {BODY_EXAMPLE}")
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise too_big
    raw = bytearray()
    async for chunk in request.stream():
        raw += chunk
        if len(raw) > MAX_BODY:
            raise too_big
    try:
        return json.loads(bytes(raw))
    except RecursionError:
        raise ApiError(400, "bad body", f"the JSON is nested too deep; send {BODY_EXAMPLE}") from None
    except ValueError:  # not JSON, not UTF-8, or a number too long to read
        raise ApiError(400, "bad body", f"send JSON: {BODY_EXAMPLE}") from None


def _correction_body(body: Any) -> tuple[dict[str, str], str | None, str]:
    """A correction body as `frontlog correct`'s --set values (text the store parses), its note and author; a
    body that does not fit CorrectionRequest is refused with what to send instead."""
    _refuse_surrogates(body)
    try:
        got = api_schema.CorrectionRequest.model_validate(body)
    except ValidationError as exc:
        raise ApiError(400, "bad body", _body_problem(exc.errors()[0])) from None
    sent = got.set.model_dump(exclude_unset=True)
    if not sent:
        raise ApiError(400, "bad body", f"give at least one field to set: {BODY_EXAMPLE}")
    values: dict[str, str] = {}
    for name, value in sent.items():
        if isinstance(value, list):
            value = ",".join(value)
        elif isinstance(value, dt.date):
            value = value.isoformat()
        values[name] = "null" if value is None else str(value)
    return values, got.note, got.by or "web"


def _body_problem(err: dict) -> str:
    loc = [str(x) for x in err.get("loc", ())]
    if err.get("type") == "extra_forbidden" and len(loc) == 2 and loc[0] == "set":
        return f"cannot set {loc[1]!r}: settable fields are {', '.join(sorted(SETTABLE))}"
    if len(loc) >= 2 and loc[0] == "set":
        return f"{loc[1]}={_show(err.get('input'))}: {err.get('msg', 'invalid')}"
    return f"{'.'.join(loc) or 'the body'}: {err.get('msg', 'invalid')}; send {BODY_EXAMPLE}"


def _refuse_surrogates(body: Any) -> None:
    """Python's JSON reader accepts "\\udc80" (half a UTF-16 pair); SQLite cannot store it. Walked without recursion:
    the body may be nested as deep as the reader allows."""
    stack = [body]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                raise ApiError(400, "bad body", f"{_show(item)} is not valid Unicode text (a lone surrogate "
                               "escape such as \\udc80): send the text as UTF-8") from None


async def _run_sync(fn: Callable[[], Any]) -> Any:
    # The store is blocking SQLite: run it on the worker threads like the sync endpoints.
    return await run_in_threadpool(fn)


def new_token() -> str:
    return secrets.token_urlsafe(24)


class _GzippedStatic(StaticFiles):
    """The page's files, each compressed once per version and kept: gzipping the 756 kB base map on every page
    load cost more time (0.1-0.4 s of CPU) than sending it; GZipMiddleware leaves an encoded answer alone."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.compressed: dict[tuple[str, int, int], bytes] = {}

    async def get_response(self, path: str, scope: Scope) -> Response:
        response = await super().get_response(path, scope)
        stat = getattr(response, "stat_result", None)
        if (not isinstance(response, FileResponse) or response.status_code != 200 or stat is None
                or stat.st_size < GZIP_MIN_BYTES or "gzip" not in Headers(scope=scope).get("accept-encoding", "")):
            return response
        key = (str(response.path), stat.st_mtime_ns, stat.st_size)
        body = self.compressed.get(key)
        if body is None:
            raw = Path(response.path).read_bytes()
            body = await run_in_threadpool(gzip.compress, raw, 9)
            self.compressed[key] = body
        headers = {k: v for k, v in response.headers.items() if k not in ("content-length", "accept-ranges")}
        headers.update({"content-encoding": "gzip", "vary": "Accept-Encoding"})
        return Response(body, status_code=200, headers=headers)


# ------------------------------------------------------------------------------------------------ hosts


def _host_key(name: str) -> str:
    """A Host header's name (no port), or a name given on the command line, in one comparable form."""
    name = name.strip().lower().rstrip(".")
    if name.startswith("["):  # [::1]:8000
        name = name[1:].partition("]")[0]
    elif name.count(":") == 1:  # example.org:8000 (more colons: a bare IPv6 address)
        name = name.partition(":")[0]
    try:
        return str(ipaddress.ip_address(name))
    except ValueError:
        return name


def _is_loopback(host: str) -> bool:
    key = _host_key(host)
    if key == "localhost":
        return True
    try:
        return ipaddress.ip_address(key).is_loopback
    except ValueError:
        return False


def allowed_hosts(bind: str, extra: Iterable[str] = ()) -> frozenset[str]:
    """The Host names a server bound to `bind` answers to: the address or name it was started with, `extra`
    (--allow-host), the loopback forms when bound to loopback, and this machine's names and addresses when bound
    to every interface. Anything else is refused, so a DNS-rebinding page cannot read the dataset."""
    names = {bind, *extra}
    if _is_loopback(bind):
        names.update(LOOPBACK_NAMES)
    elif _host_key(bind) in ("0.0.0.0", "::", ""):
        names.update(LOOPBACK_NAMES)
        names.update((socket.gethostname(), socket.getfqdn()))
        try:
            names.update(str(info[4][0]) for info in socket.getaddrinfo(socket.gethostname(), None))
        except OSError:
            pass  # a machine whose own name does not resolve: its addresses can be given with --allow-host
    return frozenset(_host_key(n) for n in names if n)


class HostGuard:
    """Refuses (400, the error shape) a request whose Host header is not one the server was started for."""

    def __init__(self, app: ASGIApp, hosts: Iterable[str]) -> None:
        self.app = app
        self.hosts = frozenset(_host_key(h) for h in hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            sent = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), "")
            if _host_key(sent) not in self.hosts:
                names = ", ".join(sorted(self.hosts))
                response = _error(400, "bad host", f"Host {_show(sent)} is not a name this server answers to "
                                  f"({names}): open it by one of those, or restart `frontlog serve` with "
                                  f"--allow-host NAME")
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


# ------------------------------------------------------------------------------------------------ serving


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port, or a ServeError that says which option to change."""
    import errno

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except (OSError, UnicodeError) as exc:
        why = getattr(exc, "strerror", None) or str(exc)
        raise ServeError(f"--host {host}: not a name or address of this machine ({why}); give e.g. --host "
                         "127.0.0.1 (this machine only) or --host 0.0.0.0 (every network)") from None
    family, kind, proto, _name, address = infos[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: restart over TIME_WAIT
        sock.bind(address)
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} is already in use on {host} (another frontlog serve?): stop that "
                             f"program or choose another port, e.g. --port {port + 1 if port < 65535 else 8000}") \
                from None
        if exc.errno == errno.EACCES:
            raise ServeError(f"--port {port}: not allowed for this user (ports below 1024 need root); "
                             "choose e.g. --port 8000") from None
        if exc.errno == errno.EADDRNOTAVAIL:
            raise ServeError(f"--host {host}: not an address of this machine; give e.g. --host 127.0.0.1 "
                             "(this machine only) or --host 0.0.0.0 (every network)") from None
        raise ServeError(f"cannot listen on {host} port {port} ({exc.strerror}): try another --host or "
                         "--port") from None
    return sock


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000, allow_edits: bool = False,
          out: Callable[[str], None] = print, allow_hosts: Iterable[str] = ()) -> None:
    """Run the app under uvicorn until interrupted (`frontlog serve`). Announces the address only once the port
    is bound; a port or host it cannot use raises ServeError."""
    import uvicorn

    token = new_token() if allow_edits else None
    hosts = allowed_hosts(host, allow_hosts)
    app = create_app(db, allow_edits=allow_edits, token=token, hosts=hosts)
    sock = bind(host, port)
    shown = f"[{host}]" if ":" in host else host
    out(f"frontlog: serving {db} at http://{shown}:{port}/ (API docs at /docs); Ctrl-C stops")
    if not _is_loopback(host):
        out(f"frontlog: warning: listening on {host}: other machines can read this dataset "
            f"(answering to the names {', '.join(sorted(hosts))}; add others with --allow-host)")
    if allow_edits:
        out(f"frontlog: edits allowed with the token {token} (header `Authorization: Bearer {token}`)")
    else:
        out("frontlog: read-only (start with --allow-edits to accept corrections)")
    config = uvicorn.Config(app, host=host, port=port, access_log=False,
                            log_level=os.environ.get("FRONTLOG_LOG_LEVEL", "warning"))
    try:
        uvicorn.Server(config).run(sockets=[sock])
    finally:
        sock.close()
