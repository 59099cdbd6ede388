"""A bomb planted or carried has no doer carried over from shelling or strikes told before it, only from a bomb told
just before (rule actor.same_kind_previous; issue 9, session 18). Through the whole extractor, on articles written
for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

STORY = """Shelling and a car bomb in northern Syria

Syrian government forces shelled the village of Tell Hamra on Tuesday, wounding six people, a monitor said.

In the northeast, a car bomb exploded near a checkpoint of the Syrian Democratic Forces in the town of Shadadi,
killing four SDF fighters. No group claimed responsibility, but the Islamic State group has carried out similar
attacks in the area.
"""


def test_a_car_bomb_after_shelling_is_an_unidentified_groups() -> None:
    events = run(STORY, published=dt.date(2019, 6, 14))
    bombs = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert [e.actor1 for e in bombs] == ["Unidentified Armed Group (Syria)"]


def test_the_driver_of_a_car_bomb_is_its_senders() -> None:
    events = run("Islamic State fighters sent a car bomb against army positions near Deir ez-Zor on Tuesday. The "
                 "driver blew himself up before reaching the line.", published=dt.date(2019, 6, 14))
    assert {e.actor1 for e in events} == {"Islamic State"}


def test_strikes_told_again_keep_their_doer() -> None:
    events = run("Russian jets struck Maarat al-Numan on Monday. Further air strikes hit the town of Kafranbel "
                 "later that day.", published=dt.date(2019, 6, 14))
    assert {e.actor1 for e in events} == {"Russian Armed Forces"}
