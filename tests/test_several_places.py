"""Where an act happened when its sentence names other places or names that are not places (issue 9, session 19):
a march's destination, a person named like a town, a name described as somebody, a unit named by a namesake
abroad's alternate name, a name closed by "Town". The whole extractor with the real spaCy model and gazetteer, on
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from frontlog.extract.pipeline import Stats, extract_batch
from frontlog.model.geo import km
from frontlog.model.records import Article, Event

PUBLISHED = dt.date(2024, 6, 14)


def _events(text: str) -> list[Event]:
    [events] = extract_batch([Article(id="t", text=text, published=PUBLISHED)], Stats())
    return events


def test_a_marchs_destination_is_not_where_the_crowd_was_met() -> None:
    events = _events("Police fired tear gas at teachers as they set out from Kisumu on Tuesday on a march to Nairobi.")
    assert [(e.location, e.country) for e in events] == [("Kisumu", "KE")]


def test_a_town_named_surname_after_a_title_and_a_given_name_is_a_persons() -> None:
    events = _events("Gunmen shot dead community leader Ana Lima in Quibdo on Sunday, Colombian police said.")
    assert [(e.location, e.country) for e in events] == [("Quibdo", "CO")]


def test_an_unknown_name_described_as_somebody_is_no_place() -> None:
    events = _events("RSF fighters looted shops in Kutum, in North Darfur, Adam Yahya Tuwaysha, a local activist, said "
                     "on Friday.")
    assert events and {e.location for e in events} == {"Kutum"}


def test_a_district_named_by_a_namesake_abroads_alternate_name_stays_in_the_region_the_text_names() -> None:
    events = _events("Police raided a hideout in Balochistan's Kech district on Friday and arrested five suspects.")
    assert events and {e.country for e in events} == {"PK"}


def test_a_name_closed_by_town_is_not_the_namesake_of_its_first_word() -> None:
    events = _events("A man was shot dead outside a shop in Denham Town on Thursday, Jamaican police said.")
    assert [(e.location, e.country) for e in events] == [("Denham Town", "JM")]


def test_a_spot_the_acts_clause_locates_by_a_town_wins_over_the_scene_the_sentence_opens_with() -> None:
    events = _events("In Kasai, gunmen shot dead four farmers on Tuesday in fields near Tshikapa, officials in Congo "
                     "said.")
    assert [(e.location, e.country) for e in events] == [("Tshikapa", "CD")]


def test_a_road_named_by_its_ends_does_not_replace_the_opening_scene() -> None:
    events = _events("In Gazipur, striking workers blocked the Dhaka-Mymensingh highway for hours on Monday.")
    assert [e.location for e in events] == ["Gazipur"]



def test_a_district_named_for_its_seat_is_at_the_seat() -> None:
    # places_supplement.tsv: Kech District's seat is Turbat
    events = _events("Gunmen shot dead three labourers at a construction site in Kech district on Saturday.")
    assert events and all(e.country == "PK" and abs(e.latitude - 26.0) < 0.2 and abs(e.longitude - 63.05) < 0.2
                          for e in events)


def test_a_border_towns_half_in_the_country_the_text_names() -> None:
    # places_supplement.tsv: Moyale in Ethiopia, beside the Kenyan town cities500 knows
    events = _events("Militiamen killed three traders near Moyale, in southern Ethiopia, on Friday.")
    assert [(e.location, e.country) for e in events] == [("Moyale", "ET")]
    assert km(events[0].latitude, events[0].longitude, 3.53, 39.05) < 10  # the town, not the country's capital


def test_a_name_found_all_over_the_country_is_the_one_in_the_town_the_text_puts_it_in() -> None:
    events = _events("Dissidents shot dead a farmer in the vereda San Antonio, in rural Tumaco, on Monday, Colombian "
                     "police said.")
    assert [(e.location, e.country) for e in events] == [("San Antonio", "CO")]
    assert km(events[0].latitude, events[0].longitude, 1.80, -78.76) < 60  # by Tumaco, not another San Antonio
