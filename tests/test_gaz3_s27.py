"""Knowledge true of the world that decides between namesakes (session 27, branch gaz3): armed groups coded with
no country but rooted in one (actors.tsv flag country=), a lone consonant written with an apostrophe or a space
(name_key), regions placed at their capitals (admin1.tsv, scripts/build_admin1.py SEATS) and towns the gazetteer
lacked (places_supplement.tsv). On sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import all_near
from conftest import extract_text as run
from frontlog.knowledge.actors import ACTOR_FILE, ActorTable
from frontlog.knowledge.gazetteer import name_key, name_keys
from frontlog.knowledge.paths import PACKAGE_DATA

DAY = dt.date(2024, 5, 14)


# name_key: a lone consonant before a word is joined to it, whether an apostrophe or a space follows it.
@pytest.mark.parametrize("a,b", [("Birni N'Konni", "Birni N Konni"), ("Birni N’Konni", "Birni Nkonni"),
                                 ("N Djamena", "N'Djamena"), ("Birni Nʼkonni", "Birni N`Konni")])
def test_a_lone_consonant_meets_its_word(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)


def test_vowels_alone_stay_words_and_the_batch_keys_agree() -> None:
    assert name_key("Sao Tome e Principe") == "sao tome e principe"
    names = ["Birni N Konni", "L'Aquila", "A Luoi", "Lagos y Oeste", "Jisr al-Shughur", "Kafr N Bouda"]
    assert name_keys(names) == [name_key(n) for n in names]


# actors.tsv country=: a group the table codes with no country still says where its namesake towns are.
def test_groups_without_a_country_have_a_home() -> None:
    table = ActorTable.load([PACKAGE_DATA / ACTOR_FILE])
    homes = table.home_groups()
    assert homes["JNIM"] == "ML" and homes["ISWAP"] == "NG" and homes["Nusra Front"] == "SY"
    assert table.actors["JNIM"].country is None  # the coded actor keeps no country


def test_an_apostrophe_spelling_finds_the_town() -> None:
    events = run("Gunmen on motorbikes killed three customs officers in Birni N'Konni on Sunday, residents said.",
                 published=DAY)
    assert events and all_near(events, 13.80, 5.25)


def test_a_rakhine_town_not_its_namesake_near_yangon() -> None:
    events = run("The Arakan Army said on Monday it had captured Pauktaw after a three-week siege.", published=DAY)
    assert events and all_near(events, 20.18, 93.07)


def test_a_hasakah_neighbourhood_not_nashua() -> None:
    events = run("A roadside bomb hit a patrol of Kurdish police in the Nashwa district of Hasakah on Tuesday, "
                 "wounding two.", published=DAY)
    assert events and all(e.country == "SY" for e in events) and all_near(events, 36.50, 40.75)


def test_an_ituri_village_not_the_provincial_capital() -> None:
    events = run("ADF rebels killed seven farmers near Boga, in Ituri's Irumu territory, on Saturday.",
                 published=DAY)
    assert events and all_near(events, 1.12, 30.23) and not all_near(events, 1.56, 30.25, 10)


def test_a_state_is_placed_at_its_capital() -> None:
    events = run("Gunmen killed six police officers in an ambush in Guerrero state on Friday, the state prosecutor "
                 "said.", published=DAY)
    assert events and all_near(events, 17.55, -99.50, 10)


def test_a_group_of_no_country_keeps_its_towns_at_home() -> None:
    # Lere is a town of Mali's Timbuktu region and of Nigeria's Kaduna State; JNIM fights in Mali.
    events = run("JNIM fighters attacked an army post in Lere on Sunday, killing four soldiers.", published=DAY)
    assert events and all(e.country == "ML" for e in events)
