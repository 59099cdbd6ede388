"""Event types and sub-types as real reporting tells them (session 29, branch types11): vehicles intercepted by
armed men, assaults that only took people, suicide attackers, a homemade bomb struck, people led into the bush,
a war ended by a deal, a truce not yet made, a crowd occupying a building. Sentences written for these tests,
from wars other than the real pages the fixes were found on."""

from __future__ import annotations

import datetime as dt

import pytest

from frontlog.extract.pipeline import Stats, extract_batch
from frontlog.model.records import Article

PUBLISHED = dt.date(2022, 6, 15)


def _subs(text: str) -> list[str]:
    [events] = extract_batch([Article(id="t", text=text, published=PUBLISHED)], Stats())
    return [e.sub_event_type for e in events]


@pytest.mark.parametrize("text", [
    "Gunmen intercepted a pick-up truck near Gusau on Monday and carried off its driver and two traders.",
    "Suspected rebels intercepted a bus on the road to Beni on Sunday and set it on fire.",
])
def test_a_vehicle_intercepted_by_armed_men_is_no_disrupted_weapons_use(text: str) -> None:
    assert "Disrupted weapons use" not in _subs(text)


@pytest.mark.parametrize("text", [
    "Ukrainian air defences intercepted 18 drones over Odesa overnight, the air force said.",
    "Police intercepted a car loaded with explosives at a checkpoint in Peshawar on Monday.",
])
def test_weapons_stopped_or_seized_by_a_state_stay_disrupted(text: str) -> None:
    assert "Disrupted weapons use" in _subs(text)


@pytest.mark.parametrize("text", [
    "Bandits attacked travellers on the Lokoja road near Okene on Monday and abducted 11 of them, police said.",
    "Twenty worshippers were kidnapped on Sunday by gunmen who attacked a church in Kajuru.",
])
def test_an_assault_that_only_took_people_is_one_abduction(text: str) -> None:
    assert _subs(text) == ["Abduction/forced disappearance"]


def test_an_assault_that_killed_stays_an_attack_beside_the_abduction() -> None:
    subs = _subs("Gunmen attacked Dogon Noma village near Kajuru on Monday, killing three farmers and kidnapping "
                 "nine women.")
    assert "Attack" in subs and "Abduction/forced disappearance" in subs


@pytest.mark.parametrize("text", [
    "A suicide attacker detonated his explosives at the gate of a police academy in Kunduz on Monday, killing six.",
    "Two suicide attackers blew themselves up outside a hotel in Mogadishu on Sunday, killing nine people.",
])
def test_a_suicide_attacker_is_a_suicide_bomb(text: str) -> None:
    assert "Suicide bomb" in _subs(text) and "Attack" not in _subs(text)


def test_a_suicide_attacker_told_in_a_when_clause_is_a_suicide_bomb() -> None:
    assert "Suicide bomb" in _subs("The blast was worse than an attack in Kunduz in May, when a suicide attacker "
                                   "walked into a mosque and detonated his vest, killing 30 worshippers.")


def test_a_homemade_bomb_struck_by_a_convoy_is_an_ied() -> None:
    assert _subs("Three Nigerien soldiers were killed on Tuesday when their convoy struck a homemade bomb near "
                 "Tillia, the army said.") == ["Remote explosive/landmine/IED"]


def test_people_a_collective_names_led_into_the_bush_are_abducted() -> None:
    assert "Abduction/forced disappearance" in _subs(
        "Militiamen stopped a group of traders near Bunia on Friday and led six of them into the forest.")


def test_the_war_a_deal_ended_is_no_clash() -> None:
    assert _subs("The government of Senegal and the MFDC signed a ceasefire in Ziguinchor on Monday, ending "
                 "four decades of fighting.") == ["Agreement"]


def test_a_ceasefire_the_sides_are_close_to_is_not_made() -> None:
    assert "Agreement" not in _subs("Mediators said the army and the rebels were close to agreeing a ceasefire "
                                    "in Juba.")


def test_a_building_a_marching_crowd_took_over_is_no_capture() -> None:
    subs = _subs("On Tuesday hundreds of teachers marched through Kisumu and took over the county offices.")
    assert not {"Government regains territory", "Non-state actor overtakes territory"} & set(subs)
    assert "Peaceful protest" in subs


def test_fighters_who_gave_themselves_up_surrendered() -> None:
    assert "Change to group/activity" in _subs("Forty Ansaru fighters gave themselves up to the army in Kaduna on "
                                                "Monday, a military spokesman said.")


def test_giving_up_hope_is_no_surrender() -> None:
    assert "Change to group/activity" not in _subs("Residents of Kaduna gave up hope of a rescue on Monday.")


def test_a_person_named_with_an_age_killed_at_a_place_is_a_civilian() -> None:
    # the "at" of a verb whose object is a person's name is where, not a second target ("the Inspector of Police")
    assert _subs("A group of rebels killed Pedro Gomez, 52, at a farm near Tame village on Sunday, Inspector of "
                 "Police, Carlos Ruiz said.") == ["Attack"]


def test_the_weapon_of_a_passive_clause_beside_the_killing_is_that_clause_s() -> None:
    subs = _subs("NPA rebels had earlier killed a 60-year-old farmer near Catarman on Sunday while a soldier was "
                 "wounded in a landmine blast on Monday.")
    assert "Attack" in subs and "Remote explosive/landmine/IED" in subs

