"""Abductions, forced disappearances, sexual violence and the acts around them (session 15's abductions probes),
through the whole extractor (real spaCy model, gazetteer and actor table), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

TUE = dt.date(2024, 3, 5)  # a Tuesday


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, TUE))


def test_homes_burned_after_a_killing_are_a_destruction_of_their_own() -> None:
    # EVENTS.md: one raid, several acts, one event per sub-type; the burned homes name no place of their own.
    assert _subs("Militiamen killed five herders in Kagoro on Monday and burned dozens of huts.") == [
        "Attack", "Looting/property destruction"]
    assert _subs("Gunmen shot dead a farmer in Kagoro on Monday. They also burned 40 homes before leaving.") == [
        "Attack", "Looting/property destruction"]


def test_property_set_on_fire_with_its_object_between() -> None:
    assert _subs("Soldiers raided Kagoro on Monday, arrested six men and set several shops on fire.") == [
        "Arrests", "Looting/property destruction"]


def test_a_crowds_burning_stays_the_crowds() -> None:
    # A mob's burning is its own violence (EVENTS.md: Mob violence), not a destruction beside it; a part of a
    # crowd out in protest that burns shops is a riot apart (probes README's crowd convention).
    assert _subs("A mob attacked two men accused of witchcraft in Kagoro on Monday and burned their homes.") == [
        "Mob violence"]
    assert _subs("Protesters marched through Kagoro on Monday over the killing of a student. Some of them burned "
                 "shops.") == ["Peaceful protest", "Violent demonstration"]


def test_people_detained_and_none_seen_since_were_disappeared() -> None:
    assert _subs("Police detained three activists in Kagoro on Monday; none of them has been seen since.") == [
        "Abduction/forced disappearance"]
    assert _subs("Soldiers detained two traders at a market in Kagoro on Monday, and their relatives have heard "
                 "nothing from them since.") == ["Abduction/forced disappearance"]
