"""A killing told in a relative clause on people other than those arrested describes who the killers were: an act
of its own, not the toll of the arrest (issue 9, session 17: benchmarks/wire3's first contact). Through the whole
extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2016, 12, 21)


def test_arrests_of_helpers_of_killers_stay_arrests() -> None:
    events = run("Police arrested 11 people in Karak on Wednesday morning on suspicion of helping the gunmen who "
                 "killed ten people at the town's castle on Sunday, a security official said.", published=PUBLISHED)
    assert sorted((e.sub_event_type, e.date_start) for e in events) == [
        ("Arrests", "2016-12-21"), ("Attack", "2016-12-18")]


def test_people_rounded_up_and_shot_are_still_one_attack() -> None:
    events = run("Gunmen rounded up 40 men in the village of Kuchi on Sunday and shot them dead.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Attack"]
