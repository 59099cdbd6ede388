"""Explosions and remote violence told in short stories (issue 9, session 15), through the whole extractor (real
spaCy model, gazetteer and actor table), on sentences written for these tests: alerts and shelters that tell no
strike, accidents, a weapon's damage and the weapon a strike was done with as one act, an act counted among its
kind, and acts told as what followed at the scene just told."""

from __future__ import annotations

from conftest import extract_text as run
from frontlog.model.records import Event


def subs(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.location) for e in events]


# --- alerts, shelters and accidents tell no strike (words/act_described_nouns, words/accident_words) ------------

def test_air_raid_sirens_tell_no_strike() -> None:
    assert run("Air raid sirens wailed over Lviv for three hours on Monday night.") == []


def test_people_in_a_bomb_shelter_tell_no_bombing() -> None:
    assert run("Hundreds of families spent Sunday night in a bomb shelter in Sderot.") == []


def test_an_explosion_the_next_clause_calls_an_accident_is_no_attack() -> None:
    assert run("A fire set off an explosion at an ammunition depot in Kaduna on Sunday, injuring six soldiers; "
               "officials said it was an accident.") == []


def test_an_explosion_with_sabotage_ruled_out_is_no_attack() -> None:
    assert run("An explosion at a fuel depot outside Benghazi on Friday injured three workers, and the authorities "
               "ruled out sabotage.") == []


def test_a_bomb_with_no_accident_word_is_still_an_attack() -> None:
    assert subs(run("A bomb exploded at a bus station in Kaduna on Sunday, injuring six people.")) == [
        ("Remote explosive/landmine/IED", "Kaduna")]


# --- one strike: its damage and its weapon (settle.duplicate_trigger) -----------------------------------------

def test_a_fire_set_by_drones_is_the_drone_strike() -> None:
    events = run("Russian drones set fire to a grain terminal in Izmail on Tuesday, the governor said.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_the_bombs_a_strike_was_done_with_are_that_strike() -> None:
    events = run("Russian forces hit Zaporizhzhia with guided aerial bombs on Wednesday, wounding nine people.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


# --- an act counted among its kind (drop.comparison) -----------------------------------------------------------

def test_the_first_such_strike_is_the_strike_told_not_another() -> None:
    events = run("The army said a drone strike killed two gunmen in the Nur Shams camp near Tulkarm on Tuesday, the "
                 "first such strike in the West Bank in two decades.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]
    assert events[0].location == "Nur Shams"


# --- what followed at the scene just told (words/sequel_words, place.recent_act) --------------------------------

def test_a_firefight_that_followed_is_placed_where_the_ambush_was() -> None:
    events = run("Rebels detonated a landmine under an army truck near Catarman on Saturday, killing three soldiers. "
                 "A firefight followed in which two rebels were killed.")
    assert sorted(subs(events)) == [("Armed clash", "Catarman"), ("Remote explosive/landmine/IED", "Catarman")]


def test_a_bomb_defused_nearby_is_placed_where_the_blast_was() -> None:
    events = run("A bomb exploded outside a mosque in Quetta on Friday, wounding four worshippers. A second device "
                 "was found and defused nearby.")
    assert sorted(subs(events)) == [("Disrupted weapons use", "Quetta"), ("Remote explosive/landmine/IED", "Quetta")]


# --- places: listed through a site, and the place of an act not done (extract/arguments.py) --------------------

def test_strikes_near_one_site_and_at_a_base_in_another_town_are_two_events() -> None:
    events = run("Coalition jets struck rebel positions near Marib airport and at a camp in Sirwah on Monday.")
    assert len(events) == 2 and "Sirwah" in events[1].location  # (the gazetteer's Ma'rib and Suq Sirwah)


def test_a_toll_told_beside_a_threat_keeps_no_place_of_the_threat() -> None:
    events = run("Turkish drones struck a PKK hideout in Sinjar on Saturday. The group said two of its fighters were "
                 "killed and threatened to hit Turkish bases in Duhok.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


# --- a suicide bombing told again by its blast or its device is one suicide bomb (taxonomy.tsv, merge) ----------

def test_a_suicide_bombing_retold_by_a_witness_as_detonated_explosives_is_one_suicide_bomb() -> None:
    events = run("A suicide bomber blew herself up at a market in Maiduguri on Saturday, killing six people, police "
                 "said. \"She walked into the crowd and detonated the explosives strapped to her body,\" a trader "
                 "said.")
    assert subs(events) == [("Suicide bomb", "Maiduguri")]


def test_a_suicide_bombing_and_a_roadside_bomb_on_soldiers_in_one_city_stay_two() -> None:
    events = run("A suicide bomber blew himself up at a market in Maiduguri on Saturday, killing six people. Hours "
                 "later a roadside bomb hit a military patrol in Maiduguri, killing two soldiers.")
    assert sorted(subs(events)) == [("Remote explosive/landmine/IED", "Maiduguri"), ("Suicide bomb", "Maiduguri")]


def test_a_car_bomb_and_suicide_bombers_told_in_one_sentence_at_one_place_are_one_suicide_bomb() -> None:
    events = run("In Baidoa, a car bomb went off outside a hotel on Sunday and two suicide bombers then blew "
                 "themselves up among the guests who fled, killing 15 people, police said.")
    assert subs(events) == [("Suicide bomb", "Baidoa")]


def test_a_bombing_told_as_an_earlier_act_keeps_its_participle_toll() -> None:
    # "had bombed a convoy ..., killing six soldiers": the killing is that bombing's toll, on the bombing's day,
    # not a clash on the day of the sentence before.
    events = run("Al-Shabaab fighters shot dead three traders in Baidoa on Friday. The killings came five days after "
                 "the group had bombed an army convoy near Afgooye, killing six soldiers.")
    assert sorted(subs(events)) == [("Attack", "Baidoa"), ("Remote explosive/landmine/IED", "Afgooye")]


# --- "aerial bombing", "aerial attack": a strike from the air, whatever noun follows "aerial" (triggers.yaml) ---

def test_an_aerial_bombing_is_an_air_strike() -> None:
    events = run("The army said it killed seven rebels in an aerial bombing near Saravena on Friday.")
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], subs(events)
