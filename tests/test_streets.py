"""Crowds told by the form of the action (issue 9, session 17: benchmarks/probes/streets.jsonl), through the whole
extractor (real spaCy model, gazetteer and actor table), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 6, 12)  # a Wednesday


def _acts(text: str) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.location) for e in run(text, published=PUBLISHED))


def test_a_rally_a_day_after_a_dispersal_is_a_protest_of_its_own() -> None:
    assert _acts("Hundreds rallied in Kisumu on Tuesday, a day after police broke up a similar march in "
                 "Mombasa.") == [("Peaceful protest", "Kisumu"), ("Protest with intervention", "Mombasa")]


def test_a_march_dispersed_in_the_same_sentence_is_one_protest_with_intervention() -> None:
    assert _acts("Police fired tear gas to disperse teachers who marched in Nakuru on Tuesday.") == [
        ("Protest with intervention", "Nakuru")]


def test_a_crowd_is_placed_by_the_place_in_its_doers_phrase() -> None:
    # The place named with the people who marched, not with the march itself.
    assert _acts("Nurses at the county hospital in Eldoret downed tools on Monday and marched to the governor's "
                 "office over unpaid wages.") == [("Peaceful protest", "Eldoret")]
    assert _acts("Women traders in Kisumu closed their stalls on Monday, and hundreds of them marched to the "
                 "county offices.") == [("Peaceful protest", "Kisumu")]


def test_a_march_broken_up_in_the_passive_is_a_protest_with_intervention() -> None:
    assert _acts("A march by unpaid veterans in Kisumu was broken up by police on Monday.") == [
        ("Protest with intervention", "Kisumu")]


def test_police_dispersing_a_gathering_is_a_protest_with_intervention() -> None:
    assert _acts("Police dispersed a gathering of opposition supporters in Mombasa on Monday.") == [
        ("Protest with intervention", "Mombasa")]


def test_demonstrators_led_away_by_police_is_an_intervention() -> None:
    assert _acts("Pensioners held a sit-in outside the treasury in Nairobi on Monday until police led them "
                 "away.") == [("Protest with intervention", "Nairobi")]


def test_a_crowds_blockade_cleared_by_police_with_arrests_is_one_protest_with_intervention() -> None:
    assert _acts("Police cleared a road blockade by traders in Nakuru on Monday and arrested six of them.") == [
        ("Protest with intervention", "Nakuru")]
