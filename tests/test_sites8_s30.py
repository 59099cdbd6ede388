"""Session 30 round 2 (sites8): places of real reporting that frontlog did not know or put at a far namesake
(places_supplement.tsv).

Sentences written for these tests. Classes of row, each seen on real pages of several wars:
- villages and towns cities500 lacks while it has a namesake far off in the same country (Bamba of Gao region, not
  Sikasso's; Storozheve of Donetsk oblast, not Poltava's; Ntamugenga of Rutshuru territory; El Aguaje of Michoacan);
- villages and sites cities500 lacks (Bamessing, Gomal Zam dam, Draban, south Lebanon villages) and districts
  at their seats (Maiwand at Hutal, Nawa-i-Barakzayi, Ghani Khel for Shinwar);
- press spellings of cities500 towns or rows as 'aliases' (Darkoush, Yauri for Yelwa, Bajur, Kunin) and the English
  name of a department ('North Santander')."""

from __future__ import annotations

import pytest

from conftest import first_place
from frontlog.extract.places import PlaceFinder
from frontlog.model.geo import km


@pytest.mark.parametrize("text, country, lat, lon", [
    ("Jihadists attacked an army post in the town of Bamba, in Gao region, on Tuesday.", "ML", 17.03, -1.40),
    ("Ukrainian troops retook the village of Storozheve in Donetsk region.", "UA", 47.80, 36.80),
    ("Separatists clashed with soldiers in Bamessing on Wednesday.", "CM", 5.99, 10.45),
    ("Troops killed three militants near the Gomal Zam dam in South Waziristan.", "PK", 32.10, 69.87),
    ("Militants stormed a police station in Draban overnight.", "PK", 31.73, 70.33),
    ("M23 rebels fought the army around Ntamugenga in Rutshuru territory.", "CD", -1.24, 29.42),
    ("Rebels seized a checkpoint on the edge of Darkoush in Idlib province.", "SY", 35.99, 36.39),
    ("A drone strike hit a car in Adloun, south of Sidon.", "LB", 33.40, 35.27),
    ("Warplanes struck a house in Khirbet Selm in south Lebanon.", "LB", 33.20, 35.45),
    ("Shells fell on the outskirts of Beit Lif in south Lebanon.", "LB", 33.13, 35.33),
    ("A strike on Deir Seryan in south Lebanon killed a fighter.", "LB", 33.29, 35.57),
    ("A drone targeted a motorbike in Kunin in south Lebanon.", "LB", 33.17, 35.44),
    ("Bandits abducted 14 passengers near Yauri in Kebbi state.", "NG", 10.84, 4.74),
    ("Taliban fighters attacked checkpoints in Maiwand district of Kandahar.", "AF", 31.74, 65.14),
    ("Troops fought insurgents in Nawa-i-Barakzayi district of Helmand.", "AF", 31.38, 64.30),
    ("A suicide bomber struck a gathering in Ghani Khel, Nangarhar province.", "AF", 34.20, 70.78),
    ("Gunmen ambushed a police convoy in El Aguaje, Michoacan.", "MX", 18.78, -102.75),
    ("Soldiers killed five militants in a clash in Bajur district.", "PK", 34.74, 71.53),
    ("The Taliban stormed a police post in Arghistan district of Kandahar.", "AF", 31.52, 66.55),
    ("Insurgents ambushed a patrol in Zhari district, west of Kandahar city.", "AF", 31.58, 65.43),
])
def test_a_place_of_real_reporting_is_placed(finder: PlaceFinder, text: str, country: str,
                                             lat: float, lon: float) -> None:
    _m, place = first_place(finder, text)
    assert place.country == country
    assert km(place.lat, place.lon, lat, lon) < 10


def test_the_english_name_of_a_colombian_department(finder: PlaceFinder) -> None:
    places = [p for _m, p in finder.locate("Protesters blocked roads across North Santander on Monday.")]
    assert any(p.country == "CO" and p.kind == "admin1" and km(p.lat, p.lon, 7.91, -72.5) < 10 for p in places)


def test_the_peruvian_namesake_keeps_its_own_story(finder: PlaceFinder) -> None:
    # 'Yauri' became a name of Kebbi's Yelwa: a story of Peru keeps Peru's Yauri
    _m, place = first_place(finder, "Miners marched through Yauri in Peru's Cusco region on Monday.")
    assert place.country == "PE"


def test_the_poltava_namesake_keeps_its_own_story(finder: PlaceFinder) -> None:
    _m, place = first_place(finder, "Police searched homes in Storozhove, in Ukraine's Poltava region.")
    assert place.country == "UA" and place.lat > 49


@pytest.mark.parametrize("text", [
    # person's names are no villages
    "Maroof Khan, a former minister, said the talks would resume.",
    "Ghani Khan, a former minister, said the talks would resume.",
])
def test_no_person_becomes_a_village(finder: PlaceFinder, text: str) -> None:
    countries = {p.country for _m, p in finder.locate(text)}
    assert "AF" not in countries


@pytest.mark.parametrize("text, lat, lon", [
    ("Islamic State fighters overran Qaryatain, south-east of Homs, on Wednesday.", 34.23, 37.24),
    ("Kurdish fighters retook Ein Issa north of Raqqa on Monday.", 36.39, 38.86),
])
def test_a_press_spelling_of_a_syrian_town(finder: PlaceFinder, text: str, lat: float, lon: float) -> None:
    _m, place = first_place(finder, text)
    assert place.country == "SY" and km(place.lat, place.lon, lat, lon) < 5
