"""Crowds told in short stories (issue 9, session 15), through the whole extractor (real spaCy model, gazetteer
and actor table), on sentences written for these tests: a killing done by a disaster that a crowd protests
about, relatives of missing people whose detention is an arrest, not a disappearance, people who went somewhere
to protest, a part of a crowd that rioted later, and a killing dated days before the riot it caused."""

from __future__ import annotations

import datetime as dt

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


def test_people_who_drove_into_a_city_to_protest_protested() -> None:
    events = run("Farmers drove hundreds of tractors into the centre of Paris on Monday to protest against falling "
                 "prices.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Paris")]


def test_people_who_threatened_to_protest_did_not() -> None:
    assert run("Unions threatened on Monday to protest in Accra if fuel prices rose again.") == []


def test_a_group_of_the_crowd_that_later_clashed_rioted_apart_from_the_rally() -> None:
    events = run("Thousands of teachers rallied in Tirana on Monday demanding higher pay. A group of protesters later "
                 "tried to force their way into the ministry and clashed with police.")
    assert sorted(e.sub_event_type for e in events) == ["Peaceful protest", "Violent demonstration"]


def test_a_killing_dated_days_before_the_riot_it_caused_is_its_own_event() -> None:
    events = run("Youths burned cars in Clichy on Thursday after a police officer shot dead a teenager at a "
                 "checkpoint on Tuesday, officials said.", published=dt.date(2023, 6, 30))
    dated = sorted((e.sub_event_type, e.date_start) for e in events)
    assert len(dated) == 2 and ("Attack", "2023-06-27") in dated  # (the burning on the 29th, whatever its type)
