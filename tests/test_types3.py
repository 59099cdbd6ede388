"""The type of an act whose words could read as another (session 25, branch types3; issue 9): a bomb blown up by the
force that found it is a disrupted weapon, not a demolition. Through the whole extractor, on sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2022, 8, 16)


def test_a_car_bomb_blown_up_by_engineers_is_disrupted_weapons_use_alone() -> None:
    events = run("Army engineers blew up a car bomb they had found parked outside a mosque in Mogadishu on Monday.",
                 published=DAY)
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_a_bridge_blown_up_is_still_destruction() -> None:
    events = run("Retreating soldiers blew up the bridge over the river near Kherson on Friday.", published=DAY)
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_fighters_captured_in_a_raid_take_no_village() -> None:
    events = run("Security forces captured 12 suspected Boko Haram fighters in a raid on a village near Maiduguri on "
                 "Monday.", published=DAY)
    assert not [e for e in events if e.sub_event_type == "Government regains territory"]


def test_a_building_stormed_and_burned_with_no_one_hurt_is_destruction() -> None:
    events = run("Armed men stormed the offices of a television channel in Tripoli on Saturday and set fire to part of "
                 "the building.", published=DAY)
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_a_building_attacked_with_people_killed_stays_an_attack() -> None:
    events = run("Gunmen attacked the town hall in Bamenda on Monday and set it on fire, killing two guards.",
                 published=DAY)
    assert "Looting/property destruction" not in {e.sub_event_type for e in events}


def test_the_weapon_of_a_joined_verb_is_not_the_raids() -> None:
    events = run("Jihadists stormed three villages east of Menaka on Sunday and attacked the town's market with "
                 "suicide bombers, killing 40 civilians.", published=DAY)
    assert "Attack" in {e.sub_event_type for e in events}


def test_people_named_by_their_nation_and_counted_in_thousands_are_a_crowd() -> None:
    events = run("In Chisinau, several thousand ethnic Romanians broke into the government building on Tuesday night.",
                 published=DAY)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_protesters_the_victim_dealt_with_make_no_protester_of_him() -> None:
    events = run("A village elder who had mediated between the police and the protesters was shot dead by unknown "
                 "gunmen in Kisumu on Monday.", published=DAY)
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_man_who_joined_the_protesters_is_one() -> None:
    events = run("Police shot dead a man who had joined the protesters in Kisumu on Monday.", published=DAY)
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_what_angered_a_crowd_does_not_cancel_its_reading() -> None:
    events = run("In Mitrovica, several thousand ethnic Serbs angered by the release of the rebel commanders broke "
                 "into the municipal building on Tuesday night.", published=DAY)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_what_a_crowd_demands_does_not_cancel_its_reading() -> None:
    events = run("Hundreds of residents demanding the withdrawal of the soldiers clashed with police in Bamenda on "
                 "Friday.", published=DAY)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]
