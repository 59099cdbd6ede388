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
