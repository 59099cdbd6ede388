"""A name the gazetteer does not know, located by "Y region's Z township" (or "Z district"): it lies at the town the
region is said to hold, precision 2, not at the region's point (rule place.unresolved). A known name that is only
the first word of a longer unknown one ("Kaya Tiguel, a village near Djibo") is the whole name at its locator.
Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from frontlog.extract.pipeline import Stats, extract_batch
from frontlog.knowledge.gazetteer import get_gazetteer
from frontlog.model.geo import km
from frontlog.model.records import Article, Event

PUBLISHED = dt.date(2023, 5, 22)


def _events(text: str) -> list[Event]:
    [events] = extract_batch([Article(id="t", text=text, published=PUBLISHED)], Stats())
    return events


def _point(name: str) -> tuple[float, float]:
    place = next(p for p in get_gazetteer().lookup(name) if p.kind == "city")
    return place.lat, place.lon


def test_an_unknown_village_in_a_regions_township_lies_at_the_township() -> None:
    [e] = _events("Junta jets bombed Kyauk Hla Gyi village in Sagaing region's Myinmu township on Sunday, "
                  "killing seven people.")
    assert e.location == "Kyauk Hla Gyi" and e.country == "MM"
    assert e.location_resolved is False and e.geo_precision == 2
    assert km(e.latitude, e.longitude, *_point("Myinmu")) < 1


def test_an_unknown_village_in_a_region_alone_lies_at_the_region() -> None:
    [e] = _events("Junta jets bombed Kyauk Hla Gyi village in Sagaing region on Sunday, killing seven people.")
    assert e.location == "Kyauk Hla Gyi" and e.geo_precision == 3 and e.location_resolved is False


def test_a_longer_unknown_name_near_a_town_is_placed_by_that_town() -> None:
    [e] = _events("Gunmen killed five villagers in Kaya Tiguel, a village near Djibo, on Monday.")
    assert e.location == "Kaya Tiguel" and e.country == "BF"
    assert e.location_resolved is False and e.geo_precision == 2
    assert km(e.latitude, e.longitude, *_point("Djibo")) < 1


def test_an_unknown_object_of_an_attack_verb_told_with_its_day_is_not_dropped() -> None:
    [e] = _events("Jihadists raided Tiguelkoro on Sunday, killing 12 villagers, Burkinabe officials said.")
    assert e.location == "Tiguelkoro" and e.country == "BF" and e.location_resolved is False
