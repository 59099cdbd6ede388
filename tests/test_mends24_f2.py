"""Mends of session 24 (review finding 2): a reading that was too broad. Sentences written for these tests, run
through the whole extractor (real spaCy model, gazetteer and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


def subs(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published))


# 2: a reported past perfect killing at a town is one act even beside a span ("since January")
def test_a_reported_past_perfect_killing_at_a_town_beside_a_long_span_stays_an_act() -> None:
    assert subs("Police said on Monday that gunmen had killed 12 villagers near Zurmi, the deadliest attack in the "
                "area since January.") == ["Attack"]
