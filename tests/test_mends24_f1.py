"""Mends of session 24 (review finding 1): a reading that was too broad. Sentences written for these tests, run
through the whole extractor (real spaCy model, gazetteer and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


def subs(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published))


# 1: a refused or unrelated hand-over word in the sentence does not make an entry a hand-over
def test_an_entry_after_a_refusal_to_surrender_stays_a_capture() -> None:
    assert "Non-violent transfer of territory" not in subs(
        "Rebels entered Goma on Monday after government troops refused to surrender.")


def test_an_entry_beside_prisoners_transferred_elsewhere_stays_a_capture() -> None:
    assert "Non-violent transfer of territory" not in subs(
        "Islamic State fighters entered Palmyra on Monday and transferred the wounded prisoners to Raqqa.")
