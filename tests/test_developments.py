"""Strategic developments told inside conflict stories (session 15, developments probes) through the whole
extractor, on sentences written for these tests: an arrest told with the killing it followed (the killing's own
date, its own act), and the act a later sentence relates to an earlier one ("came two days after a car bomb
killed ...", "followed a bomb attack that killed ... on Monday")."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.model.records import Event

TUESDAY = dt.date(2024, 4, 16)


def told(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return sorted((e.sub_event_type, e.location, e.date_start) for e in events)


# --- a killing dated apart from the arrest of its sentence is an act of its own ------------------------------

def test_an_arrest_made_two_days_after_a_killing_keeps_the_killing_as_its_own_attack() -> None:
    events = run("Police detained three men in Maiduguri on Monday, two days after gunmen shot dead five traders "
                 "in the city.", TUESDAY)
    assert told(events) == [("Arrests", "Maiduguri", "2024-04-15"), ("Attack", "Maiduguri", "2024-04-13")]


def test_soldiers_killed_the_day_before_a_round_up_are_a_clash_of_their_own() -> None:
    events = run("Troops arrested 20 youths in Buea on Sunday, a day after separatists killed three soldiers at a "
                 "checkpoint in the town.", TUESDAY)
    assert told(events) == [("Armed clash", "Buea", "2024-04-13"), ("Arrests", "Buea", "2024-04-14")]
    assert [e.fatalities for e in events if e.sub_event_type == "Arrests"] == [None]


# --- the act a later sentence relates to the earlier one ------------------------------------------------------

def test_a_bomb_that_killed_days_before_an_arrest_is_dated_by_the_offset() -> None:
    events = run("Police arrested two men in Samarra on Thursday. The raid came three days after a car bomb "
                 "killed six soldiers near Tikrit.", TUESDAY)
    assert ("Remote explosive/landmine/IED", "Tikrit", "2024-04-08") in told(events)


def test_a_bomb_attack_dated_in_its_own_relative_clause_keeps_that_date() -> None:
    events = run("Police arrested nine suspects in Garissa on Sunday. The detentions followed a roadside bomb "
                 "attack that killed three policemen near Dadaab on Friday.", TUESDAY)
    assert ("Remote explosive/landmine/IED", "Dadaab", "2024-04-12") in told(events)


# --- acts beside words that looked like their modality -------------------------------------------------------

def test_a_bomb_that_exploded_next_to_a_convoy_is_real() -> None:
    events = run("Later on Monday, a second bomb exploded next to an army convoy in Baidoa, wounding three soldiers.",
                 TUESDAY)
    assert ("Remote explosive/landmine/IED", "Baidoa", "2024-04-15") in told(events)


def test_a_clash_told_with_its_own_subject_beside_a_refusal_is_not_refused() -> None:
    events = run("The militia's leaders rejected the proposal, and its fighters clashed with soldiers near Beni on "
                 "Sunday, residents said.", TUESDAY)
    assert told(events) == [("Armed clash", "Beni", "2024-04-14")]


# --- strategic developments told in other words ---------------------------------------------------------------

def test_a_large_quantity_of_arms_recovered_is_disrupted_weapons_use() -> None:
    events = run("Troops recovered a large quantity of arms and ammunition in a forest near Maiduguri on Friday.",
                 TUESDAY)
    assert told(events) == [("Disrupted weapons use", "Maiduguri", "2024-04-12")]


def test_a_mosque_bulldozed_is_property_destruction() -> None:
    events = run("Soldiers bulldozed a mosque in the town of Jenin on Thursday, residents said.", TUESDAY)
    assert told(events) == [("Looting/property destruction", "Jenin", "2024-04-11")]


def test_a_base_handed_to_the_national_army_is_a_transfer() -> None:
    events = run("French troops handed their last base in Faya-Largeau to the Chadian army on Friday.", TUESDAY)
    assert [e.sub_event_type for e in events] == ["Non-violent transfer of territory"]


def test_fighters_who_surrender_with_their_guns_change_their_group_and_give_up_no_town() -> None:
    events = run("Forty members of the group surrendered with their guns to soldiers in Marawi on Monday.", TUESDAY)
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]


def test_defectors_handed_over_to_a_centre_are_no_transfer_of_ground() -> None:
    events = run("Dozens of militants surrendered to the army in Baidoa on Sunday. The defectors were handed over "
                 "to a reception centre in the town.", TUESDAY)
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]


def test_a_truce_agreed_on_one_day_to_start_on_another_is_dated_when_agreed() -> None:
    events = run("The army and the rebels agreed on Saturday to a three-day truce starting on Monday in Masisi.",
                 TUESDAY)
    assert [(e.sub_event_type, e.date_start) for e in events] == [("Agreement", "2024-04-13")]


def test_a_ceasefire_agreement_named_as_the_frame_of_a_withdrawal_is_no_new_agreement() -> None:
    events = run("The Lebanese army entered the town of Naqoura on Monday after Israeli troops pulled out under the "
                 "ceasefire agreement, the army said.", TUESDAY)
    assert "Agreement" not in [e.sub_event_type for e in events]


# --- places and phrases of other acts -------------------------------------------------------------------------

def test_houses_abandoned_by_their_owners_are_no_ground_handed_over() -> None:
    events = run("In Manipur, gunmen set fire to a row of abandoned houses in Moreh on Sunday night, while police "
                 "arrested two men in Imphal.", TUESDAY)
    assert sorted(e.sub_event_type for e in events) == ["Arrests", "Looting/property destruction"]


def test_arrests_told_again_beside_a_kidnapping_placed_elsewhere_are_the_arrests_told_before() -> None:
    events = run("Police arrested four suspected bandits in Katsina on Sunday. The arrests came two days after the "
                 "abduction of nine traders from a market in Funtua.", TUESDAY)
    assert sorted(e.sub_event_type for e in events) == ["Abduction/forced disappearance", "Arrests"]



def test_arrests_told_after_a_sentence_with_no_act_are_the_riots() -> None:
    # A sentence telling no act between the riot and the arrests leaves the riot the last act told: the arrests
    # at its place are still its own (settle.arrests_at_protest), no Arrests event.
    events = run("Youths threw stones at police outside the parliament in Lusaka on Tuesday. Hundreds of people "
                 "stayed in the streets until late at night. Police said 25 people were arrested there.", TUESDAY)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_arrests_told_after_a_sentence_with_no_act_make_the_march_one_with_intervention() -> None:
    events = run("Hundreds of teachers marched through Harare on Tuesday to demand higher pay. Many of them carried "
                 "placards and sang songs. Police arrested 30 people, a spokesman said.", TUESDAY)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
    assert events[0].actor2 == "Police Forces of Zimbabwe"


def test_protesters_detained_are_not_their_own_intervening_force() -> None:
    # "120 protesters were detained" names the detained: with no force named, the crowd is actor1 only, never
    # actor2 as well (sides.protesters_first).
    events = run("Hundreds of students protested in Dhaka on Tuesday. Police said 120 protesters were detained.",
                 TUESDAY)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]
    assert events[0].actor2 is None


def test_arrests_told_after_another_act_stay_their_own() -> None:
    # An act told between them (a fight elsewhere) ends the crowd's story: the arrests are an event of their own.
    events = run("Hundreds of teachers marched through Harare on Tuesday to demand higher pay. Soldiers shot dead "
                 "two gunmen in Mutare the same day. Police arrested 30 people in Harare, a spokesman said.", TUESDAY)
    assert "Arrests" in [e.sub_event_type for e in events]


def test_arrests_told_after_a_riot_at_its_place_are_the_riots() -> None:
    # Arrests of demonstrators belong to the demonstration's event (spec), a riot's as a protest's: the arrests
    # told in the next sentence, at the riot's place, are no Arrests event of their own (settle.arrests_at_protest).
    events = run("Hundreds of youths threw stones at police and burned tyres in Kisumu on Tuesday after the "
                 "election results were announced.\n\nPolice said 40 people were detained there.", TUESDAY)
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_a_hand_over_told_as_the_act_not_chosen_does_not_make_a_capture_a_transfer() -> None:
    # "rather than surrender it": the garrison did not give the place up (modality.rather_than); the capture after
    # days of fighting stays a capture, and no hand-over is told.
    events = run("Rebels captured the barracks in Kumbo on Monday after two days of fighting, during which its "
                 "commander blew up an arms depot rather than surrender it.", TUESDAY)
    assert "Non-violent transfer of territory" not in [e.sub_event_type for e in events]
    assert "Non-state actor overtakes territory" in [e.sub_event_type for e in events]
