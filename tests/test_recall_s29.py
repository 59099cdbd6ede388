"""Acts real wire copy tells that frontlog missed (session 29, branch recall12): people abducted in the passive
right after a raid, with no place, doer or day of their own (taken in that raid, where it was told); a gunfight
told as an "encounter" (South Asian and Philippine wire English). Through the whole extractor, on sentences
written for these tests (other wars than the probes of benchmarks/probes/recall12.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2022, 6, 8)


def _records(text: str) -> list[tuple[str, str]]:
    return sorted((e.sub_event_type, e.location) for e in run(text, published=DAY))


# place.taken_in_raid
def test_people_kidnapped_after_a_raid_were_taken_in_it() -> None:
    assert _records("Armed men stormed the village of Kurmin Masara near Zonkwa on Sunday, killing eight farmers. "
                    "Several other people were kidnapped, a community leader said.") == [
        ("Abduction/forced disappearance", "Kurmin Masara"), ("Attack", "Kurmin Masara")]


def test_the_raid_part_is_where_the_raid_was_not_the_act_told_last() -> None:
    # the last town named before the abduction is the raid's, though another attack elsewhere was told last
    records = _records("Gunmen attacked three hamlets near Bokkos on Saturday, residents said. The news came hours "
                       "after bandits killed 11 traders in an attack near Funtua. In the Bokkos area, the attackers "
                       "came on foot. At least 15 people were abducted, a resident said.")
    assert ("Abduction/forced disappearance", "Bokkos") in records


def test_an_abduction_long_after_the_raid_is_not_placed_by_it() -> None:
    records = _records("Gunmen attacked a village near Bokkos on Saturday, killing six people. Troops were sent to "
                       "the area. The governor visited the survivors. Schools stayed shut. Markets were closed. "
                       "Many people were abducted.")
    assert ("Abduction/forced disappearance", "Bokkos") not in records


# Armed clash: "encounter"
def test_an_encounter_with_troops_is_a_clash() -> None:
    assert _records("Four Maoist rebels were killed in an encounter with security forces in the forests of "
                    "Sukma on Friday, police said.") == [("Armed clash", "Sukma")]


def test_troops_encountering_rebels_is_a_clash() -> None:
    assert _records("Army troops encountered some 40 New People's Army guerrillas near Las Navas on "
                    "Thursday, the military said.") == [("Armed clash", "Las Navas")]


def test_encountering_no_resistance_is_no_clash() -> None:
    assert _records("Troops met no fire and encountered no resistance as they entered the village, "
                    "residents of Tessit said.") == []


# pick_places: a second object joined to the act's phrase, at a place of its own
def test_two_objects_at_two_places_are_two_acts() -> None:
    assert _records("Al-Shabaab fighters attacked a police post in Mandera and a military camp in Wajir on "
                    "Tuesday, officials said.") == [("Armed clash", "Mandera"), ("Armed clash", "Wajir")]


def test_two_places_taken_on_two_days_keep_their_days() -> None:
    events = run("Houthi fighters seized Amran on Tuesday and Hazm on Thursday, tribal sources said.", published=DAY)
    assert sorted((e.location, str(e.date_start)) for e in events) == [
        ("Al Hazm", "2022-06-02"), ("Amran", "2022-06-07")]


def test_a_road_between_two_towns_stays_one_act() -> None:
    assert len(run("Gunmen ambushed a convoy on the road between Gao and Ansongo on Monday.", published=DAY)) == 1


# discourse.another_act: a sentence opening "Earlier on <day>," / "Later on <day>," tells another act
def test_an_act_told_earlier_that_day_is_another_act() -> None:
    events = run("Militants fired on a police patrol in Anantnag on Monday, wounding four. Earlier on Monday, "
                 "militants attacked a police post in Anantnag, police said.", published=DAY)
    assert len([e for e in events if e.location == "Anantnag"]) == 2


def test_an_attack_later_that_day_is_another_attack() -> None:
    events = run("Jihadists killed four herders near Menaka on Friday. Later on Friday, jihadists attacked a "
                 "camp near Menaka, killing six people.", published=DAY)
    assert sorted(e.fatalities for e in events if e.sub_event_type == "Attack") == [4, 6]


def test_a_dispersal_later_that_day_is_the_same_protest() -> None:
    events = run("Students marched through Kampala on Friday. Later that day, police fired tear gas at the "
                 "students in Kampala.", published=DAY)
    assert len(events) == 1


def test_the_attack_named_later_is_the_one_told() -> None:
    events = run("Gunmen attacked a church in Owo on Sunday, killing 40 worshippers. Later, police said the attack "
                 "had been carried out by five gunmen.", published=DAY)
    assert len(events) == 1
