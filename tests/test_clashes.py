"""Battles as wires and local papers tell them (session 12's probes, benchmarks/probes/clashes.jsonl), through the
whole extractor with the real spaCy model, gazetteer and actor table, on sentences written for these tests: one
place named twice in a sentence, a capture and the losers' withdrawal told apart, a bomb that is the subject of
a strike verb, reports denied, and a truce told as broken."""

from __future__ import annotations

from conftest import extract_text as run
from frontlog.model.records import Event


def subs(events: list[Event]) -> list[str]:
    return sorted(e.sub_event_type for e in events)


# --- one act, one record ---------------------------------------------------------------------------------

def test_a_town_named_twice_in_one_sentence_is_one_place() -> None:
    # "El Fasher" and the "Fasher" of another trigger's reading: one point, one name inside the other.
    events = run("Fighting raged on Monday between the army and the RSF in El Fasher, the only city in Darfur "
                 "still held by the army.")
    assert subs(events) == ["Armed clash"]


def test_the_losers_withdrawal_told_after_a_capture_is_the_capture() -> None:
    events = run("Fano fighters seized the town of Kobo on Sunday after hours of fighting, residents said. "
                 "Federal troops withdrew from the town before dawn, a local official said.")
    assert subs(events) == ["Non-state actor overtakes territory"]


def test_bombs_that_fell_are_the_strike_not_also_a_roadside_bomb() -> None:
    events = run("Two bombs fell on a crowded market in Kramatorsk on Monday, killing five people.")
    assert subs(events) == ["Air/drone strike"]


def test_a_car_bomb_that_struck_is_one_explosion() -> None:
    events = run("A car bomb struck a police checkpoint in Mogadishu on Monday, killing three officers.")
    assert subs(events) == ["Remote explosive/landmine/IED"]


# --- not told as having happened -------------------------------------------------------------------------

def test_reports_of_a_capture_denied_or_dismissed_tell_none() -> None:
    assert run("The army denied reports that M23 rebels had captured the town of Kitshanga on Friday.") == []
    assert run("The government dismissed reports that militants had overrun an army base near Mopti on "
               "Sunday.") == []


def test_a_truce_told_as_breached_is_no_agreement() -> None:
    assert run("The two sides accused each other of breaching the ceasefire around Hodeidah on Sunday.") == []
    events = run("Heavy clashes broke out near Hodeidah on Sunday in a fresh breach of the truce, officials said.")
    assert subs(events) == ["Armed clash"]


# --- a fight, not something else ----------------------------------------------------------------------------

def test_an_attack_on_a_town_its_doers_fight_for_is_the_fight() -> None:
    events = run("Jihadists attacked the town of Arbinda on Tuesday, pressing an offensive against the army in "
                 "the region, residents said.")
    assert subs(events) == ["Armed clash"]


def test_an_attack_on_a_village_that_kills_residents_stays_an_attack() -> None:
    events = run("Gunmen attacked the village of Kishi on Monday, killing 12 residents.")
    assert subs(events) == ["Attack"]


def test_a_failed_capture_is_a_clash() -> None:
    events = run("Al-Shabaab fighters failed to capture the town of Galkayo on Sunday after hours of fighting with "
                 "the army.")
    assert subs(events) == ["Armed clash"]


def test_fighting_that_entered_another_week_takes_no_place() -> None:
    events = run("Clashes between the army and the Kachin Independence Army around Myitkyina entered a second "
                 "week on Monday.")
    assert subs(events) == ["Armed clash"]


def test_rocket_propelled_grenades_fired_at_a_post_are_a_fight_not_shelling() -> None:
    events = run("Militants fired rocket-propelled grenades at a police post in Bannu on Sunday night, police said.")
    assert subs(events) == ["Armed clash"]


def test_weapons_seized_by_either_side_of_a_fight_are_its_spoils() -> None:
    events = run("Ambazonian separatists clashed with soldiers in Kumba on Thursday. The army said it had killed "
                 "three fighters and seized their guns.")
    assert subs(events) == ["Armed clash"]


# --- no act told ---------------------------------------------------------------------------------------------

def test_crowds_out_to_celebrate_a_recapture_make_no_protest() -> None:
    events = run("Ukrainian troops recaptured Kherson on Friday. Jubilant residents poured into the streets to "
                 "celebrate.")
    assert subs(events) == ["Government regains territory"]


def test_attacks_a_group_says_it_answers_are_its_cause() -> None:
    events = run("Government troops clashed with M23 fighters near Rutshuru on Tuesday. The rebels said they were "
                 "responding to attacks on civilians by the army.")
    assert subs(events) == ["Armed clash"]


def test_the_fighting_named_again_at_a_site_of_its_town_is_the_same_fight() -> None:
    events = run("Fighting broke out in Khartoum on Saturday between the army and the RSF. The clashes around the "
                 "Khartoum International Airport killed 25 people, doctors said.")
    assert subs(events) == ["Armed clash"]
    assert events[0].fatalities == 25


def test_a_gunbattle_in_one_word_is_a_clash() -> None:
    events = run("A gunbattle between police and gunmen in Kismayo on Monday left four people dead.")
    assert subs(events) == ["Armed clash"]


def test_the_battle_for_a_town_retold_with_the_towns_own_history_is_the_capture() -> None:
    # "for five years" dates the town's past as a base (its relative clause), not the battle.
    events = run("Somali troops recaptured the town of Jilib from Al-Shabaab on Tuesday after a day of fighting, "
                 "officials said. The army said it killed 20 militants in the battle for the town, which had been "
                 "a base of the group for five years.")
    assert subs(events) == ["Government regains territory"]


def test_the_sentence_after_a_recapture_goes_on_with_it_not_with_the_capture_it_dated() -> None:
    events = run("Ethiopian troops retook the town of Woldia on Thursday, two days after Fano fighters had seized "
                 "it, residents said. Soldiers entered the town after brief clashes on its outskirts.")
    assert subs(events) == ["Government regains territory", "Non-state actor overtakes territory"]
