"""Session 27 (sites2): sites, camps, districts and bases of the wars of 2010-2025 added to places_supplement.tsv.

Sentences written for these tests. A site named alone takes its own point (precision 1); a district or a site
inside a town keeps its own name at the town's point with precision 2 (EVENTS.md, "Places"); a row never turns a
common word or a person's name into a place."""

from __future__ import annotations

import pytest

from conftest import first_place
from frontlog.extract.places import PlaceFinder
from frontlog.model.geo import km


@pytest.mark.parametrize("text, hint, name, country, lat, lon, precision", [
    # own points: far from the town that would otherwise stand for them
    ("Militants shelled Baledogle airfield overnight, the Somali army said.", (), "Baledogle Airfield", "SO",
     2.67, 44.79, 1),
    ("Insurgents fired mortars at Camp Bastion on Tuesday.", ("AF",), "Camp Bastion", "AF", 31.86, 64.22, 1),
    ("Rival brigades fought for the Es Sider terminal on Sunday.", ("LY",), "Es Sider", "LY", 30.63, 18.35, 1),
    ("Jets bombed Benina airport before dawn.", ("LY",), "Benina International Airport", "LY", 32.10, 20.27, 1),
    ("A drone hit al-Hol camp in the night.", ("SY",), "Al-Hol camp", "SY", 36.38, 41.15, 1),
    ("Gunmen killed a trader in Rukban on Friday.", ("SY",), "Rukban camp", "SY", 33.31, 38.69, 1),
    ("Warplanes struck Fordow on Sunday.", ("IR",), "Fordow", "IR", 34.885, 50.996, 1),
    # districts and sites inside a town: the town's point, precision 2
    ("Mortar rounds fell on Karrada on Thursday.", ("IQ",), "Karrada", "IQ", 33.34, 44.40, 2),
    ("Fighting broke out in Ain al-Hilweh on Monday.", ("LB",), "Ain al-Hilweh", "LB", 33.56, 35.37, 2),
    ("Soldiers stormed Balata camp at dawn.", ("PS",), "Balata camp", "PS", 32.22, 35.25, 2),
    ("Shells landed in Kafouri, residents said.", ("SD",), "Kafouri", "SD", 15.65, 32.53, 2),
    ("A roadside bomb went off in Wardhigley on Saturday.", ("SO",), "Wardhigley", "SO", 2.04, 45.34, 2),
    ("Police fired on marchers in Thaketa township.", ("MM",), "Thaketa", "MM", 16.81, 96.16, 2),
    ("Gangs torched houses in Solino overnight.", ("HT",), "Solino", "HT", 18.54, -72.34, 2),
    ("Gunmen raided the Bentiu PoC site overnight.", (), "Bentiu protection of civilians site", "SS", 9.26, 29.80, 2),
    ("Jihadists seized the Tabqa Dam after a week of fighting.", (), "Tabqa Dam", "SY", 35.87, 38.57, 1),
    ("Militants besieged Amerli for two months.", ("IQ",), "Amirli", "IQ", 34.72, 44.58, 1),
])
def test_site_resolves_to_its_point(finder: PlaceFinder, text: str, hint: tuple[str, ...], name: str, country: str,
                                    lat: float, lon: float, precision: int) -> None:
    m, place = first_place(finder, text, hint)
    assert (place.name, place.country, m.precision) == (name, country, precision)
    assert km(place.lat, place.lon, lat, lon) < 3


@pytest.mark.parametrize("text", [
    "Kamal Adwan said the talks had failed.",  # a person: only "Kamal Adwan Hospital" is a place
    "Engineers began repairing the bridge at the port on Monday.",  # common words
    "The sermon at the mosque called for calm.",
])
def test_no_place_from_a_person_or_common_words(finder: PlaceFinder, text: str) -> None:
    assert finder.locate(text, ()) == []
