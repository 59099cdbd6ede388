"""The API's contract as pydantic models: what each endpoint answers, the error shape, the correction body.

The endpoints build their JSON with plain dicts (the library's own shapes, cheaper than validating a page of 10,000
events on every request); these models document those shapes in /openapi.json, and the tests (schemathesis over the
schema) check that every answer conforms. Models do not forbid extra fields, so a new field in an answer is not a
break; a field removed or retyped is, and the schema test says so.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from frontlog.dataset.queries import BUCKETS, MEASURES, TIMELINE_BY
from frontlog.dataset.storage import MAX_COUNT
from frontlog.model.records import EVENT_TYPES, SUB_TO_TYPE

# Built from the library's own tables, so the schema's choices are the ones the code accepts.
EventType = Literal[tuple(EVENT_TYPES)]  # type: ignore[valid-type]
SubEventType = Literal[tuple(SUB_TO_TYPE)]  # type: ignore[valid-type]
Bucket = Literal[BUCKETS]  # type: ignore[valid-type]
TimelineBy = Literal[tuple(TIMELINE_BY)]  # type: ignore[valid-type]
Measure = Literal[MEASURES]  # type: ignore[valid-type]
DatePrecision = Literal["day", "week", "month", "year"]


class ErrorBody(BaseModel):
    """Every answer other than 200: a short error name and a detail that says what was wrong and what to do."""

    error: str = Field(description="short name of the problem, e.g. 'bad parameter', 'not found'",
                       examples=["bad parameter"])
    detail: str = Field(description="what was wrong and what to send instead",
                        examples=["date_from='yesterday': not a date; write it as YYYY-MM-DD, e.g. 2016-03-27"])


class Source(BaseModel):
    doc_id: str = Field(description="the article's id")
    url: str | None = None
    title: str | None = None
    published: str | None = Field(None, description="publication date, YYYY-MM-DD")


class EventFields(BaseModel):
    """One merged event as the JSON Lines export writes it: the spec's record plus its id and every source."""

    id: str = Field(description="stable event id (a hash of its first report)")
    doc_id: str | None = Field(description="the first report's article id")
    event_type: EventType
    sub_event_type: SubEventType
    actor1: str | None
    actor2: str | None
    assoc_actors: list[str]
    location: str | None
    country: str | None = Field(description="ISO 3166 alpha-2 code")
    admin1: str | None = Field(description="the place's first-level region (GeoNames), as the extractor resolved it")
    inter1: int | None = Field(description="ACLED inter code of actor1 (1 state forces ... 8 external forces, 0 no "
                               "actor or one the actor table does not code); null for reports stored before "
                               "frontlog recorded codes")
    inter2: int | None = Field(description="ACLED inter code of actor2, as inter1")
    latitude: float | None
    longitude: float | None
    geo_precision: int | None = Field(description="1 the place itself, 2 near it or part of it, 3 a region")
    date_start: dt.date | None
    date_end: dt.date | None
    date_precision: DatePrecision | None
    fatalities: int | None = Field(description="the lowest reported figure; null when none was reported")
    fatalities_reported: list[int]
    count: int | None
    claimed_by: str | None
    evidence: list[str] = Field(description="the sentences that report the event")
    confidence: float
    url: str | None
    sources: list[Source]
    corrected: list[str] = Field(description="fields an analyst corrected")


class EventRecord(EventFields):
    n_mentions: int = Field(description="how many reports joined this event")
    rejected: bool
    updated_at: int = Field(description="Unix time of the last change (a new report or a correction)")


class EventsPage(BaseModel):
    events: list[EventRecord]
    total: int = Field(description="every match of the filters, over all pages (at least this many when "
                                   "total_exact is false)")
    total_exact: bool = Field(True, description="false when a free text (q) matched more events than the count "
                                                "stops at (10,000): total and pages are then lower bounds")
    page: int
    limit: int
    pages: int


class Point(BaseModel):
    type: Literal["Point"]
    coordinates: list[float] = Field(description="[longitude, latitude] (RFC 7946)", min_length=2, max_length=2)


class EventProperties(EventFields):
    id: str | None = None  # the Feature carries the id


class EventFeature(BaseModel):
    type: Literal["Feature"]
    id: str
    geometry: Point | None
    properties: EventProperties


class EventFeatureCollection(BaseModel):
    type: Literal["FeatureCollection"]
    features: list[EventFeature]


class Mention(BaseModel):
    """One report of an event: what its article said and why it joined the event."""

    mention_id: str
    doc_id: str
    title: str | None
    published: str | None
    url: str | None
    reason: str | None = Field(description="why this report joined the event")
    evidence: list[str]
    sub_event_type: SubEventType
    location: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    actor1: str | None
    actor2: str | None
    fatalities: int | None


class CorrectionOut(BaseModel):
    id: int
    field: str
    value: Any = Field(description="the value set (text, number, list or null)")
    note: str | None
    who: str
    at: str


class RejectionOut(BaseModel):
    id: int
    action: str = Field(description="'reject' or 'restore'")
    note: str | None
    who: str
    at: str


class EventDetail(BaseModel):
    event: EventRecord
    mentions: list[Mention]
    corrections: list[CorrectionOut]
    rejections: list[RejectionOut]


class Summary(BaseModel):
    events: int
    first_day: dt.date | None = Field(description="where the page's first view starts (the bulk of the war)")
    last_day: dt.date | None
    earliest_day: dt.date | None
    bounds: list[float] | None = Field(description="[min_lat, min_lon, max_lat, max_lon] around every point")
    event_types: dict[str, list[str]] = Field(description="each event type with its sub-event types")
    edits: bool = Field(description="whether this server accepts corrections")
    version: str
    colours: dict[str, Any] = Field(description="the page's fixed colours per event type and per holder")


class ClusterEvent(BaseModel):
    """A grid cell that holds one event: the event itself."""

    kind: Literal["event"]
    latitude: float
    longitude: float
    count: Literal[1]
    id: str
    event_type: EventType
    sub_event_type: SubEventType
    location: str | None
    date_start: dt.date | None
    fatalities: int | None


class ClusterCell(BaseModel):
    """A grid cell of several events: their count, counts by type, fatalities and extent."""

    kind: Literal["cluster"]
    latitude: float
    longitude: float
    count: int
    event_type: EventType = Field(description="the most frequent type in the cell")
    by_type: dict[str, int]
    fatalities: int
    bounds: list[float] = Field(description="[min_lat, min_lon, max_lat, max_lon]")


class Clusters(BaseModel):
    zoom: int
    cell_degrees: float
    in_view: int
    total: int = Field(description="every match of the filters, in the view or not")
    cells: list[ClusterEvent | ClusterCell]


class Series(BaseModel):
    key: str
    total: int
    counts: list[int] = Field(description="one count per bucket")


class Timeline(BaseModel):
    bucket: Bucket
    by: TimelineBy
    buckets: list[dt.date] = Field(description="each bucket's first day, every bucket from the first to the last")
    total: int
    series: list[Series]


class ActorCount(BaseModel):
    name: str
    count: int


class Actors(BaseModel):
    actors: list[ActorCount]


class PlaceCount(BaseModel):
    name: str
    country: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    count: int


class CountryCount(BaseModel):
    code: str
    count: int


class Places(BaseModel):
    places: list[PlaceCount]
    countries: list[CountryCount]


class Claim(BaseModel):
    holder: str | None
    since: dt.date
    window: list[dt.date]
    event_id: str
    doc_ids: list[str]


class ControlProperties(BaseModel):
    place: str
    country: str | None
    at: dt.date
    holder: str | None = Field(description="null when unknown or when sources conflict")
    since: dt.date | None
    besieged: bool
    besieged_by: str | None
    conflict: bool
    claims: list[Claim]
    evidence: list[str] = Field(description="ids of the events that support the state")
    last_confirmed: dt.date | None = Field(None, description="the last day a report confirms the holding")
    stale: bool = Field(False, description="no report for stale_after_days days before the date")
    reports: list[str] | None = Field(None, description="the articles (doc ids) whose reports support the holding")


class ControlFeature(BaseModel):
    type: Literal["Feature"]
    geometry: Point | None
    properties: ControlProperties


class ControlCollection(BaseModel):
    type: Literal["FeatureCollection"]
    features: list[ControlFeature]


class CorrectionFields(BaseModel):
    """The fields an analyst may set (the store's SETTABLE; `frontlog correct --set`). null clears a field."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"minProperties": 1})

    sub_event_type: SubEventType | None = None
    actor1: str | None = Field(None, max_length=200)
    actor2: str | None = Field(None, max_length=200)
    assoc_actors: list[Annotated[str, Field(max_length=200)]] | None = Field(None, max_length=50)
    location: str | None = Field(None, max_length=200, description="a gazetteer place: its coordinates come too")
    country: str | None = Field(None, pattern="^[A-Za-z]{2}$", description="ISO 3166 alpha-2 code")
    admin1: str | None = Field(None, max_length=200)
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    geo_precision: int | None = Field(None, ge=1, le=3)
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_precision: DatePrecision | None = None
    fatalities: int | None = Field(None, ge=0, le=MAX_COUNT)
    count: int | None = Field(None, ge=0, le=MAX_COUNT)
    claimed_by: str | None = Field(None, max_length=200)


class CorrectionRequest(BaseModel):
    """The body of POST /api/events/{id}/corrections (the fields of `frontlog correct`)."""

    set: CorrectionFields = Field(description="fields to set and their values (at least one)",
                                  examples=[{"fatalities": 12, "location": "Khanasir"}])
    note: str | None = Field(None, max_length=2000, description="why")
    by: str | None = Field(None, max_length=200, description="who (default 'web')")


class CorrectionsMade(BaseModel):
    corrections: list[CorrectionOut]
    event: EventRecord


class Label(BaseModel):
    name: str
    latitude: float
    longitude: float
    population: int
    country: str


class Labels(BaseModel):
    labels: list[Label]


class PlaceHit(BaseModel):
    name: str
    country: str | None
    latitude: float
    longitude: float
    events: int | None = None
    source: str


class PlaceSearch(BaseModel):
    places: list[PlaceHit]
