"""Abductions, forced disappearances, sexual violence and the acts around them (session 15's abductions probes),
through the whole extractor (real spaCy model, gazetteer and actor table), on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

TUE = dt.date(2024, 3, 5)  # a Tuesday


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, TUE))


def test_homes_burned_after_a_killing_are_a_destruction_of_their_own() -> None:
    # EVENTS.md: one raid, several acts, one event per sub-type, when the burning is told apart; joined to the
    # killing in its sentence it is within the attack (ACLED: destruction in a more serious act).
    assert _subs("Militiamen killed five herders in Kagoro on Monday and burned dozens of huts.") == ["Attack"]
    assert _subs("Gunmen shot dead a farmer in Kagoro on Monday. They also burned 40 homes before leaving.") == [
        "Attack", "Looting/property destruction"]


def test_property_set_on_fire_with_its_object_between() -> None:
    assert _subs("Soldiers raided Kagoro on Monday, arrested six men and set several shops on fire.") == [
        "Arrests", "Looting/property destruction"]


def test_a_crowds_burning_stays_the_crowds() -> None:
    # A mob's burning is its own violence (EVENTS.md: Mob violence), not a destruction beside it; a part of a
    # crowd out in protest that burns shops is a riot apart (probes README's crowd convention).
    assert _subs("A mob attacked two men accused of witchcraft in Kagoro on Monday and burned their homes.") == [
        "Mob violence"]
    assert _subs("Protesters marched through Kagoro on Monday over the killing of a student. Some of them burned "
                 "shops.") == ["Peaceful protest", "Violent demonstration"]


def test_people_detained_and_none_seen_since_were_disappeared() -> None:
    assert _subs("Police detained three activists in Kagoro on Monday; none of them has been seen since.") == [
        "Abduction/forced disappearance"]
    assert _subs("Soldiers detained two traders at a market in Kagoro on Monday, and their relatives have heard "
                 "nothing from them since.") == ["Abduction/forced disappearance"]


def test_a_kidnapping_told_only_as_in_a_country_has_no_place() -> None:
    # EVENTS.md: never a country centroid for a local act; a national total is a statistic.
    assert _subs("The family of a Dutch engineer kidnapped in Mali appealed on Monday for his release.") == []
    assert _subs("The UN said on Monday that at least 900 people were kidnapped in Haiti between January and "
                 "March.") == []


def test_the_dead_of_a_raid_told_by_a_later_report_take_the_raids_day() -> None:
    events = run("Gunmen abducted 20 traders in Kagoro late on Friday. Three men who resisted were shot dead, a "
                 "police spokesman told reporters on Monday.", TUE)
    assert sorted((e.sub_event_type, e.date_start) for e in events) == [
        ("Abduction/forced disappearance", "2024-03-01"), ("Attack", "2024-03-01")]


def test_a_massacre_named_by_its_place_is_no_new_act() -> None:
    assert _subs("A documentary about the Srebrenica massacre was shown in Tuzla on Monday.") == []
    # the toll of a named massacre is news of it
    assert _subs("The death toll from the Kagoro massacre rose to 40 on Monday.") == ["Attack"]


def test_bodies_found_days_after_a_raid_cover_the_days_between() -> None:
    events = run("The bodies of seven farmers were found outside Kagoro on Monday, three days after gunmen raided "
                 "the village.", TUE)
    assert [(e.sub_event_type, e.date_start, e.date_end) for e in events] == [("Attack", "2024-03-01", "2024-03-04")]


def test_people_taken_from_their_farms_were_abducted() -> None:
    assert _subs("Relatives of 12 farmers taken from their farms near Kagoro in January said the kidnappers "
                 "wanted more money.") == ["Abduction/forced disappearance"]
    assert _subs("Gunmen took 20 pupils from a school in Kagoro on Monday.") == ["Abduction/forced disappearance"]


def test_an_attack_known_by_its_toll_is_an_attack_on_people() -> None:
    # The brief's leftover: "the death toll from Sunday's attack rose to N", the attack told nowhere else.
    assert _subs("The death toll from Saturday's attack in Kagoro has risen to 31.") == ["Attack"]
    # who reports it ("police said") is no side of a fight
    assert _subs("The death toll from the attack on Kagoro on Saturday rose to 31, police said.") == ["Attack"]
    assert _subs("The death toll from Sunday's attack on an army base in Kagoro rose to 30.") == ["Armed clash"]


def test_troops_entering_a_village_to_burn_homes_raided_it() -> None:
    assert _subs("Soldiers entered the village of Kagoro on Monday and burned dozens of houses.") == [
        "Looting/property destruction"]
    assert _subs("Rebels entered Kagoro on Monday after heavy fighting and burned the market.") == [
        "Non-state actor overtakes territory"]
