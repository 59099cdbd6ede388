"""A pronoun subject standing for the doer told just before (issue 9, session 16), through the whole extractor
(real spaCy model, gazetteer and actor table), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 6, 12)


def test_a_pronoun_standing_for_an_armed_group_is_the_armed_side_a_trigger_needs() -> None:
    # "entered" needs an armed side; "they" stands for the fighters of the sentence before.
    events = run("Al-Shabaab fighters seized the town of Bulo Burte on Friday. A day later, they entered Jalalaqsi, "
                 "residents said.", published=PUBLISHED)
    assert sorted((e.location, e.actor1, e.date_start) for e in events) == [
        ("Buulobarde", "Al-Shabaab", "2024-06-07"), ("Jalalaqsi", "Al-Shabaab", "2024-06-08")]


def test_a_pronoun_standing_for_marchers_is_no_armed_side() -> None:
    events = run("Thousands of students marched through Colombo on Monday. They entered the parliament grounds.",
                 published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
