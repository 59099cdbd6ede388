"""The typed records passed between stages: Article in, Event out (fields of shared/spec/EVENTS.md)."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field, fields
from enum import StrEnum
from pathlib import Path

# The taxonomy is data (knowledge/data/taxonomy.tsv) read here with a plain file read: model imports nothing
# from knowledge, and the file is 30 lines.
TAXONOMY_FILE = Path(__file__).resolve().parents[1] / "knowledge" / "data" / "taxonomy.tsv"


def _load_taxonomy(path: Path) -> tuple[dict[str, tuple[str, ...]], dict[str, frozenset[str]]]:
    """(event type -> its sub-event types in the spec's order, sub-event type -> the sub-types it subsumes)."""
    types: dict[str, list[str]] = {}
    subsumes: dict[str, frozenset[str]] = {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    for n, line in enumerate(lines[1:], 2):  # the first line names the columns
        cells = line.split("\t")
        if len(cells) != 3:
            raise ValueError(f"{path}: row {n} must have 3 tab-separated cells (event_type, sub_event_type, "
                             f"subsumes), got {line!r}")
        typ, sub, absorbed = cells
        types.setdefault(typ, []).append(sub)
        if absorbed:
            subsumes[sub] = frozenset(absorbed.split(","))
    return {t: tuple(subs) for t, subs in types.items()}, subsumes


EVENT_TYPES, SUBSUMES = _load_taxonomy(TAXONOMY_FILE)
SUB_TO_TYPE: dict[str, str] = {sub: typ for typ, subs in EVENT_TYPES.items() for sub in subs}


def _member(name: str) -> str:
    """The enumeration member that names a taxonomy entry: "Air/drone strike" -> AIR_DRONE_STRIKE."""
    return re.sub(r"\W+", "_", name).strip("_").upper()


# The taxonomy as enumerations, so code names a type by a member checked at import (SubType.ARMED_CLASH) rather
# than by its text. Members are strings equal to the taxonomy's names: records and output are unchanged.
EventType = StrEnum("EventType", [(_member(t), t) for t in EVENT_TYPES])  # type: ignore[misc]
SubType = StrEnum("SubType", [(_member(s), s) for s in SUB_TO_TYPE])  # type: ignore[misc]


@dataclass
class Article:
    """One news article as read from disk or a stream."""

    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None  # where it was read from, for error messages


@dataclass
class Event:
    """One coded event: the spec's fields plus confidence, url, and what the extractor knows of them that the
    dataset and its exports need: the place's admin-1 region and the actors' ACLED inter codes."""

    doc_id: str
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    actor2: str | None = None
    assoc_actors: list[str] = field(default_factory=list)
    location: str | None = None
    country: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    date_start: str | None = None
    date_end: str | None = None
    date_precision: str | None = None
    fatalities: int | None = None
    count: int | None = None
    claimed_by: str | None = None
    evidence: list[str] = field(default_factory=list)
    confidence: float = 0.5
    url: str | None = None
    # The first-level region of the resolved place, from the gazetteer the extractor resolved it in (ACLED's admin1).
    admin1: str | None = None
    # ACLED's inter codes of actor1 and actor2 (1 state forces ... 8 external forces; 0 no actor or one the actor
    # table does not code), from the actor table and the event's country (knowledge/actors.py, inter_code).
    # None only in reports stored before frontlog recorded them.
    inter1: int | None = None
    inter2: int | None = None
    # False when the gazetteer did not know the place: `location` is the name as written, the coordinates and
    # geo_precision those of the place the text locates it by ("north of X", "in Y region").
    location_resolved: bool = True
    # The ids of the extractor's rules that made the record and set its fields (frontlog.extract.rules);
    # written out only when asked (`frontlog extract --explain`).
    rules: list[str] | None = None

    def __post_init__(self) -> None:
        if SUB_TO_TYPE.get(self.sub_event_type) != self.event_type:
            raise ValueError(f"sub_event_type {self.sub_event_type!r} does not belong to {self.event_type!r}")

    def to_dict(self, with_rules: bool = False) -> dict:
        # What dataclasses.asdict gives (the lists copied), without its deep copy of every value: a quarter of the
        # time, and the parent of --jobs N writes every event of the run.
        out = {name: list(value) if isinstance(value, list) else value
               for name in _EVENT_FIELDS for value in (getattr(self, name),)}
        if not with_rules:
            del out["rules"]
        return out

    def to_json(self, with_rules: bool = False) -> str:
        # sort_keys off: field order is the spec's order; ensure_ascii off keeps evidence readable.
        return json.dumps(self.to_dict(with_rules), ensure_ascii=False)


_EVENT_FIELDS = tuple(f.name for f in fields(Event))


def precision_for(start: dt.date, end: dt.date) -> str:
    """The spec's date_precision for a window: 1 day, <=7 days week, <=92 days month, else year."""
    days = (end - start).days + 1
    if days <= 1:
        return "day"
    if days <= 7:
        return "week"
    if days <= 92:
        return "month"
    return "year"
