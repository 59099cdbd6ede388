"""Violence against civilians in longer reports (probes harm.jsonl), through the whole extractor, on sentences
written for these tests: tolls summed over a long window; people taken (not ground) in relative clauses; who
reacts to an act and who was hit; places and people of an attack on civilians; what there is no record of; the raid
a rape was done in; a crowd that watched."""

from __future__ import annotations

import datetime as dt

from conftest import extract_text as run

PUB = dt.date(2024, 9, 10)


# --- tallies over a long window (drop.summary) -----------------------------------------------------------------

def test_a_perfect_toll_over_this_year_is_a_tally_not_an_act() -> None:
    events = run("Fighters of the Allied Democratic Forces killed 12 villagers in Kalunguta, a village near Beni, on "
                 "Sunday, officials said. The Islamic State-linked group has killed hundreds of people in the region "
                 "this year.", PUB)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 12)]


def test_a_past_toll_over_last_year_in_a_region_is_a_statistic() -> None:
    assert run("More than 1,400 civilians were killed by militias in Ituri province last year, a UN report "
               "said on Monday.", PUB) == []


def test_a_past_massacre_over_a_year_at_a_town_is_still_an_act() -> None:
    events = run("In 2014, jihadists killed more than 400 villagers in Gwoza, survivors told the inquiry.", PUB)
    assert [e.sub_event_type for e in events] == ["Attack"]


# --- people taken, not ground (relative_patients, _person_taken) --------------------------------------------------

def test_people_a_relative_clause_says_were_seized_are_abducted_not_a_place_taken() -> None:
    events = run("Police said on Sunday that the 12 traders that bandits seized near Funtua on Friday had been "
                 "freed.", PUB)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_the_kin_of_someone_who_was_seized_is_abducted() -> None:
    events = run("Rebels said on Friday they were holding the brother of a local singer, who was seized by armed men "
                 "in Riohacha on Tuesday.", PUB)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_schoolgirls_seized_from_a_school_are_abducted() -> None:
    events = run("Gunmen seized 30 schoolgirls from a boarding school in Zuru on Monday night, police said.", PUB)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_soldiers_a_group_had_captured_and_killed_take_no_ground() -> None:
    events = run("Militants killed three soldiers they had captured near Baiji on Tuesday, officials said.", PUB)
    assert "territory" not in " ".join(e.sub_event_type for e in events)
    assert [e.sub_event_type for e in events] == ["Attack"]


# --- who reacts, who was hit ------------------------------------------------------------------------------------

def test_a_country_whose_minister_condemned_the_attack_did_not_do_it() -> None:
    events = run("Armed settlers raided the village of Burin near Nablus on Friday, shooting a farmer dead, the "
                 "health ministry said. Israel's defence minister condemned the attack.", PUB)
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_people_abducted_during_a_gunfight_are_the_victims_not_the_force() -> None:
    events = run("Gunmen abducted 20 passengers near Kachia on Monday during a gunfight with soldiers, police said.",
                 PUB)
    taken = [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert [e.actor2 for e in taken] == ["Civilians"]


# --- places and people of an attack on civilians ------------------------------------------------------------------

def test_gunmen_storming_a_ceremony_or_a_nightclub_attack_civilians() -> None:
    for text in ("Gunmen stormed a naming ceremony in Sevare on Saturday, officials said.",
                 "Gunmen attacked a nightclub in Bamako on Saturday, police said."):
        assert [(e.sub_event_type, e.actor2) for e in run(text, PUB)] == [("Attack", "Civilians")], text


def test_gunmen_firing_on_the_guests_of_a_ceremony_attack_civilians() -> None:
    events = run("Gunmen opened fire on the guests at a naming ceremony in Sevare on Saturday, officials said.", PUB)
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_the_victims_force_names_no_weapon_of_the_killing() -> None:
    events = run("Militants killed 40 air force recruits near Samarra on Sunday, officials said.", PUB)
    assert "Air/drone strike" not in [e.sub_event_type for e in events]


# --- what there is no record of; people led away or taken from their rooms; the raid a rape was done in --------

def test_an_arrest_there_is_no_record_of_is_not_told() -> None:
    assert run("A lawyer went missing in Gao on Monday, his family said. The police said on Tuesday they had no "
               "record of his arrest in Gao.", PUB) == []


def test_worshippers_led_away_by_gunmen_are_abducted() -> None:
    events = run("Gunmen led away 12 worshippers from a church in Kachia on Sunday, police said.", PUB)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_a_student_taken_from_his_hostel_by_armed_men_is_abducted() -> None:
    events = run("Armed men took a student from his hostel in Gao on Monday, his family said.", PUB)
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_the_raid_a_rape_was_done_in_is_no_battle() -> None:
    events = run("Militiamen raped six women during an attack on Kalehe on Monday, a clinic said.", PUB)
    assert [e.sub_event_type for e in events] == ["Sexual violence"]


def test_a_crowd_gathered_to_watch_a_killing_is_no_protest() -> None:
    events = run("Al-Shabaab fighters shot dead two men accused of theft in Jowhar on Friday. The men were killed in "
                 "front of a crowd gathered in the town's market.", PUB)
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_an_attack_and_its_killing_at_a_camp_placed_at_its_locator_are_one_act() -> None:
    events = run("Armed men attacked a displacement camp at Kilo, near Bule in Ituri province, on Friday, killing nine "
                 "people.", PUB)
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 9)]


def test_troops_driven_out_of_a_town_still_lose_it() -> None:
    events = run("Rebels drove government troops out of Kutum on Saturday, a rebel spokesman said.", PUB)
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]
