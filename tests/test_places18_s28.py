"""Session 28 (places18): a comma-set aside of an edge between a name and the town that locates it ("X, on the
border with Mali, some 60 km north of Y", "X, near the Turkish border, 30 km east of Y") does not hide the locator:
the distance and direction are read past it, and a namesake far from the locator gives way to the name at the
locator's offset. The whole extractor with the real spaCy model and gazetteer, on sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text, town_point
from frontlog.model.geo import km, moved
from frontlog.model.records import Event

PUBLISHED = dt.date(2021, 6, 10)


def _events(text: str) -> list[Event]:
    return extract_text(text, PUBLISHED)


def test_an_unknown_village_is_moved_by_the_offset_written_past_an_edge_aside() -> None:
    events = _events("Jihadists attacked the village of Tadaress, on the border with Mali, some 60 km north of "
                     "Tillaberi, on Wednesday, killing 11 people.")
    assert events, "the attack is found"
    lat, lon = moved(*town_point("Tillaberi"), 60, 0)
    for e in events:
        assert e.country == "NE" and km(e.latitude, e.longitude, lat, lon) < 10 and "place.distance_offset" in e.rules


def test_an_edge_told_by_a_demonym_is_an_aside_too() -> None:
    events = _events("Gunmen killed nine villagers in Kaga, near the Nigerien border, 40 km north of Damboa, "
                     "on Sunday, police said.")
    assert events, "the killing is found"
    lat, lon = moved(*town_point("Damboa"), 40, 0)
    for e in events:
        assert e.country == "NG" and km(e.latitude, e.longitude, lat, lon) < 10


def test_a_namesake_far_from_the_locator_past_an_edge_aside_gives_way() -> None:
    # GeoNames knows "Medininkai" as an old name of Varniai, 250 km west of Vilnius.
    events = _events("Riot police burned two customs posts near Medininkai, on the border with Belarus, 30 "
                     "kilometres east of Vilnius, on Tuesday, officials said.")
    assert events, "the burning is found"
    lat, lon = moved(*town_point("Vilnius"), 30, 90)
    for e in events:
        assert e.country == "LT" and km(e.latitude, e.longitude, lat, lon) < 10



def test_a_town_after_a_list_locates_each_namesake_of_the_list() -> None:
    # GeoNames' Stepove villages are 450 km and more west of Avdiivka; the text puts this one north of it.
    events = _events("Russian troops attacked Stepove and Berdychi, north of Avdiivka, on Thursday, the Ukrainian "
                     "army said.")
    assert events, "the attack is found"
    avdiivka = town_point("Avdiivka")
    assert any(e.location == "Stepove" for e in events)
    for e in events:
        assert e.country == "UA" and km(e.latitude, e.longitude, *avdiivka) < 30
