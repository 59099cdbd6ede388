"""Strategic developments in longer reports (session 12, strategic probes) through the whole extractor, on
sentences written for these tests: where a truce or a group change is made when only its doers are placed, one
truce told twice, what people are charged with, the side whose weapon was stopped, arrests made by storming a
building, services cut, damage by armed men, a group's new leader, hostages' bodies handed over, and a date
of another time under "following"."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from frontlog.model.records import Event


def subs(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.location) for e in events]


# --- place.doers: a truce or a group change placed where its doers are ----------------------------------------

def test_a_truce_signed_by_militias_placed_in_a_town_is_that_towns() -> None:
    events = run("Two rival militias in Zawiya signed a truce on Monday after a week of talks, officials said.")
    # (GeoNames holds the Libyan town twice, 0.5 km apart, as "Az Zawiyah" and as "Zawiya": the text's own name wins)
    assert subs(events) in ([("Agreement", "Zawiya")], [("Agreement", "Az Zawiyah")])


def test_factions_operating_in_a_region_that_announce_a_merger_are_placed_there() -> None:
    events = run("Four armed factions operating around Daraa announced on Tuesday that they had merged.")
    assert subs(events) == [("Change to group/activity", "Daraa")]


# --- one truce, told twice -------------------------------------------------------------------------------------

def test_a_truce_agreed_at_a_town_and_told_again_taking_effect_is_one_agreement() -> None:
    events = run("The army and the rebels agreed a three-day truce around Masisi on Sunday, a UN official said. "
                 "The truce took effect at dawn on Tuesday.", dt.date(2024, 7, 9))
    assert subs(events) == [("Agreement", "Masisi")]


def test_a_ceasefire_deal_signed_in_a_town_is_one_agreement_there() -> None:
    events = run("Government and rebel negotiators signed a ceasefire deal in the town of Malakal on Friday.")
    assert subs(events) == [("Agreement", "Malakal")]


# --- modality.charged: what people are charged with is no act told --------------------------------------------

def test_an_act_people_are_sentenced_for_is_no_act_told() -> None:
    assert run("A court in Niamey sentenced 12 officers to prison on Monday for their role in an attempted coup.") == []


def test_acts_those_arrested_are_accused_of_are_no_acts_told() -> None:
    events = run("Police arrested 40 people in Mombasa on Friday. Most of those arrested are accused of arson "
                 "and of attacks on police posts.")
    assert subs(events) == [("Arrests", "Mombasa")]


def test_an_act_a_side_is_accused_of_by_another_is_still_told() -> None:
    events = run("Ukraine accused Russia of shelling Nikopol on Sunday.")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


# --- actor.weapon_owner: the side named on a weapon stopped is actor2 -------------------------------------------

def test_the_side_named_on_the_drones_shot_down_is_actor2() -> None:
    events = run("Air defences shot down three Russian drones over Mykolaiv overnight, the governor said.")
    assert subs(events) == [("Disrupted weapons use", "Mykolaiv")]
    assert (events[0].actor1, events[0].actor2) == ("Ukrainian Armed Forces", "Russian Armed Forces")


# --- settle.entry_for_arrests ------------------------------------------------------------------------------------

def test_police_storming_an_office_to_arrest_someone_is_the_arrest() -> None:
    events = run("Police stormed the offices of a newspaper in Algiers on Sunday and arrested its editor.")
    assert subs(events) == [("Arrests", "Algiers")]


def test_soldiers_storming_a_hideout_and_killing_fighters_is_still_a_fight() -> None:
    events = run("Soldiers stormed a rebel hideout near Beni on Monday, killing three fighters and arresting two.")
    assert "Armed clash" in [e.sub_event_type for e in events]


# --- smaller lexicon fixes -------------------------------------------------------------------------------------

def test_phone_services_cut_to_a_town_take_no_ground() -> None:
    events = run("Militants burned a telecommunications mast near Jowhar on Saturday, cutting phone services "
                 "to the town.")
    assert subs(events) == [("Looting/property destruction", "Jawhar")]


def test_armed_men_vandalising_a_temple_is_property_destruction_not_a_riot() -> None:
    events = run("Armed men vandalised a temple in the town of Khulna overnight, police said.")
    assert subs(events) == [("Looting/property destruction", "Khulna")]


def test_protesters_vandalising_shops_is_still_a_riot() -> None:
    events = run("Protesters vandalised shops in Khulna on Monday.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_suspects_nabbed_by_police_are_arrests() -> None:
    events = run("Police in Kano nabbed three suspected kidnappers on Sunday.")
    assert subs(events) == [("Arrests", "Kano")]


def test_two_militias_forming_an_alliance_is_a_change_to_group_activity() -> None:
    events = run("Two militias in Misrata formed an alliance on Sunday, a spokesman said.")
    assert subs(events) == [("Change to group/activity", "Misratah")]


def test_a_truce_in_a_headline_and_in_a_region_is_one_agreement_in_the_region() -> None:
    events = run("Army and rebels agree truce after talks\n\nThe army and the rebel alliance agreed to a ceasefire in "
                 "northern Kachin State on Sunday, a mediator said.", dt.date(2024, 3, 5))
    assert [(e.sub_event_type, e.location) for e in events if e.sub_event_type == "Agreement"] == [
        ("Agreement", "Kachin State")]


def test_an_armed_group_choosing_a_new_leader_is_a_change_to_group_activity() -> None:
    events = run("Al-Shabaab commanders in Jilib chose a new emir on Friday, residents said.")
    assert subs(events) == [("Change to group/activity", "Jilib")]


def test_bodies_of_hostages_handed_over_are_no_place_handed_over() -> None:
    events = run("Hamas handed over the bodies of two hostages in Rafah on Thursday.")
    assert "Non-violent transfer of territory" not in [e.sub_event_type for e in events]


def test_arrests_following_last_months_unrest_are_not_dated_to_last_month() -> None:
    events = run("Following last month's unrest, police arrested 60 people in Nakuru on Tuesday.", dt.date(2024, 8, 8))
    assert [(e.sub_event_type, e.date_start) for e in events] == [("Arrests", "2024-08-06")]


def test_protesters_storming_a_police_station_is_still_a_riot() -> None:
    events = run("Protesters stormed a police station in Sylhet on Monday.")
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_fighters_electing_a_new_commander_is_a_change_to_group_activity() -> None:
    events = run("Militiamen in Beni elected a new commander on Thursday, local sources said.")
    assert subs(events) == [("Change to group/activity", "Beni")]


def test_a_group_naming_someone_as_its_new_leader_is_a_change_to_group_activity() -> None:
    events = run("The rebels in Jilib named their deputy chief Ali Farah as their new leader on Monday.")
    assert subs(events) == [("Change to group/activity", "Jilib")]


def test_sides_agreeing_on_a_day_to_halt_fighting_is_an_agreement() -> None:
    events = run("The army and the rebels agreed on Sunday to halt fighting around Lashio, a mediator said.")
    assert subs(events) == [("Agreement", "Lashio")]


def test_suspected_facilitators_picked_up_by_police_are_arrests() -> None:
    events = run("Police picked up two suspected facilitators of the bombers in Quetta on Monday.")
    assert subs(events) == [("Arrests", "Quetta")]


def test_explosives_seized_by_the_kilogram_are_a_disrupted_weapons_use() -> None:
    events = run("Police seized more than a hundred kilograms of explosives from a warehouse in Mosul on Friday.")
    assert subs(events) == [("Disrupted weapons use", "Mosul")]


def test_looting_people_were_arrested_for_is_no_looting_of_its_own() -> None:
    events = run("Police said on Monday that 60 people had been arrested in Mombasa for looting and arson.")
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_an_act_arrested_over_with_a_day_of_its_own_is_still_told() -> None:
    events = run("Police arrested nine men in Jos on Tuesday over Sunday's killing of four farmers in Riyom.",
                 dt.date(2024, 5, 8))
    assert "Attack" in [e.sub_event_type for e in events]


def test_the_dissolution_of_a_breakaway_region_is_a_decree_not_a_change_to_an_armed_group() -> None:
    events = run("On Thursday, Russia said it had noted the dissolution of the breakaway region of Transnistria.")
    assert "Change to group/activity" not in [e.sub_event_type for e in events]


def test_a_junta_dissolving_the_assembly_named_in_apposition_is_a_decree() -> None:
    events = run("In May the junta dissolved the CNT, the transitional assembly, in Bamako.")
    assert "Change to group/activity" not in [e.sub_event_type for e in events]


def test_an_armed_group_dissolving_its_armed_wing_is_still_a_change_to_group_activity() -> None:
    events = run("The rebels formally dissolved their armed wing at a ceremony in Luena on Friday.")
    assert [e.sub_event_type for e in events] == ["Change to group/activity"]
