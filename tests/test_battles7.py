"""Battles precision and type (session 25, probes/battles7.jsonl): an operation begun 'to drive X out of Y' is an
aim. Sentences written for these
tests, run through the whole extractor (real spaCy model, gazetteer and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 15)  # a Wednesday


def battles(text: str, published: dt.date = PUBLISHED) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published) if e.event_type == "Battles")


def test_an_operation_begun_to_drive_a_group_out_is_an_aim() -> None:
    assert battles("Kenyan troops began an operation on Monday to drive al-Shabaab out of villages around "
                   "Lamu, officials said.") == []


def test_troops_who_began_to_push_into_a_town_took_it() -> None:
    assert battles("Kenyan troops began to drive al-Shabaab out of villages around Lamu on Monday, officials "
                   "said.") != []

