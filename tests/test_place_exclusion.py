""""Outside" a region or a country sets it apart ("the boldest raid in the region outside Chechnya": everywhere but
there), where "outside" a town locates an act near it (issue 9, session 17: benchmarks/wire3's first contact).
Through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2005, 10, 15)


def test_a_region_outside_which_a_raid_was_boldest_is_not_its_place() -> None:
    events = run("Police in Nalchik said on Saturday they had detained 36 people in a sweep after the boldest raid in "
                 "the North Caucasus outside Chechnya in a year.", published=PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Nalchik")]


def test_outside_a_town_is_still_near_it() -> None:
    events = run("Rebels ambushed an army convoy outside Grozny on Thursday, killing four soldiers.",
                 published=PUBLISHED)
    assert [(e.location, e.geo_precision) for e in events] == [("Grozny", 2)]
