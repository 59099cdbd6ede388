"""Session 28 (sites3): places of real reporting the gazetteer did not know, added to places_supplement.tsv.

Sentences written for these tests. Two kinds of row: a cities500 town given the Russian-language name the press also
writes, which cities500 keeps only as an alternate name while a town in Russia (or elsewhere) bears it as its own
("Dzerzhinsk" was read as the Russian city of 230,000, not Toretsk); and towns, villages and bases of the wars of
2014-2025 that cities500 lacks or holds at a wrong point (Kobo, Ethiopia, 240 km south of the real town)."""

from __future__ import annotations

import pytest

from conftest import first_place
from frontlog.extract.places import PlaceFinder
from frontlog.model.geo import km


@pytest.mark.parametrize("text, hint, name, lat, lon", [
    # Russian names of Ukrainian towns whose Russian namesake bears the name as its own
    ("Russian artillery shelled Dzerzhinsk overnight, Ukrainian officials said.", ("UA",), "Toretsk", 48.39, 37.85),
    ("Troops fought near Krasnoarmeysk on Friday.", ("UA",), "Pokrovsk", 48.28, 37.18),
    ("Shells hit Seversk on Sunday, the Donetsk governor said.", ("UA",), "Siversk", 48.86, 38.10),
    ("Russian forces entered Volchansk on Friday.", ("UA",), "Vovchansk", 50.29, 36.94),
    ("A missile struck Konstantinovka on Thursday.", ("UA",), "Kostyantynivka", 48.53, 37.71),
    ("Wagner fighters attacked Artemovsk again on Monday.", ("UA",), "Bakhmut", 48.59, 38.00),
    ("Drones hit Novaya Kakhovka on Tuesday.", ("UA",), "Nova Kakhovka", 46.76, 33.36),
    ("Shelling hit Golaya Pristan on Wednesday.", ("UA",), "Hola Prystan", 46.53, 32.52),
    ("Artillery pounded Marganets on Friday.", ("UA",), "Marhanets", 47.63, 34.62),
])
def test_russian_spelling_of_a_ukrainian_town(finder: PlaceFinder, text: str, hint: tuple[str, ...], name: str,
                                              lat: float, lon: float) -> None:
    _m, place = first_place(finder, text, hint)
    assert (place.name, place.country) == (name, "UA")
    assert km(place.lat, place.lon, lat, lon) < 5


@pytest.mark.parametrize("text, hint, name, country, lat, lon", [
    ("Fano fighters entered Kobo on Tuesday.", ("ET",), "Kobo", "ET", 12.15, 39.63),
    ("Militiamen killed hundreds of labourers in Mai Kadra.", ("ET",), "Mai Kadra", "ET", 14.07, 36.56),
    ("Iraqi forces retook Bashiqa on Sunday.", ("IQ",), "Bashiqa", "IQ", 36.45, 43.35),
    ("Rockets were fired from Jurf al-Sakhar on Monday.", ("IQ",), "Jurf al-Sakhar", "IQ", 32.88, 44.19),
    ("Jets bombed Latamneh in northern Hama on Friday.", ("SY",), "Latamneh", "SY", 35.32, 36.62),
    ("Rebels seized Rathedaung on Sunday.", ("MM",), "Rathedaung", "MM", 20.48, 92.75),
    ("Militants attacked a checkpoint in Daraban before dawn.", ("PK",), "Daraban", "PK", 31.73, 70.33),
    ("Boko Haram fighters raided Amchide overnight.", ("CM",), "Amchide", "CM", 11.2447, 14.1439),
    ("Jihadists killed dozens of civilians in Thiou.", ("BF",), "Thiou", "BF", 13.80, -2.65),
    ("An Israeli drone struck a car in Shebaa on Sunday.", ("LB",), "Shebaa", "LB", 33.35, 35.75),
])
def test_a_town_cities500_lacks(finder: PlaceFinder, text: str, hint: tuple[str, ...], name: str, country: str,
                                lat: float, lon: float) -> None:
    _m, place = first_place(finder, text, hint)
    assert (place.name, place.country) == (name, country)
    assert km(place.lat, place.lon, lat, lon) < 3


@pytest.mark.parametrize("text, hint, country", [
    # the bigger namesake still wins in its own country's story
    ("A gunman opened fire in Odessa, Texas, on Saturday.", ("US",), "US"),
    ("Police dispersed a march in Blida, south of Algiers.", ("DZ",), "DZ"),
    ("Industrial workers rallied in Dzerzhinsk in the Nizhny Novgorod region.", ("RU",), "RU"),
])
def test_a_namesake_keeps_its_own_country(finder: PlaceFinder, text: str, hint: tuple[str, ...], country: str
                                          ) -> None:
    _m, place = first_place(finder, text, hint)
    assert place.country == country
