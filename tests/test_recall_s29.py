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
