"""A crowd fighting a state's force (session 27, branch riots11): one riot, never an armed clash by an
unidentified armed group. Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2021, 9, 14)


def _events(text: str):
    return run(text, published=DAY)


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in _events(text))


# sides.crowd_fought_force
def test_youths_fighting_police_beside_arson_is_one_riot() -> None:
    events = _events("Youths set tyres ablaze and fought police in Mombasa on Monday.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
    assert events[0].actor1.startswith("Rioters")


def test_students_fighting_police_alone_are_a_riot() -> None:
    assert _subs("Students fought police with stones outside the university in Kampala on Monday.") \
        == ["Violent demonstration"]


def test_mourners_fighting_soldiers_are_a_riot() -> None:
    assert _subs("Mourners fought with soldiers at a cemetery in Conakry on Sunday.") == ["Violent demonstration"]


def test_armed_men_fighting_police_stay_a_clash() -> None:
    assert "Armed clash" in _subs("Armed youths fought police for hours in Jos on Monday.")
    assert "Armed clash" in _subs("Gunmen fought police for two hours in Katsina on Monday.")


def test_a_named_groups_fighters_stay_a_clash() -> None:
    assert "Armed clash" in _subs("Al-Shabaab fighters fought soldiers in Afgooye on Sunday.")


def test_villagers_read_as_civilians_fighting_soldiers_are_a_riot() -> None:
    assert "Armed clash" not in _subs("Villagers fought soldiers in Kabale on Sunday.")


def test_a_crowd_told_armed_keeps_its_clash() -> None:
    assert "Armed clash" in _subs("Youths armed with rifles fought police in Eldoret on Monday.")
