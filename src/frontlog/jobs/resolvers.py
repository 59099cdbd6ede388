"""The knowledge the dataset layer receives as parameters (it imports no gazetteer and no actor table): places
and actors an analyst types in a correction, and `--near` places, from the gazetteer and the actor table. The CLI
and the API pass these to the store and the queries. (A report's own admin-1 region and inter codes come from the
extractor, in the record.)"""

from __future__ import annotations

from frontlog.dataset.storage import StoreError
from frontlog.knowledge.actors import inter_code
from frontlog.knowledge.base import default_knowledge
from frontlog.knowledge.gazetteer import get_gazetteer
from frontlog.model.geo import km


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


def actor_inter(name: str, country: str | None) -> int | None:
    """ACLED's inter code of an actor an analyst typed, in an event in `country`, as the extractor codes its own
    (knowledge/actors.py); None when the actor table does not know the name. A name valid only in context
    ("RSF", "SPLA") is read in the event's country."""
    table = default_knowledge().actors
    actor = table.canonical(name)
    if actor is None and country:
        actor = table.canonical(name, country)
    return inter_code(actor, country) if actor is not None else None


def store_resolvers() -> dict:
    """The keyword arguments that give a store the gazetteer's typed places and the actor table's codes."""
    return {"resolve_place": gazetteer_place, "resolve_inter": actor_inter}
