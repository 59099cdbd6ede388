"""Namesakes abroad (issue 9, session 24, places11): a name that is a region's own name and a small town's in a
country the article never names is the region. The whole extractor with the real spaCy model and gazetteer, on
sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text
from frontlog.model.records import Event

PUBLISHED = dt.date(2024, 5, 3)


def _events(text: str) -> list[Event]:
    return extract_text(text, PUBLISHED)


def test_a_regions_name_with_no_country_named_is_the_region_not_a_town_abroad() -> None:
    # Borno is a Nigerian state, a hamlet of Italy and an alternate name of Borna (Germany).
    events = _events("Gunmen attacked a village in Borno on Tuesday, killing seven farmers, residents said.")
    assert events and all(e.country == "NG" for e in events)


def test_a_town_in_a_country_the_article_names_keeps_its_name() -> None:
    # The same name in an Italian story is the Italian town.
    events = _events("Italian police fired tear gas at protesters in Borno on Tuesday, Italy's interior ministry "
                     "said.")
    assert events and all(e.country == "IT" for e in events)


def test_a_world_city_met_by_an_alternate_name_beats_a_far_smaller_town_of_that_own_name() -> None:
    # GeoNames' own name of Florida's town is "St. Petersburg"; Russia's city, twenty times bigger, is listed under
    # "St Petersburg" only as an alternate name. Neither country is named.
    events = _events("Drones struck an oil depot in St Petersburg on Monday, killing one worker, officials said.")
    assert events and all(e.country == "RU" for e in events)


def test_a_town_of_its_own_name_still_beats_a_city_not_twenty_times_bigger() -> None:
    # Yei (South Sudan) is an alternate name of Bursa (Turkey), about twelve times bigger.
    events = _events("Soldiers burned homes in Yei on Monday, killing three civilians, residents said.")
    assert events and all(e.country == "SS" for e in events)
