"""Several acts told in one sentence or paragraph (probes roundups.jsonl), through the whole extractor, on
sentences written for these tests: people carried off as raiders leave, a place whose name holds a possessive."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUB = dt.date(2024, 7, 16)


def subs(events: list) -> list[str]:
    return sorted(e.sub_event_type for e in events)


# --- people carried off (triggers: make off with, take * with them) ------------------------------------------------

def test_raiders_who_make_off_with_a_person_abducted_him() -> None:
    events = run("Armed men raided a farm outside Gusau on Sunday night and made off with the owner's son.", PUB)
    assert "Abduction/forced disappearance" in subs(events)


def test_making_off_with_goods_stays_looting() -> None:
    events = run("Gunmen raided a farm outside Gusau on Sunday night and made off with 40 goats.", PUB)
    assert subs(events) == ["Looting/property destruction"]


def test_people_carried_off_are_abducted() -> None:
    events = run("Bandits carried off 15 women from a village near Gusau on Monday, residents said.", PUB)
    assert subs(events) == ["Abduction/forced disappearance"]


def test_people_taken_with_the_raiders_are_abducted() -> None:
    events = run("Gunmen stormed a wedding in a village near Katsina on Saturday and took 12 guests with them.", PUB)
    assert "Abduction/forced disappearance" in subs(events)


# --- a possessive inside a place's name (places._spans) --------------------------------------------------------------

def test_a_name_with_a_possessive_is_met_whole() -> None:
    events = run("Police detained six men in Cox's Bazar on Friday over a robbery at a market.", PUB)
    assert [(e.sub_event_type, e.country) for e in events] == [("Arrests", "BD")]


def test_a_possessive_before_a_noun_still_ends_the_name() -> None:
    events = run("Separatist fighters set fire to Kumbo's main market on Friday.", PUB)
    assert [(e.location, e.country) for e in events] == [("Kumbo", "CM")]


# --- one of a group captured (needs: patient through "of") --------------------------------------------------------

def test_one_of_a_groups_commanders_captured_is_an_arrest_not_ground() -> None:
    events = run("Soldiers captured one of the gang's commanders in Apartado on Sunday.", PUB)
    assert [e.sub_event_type for e in events] == ["Arrests"]


# --- floggings, riders ----------------------------------------------------------------------

def test_a_public_flogging_is_an_attack_on_a_civilian() -> None:
    events = run("Militants publicly flogged a shopkeeper in Jamaame on Friday for selling cigarettes.", PUB)
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", "Civilians")]


def test_a_rider_killed_is_a_civilian() -> None:
    events = run("Separatist fighters killed a motorbike rider in Buea on Monday for defying their curfew.", PUB)
    assert [e.sub_event_type for e in events] == ["Attack"]


# --- places the gazetteer lacked (places_supplement.tsv) -------------------------------------------------------------

def test_towns_added_to_the_supplement_are_met() -> None:
    events = run("Gunmen kidnapped a priest in Karimama on Sunday.", PUB)
    assert [e.country for e in events] == ["BJ"]


# --- two deeds in one sentence (settle._destruction_within, subtypes._two_acts_of_violence) ------------------------

def test_a_killing_and_a_burning_joined_by_and_are_one_attack() -> None:
    # ACLED codes property destroyed in the course of a more serious act within that act (as the participle, "killing
    # 11 people and torching homes", below): one attack on civilians, its toll on it.
    events = run("Gunmen killed six farmers in Bokkos on Sunday and burned about 40 houses, officials said.", PUB)
    assert subs(events) == ["Attack"]
    events = run("Gunmen torched dozens of homes in Bokkos on Sunday and shot dead four residents, police said.", PUB)
    assert subs(events) == ["Attack"]


def test_a_theft_joined_to_a_killing_stays_its_own_record() -> None:
    # Looting is a deed of its own beside the killing (EVENTS.md: one event per sub-type), unlike a burning.
    events = run("Gunmen looted shops in Bokkos on Sunday and killed two traders who resisted, police said.", PUB)
    assert subs(events) == ["Attack", "Looting/property destruction"]


def test_a_perfect_participle_killing_is_its_own_deed() -> None:
    events = run("Having killed four civilians near Djibo on Friday, the jihadists set fire to the town's granaries.",
                 PUB)
    assert subs(events) == ["Attack", "Looting/property destruction"]


def test_a_burning_told_as_a_participle_stays_within_the_attack() -> None:
    events = run("Militiamen attacked the village of Kalunguta near Beni on Friday, killing 11 people and torching "
                 "homes.", PUB)
    assert subs(events) == ["Attack"]


def test_bodies_burned_are_no_destruction() -> None:
    events = run("Soldiers executed nine villagers in Monywa on Tuesday and burned their bodies, residents said.", PUB)
    assert subs(events) == ["Attack"]


# --- forcing a way in to take people (settle.entry_for_abduction) --------------------------------------------------

def test_a_storming_to_abduct_is_one_abduction() -> None:
    events = run("Bandits stormed a boarding school in Kebbi on Thursday and abducted 80 pupils.", PUB)
    assert subs(events) == ["Abduction/forced disappearance"]


# --- another doer's weapons (subtypes._other_doers_clauses) ----------------------------------------------------------

def test_weapons_found_by_another_doer_are_no_weapon_of_a_killing() -> None:
    events = run("Police recovered three landmines in Sukma on Monday, while insurgents killed a village headman in "
                 "Dantewada.", PUB)
    assert [(e.sub_event_type, e.location) for e in events if e.location == "Dantewada"] == [("Attack", "Dantewada")]


# --- each act's own place (arguments.pick_places) -------------------------------------------------------------------

def test_a_conjunct_with_no_place_of_its_own_takes_its_partners_place() -> None:
    events = run("Police in Quito arrested 12 gang members on Tuesday and seized rifles and grenades, a day after "
                 "gunmen abducted a trader in Esmeraldas.", PUB)
    assert sorted((e.sub_event_type, e.location) for e in events) == [
        ("Abduction/forced disappearance", "Esmeraldas"), ("Arrests", "Quito"), ("Disrupted weapons use", "Quito")]


def test_an_arrest_in_raids_in_two_towns_is_placed_in_them() -> None:
    events = run("Israeli troops detained 18 Palestinians in overnight raids in Qalqilya and Tulkarm and demolished "
                 "three homes in Bethlehem.", PUB)
    assert sorted((e.sub_event_type, e.location) for e in events) == [
        ("Arrests", "Qalqilyah"), ("Arrests", "Tulkarm"), ("Looting/property destruction", "Bethlehem")]


def test_a_killing_and_a_theft_told_together_keep_the_toll_on_the_killing() -> None:
    events = run("Bandits shot dead six traders and looted their shops in Bakura on Monday.")
    assert sorted((e.sub_event_type, e.fatalities) for e in events) == [
        ("Attack", 6), ("Looting/property destruction", None)]
