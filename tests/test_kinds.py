"""The borders between event types (issue 9, session 18), through the whole extractor with the real spaCy model,
gazetteer and actor table, on sentences written for these tests: people taken and then killed, named again by a
pronoun or taken in a relative clause; arrests in raids on homes, which are no protest's."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import extract_text as run
from conftest import only_event as only

PUBLISHED = dt.date(2023, 3, 15)


@pytest.mark.parametrize("text", [
    "Armed men took four herders from their camp near Gao on Sunday and shot them dead, relatives said.",
    "Rebels pulled six traders off a lorry near Bunia on Monday and shot them, a local official said.",
    "Bandits dragged two farmers out of their fields near Gusau on Sunday and then shot at them, police said.",
])
def test_people_taken_and_named_again_by_a_pronoun_are_the_killing_s_victims(text: str) -> None:
    e = only(text, PUBLISHED)
    assert (e.event_type, e.sub_event_type, e.actor2) == ("Violence against civilians", "Attack", "Civilians")


def test_a_pronoun_with_a_subject_of_its_own_is_not_resolved() -> None:
    # "they" has its own verb: the soldiers killed are armed, whoever "them" stands for elsewhere.
    events = run("Rebels ambushed an army patrol near Beni on Sunday and soldiers shot them dead.", PUBLISHED)
    assert all(e.event_type != "Violence against civilians" for e in events), events


@pytest.mark.parametrize("text", [
    "Soldiers executed about 20 men they had rounded up in a village near Mopti on Sunday, witnesses said.",
    "Gunmen shot dead five villagers whom they had abducted from a farm near Gusau on Monday, police said.",
])
def test_people_taken_in_a_relative_clause_and_killed_are_one_attack(text: str) -> None:
    e = only(text, PUBLISHED)
    assert (e.event_type, e.sub_event_type) == ("Violence against civilians", "Attack")


def test_killers_taken_in_a_relative_clause_stay_two_acts() -> None:
    events = run("Police arrested two men who had killed a trader in Mopti on Sunday, the governor said.", PUBLISHED)
    assert {e.sub_event_type for e in events} == {"Arrests", "Attack"}, events


@pytest.mark.parametrize("text", [
    "Security forces detained dozens of opposition activists in overnight raids on their homes in Conakry on Sunday.",
    "Police arrested 12 opposition members at their homes in Lome on Sunday, their party said.",
])
def test_arrests_in_raids_on_homes_are_no_protest_s(text: str) -> None:
    e = only(text, PUBLISHED)
    assert (e.event_type, e.sub_event_type) == ("Strategic developments", "Arrests")


def test_arrests_at_a_rally_stay_the_protest_s() -> None:
    e = only("Police detained 40 opposition supporters at a rally in Conakry on Sunday.", PUBLISHED)
    assert (e.event_type, e.sub_event_type) == ("Protests", "Protest with intervention")
