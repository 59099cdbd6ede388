"""Mends of session 24 (review finding 7): a reading that was too broad. Sentences written for these tests, run
through the whole extractor (real spaCy model, gazetteer and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


def subs(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published))


# 7: a day's fighting that displaced people is one act, even beside a tally since months
def test_a_day_s_fighting_beside_a_displacement_tally_stays_a_clash() -> None:
    assert subs("Fighting between the army and Fano militiamen near Gondar on Monday has displaced 5,000 people, "
                "bringing the number displaced since March to 100,000.") == ["Armed clash"]
