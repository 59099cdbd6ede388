"""Crowds and agreements told across sentences (issue 9, probes gatherings.jsonl), through the whole extractor on
sentences written for these tests: a dispersal that kills, arrests and arson told after a protest, a crowd's
assault on a police post, a force storming a sit-in, act words that only modify a noun, a truce signed abroad."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run
from conftest import only_event

THURSDAY = dt.date(2024, 3, 7)  # "on Monday" is 4 March 2024


def kinds(text: str) -> list[tuple]:
    return sorted((e.sub_event_type, e.location) for e in run(text, THURSDAY))


def test_a_dispersal_told_with_its_killing_is_excessive_force_the_force_actor1() -> None:
    for text in ("Soldiers killed three villagers in Bumbuna on Monday as they dispersed a peaceful march.",
                 "Police shot dead two marchers in Kasese on Monday as they broke up a peaceful rally."):
        event = only_event(text, THURSDAY)
        assert event.sub_event_type == "Excessive force against protesters", text
        assert event.actor2 is not None and event.actor2.startswith("Protesters"), text  # the force is actor1


def test_arrests_told_after_a_protest_at_its_place_are_its_intervention_one_event() -> None:
    text = ("Hundreds of taxi drivers blocked the main road into Kumasi on Monday to protest against fuel prices. "
            "Police arrested 40 of them and towed away their cars.")
    event = only_event(text, THURSDAY)
    assert (event.sub_event_type, event.actor1, event.actor2) == (
        "Protest with intervention", "Protesters (Ghana)", "Police Forces of Ghana")


def test_arson_by_the_crowd_told_after_its_protest_makes_it_a_violent_demonstration_one_event() -> None:
    text = "Hundreds of traders marched to the town hall in Mbarara on Monday. They set fire to two cars there."
    event = only_event(text, THURSDAY)
    assert (event.sub_event_type, event.actor1) == ("Violent demonstration", "Rioters (Uganda)")


def test_arson_by_a_part_of_the_crowd_is_a_riot_apart_and_by_others_their_own_act() -> None:
    part = "Hundreds of traders marched to the town hall in Mbarara on Monday. Some of them set fire to two cars."
    assert kinds(part) == [("Peaceful protest", "Mbarara"), ("Violent demonstration", "Mbarara")]
    others = "Hundreds of traders marched to the town hall in Mbarara on Monday. Looters later burned two shops."
    assert [e.sub_event_type for e in run(others, THURSDAY)].count("Peaceful protest") == 1


def test_a_protest_on_another_day_stays_its_own_event() -> None:
    text = ("Nurses marched peacefully through Lilongwe on Monday. On Tuesday they returned, stoning police cars "
            "and burning tyres outside the ministry.")
    assert [(e.sub_event_type, e.date_start) for e in sorted(run(text, THURSDAY), key=lambda e: e.date_start)] == [
        ("Peaceful protest", "2024-03-04"), ("Violent demonstration", "2024-03-05")]



def test_a_crowds_assault_on_a_police_post_is_a_riot_not_a_clash() -> None:
    event = only_event("An angry crowd attacked a police post in Kasungu on Monday.", THURSDAY)
    assert (event.event_type, event.actor1, event.actor2) == ("Riots", "Rioters (Malawi)", "Police Forces of Malawi")
    protesting = only_event("Demonstrators angry over a killing attacked a police station in Mzuzu on Monday.",
                            THURSDAY)
    assert protesting.sub_event_type == "Violent demonstration"


def test_a_force_storming_a_sit_in_is_an_intervention_and_a_clash_with_protesters_a_riot() -> None:
    stormed = only_event("Riot police stormed a sit-in by nurses in Lilongwe on Monday.", THURSDAY)
    assert (stormed.sub_event_type, stormed.actor1) == ("Protest with intervention", "Protesters (Malawi)")
    clashed = only_event("Police clashed with protesters in Lahore on Monday.", THURSDAY)
    assert clashed.sub_event_type == "Violent demonstration"


def test_an_act_word_that_only_modifies_a_noun_tells_no_act() -> None:
    for text in ("Protest leaders met the governor of Kano on Monday.",
                 "Ceasefire monitors visited Goma on Monday.",
                 "Attack helicopters flew over Gao on Monday."):
        assert run(text, THURSDAY) == [], text
    assert kinds("Soldiers fired on anti-war marchers in Yangon on Monday.") == [
        ("Excessive force against protesters", "Yangon")]
    assert [e.event_type for e in run("A bombing campaign hit Mosul on Monday.", THURSDAY)] == [
        "Explosions/Remote violence"]
    assert [e.event_type for e in run("Rebels fired mortar rounds at Goma airport on Monday.", THURSDAY)] == [
        "Explosions/Remote violence"]


def test_a_truce_signed_in_a_capital_abroad_is_placed_in_the_parties_country() -> None:
    event = only_event("The Philippine government and the MILF rebels signed a six-month ceasefire in Kuala Lumpur "
                       "on Monday.", THURSDAY)
    assert (event.sub_event_type, event.country) == ("Agreement", "PH")
    applies = only_event("Russia and Turkey agreed a ceasefire in Idlib on Monday.", THURSDAY)
    assert applies.location == "Idlib"



def test_an_anniversary_of_a_dispersal_tells_no_protest() -> None:
    assert run("Monday marks five years since gendarmes killed 30 protesters in Niamey during the dispersal of "
               "the sit-in outside army headquarters.", THURSDAY) == []
