"""Session 29 (sites6): places of real reporting that missed or fell to a namesake (places_supplement.tsv).

Sentences written for these tests. Two classes of row: a press spelling keyed as an alias of its town's own
cities500 point ('Hawija', 'Tel Hamis', 'Shirqat', 'Tuz Khormato', 'Jebleh', 'Chashti Sharif'), found even when
the text names no country; and a town, village or district seat cities500 lacks (Akobo, Baga Sola, Tangmarg,
Kubaisa, Mbonge, Dioura, Mondoro, Khuzaa, Mecufi, Jouya, Shuqrah, Sam Ouandja, Mayom, Anzourou), some of which
lost to a namesake abroad (Baga in Nigeria, Mbang in Cameroon's East, Shaqra in Saudi Arabia, Ghazni's Khogyani)."""

from __future__ import annotations

import pytest

from conftest import first_place
from frontlog.extract.places import PlaceFinder
from frontlog.model.geo import km


@pytest.mark.parametrize("text, country, lat, lon", [
    ("Kurdish-led forces repelled an attack on Shaddadi.", "SY", 36.06, 40.73),
    ("Jihadists held out in Hajjin until December.", "SY", 34.70, 40.83),
    ("Rebels shelled Jebleh on the coast.", "SY", 35.36, 35.93),
    ("Air strikes hit Maarat Misrin overnight.", "SY", 36.01, 36.67),
    ("Fighters attacked a post outside Tel Hamis.", "SY", 36.76, 41.40),
    ("Troops launched an offensive to retake Hawija.", "IQ", 35.33, 43.77),
    ("A car bomb went off at a market in Tuz Khormato.", "IQ", 34.89, 44.63),
    ("Gunmen killed four farmers near Muqdadiya.", "IQ", 33.98, 44.94),
    ("Troops entered Shirqat after a week of fighting.", "IQ", 35.52, 43.23),
])
def test_a_press_spelling_lies_at_its_town_without_a_country(finder: PlaceFinder, text: str, country: str,
                                                           lat: float, lon: float) -> None:
    # no country in the sentence: the spelling is a name of the town itself, not a near miss to be doubted
    _m, place = first_place(finder, text)
    assert place.country == country
    assert km(place.lat, place.lon, lat, lon) < 3


def test_hawija_is_displayed_as_the_press_writes_it(finder: PlaceFinder) -> None:
    _m, place = first_place(finder, "A roadside bomb killed two soldiers near Hawija.", ("IQ",))
    assert place.name == "Hawija"


@pytest.mark.parametrize("text, hint, country, lat, lon", [
    ("Raiders burned homes in Akobo on Sunday.", ("SS",), "SS", 7.78, 33.05),
    ("Soldiers repelled an attack on Baga Sola.", ("TD",), "TD", 13.53, 14.32),
    ("Two militants died in a gunfight near Tangmarg.", ("IN",), "IN", 34.06, 74.42),
    ("Troops retook Kubaisa from the jihadists.", ("IQ",), "IQ", 33.58, 42.67),
    ("Separatists ambushed a patrol outside Mbonge.", ("CM",), "CM", 4.53, 9.11),
    ("Gunmen overran the army camp at Dioura.", ("ML",), "ML", 14.83, -5.25),
    ("Jihadists attacked the camp at Mondoro.", ("ML",), "ML", 14.68, -1.95),
    ("Tanks shelled houses in Khuzaa.", ("PS",), "PS", 31.31, 34.36),
    ("Insurgents raided a village in Mecufi district.", ("MZ",), "MZ", -13.28, 40.57),
    ("A drone struck a car in Jouya.", ("LB",), "LB", 33.23, 35.33),
    ("Police posts in Chashti Sharif district came under fire.", ("AF",), "AF", 34.35, 63.74),
    ("Rebels fired on peacekeepers around Sam-Ouandja.", ("CF",), "CF", 8.53, 23.24),
    ("Armed youths raided a cattle camp in Mayom County.", ("SS",), "SS", 9.22, 29.17),
    ("Gunmen on motorbikes killed farmers in Anzourou.", ("NE",), "NE", 14.52, 1.23),
    ("The mayor of Kareri said the camp had been overrun.", ("ML",), "ML", 14.83, -5.25),
])
def test_a_town_cities500_lacks_is_placed(finder: PlaceFinder, text: str, hint: tuple[str, ...], country: str,
                                          lat: float, lon: float) -> None:
    _m, place = first_place(finder, text, hint)
    assert place.country == country
    assert km(place.lat, place.lon, lat, lon) < 5


@pytest.mark.parametrize("text, country, lat, lon", [
    # the namesake abroad no longer takes a name the article places in its own country
    ("Chadian troops fought off an attack on Baga Sola.", "TD", 13.53, 14.32),
    ("Al-Qaeda fighters entered Shaqra in Yemen's Abyan province.", "YE", 13.36, 45.70),
    ("Cameroonian soldiers clashed with separatists near Mbonge.", "CM", 4.53, 9.11),
    ("An air strike hit Khogyani district of Nangarhar province.", "AF", 34.24, 70.18),
])
def test_the_namesake_abroad_gives_way(finder: PlaceFinder, text: str, country: str, lat: float, lon: float) -> None:
    _m, place = first_place(finder, text)
    assert place.country == country
    assert km(place.lat, place.lon, lat, lon) < 5


@pytest.mark.parametrize("text, country", [
    # and keeps the name in its own country's story
    ("Boko Haram fighters attacked Baga in Borno state.", "NG"),
    ("Police dispersed a rally in Shaqra, north-west of Riyadh.", "SA"),
])
def test_the_namesake_keeps_its_own_story(finder: PlaceFinder, text: str, country: str) -> None:
    _m, place = first_place(finder, text)
    assert place.country == country


def test_an_armenian_province_written_without_its_suffix(finder: PlaceFinder) -> None:
    _m, place = first_place(finder, "Azerbaijani forces fired on a post in Vayots Dzor province.")
    assert place.country == "AM" and place.kind == "admin1"


@pytest.mark.parametrize("text", [
    # a surname whose skeleton is the Kurdish city's is not the city; 'Hit' in a headline is a verb
    "Qassem Suleimani visited Damascus on Sunday.",
    "Mortar Shells Hit Homes In Tal Hamis",
])
def test_no_person_or_verb_becomes_the_town(finder: PlaceFinder, text: str) -> None:
    names = {p.name for _m, p in finder.locate(text)}
    assert "Sulaymaniyah" not in names and "Hit" not in names


@pytest.mark.parametrize("text, name", [
    # a row of kind 'aliases' adds the press's spelling to its cities500 town without renaming or curating it
    ("A car bomb exploded at a checkpoint in Heet, west of Ramadi.", "Hit"),
    ("Militants attacked a police station in Heet on Sunday.", "Hit"),
    ("A roadside bomb struck a patrol on the outskirts of Sulaimani.", "Sulaymaniyah"),
])
def test_an_alias_row_names_its_town(finder: PlaceFinder, text: str, name: str) -> None:
    _m, place = first_place(finder, text)
    assert place.name == name and place.country == "IQ"


def test_every_alias_row_finds_its_town() -> None:
    # an 'aliases' row that met no cities500 town of its names within 5 km would add nothing, silently
    from frontlog.knowledge import gazetteer as G

    rows = G._supplement_rows()
    targets = G._rename_targets(rows)
    alias_rows = {i for i, row in enumerate(rows) if row["kind"] == G.ALIAS_ROW_KIND}
    assert alias_rows
    countries = {rows[i]["country"] for i in alias_rows}
    found: set[int] = set()
    for c in G._iter_cities():
        if c["countrycode"] in countries:
            found |= {i for i, _d in G._rename_distances(c, targets) if i in alias_rows}
    assert found == alias_rows
