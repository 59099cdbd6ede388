"""An attack noun that names no way of its own, told with a blast or a strike at its place and time ("the deadliest
attack came in June, when a car bomb outside a market killed 40 shoppers"), is that act in general words: one
record, the blast's, not an attack on civilians beside it (settle.attack_noun_of_blast; issue 9, session 23).
Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2023, 6, 8)


def test_attack_noun_with_a_car_bomb_in_its_when_clause_is_the_bombing() -> None:
    events = run("The group's deadliest attack came on June 3, 2015, when a car bomb outside a market in Maiduguri "
                 "killed 40 shoppers.", published=PUBLISHED)
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Remote explosive/landmine/IED", "Civilians", 40)]
    assert "settle.attack_noun_of_blast" in events[0].rules


def test_attack_noun_beside_a_blast_at_another_place_and_day_stays_an_attack() -> None:
    events = run("Gunmen killed 12 traders in an attack on the market in Damboa on Monday, a day after a car bomb "
                 "exploded at a checkpoint in Konduga.", published=PUBLISHED)
    assert sorted(e.sub_event_type for e in events) == ["Attack", "Remote explosive/landmine/IED"]


def test_attack_noun_beside_a_separate_blast_at_its_place_and_day_stays_an_attack() -> None:
    # (the blast is told as another act, "hours before", not as the when-clause of the noun's verb)
    events = run("An attack on a mosque in Gwoza on Friday killed nine worshippers, hours before a roadside bomb "
                 "went off on the edge of Gwoza.", published=PUBLISHED)
    assert sorted(e.sub_event_type for e in events) == ["Attack", "Remote explosive/landmine/IED"]


def test_attack_noun_whose_day_carries_the_when_clause_is_the_bombing() -> None:
    # (the parser may hang the when-clause on the date of the noun's verb)
    events = run("The rebels' bloodiest attack came on March 4, 1999, when a truck bomb in the central bus station "
                 "of Kaduna killed 30 travellers.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]
