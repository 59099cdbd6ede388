"""Session 30 (sites7): places of real reporting that frontlog did not know (places_supplement.tsv).

Sentences written for these tests. Classes of row, each seen on several real pages:
- Ethiopia's zones (GeoNames' first-level units are the regions), at their capitals' cities500 points, in the press's
  spellings (Wollega/Welega/Wellega, Shewa/Shoa, Gondar/Gonder, Gojjam/Gojam), and the old provinces the press still
  names ('in Wollega', 'Gojjam and Wollo');
- villages of south Lebanon's border belt cities500 lacks, named by the 2023-2024 war's strike reports;
- kibbutzim of the Gaza envelope cities500 lacks; districts of Balochistan at their seats; a Cabo Delgado district
  seat; a border crossing;
- press spellings of cities500 towns as rows of kind 'aliases' (Nedjo, Askira-Uba, Kfarchouba, Musakhail, Tuhayta)
  or added to a row's aliases (Maqdadiyah)."""

from __future__ import annotations

import pytest

from conftest import first_place
from frontlog.extract.places import PlaceFinder
from frontlog.model.geo import km


@pytest.mark.parametrize("text, lat, lon", [
    ("Gunmen killed eleven farmers in East Wellega zone on Sunday.", 9.08, 36.55),
    ("The army shelled villages across West Welega.", 9.17, 35.84),
    ("Rebels ambushed a bus in Kellem Wollega zone.", 8.53, 34.80),
    ("Clashes spread to Horo Guduru Wollega zone on Friday.", 9.57, 37.10),
    ("Police detained 30 youths in West Shoa zone.", 8.98, 37.85),
    ("Fano fighters entered towns in North Wollo zone.", 11.83, 39.59),
    ("A drone strike killed five people in East Gojjam zone.", 10.35, 37.73),
    ("Troops raided homes in South Gonder zone.", 11.85, 38.02),
    ("Tigrayan forces shelled villages in Wag Himra zone.", 12.63, 39.03),
    ("Dozens died in clashes in the Oromia Special Zone.", 10.72, 39.87),
])
def test_an_ethiopian_zone_lies_at_its_capital(finder: PlaceFinder, text: str, lat: float, lon: float) -> None:
    _m, place = first_place(finder, text)
    assert place.country == "ET" and place.kind == "admin1"
    assert km(place.lat, place.lon, lat, lon) < 5


def test_an_old_province_the_press_still_names(finder: PlaceFinder) -> None:
    names = {p.name for _m, p in finder.locate("Fighting raged across Gojjam and Wollo on Monday.")}
    assert {"Gojjam", "Wollo"} <= names


@pytest.mark.parametrize("text, country, lat, lon", [
    ("An Israeli drone struck a car in Tayr Harfa on Friday.", "LB", 33.13, 35.22),
    ("Shells landed on the outskirts of Rmeish overnight.", "LB", 33.08, 35.37),
    ("A strike destroyed a house in Kfar Rumman, near Nabatieh.", "LB", 33.38, 35.50),
    ("Israeli troops fired on shepherds in the Wazzani plain.", "LB", 33.27, 35.62),
    ("Artillery hit the outskirts of Kfarchouba on Sunday.", "LB", 33.33, 35.69),
    ("Gunmen killed residents of kibbutz Holit and took hostages.", "IL", 31.23, 34.33),
    ("Militants shot dead 23 passengers in Musakhail district.", "PK", 30.86, 69.82),
    ("Attackers stormed a camp in Lasbela district.", "PK", 25.81, 66.62),
    ("Insurgents beheaded two farmers in Meluco district.", "MZ", -12.53, 39.65),
    ("Hezbollah fighters fired on troops at Fatima Gate.", "LB", 33.28, 35.56),
    ("Boko Haram burned a clinic in Askira-Uba.", "NG", 10.65, 12.91),
    ("Armed men killed nine civilians in Nedjo district.", "ET", 9.50, 35.50),
    ("Jihadists executed two villagers near Maqdadiyah.", "IQ", 33.98, 44.94),
    ("Warplanes struck a fishing boat in al-Tuhaita district.", "YE", 14.18, 43.23),
])
def test_a_place_of_real_reporting_is_placed(finder: PlaceFinder, text: str, country: str,
                                             lat: float, lon: float) -> None:
    _m, place = first_place(finder, text)
    assert place.country == country
    assert km(place.lat, place.lon, lat, lon) < 5


def test_a_town_in_a_district_keeps_its_own_point(finder: PlaceFinder) -> None:
    # a district row is a region: 'the Bela area of Lasbela district' is the town of Bela, not a site at the seat
    _m, place = first_place(finder, "Militants attacked a camp in the Bela area of Lasbela district.")
    assert place.name == "Bela" and km(place.lat, place.lon, 26.23, 66.31) < 5


@pytest.mark.parametrize("text, country", [
    # a namesake elsewhere keeps its own story
    ("Israeli troops arrested three men in Taybeh, east of Ramallah.", "PS"),
    ("The prime minister visited the historic city of Gondar.", "ET"),
])
def test_the_namesake_keeps_its_own_story(finder: PlaceFinder, text: str, country: str) -> None:
    _m, place = first_place(finder, text)
    assert place.country == country and place.kind == "city"


@pytest.mark.parametrize("text", [
    # person's names and common spellings the rows left out are no villages
    "Ramia Hassan and Ramya Krishnan spoke at the forum in Geneva.",
    "Mohammed Wazzani told reporters he would appeal.",
])
def test_no_person_becomes_a_village(finder: PlaceFinder, text: str) -> None:
    countries = {p.country for _m, p in finder.locate(text)}
    assert "LB" not in countries
