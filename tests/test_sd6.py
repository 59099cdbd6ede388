"""Strategic developments told in ways the lexicon missed (session 24, branch sd6): weapons seized or found told as a
noun ("the seizure of 40 rifles"), a defection told as a noun, the aides of a leader detained, a person handed over
to prosecutors (no hand-over of ground), and a deal told as close or possible (not yet made). The whole extractor
with the real spaCy model, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import extract_text

PUBLISHED = dt.date(2024, 4, 13)


@pytest.mark.parametrize("text", [
    "Police announced the seizure of 40 rifles and 3,000 rounds of ammunition from a truck in Maiduguri on Friday.",
    "The army reported the confiscation of rifles and grenades at a checkpoint in Mandera on Friday.",
])
def test_weapons_seized_told_as_a_noun_are_disrupted_weapons_use(text: str) -> None:
    events = extract_text(text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"], [
        (e.sub_event_type, e.location) for e in events]


def test_a_defection_told_as_a_noun_is_a_change_to_the_group() -> None:
    events = extract_text("The defection of a senior rebel commander to the army in Tibu on Friday weakened the "
                          "group, officials said.", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Change to group/activity"], [
        (e.sub_event_type, e.location) for e in events]


def test_a_wave_of_defections_is_a_summary() -> None:
    events = extract_text("After years of war, a wave of defections and draft dodging has left the army short of men.",
                          PUBLISHED)
    assert "Change to group/activity" not in [e.sub_event_type for e in events]


def test_aides_detained_are_arrests() -> None:
    events = extract_text("Two days later, detectives detained three of his aides in Chittagong, the party said.",
                          PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Arrests"], [(e.sub_event_type, e.location) for e in events]


def test_a_suspect_handed_over_to_prosecutors_is_no_transfer_of_ground() -> None:
    events = extract_text("Colombian police captured a rebel commander in Cali on Friday. He was flown to Bogota on "
                          "Saturday and handed over to prosecutors.", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Arrests"], [(e.sub_event_type, e.location) for e in events]


@pytest.mark.parametrize("text", [
    "Mediators in Doha said on Tuesday that a ceasefire in Gaza was close.",
    "Officials said a truce between the army and the rebels in Kachin state was possible by the end of the month.",
])
def test_a_deal_told_as_close_or_possible_is_no_agreement(text: str) -> None:
    assert extract_text(text, PUBLISHED) == []


def test_fighting_close_to_a_place_stays_fighting() -> None:
    events = extract_text("Fighting was close to the city centre of Khartoum on Tuesday, residents said.", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_the_pull_back_of_the_side_that_gave_a_town_up_is_part_of_the_hand_over() -> None:
    events = extract_text("On Thursday the army captured the town of Harasta after rebels of Jaysh al-Islam pulled "
                          "back, bringing troops closer to Douma.", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"], [
        (e.sub_event_type, e.location) for e in events]


def test_a_bomb_factory_destroyed_by_troops_is_disrupted_weapons_use() -> None:
    events = extract_text("Troops found and destroyed a bomb-making workshop belonging to Boko Haram in a village near "
                          "Gwoza on Tuesday, the army said.", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"], [
        (e.sub_event_type, e.location) for e in events]


@pytest.mark.parametrize("text", [
    "Russian missiles destroyed a factory in Kharkiv on Tuesday, the governor said.",
    "Soldiers destroyed a bakery in the village of Bama on Tuesday, residents said.",
])
def test_other_sites_destroyed_are_no_disrupted_weapons_use(text: str) -> None:
    events = extract_text(text, PUBLISHED)
    assert "Disrupted weapons use" not in [e.sub_event_type for e in events]
