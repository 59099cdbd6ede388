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


def test_a_foreign_armys_demonym_does_not_make_a_short_name_with_no_namesake_doubtful() -> None:
    # "Macomia" (7 letters) is the name of one town the gazetteer knows, in Cabo Delgado; "Rwandan" says who fought.
    events = _events("Insurgents attacked Macomia on Tuesday but were pushed back by Rwandan troops, officials said.")
    assert events and all(e.country == "MZ" for e in events)
    assert all_near(events, -12.25, 40.12)


def test_the_press_spelling_makhmour_is_the_iraqi_town() -> None:
    # Only "Syria" names a country; Makhmur (GeoNames: Mexmur) lies south-west of Erbil.
    events = _events("Islamic State militants who had crossed from Syria attacked a Peshmerga position near "
                     "Makhmour on Sunday, killing two Kurdish fighters.")
    assert events and all(e.country == "IQ" for e in events)
    assert all_near(events, 35.78, 43.58)


def test_cameroons_northwest_is_the_region_that_locates_a_town() -> None:
    # "the Northwest" is Cameroon's North-West Region, not Northwest, North Carolina: Jakiri is the act's place.
    events = _events("On Monday, gunmen shot dead two gendarmes at a checkpoint outside Jakiri, in the Northwest, "
                     "the defence ministry said, blaming secessionists.")
    assert all_near(events, 6.10, 10.65)


def test_an_acronym_after_a_sentences_article_is_no_town_abroad() -> None:
    # "An" is also an Arabic article the gazetteer's key drops: "An IS" met Is, a town in Russia's Urals.
    events = _events("An IS cell attacked a checkpoint east of Deir ez-Zor on Monday, killing two SDF fighters, a "
                     "monitor said.")
    assert events and all(e.country == "SY" for e in events)


def test_a_title_opening_a_persons_full_name_is_no_village() -> None:
    # Syria has a village Sheikh Ahmad; "Sheikh Ahmed Madobe" is a man, and nothing says the act was in Syria.
    events = _events("Gunmen shot dead a nephew of Sheikh Ahmed Madobe on Monday, relatives said.")
    assert all(e.country != "SY" for e in events)


def test_a_village_named_with_a_title_is_still_a_place() -> None:
    events = _events("Government shelling hit Sheikh Miskin on Monday, killing three civilians, rescuers said.")
    assert all_near(events, 32.83, 36.16)



def test_every_country_of_a_border_list_is_across_the_edge() -> None:
    # "Kwatangari" is no place the gazetteer knows; the border it lies on is with Kenya and with Ethiopia.
    events = _events("Militants attacked a police post in Kwatangari, on the border with Kenya and Ethiopia, "
                     "killing three officers.")
    assert all(e.country not in ("KE", "ET") for e in events)


def test_an_army_fighting_a_group_of_another_country_does_not_place_an_unknown_village_at_home() -> None:
    # "Kwatangari" is no place the gazetteer knows; Ethiopia's army fights al-Shabaab in Somalia.
    events = _events("Ethiopian troops clashed with al-Shabaab fighters in Kwatangari on Tuesday, killing 20 "
                     "militants.")
    assert all(e.country != "ET" for e in events)


def test_an_army_at_home_still_places_an_unknown_village() -> None:
    events = _events("Malian soldiers clashed with rebels outside Kwatangari on Tuesday, killing 20 of them.")
    assert events and all(e.country == "ML" for e in events)


def test_jalawla_and_rabia_are_the_iraqi_towns() -> None:
    # Neither is in GeoNames' cities500; both were fronts of the Peshmerga's war with Islamic State in 2014.
    assert all_near(_events("Kurdish Peshmerga fighters clashed with Islamic State militants near Jalawla on "
                            "Monday, killing five."), 34.27, 45.17)
    assert all_near(_events("Islamic State militants attacked Kurdish Peshmerga positions near Rabia on Tuesday, "
                            "killing four fighters."), 36.80, 42.08)
