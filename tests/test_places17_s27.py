"""Session 27 (places17): a site told with lower-case words up to its site noun ("the Zaporizhzhia nuclear power
plant", "Baghdad international airport") is read whole when the index knows the site; a press club named for its
town ("outside the Lahore Press Club") places the act at the town, not the country. The whole extractor with the
real spaCy model and gazetteer, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text, town_point
from frontlog.model.geo import km
from frontlog.model.records import Event

PUBLISHED = dt.date(2022, 9, 8)


def _events(text: str) -> list[Event]:
    return extract_text(text, PUBLISHED)


def test_a_site_told_in_lower_case_is_read_up_to_its_site_noun() -> None:
    events = _events("Russian troops shelled the Zaporizhzhia nuclear power plant on Tuesday night, damaging a "
                     "reactor building, the operator said.")
    assert events, "the shelling is found"
    lat, lon = town_point("Zaporizhzhia Nuclear Power Plant", "site")
    town = town_point("Zaporizhzhia")
    for e in events:
        assert km(e.latitude, e.longitude, lat, lon) < 10 and km(e.latitude, e.longitude, *town) > 30


def test_an_airport_told_with_a_lower_case_adjective_is_the_site() -> None:
    events = _events("Two rockets struck Baghdad international airport on Monday, wounding a worker, police said.")
    assert events, "the rocket attack is found"
    lat, lon = town_point("Baghdad International Airport", "site")
    for e in events:
        assert e.country == "IQ" and km(e.latitude, e.longitude, lat, lon) < 5


def test_lower_case_words_that_end_in_no_site_noun_leave_the_town() -> None:
    events = _events("Russian missiles hit Kharkiv overnight power lines on Sunday, killing two people.")
    lat, lon = town_point("Kharkiv")
    assert all(km(e.latitude, e.longitude, lat, lon) < 25 for e in events)


def test_a_press_club_named_for_its_town_places_the_protest_at_the_town() -> None:
    events = _events("Police baton-charged reporters protesting outside the Lahore Press Club on Thursday against "
                     "the arrest of a colleague.")
    assert events, "the protest is found"
    lat, lon = town_point("Lahore")
    for e in events:
        assert e.country == "PK" and km(e.latitude, e.longitude, lat, lon) < 25


def test_a_district_after_a_towns_possessive_is_the_act_s_place_at_the_town_stown_point() -> None:
    events = _events("Two bombs went off at a market in Baghdad's Karrada district on Saturday, killing 14 people, "
                     "police said.")
    assert events, "the bombing is found"
    lat, lon = town_point("Baghdad")
    for e in events:
        assert e.location == "Karrada" and e.geo_precision == 2 and km(e.latitude, e.longitude, lat, lon) < 1


def test_a_district_of_the_towns_province_after_its_possessive_is_placed_at_its_seat() -> None:
    events = _events("Taliban gunmen ambushed a police patrol in Kabul's Paghman district on Friday, killing three "
                     "officers.")
    assert events, "the ambush is found"
    for e in events:
        assert e.location == "Paghman" and e.geo_precision == 2


def test_a_district_after_a_towns_possessive_with_a_namesake_only_abroad_is_a_part_of_the_town() -> None:
    events = _events("Police dispersed opposition supporters with tear gas in Kinshasa's Gombe district on Tuesday.")
    assert events, "the dispersal is found"
    lat, lon = town_point("Kinshasa")
    for e in events:
        assert e.country == "CD" and km(e.latitude, e.longitude, lat, lon) < 25
