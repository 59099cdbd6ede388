"""Crowds, ninth batch (session 26, branch crowds9), through the whole extractor on sentences written for these
tests (other wars and towns than the probes of benchmarks/probes/crowds9.jsonl): a mob that kills with a force
named only by a site, crowds told without a protest verb (a camp at a ministry, a motorcade, tractors driven into
a capital; not a blockade of a town's people nor aid trucks), a rally only planned, a protest named as someone's
part in it, a resignation in protest."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2023, 1, 11)  # a Wednesday


def test_a_crowd_that_kills_a_man_taken_from_a_police_post_is_a_mob_not_the_police() -> None:
    [e] = run("A mob dragged a suspected thief out of a police post in Kasese and killed him on Monday.",
              published=PUBLISHED)
    assert (e.sub_event_type, e.actor1) == ("Mob violence", "Rioters (Uganda)")


def test_police_who_kill_a_man_at_their_post_stay_the_attackers() -> None:
    [e] = run("Police shot dead a man outside their post in Kasese on Monday.", published=PUBLISHED)
    assert (e.sub_event_type, e.actor1) == ("Attack", "Police Forces of Uganda")


def test_workers_camped_outside_a_ministry_are_a_protest() -> None:
    [e] = run("Hundreds of dismissed employees camped outside the labour ministry in Amman on Tuesday.",
              published=PUBLISHED)
    assert (e.sub_event_type, e.location) == ("Peaceful protest", "Amman")


def test_families_camped_in_a_town_are_no_protest() -> None:
    assert run("Displaced families camped in schools in Kassala on Tuesday.", published=PUBLISHED) == []


def test_a_blockade_of_a_town_s_people_is_no_protest() -> None:
    assert run("The army's blockade of Madaya, where 40,000 people are trapped, entered its sixth month on Monday.",
               published=PUBLISHED) == []


def test_residents_driving_aid_trucks_into_a_town_are_no_protest() -> None:
    assert run("Residents drove trucks loaded with aid into Douma on Monday.", published=PUBLISHED) == []


def test_a_motorcade_of_drivers_is_a_protest_and_an_official_s_is_not() -> None:
    [e] = run("A motorcade of taxi drivers wound through Nairobi on Tuesday against the new fuel levy.",
              published=PUBLISHED)
    assert e.sub_event_type == "Peaceful protest"
    assert run("The president's motorcade drove through Nairobi on Tuesday.", published=PUBLISHED) == []


def test_tractors_driven_into_a_capital_are_a_protest() -> None:
    [e] = run("Farmers drove tractors into Madrid on Monday over falling prices.", published=PUBLISHED)
    assert (e.sub_event_type, e.location) == ("Peaceful protest", "Madrid")


def test_a_rally_someone_had_planned_is_not_held() -> None:
    assert run("The mayor of Minsk refused permission for a march the opposition had planned for Sunday.",
               published=PUBLISHED) == []


def test_a_protest_named_as_someone_s_part_in_it_is_a_verdict_s_topic() -> None:
    events = run("A court in Tunis on Monday jailed four men for their part in the 2021 protests.",
                 published=PUBLISHED)
    assert [e for e in events if e.event_type == "Protests"] == []


def test_people_who_took_part_in_a_march_tell_the_march() -> None:
    [e] = run("Thousands of people took part in a march in Tunis on Monday.", published=PUBLISHED)
    assert e.sub_event_type == "Peaceful protest"


def test_workers_gathering_to_urge_a_cause_are_a_protest() -> None:
    [e] = run("Dock workers gathered outside the port authority in Mombasa on Monday to urge the reversal of "
              "the transfer.", published=PUBLISHED)
    assert e.sub_event_type == "Peaceful protest"


def test_a_resignation_in_protest_is_no_crowd() -> None:
    assert run("Two ministers in Lusaka resigned on Monday in protest at the new security law.",
               published=PUBLISHED) == []
    assert run("Four judges in Dhaka stepped down on Monday in protest against the amendment.",
               published=PUBLISHED) == []


def test_traders_who_shut_their_shops_in_protest_stay_a_protest() -> None:
    [e] = run("Traders in Mwanza shut their shops on Monday in protest against the new tax.", published=PUBLISHED)
    assert e.sub_event_type == "Peaceful protest"
