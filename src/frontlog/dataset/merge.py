"""Merging across articles: every report of one act becomes one event that lists all its sources.

`merge.merge_within_article` has already folded the tellings of an act inside one article; here the mentions of
different articles are clustered. Two mentions are the same act when (all of):

- the sub-event type is the same (a clash and the capture it ends in, a siege and its breaking, are two events);
- the places are close enough for how precisely each is known: within 10 km when both are precision 1 (the place
  itself), 25 km when one is precision 2 (near / part of a town), the same name when one is only a region (3);
- the date windows overlap; the event keeps the intersection, so two strikes on different days (disjoint
  windows) never meet, and a mention joins only while the intersection stays non-empty;
- the actors do not clash: no two different actor1 or actor2 (None agrees with anything); an armed clash may be
  told from either side, so its actor pair may also agree reversed;
- the mentions come from different articles: an article that kept two acts apart is trusted to mean two.

Clustering is complete-linkage on places (a mention must be close to every member, so chains of 9 km steps cannot
drift across a province) and greedy in a fixed order: mentions sorted by window start, publication, article id and
position. The result depends only on the set of mentions, not on the order they were ingested in, which makes an
interrupted ingest converge to the same dataset as an uninterrupted one. Among several open events a mention could
join, it joins the nearest (then the one whose window is closest in length).

Event ids are a stable hash of the event's first mention, and mention ids a stable hash of what the mention says
(article, sub-type, place, first evidence sentence), so ids survive re-extraction when the extractor's reading of
an act does not change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from frontlog.model.geo import between as km
from frontlog.model.records import Event, precision_for

# Distance within which two reports of one act may place it, by the coarser of the two geo precisions.
MAX_KM_BY_PRECISION = {1: 10.0, 2: 25.0}
SYMMETRIC_SUBS = frozenset({"Armed clash"})  # "A fought B" and "B fought A" are one battle
# A place changes hands once in a window, so a vague report of a capture ("IS took Palmyra in 2015") is the precise
# one ("in May 2015"). Strikes and clashes recur: a vague background reference ("strikes have hit Palmyra this
# year") cannot be pinned to one dated strike, so a window over VAGUE_DAYS never joins one of SPECIFIC_DAYS or less.
ONCE_PER_WINDOW_SUBS = frozenset({"Government regains territory", "Non-state actor overtakes territory",
                                  "Non-violent transfer of territory", "Agreement",
                                  "Headquarters or base established"})
VAGUE_DAYS, SPECIFIC_DAYS = 31, 7


def mention_id(doc_id: str, ev: Event, taken: set[str] | None = None) -> str:
    """A stable id for one article's record of an act (same reading, same id, across re-extraction).

    Two records of one article that read the same (rare: one sentence, one place, one sub-type) get #2, #3... in
    text order; `taken` holds the ids already given in this article."""
    first = ev.evidence[0] if ev.evidence else ""
    base = "\x1f".join((doc_id, ev.sub_event_type, ev.location or "", first))
    candidate = "m-" + hashlib.sha1(base.encode("utf-8")).hexdigest()[:16]
    n = 2
    while taken is not None and candidate in taken:
        candidate = "m-" + hashlib.sha1(f"{base}\x1f#{n}".encode()).hexdigest()[:16]
        n += 1
    if taken is not None:
        taken.add(candidate)
    return candidate


EVENT_ID_HEX = 16  # 64 bits: a collision among 10 M events is about 1 in 300,000 (48 bits: 16%)


def event_id(anchor_mention_id: str) -> str:
    """An event's id: a stable hash of its first mention's id (64 bits; the 48-bit ids of stores made before
    schema 5 are its first 12 hex digits, see `legacy_event_id`)."""
    return "ev-" + hashlib.sha1(anchor_mention_id.encode("utf-8")).hexdigest()[:EVENT_ID_HEX]


def legacy_event_id(anchor_mention_id: str) -> str:
    """The 48-bit id the same event had before schema 5 (a prefix of its id now)."""
    return event_id(anchor_mention_id)[:3 + 12]


# A block is the unit of re-clustering: mentions merge only inside one, and a new report rebuilds only its own.
# Inside sub-type x country, blocks are cut by the year the window ends in and a grid cell of CELL_DEGREES, so a
# block's size (and a rebuild's cost) stays flat however large the archive grows. Reports of one act share the
# place name and point (or lie within 25 km) and end in one year, so a cut separates two reports of one act only
# when their points straddle a grid line or their windows end either side of New Year.
CELL_DEGREES = 1.0


def block_of(ev: Event) -> str:
    """The block of a mention: 'sub-type|country|year|cell' (see CELL_DEGREES)."""
    return block_key(ev.sub_event_type, ev.country, ev.date_start, ev.date_end, ev.latitude, ev.longitude)


def block_key(sub_event_type: str, country: str | None, date_start: str | None, date_end: str | None,
              latitude: float | None, longitude: float | None) -> str:
    """block_of from a stored mention's columns."""
    day = date_end or date_start
    year = day[:4] if day else "-"
    if latitude is None or longitude is None:
        cell = "-"
    else:
        cell = f"{math.floor(latitude / CELL_DEGREES)}:{math.floor(longitude / CELL_DEGREES)}"
    return f"{sub_event_type}|{country or ''}|{year}|{cell}"


@dataclass
class Mention:
    """One article's record of an act, as stored: the extractor's Event plus ids and the article's date."""

    id: str
    article_id: str
    seq: int
    event: Event
    published: str | None = None
    title: str | None = None
    article_url: str | None = None
    source: str | None = None  # the publisher's name (ACLED's `source` column)

    def order_key(self) -> tuple:
        return (self.event.date_start or "9999-99-99", self.published or "9999-99-99", self.article_id, self.seq,
                self.id)


@dataclass
class MergedEvent:
    """One act across all its reports. Field names follow the spec's record."""

    id: str
    anchor_mention: str
    event_type: str
    sub_event_type: str
    actor1: str | None
    actor2: str | None
    assoc_actors: list[str]
    location: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    date_start: str | None
    date_end: str | None
    date_precision: str | None
    fatalities: int | None
    fatalities_reported: list[int]
    count: int | None
    claimed_by: str | None
    evidence: list[str]
    confidence: float
    url: str | None
    mention_ids: list[str]
    reasons: dict[str, str]
    sources: list[dict] = field(default_factory=list)  # {doc_id, url, title, published, source} per article
    admin1: str | None = None  # the admin-1 region the extractor gave the chosen place
    inter1: int | None = None  # ACLED inter codes of actor1 and actor2 as their reports coded them
    inter2: int | None = None
    location_resolved: bool = True  # False: the gazetteer did not know the place (model/records.py Event)


# ------------------------------------------------------------------------------------------ compatibility


def place_limit(a: Event, b: Event) -> float | None:
    """How far apart two reports may place one act, in km; None when only the same name will do."""
    coarser = max(a.geo_precision or 1, b.geo_precision or 1)
    return MAX_KM_BY_PRECISION.get(coarser)


def place_reason(a: Event, b: Event) -> str | None:
    """Why two places can be the same act's, or None when they cannot."""
    if a.country and b.country and a.country != b.country:
        return None
    if a.location and a.location == b.location:
        return f"same place ({a.location})"
    limit = place_limit(a, b)
    if limit is None:
        return None  # a region-level report only meets a report naming the same region
    dist = km(a, b)
    if dist is None or dist > limit:
        return None
    return (f"{dist:.1f} km between {a.location} and {b.location} (limit {limit:.0f} km at precision "
            f"{max(a.geo_precision or 1, b.geo_precision or 1)})")


def _agree(x: str | None, y: str | None) -> bool:
    return x is None or y is None or x == y


def actors_reason(sub: str, a1: str | None, a2: str | None, b1: str | None, b2: str | None) -> str | None:
    """Why two actor pairs can be the same act's, or None when they clash."""
    if _agree(a1, b1) and _agree(a2, b2):
        return f"actors agree ({b1 or 'unnamed'} / {b2 or 'none'})"
    if sub in SYMMETRIC_SUBS and _agree(a1, b2) and _agree(a2, b1):
        return f"actors agree reversed ({b1 or 'unnamed'} / {b2 or 'none'}: a clash told from the other side)"
    return None


def _intersect(s1: str | None, e1: str | None, s2: str | None, e2: str | None) -> tuple[str, str] | None:
    if s1 is None or s2 is None or e1 is None or e2 is None:
        return None
    start, end = max(s1, s2), min(e1, e2)
    return (start, end) if start <= end else None


def compatible(a: Event, b: Event) -> tuple[bool, str]:
    """Could two mentions from different articles be one act? (ok, why or why not), for tests and review."""
    if a.sub_event_type != b.sub_event_type:
        return False, f"different sub-types ({a.sub_event_type} / {b.sub_event_type})"
    place = place_reason(a, b)
    if place is None:
        return False, f"places too far apart for their precision ({a.location} / {b.location})"
    if (a.date_start is None) != (b.date_start is None):
        return False, "one report has no date window"
    if a.date_start is not None and _intersect(a.date_start, a.date_end, b.date_start, b.date_end) is None:
        return False, f"date windows do not overlap ({a.date_start}..{a.date_end} / {b.date_start}..{b.date_end})"
    if _vague_meets_specific(a.sub_event_type, _days(a.date_start, a.date_end), _days(b.date_start, b.date_end)):
        return False, "a vague background window cannot be pinned to one dated act of a recurring kind"
    actors = actors_reason(a.sub_event_type, a.actor1, a.actor2, b.actor1, b.actor2)
    if actors is None:
        return False, f"actors clash ({a.actor1} / {a.actor2} vs {b.actor1} / {b.actor2})"
    return True, f"{place}; {actors}"


def _vague_meets_specific(sub: str, days_a: int, days_b: int) -> bool:
    if sub in ONCE_PER_WINDOW_SUBS:
        return False
    short, long = sorted((days_a, days_b))
    return long > VAGUE_DAYS and short <= SPECIFIC_DAYS


# ------------------------------------------------------------------------------------------------ clusters


def _place_key(ev: Event) -> tuple:
    # Everything place_reason and km read of one side: members with one key behave alike.
    return (ev.country, ev.location, ev.geo_precision, ev.latitude, ev.longitude)


@dataclass
class _Cluster:
    members: list[Mention]
    reasons: list[str]
    start: str | None
    end: str | None
    actor1: str | None
    actor2: str | None
    articles: set[str]
    solo: bool = False  # a mention split off by an analyst stands alone
    # Kept as members join, so a try costs the number of distinct places, not of members: one event per distinct
    # place (ordered by its latest member, as the member scan's ties resolve), and the shortest and longest member
    # windows in days (all the vague/specific rule needs).
    places: dict[tuple, Event] = field(default_factory=dict)
    min_days: int | None = None
    max_days: int = 0
    days: int = 0  # the cluster window's length

    def __post_init__(self) -> None:
        for m in self.members:
            self._note(m.event)
        self.days = _days(self.start, self.end)

    def _note(self, ev: Event) -> None:
        key = _place_key(ev)
        self.places.pop(key, None)
        self.places[key] = ev
        d = _days(ev.date_start, ev.date_end)
        if self.min_days is None:
            self.min_days = self.max_days = d
        else:
            self.min_days, self.max_days = min(self.min_days, d), max(self.max_days, d)

    def try_join(self, m: Mention) -> tuple[float, int, str] | None:
        """(distance, window mismatch, reason) when `m` can join, else None."""
        if self.solo or m.article_id in self.articles:
            return None
        ev = m.event
        if ev.sub_event_type != self.members[0].event.sub_event_type:
            return None
        if (ev.date_start is None) != (self.start is None):
            return None
        window_note = "no date window on either"
        days = _days(ev.date_start, ev.date_end)
        if self.start is not None:
            both = _intersect(self.start, self.end, ev.date_start, ev.date_end)
            if both is None:
                return None
            window_note = f"window {ev.date_start}..{ev.date_end} overlaps {self.start}..{self.end}"
            # As any(_vague_meets_specific(days, member's days)): only the extremes can meet the rule.
            if (_vague_meets_specific(ev.sub_event_type, days, self.max_days)
                    or _vague_meets_specific(ev.sub_event_type, days, self.min_days or 0)):
                return None
        actors = actors_reason(ev.sub_event_type, self.actor1, self.actor2, ev.actor1, ev.actor2)
        if actors is None:
            return None
        worst = 0.0
        place_note = ""
        for other in self.places.values():  # complete linkage: close to every member
            why = place_reason(other, ev)
            if why is None:
                return None
            dist = km(other, ev) or 0.0
            if dist >= worst:
                worst, place_note = dist, why
        mismatch = abs(days - self.days)
        reason = f"joined: same sub-type ({ev.sub_event_type}); {place_note}; {window_note}; {actors}"
        return worst, mismatch, reason

    def add(self, m: Mention, reason: str) -> None:
        ev = m.event
        self.members.append(m)
        self.reasons.append(reason)
        self.articles.add(m.article_id)
        self._note(ev)
        if self.start is not None:
            self.start, self.end = _intersect(self.start, self.end, ev.date_start, ev.date_end)  # type: ignore[misc]
            self.days = _days(self.start, self.end)
        a1, a2 = ev.actor1, ev.actor2
        if not (_agree(self.actor1, a1) and _agree(self.actor2, a2)):
            a1, a2 = a2, a1  # joined reversed (a clash told from the other side)
        self.actor1 = self.actor1 or a1
        self.actor2 = self.actor2 or a2


def _days(start: str | None, end: str | None) -> int:
    if start is None or end is None:
        return 0
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days + 1


# ------------------------------------------------------------------------------------------------ runs
# `cluster` links a mention only to events whose windows its own window overlaps, and closes an event once a later
# start passes its end. So a block sorted by start falls into runs: a run ends where the next start lies after
# every earlier window's last day; every event is then closed, and no later mention can join it. Clustering each
# run alone gives the very events, ids and reasons of clustering the block whole (the undated mentions, which join
# only undated events, are one run of their own), and a refresh re-clusters only the runs a change reached.


def window_reach(start: str | None, end: str | None) -> tuple[str, str]:
    """The days a mention's window can share with another's, (first, last) as ISO dates: ('', '') for an undated
    mention; a window without an end, or ending before its start, meets no other, so its start alone."""
    if start is None:
        return "", ""
    return start, max(start, end or start)


@dataclass
class Run:
    """Mentions of one block that `cluster` could link among themselves and to no other of the block."""

    first: str | None  # the first start in the run (None: the block's undated mentions)
    last: str | None  # the last start in the run
    reach: str  # the last day a window of the run reaches ('' for the undated run)
    ids: list[str]

    def touched(self, spans: Iterable[tuple[str, str]]) -> bool:
        """Whether a change whose windows are `spans` (window_reach of each mention stored, changed or removed)
        can change this run's events: a span overlaps the days the run covers (its windows overlap in a chain,
        so they cover first..reach without a gap)."""
        if self.first is None:
            return ("", "") in spans
        return any(lo and lo <= self.reach and hi >= self.first for lo, hi in spans)


def runs(windows: Sequence[tuple[str | None, str | None, str]]) -> list[Run]:
    """A block's runs from its mentions' (date_start, date_end, id), in start order, the undated run last."""
    dated = sorted((w for w in windows if w[0] is not None), key=lambda w: w[0] or "")
    undated = [w[2] for w in windows if w[0] is None]
    out: list[Run] = []
    for start, end, mid in dated:
        first, reach = window_reach(start, end)
        if out and first <= out[-1].reach:
            run = out[-1]
            run.last, run.reach = first, max(run.reach, reach)
            run.ids.append(mid)
        else:
            out.append(Run(first, first, reach, [mid]))
    if undated:
        out.append(Run(None, None, "", undated))
    return out


def cluster(mentions: Iterable[Mention], solo: Iterable[str] = ()) -> list[MergedEvent]:
    """Group mentions of one block into events. `solo` holds mention ids an analyst split off (each stands alone).

    Deterministic: the same set of mentions and splits gives the same events, whatever order they came in."""
    solo_ids = set(solo)
    ordered = sorted(mentions, key=Mention.order_key)
    done: list[_Cluster] = []
    open_: list[_Cluster] = []
    for m in ordered:
        ev = m.event
        if ev.date_start is not None:
            # Sorted by start: an open event whose window ended before this start can meet no later mention either.
            still = []
            for c in open_:
                (still if c.start is None or (c.end or "") >= ev.date_start else done).append(c)
            open_ = still
        best: tuple[tuple[float, int, int], _Cluster, str] | None = None
        if m.id not in solo_ids:
            for i, c in enumerate(open_):
                fit = c.try_join(m)
                if fit is not None and (best is None or (fit[0], fit[1], i) < best[0]):
                    best = ((fit[0], fit[1], i), c, fit[2])
        if best is None:
            first = "split off by an analyst: stands alone" if m.id in solo_ids else "first report (anchor)"
            open_.append(_Cluster([m], [first], ev.date_start, ev.date_end, ev.actor1, ev.actor2, {m.article_id},
                                  solo=m.id in solo_ids))
        else:
            best[1].add(m, best[2])
    done.extend(open_)
    events = [_merged(c) for c in done]
    events.sort(key=lambda e: (e.date_start or "9999", e.id))
    return events


def _merged(c: _Cluster) -> MergedEvent:
    anchor = c.members[0]
    evs = [m.event for m in c.members]
    # The most precisely known place wins; among equals the first report's.
    placed = min(range(len(evs)), key=lambda i: (evs[i].geo_precision or 9, i))
    place = evs[placed]
    reported = [e.fatalities for e in evs if e.fatalities is not None]
    counts = [e.count for e in evs if e.count is not None]
    actors = {c.actor1, c.actor2}
    assoc = sorted({a for e in evs for a in e.assoc_actors} - actors)
    evidence: list[str] = []
    for e in evs:
        evidence.extend(s for s in e.evidence if s not in evidence)
    articles = list(dict.fromkeys(m.article_id for m in c.members))
    # Several independent sources make the act more certain; a small bonus per extra article, capped.
    confidence = round(min(1.0, max(e.confidence for e in evs) + 0.05 * (len(articles) - 1)), 3)
    sources = []
    seen: set[str] = set()
    for m in c.members:
        if m.article_id not in seen:
            seen.add(m.article_id)
            sources.append({"doc_id": m.article_id, "url": m.article_url or m.event.url, "title": m.title,
                            "published": m.published, "source": m.source})
    # Each side's inter code as the first report naming that actor coded it (None: only reports stored before
    # frontlog recorded codes name it); no actor on a side: 0.
    codes: dict[str, int] = {}
    for e in evs:
        for name, code in ((e.actor1, e.inter1), (e.actor2, e.inter2)):
            if name and code is not None:
                codes.setdefault(name, code)
    precision = anchor.event.date_precision
    if c.start is not None and len(c.members) > 1:
        precision = precision_for(dt.date.fromisoformat(c.start), dt.date.fromisoformat(c.end or c.start))
    return MergedEvent(
        id=event_id(anchor.id),
        anchor_mention=anchor.id,
        event_type=anchor.event.event_type,
        sub_event_type=anchor.event.sub_event_type,
        actor1=c.actor1,
        actor2=c.actor2,
        assoc_actors=assoc,
        location=place.location,
        country=place.country,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=place.geo_precision,
        date_start=c.start,
        date_end=c.end,
        date_precision=precision,
        # ACLED's conservative rule: the lowest reported figure; every figure is kept in fatalities_reported.
        fatalities=min(reported) if reported else None,
        fatalities_reported=reported,
        # Counts follow the same conservative reading as fatalities.
        count=min(counts) if counts else None,
        claimed_by=next((e.claimed_by for e in evs if e.claimed_by), None),
        evidence=evidence,
        confidence=confidence,
        url=anchor.event.url or anchor.article_url,
        mention_ids=[m.id for m in c.members],
        reasons=dict(zip((m.id for m in c.members), c.reasons, strict=True)),
        sources=sources,
        admin1=place.admin1,
        inter1=codes.get(c.actor1) if c.actor1 else 0,
        inter2=codes.get(c.actor2) if c.actor2 else 0,
        location_resolved=place.location_resolved,
    )


def cluster_all(mentions: Sequence[Mention], solo: Iterable[str] = ()) -> list[MergedEvent]:
    """Cluster mentions of any blocks (for benchmarks and tests): each block on its own."""
    blocks: dict[str, list[Mention]] = {}
    for m in mentions:
        blocks.setdefault(block_of(m.event), []).append(m)
    solo_ids = set(solo)
    out: list[MergedEvent] = []
    for key in sorted(blocks):
        out.extend(cluster(blocks[key], solo_ids))
    return out
