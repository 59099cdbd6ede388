"""A participle before a person's title ("ousted President X", "the deposed leader") says who the person is, not a
coup told there (rule drop.state_participle; issue 9, session 17: benchmarks/wire3's first contact), through the
whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 7)


def test_supporters_of_an_ousted_president_marching_tell_no_coup() -> None:
    events = run("Supporters of ousted President Mohamed Bazoum marched in Niamey on Friday.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_soldiers_ousting_a_president_is_still_a_coup() -> None:
    events = run("Soldiers ousted President Alpha Conde in Conakry on Sunday.", published=PUBLISHED)
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Other", "Military Forces of Guinea")]
