"""People hit who are named as an armed side the actor table knows are armed, whatever their noun ("a convoy of
volunteers for the defence of the homeland (VDP)"): an armed clash, not an attack on civilians (rule
subtype.victims.armed; issue 9, session 18). Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 3, 5)


def test_volunteers_of_an_armed_militia_are_armed() -> None:
    events = run("Gunmen attacked a convoy of volunteers for the defence of the homeland (VDP) near Djibo on Monday, "
                 "killing 14 of them.", published=PUBLISHED)
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Armed clash", "Volunteers for the Defense of the Homeland")]


def test_villagers_are_still_civilians() -> None:
    events = run("Gunmen attacked a convoy of villagers near Djibo on Monday, killing 14 of them.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_a_state_named_in_a_schools_name_is_no_side() -> None:
    events = run("Gunmen stormed the Federal Government College in Yauri on Friday, killing two students.",
                 published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Attack"]
