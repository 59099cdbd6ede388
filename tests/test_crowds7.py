"""Crowds, seventh batch (session 24, probes crowds7.jsonl), through the whole extractor on sentences written for
these tests: one party's people setting upon the other party's people are rival crowds (mob violence); a killing
told in a relative clause on an armed group beside a protest is that group's deed, not force against the crowd; a
crowd word in a chanted slogan is no act."""

from __future__ import annotations

from conftest import extract_text as run

# --- one camp stoning the other's people (sides.riot_outside_protest, _camp_on_camp) -------------------------------


def test_supporters_stoning_the_other_partys_supporters_are_mob_violence() -> None:
    events = run("Opposition supporters threw stones at ruling party supporters in Mombasa on Friday.")
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Mob violence", "Rioters (Kenya)", "Rioters (Kenya)")]


def test_supporters_stoning_the_police_stay_a_violent_demonstration() -> None:
    events = run("Opposition supporters threw stones at the police in Mombasa on Friday.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


# --- a group's killings told beside the crowd they drove out (subtype.victims.group_deed) --------------------------


def test_a_militias_killings_in_a_relative_clause_are_no_force_against_the_marchers() -> None:
    events = run("Hundreds of residents of Butembo marched on Friday to demand protection from ADF rebels, who "
                 "have killed dozens of civilians.")
    assert "Excessive force against protesters" not in [e.sub_event_type for e in events]
    assert "Peaceful protest" in [e.sub_event_type for e in events]


def test_protesters_killed_in_a_relative_clause_stay_excessive_force() -> None:
    events = run("Residents mourned the marchers whom soldiers killed at a protest in Butembo on Friday.")
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


# --- a crowd word in a chanted slogan (modality.slogan) --------------------------------------------------------------


def test_a_rally_chanting_against_rioters_is_a_peaceful_protest() -> None:
    events = run('Thousands of government supporters rallied in Shiraz on Monday, chanting "Death to rioters".')
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_quoted_witness_telling_a_riot_is_no_slogan() -> None:
    events = run('"Rioters burned the bank in Shiraz on Monday," a police officer said.')
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


# --- the other camp's own rally the same day (sides.counter_protest) ------------------------------------------------


def test_the_other_camps_own_rally_is_a_second_protest() -> None:
    events = run("Supporters of the president marched in Lusaka on Saturday, while opposition supporters held their "
                 "own rally in another part of the city.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest", "Peaceful protest"]


def test_a_march_told_twice_in_one_sentence_stays_one_protest() -> None:
    events = run("Opposition supporters marched in Lusaka on Saturday, and the rally ended peacefully at the "
                 "city hall.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


# --- people counted in hundreds are a crowd (Arguments.crowd_by_size) -----------------------------------------------


def test_several_thousand_people_breaking_into_a_building_are_rioters() -> None:
    events = run("Several thousand people broke into the parliament building in Tirana on Monday.")
    assert [(e.sub_event_type, e.actor1) for e in events] == [("Violent demonstration", "Rioters (Albania)")]


def test_some_two_thousand_people_setting_fire_to_a_town_hall_are_rioters() -> None:
    events = run("Some 2,000 people set fire to the town hall in Fier on Monday.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_a_dozen_people_breaking_into_an_office_are_no_crowd() -> None:
    events = run("Twelve people broke into the governor's office in Fier on Monday.")
    assert "Violent demonstration" not in [e.sub_event_type for e in events]


# --- a cancelled march (modality.plan, words/irrealis_verbs.txt) ----------------------------------------------------


def test_a_cancelled_march_is_no_protest() -> None:
    assert run("Organisers cancelled Saturday's march in Lilongwe after police refused to allow it.") == []


def test_a_riot_told_after_a_cancelled_vote_stays() -> None:
    events = run("The government cancelled the vote after protesters stormed parliament in Lilongwe on Monday.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


# --- demonstrators and counter-protesters told as one subject (sides._with_answered_protest) -------------------------


def test_demonstrators_and_counter_protesters_rallying_are_two_protests() -> None:
    events = run("Farmers' demonstrators and a few dozen counter-protesters rallied in central Perth on Sunday.")
    assert [e.sub_event_type for e in events] == ["Peaceful protest", "Peaceful protest"]


def test_demonstrators_and_counter_protesters_fighting_are_one_riot() -> None:
    events = run("Demonstrators and counter-protesters fought with fists and sticks in central Perth on Sunday.")
    assert len(events) == 1 and events[0].event_type == "Riots"
