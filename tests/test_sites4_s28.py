"""Session 28 (sites4): districts of real reporting put at their seats (places_supplement.tsv).

Sentences written for these tests. Three kinds of row: Afghan, Yemeni and Pakistani districts whose seat
cities500 holds only under an administrative title the press never writes ("Markaz-e Woluswali-ye Achin",
"Alaqahdari Shah Joy", "Markaz Mudhaykirah"), so "Achin district" fell to the province's point; Nigerian LGAs and
Cameroonian divisions not named after their seat town (Shiroro -> Kuta, Mobbar -> Damasak, Mayo-Sava -> Mora), at
the seat's cities500 point; and two Kandahar districts cities500 lacks (Panjwai, Arghandab). Names that are also
words or given names (Logo, Apa, Rafi, Kaga, Sanga, Jere, Fune, Kanam, Magama, Lere, Ussa) are keyed only with
their "LGA" noun."""

from __future__ import annotations

import pytest

from conftest import first_place
from frontlog.extract.places import PlaceFinder
from frontlog.model.geo import km


@pytest.mark.parametrize("text, hint, country, lat, lon", [
    ("Insurgents attacked a police post in Achin district overnight.", ("AF",), "AF", 34.13, 70.71),
    ("Fighting raged in Garmser district for a second day.", ("AF",), "AF", 31.13, 64.19),
    ("The Taliban entered Shah Joy district on Friday.", ("AF",), "AF", 32.52, 67.41),
    ("A mine exploded in Yakawlang district on Monday.", ("AF",), "AF", 34.74, 66.97),
    ("Troops pushed into Panjwayi district at dawn.", ("AF",), "AF", 31.54, 65.46),
    ("British troops patrolled Nawzad on Tuesday.", ("AF",), "AF", 32.40, 64.47),
    ("Coalition jets struck Haradh district overnight.", ("YE",), "YE", 16.41, 43.06),
    ("Bandits attacked a mining site in Danko-Wasagu, Kebbi State.", ("NG",), "NG", 11.40, 5.49),
    ("Gunmen raided a village in Gassol LGA of Taraba.", ("NG",), "NG", 8.64, 10.77),
    ("Boko Haram fighters attacked a village in Mayo-Kani division.", ("CM",), "CM", 10.11, 14.45),
    ("A drone hit a compound near Miramshah.", ("PK",), "PK", 33.00, 70.07),
    ("Sectarian clashes flared again in Kurram district.", ("PK",), "PK", 33.90, 70.10),
    ("A blast hit a market in Bajaur district.", ("PK",), "PK", 34.74, 71.53),
    ("Gunmen kidnapped 20 worshippers in Shiroro LGA of Niger State.", ("NG",), "NG", 9.87, 6.71),
    ("Bandits raided two villages in Rafi LGA on Sunday.", ("NG",), "NG", 10.19, 6.25),
    ("Herders attacked farmers in Logo LGA of Benue State.", ("NG",), "NG", 7.51, 9.35),
    ("Jihadists overran a base in Mobbar local government area of Borno.", ("NG",), "NG", 13.11, 12.51),
    ("Gunmen killed villagers in Zango Kataf, Kaduna State.", ("NG",), "NG", 9.78, 8.29),
    ("Militants attacked a village in the Mayo-Sava department.", ("CM",), "CM", 11.05, 14.14),
    ("Separatists ambushed soldiers in Ndian division.", ("CM",), "CM", 4.95, 8.87),
])
def test_a_district_lies_at_its_seat(finder: PlaceFinder, text: str, hint: tuple[str, ...], country: str,
                                     lat: float, lon: float) -> None:
    _m, place = first_place(finder, text, hint)
    assert place.country == country
    assert km(place.lat, place.lon, lat, lon) < 3


@pytest.mark.parametrize("text, hint", [
    # a word or a given name keyed only with its LGA noun gives no Nigerian place
    ("The party unveiled its new logo at a rally in Lagos.", ("NG",)),
    ("Singer Mohammed Rafi's songs were played at the vigil in Karachi.", ("PK",)),
])
def test_a_word_is_no_lga(finder: PlaceFinder, text: str, hint: tuple[str, ...]) -> None:
    names = [p.name for _m, p in finder.locate(text, hint)]
    assert not any("LGA" in n or n in {"Logo", "Rafi"} for n in names), names


def test_a_namesake_abroad_keeps_its_own_country(finder: PlaceFinder) -> None:
    # Kaga, Japan is untouched: the Borno LGA is keyed only as "Kaga LGA"
    _m, place = first_place(finder, "A typhoon flooded streets in Kaga, Ishikawa prefecture.", ("JP",))
    assert place.country == "JP"
