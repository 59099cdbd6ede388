"""Session 26, branch sd8: strategic developments told apart from the crowd events they belong to. Sentences
written for these tests (riots in Zimbabwe, Kenya and Peru), not taken from any article."""

from __future__ import annotations

import datetime as dt

from frontlog.extract.pipeline import extract_batch
from frontlog.extract.sides import _crowd_story_part
from frontlog.model.extraction import Stats
from frontlog.model.records import Article, Event

RIOT = ("Hundreds of young men rioted in Bulawayo on Monday after the price of bread doubled. Shops stayed shut on "
        "Tuesday. Many residents said they feared more trouble. ")


def _subs(text: str, published: dt.date = dt.date(2019, 1, 16)) -> list[str]:
    [events] = extract_batch([Article(id="t", text=text, published=published)], Stats())
    return sorted(e.sub_event_type for e in events)


def test_damage_with_no_doer_at_the_riots_place_and_days_is_the_riots() -> None:
    # ACLED codes what a riot destroyed within the riot: no Looting/property destruction of its own
    subs = _subs(RIOT + "At least 40 shops in Bulawayo had been looted and burned on Monday, the chamber of "
                 "commerce said.")
    assert "Looting/property destruction" not in subs and "Violent demonstration" in subs


def test_damage_whose_doer_is_named_stays_its_own_record() -> None:
    subs = _subs(RIOT + "Soldiers looted 40 shops in Bulawayo on Monday night, the chamber of commerce said.")
    assert "Looting/property destruction" in subs


def test_damage_with_no_riot_told_stays_its_own_record() -> None:
    subs = _subs("Many residents of Kisumu said they feared more trouble. At least 40 shops in Kisumu had been "
                 "looted and burned on Monday, the chamber of commerce said.", dt.date(2023, 7, 12))
    assert subs == ["Looting/property destruction"]


def test_damage_on_another_day_than_the_riot_stays_its_own_record() -> None:
    subs = _subs("Hundreds of young men rioted in Juliaca on Monday after the arrest of a union leader. Shops "
                 "stayed shut on Tuesday. Many residents said they feared more trouble. At least 40 shops in Juliaca "
                 "had been looted and burned on Saturday, the chamber of commerce said.", dt.date(2023, 1, 20))
    assert "Looting/property destruction" in subs


def test_destruction_done_by_a_fight_is_the_fights_harm() -> None:
    # the fight is coded from its own word; the destruction it did is no looting of its own
    subs = _subs("Three days of clashes between the army and the rebels destroyed much of the main market in "
                 "Bossangoa last week.", dt.date(2014, 2, 12))
    assert "Looting/property destruction" not in subs and "Armed clash" in subs
    # (no record of that fight is made yet: what this asks is only that its harm is no destruction of its own)
    assert "Looting/property destruction" not in _subs(
        "Fighting in Marawi on Sunday destroyed dozens of houses, local officials said.", dt.date(2017, 6, 6))


def test_destruction_done_by_rains_is_no_ones_violence() -> None:
    assert _subs("Heavy rains destroyed hundreds of homes in Maiduguri on Sunday.", dt.date(2022, 9, 6)) == []


def test_destruction_by_armed_men_after_a_fight_stays_a_destruction() -> None:
    subs = _subs("Militants destroyed a school in Kunduz on Monday after fighting with police.", dt.date(2016, 10, 5))
    assert "Looting/property destruction" in subs


def test_damage_zero_km_from_the_riot_under_another_name_is_the_riots() -> None:
    # a quarter the gazetteer puts on the city's own point: 0 km is near, not unknown
    riot = Event(doc_id="t", event_type="Riots", sub_event_type="Violent demonstration", location="Kisumu",
                 latitude=-0.1, longitude=34.75, date_start="2023-07-10", date_end="2023-07-10")
    damage = Event(doc_id="t", event_type="Strategic developments", sub_event_type="Looting/property destruction",
                   location="Kisumu Central", latitude=-0.1, longitude=34.75, date_start="2023-07-10",
                   date_end="2023-07-10")
    assert _crowd_story_part(damage, [riot])
    assert not _crowd_story_part(damage, [Event(**{**riot.to_dict(with_rules=True), "latitude": None})])
