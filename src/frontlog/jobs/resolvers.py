"""The knowledge the dataset layer receives as parameters (it imports no gazetteer and no actor table): admin-1
names, places an analyst types, `--near` places and ACLED inter codes, all from the gazetteer and the actor table.
The CLI and the API pass these to the store, the queries and the export."""

from __future__ import annotations

from frontlog.dataset.storage import StoreError
from frontlog.knowledge.actors import get_actor_table
from frontlog.knowledge.gazetteer import get_gazetteer
from frontlog.model.geo import km


def gazetteer_admin1(location: str | None, country: str | None, lat: float | None, lon: float | None) -> str | None:
    """The GeoNames admin-1 name of a resolved place: the gazetteer's entry of that name nearest the point."""
    if not location or lat is None or lon is None:
        return None
    best: tuple[float, str | None] | None = None
    for p in get_gazetteer().lookup(location):
        if country and p.country != country:
            continue
        d = km(lat, lon, p.lat, p.lon)
        if d <= 50 and (best is None or d < best[0]):
            best = (d, p.admin1)
    return best[1] if best else None


def gazetteer_place(name: str, country: str | None, lat: float | None, lon: float | None) -> dict:
    """Coordinates for a place an analyst typed: the gazetteer's entry of that name, in the event's country first,
    then nearest the event's current point."""
    cands = get_gazetteer().lookup(name)
    if not cands:
        raise StoreError(f"location {name!r} is not in the gazetteer: check the spelling, add it with "
                         "`frontlog gazetteer import`, or give --set latitude=.. --set longitude=.. as well")

    def rank(p) -> tuple:
        dist = km(lat, lon, p.lat, p.lon) if lat is not None and lon is not None else 0.0
        return (country is not None and p.country != country, dist)

    p = min(cands, key=rank)
    return {"location": p.name, "country": p.country, "latitude": round(p.lat, 4), "longitude": round(p.lon, 4),
            "geo_precision": p.precision, "admin1": p.admin1}


def near_place(name: str) -> tuple[float, float] | None:
    """The point of a place named in `--near` (the gazetteer's most populous match), None when it is unknown."""
    places = get_gazetteer().lookup(name)
    return (places[0].lat, places[0].lon) if places else None


def actor_kind(name: str) -> tuple[str, str | None] | None:
    """An actor's kind (state, rebel, civilian...) and home country from the actor table, None when unknown."""
    actor = get_actor_table().actors.get(name)
    return (actor.kind, actor.country) if actor is not None else None


def store_resolvers() -> dict:
    """The keyword arguments that give a store the gazetteer's admin-1 names and typed places."""
    return {"admin1": gazetteer_admin1, "resolve_place": gazetteer_place}
