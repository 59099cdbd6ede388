"""Crowds, session 22 (probes crowds5.jsonl), through the whole extractor on sentences written for these tests:
protesters set upon by party men or a crowd (mob violence) or by armed men (an attack), a diplomatic protest."""

from __future__ import annotations

from conftest import extract_text as run


def test_party_men_attacking_protesters_are_a_mob_not_the_states_force() -> None:
    [e] = run("Supporters of the governor attacked protesters with sticks outside the town hall in Kisumu on "
              "Tuesday.")
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Mob violence", "Rioters (Kenya)", "Protesters (Kenya)")


def test_a_protest_told_only_as_whom_a_crowd_set_upon_is_that_mob_violence() -> None:
    [e] = run("Members of the ruling party's youth wing attacked students demonstrating against fees at the "
              "university in Kampala on Monday.")
    assert e.sub_event_type == "Mob violence"


def test_guards_of_a_state_firing_on_a_march_stay_excessive_force() -> None:
    [e] = run("Members of the presidential guard opened fire on opposition supporters marching in Conakry on "
              "Thursday, killing two.")
    assert e.sub_event_type == "Excessive force against protesters"


def test_armed_men_attacking_protesters_is_an_attack_on_them() -> None:
    [e] = run("A group of armed men attacked protesters with machetes in Kano on Friday, injuring several of them.")
    assert (e.sub_event_type, e.actor2) == ("Attack", "Protesters (Nigeria)")


def test_members_of_a_rebel_group_attacking_protesters_are_its_fighters_not_a_mob() -> None:
    [e] = run("Members of the Kurdistan Workers' Party attacked protesters with clubs in Diyarbakir on Wednesday.")
    assert (e.sub_event_type, e.actor1) == ("Attack", "Kurdistan Workers' Party")


def test_a_diplomatic_protest_and_a_plea_of_innocence_are_no_crowd() -> None:
    assert run("Iran lodged a formal protest with the Swiss ambassador in Tehran on Sunday over the sanctions.") == []
    assert run("The former minister protested his innocence before a court in Islamabad on Tuesday.") == []


def test_people_protesting_outside_a_court_are_still_a_protest() -> None:
    [e] = run("Hundreds of lawyers protested outside the high court in Islamabad on Tuesday.")
    assert e.sub_event_type == "Peaceful protest"


def test_a_crowd_told_by_its_size_storming_a_house_is_a_riot() -> None:
    events = run("On Thursday, hundreds of people tried to storm the governor's residence in Kandy, and police "
                 "fired tear gas.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_live_fire_on_a_crowd_that_had_burned_tyres_is_one_violent_demonstration() -> None:
    [e] = run("Police fired live rounds at protesters who had blocked roads with burning tyres in Kaduna on "
              "Thursday, killing two.")
    assert (e.sub_event_type, e.actor1, e.actor2) == (
        "Violent demonstration", "Rioters (Nigeria)", "Police Forces of Nigeria")


def test_force_in_one_sentence_and_a_riot_in_the_next_stay_two() -> None:
    events = run("Police shot dead two protesters in Kisumu on Wednesday. Youths burned tyres and threw stones at "
                 "the police station in Kisumu the same day.")
    assert sorted(e.sub_event_type for e in events) == ["Excessive force against protesters",
                                                        "Violent demonstration"]


def test_ground_taken_by_protesters_is_a_site_they_occupy() -> None:
    [e] = run("Protesters seized the main airport in Bangkok on Wednesday, stranding thousands of travellers.")
    assert (e.sub_event_type, e.actor1) == ("Peaceful protest", "Protesters (Thailand)")


def test_protesters_who_storm_and_seize_a_building_still_riot() -> None:
    [e] = run("Protesters stormed and seized the parliament building in Bishkek on Tuesday.")
    assert e.sub_event_type == "Violent demonstration"
