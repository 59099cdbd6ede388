"""Long wire stories (issue 9, benchmarks/wire) through the whole extractor, on sentences written for these tests
with the real spaCy model, gazetteer and actor table: what a long story tells besides its act (background, tallies,
anniversaries, retellings) and how its acts are coded."""

from __future__ import annotations

from conftest import extract_text as run
from frontlog.model.records import Event


def summary(events: list[Event]) -> list[tuple]:
    return [(e.sub_event_type, e.actor1, e.location) for e in events]


def test_crowds_looting_shops_in_unrest_are_rioters_not_looting_by_an_armed_group() -> None:
    events = run("Crowds looted shops and warehouses in Kisumu on Tuesday after the election result was announced.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Violent demonstration", "Kisumu")], summary(events)


def test_soldiers_looting_shops_stay_looting() -> None:
    events = run("Residents said soldiers looted shops in Kisumu on Tuesday.")
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"], summary(events)


def test_a_crowd_that_sets_buildings_alight_riots() -> None:
    events = run("Protesters set alight the town hall in Kisumu on Tuesday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Violent demonstration", "Kisumu")], summary(events)


def test_a_surname_given_with_a_title_is_the_person_when_it_stands_alone_later() -> None:
    text = ("Supporters of former President Lenin Moreno marched through Quito on Monday. "
            "On Tuesday, crowds that blamed Moreno for the crisis set fire to a police post in Guayaquil.")
    events = run(text)
    assert "Moreno" not in {e.location for e in events}, summary(events)
    assert ("Violent demonstration", "Guayaquil") in {(e.sub_event_type, e.location) for e in events}, summary(events)
