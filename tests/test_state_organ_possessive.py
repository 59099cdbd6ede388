"""A capital's possessive before an organ of the state ("Pretoria's defence ministry said") is that state speaking,
no place of the act told (words/state_organ_nouns.txt; issue 9, session 18: benchmarks/wire4's first contact):
"there" in the same sentence is where the story just was. Through the whole extractor, on sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(1998, 9, 24)


def test_a_toll_told_by_a_foreign_ministry_stays_at_the_fight() -> None:
    events = run("Zimbabwean troops clashed with rebel fighters at the Inga dam early on Tuesday.\n\nHarare's defence "
                 "ministry said 12 rebels were killed there.", published=PUBLISHED)
    assert "Harare" not in [e.location for e in events]
    assert [e.event_type for e in events] == ["Battles"]


def test_a_city_named_with_its_own_body_is_still_a_place() -> None:
    # A local body ("Kinshasa's police chief") is the city's own: the city is the place.
    events = run("Kinshasa's police chief said officers arrested 30 protesters in Kinshasa on Tuesday.",
                 published=PUBLISHED)
    assert [e.location for e in events] == ["Kinshasa"]
