"""Civilians out in unrest who assault a force are rioters, not an armed group (issue 9, session 16), through the
whole extractor (real spaCy model, gazetteer and actor table), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 6, 12)


def test_hundreds_of_supporters_storming_a_police_station_are_a_mob_not_an_armed_group() -> None:
    events = run("Hundreds of supporters of the jailed preacher attacked a police station in Multan on Tuesday.",
                 published=PUBLISHED)
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Mob violence", "Rioters (Pakistan)", "Police Forces of Pakistan")]


def test_farmers_attacking_police_during_a_protest_are_a_violent_demonstration() -> None:
    events = run("Farmers attacked a police convoy near Bathinda on Tuesday during a protest over crop prices.",
                 published=PUBLISHED)
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Violent demonstration", "Rioters (India)")]


def test_farmers_attacking_herders_are_no_mob() -> None:
    # People set upon by farmers are no force: the farmers may be a communal militia, not a crowd in unrest.
    events = run("Farmers attacked Fulani herders near Lafia on Tuesday, killing three of them.", published=PUBLISHED)
    assert events and all(e.sub_event_type != "Mob violence" for e in events)
