"""The dead told with no doer at the place of a riot told in the sentence before are that riot's toll, not an
attack on civilians by an unidentified group (issue 9, session 25: benchmarks/wire's first contact class). Through
the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2021, 7, 14)


def test_dead_at_the_second_riot_town_are_its_toll() -> None:
    events = run("On Monday crowds looted and burned shops across Durban, and the unrest spread the same day to "
                 "Pietermaritzburg. Four people were killed in Pietermaritzburg.", published=PUBLISHED)
    assert "Attack" not in [e.sub_event_type for e in events]


def test_gunmen_killing_after_a_riot_stay_an_attack() -> None:
    events = run("On Monday crowds looted and burned shops across Durban, and the unrest spread the same day to "
                 "Pietermaritzburg. Gunmen shot dead three men in Pietermaritzburg.", published=PUBLISHED)
    assert "Attack" in [e.sub_event_type for e in events]


def test_dead_at_a_dispersed_march_are_its_toll() -> None:
    events = run("Police fired tear gas at thousands of opposition supporters marching in Conakry on Thursday. Two "
                 "people were killed in Conakry, a hospital source said.", published=dt.date(2020, 10, 23))
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
