"""An attack noun whose one named side is the killers of its own sentence ("the ambush of 3 July, when settlers killed
nine Bedouin"): that side did the attack, nobody armed was attacked, so the killing of people not called armed
makes it an attack on civilians (settle.victims_decide_attack; issue 9, session 23). Through the whole extractor,
on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2019, 5, 22)


def kinds(text: str) -> list[str]:
    return [e.sub_event_type for e in run(text, published=PUBLISHED)]


def test_ambush_named_by_its_killers_of_civilians_is_an_attack() -> None:
    events = run("The massacre echoed the ambush of 3 July 2001, when settlers killed nine Bedouin on the road near "
                 "Hebron.", published=PUBLISHED)
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians")]
    assert "settle.victims_decide_attack" in events[0].rules


def test_ambush_named_by_its_killers_of_soldiers_stays_a_fight() -> None:
    assert kinds("The attack revived memories of the ambush of 3 July 2001, when rebels killed nine soldiers on the "
                 "road near Kitgum.") == ["Armed clash"]


def test_ambush_of_a_named_force_stays_a_fight() -> None:
    assert kinds("Militants ambushed a police patrol near Bannu on Monday, killing four.") == ["Armed clash"]
