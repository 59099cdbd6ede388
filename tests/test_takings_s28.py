"""Captures told as states and advances (session 28, branch takings2): a place held, occupied or controlled
"since" some time is a state, no capture; a force that went into or up to a place's edge ("the outskirts") did not
take it; troops that "fell back" took nothing. Through the whole extractor, on sentences written for these tests
(other wars than the probes of benchmarks/probes/takings2.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2024, 5, 15)
TAKINGS = {"Non-state actor overtakes territory", "Government regains territory"}


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=DAY))


# drop.state_since
def test_a_town_occupied_since_a_date_is_a_state() -> None:
    assert not TAKINGS & set(_subs("Donetsk, occupied by Russian-backed separatists since 2014, was quiet on "
                                   "Monday, residents said."))


def test_a_town_controlled_since_a_date_in_the_passive_is_a_state() -> None:
    assert not TAKINGS & set(_subs("Bunia has been controlled by the militia since last year, aid workers say."))


def test_a_town_captured_at_a_date_is_still_a_capture() -> None:
    assert TAKINGS & set(_subs("Kidal, captured by the army in November last year, was hit by a drone on "
                               "Sunday."))


# drop.edge_reached
def test_an_advance_into_the_outskirts_is_no_capture() -> None:
    subs = _subs("Rapid Support Forces fighters pushed into the outskirts of El Obeid on Monday, where they "
                 "clashed with the army, witnesses said.")
    assert not TAKINGS & set(subs) and "Armed clash" in subs


def test_troops_that_entered_the_outskirts_took_nothing() -> None:
    assert not TAKINGS & set(_subs("Ethiopian troops entered the outskirts of Shire on Saturday, a humanitarian "
                                   "worker said."))


def test_a_town_entered_is_still_taken() -> None:
    assert TAKINGS & set(_subs("Jihadists entered the town of Djibo on Saturday after fierce fighting with "
                               "soldiers, residents said."))


# fall back (triggers.yaml, the fall trigger's without list)
def test_troops_that_fell_back_took_nothing() -> None:
    assert not TAKINGS & set(_subs("Malian troops have fallen back to new positions south of Tessalit, a "
                                   "military source said."))  # a troop movement (spec), no place taken


def test_a_town_that_fell_is_still_taken() -> None:
    assert TAKINGS & set(_subs("The town of Kunduz fell to the Taliban on Sunday, officials said."))
