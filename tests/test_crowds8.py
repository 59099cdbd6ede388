"""Crowds, eighth batch (session 25, branch crowds8), through the whole extractor on sentences written for these
tests: acts of two joined clauses on two days, and the people a crowd speaks for described by an act."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2023, 1, 11)  # a Wednesday


def test_an_act_of_a_joined_clause_with_its_own_subject_has_that_clause_day() -> None:
    events = run("Farmers in Puno clashed with police on Monday, and on Tuesday they marched peacefully through the "
                 "town to bury the dead.", published=PUBLISHED)
    assert sorted((e.sub_event_type, str(e.date_start), str(e.date_end)) for e in events) == [
        ("Peaceful protest", "2023-01-10", "2023-01-10"), ("Violent demonstration", "2023-01-09", "2023-01-09")]


def test_two_days_of_one_clause_are_still_one_window() -> None:
    [e] = run("Farmers marched through Puno on Monday and Tuesday.", published=PUBLISHED)
    assert (str(e.date_start), str(e.date_end)) == ("2023-01-09", "2023-01-10")


def test_the_detention_that_describes_whom_a_crowd_speaks_for_is_no_intervention() -> None:
    [e] = run("Families of men detained by the militia held a sit-in outside the courthouse in Mosul on Sunday.",
              published=PUBLISHED)
    assert (e.sub_event_type, e.actor1, e.actor2) == ("Peaceful protest", "Protesters (Iraq)", None)



def test_a_crowd_assault_on_police_in_a_story_of_the_country_protests_is_a_violent_demonstration() -> None:
    events = run("Thousands marched in Kisumu on Monday against rising fuel prices. In Kisii, a crowd attacked a "
                 "police station on Monday night.", published=PUBLISHED)
    assert sorted(e.sub_event_type for e in events) == ["Peaceful protest", "Violent demonstration"]


def test_a_crowd_assault_on_police_in_a_story_of_no_protest_stays_mob_violence() -> None:
    events = run("Farmers harvested maize near Kisumu on Monday. In Kisii, a crowd attacked a police station on "
                 "Monday night.", published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Mob violence"]


def test_another_group_dispersed_is_a_crowd_of_its_own() -> None:
    events = run("In Bukavu, several hundred people marched peacefully on Thursday to the governor's office. Another "
                 "group gathered outside the UN base, where police used tear gas to stop them.", published=PUBLISHED)
    assert sorted(e.sub_event_type for e in events) == ["Peaceful protest", "Protest with intervention"]


def test_a_dispersal_of_another_crowd_at_a_town_of_its_own_is_apart_from_the_march() -> None:
    events = run("Students marched in Omdurman on Monday morning, and in the evening another crowd gathered in "
                 "Khartoum, where police fired tear gas.", published=PUBLISHED)
    assert sorted((e.sub_event_type, e.location) for e in events) == [
        ("Peaceful protest", "Omdurman"), ("Protest with intervention", "Khartoum")]


def test_a_march_and_its_dispersal_in_one_town_stay_one_intervention() -> None:
    events = run("Students marched in Khartoum on Monday and police fired tear gas at them near the university.",
                 published=PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Protest with intervention"]


def test_another_group_elsewhere_in_the_sentence_leaves_the_first_marchs_dispersal_one_protest() -> None:
    # (the mark 'another' belongs to its own clause's crowd, not to every act of the sentence)
    events = run("Thousands of teachers marched through Lusaka on Monday. Police fired tear gas at the marchers near "
                 "the ministry in Lusaka, and another group gathered outside the council offices in Ndola.",
                 published=PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in events if e.location == "Lusaka"] == [
        ("Protest with intervention", "Lusaka")]
