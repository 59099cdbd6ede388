"""Session 28 (sites5): spellings of real reporting put on the right town (places_supplement.tsv).

Sentences written for these tests. One class of row: a spelling the press writes ('Beledweyn', 'Tel Tamr',
'Mareb', 'Tarhouna', 'Nabatiyeh', 'Ersal', 'Kfarkela', 'Bulo Burte') that cities500 does not hold (or holds only
for an administrative region), keyed as an alias of the town's own cities500 point and name."""

from __future__ import annotations

import pytest

from conftest import first_place
from frontlog.extract.places import PlaceFinder
from frontlog.model.geo import km


@pytest.mark.parametrize("text, hint, country, lat, lon", [
    ("Al-Shabaab fighters attacked an army base in Beledweyn on Sunday.", ("SO",), "SO", 4.74, 45.20),
    ("A truck bomb exploded near a hotel in Belet Weyne.", ("SO",), "SO", 4.74, 45.20),
    ("Militants fired mortars at Qoryoley overnight.", ("SO",), "SO", 1.79, 44.53),
    ("Troops retook Bulo Burte after a two-day battle.", ("SO",), "SO", 3.85, 45.57),
    ("Soldiers clashed with insurgents near Wanlawein.", ("SO",), "SO", 2.62, 44.89),
    ("Turkish drones struck a position near Tel Tamr.", ("SY",), "SY", 36.66, 40.37),
    ("Government forces shelled Muadamiyah for a third day.", ("SY",), "SY", 33.46, 36.19),
    ("Houthi forces pushed towards Mareb city on Tuesday.", ("YE",), "YE", 15.46, 45.33),
    ("Fighters loyal to Haftar withdrew from Tarhouna.", ("LY",), "LY", 32.44, 13.63),
    ("An Israeli strike hit a building in Nabatiyeh.", ("LB",), "LB", 33.38, 35.48),
    ("The army raided a camp on the outskirts of Ersal.", ("LB",), "LB", 34.18, 36.42),
    ("Shelling damaged houses in Kfarkela on Friday.", ("LB",), "LB", 33.28, 35.55),
])
def test_a_press_spelling_lies_at_its_town(finder: PlaceFinder, text: str, hint: tuple[str, ...], country: str,
                                           lat: float, lon: float) -> None:
    _m, place = first_place(finder, text, hint)
    assert place.country == country
    assert km(place.lat, place.lon, lat, lon) < 3


def test_a_spelling_without_hint_finds_its_country(finder: PlaceFinder) -> None:
    # no namesake anywhere: the text's country need not be known
    _m, place = first_place(finder, "Clashes broke out in Beledweyn on Monday.")
    assert place.country == "SO"
