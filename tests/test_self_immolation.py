"""A person setting themselves on fire in protest is a protest, as ACLED codes self-immolation, not the
destruction of property a fire set to something else is (issue 9, session 17: benchmarks/wire3's first contact),
through the whole extractor, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 7)


def test_a_vendor_setting_himself_on_fire_is_a_peaceful_protest() -> None:
    events = run("A street vendor set himself on fire in front of the governorate building in Gafsa on Monday after "
                 "police seized his cart.", published=PUBLISHED)
    assert [(e.sub_event_type, e.actor1, e.location) for e in events] == [
        ("Peaceful protest", "Protesters (Tunisia)", "Gafsa")]


def test_immolating_herself_is_a_peaceful_protest() -> None:
    events = run("A 30-year-old teacher immolated herself outside parliament in Tunis on Tuesday, witnesses said.",
                 published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_setting_a_shop_on_fire_is_still_destruction() -> None:
    events = run("Unknown men set a shop on fire in Gafsa on Monday.", published=PUBLISHED)
    assert all(e.sub_event_type != "Peaceful protest" for e in events)
