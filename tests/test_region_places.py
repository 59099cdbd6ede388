"""Places in the regions frontlog knew least (benchmarks/probes/regions.jsonl): a town's population from the
supplement, provinces and states GeoNames does not list as first-level regions, on sentences written for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import extract_text
from frontlog.model.geo import km
from frontlog.model.records import Event

PUBLISHED = dt.date(2024, 3, 10)


def _events(text: str) -> list[Event]:
    return extract_text(text, PUBLISHED)


def test_a_supplement_town_with_its_population_outweighs_a_village_abroad() -> None:
    # No country named: the Bolivian city of 850,000, not the Peruvian village of El Alto.
    events = _events("Miners set fire to tyres on the highway into El Alto on Monday.")
    assert events and all((e.location, e.country) == ("El Alto", "BO") for e in events), \
        [(e.location, e.country) for e in events]


@pytest.mark.parametrize("text, town, country, point", [
    # A Philippine province (no GeoNames first-level region): the town is not sent to Puerto Rico's Isabela, nor
    # placed at the province's seat.
    ("Soldiers clashed with communist rebels in Guihulngan, Negros Oriental, on Friday.", "Guihulngan", "PH",
     (10.12, 123.27)),
    ("Communist rebels ambushed an army patrol in Ilagan, Isabela province, on Friday.", "Ilagan", "PH",
     (17.15, 121.89)),
    # A Darfur town by the hand-checked region "Darfur", farther than 150 km from its seat El Fasher.
    ("Militiamen burned the market in Nyala, Darfur, on Monday.", "Nyala", "SD", (12.05, 24.88)),
])
def test_a_town_in_a_hand_checked_region_is_its_namesake_near_the_seat(text: str, town: str, country: str,
                                                                       point: tuple[float, float]) -> None:
    events = _events(text)
    assert events and all((e.location, e.country) == (town, country) for e in events), \
        [(e.location, e.country) for e in events]
    assert all(km(*point, e.latitude, e.longitude) < 25 for e in events)


@pytest.mark.parametrize("text, country, point", [
    ("Fighting between the army and rebels spread across Sulu province on Sunday.", "PH", (6.05, 121.00)),
    ("Al-Shabaab fighters attacked an army base in Buurhakaba, in South West State, on Monday.", "SO",
     (2.80, 44.08)),
    ("Armed men shot dead a community leader in the Kutupalong refugee camp on Tuesday.", "BD", (21.21, 92.16)),
    ("A roadside bomb hit an army truck in Balad, north of Mogadishu, on Thursday.", "SO", (2.36, 45.39)),
])
def test_provinces_states_camps_and_towns_missing_from_geonames(text: str, country: str,
                                                                point: tuple[float, float]) -> None:
    events = _events(text)
    assert events and all(e.country == country for e in events), [(e.location, e.country) for e in events]
    assert all(km(*point, e.latitude, e.longitude) < 25 for e in events), \
        [(e.location, e.latitude, e.longitude) for e in events]


@pytest.mark.parametrize("text, town, country", [
    # "the mayor of X": the office's town; the act was where the sentence puts it.
    ("Gunmen shot dead the mayor of Kabacan at a checkpoint in Pikit on Monday.", "Pikit", "PH"),
    # A region fronted and a town under the act, at the same distance in the parse: the town, the more specific.
    ("In Hiiraan region, government troops took control of the town of Bulo Burde on Monday.", "Buulobarde", "SO"),
])
def test_the_act_is_placed_at_the_town_it_governs_not_an_office_or_a_region(text: str, town: str,
                                                                             country: str) -> None:
    events = _events(text)
    assert events and all((e.location, e.country) == (town, country) for e in events), \
        [(e.location, e.country) for e in events]


def test_a_country_is_not_met_by_its_name_without_its_article() -> None:
    # "Salvador" is Brazil's city; El Salvador is never written without "El".
    events = _events("Police killed two suspects in a shootout in Salvador on Tuesday, a state official said.")
    assert events and all(e.country == "BR" for e in events), [(e.location, e.country) for e in events]


def test_an_unknown_camp_with_a_provincial_dateline_is_placed_at_the_dateline_town() -> None:
    # Not at the country's capital, 800 km away: the reporter files from the town the camp lies outside.
    events = _events("MAIDUGURI, Nigeria (Reuters) - Gunmen killed four people at the Muna Garage camp on Friday, "
                     "residents said.")
    assert events and all(km(11.85, 13.16, e.latitude, e.longitude) < 25 for e in events), \
        [(e.location, e.latitude, e.longitude) for e in events]


def test_a_town_added_to_the_supplement() -> None:
    events = _events("Coca growers clashed with police at a roadblock in Villa Tunari on Monday.")
    assert events and all(km(-16.97, -65.42, e.latitude, e.longitude) < 25 for e in events), \
        [(e.location, e.latitude, e.longitude) for e in events]
