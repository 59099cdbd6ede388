"""Crowds, fourth batch (session 21, probes crowds4.jsonl), through the whole extractor on sentences written for
these tests: a party's people fighting in two camps are rival crowds (mob violence, rioters on both sides); a
state force's firing told with a dispersal as its purpose is force against protesters; "in protest at" names the
crowd's cause."""

from __future__ import annotations

from conftest import extract_text as run

# --- rival camps fighting outside any demonstration (sides.riot_outside_protest) ------------------------------------


def test_supporters_of_two_parties_fighting_are_mob_violence() -> None:
    events = run("Supporters of the governing party and the opposition fought with clubs in Ndola on Sunday.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Mob violence", "Rioters (Zambia)", "Rioters (Zambia)")]


def test_activists_of_two_parties_clashing_are_mob_violence() -> None:
    events = run("Activists of the ruling party and the opposition clashed in Khulna on Tuesday.")
    assert [e.sub_event_type for e in events] == ["Mob violence"]


def test_supporters_of_two_parties_fighting_the_police_are_a_riot() -> None:
    events = run("Supporters of the governing party and the opposition fought with police in Ndola on Sunday.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_party_supporters_clashing_at_a_protest_stay_a_violent_demonstration() -> None:
    events = run("Supporters of the governing party and the opposition clashed during a protest in Ndola on Sunday.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


# --- firing told with a dispersal as its purpose (subtype.victims.crowd_by_state) -----------------------------------


def test_troops_firing_to_disperse_crowds_is_excessive_force() -> None:
    events = run("Troops opened fire to disperse crowds in Gedaref on Monday, killing three people.")
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Excessive force against protesters", "Protesters (Sudan)")]


def test_troops_firing_to_take_a_village_is_no_protest() -> None:
    events = run("Troops opened fire to take the village of Kuku near Gedaref on Monday, killing three people.")
    assert all(e.event_type != "Protests" for e in events)


# --- "in protest at" names the crowd's cause (drop.protest_grievance) -----------------------------------------------


def test_a_killing_protested_at_is_the_crowds_cause() -> None:
    events = run("Residents of Wamena closed their shops on Monday in protest at the killing of a pastor.")
    assert [e.sub_event_type for e in events] in ([], ["Peaceful protest"])


def test_protesters_at_the_scene_of_a_killing_do_not_hide_it() -> None:
    events = run("Soldiers shot dead two farmers near Wamena on Monday. Protesters gathered at the scene of the "
                 "killing on Tuesday.")
    assert "Attack" in [e.sub_event_type for e in events]


# --- a crowd's assault on a police station told with a second verb (sides.crowd_attack_riot) ----------------------


def test_a_crowd_that_attacked_and_burned_a_police_station_is_one_riot_not_a_police_attack() -> None:
    events = run("Hundreds of villagers attacked and burned a police station near Kasese on Tuesday.")
    assert [(e.event_type, e.actor1) for e in events] == [("Riots", "Rioters (Uganda)")]


def test_a_crowd_assault_pressing_a_demand_is_a_violent_demonstration() -> None:
    events = run("Hundreds of villagers attacked a police station in Kasese on Tuesday, demanding the release of "
                 "two detained men.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_a_crowd_assault_with_no_cause_stays_mob_violence() -> None:
    events = run("Hundreds of villagers attacked a police station in Kasese on Tuesday.")
    assert [e.sub_event_type for e in events] == ["Mob violence"]


def test_a_driver_shot_before_residents_clashed_stays_an_attack() -> None:
    events = run("Residents clashed with police in Zinder on Thursday after a taxi driver was shot at a checkpoint.")
    assert "Attack" in [e.sub_event_type for e in events]


# --- a protest's roadblock cleared by police (trigger lexicon: clear * roadblock, with a protest word) ---------------


def test_police_clearing_the_roadblock_of_a_march_is_an_intervention() -> None:
    events = run("The march in Oaxaca ended on Thursday when police cleared the roadblock on the airport highway.")
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_police_clearing_a_roadblock_with_no_protest_is_no_event() -> None:
    events = run("Police cleared a roadblock on the main road into Oaxaca on Thursday.")
    assert events == []


# --- a campus named for its town, told as where people were (place.campus_town) -------------------------------------


def test_students_at_a_university_named_for_its_town_are_in_that_town() -> None:
    events = run("Students at Kisangani University threw stones at police on Monday.")
    assert [(e.event_type, e.location) for e in events] == [("Riots", "Kisangani")]


def test_a_campus_of_the_university_of_a_town_is_in_that_town() -> None:
    events = run("Police fired tear gas at students on the campus of the University of Kisangani on Monday.")
    assert [e.location for e in events] == ["Kisangani"]


def test_a_university_named_otherwise_keeps_the_town_named_after_it() -> None:
    events = run("Police arrested 30 students at Gadjah Mada University in Yogyakarta on Monday.")
    assert [e.location for e in events] == ["Yogyakarta"]


def test_a_university_as_a_speaker_is_no_place() -> None:
    events = run("Gunmen killed two farmers near Kasese on Monday, the University of Kisangani said in a report.")
    assert [e.location for e in events] == ["Kasese"]


# --- an undated dispersal on the day of the protest it broke up (settle.dispersal_on_protest_day) -------------------


def test_an_undated_dispersal_takes_the_day_of_the_protest_it_broke_up() -> None:
    events = run("Soldiers fired tear gas to scatter opposition supporters who had gathered in Kindia on Monday.")
    assert [(e.sub_event_type, e.date_start, e.date_end) for e in events] == [
        ("Protest with intervention", "2019-05-20", "2019-05-20")]


# --- people freed by a crowd, described by their arrest (drop.described_freed) --------------------------------------


def test_men_freed_by_a_crowd_who_had_been_detained_tell_no_intervention() -> None:
    events = run("A crowd attacked the gendarmerie in Kara on Tuesday and freed two men who had been detained there.")
    assert [e.event_type for e in events] == ["Riots"]


def test_an_arrest_told_as_news_beside_a_release_is_kept() -> None:
    events = run("Police in Kara arrested two opposition activists on Tuesday and released them on Wednesday.")
    assert [e.sub_event_type for e in events] == ["Arrests"]
