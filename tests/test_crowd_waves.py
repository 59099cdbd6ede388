"""Crowds in the protest waves of 2019-2025 (session 20, probes crowds3.jsonl), through the whole extractor on
sentences written for these tests: a coup a crowd denounces or strikes against is its cause, not a coup told
here; a force storming a protest camp breaks up the protest (no riot); a person killed by the force at a
dispersal makes it excessive force."""

from __future__ import annotations

from conftest import extract_text as run

# --- the coup a crowd opposes is its cause (drop.protest_grievance) -------------------------------------------------

def test_a_coup_denounced_by_a_rally_is_its_cause() -> None:
    events = run("Sudanese exiles rallied outside the embassy in Nairobi on Monday, denouncing the coup in Khartoum.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_general_strike_against_a_coup_tells_no_coup() -> None:
    events = run("Thousands joined a general strike against the military coup in Bamako on Monday.")
    assert [e.event_type for e in events] == ["Protests"]


def test_a_march_with_banners_against_the_coup_tells_no_coup() -> None:
    events = run("Teachers in Niamey walked off the job on Monday and marched with banners against the coup.")
    assert [e.event_type for e in events] == ["Protests"]


def test_a_coup_condemned_by_a_government_is_still_told() -> None:
    events = run("Soldiers seized power in a coup in Niamey on Monday.")
    assert [e.sub_event_type for e in events] == ["Other"]


# --- a force storming a protest camp (sides.force_on_crowd) ---------------------------------------------------------

def test_troops_storming_a_protest_camp_break_up_a_protest_not_a_riot() -> None:
    events = run("Riot police stormed the protest camp outside the governor's office in Kassala on Monday.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Protest with intervention", "Protesters (Sudan)")]


# --- killed at a dispersal (settle.killed_at_protest) ---------------------------------------------------------------

def test_a_person_shot_dead_at_a_tear_gas_dispersal_makes_it_excessive_force() -> None:
    events = run("Police fired tear gas at thousands of marchers in Kassala on Thursday, and a nurse was shot dead "
                 "as she helped the wounded.")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


def test_a_tear_gas_dispersal_with_no_death_stays_an_intervention() -> None:
    events = run("Police fired tear gas at thousands of marchers in Kassala on Thursday.")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
