"""A state's force killing people of a crowd that a protest of the same sentence is told by is force against
protesters, not an attack on civilians: the people fired on told as the crowd that gathered
(settle.force_on_gathered), a killing told with a protest it did not stop (settle.killed_at_protest). Issue 9,
session 22: violence against civilians read where the gold codes excessive force. Through the whole extractor, on
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 6, 10)


def subs(text: str) -> list[str]:
    return [e.sub_event_type for e in run(text, published=PUBLISHED)]


def test_fire_on_supporters_gathered_is_force_on_protesters() -> None:
    events = run("Police opened fire on supporters of the opposition leader gathered outside his house in Kampala "
                 "on Sunday, killing three.", published=PUBLISHED)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Excessive force against protesters", "Police Forces of Uganda", "Protesters (Uganda)")]
    assert "settle.force_on_gathered" in events[0].rules


def test_troops_killing_as_crowds_block_a_road_is_force_on_protesters() -> None:
    events = run("Troops shot dead four people in Kassala in Sudan on Sunday as crowds blocked a road to demand the "
                 "release of a tribal leader.", published=PUBLISHED)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Excessive force against protesters", "Sudanese Armed Forces", "Protesters (Sudan)")]


def test_gunmen_firing_on_people_at_a_market_stay_an_attack() -> None:
    assert subs("Gunmen opened fire on traders gathered at a market in Maiduguri on Sunday, killing three.") == [
        "Attack"]


def test_soldiers_firing_on_villagers_stay_an_attack() -> None:
    assert subs("Soldiers opened fire on villagers near Mopti in Mali on Sunday, killing seven.") == ["Attack"]


def test_troops_firing_on_people_gathered_for_an_occasion_is_an_attack() -> None:
    # (guests gathered for a graduation are no crowd out to protest: words/gathering_occasions.txt)
    events = run("Troops opened fire on families who had assembled for a graduation in Kidal on Sunday, killing five.",
                 published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_troops_firing_on_people_gathered_at_a_public_building_stays_force_on_a_crowd() -> None:
    events = run("Police opened fire on young men who had gathered in front of the governor's office in Kidal on "
                 "Sunday, killing five.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]
