"""The dead told with no doer at the place of a strike, a blast or a clash told in the sentence before, on its
days, are its toll, not an attack on civilians by an unidentified group (issue 9, session 25). Through the whole
extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2019, 7, 23)


def test_dead_after_an_air_strike_are_its_toll() -> None:
    events = run("Russian jets struck the town of Maarat al-Numan on Monday, the Syrian Observatory said. Nine "
                 "civilians were killed in Maarat al-Numan, rescuers said.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_dead_after_a_roadside_bomb_are_its_toll() -> None:
    events = run("A roadside bomb exploded near a market in Baidoa on Sunday. Six civilians were killed in Baidoa, a "
                 "local official said.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_dead_on_another_day_stay_an_act_of_their_own() -> None:
    events = run("Russian jets struck the town of Maarat al-Numan on Saturday 6 July. On Monday, nine civilians were "
                 "killed in Maarat al-Numan, rescuers said.", published=PUBLISHED)
    assert "Attack" in [e.sub_event_type for e in events]


def test_civilians_dead_after_a_clash_are_its_toll() -> None:
    events = run("Troops and Al-Shabaab militants clashed in Beledweyne on Sunday. Four civilians were killed in "
                 "Beledweyne, a local elder said.", published=dt.date(2023, 6, 6))
    assert [e.sub_event_type for e in events] == ["Armed clash"]
