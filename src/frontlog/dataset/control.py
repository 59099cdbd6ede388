"""Control over time: who held each place, from which date, on what evidence — derived from the events.

Rules:
- A capture (Government regains territory, Non-state actor overtakes territory) or a Non-violent transfer of
  territory makes its actor1 the holder of its place from the day the act is certain: the end of its window
  (fighting from the 1st that ended in a capture by the 4th gives control from the 4th). A capture by an
  unnamed force sets no holder.
- An Agreement changes hands only when its evidence says so (hand over, surrender, evacuation, withdrawal):
  a truce between two sides leaves the holder as it was. The agreement's actor1 is then the new holder.
- An Armed clash whose evidence speaks of a siege (siege, besieged, encircled, surrounded) marks its place
  besieged from the window's start, by its actor1, until the place changes hands or SIEGE_LAPSE_DAYS after the
  last report of the siege (a siege nobody mentions any more is not assumed to go on for ever).
- Two claims of different holders whose windows overlap, from different articles, are a conflict: the interval
  lists every claim and names no holder. Claims from one article are a sequence the article tells (taken, then
  lost) and are ordered by date.
Each interval carries the ids of the events it rests on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontlog.dataset.storage import EventStore, Filters

CONTROL_SUBS = ("Government regains territory", "Non-state actor overtakes territory",
                "Non-violent transfer of territory")
AGREEMENT = "Agreement"
SIEGE_WORDS = re.compile(r"\b(siege|besieg\w*|encircl\w*|surround(?:ed|ing)?|blockad\w*)\b", re.IGNORECASE)
HANDOVER_WORDS = re.compile(r"\b(hand(?:ed|s|ing)?\s+over|handover|surrender\w*|evacuat\w*|withdr[ae]w\w*)\b",
                            re.IGNORECASE)
SIEGE_LAPSE_DAYS = 60
# A holding nobody has reported for this long is shown as unconfirmed (a front moves; an old capture is not a fact
# about today). The API's stale_after_days overrides it.
STALE_AFTER_DAYS = 180


@dataclass
class Claim:
    holder: str | None
    since: str  # the day the claim holds from (its event's window end)
    window: tuple[str, str]
    event_id: str
    doc_ids: frozenset[str]


@dataclass
class Interval:
    since: str
    until: str | None  # exclusive; None = still
    holder: str | None  # None when the claims conflict
    claims: list[Claim] = field(default_factory=list)
    conflict: bool = False

    @property
    def evidence(self) -> list[str]:
        return list(dict.fromkeys(c.event_id for c in self.claims))


@dataclass
class Siege:
    start: str
    last_report: str
    by: str | None
    event_ids: list[str]
    doc_ids: set[str] = field(default_factory=set)


@dataclass
class PlaceHistory:
    place: str
    country: str | None
    latitude: float | None
    longitude: float | None
    intervals: list[Interval] = field(default_factory=list)
    sieges: list[Siege] = field(default_factory=list)


@dataclass
class PlaceState:
    """A place on one day: its holder (None when unknown or conflicting), whether it is besieged, the evidence."""

    place: str
    country: str | None
    latitude: float | None
    longitude: float | None
    holder: str | None
    since: str | None
    besieged: bool
    besieged_by: str | None
    conflict: bool
    claims: list[dict]
    evidence: list[str]
    last_confirmed: str | None = None  # the last day a report (capture, hand-over or siege) speaks of this state
    reports: list[str] = field(default_factory=list)  # the articles (doc ids) behind it


def is_siege(ev: dict) -> bool:
    return ev["sub_event_type"] == "Armed clash" and any(SIEGE_WORDS.search(s) for s in ev["evidence"])


def _claim(ev: dict) -> Claim | None:
    # A capture by an unnamed force says the place changed hands but not to whom: it sets no holder.
    if not ev["date_start"] or not ev["date_end"] or not ev["actor1"]:
        return None
    if ev["sub_event_type"] in CONTROL_SUBS or (
            ev["sub_event_type"] == AGREEMENT and any(HANDOVER_WORDS.search(s) for s in ev["evidence"])):
        return Claim(ev["actor1"], ev["date_end"], (ev["date_start"], ev["date_end"]), ev["id"],
                     frozenset(s["doc_id"] for s in ev["sources"]))
    return None


def _conflicting(a: Claim, b: Claim) -> bool:
    """Different holders for overlapping times, told by different articles."""
    return (a.holder != b.holder and a.window[0] <= b.window[1] and b.window[0] <= a.window[1]
            and not (a.doc_ids & b.doc_ids))


def histories(events: Iterable[dict]) -> dict[tuple[str, str | None], PlaceHistory]:
    """Control intervals and sieges of every place the events name."""
    by_place: dict[tuple[str, str | None], PlaceHistory] = {}
    claims: dict[tuple[str, str | None], list[Claim]] = {}
    for ev in events:
        if not ev["location"]:
            continue
        key = (ev["location"], ev["country"])
        claim = _claim(ev)
        siege = is_siege(ev) and ev["date_start"] is not None
        if claim is None and not siege:
            continue
        hist = by_place.setdefault(key, PlaceHistory(ev["location"], ev["country"], ev["latitude"], ev["longitude"]))
        if claim is not None:
            claims.setdefault(key, []).append(claim)
        if siege:
            hist.sieges.append(Siege(ev["date_start"], ev["date_end"] or ev["date_start"], ev["actor1"], [ev["id"]],
                                     {s["doc_id"] for s in ev["sources"]}))
    for key, hist in by_place.items():
        hist.intervals = _intervals(claims.get(key, []))
        hist.sieges = _join_sieges(hist.sieges)
    return by_place


def _intervals(claims: list[Claim]) -> list[Interval]:
    out: list[Interval] = []
    for c in sorted(claims, key=lambda c: (c.since, c.window[0], c.event_id)):
        cur = out[-1] if out else None
        if cur is not None and any(_conflicting(c, o) for o in cur.claims):
            cur.claims.append(c)
            cur.conflict = True
            cur.holder = None
            continue
        if cur is not None and not cur.conflict and cur.holder == c.holder:
            cur.claims.append(c)  # the same holder reported again: more evidence, same interval
            continue
        if cur is not None:
            cur.until = c.since
        out.append(Interval(c.since, None, c.holder, [c]))
    return out


def _join_sieges(sieges: list[Siege]) -> list[Siege]:
    """Reports of one siege (same besieger, within the lapse of each other) become one siege."""
    out: list[Siege] = []
    for s in sorted(sieges, key=lambda s: (s.start, s.event_ids)):
        prev = out[-1] if out else None
        if prev is not None and prev.by == s.by and _days(prev.last_report, s.start) <= SIEGE_LAPSE_DAYS:
            prev.last_report = max(prev.last_report, s.last_report)
            prev.event_ids.extend(s.event_ids)
            prev.doc_ids |= s.doc_ids
        else:
            out.append(Siege(s.start, s.last_report, s.by, list(s.event_ids), set(s.doc_ids)))
    return out


def _days(a: str, b: str) -> int:
    return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days


def state_at(hist: PlaceHistory, day: str) -> PlaceState | None:
    """The place on `day`, or None when nothing is known of it then."""
    interval = next((iv for iv in hist.intervals if iv.since <= day and (iv.until is None or day < iv.until)),
                    None)
    siege = None
    for s in hist.sieges:
        if not (s.start <= day and _days(s.last_report, day) <= SIEGE_LAPSE_DAYS):
            continue
        # A change of hands after the siege began ends it (the siege was broken or the place fell).
        broken = any(s.start < iv.since <= day for iv in hist.intervals)
        if not broken:
            siege = s
    if interval is None and siege is None:
        return None
    # Only what was reported by `day`: a later report of the same holder confirms it later, not now.
    known = [c for c in (interval.claims if interval else []) if c.since <= day]
    claims = [{"holder": c.holder, "since": c.since, "window": list(c.window), "event_id": c.event_id,
               "doc_ids": sorted(c.doc_ids)} for c in known]
    evidence = [c.event_id for c in known] + (siege.event_ids if siege else [])
    confirmed = [c.window[1] for c in known] + ([min(siege.last_report, day)] if siege else [])
    reports = sorted({d for c in known for d in c.doc_ids} | (siege.doc_ids if siege else set()))
    return PlaceState(
        place=hist.place, country=hist.country, latitude=hist.latitude, longitude=hist.longitude,
        holder=interval.holder if interval else None, since=interval.since if interval else None,
        besieged=siege is not None, besieged_by=siege.by if siege else None,
        conflict=bool(interval and interval.conflict), claims=claims, evidence=list(dict.fromkeys(evidence)),
        last_confirmed=max(confirmed) if confirmed else None, reports=reports)


def control_at(events: Iterable[dict], day: str | dt.date) -> list[PlaceState]:
    """Every place with a known holder or siege on `day`, sorted by country and name."""
    when = day.isoformat() if isinstance(day, dt.date) else dt.date.fromisoformat(day).isoformat()
    out = []
    for _key, hist in sorted(histories(events).items(), key=lambda kv: (kv[0][1] or "", kv[0][0])):
        st = state_at(hist, when)
        if st is not None:
            out.append(st)
    return out


def is_stale(st: PlaceState, day: str, stale_after_days: int = STALE_AFTER_DAYS) -> bool:
    """No report of this state for more than `stale_after_days` before `day`: shown as unconfirmed."""
    return st.last_confirmed is None or _days(st.last_confirmed, day) > stale_after_days


def to_geojson(states: list[PlaceState], day: str, stale_after_days: int = STALE_AFTER_DAYS) -> dict:
    """RFC 7946 FeatureCollection: one Point per place ([longitude, latitude]), with since when, when it was last
    confirmed, whether that is too long ago (`stale`), and the events and articles it rests on."""
    features = []
    for st in states:
        geometry = ({"type": "Point", "coordinates": [st.longitude, st.latitude]}
                    if st.latitude is not None and st.longitude is not None else None)
        features.append({"type": "Feature", "geometry": geometry, "properties": {
            "place": st.place, "country": st.country, "at": day, "holder": st.holder, "since": st.since,
            "last_confirmed": st.last_confirmed, "stale": is_stale(st, day, stale_after_days),
            "besieged": st.besieged, "besieged_by": st.besieged_by, "conflict": st.conflict, "claims": st.claims,
            "evidence": st.evidence, "reports": st.reports}})
    return {"type": "FeatureCollection", "features": features, "stale_after_days": stale_after_days}


def matching(states: list[PlaceState], filters: Filters) -> list[PlaceState]:
    """The states the page's filters keep: the place's country and point (country, bbox), a side involved
    (actor: holder, any claimant or besieger, so a contested place stays visible with its rival claim), and text
    in the place's name. Filters on event type do not apply: control is read from captures whatever is shown."""
    from frontlog.dataset.storage import within

    out = []
    for st in states:
        if filters.country and st.country != filters.country:
            continue
        if filters.bbox is not None:
            south, west, north, east = filters.bbox
            if st.latitude is None or st.longitude is None or not (
                    south <= st.latitude <= north and west <= st.longitude <= east):
                continue
        if filters.near is not None and not within(st.latitude, st.longitude, filters.near):
            continue
        if filters.actor and filters.actor not in {st.holder, st.besieged_by, *(c["holder"] for c in st.claims)}:
            continue
        if filters.text and filters.text.casefold() not in st.place.casefold():
            continue
        out.append(st)
    return out


def holders(store: EventStore) -> list[str]:
    """Every side that ever held a place in the store, the most frequent first (the page's stable colour order).
    Counted in SQL over the capture sub-types and the agreements whose evidence speaks of a hand-over (a close
    reading of HANDOVER_WORDS: the order only decides which fallback colour a side gets)."""
    handover = " OR ".join(["evidence LIKE ?"] * 5)
    rows = list(store.rows(
        "SELECT actor1, count(*) AS n FROM events WHERE rejected = 0 AND actor1 IS NOT NULL AND date_start IS NOT NULL "
        f"AND (sub_event_type IN ({', '.join('?' * len(CONTROL_SUBS))}) OR (sub_event_type = ? AND ({handover}))) "
        "GROUP BY actor1 ORDER BY n DESC, actor1",
        [*CONTROL_SUBS, AGREEMENT, "%hand%over%", "%surrender%", "%evacuat%", "%withdr%", "%handover%"]))
    return [r[0] for r in rows]


def control_from_store(store: EventStore, day: str | dt.date) -> list[PlaceState]:
    """Every place's state on `day` from a store's events (`frontlog control` and the API's /api/control): only
    the sub-types that can set a holder or a siege are read, and only those that began by `day`."""
    from frontlog.dataset.storage import Filters

    when = day.isoformat() if isinstance(day, dt.date) else dt.date.fromisoformat(day).isoformat()
    events = [ev for sub in (*CONTROL_SUBS, AGREEMENT, "Armed clash")
              for ev in store.events(Filters(sub_event_type=sub, until=when))]
    return control_at(events, when)
