"""Gazetteer rows true of the world that benchmarks/wire3's first contact showed missing (issue 9, session 17):
the town of Al-Karak under its English name, and Mindouli of the Pool at its own point. Through the whole extractor,
on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 7)


def test_karak_is_the_town_not_the_governorate() -> None:
    events = run("Police arrested nine men in Karak on Tuesday over the weekend's shooting at the castle.",
                 published=PUBLISHED)
    assert [(e.location, e.geo_precision) for e in events] == [("Karak", 1)]
    assert abs(events[0].latitude - 31.18) < 0.05 and abs(events[0].longitude - 35.70) < 0.05


def test_mindouli_is_the_pool_town_on_the_railway() -> None:
    events = run("Gunmen killed two railway workers near Mindouli on Monday, the Congolese railway company said.",
                 published=PUBLISHED)
    assert [e.location for e in events] == ["Mindouli"]
    assert abs(events[0].latitude + 4.28) < 0.1 and abs(events[0].longitude - 14.35) < 0.1
