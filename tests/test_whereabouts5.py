"""Where an act is placed, fifth batch (issue 9, session 22, whereabouts5 probes): a country named as the far side
of an edge ("near the Cameroon border") is not the act's country; a village the text locates near a town is not a
namesake of the same country far from that town. The whole extractor with the real spaCy model and gazetteer, on
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import all_near, extract_text
from frontlog.model.records import Event

PUBLISHED = dt.date(2024, 6, 10)


def _events(text: str) -> list[Event]:
    return extract_text(text, PUBLISHED)


def test_a_country_named_as_a_border_is_not_where_an_unknown_village_lies() -> None:
    # "Kwatangari" is no place the gazetteer knows; "the Cameroon border" says the act was on the other side of it.
    events = _events("Boko Haram fighters attacked a military base in Kwatangari, near the Cameroon border, on "
                     "Monday, residents said.")
    assert all(e.country != "CM" for e in events)


def test_a_country_named_after_border_with_is_not_where_an_unknown_village_lies() -> None:
    events = _events("Jihadists attacked a gendarmerie post in Kwatangari, near the border with Mali, on Monday.")
    assert all(e.country != "ML" for e in events)


def test_the_country_itself_still_places_a_village_near_its_own_border() -> None:
    events = _events("Boko Haram fighters attacked a military base in Kwatangari, in Nigeria near the Cameroon "
                     "border, on Monday.")
    assert events and all(e.country == "NG" for e in events)


def test_a_village_near_a_town_is_not_its_namesake_far_from_the_town() -> None:
    # GeoNames' one Tudun Wada lies in Kano State, 220 km from Zurmi; the text puts this one near Zurmi.
    events = _events("Gunmen killed five farmers in Tudun Wada, a village near Zurmi in Zamfara State, on Sunday.")
    assert all_near(events, 12.78, 6.78)


def test_a_big_town_of_the_locators_country_may_still_be_located_loosely() -> None:
    # Kidal (25,000 people) lies 300 km north of Gao: a wire's loose locator does not move it.
    events = _events("Rebels attacked an army camp in Kidal, north of Gao, on Sunday, killing four soldiers.")
    assert all_near(events, 18.44, 1.41)
