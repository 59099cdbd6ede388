"""Mends of session 24 (review finding 5): a reading that was too broad. Sentences written for these tests, run
through the whole extractor (real spaCy model, gazetteer and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


def subs(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published))


# 5: a toll counted from an offensive launched days ago is not a campaign's tally
def test_a_toll_from_an_offensive_launched_this_week_stays_an_act() -> None:
    assert subs("The Israeli offensive on Rafah, launched on Monday, has killed 30 civilians, health officials "
                "said.") != []
