"""Namesakes the text itself rules out, round 2 (issue 9, session 31, branch placing24, after the open real sets and
real pages of Iraq, Pakistan and the Philippines): a town the text writes only part of (a quarter's second word that
is a city abroad without its article, an alternate name of a town abroad), in a country the article names by nothing
but that name and which borders none it names, far from all its other places, is kept unresolved at its locators
rather than put on another continent (Gazetteer._stray_abroad). The converse stays: a town whose own name the text
writes, a world city of talks, a town next door. Sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2018, 3, 6)


def test_a_quarter_s_second_word_is_no_city_abroad() -> None:
    events = run("A car bomb killed nine people near a bus station in Baghdad Jadida on Thursday, Iraqi officials "
                 "said.", published=PUBLISHED)
    assert events and all(e.country == "IQ" for e in events)


def test_an_alternate_name_abroad_does_not_take_a_valley_out_of_its_country(finder) -> None:
    found = finder.locate("Pakistan's army said its jets struck militant hideouts in the Tirah valley on Monday, "
                          "Pakistani officials said.")
    assert all(p.country == "PK" for m, p in found), [(m.text, p.name, p.country) for m, p in found]


def test_talks_in_a_world_city_abroad_stay_there(finder) -> None:
    found = finder.locate("Syrian government and opposition delegates met in Geneva on Saturday, while government "
                          "forces shelled Daraya in Syria.")
    assert ("Geneva", "CH") in {(p.name, p.country) for m, p in found}


def test_a_town_next_door_stays_next_door(finder) -> None:
    found = finder.locate("Turkish drones struck a car near Sinjar on Tuesday, Syrian Kurdish officials in "
                          "Qamishli said.")
    assert {p.country for m, p in found if m.text == "Sinjar"} <= {"IQ", "SY"}


def test_a_town_a_locator_places_keeps_its_own_country(finder) -> None:
    found = finder.locate("Fighting broke out on Friday in Ber, about 60 km east of Timbuktu, between the army and "
                          "separatists. The rebels said they held their positions around Ber.")
    assert any(p.name == "Timbuktu" and p.country == "ML" for m, p in found)
