"""What the analyst's page needs besides the dataset itself: fixed colours, place labels for the offline map, and
a place search that knows aliases and spelling variants.

Colours and labels are data files users can extend (`knowledge/data/palette.tsv`, `knowledge/data/labels.tsv`, built by
scripts/build_labels.py); this module only reads them and answers a map view.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from frontlog.dataset.control import holders
from frontlog.dataset.storage import EventStore
from frontlog.knowledge.paths import PACKAGE_DATA, user_data_dir
from frontlog.model.geo import km

PALETTE_FILE = "palette.tsv"
LABELS_FILE = "labels.tsv"


def _rows(path: Path) -> list[list[str]]:
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]  # the first line is the header


@dataclass(frozen=True)
class Palette:
    event_types: dict[str, str]
    holders: dict[str, str]
    fallback: tuple[str, ...]


@functools.cache
def load_palette() -> Palette:
    """The package's palette.tsv, then the user's (FRONTLOG_HOME/palette.tsv), whose rows win."""
    types: dict[str, str] = {}
    fixed: dict[str, str] = {}
    fallback: list[str] = []
    for path in (PACKAGE_DATA / PALETTE_FILE, user_data_dir() / PALETTE_FILE):
        if not path.is_file():
            continue
        for n, row in enumerate(_rows(path), 1):
            if len(row) != 3 or not (row[2].startswith("#") and len(row[2]) == 7):
                raise ValueError(f"{path}: row {n} {row!r}: write kind<TAB>name<TAB>#RRGGBB (tab-separated)")
            kind, name, colour = row
            if kind == "fallback":
                fallback.append(colour)
            elif kind in ("event_type", "holder"):
                (types if kind == "event_type" else fixed)[name] = colour
            else:
                raise ValueError(f"{path}: row {n}: unknown kind {kind!r}; use event_type, holder or fallback")
    return Palette(types, fixed, tuple(fallback))


def colours(store: EventStore) -> dict:
    """Colours for the page: each event type's, and one per holder the store knows: the fixed colour of a main side,
    else the next unused fallback colour in the store's order (most frequent holder first), so a holder keeps its
    colour in every view. Holders beyond the fallback colours share a grey and are named in the legend."""
    pal = load_palette()
    out = {}
    free = [c for c in pal.fallback if c not in pal.holders.values()]
    for h in holders(store):
        out[h] = pal.holders.get(h) or (free.pop(0) if free else "#9E9E9E")
    return {"event_types": pal.event_types, "holders": out, "other": "#9E9E9E"}


# ------------------------------------------------------------------------------------------------ labels


@functools.cache
def _labels() -> tuple[tuple[str, float, float, int, str], ...]:
    path = PACKAGE_DATA / LABELS_FILE
    return tuple((r[0], float(r[1]), float(r[2]), int(r[3]), r[4]) for r in _rows(path))


def labels(bbox: tuple[float, float, float, float], limit: int) -> list[dict]:
    """The `limit` most populous places inside bbox (south, west, north, east): the page thins them further so
    no two labels overlap on screen, which sets the density by zoom."""
    south, west, north, east = bbox
    out = []
    for name, lat, lon, pop, cc in _labels():  # most populous first: stop at the limit
        if south <= lat <= north and west <= lon <= east:
            out.append({"name": name, "latitude": lat, "longitude": lon, "population": pop, "country": cc})
            if len(out) >= limit:
                break
    return out


# ------------------------------------------------------------------------------------------------ place search


def search_places(store: EventStore, text: str, limit: int = 10) -> list[dict]:
    """Places matching `text`: the store's places whose name starts with or contains it, then the gazetteer's
    (aliases and near spellings, "Nubl" for "Nubul"), each with the store's events within 5 km of it, so a place
    the store spells differently is still found. Each: name, country, latitude, longitude, events, source."""
    from frontlog.knowledge.gazetteer import get_gazetteer

    like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = list(store.rows(
        "SELECT location, country, avg(latitude), avg(longitude), count(*) AS n FROM events WHERE rejected = 0 "
        "AND location LIKE ? ESCAPE '\\' AND latitude IS NOT NULL GROUP BY location, country "
        "ORDER BY (location LIKE ? ESCAPE '\\') DESC, n DESC LIMIT ?", (like, like[1:], limit)))
    out = [{"name": r[0], "country": r[1], "latitude": r[2], "longitude": r[3], "events": r[4], "source": "store"}
           for r in rows]
    found = []
    for p in get_gazetteer().search(text)[:limit * 2]:
        if any(km(p.lat, p.lon, o["latitude"], o["longitude"]) < 5 for o in out):
            continue  # the store's own spelling of the same place is listed already
        near = list(store.rows(
            "SELECT location, count(*) FROM events WHERE rejected = 0 AND latitude BETWEEN ? AND ? "
            "AND longitude BETWEEN ? AND ? GROUP BY location ORDER BY count(*) DESC",
            (p.lat - 0.05, p.lat + 0.05, p.lon - 0.07, p.lon + 0.07)))
        found.append({"name": p.name, "country": p.country, "latitude": p.lat, "longitude": p.lon,
                      "events": sum(n for _loc, n in near), "source": "gazetteer",
                      "store_names": [loc for loc, _n in near if loc]})
    found.sort(key=lambda o: -o["events"])  # places with events first; otherwise the gazetteer's order
    return (out + found)[:limit]
