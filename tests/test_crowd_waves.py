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


# --- a crowd at a seat of the state, and its dispersal told next (crowd_place; a crowd told before) -----------------

def test_a_crowd_gathered_outside_a_ministry_for_a_cause_is_a_protest_in_the_story_town() -> None:
    events = run("Soldiers detained dozens of men in Kigali on Sunday. On Tuesday about 300 mothers gathered outside "
                 "the Defence Ministry to demand news of their sons.")
    assert ("Peaceful protest", "Kigali") in [(e.sub_event_type, e.location) for e in events]


def test_a_crowd_gathered_for_a_cause_and_chased_away_next_is_an_intervention() -> None:
    events = run("About 300 mothers gathered outside the Defence Ministry in Kigali on Tuesday to demand news of "
                 "their sons. Gendarmes chased them away.")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_troops_chasing_rebels_away_is_no_protest() -> None:
    events = run("Soldiers chased the rebels away from Kidal on Monday.")
    assert all(e.event_type != "Protests" for e in events)


# --- a silent gathering (the `cause` need: protest_aim_words) -------------------------------------------------------

def test_people_gathered_in_silence_outside_city_hall_is_a_protest() -> None:
    events = run("On Sunday, about 3,000 people gathered in silence outside the city hall in Bilbao.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


# --- people blocking a road; people told by a crowd's deed (blocker_nouns; the `protest` need) ----------------------

def test_thousands_of_people_blocking_bridges_is_a_protest() -> None:
    events = run("Tens of thousands of people blocked the bridges over the Danube in Novi Sad on Saturday.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_landslide_blocking_a_road_is_no_protest() -> None:
    assert run("A landslide blocked the road to Kidal on Saturday, trapping people in their cars.") == []


def test_live_fire_at_students_blocking_a_highway_is_excessive_force() -> None:
    events = run("Police fired live ammunition at students blocking the highway in Rangpur on Tuesday, killing one.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Excessive force against protesters", "Protesters (Bangladesh)")]


def test_shots_at_a_bus_blocking_a_road_tell_no_protest() -> None:
    events = run("The militants fired bullets at a bus blocking the road near Kidal on Monday.")
    assert all(e.event_type != "Protests" for e in events)


# --- gathering things is no crowd (gathered_things); a crowd told by its deed, dispersed next ----------------------

def test_a_petition_gathering_signatures_is_no_protest() -> None:
    assert run("A petition demanding a new inquiry in Novi Sad gathered 100,000 signatures in two days.") == []


def test_people_gathered_to_demand_are_still_a_protest() -> None:
    events = run("Hundreds of people gathered outside the court in Novi Sad on Monday to demand a new inquiry.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_blockers_dispersed_after_a_semicolon_are_a_protest_broken_up() -> None:
    events = run("Garment workers blocked the highway in Gazipur on Monday, demanding unpaid wages; soldiers "
                 "dispersed them with batons.")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


# --- what a crowd throws (thrown_objects; 'throw' with the `thrown` need) -------------------------------------------

def test_protesters_throwing_fireworks_and_flares_at_police_riot() -> None:
    events = run("Protesters threw fireworks and flares at police outside parliament in Tbilisi on Sunday.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_youths_throwing_petrol_bombs_riot() -> None:
    events = run("Youths threw petrol bombs at police in Athens on Saturday.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_soldiers_throwing_grenades_are_no_riot() -> None:
    events = run("Soldiers threw grenades at a rebel position near Kidal on Sunday.")
    assert [(e.sub_event_type, e.location) for e in events] == [("Grenade", "Kidal")]


# --- a counter-protest is the other side's crowd (sides.counter_protest; merge keeps it apart) ---------------------

def test_a_counter_protest_is_not_merged_with_the_protest_it_answers() -> None:
    events = run("Thousands of opposition supporters marched through Tbilisi on Saturday against the new law. Later "
                 "on Saturday, government backers gathered in a counter-protest outside parliament in Tbilisi.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest", "Peaceful protest"]


def test_one_protest_told_twice_is_still_one_event() -> None:
    events = run("Thousands of opposition supporters marched through Tbilisi on Saturday against the new law. The "
                 "protesters gathered outside parliament in Tbilisi on Saturday evening.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]
