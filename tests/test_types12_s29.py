"""Types of real reporting, round 2 (session 29, branch types12): escapees taken back (Arrests, not ground), a hand-over
told as "did not face any opposition", a retreat in progress (a movement), things that "fill the streets" (no
crowd), a rebel movement ousting a government from a place (territory, not a coup), fighters "killed in action" and
peacekeepers attacked (a clash, not an attack on civilians), herds carried off ("left with 400 cattle": looting),
"fall prey to" (no capture), a bare plural "attacks" beside the targeted attack it names the kind of; each with its
converse. Through the whole extractor, on sentences written for these tests (other wars and towns than the probes of
benchmarks/probes/types12.jsonl)."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

DAY = dt.date(2024, 5, 15)


def _subs(text: str) -> list[str]:
    return sorted(e.sub_event_type for e in run(text, published=DAY))


# escapees: an Arrests trigger (needs escaped_held, escape_told)
def test_escaped_inmates_recaptured_are_arrests_not_ground() -> None:
    subs = _subs("Chadian gendarmes recaptured 30 inmates who had escaped from the prison in Moundou on Sunday.")
    assert subs == ["Arrests"]


def test_escapees_captured_by_a_rebel_force_are_arrests_too() -> None:
    subs = _subs("Kurdish fighters captured 60 prisoners who fled the jail in Qamishli during the attack on Sunday.")
    assert "Arrests" in subs and "Abduction/forced disappearance" not in subs


def test_a_town_captured_by_rebels_stays_a_capture() -> None:
    subs = _subs("Rebels captured the town of Moundou on Sunday after fighting with the army.")
    assert "Arrests" not in subs and "Non-state actor overtakes territory" in subs


# patterns.yaml fight_denied_words: "did not face any opposition", "without opposition"
def test_a_town_entered_without_facing_any_opposition_is_a_hand_over() -> None:
    subs = _subs("Rebels entered Walikale on Sunday and did not face any opposition from the army, residents said.")
    assert subs == ["Non-violent transfer of territory"]


def test_a_town_entered_after_fighting_stays_a_capture() -> None:
    subs = _subs("Rebels entered Walikale on Sunday after heavy fighting with the army, residents said.")
    assert "Non-violent transfer of territory" not in subs


# settle.retreat_in_progress
def test_troops_seen_retreating_towards_a_town_is_no_hand_over() -> None:
    assert _subs("Army units were seen retreating from Bentiu towards Rubkona on Sunday, witnesses said.") == []


def test_troops_who_withdrew_from_a_town_under_a_deal_hand_it_over() -> None:
    subs = _subs("Government troops withdrew from Bentiu on Sunday under a deal with the rebels, officials said.")
    assert "Non-violent transfer of territory" in subs


# settle.crowd_of_things
def test_smoke_filling_the_streets_is_no_protest() -> None:
    subs = _subs("Black smoke filled the streets of Zaporizhzhia on Sunday after the missile strike.")
    assert "Peaceful protest" not in subs


def test_crowds_filling_the_streets_are_a_protest() -> None:
    subs = _subs("Thousands of people filled the streets of Yerevan on Sunday to demand the prime minister resign.")
    assert subs == ["Peaceful protest"]


# settle.ousted_by_rebels
def test_rebels_ousting_the_government_from_a_town_take_it() -> None:
    subs = _subs("The Seleka rebels ousted the government from Bangui in March last year, residents said.")
    assert subs == ["Non-state actor overtakes territory"]


def test_soldiers_ousting_the_president_stage_a_coup() -> None:
    subs = _subs("Soldiers ousted the president of Niger in Niamey on Sunday.")
    assert subs == ["Other"]


# arguments.fell_in_combat, armed_victims: peacekeeper
def test_our_men_killed_in_action_during_an_attack_on_a_camp_are_a_clash() -> None:
    subs = _subs("\"Eight of our men were killed in action on Sunday during a terrorist attack on our camp in "
                 "Menaka,\" the army said.")
    assert "Attack" not in subs and "Armed clash" in subs


def test_villagers_killed_in_an_attack_on_a_village_are_an_attack() -> None:
    subs = _subs("Eight villagers were killed on Sunday during a terrorist attack on a village near Menaka, the "
                 "mayor said.")
    assert "Attack" in subs


def test_peacekeepers_attacked_and_killed_are_a_clash() -> None:
    subs = _subs("Gunmen attacked a patrol of UN peacekeepers near Tessalit on Sunday, killing three of them.")
    assert "Attack" not in subs and "Armed clash" in subs


# triggers.yaml: leave with <loot>
def test_raiders_who_left_with_cattle_looted() -> None:
    subs = _subs("Armed herders raided a village near Bor on Sunday. They left with 500 cattle, a chief said.")
    assert "Looting/property destruction" in subs


def test_villagers_leaving_with_their_own_cattle_loot_nothing() -> None:
    subs = _subs("Villagers near Bor left with their cattle on Sunday as the floods rose, a chief said.")
    assert "Looting/property destruction" not in subs


# triggers.yaml: fall ... without fall prey
def test_a_region_falling_prey_to_attacks_is_no_capture() -> None:
    subs = _subs("Northern Burkina has fallen prey to attacks, with six soldiers killed in an assault on a base in "
                 "Djibo on Sunday.")
    assert "Non-state actor overtakes territory" not in subs


# settle.attacks_told_by_one
def test_bare_plural_attacks_beside_a_targeted_assault_are_its_kind() -> None:
    subs = _subs("Eastern Congo continues to suffer militia attacks, with five people killed in an assault on UN "
                 "peacekeepers near Beni on Sunday.")
    assert subs == ["Armed clash"]


# triggers.yaml: fusion|amalgamation of * group
def test_a_fusion_of_groups_in_a_country_is_a_change_to_group() -> None:
    subs = _subs("In Niger, three armed groups announced on Sunday a fusion of their movements into one front.")
    assert "Change to group/activity" in subs


def test_some_of_the_escaped_inmates_recaptured_told_in_the_passive_are_arrests() -> None:
    subs = _subs("Seven out of 20 inmates who escaped from the prison in Kisumu on Sunday have been recaptured, the "
                 "prisons service said.")
    assert subs == ["Arrests"]


# triggers.yaml: seize|confiscate munitions by a state's force (need munitions_load)
def test_munitions_seized_in_a_vehicle_by_soldiers_are_disrupted_weapons_use() -> None:
    subs = _subs("Jordanian soldiers seized a lorry loaded with mortar shells at a checkpoint near Mafraq on Sunday.")
    assert subs == ["Disrupted weapons use"]


def test_a_town_seized_by_soldiers_stays_ground_taken() -> None:
    subs = _subs("Government soldiers seized the town of Kismayo from fighters armed with rockets on Sunday.")
    assert "Disrupted weapons use" not in subs
