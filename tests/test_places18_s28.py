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


def test_an_act_set_against_another_is_not_placed_in_the_others_clause() -> None:
    events = extract_text("The strike, which hit a school in Khan Younis on Monday, came hours after Israel ordered "
                          "residents of Rafah to move to al-Mawasi.", dt.date(2024, 5, 7))
    assert [e.location for e in events] == ["Khan Younis"]
    assert "place.related_elsewhere" in events[0].rules


def test_the_act_told_before_keeps_its_place_when_related_to_another() -> None:
    # "came as ...": the clause of time tells a push toward another town, not where the strikes were.
    events = extract_text("Russian forces pounded Kostiantynivka with glide bombs on Tuesday, killing four civilians. "
                          "The strikes, the heaviest this month, came as Russian troops pressed toward Pokrovsk.",
                          dt.date(2025, 3, 11))
    town = town_point("Pokrovsk")
    strikes = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert strikes and all(km(e.latitude, e.longitude, *town) > 25 for e in strikes)


def test_a_place_preposition_of_the_relating_verb_stays_the_acts() -> None:
    events = extract_text("The latest attack came in Bannu on Sunday, when militants stormed a police checkpoint.",
                          dt.date(2023, 3, 10))
    assert events and all(e.country == "PK" for e in events)


def test_the_town_is_not_where_people_fled_to() -> None:
    events = extract_text("Hundreds of people fled Mocimboa da Praia for Pemba after insurgents attacked the town on "
                          "Wednesday.", dt.date(2020, 8, 14))
    assert events and all(e.location == "Mocimboa da Praia" for e in events)


def test_the_city_is_not_where_families_escaped_to() -> None:
    events = extract_text("Families who escaped Omdurman to Wad Madani said the RSF had looted the city on Sunday.",
                          dt.date(2023, 5, 1))
    assert events and all(e.location == "Omdurman" for e in events)
