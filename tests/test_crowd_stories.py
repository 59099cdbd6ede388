"""Crowds told in short stories (issue 9, session 15), through the whole extractor (real spaCy model, gazetteer
and actor table), on sentences written for these tests: a killing done by a disaster that a crowd protests about,
and relatives of missing people whose detention is an arrest, not a disappearance."""

from __future__ import annotations

from conftest import extract_text as run


def test_a_disaster_a_crowd_marches_over_is_no_killing() -> None:
    events = run("Thousands marched in Skopje on Sunday to demand justice for the collapse of a nightclub roof that "
                 "killed 20 people in March.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Skopje")]


def test_floods_that_killed_people_tell_no_attack() -> None:
    assert run("Floods killed 40 people in the town of Beledweyne on Monday, officials said.") == []


def test_relatives_of_missing_people_detained_at_a_protest_are_arrested_not_disappeared() -> None:
    events = run("Police broke up a sit-in by families of missing soldiers outside the defence ministry in Kyiv on "
                 "Monday, briefly detaining several of them.")
    assert "Abduction/forced disappearance" not in [e.sub_event_type for e in events]


def test_a_man_not_seen_since_police_detained_him_is_still_disappeared() -> None:
    events = run("Police detained the activist in Harare on Monday, and his whereabouts are unknown, his lawyer said.")
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]
