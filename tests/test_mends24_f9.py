"""Mends of session 24 (review finding 9): a reading that was too broad. Sentences written for these tests, run
through the whole extractor (real spaCy model, gazetteer and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


# 9: only a bare "strike" may retell any remote act; "the bombardment" is an act of its own
def test_a_bombardment_after_a_roadside_bomb_is_its_own_act() -> None:
    events = run("A roadside bomb killed four soldiers near Gao on Monday. The bombardment of the town killed 12 "
                 "militants.", PUBLISHED)
    assert sorted(e.fatalities for e in events) == [4, 12]
