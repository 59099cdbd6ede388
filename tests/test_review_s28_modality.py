"""Misfires of session 28's background rules (extract/modality.py) that a review found, each mended by a general
change: an act at a town a monitor recorded (modality.catalogued), a dated act joined by "and" to a war told whole
(modality.war_long), an offensive that "opened a new front" on a day (modality.refers_back), a dated act a side is
known for (modality.disposition). Through the whole extractor, on sentences written for these tests; the rules'
intended drops stay beside each mend."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2024, 5, 15)


def _found(text: str) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.location) for e in run(text, published=DAY))


# modality.catalogued: a town in the recording verb's clause makes it one act told
def test_clashes_a_monitor_recorded_near_a_town_stay() -> None:
    assert ("Armed clash", "Kafranbel") in _found(
        "The Syrian Observatory for Human Rights recorded heavy clashes between government forces and rebels "
        "near Kafranbel.")


def test_clashes_monitors_have_recorded_in_a_city_stay() -> None:
    assert ("Armed clash", "El Fasher") in _found(
        "Monitors have recorded clashes between the army and the RSF in El Fasher, residents said.")


def test_a_funeral_at_a_town_marked_by_clashes_stays() -> None:
    assert [loc for _, loc in _found("The funeral in Srinagar was marked by clashes between mourners and "
                                     "police.")] == ["Srinagar"]


def test_acts_recorded_across_a_province_are_still_no_act() -> None:
    assert _found("Rights groups have documented abductions and killings across Borno State.") == []


# modality.war_long: a conjunct with a subject or a time of its own is its own act
def test_a_dated_strike_joined_to_a_war_told_whole_stays() -> None:
    assert ("Air/drone strike", "Maarat al-Numan") in _found(
        "Since the war began in 2011, government forces have bombed hospitals across the country, and on "
        "Tuesday jets struck villages near Maarat al-Numan.")


def test_a_dated_ambush_joined_to_years_of_attacks_stays() -> None:
    assert ("Armed clash", "Afgooye") in _found(
        "Al-Shabaab has attacked convoys across Somalia for years, and on Monday its fighters ambushed a patrol "
        "near Afgooye.")


# modality.refers_back: "open" brings something only with "the way", "the door", "the road"; a timed sentence is news
def test_an_offensive_that_opened_a_front_on_a_day_stays() -> None:
    assert ("Armed clash", "Kharkiv") in _found(
        "The offensive opened a new front north of Kharkiv on Friday, Ukrainian officials said.")


def test_what_a_capture_opened_the_way_for_is_still_no_act() -> None:
    assert _found("The capture cut a key supply route and opened the way for an advance on Bakhmut.") == []


# modality.disposition: a gerund with a past time of its own names one act of the past
def test_a_dated_attack_a_group_is_known_for_stays() -> None:
    events = run("The group, known for attacking the police station in Kafolo last June, ambushed soldiers near "
                 "Doropo on Monday.", published=DAY)
    kafolo = [e for e in events if e.location == "Kafolo"]
    assert [(e.sub_event_type, str(e.date_start)) for e in kafolo] == [("Armed clash", "2023-06-01")]
    assert "Doropo" in [e.location for e in events]


def test_a_dated_kidnapping_a_gang_is_known_for_stays() -> None:
    assert ("Abduction/forced disappearance", "Port-au-Prince") in _found(
        "The gang, known for kidnapping a bishop in Port-au-Prince last March, attacked police in "
        "Croix-des-Bouquets on Monday.")


# one test of the present perfect, read by modality and candidates alike
def test_one_present_perfect() -> None:
    from frontlog.extract import candidates, modality

    assert candidates._perfect is modality.present_perfect
