"""Battles that are no ground taken (session 21, probes/battles3.jsonl): a side that "lost" its own fighters told a
toll, not a place given up; people detained and "taken to" a holding area were moved, no place was taken. And the
takings that stay. Sentences written for these tests, run through the whole extractor (real spaCy model, gazetteer
and actor table)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUBLISHED = dt.date(2024, 5, 29)  # a Wednesday


def subtypes(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, PUBLISHED) if e.event_type == "Battles")


def test_fighters_lost_are_a_toll_not_ground_lost() -> None:
    assert subtypes("Fighting broke out between Fano militiamen and federal forces in Gondar on Monday. The army "
                    "said the militia lost 30 fighters, while Fano said it had killed 50 soldiers.") == ["Armed clash"]


def test_a_place_lost_is_still_taken_by_the_other_side() -> None:
    assert subtypes("The army lost the town of Kamanyola to M23 rebels on Tuesday.") == [
        "Non-state actor overtakes territory"]


def test_people_detained_and_taken_somewhere_take_no_ground() -> None:
    assert subtypes("Police said on Tuesday that more than 300 people had been detained in Kingston since Sunday "
                    "and taken to a holding area at the National Stadium.") == []


def test_people_detained_described_then_taken_somewhere_take_no_ground() -> None:
    assert subtypes("Police said on Tuesday that 200 people had been held in Kingston since Sunday, most of them "
                    "students, and taken to a holding area at the National Stadium.") == []


def test_a_joined_verb_with_its_own_place_still_takes_it() -> None:
    assert subtypes("Rebels killed ten soldiers and took the town of Kamanyola on Monday.") == [
        "Non-state actor overtakes territory"]


def test_a_side_that_says_it_withdrew_gave_the_place_up() -> None:
    # "they" is the speaker: the separatists gave Kidal up; the army's taking told before is the one act.
    found = run("Malian troops took control of Kidal on Tuesday, the army said. The separatists said they had "
                "withdrawn from the town for strategic reasons.", PUBLISHED)
    assert [e.sub_event_type for e in found] == ["Government regains territory"]


def test_an_attack_named_in_an_accusation_of_backing_it_is_the_attack_told() -> None:
    # one act, and the party accused of backing it did not do it
    found = run("Fighters of the White Army overran an army base in Nasir on Tuesday after two days of fighting, "
                "officials said. "
                "The government accused the SPLM-IO of backing the attack, which the party denied.",
                PUBLISHED)
    assert [e.sub_event_type for e in found] == ["Non-state actor overtakes territory"]


def test_an_accusation_of_an_attack_with_its_own_place_stays() -> None:
    found = run("The government accused the rebels of carrying out the attack on the army base in Nasir on Tuesday.",
                PUBLISHED)
    assert [e.event_type for e in found] == ["Battles"]


def test_a_fight_ranked_in_a_phrase_after_a_said_is_the_act_told() -> None:
    found = run("Troops battled ADF rebels near Oicha on Monday, the army said, in some of the heaviest fighting of "
                "the war in North Kivu.", PUBLISHED)
    assert [(e.sub_event_type, e.location) for e in found] == [("Armed clash", "Oicha")]


def test_the_repellers_of_an_attack_told_before_are_its_other_side() -> None:
    found = run("Houthi fighters attacked the town of Hays on Sunday, the army said. Yemeni troops repelled several "
                "assaults on the town's market, a commander said.", PUBLISHED)
    assert [(e.actor1, e.actor2) for e in found] == [("Houthi Movement", "Military Forces of Yemen")]


def test_a_failed_taking_and_its_day_of_entry_are_one_attempt() -> None:
    found = run("Fano militiamen failed to capture the town of Gondar after two days of fighting with federal troops, "
                "residents said on Tuesday. The militia had entered parts of the town on Sunday before being pushed "
                "out.", PUBLISHED)
    assert [e.sub_event_type for e in found] == ["Armed clash"]
