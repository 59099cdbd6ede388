"""Battles real wire copy tells that frontlog missed (session 31, branch battles15): a fight told as a noun with a
place it governs ("the fight for X"), an attack beaten off by armed men told as "foiled" or "thwarted" with no
toll, artillery "fired" at positions, and troopers as armed victims; each with its converse. Through the whole
extractor, on sentences written for these tests (other wars and places than the probes of
benchmarks/probes/battles15.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2022, 6, 15)  # a Wednesday


def _subs(text: str, day: dt.date = DAY) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=day))


# triggers.yaml: 'fight' as a noun, with an armed side and a place it governs
def test_the_fight_for_a_town_is_a_clash() -> None:
    assert _subs("Somali troops lost six men in Monday's fight for Bulo Burde, a commander said.") == ["Armed clash"]


def test_a_fierce_fight_near_a_town_is_a_clash() -> None:
    assert _subs("A fierce fight broke out near Kidal on Tuesday when rebels ran into an army convoy.") \
        == ["Armed clash"]


def test_the_fight_against_terrorism_is_no_battle() -> None:
    assert _subs("The minister said the fight against terrorism in Diffa would go on.") == []


def test_a_political_fight_is_no_battle() -> None:
    assert _subs("The party won its fight for a recount in Lagos on Tuesday.") == []


def test_a_fight_for_independence_is_no_battle() -> None:
    assert _subs("The rebels have waged a fight for independence in Casamance since 1982.") == []


# triggers.yaml: 'foil|thwart * attack' by armed men, with no toll: the attack beaten off, a fight
def test_troops_foiling_an_attack_on_their_base_is_a_clash() -> None:
    assert _subs("Cameroonian soldiers foiled an attack by Boko Haram fighters on their base in Kolofata on "
                 "Tuesday.") == ["Armed clash"]


def test_forces_thwarting_attacks_near_a_village_is_a_clash() -> None:
    assert _subs("Ukraine's army said its troops had thwarted Russian attacks near Klishchiivka on Monday.") \
        == ["Armed clash"]


def test_a_foiled_bomb_attack_stays_disrupted_weapons_use() -> None:
    assert _subs("Police foiled a bomb attack on a market in Maiduguri on Tuesday.") == ["Disrupted weapons use"]


def test_a_vow_to_foil_attacks_is_no_event() -> None:
    assert _subs("The army vowed to foil any attack on Kolofata.") == []


# triggers.yaml: 'fire * artillery|howitzer'
def test_artillery_fired_at_positions_is_shelling() -> None:
    assert _subs("Government troops fired rounds of artillery at rebel positions near Kafr Nabudah on Tuesday.") \
        == ["Shelling/artillery/missile attack"]


# words/armed_victims.txt: a trooper is armed
def test_troopers_killed_are_a_clash() -> None:
    assert _subs("Maoists killed three troopers in an ambush near Bijapur on Tuesday, police said.") \
        == ["Armed clash"]


# triggers.yaml: 'open up on' is opening fire
def test_gunmen_opening_up_on_a_patrol_is_a_clash() -> None:
    assert _subs("Gunmen opened up on an army patrol outside Uruapan on Tuesday.") == ["Armed clash"]


# triggers.yaml: 'drive' takes no ground when what is driven is a vehicle
def test_militants_driving_stolen_humvees_take_no_ground() -> None:
    assert _subs("Militants driving stolen Humvees into Haditha killed 20 soldiers on Tuesday.") == ["Armed clash"]


def test_troops_driving_rebels_out_of_a_town_take_it() -> None:
    assert "Government regains territory" in _subs(
        "Government troops drove the rebels out of Kamanyola on Tuesday, an army spokesman said.")


# triggers.yaml + needs.yaml force_doer: an attack foiled by a force told by a force noun the actor table lacks
def test_personnel_foiling_the_attack_is_the_clash_told_before() -> None:
    assert _subs("Gunmen attacked a police station in Lakki Marwat on Tuesday night. The on-duty personnel "
                 "responded swiftly, foiling the attack.") == ["Armed clash"]


# words/without_prepositions.txt: 'between' names a clash's own sides, so armed men there are no crowd
def test_clashes_between_forces_and_fighters_of_the_opposition_are_a_battle() -> None:
    assert _subs("There were heavy clashes between government forces and fighters from the opposition in Idlib "
                 "on Tuesday.") == ["Armed clash"]


def test_clashes_between_police_and_opposition_supporters_stay_a_riot() -> None:
    assert _subs("Clashes broke out between police and opposition supporters in Conakry on Tuesday.") \
        == ["Violent demonstration"]


# triggers.yaml: 'explosion' as a crisis told ("on the way to a full-scale explosion") is no bombing
def test_a_situation_heading_for_a_full_scale_explosion_is_no_bombing() -> None:
    assert _subs("Recent developments indicate that the situation in Zinjibar is on the way to a full-scale "
                 "explosion.") == []


def test_an_explosion_at_a_checkpoint_stays_a_bombing() -> None:
    assert _subs("An explosion near a checkpoint in Zinjibar on Tuesday killed two soldiers.") \
        == ["Remote explosive/landmine/IED"]


# subtypes.py: subtype.victims.pronoun_antecedent
def test_a_patrol_attacked_told_by_a_pronoun_is_a_clash() -> None:
    assert _subs("The patrol was returning to its base near Diffa on Tuesday when it was attacked by a group of "
                 "men on motorbikes.") == ["Armed clash"]


def test_a_bus_attacked_told_by_a_pronoun_is_no_clash() -> None:
    assert "Armed clash" not in _subs("The bus was travelling near Diffa on Tuesday when it was attacked by a "
                                      "group of men on motorbikes.")


# subtypes.py: subtype.victims.participle_noun
def test_soldiers_killed_told_by_a_participle_are_a_clash() -> None:
    assert _subs("The bodies of five soldiers killed near Tillaberi on Sunday were flown to Niamey.") \
        == ["Armed clash"]


def test_villagers_killed_told_by_a_participle_are_no_clash() -> None:
    assert "Armed clash" not in _subs("The bodies of five villagers killed near Tillaberi on Sunday were buried "
                                      "on Monday.")


# triggers.yaml: 'fire fight' in two words; 'intercept' of armed men told with a fight
def test_a_fire_fight_in_two_words_is_a_clash() -> None:
    assert _subs("An intense fire fight broke out between troops and militants near Miranshah on Tuesday.") \
        == ["Armed clash"]


def test_armed_men_intercepted_and_killed_are_a_clash() -> None:
    assert _subs("Soldiers intercepted a group of armed bandits near Gusau on Tuesday, killing six of them.") \
        == ["Armed clash"]


def test_drones_intercepted_stay_disrupted_weapons_use() -> None:
    assert _subs("Air defences intercepted three drones launched by the rebels over Kassala on Tuesday.") \
        == ["Disrupted weapons use"]


# words/armed_victims.txt: terrorists killed are fighters
def test_terrorists_killed_in_an_operation_are_a_clash() -> None:
    assert _subs("Four terrorists were killed in an operation near Bannu on Tuesday, the military said.") \
        == ["Armed clash"]


def test_the_dead_said_to_be_fighters_killed_in_combat_is_no_new_clash() -> None:
    assert _subs("Rebel leaders in Goma denied the charge, saying the dead were fighters killed in combat.") == []
