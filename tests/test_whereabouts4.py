"""How a place's name is resolved, fourth batch (issue 9, session 21, whereabouts4 probes): a unit written as "X
district of Y" lies in region Y, a region's own name over a town that bears it only as an alternate name, a
region's seat over a namesake of unknown size, an armed group's demonym as the story's country, an unknown village
located by the unit after its comma. The whole extractor with the real spaCy model and gazetteer, on sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import all_near, extract_text
from frontlog.knowledge.base import default_knowledge
from frontlog.model.geo import km
from frontlog.model.records import Event

PUBLISHED = dt.date(2024, 6, 10)


def _events(text: str) -> list[Event]:
    return extract_text(text, PUBLISHED)


def test_a_district_of_a_named_state_is_its_namesake_in_that_state() -> None:
    # India has two Aurangabads: the city of Maharashtra (a million people) and the district seat of Bihar.
    events = _events("Maoist guerrillas ambushed a CRPF patrol in Aurangabad district of Bihar on Thursday, "
                     "killing two troopers, Indian police said.")
    assert events and all(e.country == "IN" for e in events)
    assert all_near(events, 24.75, 84.37)


def test_a_state_named_alone_is_the_state_not_a_city_known_by_its_name_only_as_an_alias() -> None:
    # GeoNames lists "Bihar" among the alternate names of Bihar Sharif, 70 km from Patna, the state's seat.
    events = _events("Police fired tear gas at students protesting in Bihar on Monday, Indian media said.")
    assert all_near(events, 25.59, 85.14)


def test_a_regions_seat_beats_a_namesake_of_unknown_size_in_the_same_country() -> None:
    # "Faizabad" is the own name of a village of Jowzjan (no population known) and an alternate spelling of
    # Fayzabad, the seat of Badakhshan province.
    events = _events("Taliban fighters stormed a police compound in Faizabad on Friday, killing four officers, "
                     "Afghan officials said.")
    assert all_near(events, 37.12, 70.58)


def test_a_namesake_near_the_storys_other_places_is_not_moved_to_a_regions_seat() -> None:
    from frontlog.extract.places import place_finder

    finder = place_finder(default_knowledge())
    located = finder.locate("Gunmen attacked Faizabad near Sheberghan in Afghanistan on Sunday.")
    faizabad = [p for m, p in located if m.text == "Faizabad"]
    assert faizabad and faizabad[0].admin1 == "Jowzjan Province"


def test_an_armed_groups_demonym_says_which_countrys_namesake_is_meant() -> None:
    # Al Bayda is a Yemeni city and a bigger one of Libya; "Houthi" is the Yemeni movement's demonym, not its name.
    events = _events("Houthi gunmen shelled a village outside al-Bayda on Sunday, killing a child, tribal "
                     "sources said.")
    assert events and all(e.country == "YE" for e in events)


def test_an_unknown_village_is_placed_at_the_unit_after_its_comma() -> None:
    # "Kampung Wandai" is unknown to the gazetteer; "Intan Jaya regency" (a supplement row at its seat Sugapa)
    # after the comma locates it, rather than the country's capital.
    events = _events("Indonesian soldiers clashed with separatist rebels in Kampung Wandai, Intan Jaya regency, "
                     "on Saturday, the military said.")
    assert all_near(events, -3.74, 137.05)


def test_a_world_city_met_only_by_an_alternate_name_does_not_take_a_town_of_the_storys_country_abroad() -> None:
    # "Busra" is an alternate name of Basra (Iraq, 1.3 million people) and of Busra ash Sham in Syria's Daraa.
    events = _events("Syrian army helicopters dropped barrel bombs on Busra on Monday, killing six people, activists "
                     "in Syria said.")
    assert events and all(e.country == "SY" for e in events)


def test_a_sahel_town_missing_from_cities500_is_a_supplement_row() -> None:
    # Lere of Mali's Tombouctou region is not in cities500, whose Lere rows are in Nigeria, Chad and France.
    events = _events("Jihadists attacked the army camp in Lere on Sunday, and the Malian army said it repelled them.")
    assert all_near(events, 15.72, -4.92)


def test_a_town_written_as_lying_in_a_country_is_not_its_namesake_next_door() -> None:
    # Boni is a supplement row in Mali; the Boni of Burkina Faso's Tuy province is unknown to the gazetteer.
    # ("in" says the country contains the town; a bare comma before a country may open the next clause.)
    events = _events("Jihadists burned shops in Boni, in Burkina Faso's Tuy province, on Friday, residents said.")
    assert events and all(e.country == "BF" for e in events)


def test_a_somali_town_missing_from_cities500_is_a_supplement_row() -> None:
    events = _events("Al-Shabaab fighters attacked an army base in Afmadow on Sunday, Somali officials said.")
    assert all_near(events, 0.52, 42.07)


def test_a_region_named_in_the_possessive_holds_the_district_after_it() -> None:
    # GeoNames gives "Khogyani" only to a Ghazni row; the district named here is Nangarhar's, so the act is in
    # Nangarhar (at the province's point, the district being unknown), not in Ghazni, 200 km away.
    events = _events("Taliban fighters attacked a police post in Nangarhar's Khogyani district on Tuesday, killing "
                     "four police officers, Afghan officials said.")
    assert events and all(e.country == "AF" for e in events)
    assert all(e.latitude is not None and km(34.43, 70.45, e.latitude, e.longitude) <= 80 for e in events)


def test_a_district_of_the_city_named_by_the_city_possessive_is_at_that_city() -> None:
    # GeoNames has two Kyivskyi rows, in Donetsk and Poltava; "the city's" names a district of Kharkiv.
    events = _events("KHARKIV, Ukraine - A Russian missile struck a school in the city's Kyivskyi district on "
                     "Tuesday, killing two people, regional officials said.")
    assert all_near(events, 49.99, 36.23)


def test_a_near_spelling_far_from_the_town_that_locates_it_is_an_unknown_name_there() -> None:
    # "Kabani" is one vowel off Kobani, a hand-checked town 250 km west of Qamishli; the text puts it east of
    # Qamishli, so it is a village the gazetteer does not know, located by Qamishli.
    events = _events("Kurdish-led forces clashed with Islamic State fighters in Kabani, east of Qamishli, on "
                     "Tuesday, a war monitor said.")
    assert all_near(events, 37.05, 41.22)


def test_a_foreign_army_named_by_its_demonym_does_not_make_the_town_it_fights_in_doubtful() -> None:
    # Only "Rwandan" names a country: Rwanda's troops fight in Mozambique's Cabo Delgado, where the town lies.
    events = _events("Insurgents attacked Mocimboa da Praia on Tuesday but were pushed back by Rwandan troops, "
                     "officials said.")
    assert events and all(e.country == "MZ" for e in events)
    assert all_near(events, -11.35, 40.35)
