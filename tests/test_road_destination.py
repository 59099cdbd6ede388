"""Where a road goes is not where a crowd blocked it (issue 9, session 17: benchmarks/wire3's first contact), through
the whole extractor (real spaCy model, gazetteer and actor table), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 7)


def test_the_town_a_road_leads_to_is_not_where_the_crowd_burned_tyres() -> None:
    events = run("In Kebili, protesters burned tyres and blocked the road to Gabes on Sunday, a union official said.",
                 published=PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in events] == [("Violent demonstration", "Kebili")]


def test_a_highway_to_a_city_near_a_town_is_at_the_town() -> None:
    events = run("Police detained 30 demonstrators on Friday who had blocked the highway to Lima near Huaral with "
                 "burning tyres.", published=PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in events] == [("Violent demonstration", "Huaral")]


def test_a_road_alone_still_places_the_act_at_the_town_it_names() -> None:
    # With no other place in the sentence, the road's town is the best the text gives.
    events = run("Gunmen ambushed a police convoy on the road to Kinkala on Tuesday, killing four officers.",
                 published=PUBLISHED)
    assert [e.location for e in events] == ["Kinkala"]
