"""Where an act is placed, sixth batch (issue 9, session 23, whereabouts6 probes): a village the text puts in a
district, local government area or municipality seated at a town is not a namesake of the same country far from
that town; an unknown village "in western Niger" is in Niger, not in a region of another country the paragraph
names; a hand-checked town whose own name the text writes is not a world city met by an alternate name; a convoy's
destination does not drop the act the town locating it places. The whole extractor with the real spaCy model and
gazetteer, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import all_near, extract_text
from frontlog.model.records import Event

PUBLISHED = dt.date(2024, 6, 10)


def _events(text: str) -> list[Event]:
    return extract_text(text, PUBLISHED)


def test_a_village_of_a_local_government_area_is_not_its_namesake_far_away() -> None:
    # GeoNames' Takum is the Taraba town, 380 km from Kajuru; the text puts this Takum in Kajuru's LGA.
    events = _events("Bandits killed seven farmers in Takum village of Kajuru local government area of Kaduna State "
                     "on Sunday.")
    assert events and all_near(events, 10.32, 7.68)


def test_a_community_in_the_municipality_of_a_town_lies_in_it() -> None:
    # GeoNames' El Aguaje lies in Guerrero, 260 km from Aguililla.
    events = _events("Cartel gunmen burned homes in El Aguaje, a community in the municipality of Aguililla, "
                     "Michoacan, on Monday.")
    assert events and all_near(events, 18.74, -102.79)


def test_a_village_in_a_district_seated_at_a_town_lies_in_it() -> None:
    events = _events("Gunmen attacked a police post in Takum, a village in Kajuru district, on Sunday.")
    assert events and all_near(events, 10.32, 7.68)


def test_an_unknown_village_in_western_niger_is_not_in_a_region_of_another_country() -> None:
    # "Gourma" of the next sentence is a province of Burkina Faso; the villages are in western Niger.
    events = _events("Gunmen on motorcycles killed 30 villagers in Kwatangari and Bossey Bangou in western Niger on "
                     "Saturday. French troops had fought jihadists in the Gourma area days earlier.")
    placed = [e for e in events if e.location in ("Kwatangari", "Bossey Bangou")]
    assert placed and all(e.country == "NE" for e in placed)


def test_a_hand_checked_town_is_not_a_world_city_met_by_an_alternate_name() -> None:
    # "Mambasa" is the Ituri town (a hand-checked row) and only an alternate name of Mombasa, Kenya; the text names
    # no country.
    events = _events("Mai-Mai militiamen ambushed a truck near Mambasa on Sunday, killing the driver.")
    assert events and all(e.country == "CD" for e in events)
    assert all_near(events, 1.36, 29.04)


def test_a_convoys_destination_is_not_where_it_was_ambushed_nor_a_reason_to_drop_the_act() -> None:
    events = _events("Militiamen ambushed a truck convoy heading to Kisangani near Mambasa on Sunday, killing a "
                     "driver.")
    assert events and all_near(events, 1.36, 29.04)


def test_a_towns_own_name_is_not_a_world_citys_alternate_name() -> None:
    # "Yei" is the South Sudanese town's own name (260,000 people) and only an alternate name of Bursa, Turkey;
    # the text names no country.
    events = _events("Soldiers burned dozens of homes in Yei on Tuesday, residents said.")
    assert events and all(e.country == "SS" for e in events)
    assert all_near(events, 4.09, 30.68)


def test_the_country_people_came_from_is_not_where_an_unknown_village_lies() -> None:
    # "Kwatangari" is no place the gazetteer knows; "from Afghanistan" says where the militants came from.
    events = _events("PESHAWAR, Pakistan - Militants who had crossed from Afghanistan attacked a police post in "
                     "Kwatangari on Friday.")
    assert events and all(e.country != "AF" for e in events)


def test_the_victims_home_town_is_not_where_they_were_killed() -> None:
    # "from Kano" says where the traders came from; "near Funtua" where the attack was: one record there.
    events = _events("Gunmen killed six traders from Kano in an attack near Funtua on Monday, police said.")
    assert len(events) == 1 and all_near(events, 11.52, 7.31)


def test_where_a_bus_set_out_from_is_not_where_it_was_ambushed() -> None:
    events = _events("Rebels ambushed a bus travelling from Bamenda to Kumba near Batibo on Sunday.")
    assert events and all_near(events, 5.83, 9.85)


def test_abducted_from_a_village_is_still_taken_there() -> None:
    events = _events("Bandits abducted 30 villagers from Gidan Bakwai, a village near Tsafe in Zamfara state, on "
                     "Sunday.")
    assert events and all(e.location == "Gidan Bakwai" for e in events)
