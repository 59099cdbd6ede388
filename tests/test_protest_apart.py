"""Arrests told beside a protest that is not being held there and then (rule drop.protest_apart): a protest not yet
held ("ahead of a planned march") or told as the cause or topic ("over posts about the protests") is no protest told
here, and the arrests are Arrests, not an intervention at a protest. The whole extractor with the real spaCy model,
on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import extract_text

PUBLISHED = dt.date(2024, 6, 14)


@pytest.mark.parametrize("text", [
    "Police in Harare detained 20 union members on Friday ahead of a planned strike rally.",
    "Security agents arrested six student leaders in Khartoum on Thursday ahead of Saturday's march.",
    "A blogger was arrested by police in Kampala on Tuesday over videos about the protests.",
    "Police detained a cartoonist in Istanbul on Wednesday over a drawing about the demonstrations.",
    # a protest dated on a day of its own, whose people are arrested apart from it
    "Police arrested five organisers of last week's fuel protest at their homes in Nairobi on Tuesday.",
    "Soldiers detained three leaders of Sunday's march in Conakry on Wednesday.",
])
def test_arrests_beside_a_protest_not_held_there_are_arrests(text: str) -> None:
    events = extract_text(text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Arrests"], [(e.sub_event_type, e.location) for e in events]


@pytest.mark.parametrize("text", [
    "Police arrested 40 demonstrators during a rally against the government in Harare on Friday.",
    "Police detained dozens of people at a protest over fuel prices in Kampala on Tuesday.",
    "Police arrested 30 people at Sunday's march in Conakry.",
])
def test_arrests_at_a_protest_are_still_an_intervention(text: str) -> None:
    events = extract_text(text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"], [
        (e.sub_event_type, e.location) for e in events]
