"""Strategic developments told in ways the lexicon missed (session 25, branch sd7): people named by a role held by
the state's forces or where the state keeps people (an arrest told with "hold"), against holding that is no arrest.
The whole extractor with the real spaCy model, on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import extract_text

PUBLISHED = dt.date(2024, 4, 13)


@pytest.mark.parametrize("text", [
    "Soldiers held a local reporter for six hours at a checkpoint near Bouake on Thursday before freeing him.",
    "Union leader Peter Mwangi was briefly held by police in Nakuru on Friday, his lawyer said.",
    "Three students were held overnight at a police station in Bulawayo on Wednesday after filming a march.",
])
def test_a_person_held_by_the_state_is_an_arrest(text: str) -> None:
    events = extract_text(text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Arrests"], [(e.sub_event_type, e.location) for e in events]


@pytest.mark.parametrize("text", [
    "Police held a meeting with community leaders in Nakuru on Friday to discuss security.",
    "The governor held the police commander responsible for the deaths, officials in Nakuru said on Friday.",
])
def test_holding_that_is_no_arrest(text: str) -> None:
    events = extract_text(text, PUBLISHED)
    assert "Arrests" not in [e.sub_event_type for e in events], [(e.sub_event_type, e.location) for e in events]


@pytest.mark.parametrize("text", [
    "The militia released nine soldiers in Kismayo on Thursday after clan elders mediated their release.",
    "The rebels handed four hostages to the Red Cross in Bunia on Thursday, the organisation said.",
])
def test_captives_freed_through_a_go_between_are_an_agreement(text: str) -> None:
    events = extract_text(text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Agreement"], [(e.sub_event_type, e.location) for e in events]


@pytest.mark.parametrize("text", [
    "The activist was released on bail in Nairobi on Thursday after a hearing mediated by church leaders.",
    "Kidnappers freed a priest in Enugu on Thursday after his family paid a ransom, police said.",
])
def test_a_release_on_bail_or_for_ransom_is_no_agreement(text: str) -> None:
    events = extract_text(text, PUBLISHED)
    assert "Agreement" not in [e.sub_event_type for e in events], [(e.sub_event_type, e.location) for e in events]


@pytest.mark.parametrize("text", [
    "The government accuses the former army chief of trying to seize power by force.",
    "Prosecutors in Niamey accused two colonels on Friday of plotting a coup against the president.",
])
def test_an_attempt_to_seize_power_charged_is_no_coup(text: str) -> None:
    events = extract_text(text, PUBLISHED)
    assert "Other" not in [e.sub_event_type for e in events], [(e.sub_event_type, e.location) for e in events]


def test_a_coup_told_as_done_stays() -> None:
    events = extract_text("Soldiers seized power in Niamey on Wednesday and detained the president.", PUBLISHED)
    assert "Other" in [e.sub_event_type for e in events], [(e.sub_event_type, e.location) for e in events]


@pytest.mark.parametrize("text", [
    "Police have recovered 120 explosive devices in Kunduz so far this year, a senior officer said.",
    "Police have arrested 1,200 suspected gang members in Tegucigalpa this year, the minister said on Friday.",
])
def test_a_count_summed_up_over_months_is_a_tally(text: str) -> None:
    events = extract_text(text, PUBLISHED)
    assert events == [], [(e.sub_event_type, e.location) for e in events]


def test_a_count_on_one_day_stays_an_act() -> None:
    events = extract_text("Police have arrested 120 suspected gang members in Tegucigalpa on Friday, the minister "
                          "said.", PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Arrests"], [(e.sub_event_type, e.location) for e in events]


@pytest.mark.parametrize("text", [
    "The Free Syria Front announced in Idlib on Thursday that it was changing its name to the Syrian Liberation Front.",
    "The militia rebranded itself as a political movement in Bunia on Thursday, its leaders said.",
])
def test_a_group_renamed_is_a_change_to_the_group(text: str) -> None:
    events = extract_text(text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Change to group/activity"], [
        (e.sub_event_type, e.location) for e in events]
