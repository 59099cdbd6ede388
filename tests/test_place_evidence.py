"""What the text says about where a place lies (issue 9, causes 1, 6 and 7): a region named for its seat is placed
at the seat; "X in northern Y" keeps X's namesakes in Y; the country of an attacker's demonym is no evidence of the
place's country; two capitalised words the gazetteer does not know are one name. The real spaCy model and
gazetteer, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from frontlog.extract.pipeline import Stats, extract_batch
from frontlog.knowledge.gazetteer import get_gazetteer
from frontlog.model.geo import km
from frontlog.model.records import Article, Event

PUBLISHED = dt.date(2019, 5, 22)


def _events(text: str) -> list[Event]:
    [events] = extract_batch([Article(id="t", text=text, published=PUBLISHED)], Stats())
    return events


def _place(name: str, kind: str, country: str):
    return next(p for p in get_gazetteer().lookup(name) if p.kind == kind and p.country == country)


def test_a_region_named_for_its_seat_is_placed_at_the_seat_not_at_its_biggest_city() -> None:
    # Chihuahua state's biggest city is Ciudad Juarez, 345 km from its seat; Colima's is the port of Manzanillo.
    for region, country in (("Chihuahua", "MX"), ("Colima", "MX"), ("Taoudenni", "ML")):
        seat, state = _place(region, "city", country), _place(region, "admin1", country)
        assert km(seat.lat, seat.lon, state.lat, state.lon) < 10, region


def test_a_region_named_like_a_town_that_is_not_its_seat_keeps_its_seat() -> None:
    # Ondo State is governed from Akure, not from the town of Ondo.
    state, seat = _place("Ondo", "admin1", "NG"), _place("Akure", "city", "NG")
    assert km(seat.lat, seat.lon, state.lat, state.lon) < 10
